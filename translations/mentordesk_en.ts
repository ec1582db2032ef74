<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>md::BillingService</name>
    <message numerus="yes">
        <location filename="../core/billing/BillingService.cpp" line="130"/>
        <source>Mentoring session on %1 (%n min)</source>
        <translation>
            <numerusform>Mentoring session on %1 (%n min)</numerusform>
            <numerusform>Mentoring session on %1 (%n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingService.cpp" line="197"/>
        <source>%1: %n session(s), valid until %2</source>
        <translation>
            <numerusform>%1: %n session, valid until %2</numerusform>
            <numerusform>%1: %n sessions, valid until %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingService.cpp" line="200"/>
        <source>%1: %n session(s)</source>
        <translation>
            <numerusform>%1: %n session</numerusform>
            <numerusform>%1: %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingServicePackages.cpp" line="80"/>
        <source>%n credit(s) of &quot;%1&quot; expire on %2.</source>
        <translation>
            <numerusform>%n credit of &quot;%1&quot; expire on %2.</numerusform>
            <numerusform>%n credits of &quot;%1&quot; expire on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingServicePackages.cpp" line="88"/>
        <source>&quot;%1&quot; expired on %2 with %n credit(s) unused.</source>
        <translation>
            <numerusform>&quot;%1&quot; expired on %2 with %n credit unused.</numerusform>
            <numerusform>&quot;%1&quot; expired on %2 with %n credits unused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ClientsPage</name>
    <message numerus="yes">
        <location filename="../ui/clients/ClientsPage.cpp" line="394"/>
        <location filename="../ui/clients/ClientsPage.cpp" line="397"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clients/ClientsPage.cpp" line="395"/>
        <source>%n archived</source>
        <translation>
            <numerusform>%n archived</numerusform>
            <numerusform>%n archived</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::InvoicePdfRenderer</name>
    <message numerus="yes">
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="252"/>
        <source>Please transfer %1 within %n day(s), quoting %2.</source>
        <translation>
            <numerusform>Please transfer %1 within %n day, quoting %2.</numerusform>
            <numerusform>Please transfer %1 within %n days, quoting %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::Money</name>
    <message numerus="yes">
        <location filename="../core/billing/Money.cpp" line="34"/>
        <source>&quot;%1&quot; is not an amount in %2 (write it like %3, with at most %n decimal(s) and no thousands separators).</source>
        <translation>
            <numerusform>&quot;%1&quot; is not an amount in %2 (write it like %3, with at most %n decimal and no thousands separators).</numerusform>
            <numerusform>&quot;%1&quot; is not an amount in %2 (write it like %3, with at most %n decimals and no thousands separators).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::Recurrence</name>
    <message numerus="yes">
        <location filename="../core/scheduling/Recurrence.cpp" line="195"/>
        <source>%1, %n time(s)</source>
        <translation>
            <numerusform>%1, %n time</numerusform>
            <numerusform>%1, %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::SessionTally</name>
    <message numerus="yes">
        <location filename="../core/scheduling/SessionTally.cpp" line="34"/>
        <source>%n held</source>
        <translation>
            <numerusform>%n held</numerusform>
            <numerusform>%n held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/scheduling/SessionTally.cpp" line="35"/>
        <source>%1 of %n held</source>
        <translation>
            <numerusform>%1 of %n held</numerusform>
            <numerusform>%1 of %n held</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::cli::CommandContext</name>
    <message numerus="yes">
        <location filename="../app/cli/CommandContext.cpp" line="142"/>
        <source>The passphrase is too short: use at least %n characters.</source>
        <translation>
            <numerusform>The passphrase is too short: use at least %n characters.</numerusform>
            <numerusform>The passphrase is too short: use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::cli::VerifyCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/VerifyCommand.cpp" line="43"/>
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
</context>
</TS>
