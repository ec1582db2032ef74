<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>md::AgreementsArea</name>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsArea.cpp" line="421"/>
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsArea.cpp" line="423"/>
        <source>%n ending within %1 days</source>
        <translation>
            <numerusform>%n ending within %1 days</numerusform>
            <numerusform>%n ending within %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsArea.cpp" line="425"/>
        <source>%n MODIFIED</source>
        <translation>
            <numerusform>%n MODIFIED</numerusform>
            <numerusform>%n MODIFIED</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsArea.cpp" line="451"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="186"/>
        <source>%n file(s) written to %1 (not encrypted). README.txt explains how the client can check them.</source>
        <translation>
            <numerusform>%n file written to %1 (not encrypted). README.txt explains how the client can check them.</numerusform>
            <numerusform>%n files written to %1 (not encrypted). README.txt explains how the client can check them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::BackupController</name>
    <message numerus="yes">
        <location filename="../ui/backup/BackupController.cpp" line="118"/>
        <source>No backup for %n day(s)</source>
        <translation>
            <numerusform>No backup for %n day</numerusform>
            <numerusform>No backup for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::BillingArea</name>
    <message numerus="yes">
        <location filename="../ui/billing/BillingArea.cpp" line="266"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/BillingArea.cpp" line="267"/>
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="104"/>
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n file to %1.</numerusform>
            <numerusform>Wrote %n files to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::BillingService</name>
    <message numerus="yes">
        <location filename="../core/billing/BillingService.cpp" line="170"/>
        <source>Mentoring session on %1 (%n min)</source>
        <translation>
            <numerusform>Mentoring session on %1 (%n min)</numerusform>
            <numerusform>Mentoring session on %1 (%n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingService.cpp" line="286"/>
        <source>%1: %n session(s), valid until %2</source>
        <translation>
            <numerusform>%1: %n session, valid until %2</numerusform>
            <numerusform>%1: %n sessions, valid until %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingService.cpp" line="289"/>
        <source>%1: %n session(s)</source>
        <translation>
            <numerusform>%1: %n session</numerusform>
            <numerusform>%1: %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingServicePackages.cpp" line="157"/>
        <source>%n credit(s) of &quot;%1&quot; expire on %2.</source>
        <translation>
            <numerusform>%n credit of &quot;%1&quot; expires on %2.</numerusform>
            <numerusform>%n credits of &quot;%1&quot; expire on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingServicePackages.cpp" line="165"/>
        <source>&quot;%1&quot; expired on %2 with %n credit(s) unused.</source>
        <translation>
            <numerusform>&quot;%1&quot; expired on %2 with %n credit unused.</numerusform>
            <numerusform>&quot;%1&quot; expired on %2 with %n credits unused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::BusinessSettingsDialog</name>
    <message numerus="yes">
        <location filename="../ui/billing/BusinessSettingsDialog.cpp" line="54"/>
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/BusinessSettingsDialog.cpp" line="59"/>
        <source> hour(s) before the start</source>
        <translation>
            <numerusform> hour before the start</numerusform>
            <numerusform> hours before the start</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::CalendarFileActions</name>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="32"/>
        <source>%n busy time(s) from %1 will now be checked when you plan sessions.</source>
        <translation>
            <numerusform>%n busy time from %1 will now be checked when you plan sessions.</numerusform>
            <numerusform>%n busy times from %1 will now be checked when you plan sessions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::CalendarPage</name>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarPage.cpp" line="458"/>
        <source>%n session(s) planned.</source>
        <translation>
            <numerusform>%n session planned.</numerusform>
            <numerusform>%n sessions planned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::CalendarSyncStatusWidget</name>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="87"/>
        <source>Synced %n minute(s) ago.</source>
        <translation>
            <numerusform>Synced %n minute ago.</numerusform>
            <numerusform>Synced %n minutes ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="89"/>
        <source>Synced %n hour(s) ago.</source>
        <translation>
            <numerusform>Synced %n hour ago.</numerusform>
            <numerusform>Synced %n hours ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="125"/>
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n change waiting to be sent.</numerusform>
            <numerusform>%n changes waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="127"/>
        <source>%n event(s) changed on the calendar server wait for your choice.</source>
        <translation>
            <numerusform>%n event changed on the calendar server waits for your choice.</numerusform>
            <numerusform>%n events changed on the calendar server wait for your choice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ClientBalanceWidget</name>
    <message numerus="yes">
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="114"/>
        <source>Owes %1 on %n invoice(s).</source>
        <translation>
            <numerusform>Owes %1 on %n invoice.</numerusform>
            <numerusform>Owes %1 on %n invoices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ClientImport</name>
    <message numerus="yes">
        <location filename="../core/import/ClientImport.cpp" line="169"/>
        <source>Nothing was imported: %n record(s) cannot be used. %1</source>
        <translation>
            <numerusform>Nothing was imported: %n record cannot be used. %1</numerusform>
            <numerusform>Nothing was imported: %n records cannot be used. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ClientRepository</name>
    <message numerus="yes">
        <location filename="../core/storage/ClientRepository.cpp" line="252"/>
        <source>%n signed agreement(s)</source>
        <translation>
            <numerusform>%n signed agreement</numerusform>
            <numerusform>%n signed agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/ClientRepository.cpp" line="254"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/ClientRepository.cpp" line="256"/>
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ClientsPage</name>
    <message numerus="yes">
        <location filename="../ui/clients/ClientsPageStates.cpp" line="93"/>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="96"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clients/ClientsPageStates.cpp" line="94"/>
        <source>%n archived</source>
        <translation>
            <numerusform>%n archived</numerusform>
            <numerusform>%n archived</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::EndingAgreementsWidget</name>
    <message numerus="yes">
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="85"/>
        <source>Signed agreements that end within %n day(s)</source>
        <translation>
            <numerusform>Signed agreements that end within %n day</numerusform>
            <numerusform>Signed agreements that end within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="103"/>
        <source>No agreement ends within %n day(s).</source>
        <translation>
            <numerusform>No agreement ends within %n day.</numerusform>
            <numerusform>No agreement ends within %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ErasurePlan</name>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="9"/>
        <source>%1 was erased for good: the profile, %n engagement(s) with their needs, goals, actions and evaluations,</source>
        <translation>
            <numerusform>%1 was erased for good: the profile, %n engagement with their needs, goals, actions and evaluations,</numerusform>
            <numerusform>%1 was erased for good: the profile, %n engagements with their needs, goals, actions and evaluations,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="14"/>
        <source>Erasing %1 removes for good: the profile, %n engagement(s) with their needs, goals, actions and evaluations,</source>
        <translation>
            <numerusform>Erasing %1 removes for good: the profile, %n engagement with their needs, goals, actions and evaluations,</numerusform>
            <numerusform>Erasing %1 removes for good: the profile, %n engagements with their needs, goals, actions and evaluations,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="20"/>
        <source>%n session(s) with their notes, %1, and %2.</source>
        <translation>
            <numerusform>%n session with their notes, %1, and %2.</numerusform>
            <numerusform>%n sessions with their notes, %1, and %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="23"/>
        <source>%n agreement(s) with their signatures and scans</source>
        <translation>
            <numerusform>%n agreement with their signatures and scans</numerusform>
            <numerusform>%n agreements with their signatures and scans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="27"/>
        <source>%n draft invoice(s)</source>
        <translation>
            <numerusform>%n draft invoice</numerusform>
            <numerusform>%n draft invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="30"/>
        <source>The law requires keeping %n issued invoice(s) and credit note(s), with %1, unchanged until %2. They are shown as &quot;%3&quot; from now on.</source>
        <translation>
            <numerusform>The law requires keeping %n issued invoice and credit note, with %1, unchanged until %2. They are shown as &quot;%3&quot; from now on.</numerusform>
            <numerusform>The law requires keeping %n issued invoices and credit notes, with %1, unchanged until %2. They are shown as &quot;%3&quot; from now on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="35"/>
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ExportFlow</name>
    <message numerus="yes">
        <location filename="../ui/export/ExportFlow.cpp" line="104"/>
        <source>Exported %n record(s) into %1.</source>
        <translation>
            <numerusform>Exported %n record into %1.</numerusform>
            <numerusform>Exported %n records into %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ExportReadme</name>
    <message numerus="yes">
        <location filename="../core/export/ExportReadme.cpp" line="153"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ImportClientsDialog</name>
    <message numerus="yes">
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="151"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::InvoiceListModel</name>
    <message numerus="yes">
        <location filename="../ui/billing/InvoiceListModel.cpp" line="201"/>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="225"/>
        <source>Overdue (%n day(s))</source>
        <translation>
            <numerusform>Overdue (%n day)</numerusform>
            <numerusform>Overdue (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::InvoicePdfRenderer</name>
    <message numerus="yes">
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="279"/>
        <source>Please transfer %1 within %n day(s), quoting %2.</source>
        <translation>
            <numerusform>Please transfer %1 within %n day, quoting %2.</numerusform>
            <numerusform>Please transfer %1 within %n days, quoting %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::InvoiceRecipient</name>
    <message numerus="yes">
        <location filename="../core/billing/InvoiceRecipient.cpp" line="14"/>
        <source>The billing name is longer than %n character(s).</source>
        <translation>
            <numerusform>The billing name is longer than %n character.</numerusform>
            <numerusform>The billing name is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/InvoiceRecipient.cpp" line="18"/>
        <source>The address has more than %n line(s).</source>
        <translation>
            <numerusform>The address has more than %n line.</numerusform>
            <numerusform>The address has more than %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/InvoiceRecipient.cpp" line="22"/>
        <source>An address line is longer than %n character(s).</source>
        <translation>
            <numerusform>An address line is longer than %n character.</numerusform>
            <numerusform>An address line is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::Money</name>
    <message numerus="yes">
        <location filename="../core/billing/Money.cpp" line="52"/>
        <source>&quot;%1&quot; is not an amount in %2 (write it like %3, with at most %n decimal(s) and no thousands separators).</source>
        <translation>
            <numerusform>&quot;%1&quot; is not an amount in %2 (write it like %3, with at most %n decimal and no thousands separators).</numerusform>
            <numerusform>&quot;%1&quot; is not an amount in %2 (write it like %3, with at most %n decimals and no thousands separators).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::OfferingListModel</name>
    <message numerus="yes">
        <location filename="../ui/billing/OfferingListModel.cpp" line="142"/>
        <source>%n session(s), valid %1 months</source>
        <translation>
            <numerusform>%n session, valid %1 months</numerusform>
            <numerusform>%n sessions, valid %1 months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/OfferingListModel.cpp" line="144"/>
        <source>%n session(s), no expiry</source>
        <translation>
            <numerusform>%n session, no expiry</numerusform>
            <numerusform>%n sessions, no expiry</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::PassphraseStrength</name>
    <message numerus="yes">
        <location filename="../ui/security/PassphraseStrength.cpp" line="57"/>
        <source>Too short: use at least 10 characters (%n so far).</source>
        <translation>
            <numerusform>Too short: use at least 10 characters (%n so far).</numerusform>
            <numerusform>Too short: use at least 10 characters (%n so far).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::Recurrence</name>
    <message numerus="yes">
        <location filename="../core/scheduling/Recurrence.cpp" line="191"/>
        <source>%1, %n time(s)</source>
        <translation>
            <numerusform>%1, %n time</numerusform>
            <numerusform>%1, %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::SearchResultsPage</name>
    <message numerus="yes">
        <location filename="../ui/search/SearchResultsPage.cpp" line="112"/>
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n result for “%1”</numerusform>
            <numerusform>%n results for “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::SessionEditorDialog</name>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="249"/>
        <source>Cancelled in time (at least %n hour(s) before the start): not billed.</source>
        <translation>
            <numerusform>Cancelled in time (at least %n hour before the start): not billed.</numerusform>
            <numerusform>Cancelled in time (at least %n hours before the start): not billed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="252"/>
        <source>Cancelled late (less than %n hour(s) before the start): billed, as your cancellation policy says.</source>
        <translation>
            <numerusform>Cancelled late (less than %n hour before the start): billed, as your cancellation policy says.</numerusform>
            <numerusform>Cancelled late (less than %n hours before the start): billed, as your cancellation policy says.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="256"/>
        <source>Cancelled late (less than %n hour(s) before the start); your cancellation policy does not bill late cancellations.</source>
        <translation>
            <numerusform>Cancelled late (less than %n hour before the start); your cancellation policy does not bill late cancellations.</numerusform>
            <numerusform>Cancelled late (less than %n hours before the start); your cancellation policy does not bill late cancellations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="380"/>
        <source>%n session(s), the last on %1.</source>
        <translation>
            <numerusform>%n session, the last on %1.</numerusform>
            <numerusform>%n sessions, the last on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::SessionSummaryActions</name>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="119"/>
        <source>%n action(s) added to “%1”.</source>
        <translation>
            <numerusform>%n action added to “%1”.</numerusform>
            <numerusform>%n actions added to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="122"/>
        <source>%n action(s) were already in the plan.</source>
        <translation>
            <numerusform>%n action was already in the plan.</numerusform>
            <numerusform>%n actions were already in the plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::SessionTally</name>
    <message numerus="yes">
        <location filename="../core/export/SessionSummaryReport.cpp" line="44"/>
        <location filename="../core/scheduling/SessionTally.cpp" line="34"/>
        <source>%n held</source>
        <translation>
            <numerusform>%n held</numerusform>
            <numerusform>%n held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/SessionSummaryReport.cpp" line="45"/>
        <location filename="../core/scheduling/SessionTally.cpp" line="35"/>
        <source>%1 of %n held</source>
        <translation>
            <numerusform>%1 of %n held</numerusform>
            <numerusform>%1 of %n held</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::cli::BackupCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/BackupCommands.cpp" line="92"/>
        <source>Backup written and verified: %1 rows in %n table(s) are identical to the workspace.</source>
        <translation>
            <numerusform>Backup written and verified: %1 rows in %n table are identical to the workspace.</numerusform>
            <numerusform>Backup written and verified: %1 rows in %n tables are identical to the workspace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/BackupCommands.cpp" line="177"/>
        <source>The backup is damaged: %n problem(s) found.</source>
        <translation>
            <numerusform>The backup is damaged: %n problem found.</numerusform>
            <numerusform>The backup is damaged: %n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::cli::CalendarCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/CalendarCommands.cpp" line="80"/>
        <source>%n change(s) waiting; run &apos;calendar sync&apos; to send them.</source>
        <translation>
            <numerusform>%n change waiting; run &apos;calendar sync&apos; to send them.</numerusform>
            <numerusform>%n changes waiting; run &apos;calendar sync&apos; to send them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CalendarCommands.cpp" line="97"/>
        <source>%n event(s) were changed on the server and were not overwritten.</source>
        <translation>
            <numerusform>%n event were changed on the server and were not overwritten.</numerusform>
            <numerusform>%n events were changed on the server and were not overwritten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CalendarCommands.cpp" line="101"/>
        <source>Read %n busy time(s) from the other calendars.</source>
        <translation>
            <numerusform>Read %n busy time from the other calendars.</numerusform>
            <numerusform>Read %n busy times from the other calendars.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CalendarCommands.cpp" line="105"/>
        <source>%n change(s) still waiting.</source>
        <translation>
            <numerusform>%n change still waiting.</numerusform>
            <numerusform>%n changes still waiting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::cli::CommandContext</name>
    <message numerus="yes">
        <location filename="../app/cli/CommandContext.cpp" line="169"/>
        <source>The passphrase is too short: use at least %n characters.</source>
        <translation>
            <numerusform>The passphrase is too short: use at least %n characters.</numerusform>
            <numerusform>The passphrase is too short: use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::cli::ErasureCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/ErasureCommands.cpp" line="61"/>
        <source>Removed %n invoice(s) of erased clients whose retention period ended.</source>
        <translation>
            <numerusform>Removed %n invoice of erased clients whose retention period ended.</numerusform>
            <numerusform>Removed %n invoices of erased clients whose retention period ended.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::cli::IcsCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/IcsCommands.cpp" line="82"/>
        <source>%n busy time(s)</source>
        <translation>
            <numerusform>%n busy time</numerusform>
            <numerusform>%n busy times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/IcsCommands.cpp" line="83"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::cli::SessionCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/SessionCommands.cpp" line="197"/>
        <source>%1 (%n session(s)).</source>
        <translation>
            <numerusform>%1 (%n session).</numerusform>
            <numerusform>%1 (%n sessions).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::cli::VerifyCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/VerifyCommand.cpp" line="66"/>
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
</context>
</TS>
