<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="50"/>
        <source>Encrypted client records for independent mentors.</source>
        <translation>Verschlüsselte Klientenakten für unabhängige Mentorinnen und Mentoren.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="55"/>
        <source>Open the workspace in DIR instead of the last one.</source>
        <translation>Den Arbeitsbereich in VERZ statt des zuletzt benutzten öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
</context>
<context>
    <name>md</name>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="36"/>
        <source>Mentoring agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="38"/>
        <source>Confidentiality agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="50"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="50"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="91"/>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="91"/>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="24"/>
        <source>every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="26"/>
        <source>every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="28"/>
        <source>once a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="37"/>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="39"/>
        <source>by video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="41"/>
        <source>by telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="43"/>
        <source>in a mix of in-person meetings and video or telephone calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="85"/>
        <source>Your name (mentor profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="86"/>
        <source>Your business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="87"/>
        <source>Your business address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="88"/>
        <source>Your tax id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="89"/>
        <source>Your e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="90"/>
        <source>Your phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="91"/>
        <source>The mentee&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="92"/>
        <source>The name the mentee goes by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="93"/>
        <source>The mentee&apos;s e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="94"/>
        <source>The mentee&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="95"/>
        <source>The mentee&apos;s organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="96"/>
        <source>The mentee&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="97"/>
        <source>Title of the engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="98"/>
        <source>Start date of the engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="99"/>
        <source>Planned number of sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="100"/>
        <source>How often sessions take place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="101"/>
        <source>How sessions take place (in person, video…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="102"/>
        <source>Fees, as noted on the engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="103"/>
        <source>Length of a session in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="105"/>
        <source>Hours of notice to cancel a session free of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="106"/>
        <source>Days to pay an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="107"/>
        <source>Days of notice to end the mentoring early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="109"/>
        <source>Years confidentiality lasts after the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="111"/>
        <source>Months notes are kept after the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="112"/>
        <source>The date the agreement is generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="113"/>
        <source>The agreement&apos;s end date, if it has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="31"/>
        <source>Signed agreement %1: %2
Signed %3 UTC; sealed by MentorDesk %4.

This folder holds the agreement exactly as it was signed, and what you need to check
that it has not been changed since. You need no MentorDesk for this; the commands
below work in a terminal on Linux and macOS, and with Git Bash or WSL on Windows.

FILES
  agreement.pdf        the signed agreement
  manifest.json        a description of what was signed, with the SHA-256 checksum
                       of every file (do not edit it, not even its spacing)
  manifest.sig         the Ed25519 digital signature over manifest.json (64 bytes)
  manifest.sig.base64  the same signature as text
  public-key.pem       the public key that checks the signature

1. CHECK THE SIGNATURE ON THE MANIFEST (OpenSSL 3.0 or newer)
   openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin \
       -in manifest.json -sigfile manifest.sig
   It prints &quot;Signature Verified Successfully&quot; when manifest.json is authentic.

2. CHECK THE PDF AGAINST THE MANIFEST
   sha256sum agreement.pdf        (macOS: shasum -a 256 agreement.pdf)
   The result must equal the &quot;sha256&quot; inside &quot;pdf&quot; in manifest.json:
   %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="61"/>
        <source>
THE KEY
   Public key fingerprint (first half of its SHA-256): %1
   Raw public key, base64: %2
   Ask your mentor to confirm the fingerprint if you want to be sure the key is theirs.

The footer of every page shows the agreement number and the fingerprint of its text, so a
printed copy can be matched to this record.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="74"/>
        <source>Tax ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="94"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="95"/>
        <source>By signing below, the parties confirm that they have read this agreement and agree to its terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="101"/>
        <source>The mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="101"/>
        <source>The mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="103"/>
        <source>Date: ____________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="168"/>
        <source>Agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="170"/>
        <source>Fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="173"/>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="102"/>
        <location filename="../core/export/SessionSummaryPdf.cpp" line="50"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="47"/>
        <source>The %1 must type their full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="50"/>
        <source>The %1 must confirm the consent statement before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="52"/>
        <source>The %1&apos;s signature image is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="55"/>
        <source>The %1 has not drawn a signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="42"/>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="44"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="46"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/SettingsCatalog.cpp" line="39"/>
        <source>%1 image, %2 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="81"/>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="117"/>
        <source>The stored key entry is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="130"/>
        <source>The passphrase is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoiceCsvExporter.cpp" line="23"/>
        <location filename="../core/export/InvoiceCsvExporter.cpp" line="26"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryPdf.cpp" line="60"/>
        <source>The page is too small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryPdf.cpp" line="75"/>
        <source>Could not start drawing the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryPdf.cpp" line="81"/>
        <source>Could not start a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryPdf.cpp" line="92"/>
        <source>Could not finish the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="33"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="35"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="37"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="38"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ics/IcsExporter.cpp" line="24"/>
        <source>MentorDesk sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="43"/>
        <source>expected a property name, found “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="50"/>
        <source>a parameter of %1 has no name or no “=”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="58"/>
        <source>a quoted parameter value of %1 is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="79"/>
        <source>expected “:” after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="112"/>
        <source>“%1” is not a valid date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="116"/>
        <source>“%1” is not a valid date (YYYYMMDD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="117"/>
        <source>“%1” is not a valid date and time (YYYYMMDDTHHMMSS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="126"/>
        <source>“%1” in %2 is not a valid date or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="136"/>
        <source>the repeat rule “%1” cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="137"/>
        <source>the duration “%1” cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="144"/>
        <source>“%1” is not a UTC offset (+HHMM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="23"/>
        <source>This computer&apos;s keychain holds no key for the workspace (or the keychain is locked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="28"/>
        <source>The keychain refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="32"/>
        <source>No keychain is available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="35"/>
        <source>The keychain could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="24"/>
        <source>This text is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="31"/>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="30"/>
        <source>another session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="30"/>
        <source>the session with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="45"/>
        <source>%1 is one of your days off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="55"/>
        <source>You do not work on %1s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="68"/>
        <source>Outside your working hours (%1–%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="57"/>
        <source>This agreement is signed and can no longer be changed. To change its terms, create an amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="27"/>
        <source>Could not read the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="30"/>
        <source>The key does not open this workspace (or %1 is not a MentorDesk database). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="35"/>
        <source>The workspace database is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="42"/>
        <source>Could not open the workspace database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="42"/>
        <source>The %1 image is too large (at most 2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="45"/>
        <source>The %1 image could not be read. Use a PNG or JPEG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="42"/>
        <source>Could not read the engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="45"/>
        <source>There is no engagement with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="31"/>
        <source>The passphrase is not correct. Check Caps Lock and the keyboard layout, or unlock with your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ActionRepository</name>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="56"/>
        <source>There is no goal with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="71"/>
        <location filename="../core/storage/ActionRepository.cpp" line="104"/>
        <source>Could not save the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="129"/>
        <source>There is no action with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="151"/>
        <source>Could not read the actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="168"/>
        <source>Could not delete the action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::AgreementAuditLogRepository</name>
    <message>
        <location filename="../core/storage/AgreementAuditLogRepository.cpp" line="29"/>
        <location filename="../core/storage/AgreementAuditLogRepository.cpp" line="64"/>
        <source>Could not read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementAuditLogRepository.cpp" line="55"/>
        <source>Could not write to the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::AgreementExporter</name>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="95"/>
        <source>Only a signed agreement can be exported for the client. Save the draft as a PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="115"/>
        <source>CHECK THE DRAWN SIGNATURE OF THE %1
   sha256sum %2
   The result must equal its &quot;signature_png_sha256&quot; in manifest.json.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="127"/>
        <source>CHECK THE SCAN OF THE SIGNED PAPER ORIGINAL
   sha256sum %1
   The result must equal the &quot;sha256&quot; inside &quot;scan&quot; in manifest.json.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="138"/>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="142"/>
        <source>%1 already exists. Choose an empty folder for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="149"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::AgreementManifest</name>
    <message>
        <location filename="../core/agreements/AgreementManifest.cpp" line="81"/>
        <source>The manifest is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementManifest.cpp" line="83"/>
        <source>The manifest is not in canonical form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementManifest.cpp" line="86"/>
        <source>The manifest has an unknown format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::AgreementPdfRenderer</name>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="185"/>
        <source>The page is too small for an agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="213"/>
        <source>Could not start drawing the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="220"/>
        <source>Could not start a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="231"/>
        <source>Could not finish drawing the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="241"/>
        <source>Could not prepare the PDF in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="253"/>
        <source>The PDF could not be produced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::AgreementRepository</name>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="94"/>
        <location filename="../core/storage/AgreementRepository.cpp" line="126"/>
        <source>Could not save the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="108"/>
        <source>An agreement needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="144"/>
        <source>Could not delete the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="155"/>
        <source>Could not read the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="157"/>
        <source>Agreement %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="172"/>
        <location filename="../core/storage/AgreementRepository.cpp" line="325"/>
        <source>Could not read the agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="186"/>
        <source>Could not read the signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="207"/>
        <source>Could not read the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="221"/>
        <source>Could not read the signed document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="240"/>
        <source>Could not store the signed agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="289"/>
        <source>The agreement was changed or signed elsewhere while it was being signed. Nothing was stored; open it again and sign once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="307"/>
        <source>Could not check the engagement&apos;s agreements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::AgreementService</name>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="93"/>
        <source>Only a signed agreement can be amended; edit the draft instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="110"/>
        <source>This agreement amends and replaces agreement %1 of %2 between the same parties. Where the two differ, this agreement applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="131"/>
        <source>%1 (amendment to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="196"/>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="103"/>
        <source>Signed on screen on %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="86"/>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="123"/>
        <source>This agreement is already signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="87"/>
        <source>mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="89"/>
        <source>mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="127"/>
        <source>Attach the scan of the signed paper as a PDF, PNG or JPEG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="129"/>
        <source>The scan is too large (at most 50 MB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::AgreementSigningKeyRepository</name>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="58"/>
        <source>The workspace&apos;s signing key does not match its public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="77"/>
        <source>Could not store the signing key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::AgreementTemplateRepository</name>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="53"/>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="86"/>
        <source>Could not read the agreement templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="59"/>
        <source>There is no %1 template in the language &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="70"/>
        <source>Could not read the agreement template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="72"/>
        <source>Template %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="96"/>
        <source>A template needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="98"/>
        <source>A template needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="128"/>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="144"/>
        <source>Could not save the template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::AgreementVerifier</name>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="73"/>
        <source>A signed document is stored, but the agreement is marked as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="75"/>
        <source>The signed document and its manifest are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="87"/>
        <source>The manifest was not signed with this workspace&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="89"/>
        <source>The manifest&apos;s signature does not match the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="101"/>
        <source>The stored PDF differs from the one that was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="103"/>
        <source>The stored agreement text differs from the text that was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="109"/>
        <source>The agreement&apos;s stored details differ from the signed manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="111"/>
        <source>The manifest belongs to another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="118"/>
        <source>The number of stored signatures differs from the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="126"/>
        <source>The %1&apos;s signature is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="130"/>
        <source>The %1&apos;s signature image differs from the one signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="132"/>
        <source>The %1&apos;s name or consent differs from the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="135"/>
        <source>On-screen signatures were added to an agreement signed on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="142"/>
        <source>The scan of the paper original is missing or was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="146"/>
        <source>The stored scan differs from the one that was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="164"/>
        <source>The signing is not recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="191"/>
        <source>Agreement %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="205"/>
        <source>Audit log entry %1: agreement %2 was signed but is no longer stored as signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::AppController</name>
    <message>
        <location filename="../ui/AppController.cpp" line="34"/>
        <source>Locked after a period of inactivity.</source>
        <translation>Nach einer Zeit ohne Aktivität gesperrt.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="112"/>
        <source>The system keychain could not be used, so MentorDesk cannot open by itself: %1</source>
        <translation>Der Schlüsselbund des Systems war nicht nutzbar, daher kann MentorDesk nicht von selbst öffnen: %1</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="121"/>
        <source>The key remembered on this computer no longer opens this workspace. Enter your passphrase; MentorDesk will remember the right key again.</source>
        <translation>Der auf diesem Computer gespeicherte Schlüssel öffnet diesen Arbeitsbereich nicht mehr. Geben Sie Ihre Passphrase ein; MentorDesk merkt sich dann wieder den richtigen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="180"/>
        <source>Your workspace is ready. Press Ctrl+N to add your first client.</source>
        <translation>Ihr Arbeitsbereich ist bereit. Drücken Sie Strg+N, um Ihren ersten Klienten anzulegen.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="189"/>
        <source>Open Workspace Folder</source>
        <translation>Arbeitsbereichsordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="287"/>
        <source>MentorDesk will open without asking for your passphrase on this computer.</source>
        <translation>MentorDesk öffnet auf diesem Computer ohne Frage nach Ihrer Passphrase.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="292"/>
        <source>Not Remembered</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="293"/>
        <source>MentorDesk could not store the key in the system keychain, so it will ask for your passphrase next time.</source>
        <translation>MentorDesk konnte den Schlüssel nicht im Schlüsselbund des Systems speichern und fragt beim nächsten Mal nach Ihrer Passphrase.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="314"/>
        <source>MentorDesk no longer opens by itself on this computer.</source>
        <translation>MentorDesk öffnet auf diesem Computer nicht mehr von selbst.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="317"/>
        <source>The key could not be removed from the system keychain: %1</source>
        <translation>Der Schlüssel konnte nicht aus dem Schlüsselbund des Systems entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="333"/>
        <source>The workspace was opened with its recovery key and has no passphrase yet. Choose one now; until then only the recovery key opens it.</source>
        <translation>Der Arbeitsbereich wurde mit seinem Wiederherstellungsschlüssel geöffnet und hat noch keine Passphrase. Wählen Sie jetzt eine; bis dahin öffnet ihn nur der Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="335"/>
        <source>You opened the workspace with your recovery key. If you have forgotten your passphrase, choose a new one now. You need the recovery key once more.</source>
        <translation>Sie haben den Arbeitsbereich mit Ihrem Wiederherstellungsschlüssel geöffnet. Wenn Sie Ihre Passphrase vergessen haben, wählen Sie jetzt eine neue. Dafür brauchen Sie den Wiederherstellungsschlüssel noch einmal.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="347"/>
        <source>Your passphrase has been changed.</source>
        <translation>Ihre Passphrase wurde geändert.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="368"/>
        <source>New recovery key created. The old one no longer opens this workspace.</source>
        <translation>Neuer Wiederherstellungsschlüssel erstellt. Der alte öffnet diesen Arbeitsbereich nicht mehr.</translation>
    </message>
</context>
<context>
    <name>md::AuditChain</name>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="42"/>
        <source>Audit log entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="44"/>
        <source>%1: expected entry %2 here; entries are missing or out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="48"/>
        <source>%1: does not link to the entry before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="50"/>
        <source>%1: its content does not match its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="56"/>
        <source>%1: its recorded fields disagree with its content.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::AvailabilityRepository</name>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="30"/>
        <source>Could not read the scheduling settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="42"/>
        <source>Could not save the scheduling settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="70"/>
        <source>Could not read the working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="78"/>
        <source>Could not read the days off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="87"/>
        <source>The buffer must be between 0 and 1440 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="91"/>
        <source>Working hours must end after they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="97"/>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="105"/>
        <source>Could not save the working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="111"/>
        <source>Could not save the days off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Bic</name>
    <message>
        <location filename="../core/billing/Iban.cpp" line="99"/>
        <source>&quot;%1&quot; is not a BIC: it has 8 or 11 characters, e.g. COBADEFFXXX.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::BillingReports</name>
    <message>
        <location filename="../core/billing/BillingReports.cpp" line="81"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::BillingService</name>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="126"/>
        <source>Missed session (no-show) on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="128"/>
        <source>Late-cancelled session on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingService.cpp" line="130"/>
        <source>Mentoring session on %1 (%n min)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="143"/>
        <source>Sessions have no price yet. Add a single session to the price list, or set billing.session.price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="156"/>
        <source>This client has no held sessions that are not billed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="170"/>
        <source>&quot;%1&quot; is priced in %2, but invoices are in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="193"/>
        <source>This package has already been billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingService.cpp" line="197"/>
        <source>%1: %n session(s), valid until %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingService.cpp" line="200"/>
        <source>%1: %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="211"/>
        <source>The package was sold in %1, but invoices are in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="220"/>
        <source>Choose the month to bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="226"/>
        <source>&quot;%1&quot; is not a monthly retainer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="233"/>
        <source>%1 has already been billed for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="237"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="282"/>
        <source>Attn. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="286"/>
        <source>Tax ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="302"/>
        <source>Under the small-business exemption no line may carry tax; set every tax rate to 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="331"/>
        <source>Only an issued invoice can be cancelled by a credit note; a draft can simply be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="338"/>
        <source>Invoice %1 already has a credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="345"/>
        <source>Cancels invoice %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServicePackages.cpp" line="26"/>
        <source>&quot;%1&quot; is not a package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingServicePackages.cpp" line="80"/>
        <source>%n credit(s) of &quot;%1&quot; expire on %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingServicePackages.cpp" line="88"/>
        <source>&quot;%1&quot; expired on %2 with %n credit(s) unused.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServicePackages.cpp" line="97"/>
        <source>All credits of &quot;%1&quot; are used: further sessions are billed individually unless a new package is sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServicePackages.cpp" line="102"/>
        <source>Only one package credit is left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::BusinessSettings</name>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="64"/>
        <source>No VAT is charged: small business exemption.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::BusinessSettingsKeys</name>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="71"/>
        <source>Currency of all amounts (ISO 4217 code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="74"/>
        <source>&quot;vat&quot; to charge tax at the rates below, &quot;exempt&quot; for a small-business exemption (no tax; the exemption text is printed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="77"/>
        <source>Standard tax rate in percent (stored as basis points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="79"/>
        <source>Reduced tax rate in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="81"/>
        <source>Wording printed on invoices under the exemption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="84"/>
        <source>Invoice number pattern: {YYYY} or {YY} for the year, {NNNN} for the sequence (gapless, restarts every year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="87"/>
        <source>Days from the issue date to the due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="89"/>
        <source>Note printed about late payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="92"/>
        <source>Price of one held session before tax, used when the price list has no single session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="95"/>
        <source>Bank account holder printed in the payment instructions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="97"/>
        <source>Name of the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="98"/>
        <source>IBAN (its check digits are verified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="100"/>
        <source>BIC / SWIFT code (8 or 11 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="103"/>
        <source>Whether sessions the client cancelled are billed (true/false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="105"/>
        <source>Whether no-shows are billed (true/false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="107"/>
        <source>Cancellation policy wording for agreements and invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="128"/>
        <source>&quot;%1&quot; is not an ISO 4217 currency code such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="134"/>
        <source>The tax mode is &quot;vat&quot; or &quot;exempt&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="153"/>
        <source>Payment terms are a number of days from 0 to 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="182"/>
        <source>Write true or false, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="187"/>
        <source>There is no setting called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::BusinessSettingsRepository</name>
    <message>
        <location filename="../core/storage/BusinessSettingsRepository.cpp" line="20"/>
        <source>Could not read the business settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/BusinessSettingsRepository.cpp" line="43"/>
        <source>Could not save the setting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::BusyTimeRepository</name>
    <message>
        <location filename="../core/storage/BusyTimeRepository.cpp" line="29"/>
        <source>Busy times need the name of their source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/BusyTimeRepository.cpp" line="36"/>
        <source>Could not replace the busy times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/BusyTimeRepository.cpp" line="43"/>
        <source>A busy time must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/BusyTimeRepository.cpp" line="52"/>
        <source>Could not save the busy times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/BusyTimeRepository.cpp" line="80"/>
        <location filename="../core/storage/BusyTimeRepository.cpp" line="101"/>
        <source>Could not read the busy times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/BusyTimeRepository.cpp" line="114"/>
        <source>Could not delete the busy times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ChangePassphraseDialog</name>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="24"/>
        <source>Change Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="27"/>
        <source>Your recovery key stays valid. If MentorDesk remembers this workspace on this computer, it keeps opening without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="55"/>
        <source>&amp;Change Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="86"/>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="86"/>
        <source>Rec&amp;overy key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="91"/>
        <source>Forgot it? Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="92"/>
        <source>Use the current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="123"/>
        <source>The current passphrase is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Client</name>
    <message>
        <location filename="../core/domain/Client.cpp" line="34"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Client.cpp" line="36"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Client.cpp" line="38"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Client.cpp" line="40"/>
        <source>Former</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ClientForm</name>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="56"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="68"/>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="83"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="95"/>
        <source>&amp;Preferred name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="110"/>
        <source>What they like to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="122"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="137"/>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="149"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="164"/>
        <source>+44 20 7946 0958</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="176"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="189"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="202"/>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="235"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="247"/>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="260"/>
        <source>&amp;Found you through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="270"/>
        <source>Referral, LinkedIn, a talk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="277"/>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="287"/>
        <source>Comma separated, e.g. leadership, career change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="297"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="309"/>
        <source>&amp;Background:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="326"/>
        <source>Strengths:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="343"/>
        <source>&amp;Weaknesses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="360"/>
        <source>Career &amp;aspirations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="380"/>
        <source>Keep, start, stop doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="392"/>
        <source>&amp;Keep doing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="409"/>
        <source>Start &amp;doing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="426"/>
        <source>Stop do&amp;ing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="471"/>
        <location filename="../ui/clients/ClientForm.cpp" line="262"/>
        <source>Ar&amp;chive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="478"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="492"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="499"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="62"/>
        <source>Same as yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="76"/>
        <source>Save the changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="262"/>
        <source>Unar&amp;chive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="264"/>
        <source>Return this client to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="265"/>
        <source>Hide this client from the list but keep the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="276"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="277"/>
        <source>Only the full name is required. Everything else can be added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="284"/>
        <source>Added %1</source>
        <translation type="unfinished">%1 hinzugefügt. {1?}</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="287"/>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="290"/>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ClientListModel</name>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="78"/>
        <source>%1 (%2)</source>
        <comment>full name (preferred name)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="84"/>
        <source>%1, %2</source>
        <comment>organisation, role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="88"/>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="150"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="152"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="154"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="156"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="158"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="160"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ClientRepository</name>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="89"/>
        <location filename="../core/storage/ClientRepository.cpp" line="117"/>
        <source>Could not save the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="97"/>
        <source>This client has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="127"/>
        <source>Could not read the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="129"/>
        <location filename="../core/storage/ClientRepository.cpp" line="166"/>
        <source>There is no client with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="141"/>
        <source>Could not read the clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="164"/>
        <source>Could not delete the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="174"/>
        <source>Could not count the clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ClientValidator</name>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="58"/>
        <source>Enter the client&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="61"/>
        <source>The full name is too long (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="64"/>
        <source>The preferred name is too long (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="67"/>
        <source>This is not a valid email address (for example name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="70"/>
        <source>A phone number has at least five digits and may start with +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="73"/>
        <source>Unknown time zone &quot;%1&quot; (use a name such as Europe/Berlin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="83"/>
        <source>This text is too long (at most 20,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ClientsPage</name>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="48"/>
        <source>Filter by name, email, organisation or tag</source>
        <translation>Nach Name, E-Mail, Organisation oder Schlagwort filtern</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="50"/>
        <source>Show arc&amp;hived</source>
        <translation>Arc&amp;hivierte anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="52"/>
        <source>&amp;New Client</source>
        <translation>&amp;Neuer Klient</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="54"/>
        <source>Add a client (Ctrl+N)</source>
        <translation>Klienten hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="87"/>
        <source>Add Your First Client</source>
        <translation>Ersten Klienten hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="224"/>
        <source>the new client</source>
        <translation>den neuen Klienten</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="225"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="226"/>
        <source>Save your changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="275"/>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="276"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="298"/>
        <source>Archived %1. Tick &quot;Show archived&quot; to see archived clients.</source>
        <translation>%1 archiviert. Setzen Sie das Häkchen bei „Archivierte anzeigen“, um archivierte Klienten zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="300"/>
        <source>Archived %1.</source>
        <translation>%1 archiviert.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="301"/>
        <source>%1 is back in the client list.</source>
        <translation>%1 ist wieder in der Klientenliste.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="310"/>
        <source>Delete Client</source>
        <translation>Klienten löschen</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="311"/>
        <source>Delete %1 for good?</source>
        <translation>%1 endgültig löschen?</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="314"/>
        <source>The profile and everything recorded about this client are removed from the workspace. This cannot be undone.

To keep the record but hide it from the list, archive the client instead.</source>
        <translation>Das Profil und alles, was zu diesem Klienten erfasst wurde, wird aus dem Arbeitsbereich entfernt. Das lässt sich nicht rückgängig machen.

Um die Akte zu behalten, sie aber aus der Liste auszublenden, archivieren Sie den Klienten stattdessen.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="317"/>
        <source>Delete for Good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="332"/>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="364"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="365"/>
        <source>Unlock the workspace to see your clients.</source>
        <translation>Entsperren Sie den Arbeitsbereich, um Ihre Klienten zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="367"/>
        <source>No clients yet</source>
        <translation>Noch keine Klienten</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="368"/>
        <source>No clients yet — press Ctrl+N to add your first mentee.</source>
        <translation>Noch keine Klienten – drücken Sie Strg+N, um Ihren ersten Mentee anzulegen.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="371"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="374"/>
        <source>No client matches &quot;%1&quot;.</source>
        <translation>Kein Klient passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="375"/>
        <source>No client matches &quot;%1&quot;. Archived clients are hidden; tick &quot;Show archived&quot; to search them too.</source>
        <translation>Kein Klient passt zu „%1“. Archivierte Klienten sind ausgeblendet; setzen Sie das Häkchen bei „Archivierte anzeigen“, um auch sie zu durchsuchen.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="379"/>
        <source>All clients are archived</source>
        <translation>Alle Klienten sind archiviert</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="380"/>
        <source>Tick &quot;Show archived&quot; to see them, or press Ctrl+N to add a new client.</source>
        <translation>Setzen Sie das Häkchen bei „Archivierte anzeigen“, um sie zu sehen, oder drücken Sie Strg+N für einen neuen Klienten.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="387"/>
        <source>Your clients&apos; profiles will appear here.</source>
        <translation>Hier erscheinen die Profile Ihrer Klienten.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="388"/>
        <source>Select a client to see their profile, or press Ctrl+N to add a new one.</source>
        <translation>Wählen Sie einen Klienten, um sein Profil zu sehen, oder drücken Sie Strg+N für einen neuen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clients/ClientsPage.cpp" line="394"/>
        <location filename="../ui/clients/ClientsPage.cpp" line="397"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Klient</numerusform>
            <numerusform>%n Klienten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clients/ClientsPage.cpp" line="395"/>
        <source>%n archived</source>
        <translation>
            <numerusform>%n archiviert</numerusform>
            <numerusform>%n archiviert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ConflictChecker</name>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="97"/>
        <source>Overlaps with %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="105"/>
        <source>Less than %1 minutes from %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="115"/>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="117"/>
        <source>Overlaps with “%1” from your other calendar (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ConsentText</name>
    <message>
        <location filename="../core/agreements/ConsentText.cpp" line="11"/>
        <source>I have read this agreement in full and agree to its terms. I intend the signature I draw here, together with my typed name, to be my signature on this agreement, with the same effect as signing it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="64"/>
        <source>Could not read the workspace&apos;s data format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="96"/>
        <source>Could not start saving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="105"/>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="114"/>
        <source>Could not re-encrypt the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="121"/>
        <source>Could not write pending changes to the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="128"/>
        <source>Could not check the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="138"/>
        <source>Row %1 of table %2 points to a missing row in %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::EngagementRepository</name>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="84"/>
        <source>Could not record the change of stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="126"/>
        <location filename="../core/storage/EngagementRepository.cpp" line="174"/>
        <source>Could not save the engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="184"/>
        <source>Could not read the engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="186"/>
        <source>There is no engagement with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="206"/>
        <source>Could not read the engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="221"/>
        <source>Could not delete the engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="234"/>
        <source>Could not read the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="245"/>
        <source>A change of stage needs its starting point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="247"/>
        <source>An override needs a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="254"/>
        <source>The engagement is in &quot;%1&quot; now, not in &quot;%2&quot;; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="284"/>
        <source>Could not change the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="287"/>
        <source>The engagement was changed elsewhere; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepositorySql.h" line="71"/>
        <source>Could not record the activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::EngagementService</name>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="138"/>
        <location filename="../core/pipeline/EngagementService.cpp" line="192"/>
        <source>An engagement cannot move from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="157"/>
        <location filename="../core/pipeline/EngagementService.cpp" line="169"/>
        <source>The engagement has ended (%1); it cannot advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="183"/>
        <source>An override needs a written reason; it is kept in the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="196"/>
        <source>Say why the engagement closes early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="210"/>
        <source>&quot;%1&quot; is not finished: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="239"/>
        <source>Choose how the engagement ends: completed, maintenance or closed early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="262"/>
        <source>A follow-up starts once the engagement has reached its evaluation; &quot;%1&quot; is still in &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="268"/>
        <source>%1 (follow-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="275"/>
        <source>New needs after &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::EvaluationRepository</name>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="52"/>
        <source>There is no goal with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="90"/>
        <source>Could not save the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="124"/>
        <source>Could not read the evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="138"/>
        <source>Could not delete the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="140"/>
        <source>Goal %1 has no evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::FirstRunWizard</name>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="30"/>
        <source>Welcome to MentorDesk</source>
        <translation>Willkommen bei MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="31"/>
        <source>Your clients&apos; details stay on this computer, encrypted.</source>
        <translation>Die Daten Ihrer Klienten bleiben verschlüsselt auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="35"/>
        <source>MentorDesk keeps your mentees&apos; profiles, notes and agreements in an encrypted workspace. Nothing in it can be read without your passphrase or your recovery key.</source>
        <translation>MentorDesk bewahrt die Profile, Notizen und Vereinbarungen Ihrer Mentees in einem verschlüsselten Arbeitsbereich auf. Ohne Ihre Passphrase oder Ihren Wiederherstellungsschlüssel ist darin nichts lesbar.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="40"/>
        <source>In the next steps you choose a passphrase and receive a recovery key. Have a printer or a pen and paper ready.</source>
        <translation>In den nächsten Schritten wählen Sie eine Passphrase und erhalten einen Wiederherstellungsschlüssel. Halten Sie einen Drucker oder Stift und Papier bereit.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="43"/>
        <source>The workspace will be created in:
%1</source>
        <translation>Der Arbeitsbereich wird angelegt in:
%1</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="62"/>
        <source>Choose a passphrase</source>
        <translation>Passphrase wählen</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="63"/>
        <source>You type it to unlock MentorDesk. It cannot be recovered, only replaced with your recovery key.</source>
        <translation>Sie geben sie zum Entsperren von MentorDesk ein. Sie lässt sich nicht wiederherstellen, nur mit Ihrem Wiederherstellungsschlüssel ersetzen.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="66"/>
        <source>&amp;Create Workspace</source>
        <translation>Arbeitsbereich &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="109"/>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="110"/>
        <source>Your workspace has been created.</source>
        <translation>Ihr Arbeitsbereich wurde angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="113"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="135"/>
        <source>Unlock automatically?</source>
        <translation>Automatisch entsperren?</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="136"/>
        <source>You can change this whenever you unlock MentorDesk.</source>
        <translation>Sie können das bei jedem Entsperren von MentorDesk ändern.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="142"/>
        <source>MentorDesk then keeps the workspace key in this computer&apos;s keychain and opens without asking for your passphrase while you are logged in. Anyone who can use your user account can then open your workspace. Locking (Ctrl+L) always asks for the passphrase.</source>
        <translation>MentorDesk bewahrt den Schlüssel des Arbeitsbereichs dann im Schlüsselbund dieses Computers auf und öffnet ohne Frage nach der Passphrase, solange Sie angemeldet sind. Wer Ihr Benutzerkonto verwenden kann, kann dann Ihren Arbeitsbereich öffnen. Nach dem Sperren (Strg+L) wird immer nach der Passphrase gefragt.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="162"/>
        <source>Create a MentorDesk Workspace</source>
        <translation>MentorDesk-Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="169"/>
        <source>&amp;Remember on this computer</source>
        <translation>Auf diesem Computer &amp;merken</translation>
    </message>
</context>
<context>
    <name>md::GoalRepository</name>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="73"/>
        <location filename="../core/storage/GoalRepository.cpp" line="84"/>
        <source>Could not link the goal to its needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="87"/>
        <source>Need %1 does not belong to this engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="98"/>
        <source>Could not read the goal&apos;s needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="121"/>
        <location filename="../core/storage/GoalRepository.cpp" line="152"/>
        <source>Could not save the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="168"/>
        <source>Could not read the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="170"/>
        <location filename="../core/storage/GoalRepository.cpp" line="224"/>
        <source>There is no goal with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="186"/>
        <source>Could not read the goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="208"/>
        <source>Could not delete the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="236"/>
        <source>Could not save the progress entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="251"/>
        <source>Could not read the progress entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="254"/>
        <source>There is no progress entry with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="261"/>
        <source>Could not delete the progress entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="277"/>
        <source>Could not read the goal&apos;s progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Iban</name>
    <message>
        <location filename="../core/billing/Iban.cpp" line="62"/>
        <source>&quot;%1&quot; is not an IBAN: it must start with a country code and two check digits, followed by letters and digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/Iban.cpp" line="68"/>
        <source>An IBAN from %1 has %2 characters; &quot;%3&quot; has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/Iban.cpp" line="75"/>
        <source>The IBAN &quot;%1&quot; has a typo: its check digits do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::IcsExporter</name>
    <message>
        <location filename="../core/ics/IcsExporter.cpp" line="58"/>
        <source>Choose a client to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ics/IcsExporter.cpp" line="78"/>
        <location filename="../core/ics/IcsExporter.cpp" line="80"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::IcsReader</name>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="156"/>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="170"/>
        <source>this is not an iCalendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="184"/>
        <source>the event that starts here cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::IcsSyntaxChecker</name>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="160"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="182"/>
        <source>a continuation line with nothing to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="194"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="203"/>
        <source>text after the end of the calendar (END:VCALENDAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="206"/>
        <source>a calendar file starts with BEGIN:VCALENDAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="211"/>
        <source>BEGIN without a component name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="221"/>
        <source>END:%1 does not close BEGIN:%2 from line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="226"/>
        <source>the event that starts here has no start time (DTSTART)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="239"/>
        <source>the file ends before END:%1 (opened on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::IcsWriter</name>
    <message>
        <location filename="../core/ics/IcsWriter.cpp" line="206"/>
        <source>Mentoring session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ics/IcsWriter.cpp" line="207"/>
        <source>Mentoring: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Invoice</name>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="58"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="60"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="62"/>
        <source>Partially paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="64"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="66"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="68"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::InvoiceCsvExporter</name>
    <message>
        <location filename="../core/export/InvoiceCsvExporter.cpp" line="125"/>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::InvoiceMath</name>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="46"/>
        <source>&quot;%1&quot; is not a quantity (write a number such as 1 or 1.5, with at most three decimals, not zero).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="70"/>
        <source>&quot;%1&quot; is not a tax rate (write a percentage between 0 and 100 such as 19 or 7.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="91"/>
        <source>A line&apos;s quantity must be between 0.001 and 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="93"/>
        <source>A line&apos;s unit price is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="96"/>
        <source>A tax rate must be between 0 and 100 percent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::InvoiceNumberPattern</name>
    <message>
        <location filename="../core/billing/InvoiceNumberPattern.cpp" line="34"/>
        <source>The invoice number pattern pads to at most 9 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceNumberPattern.cpp" line="43"/>
        <source>The invoice number pattern &quot;%1&quot; has an unknown {token}; use {YYYY}, {YY} and {NNNN}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceNumberPattern.cpp" line="48"/>
        <source>The invoice number pattern &quot;%1&quot; needs a year ({YYYY} or {YY}) and exactly one sequence number ({NNNN}), because numbering restarts every year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceNumberPattern.cpp" line="55"/>
        <source>The invoice number pattern &quot;%1&quot; is too long or holds characters that do not belong in a file name (/ \).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::InvoicePdfRenderer</name>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="124"/>
        <source>Tax ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="131"/>
        <source>Draft invoice %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="132"/>
        <source>Credit note %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="132"/>
        <source>Invoice %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="163"/>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="163"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="165"/>
        <source>DRAFT – not a valid invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="166"/>
        <source>Credit note no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="166"/>
        <source>Invoice no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="167"/>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="168"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="172"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="176"/>
        <source>Corrects invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="179"/>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="180"/>
        <source>BILL TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="183"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="184"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="185"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="186"/>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="187"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="210"/>
        <source>Subtotal (net)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="219"/>
        <source>Tax %1 % on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="226"/>
        <source>Total credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="226"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="231"/>
        <source>Paid / credit applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="232"/>
        <source>Balance due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="239"/>
        <source>PAYMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="242"/>
        <source>The amount of %1 is credited to your account or refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="245"/>
        <source>Nothing is due: this invoice has been paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="247"/>
        <source>the invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="250"/>
        <source>Please transfer %1 by %2, quoting %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="252"/>
        <source>Please transfer %1 within %n day(s), quoting %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="257"/>
        <source>Account holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="259"/>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="261"/>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="263"/>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="267"/>
        <source>Thank you for your trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="274"/>
        <source>The invoice has no lines to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="279"/>
        <source>Could not prepare the PDF in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="308"/>
        <source>Could not start drawing the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="315"/>
        <source>Could not start a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="327"/>
        <source>Could not finish the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="330"/>
        <source>The PDF could not be produced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::InvoiceRecipientRepository</name>
    <message>
        <location filename="../core/storage/InvoiceRecipientRepository.cpp" line="25"/>
        <source>Could not read the billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRecipientRepository.cpp" line="40"/>
        <source>Choose a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRecipientRepository.cpp" line="52"/>
        <source>Could not save the billing address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::InvoiceRepository</name>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="70"/>
        <source>Choose the client to invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="73"/>
        <source>&quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="76"/>
        <source>A credit note must refer to the invoice it corrects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="78"/>
        <source>Only a credit note refers to an invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="81"/>
        <source>Every line needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="94"/>
        <location filename="../core/storage/InvoiceRepository.cpp" line="117"/>
        <source>Could not save the invoice lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="133"/>
        <source>Could not save the invoice totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="161"/>
        <location filename="../core/storage/InvoiceRepository.cpp" line="199"/>
        <source>Could not save the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="180"/>
        <source>Invoice %1 has been issued and can no longer be changed. Issue a credit note to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="215"/>
        <source>Invoice %1 has been issued and cannot be deleted. Issue a credit note to cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="222"/>
        <source>Could not delete the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="240"/>
        <source>Could not read the invoice lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="270"/>
        <source>Could not read the invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="283"/>
        <source>There is no invoice with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="319"/>
        <source>Could not read the invoice numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="330"/>
        <source>Invoice %1 has already been issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="332"/>
        <source>An invoice needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="336"/>
        <source>An invoice cannot have a negative total; issue a credit note instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="339"/>
        <source>A credit note cannot have a positive total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="341"/>
        <source>The due date cannot be before the issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="356"/>
        <location filename="../core/storage/InvoiceRepository.cpp" line="362"/>
        <location filename="../core/storage/InvoiceRepository.cpp" line="367"/>
        <source>Could not number the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="386"/>
        <source>Could not issue the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="388"/>
        <source>The invoice was issued meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="416"/>
        <location filename="../core/storage/InvoiceRepository.cpp" line="445"/>
        <source>Could not read what was billed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::LockedPage</name>
    <message>
        <location filename="../ui/LockedPage.cpp" line="34"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Entsperren …</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="36"/>
        <source>&amp;Create Workspace…</source>
        <translation>Arbeitsbereich &amp;anlegen …</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="38"/>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="70"/>
        <source>MentorDesk is locked</source>
        <translation>MentorDesk ist gesperrt</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="70"/>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="72"/>
        <source>Your client records are encrypted and closed. Unlock with your passphrase or your recovery key.

%1</source>
        <translation>Ihre Klientenakten sind verschlüsselt und geschlossen. Entsperren Sie mit Ihrer Passphrase oder Ihrem Wiederherstellungsschlüssel.

%1</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="75"/>
        <source>Create a new encrypted workspace for your client records, or open one you already have.</source>
        <translation>Legen Sie einen neuen verschlüsselten Arbeitsbereich für Ihre Klientenakten an oder öffnen Sie einen vorhandenen.</translation>
    </message>
</context>
<context>
    <name>md::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="27"/>
        <location filename="../ui/MainWindow.cpp" line="161"/>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="36"/>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="79"/>
        <source>Clients</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="109"/>
        <source>&amp;New Client</source>
        <translation>&amp;Neuer Klient</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>Change &amp;Passphrase…</source>
        <translation>&amp;Passphrase ändern …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <source>New &amp;Recovery Key…</source>
        <translation>Neuer &amp;Wiederherstellungsschlüssel …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="131"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>&amp;About MentorDesk</source>
        <translation>Ü&amp;ber MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160"/>
        <source>Workspace folder</source>
        <translation>Arbeitsbereichsordner</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="172"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="173"/>
        <source>MentorDesk (locked)</source>
        <translation>MentorDesk (gesperrt)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="222"/>
        <source>About MentorDesk</source>
        <translation>Über MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="223"/>
        <source>&lt;h3&gt;MentorDesk %1&lt;/h3&gt;&lt;p&gt;Clients, engagements, agreements, sessions and billing for independent mentors, kept in an encrypted workspace on your own computer.&lt;/p&gt;&lt;p&gt;Encryption: SQLCipher with a random 256-bit key; your passphrase protects it with Argon2id.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MentorDesk %1&lt;/h3&gt;&lt;p&gt;Klienten, Mandate, Vereinbarungen, Sitzungen und Abrechnung für unabhängige Mentorinnen und Mentoren – in einem verschlüsselten Arbeitsbereich auf Ihrem eigenen Computer.&lt;/p&gt;&lt;p&gt;Verschlüsselung: SQLCipher mit einem zufälligen 256-Bit-Schlüssel; Ihre Passphrase schützt ihn mit Argon2id.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>md::MentorProfileRepository</name>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="62"/>
        <source>Could not read the mentor profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="84"/>
        <source>logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="86"/>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="100"/>
        <source>Could not save the mentor profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Migrator</name>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="53"/>
        <source>This workspace was saved by a newer version of MentorDesk (data format %1; this version knows up to %2). Update MentorDesk to open it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="70"/>
        <source>Could not update the workspace to data format %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Money</name>
    <message>
        <location filename="../core/billing/Money.cpp" line="27"/>
        <source>&quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/Money.cpp" line="34"/>
        <source>&quot;%1&quot; is not an amount in %2 (write it like %3, with at most %n decimal(s) and no thousands separators).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::NeedRepository</name>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="79"/>
        <location filename="../core/storage/NeedRepository.cpp" line="112"/>
        <source>Could not save the need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="126"/>
        <source>Could not read the need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="128"/>
        <source>There is no need with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="140"/>
        <source>Could not read the needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="156"/>
        <source>Could not delete the need</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::NewPassphraseWidget</name>
    <message>
        <location filename="../ui/security/NewPassphraseWidget.cpp" line="30"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/NewPassphraseWidget.cpp" line="48"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/security/NewPassphraseWidget.cpp" line="50"/>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/NewPassphraseWidget.cpp" line="101"/>
        <source>The passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::NewRecoveryKeyDialog</name>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="24"/>
        <source>New Recovery Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="30"/>
        <source>A new recovery key replaces the current one, which then no longer opens this workspace. Do this when the old key may have been seen by someone else, or is lost.

MentorDesk re-encrypts the workspace under the new key; your passphrase stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="43"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="60"/>
        <source>&amp;Create New Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="124"/>
        <source>The passphrase is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="134"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Offering</name>
    <message>
        <location filename="../core/billing/Offering.cpp" line="35"/>
        <source>Single session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="37"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="39"/>
        <source>Monthly retainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="51"/>
        <source>%1 of %2 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="56"/>
        <source>%1, valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::OfferingRepository</name>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="60"/>
        <source>Give the price-list entry a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="62"/>
        <source>The price has no valid currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="64"/>
        <source>The price must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="67"/>
        <source>A tax rate must be between 0 and 100 percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="70"/>
        <source>A package includes between 1 and 1000 sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="73"/>
        <source>A package is valid for 0 (no expiry) to 120 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="91"/>
        <location filename="../core/storage/OfferingRepository.cpp" line="108"/>
        <source>Could not save the price-list entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="111"/>
        <location filename="../core/storage/OfferingRepository.cpp" line="136"/>
        <source>There is no price-list entry with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="122"/>
        <source>Could not delete the price-list entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="133"/>
        <location filename="../core/storage/OfferingRepository.cpp" line="146"/>
        <location filename="../core/storage/OfferingRepository.cpp" line="161"/>
        <source>Could not read the price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="163"/>
        <source>The price list has no %1 entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::PackageRepository</name>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="64"/>
        <source>Choose the engagement the package is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="66"/>
        <source>Describe the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="68"/>
        <source>A package includes at least one session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="70"/>
        <source>The package needs a valid price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="72"/>
        <source>Enter the date of the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="75"/>
        <source>A package cannot expire before it was sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="94"/>
        <source>Could not record the package sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="114"/>
        <location filename="../core/storage/PackageRepository.cpp" line="133"/>
        <source>Could not read the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="117"/>
        <source>This package was already used or billed and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="122"/>
        <source>Could not remove the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="135"/>
        <source>There is no package sale with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="150"/>
        <source>Could not read the packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="168"/>
        <source>Could not read the engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="171"/>
        <source>There is no engagement with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="197"/>
        <source>Could not read the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="240"/>
        <source>Could not read the package credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="255"/>
        <source>Could not update the package credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="286"/>
        <source>Could not use a package credit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::PassphraseSlot</name>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="67"/>
        <source>The workspace file holds a passphrase entry MentorDesk cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::PassphraseStrength</name>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="65"/>
        <source>Use at least 10 characters. Several unrelated words make a passphrase that is both strong and easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="67"/>
        <source>Too short: use at least 10 characters (%n so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="69"/>
        <source>Strength: weak. Add more words, or mix upper and lower case, digits and symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="72"/>
        <source>Strength: fair. A few more characters or another word would make it much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="75"/>
        <source>Strength: good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="77"/>
        <source>Strength: strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Payment</name>
    <message>
        <location filename="../core/billing/Payment.cpp" line="37"/>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/Payment.cpp" line="39"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/Payment.cpp" line="41"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/Payment.cpp" line="43"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::PaymentRepository</name>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="25"/>
        <source>Choose the client who paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="27"/>
        <source>A payment must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="29"/>
        <source>The payment has no valid currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="31"/>
        <source>Enter the date the payment was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="34"/>
        <source>A payment cannot be received in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="46"/>
        <source>Could not read the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="49"/>
        <source>There is no invoice with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="52"/>
        <source>The invoice belongs to another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="55"/>
        <source>The payment is in %1 but the invoice in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="59"/>
        <source>Payments can only be recorded for issued invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="74"/>
        <source>Could not record the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="93"/>
        <source>Could not read the open invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="121"/>
        <source>Could not read the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="123"/>
        <source>There is no payment with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="129"/>
        <source>Could not delete the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="172"/>
        <source>Could not read the payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="206"/>
        <source>Could not read the payments of the invoice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Pipeline</name>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="22"/>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="45"/>
        <source>Profile &amp; agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="23"/>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="46"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="24"/>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="47"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="26"/>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="49"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="27"/>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="51"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="32"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="34"/>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="53"/>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="36"/>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="55"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="38"/>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="57"/>
        <source>Closed early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="61"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="63"/>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="64"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="69"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="71"/>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="73"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="75"/>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="80"/>
        <source>Skill gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="82"/>
        <source>Career move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="84"/>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="86"/>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="88"/>
        <source>Leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="89"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="93"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="95"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="96"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="100"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="101"/>
        <source>Doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="102"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="104"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="109"/>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="111"/>
        <source>Partly achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="113"/>
        <source>Not achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="118"/>
        <source>Specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="120"/>
        <source>Measurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="122"/>
        <source>Attainable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="124"/>
        <source>Relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="126"/>
        <source>Time-bound</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::PipelineValidator</name>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="39"/>
        <source>Choose the client of this engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="40"/>
        <source>Give the engagement a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="43"/>
        <source>The title is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="45"/>
        <source>Enter the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="48"/>
        <source>The planned number of sessions must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="52"/>
        <source>Say why the engagement closed early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="61"/>
        <source>Describe the need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="68"/>
        <source>Say what the goal is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="79"/>
        <source>Choose the goal this value belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="81"/>
        <source>Enter the date of the measurement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="90"/>
        <source>Choose the goal this action serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="91"/>
        <source>Describe the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="99"/>
        <source>Choose the goal being evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="102"/>
        <source>The mentee&apos;s rating is from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::RecoveryKey</name>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="38"/>
        <source>A recovery key contains only the digits 0-9, the letters A-F and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="48"/>
        <source>This recovery key is too long: a recovery key has 64 digits and letters (16 groups of four).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="52"/>
        <source>A recovery key has 64 digits and letters (16 groups of four); this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="57"/>
        <source>The recovery key could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::RecoveryKeyView</name>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="31"/>
        <source>This recovery key opens your workspace if you forget your passphrase. It is shown only now. Print it or write it down and keep it somewhere safe, away from this computer. Anyone who has it can read your client records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="44"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="54"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="56"/>
        <source>Print the recovery key, or save it as a PDF to store offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="60"/>
        <source>I have stored my recovery key somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="118"/>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="161"/>
        <source>MentorDesk recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="120"/>
        <source>Workspace folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="121"/>
        <source>Workspace ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="122"/>
        <source>Printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="127"/>
        <source>Keep this page somewhere safe, away from your computer. Anyone who has this key can read every client record in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="131"/>
        <source>In MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="132"/>
        <source>On the unlock screen choose &quot;Use recovery key instead&quot; and type the key. Dashes and spaces are optional. Then set a new passphrase with File &gt; Change Passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="137"/>
        <source>Without MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="138"/>
        <source>The database is a standard SQLCipher 3 file. Open it with the sqlcipher command-line tool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="144"/>
        <source>the 64 digits of the key without dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="164"/>
        <source>Print Recovery Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Recurrence</name>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="72"/>
        <source>The series needs a valid first date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="75"/>
        <source>The repeat interval must be between 1 and 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="80"/>
        <source>A series ends either after a number of sessions or on a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="83"/>
        <source>A series can have at most %1 sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="86"/>
        <source>The series ends before its first session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="93"/>
        <source>The weekday of the month must be the 1st to the 5th or the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="98"/>
        <source>The first session is not on the weekday of the month the series repeats on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="116"/>
        <location filename="../core/scheduling/Recurrence.cpp" line="122"/>
        <source>The repeat rule is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="175"/>
        <source>Every week on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="176"/>
        <source>Every two weeks on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="177"/>
        <source>Every %1 weeks on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="180"/>
        <source>Every month on day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="181"/>
        <source>Every %1 months on day %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="183"/>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="184"/>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="185"/>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="186"/>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="187"/>
        <source>fifth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="189"/>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="191"/>
        <source>Every month on the %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="192"/>
        <source>Every %1 months on the %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/scheduling/Recurrence.cpp" line="195"/>
        <source>%1, %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="197"/>
        <source>%1, until %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::SeriesPlanner</name>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="126"/>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="138"/>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="248"/>
        <source>The session is not part of this series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="128"/>
        <source>A session needs a duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="130"/>
        <source>The new start time is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="250"/>
        <source>A session that was held cannot be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Session</name>
    <message>
        <location filename="../core/scheduling/Session.cpp" line="33"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Session.cpp" line="35"/>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Session.cpp" line="37"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Session.cpp" line="75"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Session.cpp" line="77"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Session.cpp" line="79"/>
        <source>Cancelled by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Session.cpp" line="81"/>
        <source>Cancelled by the mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduling/Session.cpp" line="83"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::SessionReportRepository</name>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="149"/>
        <source>Could not read the goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="171"/>
        <source>Could not read the actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::SessionRepository</name>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="91"/>
        <source>A session belongs to an engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="93"/>
        <source>A session needs a start date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="96"/>
        <location filename="../core/storage/SessionRepository.cpp" line="174"/>
        <source>A session lasts between 1 minute and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="117"/>
        <location filename="../core/storage/SessionRepository.cpp" line="135"/>
        <source>Could not save the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="137"/>
        <location filename="../core/storage/SessionRepository.cpp" line="361"/>
        <source>There is no session with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="147"/>
        <source>Could not delete the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="171"/>
        <source>A series belongs to an engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="179"/>
        <source>This series has no sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="221"/>
        <source>This session has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="359"/>
        <source>Could not read the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="397"/>
        <location filename="../core/storage/SessionRepository.cpp" line="424"/>
        <source>Could not read the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="440"/>
        <source>Could not read the engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="443"/>
        <source>There is no engagement with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="473"/>
        <source>Could not read the engagements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::SessionSeriesRepository</name>
    <message>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="114"/>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="133"/>
        <source>Could not save the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="135"/>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="147"/>
        <source>There is no series with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="145"/>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="169"/>
        <source>Could not read the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="182"/>
        <source>Could not delete the series</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::SessionSummaryDocument</name>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="32"/>
        <source>Session summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="39"/>
        <source>Topics discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="40"/>
        <source>Progress on goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="41"/>
        <source>Agreed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="42"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="43"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="54"/>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="56"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="58"/>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="59"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="63"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="67"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="69"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="70"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="74"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="82"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="95"/>
        <source>No summary has been written for this session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="126"/>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="142"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="129"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="140"/>
        <source>Session summary · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::SessionSummaryPdf</name>
    <message>
        <location filename="../core/export/SessionSummaryPdf.cpp" line="110"/>
        <source>Could not prepare the PDF in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryPdf.cpp" line="123"/>
        <source>The PDF could not be produced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::SessionSummaryReport</name>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="64"/>
        <source>Progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="80"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="83"/>
        <source>%1 still planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="85"/>
        <source>%1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="87"/>
        <source>%1 missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="93"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="93"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="93"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="104"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="106"/>
        <source>No goals recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="110"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="110"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="110"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="110"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="110"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="121"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="147"/>
        <source>for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="149"/>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="160"/>
        <source>Actions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="160"/>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="161"/>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="161"/>
        <source>Nothing open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="169"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="171"/>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="173"/>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="175"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="176"/>
        <source>Report date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="189"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="190"/>
        <source>Progress report · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::SessionSummaryText</name>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="74"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="79"/>
        <source> · %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::SessionTally</name>
    <message numerus="yes">
        <location filename="../core/scheduling/SessionTally.cpp" line="34"/>
        <source>%n held</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/scheduling/SessionTally.cpp" line="35"/>
        <source>%1 of %n held</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::SettingsCatalog</name>
    <message>
        <location filename="../core/billing/SettingsCatalog.cpp" line="56"/>
        <source>Your name as printed on invoices and agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/SettingsCatalog.cpp" line="58"/>
        <source>Business or trading name (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/SettingsCatalog.cpp" line="61"/>
        <source>Postal address; write \n between lines on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/SettingsCatalog.cpp" line="63"/>
        <source>Your VAT or tax number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/SettingsCatalog.cpp" line="65"/>
        <source>Contact e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/SettingsCatalog.cpp" line="67"/>
        <source>Contact phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/SettingsCatalog.cpp" line="70"/>
        <source>Logo printed on invoices: path of a PNG or JPEG file (empty removes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/SettingsCatalog.cpp" line="114"/>
        <location filename="../core/billing/SettingsCatalog.cpp" line="151"/>
        <source>There is no setting called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/SettingsCatalog.cpp" line="144"/>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Sidecar</name>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="21"/>
        <source>No workspace file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="23"/>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="28"/>
        <source>The workspace file %1 is damaged (%2). The database itself can still be opened with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="36"/>
        <source>This workspace was made by a newer version of MentorDesk. Update MentorDesk to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="58"/>
        <source>The workspace file %1 is incomplete. The database itself can still be opened with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="89"/>
        <source>Could not write the workspace file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::SmartCheck</name>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="49"/>
        <source>Say what exactly the mentee will achieve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="52"/>
        <source>Describe the result in a full phrase (at least %1 words), not just a topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="57"/>
        <source>Name what will be measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="60"/>
        <source>Give the unit of the measure (for example interviews, %, hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="63"/>
        <source>Enter where the mentee starts (the baseline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="66"/>
        <source>Enter the value to reach (the target).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="69"/>
        <source>The target equals the baseline, so there is nothing to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="74"/>
        <source>Explain why the goal is realistic for the mentee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="78"/>
        <source>Link the goal to at least one need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="83"/>
        <source>The goal is linked to a need that no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="91"/>
        <source>Set a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="94"/>
        <source>The due date must come after the engagement&apos;s start (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::SqlCipherDriver</name>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="72"/>
        <source>Could not open the workspace database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="98"/>
        <source>No valid key was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="102"/>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="104"/>
        <source>The file is a plain, unencrypted SQLite database; MentorDesk only opens encrypted workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="119"/>
        <source>SQLCipher refused the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="123"/>
        <source>Could not set the page size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="128"/>
        <source>The key does not open this database, or the file is not a MentorDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="143"/>
        <source>This build of SQLite has no encryption (SQLCipher missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="214"/>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="223"/>
        <source>The script failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="236"/>
        <source>Could not re-encrypt the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::StageGate</name>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="48"/>
        <source>Profile-study notes are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="52"/>
        <source>Write your profile-study notes on the mentee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="56"/>
        <source>A signed agreement with confidentiality terms is on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="62"/>
        <source>Have the mentee sign an agreement with confidentiality terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="66"/>
        <source>At least one need is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="69"/>
        <source>Record at least one need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="73"/>
        <source>At least one active goal passes the SMART check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="83"/>
        <source>Goal &quot;%1&quot; is not SMART yet (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="88"/>
        <source>Write at least one SMART goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="94"/>
        <source>At least one goal is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="101"/>
        <source>No goal is active: reactivate a goal or write a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="105"/>
        <source>Every active goal has at least one action to do or in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="112"/>
        <source>Plan an open action for goal &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="117"/>
        <source>Every goal is evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="122"/>
        <source>Evaluate goal &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::SystemKeyStore</name>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="100"/>
        <source>The keychain entry for this workspace is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::TemplateRenderer</name>
    <message>
        <location filename="../core/agreements/TemplateRenderer.cpp" line="64"/>
        <source>unknown placeholders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/TemplateRenderer.cpp" line="70"/>
        <source>placeholders without a value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/agreements/TemplateRenderer.cpp" line="72"/>
        <source>The agreement cannot be generated. The template has %1. Fill in the missing details (mentor profile, client or engagement) or correct the template.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::UnlockDialog</name>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="37"/>
        <source>The key could not be remembered.</source>
        <translation>Der Schlüssel konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="48"/>
        <source>Unlock MentorDesk</source>
        <translation>MentorDesk entsperren</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="51"/>
        <source>Unlock your workspace</source>
        <translation>Arbeitsbereich entsperren</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="66"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="70"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="76"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="81"/>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Wiederherstellungsschlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="91"/>
        <source>Re&amp;member on this computer</source>
        <translation>Auf diesem Computer &amp;merken</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="94"/>
        <source>Keep the workspace key in the system keychain and open MentorDesk without asking while you are logged in</source>
        <translation>Den Schlüssel des Arbeitsbereichs im Schlüsselbund des Systems aufbewahren und MentorDesk ohne Nachfrage öffnen, solange Sie angemeldet sind</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="106"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="143"/>
        <source>Use recovery key instead</source>
        <translation>Stattdessen Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="144"/>
        <source>Use passphrase instead</source>
        <translation>Stattdessen Passphrase verwenden</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="171"/>
        <source>The passphrase is not correct. Check Caps Lock and the keyboard layout, or use your recovery key instead.</source>
        <translation>Die Passphrase ist nicht richtig. Prüfen Sie die Feststelltaste und die Tastaturbelegung oder verwenden Sie stattdessen Ihren Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="173"/>
        <source>This recovery key does not open this workspace. Check each group of four characters against your printout.</source>
        <translation>Dieser Wiederherstellungsschlüssel öffnet diesen Arbeitsbereich nicht. Vergleichen Sie jede Vierergruppe mit Ihrem Ausdruck.</translation>
    </message>
</context>
<context>
    <name>md::Workspace</name>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="83"/>
        <source>There is already a workspace in %1. Open it instead; MentorDesk never replaces a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="87"/>
        <source>Choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="90"/>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="113"/>
        <source>The new database is not encrypted; MentorDesk stopped to protect your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="194"/>
        <source>This recovery key does not belong to this workspace. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="207"/>
        <source>The key remembered on this computer does not belong to this workspace. Unlock with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="215"/>
        <location filename="../core/workspace/Workspace.cpp" line="230"/>
        <source>Choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="236"/>
        <source>This recovery key does not belong to this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::WorkspaceIdentity</name>
    <message>
        <location filename="../core/storage/WorkspaceIdentity.cpp" line="25"/>
        <source>Could not record the workspace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/WorkspaceIdentity.cpp" line="34"/>
        <source>Could not read the workspace id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ZoneReader</name>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="108"/>
        <source>The time zone “%1” is unknown; its times were read as UTC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::billingsql</name>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="52"/>
        <source>Could not read what is owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="54"/>
        <source>There is no invoice with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="75"/>
        <source>Could not record the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="88"/>
        <location filename="../core/storage/PaymentAllocations.cpp" line="102"/>
        <source>Could not read the client&apos;s credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="131"/>
        <source>Could not read the payments of the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="151"/>
        <source>Could not update the payments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::cli::CliRunner</name>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="50"/>
        <source>The workspace folder (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="52"/>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="54"/>
        <source>Try the key remembered in the system keychain first; if that fails for any reason, ask as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="57"/>
        <source>Unlock with the recovery key (read like a passphrase) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="59"/>
        <source>Show this help; &apos;COMMAND --help&apos; shows one command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="60"/>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="97"/>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="106"/>
        <location filename="../app/cli/CliRunner.cpp" line="117"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="116"/>
        <source>&apos;%1&apos; needs a sub-command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="137"/>
        <source>--version goes before the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="145"/>
        <source>Missing argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="149"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="158"/>
        <source>--workspace needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::cli::ClientCommands</name>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="33"/>
        <source>Full name (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="34"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="36"/>
        <source>The name they like to be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="37"/>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="39"/>
        <source>Email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="40"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="42"/>
        <source>Phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="43"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="45"/>
        <source>Employer or organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="46"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="48"/>
        <source>Current role or job title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="49"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="51"/>
        <source>IANA time zone, e.g. Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="52"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="54"/>
        <source>How they found you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="55"/>
        <source>Found you via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="57"/>
        <source>Background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="58"/>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="60"/>
        <source>Strengths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="61"/>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="63"/>
        <source>Weaknesses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="64"/>
        <source>Weaknesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="66"/>
        <source>Career aspirations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="67"/>
        <source>Aspirations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="69"/>
        <source>What they want to keep doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="70"/>
        <source>Keep doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="72"/>
        <source>What they want to start doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="73"/>
        <source>Start doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="75"/>
        <source>What they want to stop doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="76"/>
        <source>Stop doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="107"/>
        <source>The client&apos;s id (see &apos;client list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="133"/>
        <source>&apos;%1&apos; is not a client id (a positive number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="148"/>
        <source>--name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="153"/>
        <source>Unknown status &apos;%1&apos; (use %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="161"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="178"/>
        <location filename="../app/cli/ClientCommands.cpp" line="228"/>
        <location filename="../app/cli/ClientCommands.cpp" line="346"/>
        <location filename="../app/cli/ClientCommands.cpp" line="356"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="178"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="178"/>
        <location filename="../app/cli/ClientCommands.cpp" line="322"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="178"/>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="178"/>
        <source>ORGANISATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="182"/>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="217"/>
        <source>No clients yet. Add one with: %1 client add --name NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="235"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="236"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="237"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="237"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="237"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="238"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="239"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="282"/>
        <source>Archived client %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="282"/>
        <source>Restored client %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="294"/>
        <source>Deleting a client cannot be undone; add --yes to confirm (or archive instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="304"/>
        <source>Deleted client %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="314"/>
        <source>--name NAME [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="315"/>
        <source>Add a client and print the new id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="320"/>
        <source>Comma-separated tags, e.g. a,b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="320"/>
        <source>TAGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="322"/>
        <source>One of %1 (default: prospect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="328"/>
        <source>[--json] [--all]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="329"/>
        <source>List the clients (without archived ones unless --all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="330"/>
        <source>Print a JSON array of clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="331"/>
        <source>Include archived clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="337"/>
        <source>ID [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="338"/>
        <source>Show one client&apos;s profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="340"/>
        <source>Print the client as a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="347"/>
        <source>Archive a client (hidden from lists, kept in the workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="357"/>
        <source>Bring an archived client back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="366"/>
        <source>ID --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="367"/>
        <source>Delete a client for good (the freed pages are overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="369"/>
        <source>Confirm that the client is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::cli::CommandContext</name>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="28"/>
        <source>There is no workspace in %1. Create one with: %2 --workspace &quot;%1&quot; init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="47"/>
        <source>Recovery key for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="48"/>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="50"/>
        <source>No recovery key was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="51"/>
        <source>No passphrase was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="91"/>
        <source>Cannot use the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="99"/>
        <source>The system keychain did not provide the key (%1); falling back to standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="109"/>
        <source>The key in the system keychain did not open the workspace (%1); falling back to standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="138"/>
        <source>No new passphrase was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CommandContext.cpp" line="142"/>
        <source>The passphrase is too short: use at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="149"/>
        <source>The new passphrase was not repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="154"/>
        <source>The two passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="170"/>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::cli::Console</name>
    <message>
        <location filename="../app/cli/Console.cpp" line="175"/>
        <source>Could not read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Console.cpp" line="179"/>
        <source>Standard input ended before a line was read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::cli::HelpFormatter</name>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="93"/>
        <source>[global options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="102"/>
        <source>Usage: %1 [global options] COMMAND [options] [arguments]

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="104"/>
        <source>MentorDesk keeps a mentor&apos;s clients in an encrypted workspace. This program works on the
same workspace as the MentorDesk application, without a window.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="106"/>
        <source>Global options (before or after the command):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="109"/>
        <source>Passphrases and recovery keys are read from standard input: on a terminal you are asked
without echo; otherwise each one is a line of input (passwd reads the current passphrase,
then the new one). A new passphrase needs at least %1 characters.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="114"/>
        <source>Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="123"/>
        <source>Exit status: 0 on success, 1 when the command failed, 2 for a wrong command line.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="130"/>
        <source>Usage: %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="136"/>
        <source>Arguments:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="139"/>
        <source>Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="140"/>
        <source>Global options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="145"/>
        <source>Commands of &apos;%1&apos;:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="150"/>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of one command.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::cli::InitCommand</name>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="21"/>
        <source>Create a new encrypted workspace and print its recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="23"/>
        <source>Asks for the new passphrase twice on a terminal, or reads one line from standard
input. The recovery key is printed once on standard output: keep it safe, it
opens the workspace when the passphrase is lost (also in the sqlcipher tool).
An existing workspace is never overwritten. With --keychain the key is also
remembered in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="39"/>
        <source>A workspace already exists in %1; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="42"/>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="42"/>
        <source>Repeat the passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="55"/>
        <source>Warning: the key could not be remembered in the system keychain (%1). Use the passphrase to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="62"/>
        <source>Created an encrypted workspace in %1.
Your recovery key follows. It is shown only this once: write it down or print it and keep it
safe. With it you can open your data if you forget the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::cli::PasswdCommand</name>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="20"/>
        <source>Change the workspace passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="22"/>
        <source>Asks for the current passphrase, then the new one (twice on a terminal). When
standard input is not a terminal, line 1 is the current passphrase and line 2
the new one. The data key, the database and the recovery key stay the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="35"/>
        <source>passwd needs the current passphrase; --recovery-key and --keychain do not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="42"/>
        <source>Current passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="43"/>
        <source>No current passphrase was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="53"/>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="53"/>
        <source>Repeat the new passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="59"/>
        <source>The passphrase of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::cli::VerifyCommand</name>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="19"/>
        <source>Check the workspace&apos;s integrity; prints OK or the problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="21"/>
        <source>Unlocks the workspace and runs every integrity check (the database&apos;s
own check and those of later features). Exits with status 1 when any
problem is found; each problem is one line on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/VerifyCommand.cpp" line="43"/>
        <source>%n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
