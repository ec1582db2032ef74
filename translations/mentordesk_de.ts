<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="57" />
        <source>Encrypted client records for independent mentors.</source>
        <translation>Verschlüsselte Klientenakten für unabhängige Mentorinnen und Mentoren.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="62" />
        <source>Open the workspace in DIR instead of the last one.</source>
        <translation>Den Arbeitsbereich in VERZ statt des zuletzt benutzten öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="63" />
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
</context>
<context>
    <name>md::ActionListModel</name>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="150" />
        <source>Overdue: %1</source>
        <translation>Überfällig: %1</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="165" />
        <location filename="../ui/pipeline/ActionListModel.cpp" line="176" />
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="185" />
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="187" />
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="189" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="191" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="193" />
        <source>People to approach</source>
        <translation>Ansprechpersonen</translation>
    </message>
</context>
<context>
    <name>md::ActionRepository</name>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="55" />
        <source>There is no goal with id %1.</source>
        <translation>Es gibt kein Ziel mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="70" />
        <location filename="../core/storage/ActionRepository.cpp" line="102" />
        <source>Could not save the action</source>
        <translation>Die Maßnahme konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="126" />
        <source>There is no action with id %1.</source>
        <translation>Es gibt keine Maßnahme mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="148" />
        <location filename="../core/storage/ActionRepository.cpp" line="153" />
        <source>Could not read the actions</source>
        <translation>Die Maßnahmen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="167" />
        <source>Could not delete the action</source>
        <translation>Die Maßnahme konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>md::ActionsTab</name>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="42" />
        <source>A concrete step, e.g. ask for a stretch project</source>
        <translation>Ein konkreter Schritt, z. B. um ein anspruchsvolles Projekt bitten</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="43" />
        <source>Due &amp;by</source>
        <translation>Fällig &amp;bis</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="55" />
        <source>Managers, recruiters, peers… separated by commas</source>
        <translation>Führungskräfte, Recruiter, Kollegen … durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="62" />
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="63" />
        <source>&amp;Action:</source>
        <translation>&amp;Maßnahme:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="64" />
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="65" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="66" />
        <source>&amp;People to approach:</source>
        <translation>&amp;Ansprechpersonen:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="70" />
        <source>&amp;New Action</source>
        <translation>&amp;Neue Maßnahme</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="70" />
        <source>&amp;Save Action</source>
        <translation>Maßnahme s&amp;peichern</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="70" />
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="144" />
        <source>(inactive goal)</source>
        <translation>(inaktives Ziel)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="163" />
        <source>Write an active goal first; actions belong to a goal.</source>
        <translation>Legen Sie zuerst ein aktives Ziel an; Maßnahmen gehören immer zu einem Ziel.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="182" />
        <source>Saved the action.</source>
        <translation>Maßnahme gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="189" />
        <source>Delete Action</source>
        <translation>Maßnahme löschen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="189" />
        <source>Delete this action?</source>
        <translation>Diese Maßnahme löschen?</translation>
    </message>
</context>
<context>
    <name>md::AgeingModel</name>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="237" />
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="239" />
        <source>0–30 days</source>
        <translation>0–30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="241" />
        <source>31–60</source>
        <translation>31–60</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="243" />
        <source>61–90</source>
        <translation>61–90</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="245" />
        <source>Over 90</source>
        <translation>Über 90</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="247" />
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="249" />
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
</context>
<context>
    <name>md::AgendaView</name>
    <message>
        <location filename="../ui/calendar/AgendaView.cpp" line="28" />
        <source>Filter by client</source>
        <translation>Nach Klient filtern</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AgendaView.cpp" line="52" />
        <source>No sessions in these four weeks. Double-click a free time in the week view, or use New Session, to plan one.</source>
        <translation>Keine Sitzungen in diesen vier Wochen. Doppelklicken Sie in der Wochenansicht auf eine freie Zeit oder verwenden Sie „Neue Sitzung“, um eine zu planen.</translation>
    </message>
</context>
<context>
    <name>md::AgreedActions</name>
    <message>
        <location filename="../core/scheduling/AgreedActions.cpp" line="54" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>md::Agreement</name>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="29" />
        <source>Mentoring agreement</source>
        <translation>Mentoring-Vertrag</translation>
    </message>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="31" />
        <source>Confidentiality agreement</source>
        <translation>Vertraulichkeitsvereinbarung</translation>
    </message>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="41" />
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="42" />
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="78" />
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="79" />
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
</context>
<context>
    <name>md::AgreementAuditLogRepository</name>
    <message>
        <location filename="../core/storage/AgreementAuditLogRepository.cpp" line="19" />
        <location filename="../core/storage/AgreementAuditLogRepository.cpp" line="27" />
        <location filename="../core/storage/AgreementAuditLogRepository.cpp" line="67" />
        <location filename="../core/storage/AgreementAuditLogRepository.cpp" line="82" />
        <location filename="../core/storage/AgreementAuditLogRepository.cpp" line="96" />
        <source>Could not read the audit log</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementAuditLogRepository.cpp" line="47" />
        <source>Could not write to the audit log</source>
        <translation>Das Prüfprotokoll konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>md::AgreementContext</name>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="28" />
        <source>your name (set it in the mentor profile)</source>
        <translation>Ihr Name (im Mentorenprofil festlegen)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="30" />
        <source>your business name (set it in the mentor profile)</source>
        <translation>Ihr Firmenname (im Mentorenprofil festlegen)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="33" />
        <source>your business address (set it in the mentor profile)</source>
        <translation>Ihre Geschäftsadresse (im Mentorenprofil festlegen)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="36" />
        <source>your tax ID (set it in the mentor profile)</source>
        <translation>Ihre Steuernummer (im Mentorenprofil festlegen)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="38" />
        <source>your email address (set it in the mentor profile)</source>
        <translation>Ihre E-Mail-Adresse (im Mentorenprofil festlegen)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="41" />
        <source>your phone number (set it in the mentor profile)</source>
        <translation>Ihre Telefonnummer (im Mentorenprofil festlegen)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="44" />
        <location filename="../core/agreements/AgreementContext.cpp" line="46" />
        <source>the client's name (set it on the client)</source>
        <translation>der Name des Klienten (beim Klienten festlegen)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="48" />
        <source>the client's email address (set it on the client)</source>
        <translation>die E-Mail-Adresse des Klienten (beim Klienten festlegen)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="51" />
        <source>the client's phone number (set it on the client)</source>
        <translation>die Telefonnummer des Klienten (beim Klienten festlegen)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="54" />
        <source>the client's organisation (set it on the client)</source>
        <translation>die Organisation des Klienten (beim Klienten festlegen)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="57" />
        <source>the client's role (set it on the client)</source>
        <translation>die Funktion des Klienten (beim Klienten festlegen)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="59" />
        <source>the engagement's title (set it on the engagement)</source>
        <translation>der Titel des Mandats (beim Mandat festlegen)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="62" />
        <source>the start date (set it on the engagement)</source>
        <translation>das Startdatum (beim Mandat festlegen)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="64" />
        <source>the number of sessions (set it on the engagement)</source>
        <translation>die Anzahl der Sitzungen (beim Mandat festlegen)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="67" />
        <source>how often you meet (set it on the engagement)</source>
        <translation>wie oft Sie sich treffen (beim Mandat festlegen)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="70" />
        <source>how you meet (set it on the engagement)</source>
        <translation>wie Sie sich treffen (beim Mandat festlegen)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="72" />
        <source>the fee (set it on the engagement)</source>
        <translation>die Vergütung (beim Mandat festlegen)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="74" />
        <source>the end date (choose one when you generate the agreement)</source>
        <translation>das Enddatum (beim Erstellen der Vereinbarung wählen)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="89" />
        <source>%1 (fill it in by hand)</source>
        <translation>%1 (von Hand ausfüllen)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="108" />
        <source>Printed as blank lines to fill in by hand: %1.</source>
        <translation>Als Leerzeilen zum Ausfüllen von Hand gedruckt: %1.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="121" />
        <source>No agreement can be generated without %1.</source>
        <translation>Es kann keine Vereinbarung erstellt werden, solange Folgendes fehlt: %1.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="123" />
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="148" />
        <source>every week</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="150" />
        <source>every two weeks</source>
        <translation>alle zwei Wochen</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="152" />
        <source>once a month</source>
        <translation>einmal im Monat</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="160" />
        <source>in person</source>
        <translation>vor Ort</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="162" />
        <source>by video call</source>
        <translation>per Videoanruf</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="164" />
        <source>by telephone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="166" />
        <source>in a mix of in-person meetings and video or telephone calls</source>
        <translation>teils vor Ort, teils per Video- oder Telefonanruf</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="235" />
        <source>Your name (mentor profile)</source>
        <translation>Ihr Name (Mentorenprofil)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="237" />
        <source>Your business name</source>
        <translation>Ihr Firmenname</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="239" />
        <source>Your business address</source>
        <translation>Ihre Geschäftsadresse</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="241" />
        <source>Your tax id</source>
        <translation>Ihre Steuernummer</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="243" />
        <source>Your e-mail address</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="245" />
        <source>Your phone number</source>
        <translation>Ihre Telefonnummer</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="247" />
        <source>The mentee's full name</source>
        <translation>Vollständiger Name des Mentee</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="249" />
        <source>The name the mentee goes by</source>
        <translation>Rufname des Mentee</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="251" />
        <source>The mentee's e-mail address</source>
        <translation>E-Mail-Adresse des Mentee</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="253" />
        <source>The mentee's phone number</source>
        <translation>Telefonnummer des Mentee</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="255" />
        <source>The mentee's organisation</source>
        <translation>Organisation des Mentee</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="257" />
        <source>The mentee's role</source>
        <translation>Funktion des Mentee</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="259" />
        <source>Title of the engagement</source>
        <translation>Titel des Mandats</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="261" />
        <source>Start date of the engagement</source>
        <translation>Startdatum des Mandats</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="263" />
        <source>Planned number of sessions</source>
        <translation>Geplante Anzahl der Sitzungen</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="265" />
        <source>How often sessions take place</source>
        <translation>Wie oft Sitzungen stattfinden</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="267" />
        <source>How sessions take place (in person, video…)</source>
        <translation>Wie Sitzungen stattfinden (vor Ort, per Video …)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="270" />
        <source>Fees, as noted on the engagement</source>
        <translation>Vergütung laut Mandat</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="272" />
        <source>Length of a session in minutes</source>
        <translation>Dauer einer Sitzung in Minuten</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="274" />
        <source>Hours of notice to cancel a session free of charge</source>
        <translation>Stunden Vorlauf für eine kostenfreie Absage</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="277" />
        <source>Days to pay an invoice</source>
        <translation>Zahlungsfrist einer Rechnung in Tagen</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="279" />
        <source>Days of notice to end the mentoring early</source>
        <translation>Kündigungsfrist in Tagen für ein vorzeitiges Ende</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="282" />
        <source>Years confidentiality lasts after the end</source>
        <translation>Jahre, die die Vertraulichkeit nach dem Ende fortgilt</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="285" />
        <source>Months notes are kept after the end</source>
        <translation>Monate, die Notizen nach dem Ende aufbewahrt werden</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="288" />
        <source>The date the agreement is generated</source>
        <translation>Datum, an dem die Vereinbarung erstellt wird</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="291" />
        <source>The agreement's end date, if it has one</source>
        <translation>Enddatum der Vereinbarung, falls vorhanden</translation>
    </message>
</context>
<context>
    <name>md::AgreementDetailsPanel</name>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="51" />
        <source>Open mentor &amp;profile…</source>
        <translation>Mentoren&amp;profil öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="52" />
        <source>Go to the c&amp;lient</source>
        <translation>Zum K&amp;lienten</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="54" />
        <source>Go to the e&amp;ngagement</source>
        <translation>Zum Ma&amp;ndat</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="55" />
        <source>&amp;Fill in the details set since it was generated</source>
        <translation>Aktuelle Angaben &amp;eintragen</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="58" />
        <source>Generate the draft's text again from its template and the details as they are now</source>
        <translation>Den Text des Entwurfs mit den aktuellen Angaben neu aus seiner Vorlage erstellen</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="94" />
        <source>No agreement selected</source>
        <translation>Keine Vereinbarung ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="108" />
        <source>Details were set or changed since this draft was generated.</source>
        <translation>Seit der Erstellung dieses Entwurfs wurden Angaben festgelegt oder geändert.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="131" />
        <source>Client: %1</source>
        <translation>Klient: %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="134" />
        <source>Signed on screen on %1</source>
        <translation>Am Bildschirm unterschrieben am %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="137" />
        <source>Signed on paper</source>
        <translation>Auf Papier unterschrieben</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="138" />
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="142" />
        <source>Template: %1, version %2</source>
        <translation>Vorlage: %1, Version %2</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="145" />
        <source>Includes confidentiality terms</source>
        <translation>Mit Vertraulichkeitsbestimmungen</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="146" />
        <source>No confidentiality terms</source>
        <translation>Ohne Vertraulichkeitsbestimmungen</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="148" />
        <source>Ends on %1</source>
        <translation>Endet am %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="150" />
        <source>Amends AGR-%1</source>
        <translation>Ändert AGR-%1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="151" />
        <source>Fingerprint: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Fingerabdruck: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
</context>
<context>
    <name>md::AgreementExporter</name>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="26" />
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
   It prints "Signature Verified Successfully" when manifest.json is authentic.

2. CHECK THE PDF AGAINST THE MANIFEST
   sha256sum agreement.pdf        (macOS: shasum -a 256 agreement.pdf)
   The result must equal the "sha256" inside "pdf" in manifest.json:
   %5
</source>
        <translation>Unterschriebene Vereinbarung %1: %2
Unterschrieben am %3 UTC; versiegelt von MentorDesk %4.

Dieser Ordner enthält die Vereinbarung genau so, wie sie unterschrieben wurde, und alles,
was Sie brauchen, um zu prüfen, dass sie seitdem nicht verändert wurde. Dafür brauchen
Sie kein MentorDesk; die folgenden Befehle funktionieren in einem Terminal unter Linux
und macOS sowie mit Git Bash oder WSL unter Windows.

DATEIEN
  agreement.pdf        die unterschriebene Vereinbarung
  manifest.json        eine Beschreibung dessen, was unterschrieben wurde, mit der
                       SHA-256-Prüfsumme jeder Datei (nicht bearbeiten, auch nicht
                       die Leerzeichen)
  manifest.sig         die digitale Ed25519-Signatur über manifest.json (64 Byte)
  manifest.sig.base64  dieselbe Signatur als Text
  public-key.pem       der öffentliche Schlüssel, mit dem die Signatur geprüft wird

1. SIGNATUR DES MANIFESTS PRÜFEN (OpenSSL 3.0 oder neuer)
   openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin \
       -in manifest.json -sigfile manifest.sig
   Ist manifest.json echt, wird „Signature Verified Successfully“ ausgegeben.

2. PDF MIT DEM MANIFEST ABGLEICHEN
   sha256sum agreement.pdf        (macOS: shasum -a 256 agreement.pdf)
   Das Ergebnis muss dem Wert „sha256“ unter „pdf“ in manifest.json entsprechen:
   %5
</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="57" />
        <source>
THE KEY
   Public key fingerprint (first half of its SHA-256): %1
   Raw public key, base64: %2
   Ask your mentor to confirm the fingerprint if you want to be sure the key is theirs.

The footer of every page shows the agreement number and the fingerprint of its text, so a
printed copy can be matched to this record.
</source>
        <translation>
DER SCHLÜSSEL
   Fingerabdruck des öffentlichen Schlüssels (erste Hälfte seines SHA-256): %1
   Öffentlicher Schlüssel im Rohformat, Base64: %2
   Bitten Sie Ihren Mentor, den Fingerabdruck zu bestätigen, wenn Sie sicher sein
   möchten, dass der Schlüssel von ihm stammt.

In der Fußzeile jeder Seite stehen die Nummer der Vereinbarung und der Fingerabdruck
ihres Textes, sodass sich ein Ausdruck diesem Datensatz zuordnen lässt.
</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="88" />
        <source>Only a signed agreement can be exported for the client. Save the draft as a PDF instead.</source>
        <translation>Nur eine unterschriebene Vereinbarung kann für den Klienten exportiert werden. Speichern Sie den Entwurf stattdessen als PDF.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="108" />
        <source>CHECK THE DRAWN SIGNATURE OF THE %1
   sha256sum %2
   The result must equal its "signature_png_sha256" in manifest.json.
</source>
        <translation>GEZEICHNETE UNTERSCHRIFT PRÜFEN (%1)
   sha256sum %2
   Das Ergebnis muss dem Wert „signature_png_sha256“ in manifest.json entsprechen.
</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="120" />
        <source>CHECK THE SCAN OF THE SIGNED PAPER ORIGINAL
   sha256sum %1
   The result must equal the "sha256" inside "scan" in manifest.json.
</source>
        <translation>SCAN DES UNTERSCHRIEBENEN PAPIERORIGINALS PRÜFEN
   sha256sum %1
   Das Ergebnis muss dem Wert „sha256“ unter „scan“ in manifest.json entsprechen.
</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="131" />
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="135" />
        <source>%1 already exists. Choose an empty folder for the export.</source>
        <translation>%1 existiert bereits. Wählen Sie für den Export einen leeren Ordner.</translation>
    </message>
</context>
<context>
    <name>md::AgreementListModel</name>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="130" />
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="267" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="269" />
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="271" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="273" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="275" />
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="277" />
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
</context>
<context>
    <name>md::AgreementManifest</name>
    <message>
        <location filename="../core/agreements/AgreementManifest.cpp" line="90" />
        <source>The manifest is not valid JSON.</source>
        <translation>Das Manifest ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementManifest.cpp" line="94" />
        <source>The manifest is not in canonical form.</source>
        <translation>Das Manifest liegt nicht in kanonischer Form vor.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementManifest.cpp" line="99" />
        <source>The manifest has an unknown format.</source>
        <translation>Das Manifest hat ein unbekanntes Format.</translation>
    </message>
</context>
<context>
    <name>md::AgreementPdfRenderer</name>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="46" />
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="47" />
        <source>By signing below, the parties confirm that they have read this agreement and agree to its terms.</source>
        <translation>Mit ihrer Unterschrift bestätigen die Parteien, dass sie diese Vereinbarung gelesen haben und ihren Bedingungen zustimmen.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="54" />
        <source>The mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="55" />
        <source>The mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="56" />
        <source>Date: ____________________</source>
        <translation>Datum: ____________________</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="100" />
        <source>Agreement %1</source>
        <translation>Vereinbarung %1</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="103" />
        <source>Fingerprint %1</source>
        <translation>Fingerabdruck %1</translation>
    </message>
</context>
<context>
    <name>md::AgreementRepository</name>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="56" />
        <source>This agreement is signed and can no longer be changed. To change its terms, create an amendment.</source>
        <translation>Diese Vereinbarung ist unterschrieben und kann nicht mehr geändert werden. Um ihre Bedingungen zu ändern, erstellen Sie einen Nachtrag.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="89" />
        <location filename="../core/storage/AgreementRepository.cpp" line="119" />
        <source>Could not save the agreement</source>
        <translation>Die Vereinbarung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="101" />
        <source>An agreement needs a title.</source>
        <translation>Eine Vereinbarung braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="135" />
        <source>Could not delete the agreement</source>
        <translation>Die Vereinbarung konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="144" />
        <location filename="../core/storage/AgreementRepository.cpp" line="148" />
        <source>Could not read the agreement</source>
        <translation>Die Vereinbarung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="149" />
        <source>Agreement %1 does not exist.</source>
        <translation>Die Vereinbarung %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="168" />
        <location filename="../core/storage/AgreementRepository.cpp" line="173" />
        <location filename="../core/storage/AgreementRepository.cpp" line="184" />
        <location filename="../core/storage/AgreementRepository.cpp" line="189" />
        <location filename="../core/storage/AgreementRepository.cpp" line="211" />
        <location filename="../core/storage/AgreementRepository.cpp" line="217" />
        <location filename="../core/storage/AgreementRepository.cpp" line="386" />
        <location filename="../core/storage/AgreementRepository.cpp" line="391" />
        <source>Could not read the agreements</source>
        <translation>Die Vereinbarungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="228" />
        <location filename="../core/storage/AgreementRepository.cpp" line="242" />
        <source>Could not read the signatures</source>
        <translation>Die Unterschriften konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="252" />
        <location filename="../core/storage/AgreementRepository.cpp" line="255" />
        <source>Could not read the scan</source>
        <translation>Der Scan konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="269" />
        <location filename="../core/storage/AgreementRepository.cpp" line="273" />
        <source>Could not read the signed document</source>
        <translation>Das unterschriebene Dokument konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="291" />
        <source>Could not store the signed agreement</source>
        <translation>Die unterschriebene Vereinbarung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="345" />
        <source>The agreement was changed or signed elsewhere while it was being signed. Nothing was stored; open it again and sign once more.</source>
        <translation>Die Vereinbarung wurde während des Unterschreibens an anderer Stelle geändert oder unterschrieben. Es wurde nichts gespeichert; öffnen Sie sie erneut und unterschreiben Sie noch einmal.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="356" />
        <source>Could not check the engagement's agreements</source>
        <translation>Die Vereinbarungen des Mandats konnten nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="403" />
        <location filename="../core/storage/AgreementRepository.cpp" line="410" />
        <source>Could not read the engagements</source>
        <translation>Die Mandate konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>md::AgreementService</name>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="286" />
        <source>Only a signed agreement can be amended; edit the draft instead.</source>
        <translation>Nur eine unterschriebene Vereinbarung kann durch einen Nachtrag geändert werden; bearbeiten Sie stattdessen den Entwurf.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="326" />
        <source>This agreement amends and replaces agreement %1 of %2 between the same parties. Where the two differ, this agreement applies.</source>
        <translation>Diese Vereinbarung ändert und ersetzt die Vereinbarung %1 vom %2 zwischen denselben Parteien. Soweit beide voneinander abweichen, gilt diese Vereinbarung.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="309" />
        <source>%1 (amendment to %2)</source>
        <translation>%1 (Nachtrag zu %2)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="393" />
        <source>This agreement ends on %1.</source>
        <translation>Diese Vereinbarung endet am %1.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="369" />
        <source>Signed on screen on %1 UTC</source>
        <translation>Am Bildschirm unterschrieben am %1 UTC</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="107" />
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="119" />
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="176" />
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="208" />
        <source>This agreement is already signed.</source>
        <translation>Diese Vereinbarung ist bereits unterschrieben.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="48" />
        <source>The mentee must type their full name.</source>
        <translation>Der Mentee muss seinen vollständigen Namen eingeben.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="49" />
        <source>The mentor must type their full name.</source>
        <translation>Der Mentor muss seinen vollständigen Namen eingeben.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="52" />
        <source>The mentee must confirm the consent statement before signing.</source>
        <translation>Der Mentee muss vor dem Unterschreiben die Einverständniserklärung bestätigen.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="54" />
        <source>The mentor must confirm the consent statement before signing.</source>
        <translation>Der Mentor muss vor dem Unterschreiben die Einverständniserklärung bestätigen.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="59" />
        <source>The mentee's signature image is too large.</source>
        <translation>Das Unterschriftsbild des Mentee ist zu groß.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="60" />
        <source>The mentor's signature image is too large.</source>
        <translation>Das Unterschriftsbild des Mentors ist zu groß.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="64" />
        <source>The mentee has not drawn a signature.</source>
        <translation>Der Mentee hat keine Unterschrift gezeichnet.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="65" />
        <source>The mentor has not drawn a signature.</source>
        <translation>Der Mentor hat keine Unterschrift gezeichnet.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="73" />
        <source>The mentee typed “%1”, which differs from the client's name “%2”. Confirm that “%1” is the name they sign with, or correct it.</source>
        <translation>Der Mentee hat „%1“ eingegeben, was vom Namen des Klienten „%2“ abweicht. Bestätigen Sie, dass „%1“ der Name ist, mit dem er unterschreibt, oder korrigieren Sie ihn.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="77" />
        <source>The mentor typed “%1”, which differs from the name in the mentor profile “%2”. Confirm that “%1” is the name you sign with, or correct it.</source>
        <translation>Der Mentor hat „%1“ eingegeben, was vom Namen im Mentorenprofil „%2“ abweicht. Bestätigen Sie, dass „%1“ der Name ist, mit dem Sie unterschreiben, oder korrigieren Sie ihn.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="184" />
        <source>The paper cannot have been signed on %1: that is in the future.</source>
        <translation>Das Papier kann nicht am %1 unterschrieben worden sein: Dieses Datum liegt in der Zukunft.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="188" />
        <source>The paper cannot have been signed on %1: the draft was only generated on %2.</source>
        <translation>Das Papier kann nicht am %1 unterschrieben worden sein: Der Entwurf wurde erst am %2 erstellt.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="195" />
        <source>Attach the scan of the signed paper as a PDF, PNG or JPEG file.</source>
        <translation>Hängen Sie den Scan des unterschriebenen Papiers als PDF-, PNG- oder JPEG-Datei an.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="197" />
        <source>The scan is too large (at most 50 MB).</source>
        <translation>Der Scan ist zu groß (höchstens 50 MB).</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="324" />
        <source>Signed by hand on %1; the scan was attached on %2.</source>
        <translation>Am %1 von Hand unterschrieben; der Scan wurde am %2 angehängt.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="327" />
        <source>Signed by hand; the scan was attached on %1.</source>
        <translation>Von Hand unterschrieben; der Scan wurde am %1 angehängt.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="328" />
        <source>Paper signature attached, not checked: MentorDesk keeps the scan as it was attached and does not check the handwriting on it.</source>
        <translation>Papierunterschrift angehängt, nicht geprüft: MentorDesk bewahrt den Scan so auf, wie er angehängt wurde, und prüft die Handschrift darauf nicht.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="336" />
        <source>Mentee: %1</source>
        <translation>Mentee: %1</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="337" />
        <source>Mentor: %1</source>
        <translation>Mentor: %1</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceDrafts.cpp" line="65" />
        <source>A signed agreement has no blanks to fill in.</source>
        <translation>Eine unterschriebene Vereinbarung hat keine Lücken zum Ausfüllen.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceDrafts.cpp" line="134" />
        <source>A signed agreement cannot be changed; amend it instead.</source>
        <translation>Eine unterschriebene Vereinbarung kann nicht geändert werden; erstellen Sie stattdessen einen Nachtrag.</translation>
    </message>
</context>
<context>
    <name>md::AgreementSigningKeyRepository</name>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="22" />
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="27" />
        <source>Could not read the signing key</source>
        <translation>Der Signaturschlüssel konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="52" />
        <source>The workspace's signing key does not match its public key.</source>
        <translation>Der Signaturschlüssel des Arbeitsbereichs passt nicht zu seinem öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="62" />
        <source>The workspace already has a signing key; it is never replaced.</source>
        <translation>Der Arbeitsbereich hat bereits einen Signaturschlüssel; dieser wird nie ersetzt.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="78" />
        <source>Could not store the signing key</source>
        <translation>Der Signaturschlüssel konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="99" />
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="104" />
        <source>Could not read the earlier signing keys</source>
        <translation>Die früheren Signaturschlüssel konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="111" />
        <source>An earlier signing key must name its workspace and hold a 32-byte public key.</source>
        <translation>Ein früherer Signaturschlüssel muss seinen Arbeitsbereich nennen und einen öffentlichen Schlüssel mit 32 Byte enthalten.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="120" />
        <source>Could not store an earlier signing key</source>
        <translation>Ein früherer Signaturschlüssel konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>md::AgreementTemplateRepository</name>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="48" />
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="52" />
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="103" />
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="108" />
        <source>Could not read the agreement templates</source>
        <translation>Die Vorlagen für Vereinbarungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="65" />
        <source>There is no %1 template in the language "%2".</source>
        <translation>Es gibt keine Vorlage „%1“ in der Sprache „%2“.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="85" />
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="88" />
        <source>Could not read the agreement template</source>
        <translation>Die Vorlage der Vereinbarung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="89" />
        <source>Template %1 does not exist.</source>
        <translation>Die Vorlage %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="114" />
        <source>A template needs a title.</source>
        <translation>Eine Vorlage braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="116" />
        <source>A template needs some text.</source>
        <translation>Eine Vorlage braucht einen Text.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="147" />
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="163" />
        <source>Could not save the template</source>
        <translation>Die Vorlage konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>md::AgreementVerifier</name>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="44" />
        <source>Not signed</source>
        <translation>Nicht unterschrieben</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="52" />
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="98" />
        <source>Agreement %1 was erased with its client on %2: nothing of it is left to verify.</source>
        <translation>Die Vereinbarung %1 wurde am %2 mit ihrem Klienten gelöscht: Es ist nichts mehr davon übrig, das geprüft werden könnte.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="115" />
        <source>A signed document is stored, but the agreement is marked as a draft.</source>
        <translation>Ein unterschriebenes Dokument ist gespeichert, aber die Vereinbarung ist als Entwurf markiert.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="117" />
        <source>The signed document and its manifest are missing.</source>
        <translation>Das unterschriebene Dokument und sein Manifest fehlen.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="144" />
        <source>The manifest was not signed with this workspace's key.</source>
        <translation>Das Manifest wurde nicht mit dem Schlüssel dieses Arbeitsbereichs signiert.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="127" />
        <source>The manifest's signature does not match the manifest.</source>
        <translation>Die Signatur des Manifests passt nicht zum Manifest.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="156" />
        <source>The stored PDF differs from the one that was signed.</source>
        <translation>Die gespeicherte PDF-Datei weicht von der unterschriebenen ab.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="158" />
        <source>The stored agreement text differs from the text that was signed.</source>
        <translation>Der gespeicherte Text der Vereinbarung weicht vom unterschriebenen Text ab.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="163" />
        <source>The agreement's stored details differ from the signed manifest.</source>
        <translation>Die gespeicherten Angaben der Vereinbarung weichen vom unterschriebenen Manifest ab.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="151" />
        <source>The manifest belongs to another workspace.</source>
        <translation>Das Manifest gehört zu einem anderen Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="35" />
        <source>Paper signature attached, unchanged since %1</source>
        <translation>Papierunterschrift angehängt, unverändert seit %1</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="50" />
        <source>Unchanged since signing</source>
        <translation>Unverändert seit der Unterschrift</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="63" />
        <source>The scan and the PDF are exactly as they were when the scan was attached. MentorDesk did not check the handwritten signatures on the scan, nor that it shows this agreement.</source>
        <translation>Scan und PDF sind genau so, wie sie beim Anhängen des Scans waren. MentorDesk hat weder die handschriftlichen Unterschriften auf dem Scan geprüft noch, ob er diese Vereinbarung zeigt.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="67" />
        <source>The stored PDF, the signatures and the manifest are exactly what was signed on screen.</source>
        <translation>Die gespeicherte PDF-Datei, die Unterschriften und das Manifest entsprechen genau dem, was am Bildschirm unterschrieben wurde.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="170" />
        <source>The number of stored signatures differs from the manifest.</source>
        <translation>Die Anzahl der gespeicherten Unterschriften weicht vom Manifest ab.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="177" />
        <source>The %1's signature is missing.</source>
        <translation>%1: Die Unterschrift fehlt.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="181" />
        <source>The %1's signature image differs from the one signed.</source>
        <translation>%1: Das Unterschriftsbild weicht vom unterschriebenen ab.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="185" />
        <source>The %1's name or consent differs from the manifest.</source>
        <translation>%1: Name oder Einverständnis weichen vom Manifest ab.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="188" />
        <source>On-screen signatures were added to an agreement signed on paper.</source>
        <translation>Einer auf Papier unterschriebenen Vereinbarung wurden Unterschriften am Bildschirm hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="195" />
        <source>The scan of the paper original is missing or was added.</source>
        <translation>Der Scan des Papieroriginals fehlt oder wurde nachträglich hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="199" />
        <source>The stored scan differs from the one that was attached.</source>
        <translation>Der gespeicherte Scan weicht vom angehängten ab.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="201" />
        <source>The stored date of the paper signing differs from the manifest.</source>
        <translation>Das gespeicherte Datum der Papierunterschrift weicht vom Manifest ab.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="216" />
        <source>The signing is not recorded in the audit log.</source>
        <translation>Die Unterzeichnung ist nicht im Prüfprotokoll verzeichnet.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="221" />
        <source>The audit log's record of this agreement was altered (%1).</source>
        <translation>Der Eintrag dieser Vereinbarung im Prüfprotokoll wurde verändert (%1).</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="256" />
        <location filename="../core/agreements/AgreementVerifier.cpp" line="281" />
        <source>Agreement %1: %2</source>
        <translation>Vereinbarung %1: %2</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="274" />
        <source>Agreement %1: audit log entry %2 records its signing, but it is no longer stored as signed.</source>
        <translation>Vereinbarung %1: Der Eintrag %2 im Prüfprotokoll verzeichnet ihre Unterzeichnung, sie ist aber nicht mehr als unterschrieben gespeichert.</translation>
    </message>
</context>
<context>
    <name>md::AgreementsArea</name>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="56" />
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="61" />
        <source>Generate an agreement for an engagement from a template</source>
        <translation>Aus einer Vorlage eine Vereinbarung für ein Mandat erstellen</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="63" />
        <source>&amp;Edit draft…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="66" />
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="67" />
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="69" />
        <source>Save as P&amp;DF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="70" />
        <source>&amp;Sign on screen…</source>
        <translation>&amp;Unterschreiben…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="72" />
        <source>Signed on p&amp;aper…</source>
        <translation>P&amp;apierunterschrift…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="74" />
        <source>Attach the scan of the paper original signed by hand</source>
        <translation>Den Scan des von Hand unterschriebenen Papieroriginals anhängen</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="75" />
        <source>E&amp;xport for client…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="77" />
        <source>A&amp;mend…</source>
        <translation>Nach&amp;trag…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="78" />
        <source>&amp;Delete draft</source>
        <translation>Entwurf &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="86" />
        <source>P&amp;rint</source>
        <translation>D&amp;rucken</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="88" />
        <source>Preview, print or save the agreement as PDF</source>
        <translation>Vereinbarung in der Vorschau ansehen, drucken oder als PDF speichern</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="109" />
        <source>&amp;Templates…</source>
        <translation>&amp;Vorlagen…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="111" />
        <source>Edit the texts agreements are generated from</source>
        <translation>Die Texte bearbeiten, aus denen Vereinbarungen erstellt werden</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="113" />
        <source>Mentor &amp;profile…</source>
        <translation>Mentoren&amp;profil…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="115" />
        <source>Your name, business, address and signature, as agreements print them</source>
        <translation>Ihr Name, Ihr Unternehmen, Ihre Adresse und Ihre Unterschrift, wie sie auf Vereinbarungen erscheinen</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="131" />
        <source>Filter by number, client, title or state</source>
        <translation>Nach Nummer, Klient, Titel oder Status filtern</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="314" />
        <source>No agreements yet.

Press New (Ctrl+N) to generate a mentoring agreement or a confidentiality agreement for an engagement.</source>
        <translation>Noch keine Vereinbarungen.

Drücken Sie „Neu“ (Strg+N), um für ein Mandat einen Mentoring-Vertrag oder eine Vertraulichkeitsvereinbarung zu erstellen.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="316" />
        <source>No agreements yet.

Fill in your mentor profile, then press New (Ctrl+N) to generate a mentoring agreement or a confidentiality agreement for an engagement.</source>
        <translation>Noch keine Vereinbarungen.

Füllen Sie Ihr Mentorenprofil aus und drücken Sie dann „Neu“ (Strg+N), um für ein Mandat einen Mentoring-Vertrag oder eine Vertraulichkeitsvereinbarung zu erstellen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsArea.cpp" line="421" />
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n Vereinbarung</numerusform>
            <numerusform>%n Vereinbarungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsArea.cpp" line="423" />
        <source>%n ending within %1 days</source>
        <translation>
            <numerusform>%n endet innerhalb von %1 Tagen</numerusform>
            <numerusform>%n enden innerhalb von %1 Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsArea.cpp" line="425" />
        <source>%n MODIFIED</source>
        <translation>
            <numerusform>%n GEÄNDERT</numerusform>
            <numerusform>%n GEÄNDERT</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="427" />
        <source>AUDIT LOG BROKEN</source>
        <translation>PRÜFPROTOKOLL BESCHÄDIGT</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsArea.cpp" line="451" />
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weitere.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="453" />
        <source>Warning: the audit log of signings does not verify. Its record of who signed what and when may have been changed outside MentorDesk; restore a backup or keep the exported copies as evidence.</source>
        <translation>Warnung: Das Prüfprotokoll der Unterschriften lässt sich nicht bestätigen. Die Aufzeichnung, wer wann was unterschrieben hat, wurde möglicherweise außerhalb von MentorDesk verändert; stellen Sie eine Sicherung wieder her oder bewahren Sie die exportierten Kopien als Nachweis auf.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="61" />
        <source>Generated %1. Check the text, then print it or sign it on screen.</source>
        <translation>%1 erstellt. Prüfen Sie den Text und drucken Sie ihn dann aus oder unterschreiben Sie ihn am Bildschirm.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="68" />
        <source>No agreement is selected.</source>
        <translation>Keine Vereinbarung ausgewählt.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="80" />
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="91" />
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="96" />
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="114" />
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="124" />
        <source>Save agreement as PDF</source>
        <translation>Vereinbarung als PDF speichern</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="125" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="133" />
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="138" />
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="142" />
        <source>Saved %1 (not encrypted).</source>
        <translation>%1 gespeichert (nicht verschlüsselt).</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="153" />
        <source>%1 is signed and frozen.</source>
        <translation>%1 ist unterschrieben und unveränderlich.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="164" />
        <source>%1 is recorded as signed on paper; the scan is attached, not checked.</source>
        <translation>%1 ist als auf Papier unterschrieben erfasst; der Scan ist angehängt, aber nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="175" />
        <source>Export for the client into…</source>
        <translation>Für den Klienten exportieren nach…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="181" />
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="185" />
        <source>Export for client</source>
        <translation>Für Klienten exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="186" />
        <source>%n file(s) written to %1 (not encrypted). README.txt explains how the client can check them.</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben (nicht verschlüsselt). In README.txt steht, wie der Klient sie prüfen kann.</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben (nicht verschlüsselt). In README.txt steht, wie der Klient sie prüfen kann.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="201" />
        <source>Amend</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="205" />
        <source>Generated %1, which amends %2.</source>
        <translation>%1 erstellt; ändert %2.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="215" />
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="221" />
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="216" />
        <source>Delete the draft %1 “%2”?</source>
        <translation>Den Entwurf %1 „%2“ löschen?</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="249" />
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="263" />
        <source>Fill in the draft</source>
        <translation>Entwurf ausfüllen</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="250" />
        <source>The text of %1 was changed by hand. Generating it again from its template replaces those changes.</source>
        <translation>Der Text von %1 wurde von Hand geändert. Wenn Sie ihn neu aus seiner Vorlage erstellen, werden diese Änderungen ersetzt.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="255" />
        <source>&amp;Replace the text</source>
        <translation>Text &amp;ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="267" />
        <source>Filled in %1 from the details as they are now.</source>
        <translation>%1 mit den aktuellen Angaben ausgefüllt.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="275" />
        <source>Saved your mentor profile.</source>
        <translation>Ihr Mentorenprofil wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreas.cpp" line="18" />
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
</context>
<context>
    <name>md::AppController</name>
    <message>
        <location filename="../ui/AppController.cpp" line="37" />
        <source>Locked after a period of inactivity.</source>
        <translation>Nach einer Zeit ohne Aktivität gesperrt.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="164" />
        <source>The system keychain did not answer, so MentorDesk could not open by itself.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet, daher konnte MentorDesk nicht selbstständig öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="174" />
        <source>The key remembered on this computer no longer opens this workspace. Enter your passphrase; MentorDesk will remember the right key again.</source>
        <translation>Der auf diesem Computer gespeicherte Schlüssel öffnet diesen Arbeitsbereich nicht mehr. Geben Sie Ihre Passphrase ein; MentorDesk merkt sich dann wieder den richtigen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="245" />
        <source>Your workspace is ready. Press Ctrl+N to add your first client.</source>
        <translation>Ihr Arbeitsbereich ist bereit. Drücken Sie Strg+N, um Ihren ersten Klienten anzulegen.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="253" />
        <source>Open Workspace Folder</source>
        <translation>Arbeitsbereichsordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="388" />
        <source>MentorDesk will open without asking for your passphrase on this computer.</source>
        <translation>MentorDesk öffnet auf diesem Computer ohne Frage nach Ihrer Passphrase.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="393" />
        <source>Not Remembered</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="394" />
        <source>MentorDesk could not store the key in the system keychain, so it will ask for your passphrase next time.</source>
        <translation>MentorDesk konnte den Schlüssel nicht im Schlüsselbund des Systems speichern und fragt beim nächsten Mal nach Ihrer Passphrase.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="413" />
        <source>MentorDesk no longer opens by itself on this computer.</source>
        <translation>MentorDesk öffnet auf diesem Computer nicht mehr von selbst.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="416" />
        <source>The key could not be removed from the system keychain.</source>
        <translation>Der Schlüssel konnte nicht aus dem Schlüsselbund des Systems entfernt werden.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="431" />
        <source>The workspace was opened with its recovery key and has no passphrase yet. Choose one now; until then only the recovery key opens it.</source>
        <translation>Der Arbeitsbereich wurde mit seinem Wiederherstellungsschlüssel geöffnet und hat noch keine Passphrase. Wählen Sie jetzt eine; bis dahin öffnet ihn nur der Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="433" />
        <source>You opened the workspace with your recovery key. If you have forgotten your passphrase, choose a new one now.</source>
        <translation>Sie haben den Arbeitsbereich mit Ihrem Wiederherstellungsschlüssel geöffnet. Falls Sie Ihre Passphrase vergessen haben, wählen Sie jetzt eine neue.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="444" />
        <source>Your passphrase has been changed.</source>
        <translation>Ihre Passphrase wurde geändert.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="471" />
        <source>New recovery key created. The old one no longer opens this workspace.</source>
        <translation>Neuer Wiederherstellungsschlüssel erstellt. Der alte öffnet diesen Arbeitsbereich nicht mehr.</translation>
    </message>
</context>
<context>
    <name>md::AtomicFileWriter</name>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="23" />
        <source>The disk is full: %1 could not be written. The previous version of the file is unchanged.</source>
        <translation>Der Datenträger ist voll: %1 konnte nicht geschrieben werden. Die vorherige Version der Datei ist unverändert.</translation>
    </message>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="26" />
        <source>%1 %2: %3. The previous version of the file is unchanged.</source>
        <translation>%2: %1 (%3). Die vorherige Version der Datei ist unverändert.</translation>
    </message>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="32" />
        <source>Could not create</source>
        <translation>Anlegen nicht möglich</translation>
    </message>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="36" />
        <source>Could not restrict access to</source>
        <translation>Zugriff konnte nicht beschränkt werden</translation>
    </message>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="50" />
        <location filename="../core/common/AtomicFile.cpp" line="61" />
        <location filename="../core/common/AtomicFile.cpp" line="63" />
        <source>Could not write</source>
        <translation>Schreiben nicht möglich</translation>
    </message>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="65" />
        <source>Could not finish writing</source>
        <translation>Schreiben konnte nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>md::AuditChain</name>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="51" />
        <source>Audit log entry %1</source>
        <translation>Eintrag %1 im Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="57" />
        <source>%1: expected entry %2 here; entries are missing or out of order.</source>
        <translation>%1: Hier wurde Eintrag %2 erwartet; Einträge fehlen oder sind in falscher Reihenfolge.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="63" />
        <source>%1: does not link to the entry before it.</source>
        <translation>%1: Verweist nicht auf den vorhergehenden Eintrag.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="67" />
        <source>%1: its content does not match its hash.</source>
        <translation>%1: Der Inhalt passt nicht zu seinem Hashwert.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="76" />
        <source>%1: its recorded fields disagree with its content.</source>
        <translation>%1: Die erfassten Felder widersprechen dem Inhalt.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="107" />
        <source>Audit log entry %1: the entry before it is missing.</source>
        <translation>Eintrag %1 im Prüfprotokoll: Der vorhergehende Eintrag fehlt.</translation>
    </message>
</context>
<context>
    <name>md::AvailabilityDialog</name>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="6" />
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="12" />
        <source>Working hours</source>
        <translation>Arbeitszeiten</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="152" />
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="142" />
        <source>Minimum &amp;buffer between sessions:</source>
        <translation>Mindest&amp;puffer zwischen Sitzungen:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="165" />
        <source>Your &amp;time zone:</source>
        <translation>Ihre &amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="192" />
        <source>No reminders</source>
        <translation>Keine Erinnerungen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="195" />
        <source>Remind me </source>
        <extracomment>The spin box reads "Remind me [15] minutes before a session".</extracomment>
        <translation>Erinnern </translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="198" />
        <source> minutes before a session</source>
        <translation> Minuten vor einer Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="182" />
        <source>&amp;Reminder:</source>
        <translation>&amp;Erinnerung:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="213" />
        <source>Days off</source>
        <translation>Freie Tage</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="237" />
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="244" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>md::AvailabilityRepository</name>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="27" />
        <location filename="../core/storage/AvailabilityRepository.cpp" line="31" />
        <source>Could not read the scheduling settings</source>
        <translation>Die Terminplanungseinstellungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="42" />
        <source>Could not save the scheduling settings</source>
        <translation>Die Terminplanungseinstellungen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="69" />
        <location filename="../core/storage/AvailabilityRepository.cpp" line="77" />
        <source>Could not read the working hours</source>
        <translation>Die Arbeitszeiten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="79" />
        <location filename="../core/storage/AvailabilityRepository.cpp" line="83" />
        <source>Could not read the days off</source>
        <translation>Die freien Tage konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="91" />
        <location filename="../core/storage/AvailabilityRepository.cpp" line="99" />
        <source>Could not save the working hours</source>
        <translation>Die Arbeitszeiten konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="105" />
        <source>Could not save the days off</source>
        <translation>Die freien Tage konnten nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>md::BackupActions</name>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="34" />
        <source>Last verified backup: %1
in %2</source>
        <translation>Letzte geprüfte Sicherung: %1
in %2</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="38" />
        <source>No verified backup in %1 yet. File &gt; Back Up Now makes one.</source>
        <translation>Noch keine geprüfte Sicherung in %1. „Datei &gt; Jetzt sichern“ erstellt eine.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="44" />
        <source>Backup Not Made</source>
        <translation>Sicherung nicht erstellt</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="47" />
        <source>Your workspace itself is unchanged. The backup folder is set in Edit &gt; Preferences.</source>
        <translation>Ihr Arbeitsbereich selbst ist unverändert. Der Sicherungsordner wird unter „Bearbeiten &gt; Einstellungen“ festgelegt.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="57" />
        <source>Backup written and verified in %1.</source>
        <translation>Sicherung in %1 geschrieben und geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="92" />
        <source>Restored into %1.</source>
        <translation>Wiederhergestellt in %1.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="93" />
        <source>Restored. The workspace it replaced is kept in %1.</source>
        <translation>Wiederhergestellt. Der ersetzte Arbeitsbereich wird in %1 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="97" />
        <source>Workspace Restored</source>
        <translation>Arbeitsbereich wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="98" />
        <source>The backup is restored and open. The workspace it replaced was moved, not deleted, to:
%1</source>
        <translation>Die Sicherung ist wiederhergestellt und geöffnet. Der ersetzte Arbeitsbereich wurde nicht gelöscht, sondern verschoben nach:
%1</translation>
    </message>
</context>
<context>
    <name>md::BackupController</name>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="58" />
        <source>Unlock the workspace to back it up.</source>
        <translation>Entsperren Sie den Arbeitsbereich, um ihn zu sichern.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="73" />
        <source>The backup was made, but old backups could not be removed: %1</source>
        <translation>Die Sicherung wurde erstellt, aber alte Sicherungen konnten nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="115" />
        <source>No backup yet</source>
        <translation>Noch keine Sicherung</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backup/BackupController.cpp" line="118" />
        <source>No backup for %n day(s)</source>
        <translation>
            <numerusform>Seit %n Tag keine Sicherung</numerusform>
            <numerusform>Seit %n Tagen keine Sicherung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="123" />
        <source>Backed up today at %1</source>
        <translation>Heute um %1 gesichert</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="125" />
        <source>Backed up yesterday at %1</source>
        <translation>Gestern um %1 gesichert</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="126" />
        <source>Backed up on %1</source>
        <translation>Am %1 gesichert</translation>
    </message>
</context>
<context>
    <name>md::BackupRestore</name>
    <message>
        <location filename="../core/backup/BackupRestore.cpp" line="32" />
        <source>The backup is damaged and was not restored: %1</source>
        <translation>Die Sicherung ist beschädigt und wurde nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupRestore.cpp" line="52" />
        <source>Could not move the current workspace aside to %1; nothing was restored.</source>
        <translation>Der aktuelle Arbeitsbereich konnte nicht nach %1 verschoben werden; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupRestore.cpp" line="61" />
        <source>%1 The current workspace is safe in %2.</source>
        <translation>%1 Der aktuelle Arbeitsbereich liegt sicher in %2.</translation>
    </message>
</context>
<context>
    <name>md::BackupService</name>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="79" />
        <location filename="../core/backup/BackupService.cpp" line="87" />
        <source>Could not check the backup</source>
        <translation>Die Sicherung konnte nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="106" />
        <source>The backup folder %1 cannot be created or written to. Choose another one in Preferences, or plug in the drive it is on.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt oder beschrieben werden. Wählen Sie in den Einstellungen einen anderen oder schließen Sie das Laufwerk an, auf dem er liegt.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="119" />
        <location filename="../core/backup/BackupService.cpp" line="139" />
        <source>Could not write to the backup folder %1.</source>
        <translation>In den Sicherungsordner %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="147" />
        <location filename="../core/backup/BackupService.cpp" line="158" />
        <location filename="../core/backup/BackupService.cpp" line="162" />
        <source>Could not start the backup</source>
        <translation>Die Sicherung konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="165" />
        <location filename="../core/backup/BackupService.cpp" line="171" />
        <source>Could not copy the workspace</source>
        <translation>Der Arbeitsbereich konnte nicht kopiert werden</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="181" />
        <source>Could not finish the backup</source>
        <translation>Die Sicherung konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="202" />
        <source>The backup could not be read back, so it was deleted: %1</source>
        <translation>Die Sicherung konnte nicht zurückgelesen werden und wurde daher gelöscht: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="210" />
        <source>The backup did not match the workspace, so it was deleted: %1</source>
        <translation>Die Sicherung stimmte nicht mit dem Arbeitsbereich überein und wurde daher gelöscht: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="230" />
        <source>Could not finish the backup in %1.</source>
        <translation>Die Sicherung in %1 konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="243" />
        <source>%1 is not a MentorDesk backup (it has no %2).</source>
        <translation>%1 ist keine MentorDesk-Sicherung (%2 fehlt).</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="250" />
        <source>The description of the backup in %1 is damaged.</source>
        <translation>Die Beschreibung der Sicherung in %1 ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="254" />
        <source>The backup in %1 was made by a newer MentorDesk.</source>
        <translation>Die Sicherung in %1 wurde mit einer neueren Version von MentorDesk erstellt.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="269" />
        <source>The backup in %1 is incomplete.</source>
        <translation>Die Sicherung in %1 ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="304" />
        <source>Restore your newest backup (File › Restore from Backup, or “mentordesk-cli backup restore”).</source>
        <translation>Stellen Sie Ihre neueste Sicherung wieder her („Datei › Aus Sicherung wiederherstellen“ oder „mentordesk-cli backup restore“).</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="318" />
        <source>No verified backup of this workspace was found in %1. If you keep backups elsewhere, restore one with File › Restore from Backup.</source>
        <translation>In %1 wurde keine geprüfte Sicherung dieses Arbeitsbereichs gefunden. Wenn Sie Sicherungen an anderer Stelle aufbewahren, stellen Sie eine über „Datei › Aus Sicherung wiederherstellen“ wieder her.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="322" />
        <source>The newest verified backup of this workspace is from %1: %2. Restore it with File › Restore from Backup, or “mentordesk-cli backup restore "%2"”.</source>
        <translation>Die neueste geprüfte Sicherung dieses Arbeitsbereichs ist vom %1: %2. Stellen Sie sie über „Datei › Aus Sicherung wiederherstellen“ wieder her oder mit „mentordesk-cli backup restore "%2"“.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="405" />
        <source>%1 already holds a workspace; MentorDesk never restores over one. Choose an empty or new folder.</source>
        <translation>%1 enthält bereits einen Arbeitsbereich; MentorDesk stellt niemals über einen bestehenden wieder her. Wählen Sie einen leeren oder neuen Ordner.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="412" />
        <source>%1 is not empty. Restore into an empty or new folder.</source>
        <translation>%1 ist nicht leer. Stellen Sie in einen leeren oder neuen Ordner wieder her.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="417" />
        <location filename="../core/backup/BackupService.cpp" line="435" />
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="426" />
        <source>Could not copy %1 into %2 (is the disk full?).</source>
        <translation>%1 konnte nicht nach %2 kopiert werden (ist der Datenträger voll?).</translation>
    </message>
</context>
<context>
    <name>md::BackupStatusPanel</name>
    <message>
        <location filename="../ui/backup/BackupStatusPanel.cpp" line="15" />
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupStatusPanel.cpp" line="24" />
        <source>Back Up Now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupStatusPanel.cpp" line="39" />
        <source>Backups are not set up for this workspace.</source>
        <translation>Für diesen Arbeitsbereich sind keine Sicherungen eingerichtet.</translation>
    </message>
</context>
<context>
    <name>md::BillingArea</name>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="55" />
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="62" />
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="63" />
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="64" />
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="65" />
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="66" />
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="69" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="71" />
        <source>Your name and address…</source>
        <translation>Ihr Name und Ihre Adresse…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="73" />
        <source>Business settings…</source>
        <translation>Geschäftseinstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="97" />
        <source>New invoice…</source>
        <translation>Neue Rechnung…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="98" />
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="99" />
        <source>Issue…</source>
        <translation>Ausstellen…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="100" />
        <source>Record payment…</source>
        <translation>Zahlung…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="101" />
        <source>Credit note…</source>
        <translation>Gutschrift…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="102" />
        <location filename="../ui/billing/BillingArea.cpp" line="461" />
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="103" />
        <source>PDF and print</source>
        <translation>PDF/Drucken</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="105" />
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="107" />
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="109" />
        <source>Print preview…</source>
        <translation>Druckvorschau…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="112" />
        <source>Export CSV…</source>
        <translation>CSV-Export…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="143" />
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="144" />
        <source>Payments and reports</source>
        <translation>Zahlungen und Berichte</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="145" />
        <source>Price list</source>
        <translation>Preisliste</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="249" />
        <source>All clients</source>
        <translation>Alle Klienten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/BillingArea.cpp" line="266" />
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n Rechnung</numerusform>
            <numerusform>%n Rechnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/BillingArea.cpp" line="267" />
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n überfällig</numerusform>
            <numerusform>, %n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="350" />
        <source>Select an invoice to see what is paid and owed.</source>
        <translation>Wählen Sie eine Rechnung, um zu sehen, was bezahlt und was offen ist.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="355" />
        <source>Net %1, tax %2, total %3</source>
        <translation>Netto %1, Steuer %2, gesamt %3</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="358" />
        <source>paid %1</source>
        <translation>bezahlt %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="360" />
        <source>credited %1</source>
        <translation>gutgeschrieben %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="361" />
        <source>outstanding %1</source>
        <translation>offen %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="364" />
        <source>corrects %1</source>
        <translation>korrigiert %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="382" />
        <source>Draft saved.</source>
        <translation>Entwurf gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="386" />
        <location filename="../ui/billing/BillingArea.cpp" line="403" />
        <location filename="../ui/billing/BillingArea.cpp" line="421" />
        <source>Issued invoice %1.</source>
        <translation>Rechnung %1 ausgestellt.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="413" />
        <location filename="../ui/billing/BillingArea.cpp" line="423" />
        <source>Issue invoice</source>
        <translation>Rechnung ausstellen</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="414" />
        <source>Issue the draft for %1 (%2)?

It gets the next invoice number and can no longer be changed; mistakes are corrected with a credit note.</source>
        <translation>Den Entwurf für %1 (%2) ausstellen?

Er erhält die nächste Rechnungsnummer und kann danach nicht mehr geändert werden; Fehler werden mit einer Gutschrift korrigiert.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="434" />
        <source>Payment recorded.</source>
        <translation>Zahlung erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="443" />
        <source>Cancel with a credit note</source>
        <translation>Mit einer Gutschrift stornieren</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="444" />
        <source>Cancel invoice %1 (%2) with a credit note?

The credit note takes the next number; what was paid becomes %3's credit.</source>
        <translation>Rechnung %1 (%2) mit einer Gutschrift stornieren?

Die Gutschrift erhält die nächste Nummer; bereits Gezahltes wird zum Guthaben von %3.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="450" />
        <source>Issued credit note %1.</source>
        <translation>Gutschrift %1 ausgestellt.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="461" />
        <source>Delete this draft invoice for %1?</source>
        <translation>Diesen Rechnungsentwurf für %1 löschen?</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="465" />
        <source>Draft deleted.</source>
        <translation>Entwurf gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="474" />
        <source>Saved your name and address.</source>
        <translation>Ihr Name und Ihre Adresse wurden gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="29" />
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="42" />
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="33" />
        <source>Save invoice as PDF</source>
        <translation>Rechnung als PDF speichern</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="34" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="45" />
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="54" />
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="64" />
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="73" />
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="93" />
        <source>Export CSV files to</source>
        <translation>CSV-Dateien exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="101" />
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="104" />
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben.</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::BillingAreas</name>
    <message>
        <location filename="../ui/billing/BillingAreas.cpp" line="20" />
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
</context>
<context>
    <name>md::BillingDashboardWidget</name>
    <message>
        <location filename="../ui/billing/BillingDashboardWidget.cpp" line="24" />
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDashboardWidget.cpp" line="92" />
        <source>Invoiced (net) this month: &lt;b&gt;%1&lt;/b&gt; · this year: &lt;b&gt;%2&lt;/b&gt; · received this year: %3&lt;br&gt;Outstanding: &lt;b&gt;%4&lt;/b&gt;, of which overdue: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>In Rechnung gestellt (netto) diesen Monat: &lt;b&gt;%1&lt;/b&gt; · dieses Jahr: &lt;b&gt;%2&lt;/b&gt; · eingegangen dieses Jahr: %3&lt;br&gt;Offen: &lt;b&gt;%4&lt;/b&gt;, davon überfällig: &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>md::BillingDetailsDialog</name>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="6" />
        <source>Billing details</source>
        <translation>Rechnungsangaben</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="53" />
        <source>Street and number
Postcode and city
Country</source>
        <translation>Straße und Hausnummer
PLZ und Ort
Land</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="12" />
        <source>Printed under "BILL TO" on invoices issued from now on. Leave the billing name empty to use the client's name.</source>
        <translation>Erscheint auf ab jetzt ausgestellten Rechnungen unter „RECHNUNGSEMPFÄNGER“. Lassen Sie den Rechnungsnamen leer, um den Namen des Klienten zu verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="27" />
        <source>Billing &amp;name:</source>
        <translation>Rechnungs&amp;name:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="40" />
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="62" />
        <source>&amp;Tax ID:</source>
        <translation>&amp;Steuernummer:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="75" />
        <source>Invoice &amp;e-mail:</source>
        <translation>Rechnungs-&amp;E-Mail:</translation>
    </message>
</context>
<context>
    <name>md::BillingReports</name>
    <message>
        <location filename="../core/billing/BillingReports.cpp" line="78" />
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>md::BillingReportsWidget</name>
    <message>
        <location filename="../ui/billing/BillingReportsWidget.cpp" line="83" />
        <source>Year:</source>
        <translation>Jahr:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportsWidget.cpp" line="93" />
        <source>Revenue by month</source>
        <translation>Umsatz nach Monat</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportsWidget.cpp" line="94" />
        <source>Owed by client, by age of the invoice</source>
        <translation>Offene Beträge nach Klient und Rechnungsalter</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportsWidget.cpp" line="97" />
        <source>Payments received</source>
        <translation>Eingegangene Zahlungen</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportsWidget.cpp" line="147" />
        <source>Client credit not yet used: %1</source>
        <translation>Noch nicht verwendetes Guthaben der Klienten: %1</translation>
    </message>
</context>
<context>
    <name>md::BillingService</name>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="165" />
        <source>Missed session (no-show) on %1</source>
        <translation>Versäumte Sitzung (nicht erschienen) am %1</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="167" />
        <source>Late-cancelled session on %1</source>
        <translation>Kurzfristig abgesagte Sitzung am %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingService.cpp" line="170" />
        <source>Mentoring session on %1 (%n min)</source>
        <translation>
            <numerusform>Mentoring-Sitzung am %1 (%n Min.)</numerusform>
            <numerusform>Mentoring-Sitzung am %1 (%n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="182" />
        <source>Sessions have no price yet. Set the session price in Billing › Price list, or a fee per session on the engagement.</source>
        <translation>Für Sitzungen ist noch kein Preis festgelegt. Legen Sie den Sitzungspreis unter „Abrechnung › Preisliste“ fest oder beim Mandat ein Honorar pro Sitzung.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="238" />
        <source>This client has no held sessions that are not billed yet.</source>
        <translation>Dieser Klient hat keine durchgeführten Sitzungen, die noch nicht abgerechnet sind.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="256" />
        <source>"%1" is priced in %2, but invoices are in %3.</source>
        <translation>„%1“ hat einen Preis in %2, Rechnungen werden aber in %3 gestellt.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="282" />
        <source>This package has already been billed.</source>
        <translation>Dieses Paket wurde bereits abgerechnet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingService.cpp" line="286" />
        <source>%1: %n session(s), valid until %2</source>
        <translation>
            <numerusform>%1: %n Sitzung, gültig bis %2</numerusform>
            <numerusform>%1: %n Sitzungen, gültig bis %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingService.cpp" line="289" />
        <source>%1: %n session(s)</source>
        <translation>
            <numerusform>%1: %n Sitzung</numerusform>
            <numerusform>%1: %n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="300" />
        <source>The package was sold in %1, but invoices are in %2.</source>
        <translation>Das Paket wurde in %1 verkauft, Rechnungen werden aber in %2 gestellt.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="308" />
        <source>Choose the month to bill.</source>
        <translation>Wählen Sie den abzurechnenden Monat.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="315" />
        <source>"%1" is not a monthly retainer.</source>
        <translation>„%1“ ist keine Monatspauschale.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="322" />
        <source>%1 has already been billed for %2.</source>
        <translation>%1 wurde für %2 bereits abgerechnet.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="327" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServiceDocuments.cpp" line="78" />
        <source>Attn. %1</source>
        <translation>z. Hd. %1</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServiceDocuments.cpp" line="82" />
        <source>Tax ID: %1</source>
        <translation>Steuernummer: %1</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="372" />
        <source>Under the small-business exemption no line may carry tax; set every tax rate to 0.</source>
        <translation>Bei der Kleinunternehmerregelung darf keine Position Steuer enthalten; setzen Sie alle Steuersätze auf 0.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="399" />
        <source>Invoice %1 has already been issued.</source>
        <translation>Die Rechnung %1 wurde bereits ausgestellt.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="427" />
        <source>%1 is itself a credit note and cannot be cancelled; to bill the work again, create a new invoice.</source>
        <translation>%1 ist selbst eine Gutschrift und kann nicht storniert werden; um die Leistung erneut abzurechnen, erstellen Sie eine neue Rechnung.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="429" />
        <source>This document</source>
        <translation>Dieses Dokument</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="432" />
        <source>Only an issued invoice can be cancelled by a credit note; a draft can simply be deleted.</source>
        <translation>Nur eine ausgestellte Rechnung kann durch eine Gutschrift storniert werden; ein Entwurf kann einfach gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="440" />
        <source>Invoice %1 already has a credit note.</source>
        <translation>Zur Rechnung %1 gibt es bereits eine Gutschrift.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="455" />
        <source>Cancels invoice %1 of %2.</source>
        <translation>Storniert die Rechnung %1 vom %2.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServicePackages.cpp" line="76" />
        <source>"%1" is not a package.</source>
        <translation>„%1“ ist kein Paket.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingServicePackages.cpp" line="157" />
        <source>%n credit(s) of "%1" expire on %2.</source>
        <translation>
            <numerusform>%n Guthabeneinheit von „%1“ verfällt am %2.</numerusform>
            <numerusform>%n Guthabeneinheiten von „%1“ verfallen am %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingServicePackages.cpp" line="165" />
        <source>"%1" expired on %2 with %n credit(s) unused.</source>
        <translation>
            <numerusform>„%1“ ist am %2 mit %n ungenutzten Einheit verfallen.</numerusform>
            <numerusform>„%1“ ist am %2 mit %n ungenutzten Einheiten verfallen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServicePackages.cpp" line="174" />
        <source>All credits of "%1" are used: further sessions are billed individually unless a new package is sold.</source>
        <translation>Alle Einheiten von „%1“ sind aufgebraucht: Weitere Sitzungen werden einzeln abgerechnet, sofern kein neues Paket verkauft wird.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServicePackages.cpp" line="180" />
        <source>Only one package credit is left.</source>
        <translation>Nur noch eine Paketeinheit ist übrig.</translation>
    </message>
</context>
<context>
    <name>md::BusinessSettings</name>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="64" />
        <location filename="../core/billing/ExemptionWording.cpp" line="92" />
        <source>No VAT is charged: small business exemption.</source>
        <translation>Gemäß § 19 UStG wird keine Umsatzsteuer berechnet (Kleinunternehmerregelung).</translation>
    </message>
</context>
<context>
    <name>md::BusinessSettingsDialog</name>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="14" />
        <source>Business settings</source>
        <translation>Geschäftseinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="30" />
        <source>Currency and tax</source>
        <translation>Währung und Steuer</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="39" />
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="56" />
        <source>&amp;Tax:</source>
        <translation>S&amp;teuer:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="69" />
        <source>&amp;Standard rate (%):</source>
        <translation>&amp;Regelsteuersatz (%):</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="82" />
        <source>&amp;Reduced rate (%):</source>
        <translation>&amp;Ermäßigter Steuersatz (%):</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="95" />
        <source>&amp;Exemption wording:</source>
        <translation>&amp;Hinweistext zur Befreiung:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="120" />
        <source>&amp;Number pattern:</source>
        <translation>&amp;Nummernschema:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="133" />
        <source>Payment &amp;due after:</source>
        <translation>Zahlung &amp;fällig nach:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="150" />
        <source>&amp;Price of a session:</source>
        <translation>&amp;Preis einer Sitzung:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="163" />
        <source>&amp;Late-payment note:</source>
        <translation>Hinweis bei &amp;Zahlungsverzug:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="176" />
        <source>&amp;Keep issued invoices for:</source>
        <translation>Ausgestellte Rechnungen &amp;aufbewahren:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="186" />
        <source> years after their year</source>
        <translation> Jahre nach Ablauf ihres Jahres</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="211" />
        <source>Account &amp;holder:</source>
        <translation>&amp;Kontoinhaber:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="224" />
        <source>&amp;Bank:</source>
        <translation>&amp;Bank:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="237" />
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="250" />
        <source>BI&amp;C:</source>
        <translation>BI&amp;C:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="282" />
        <source>Cancel free of char&amp;ge until:</source>
        <translation>Kostenfrei ab&amp;sagen bis:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="306" />
        <source>Policy printed on &amp;invoices:</source>
        <translation>Auf Rechnungen gedruckte Re&amp;gelung:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="111" />
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="202" />
        <source>Payment by bank transfer</source>
        <translation>Zahlung per Überweisung</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="266" />
        <source>Cancellations</source>
        <translation>Absagen</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.cpp" line="48" />
        <source>Charge VAT or sales tax on each line</source>
        <translation>Umsatzsteuer auf jede Position berechnen</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.cpp" line="50" />
        <source>Small-business exemption: no tax, with the wording below</source>
        <translation>Kleinunternehmerregelung: keine Steuer, mit dem folgenden Hinweistext</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/BusinessSettingsDialog.cpp" line="54" />
        <source> day(s)</source>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/BusinessSettingsDialog.cpp" line="59" />
        <source> hour(s) before the start</source>
        <translation>
            <numerusform> Stunde vor Beginn</numerusform>
            <numerusform> Stunden vor Beginn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="299" />
        <source>Bill sessions the client missed</source>
        <translation>Sitzungen berechnen, zu denen der Klient nicht erschienen ist</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="275" />
        <source>Bill sessions the client cancelled late</source>
        <translation>Kurzfristig abgesagte Sitzungen des Klienten berechnen</translation>
    </message>
</context>
<context>
    <name>md::BusinessSettingsKeys</name>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="71" />
        <source>Currency of all amounts (ISO 4217 code).</source>
        <translation>Währung aller Beträge (ISO-4217-Code).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="74" />
        <source>"vat" to charge tax at the rates below, "exempt" for a small-business exemption (no tax; the exemption text is printed).</source>
        <translation>„vat“, um Steuer zu den folgenden Sätzen zu berechnen, „exempt“ für die Kleinunternehmerregelung (keine Steuer; der Hinweistext wird gedruckt).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="77" />
        <source>Standard tax rate in percent (stored as basis points).</source>
        <translation>Regelsteuersatz in Prozent (gespeichert in Basispunkten).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="79" />
        <source>Reduced tax rate in percent.</source>
        <translation>Ermäßigter Steuersatz in Prozent.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="81" />
        <source>Wording printed on invoices under the exemption.</source>
        <translation>Hinweistext, der bei Steuerbefreiung auf Rechnungen gedruckt wird.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="84" />
        <source>Invoice number pattern: {YYYY} or {YY} for the year, {NNNN} for the sequence (gapless, restarts every year).</source>
        <translation>Schema der Rechnungsnummer: {YYYY} oder {YY} für das Jahr, {NNNN} für die laufende Nummer (lückenlos, beginnt jedes Jahr neu).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="87" />
        <source>Days from the issue date to the due date.</source>
        <translation>Tage vom Ausstellungsdatum bis zur Fälligkeit.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="89" />
        <source>Note printed about late payment.</source>
        <translation>Gedruckter Hinweis zum Zahlungsverzug.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="92" />
        <source>Price of one held session before tax, used when the price list has no single session.</source>
        <translation>Nettopreis einer durchgeführten Sitzung, falls die Preisliste keine Einzelsitzung enthält.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="95" />
        <source>Bank account holder printed in the payment instructions.</source>
        <translation>Kontoinhaber, der in den Zahlungshinweisen gedruckt wird.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="97" />
        <source>Name of the bank.</source>
        <translation>Name der Bank.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="98" />
        <source>IBAN (its check digits are verified).</source>
        <translation>IBAN (die Prüfziffern werden geprüft).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="100" />
        <source>BIC / SWIFT code (8 or 11 characters).</source>
        <translation>BIC/SWIFT-Code (8 oder 11 Zeichen).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="103" />
        <source>Whether sessions the client cancelled late (with less notice than the notice hours) are billed (true/false).</source>
        <translation>Ob Sitzungen, die der Klient kurzfristig abgesagt hat (mit weniger Vorlauf als die Vorlaufstunden), abgerechnet werden (true/false).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="107" />
        <source>Hours before a session by which the client can cancel it free of charge; agreements print them.</source>
        <translation>Stunden vor einer Sitzung, bis zu denen der Klient sie kostenfrei absagen kann; Vereinbarungen drucken sie ab.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="110" />
        <source>Whether no-shows are billed (true/false).</source>
        <translation>Ob Sitzungen, zu denen der Klient nicht erschienen ist, berechnet werden (true/false).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="112" />
        <source>Cancellation policy wording for agreements and invoices.</source>
        <translation>Text der Absageregelung für Vereinbarungen und Rechnungen.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="115" />
        <source>Years an issued invoice is kept after the end of its year, also when its client is erased.</source>
        <translation>Jahre, die eine ausgestellte Rechnung nach Ablauf ihres Jahres aufbewahrt wird, auch wenn ihr Klient gelöscht wird.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="135" />
        <source>"%1" is not an ISO 4217 currency code such as EUR.</source>
        <translation>„%1“ ist kein ISO-4217-Währungscode wie EUR.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="141" />
        <source>The tax mode is "vat" or "exempt", not "%1".</source>
        <translation>Der Steuermodus ist „vat“ oder „exempt“, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="160" />
        <source>The retention period is a number of years from 1 to 30.</source>
        <translation>Die Aufbewahrungsfrist ist eine Anzahl von Jahren zwischen 1 und 30.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="168" />
        <source>The cancellation notice is a number of hours from 0 to %1.</source>
        <translation>Der Vorlauf für Absagen ist eine Anzahl von Stunden zwischen 0 und %1.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="177" />
        <source>Payment terms are a number of days from 0 to 365.</source>
        <translation>Das Zahlungsziel ist eine Anzahl von Tagen zwischen 0 und 365.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="206" />
        <source>Write true or false, not "%1".</source>
        <translation>Schreiben Sie true oder false, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="211" />
        <source>There is no setting called "%1".</source>
        <translation>Es gibt keine Einstellung namens „%1“.</translation>
    </message>
</context>
<context>
    <name>md::BusinessSettingsRepository</name>
    <message>
        <location filename="../core/storage/BusinessSettingsRepository.cpp" line="17" />
        <location filename="../core/storage/BusinessSettingsRepository.cpp" line="22" />
        <source>Could not read the business settings</source>
        <translation>Die Geschäftseinstellungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/BusinessSettingsRepository.cpp" line="41" />
        <source>Could not save the setting %1</source>
        <translation>Die Einstellung %1 konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>md::BusyCalendar</name>
    <message>
        <location filename="../core/caldav/BusyCalendar.cpp" line="24" />
        <source>Busy</source>
        <translation>Belegt</translation>
    </message>
</context>
<context>
    <name>md::BusyTimeRepository</name>
    <message>
        <location filename="../core/storage/BusyTimeRepository.cpp" line="24" />
        <source>A busy time must end after it starts.</source>
        <translation>Eine belegte Zeit muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <location filename="../core/storage/BusyTimeRepository.cpp" line="39" />
        <source>Could not save the busy times</source>
        <translation>Die belegten Zeiten konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/BusyTimeRepository.cpp" line="74" />
        <location filename="../core/storage/BusyTimeRepository.cpp" line="88" />
        <location filename="../core/storage/BusyTimeRepository.cpp" line="96" />
        <location filename="../core/storage/BusyTimeRepository.cpp" line="101" />
        <location filename="../core/storage/BusyTimeRepository.cpp" line="111" />
        <location filename="../core/storage/BusyTimeRepository.cpp" line="116" />
        <source>Could not read the busy times</source>
        <translation>Die belegten Zeiten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/BusyTimeRepository.cpp" line="125" />
        <source>Could not delete the busy times</source>
        <translation>Die belegten Zeiten konnten nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>md::CalDavClient</name>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="34" />
        <source>%1: the event was changed or removed on the server since MentorDesk last saw it, so it was not overwritten.</source>
        <translation>%1: Das Ereignis wurde auf dem Server geändert oder entfernt, seit MentorDesk es zuletzt gesehen hat, und wurde daher nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="40" />
        <source>%1: the server has nothing at %2.</source>
        <translation>%1: Der Server hat unter %2 nichts.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="43" />
        <source>%1: the server does not allow it for this account.</source>
        <translation>%1: Der Server erlaubt dies für dieses Konto nicht.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="44" />
        <source>%1: the server answered %2 (HTTP status %3).</source>
        <translation>%1: Der Server hat mit %2 geantwortet (HTTP-Status %3).</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="63" />
        <source>Reading the calendar server</source>
        <translation>Kalenderserver wird gelesen</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="69" />
        <source>The calendar server %1 redirects in circles.</source>
        <translation>Der Kalenderserver %1 leitet im Kreis weiter.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="102" />
        <source>No calendar account was found at %1. Check the address: it is the CalDAV address your calendar provider gives.</source>
        <translation>Unter %1 wurde kein Kalenderkonto gefunden. Prüfen Sie die Adresse: Es ist die CalDAV-Adresse, die Ihr Kalenderanbieter angibt.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="131" />
        <source>The server %1 has no calendars for this account (no calendar home). Is it a CalDAV server?</source>
        <translation>Der Server %1 hat keine Kalender für dieses Konto (kein Kalender-Stammverzeichnis). Ist es ein CalDAV-Server?</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="189" />
        <source>A calendar named %1 is already on the server; choose it instead.</source>
        <translation>Ein Kalender namens %1 ist bereits auf dem Server vorhanden; wählen Sie stattdessen diesen.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="192" />
        <source>Creating the calendar %1</source>
        <translation>Kalender %1 wird erstellt</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="207" />
        <source>Publishing a session</source>
        <translation>Sitzung wird veröffentlicht</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="231" />
        <source>Removing a session from the calendar</source>
        <translation>Sitzung wird aus dem Kalender entfernt</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavXml.cpp" line="151" />
        <source>The server's answer is not a calendar listing.</source>
        <translation>Die Antwort des Servers ist keine Kalenderliste.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavXml.cpp" line="164" />
        <source>The server's answer could not be read (line %1: %2).</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden (Zeile %1: %2).</translation>
    </message>
</context>
<context>
    <name>md::CalendarAccountDialog</name>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="34" />
        <source>Calendar Account</source>
        <translation>Kalenderkonto</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="40" />
        <source>MentorDesk keeps a calendar on your own CalDAV server (Nextcloud, Radicale, Fastmail, iCloud, mailbox.org…) in step with your sessions, so your phone shows them. It sends only the time, "Mentoring session" with the client's initials and the format: never notes, goals or full names.</source>
        <translation>MentorDesk hält einen Kalender auf Ihrem eigenen CalDAV-Server (Nextcloud, Radicale, Fastmail, iCloud, mailbox.org …) auf dem Stand Ihrer Sitzungen, damit Ihr Smartphone sie anzeigt. Gesendet werden nur die Uhrzeit, „Mentoring-Sitzung“ mit den Initialen des Klienten und das Format – niemals Notizen, Ziele oder vollständige Namen.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="84" />
        <source>https://calendar.example.com/</source>
        <translation>https://calendar.example.com/</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="85" />
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="88" />
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="93" />
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="96" />
        <source>&amp;Find Calendars</source>
        <translation>&amp;Kalender suchen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="113" />
        <source>Publish &amp;to:</source>
        <translation>Veröffentlichen &amp;in:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="116" />
        <source>New calendar's &amp;name:</source>
        <translation>&amp;Name des neuen Kalenders:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="120" />
        <location filename="../ui/calendar/CalendarAccountDialogBusy.cpp" line="28" />
        <source>&amp;Busy times from:</source>
        <translation>Belegte &amp;Zeiten aus:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="121" />
        <location filename="../ui/calendar/CalendarAccountDialogBusy.cpp" line="29" />
        <source>Show busy event tit&amp;les</source>
        <translation>Titel der be&amp;legten Zeiten anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="125" />
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="154" />
        <source>Use the client's preferred na&amp;me in published titles</source>
        <translation>&amp;Rufnamen des Klienten in veröffentlichten Titeln verwenden</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="128" />
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="161" />
        <source>&amp;Disconnect…</source>
        <translation>&amp;Trennen…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="175" />
        <source>Disconnect this calendar account? The events MentorDesk published stay on the server (delete them there if you no longer want them); changes not yet sent are dropped, and busy times read from the server are removed. Your sessions in MentorDesk do not change.</source>
        <translation>Dieses Kalenderkonto trennen? Die von MentorDesk veröffentlichten Ereignisse bleiben auf dem Server (löschen Sie sie dort, wenn Sie sie nicht mehr brauchen); noch nicht gesendete Änderungen werden verworfen, und die vom Server gelesenen belegten Zeiten werden entfernt. Ihre Sitzungen in MentorDesk bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="185" />
        <source>&amp;Keep Connected</source>
        <translation>Verbunden &amp;bleiben</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="187" />
        <source>Dis&amp;connect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="212" />
        <source>Connected to %1 as %2. Sessions are published to the calendar at %3.</source>
        <translation>Verbunden mit %1 als %2. Sitzungen werden im Kalender unter %3 veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="240" />
        <source>Password kept until this dialog closes</source>
        <translation>Bis zum Schließen dieses Dialogs gemerkt</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="303" />
        <source>The account has no calendars yet; MentorDesk will make one.</source>
        <translation>Das Konto hat noch keine Kalender; MentorDesk legt einen an.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="243" />
        <source>Give the address of your calendar server.</source>
        <translation>Geben Sie die Adresse Ihres Kalenderservers an.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="254" />
        <source>Give the user name of the calendar account.</source>
        <translation>Geben Sie den Benutzernamen des Kalenderkontos an.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="259" />
        <source>Give the password of the calendar account.</source>
        <translation>Geben Sie das Passwort des Kalenderkontos an.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="263" />
        <location filename="../ui/calendar/CalendarAccountDialogBusy.cpp" line="59" />
        <source>Looking for your calendars on %1…</source>
        <translation>Ihre Kalender auf %1 werden gesucht…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="283" />
        <source>A new calendar</source>
        <translation>Neuer Kalender</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="339" />
        <source>Give the new calendar a name.</source>
        <translation>Geben Sie dem neuen Kalender einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="345" />
        <source>The account already has a calendar named %1; choose it above or give another name.</source>
        <translation>Das Konto hat bereits einen Kalender namens %1; wählen Sie ihn oben aus oder geben Sie einen anderen Namen an.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="362" />
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="386" />
        <source>Disconnecting…</source>
        <translation>Verbindung wird getrennt…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialogBusy.cpp" line="112" />
        <source>Saving the busy calendars…</source>
        <translation>Kalender für belegte Zeiten werden gespeichert…</translation>
    </message>
</context>
<context>
    <name>md::CalendarAreas</name>
    <message>
        <location filename="../ui/calendar/CalendarAreas.cpp" line="16" />
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>md::CalendarDifference</name>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="28" />
        <source>%1, %2–%3</source>
        <extracomment>A date and a time range, e.g. "3 Nov, 19:00–20:00".</extracomment>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="38" />
        <source>Moved on the server to %1</source>
        <translation>Auf dem Server verschoben auf %1</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="41" />
        <source>Cancelled or removed on the server</source>
        <translation>Auf dem Server abgesagt oder entfernt</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="45" />
        <source>Deleted on the server</source>
        <translation>Auf dem Server gelöscht</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="46" />
        <source>The whole series was deleted on the server</source>
        <translation>Die ganze Serie wurde auf dem Server gelöscht</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="51" />
        <source>Changed on the server, with the same times (e.g. its title)</source>
        <translation>Auf dem Server geändert, bei gleichen Zeiten (z. B. der Titel)</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="58" />
        <source>A deleted session</source>
        <translation>Eine gelöschte Sitzung</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="62" />
        <source>%1, the whole series</source>
        <extracomment>%1 is the client's name.</extracomment>
        <translation>%1, die ganze Serie</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="67" />
        <source>%1, %2</source>
        <extracomment>%1 is the client's name, %2 the session's date and time.</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>md::CalendarDifferencesDialog</name>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="23" />
        <source>Changes Made on the Calendar Server</source>
        <translation>Änderungen auf dem Kalenderserver</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="36" />
        <source>Session in MentorDesk</source>
        <translation>Sitzung in MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="36" />
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="49" />
        <source>Accept the server's version</source>
        <translation>Version des Servers übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="51" />
        <source>Change the session in MentorDesk as it was changed on the server. A deleted event cancels the session, as cancelled by you.</source>
        <translation>Die Sitzung in MentorDesk so ändern, wie sie auf dem Server geändert wurde. Ein gelöschtes Ereignis sagt die Sitzung ab; sie gilt dann als von Ihnen abgesagt.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="53" />
        <source>Keep MentorDesk's version</source>
        <translation>Version von MentorDesk behalten</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="55" />
        <source>Write the session to the server again as MentorDesk has it.</source>
        <translation>Die Sitzung erneut so auf den Server schreiben, wie sie in MentorDesk steht.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="101" />
        <source>The calendar server has what MentorDesk published: nothing was changed there.</source>
        <translation>Der Kalenderserver hat den Stand, den MentorDesk veröffentlicht hat: Dort wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="104" />
        <source>These events were changed or deleted on the calendar server (on a phone or in another calendar app) after MentorDesk published them. MentorDesk did not overwrite them. Choose for each which version to keep.</source>
        <translation>Diese Ereignisse wurden auf dem Kalenderserver geändert oder gelöscht (auf einem Smartphone oder in einer anderen Kalender-App), nachdem MentorDesk sie veröffentlicht hatte. MentorDesk hat sie nicht überschrieben. Wählen Sie für jedes, welche Version bleiben soll.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="160" />
        <source>MentorDesk's version is kept; it goes to the server with the next sync.</source>
        <translation>Die Version von MentorDesk bleibt erhalten; sie wird bei der nächsten Synchronisierung an den Server gesendet.</translation>
    </message>
</context>
<context>
    <name>md::CalendarFileActions</name>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="21" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="27" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="37" />
        <source>Import busy times</source>
        <translation>Belegte Zeiten importieren</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="22" />
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Kalenderdateien (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="28" />
        <source>%1 could not be imported. Nothing was changed.

%2</source>
        <translation>%1 konnte nicht importiert werden. Es wurde nichts geändert.

%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="32" />
        <source>%n busy time(s) from %1 will now be checked when you plan sessions.</source>
        <translation>
            <numerusform>%n belegte Zeit aus %1 wird ab jetzt bei der Planung von Sitzungen berücksichtigt.</numerusform>
            <numerusform>%n belegte Zeiten aus %1 werden ab jetzt bei der Planung von Sitzungen berücksichtigt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="44" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="55" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="65" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="72" />
        <source>Export sessions</source>
        <translation>Sitzungen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="48" />
        <source>MentorDesk sessions.ics</source>
        <translation>MentorDesk-Sitzungen.ics</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="50" />
        <source>All clients</source>
        <translation>Alle Klienten</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="55" />
        <source>Sessions of:</source>
        <translation>Sitzungen von:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="61" />
        <source>Sessions with %1.ics</source>
        <translation>Sitzungen mit %1.ics</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="66" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="97" />
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="78" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="105" />
        <source>Keep an .ics file up to date</source>
        <translation>Eine .ics-Datei aktuell halten</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="80" />
        <source>MentorDesk can rewrite a calendar file after every change, so a calendar program can subscribe to it. The file holds times, clients' names and agendas, unencrypted; never notes.</source>
        <translation>MentorDesk kann nach jeder Änderung eine Kalenderdatei neu schreiben, die ein Kalenderprogramm abonnieren kann. Die Datei enthält Zeiten, die Namen der Klienten und die Tagesordnungen, unverschlüsselt, aber niemals Notizen.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="83" />
        <source>Your sessions are written to %1 after every change.</source>
        <translation>Ihre Sitzungen werden nach jeder Änderung nach %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="87" />
        <source>Choose a file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="87" />
        <source>Another file…</source>
        <translation>Andere Datei…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="89" />
        <source>Stop</source>
        <translation>Nicht mehr aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="95" />
        <source>Calendar file to keep up to date</source>
        <translation>Kalenderdatei, die aktuell gehalten wird</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="112" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="123" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="130" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="142" />
        <source>Progress report</source>
        <translation>Fortschrittsbericht</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="113" />
        <source>There are no engagements yet.</source>
        <translation>Es gibt noch keine Mandate.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="119" />
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="123" />
        <source>Engagement:</source>
        <translation>Mandat:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="134" />
        <source>Save progress report</source>
        <translation>Fortschrittsbericht speichern</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="135" />
        <source>Progress report %1.pdf</source>
        <translation>Fortschrittsbericht %1.pdf</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="136" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="154" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="161" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="168" />
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
</context>
<context>
    <name>md::CalendarObjectReader</name>
    <message>
        <location filename="../core/caldav/CalendarObjectReader.cpp" line="87" />
        <source>The event on the calendar server could not be read.</source>
        <translation>Das Ereignis auf dem Kalenderserver konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarObjectReader.cpp" line="107" />
        <source>The calendar object on the server holds no event.</source>
        <translation>Das Kalenderobjekt auf dem Server enthält kein Ereignis.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarObjectReader.cpp" line="116" />
        <source>The event on the calendar server has no start time.</source>
        <translation>Das Ereignis auf dem Kalenderserver hat keine Startzeit.</translation>
    </message>
</context>
<context>
    <name>md::CalendarPage</name>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="42" />
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="47" />
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="51" />
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="69" />
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="70" />
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="71" />
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="84" />
        <source>&amp;New Session</source>
        <translation>&amp;Neue Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="90" />
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="93" />
        <source>Import busy times (.ics)…</source>
        <translation>Belegte Zeiten importieren (.ics)…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="94" />
        <source>Export sessions (.ics)…</source>
        <translation>Sitzungen exportieren (.ics)…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="95" />
        <source>Keep an .ics file up to date…</source>
        <translation>Eine .ics-Datei aktuell halten…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="97" />
        <source>Engagement progress report…</source>
        <translation>Fortschrittsbericht zum Mandat…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="98" />
        <source>Availability…</source>
        <translation>Verfügbarkeit…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="350" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="382" />
        <source>Session with %1 at %2</source>
        <translation>Sitzung mit %1 um %2</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="389" />
        <source>Upcoming session</source>
        <translation>Anstehende Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="440" />
        <source>Skip this date of the series? The other sessions stay.</source>
        <translation>Diesen Termin der Serie auslassen? Die anderen Sitzungen bleiben bestehen.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="441" />
        <source>Delete this session with its notes?</source>
        <translation>Diese Sitzung mit ihren Notizen löschen?</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="442" />
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="448" />
        <source>Session removed.</source>
        <translation>Sitzung entfernt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarPage.cpp" line="458" />
        <source>%n session(s) planned.</source>
        <translation>
            <numerusform>%n Sitzung geplant.</numerusform>
            <numerusform>%n Sitzungen geplant.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="461" />
        <source>Session planned.</source>
        <translation>Sitzung geplant.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="481" />
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>md::CalendarPublisher</name>
    <message>
        <location filename="../core/caldav/CalendarPublisher.cpp" line="59" />
        <source>Mentoring session</source>
        <translation>Mentoring-Sitzung</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarPublisher.cpp" line="62" />
        <source>Mentoring session (%1)</source>
        <extracomment>The title of a session on the mentor's calendar server; %1 is the client's initials (or preferred name, when the mentor chose so).</extracomment>
        <translation>Mentoring-Sitzung (%1)</translation>
    </message>
</context>
<context>
    <name>md::CalendarQuestions</name>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="12" />
        <source>Repeating session</source>
        <translation>Wiederkehrende Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="17" />
        <source>Note:
%1</source>
        <translation>Hinweis:
%1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="18" />
        <source>This session</source>
        <translation>Diese Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="20" />
        <source>This and following</source>
        <translation>Diese und folgende</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="22" />
        <source>All sessions</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="47" />
        <source>Conflict</source>
        <translation>Überschneidung</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="48" />
        <source>Move the session anyway?</source>
        <translation>Die Sitzung trotzdem verschieben?</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="52" />
        <source>Move anyway</source>
        <translation>Trotzdem verschieben</translation>
    </message>
</context>
<context>
    <name>md::CalendarSyncRepository</name>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="72" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="75" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="94" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="98" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="106" />
        <source>Could not read the calendar account</source>
        <translation>Das Kalenderkonto konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="108" />
        <source>No calendar account is connected.</source>
        <translation>Es ist kein Kalenderkonto verbunden.</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="134" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="138" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="145" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="166" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="177" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="186" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="338" />
        <source>Could not save the calendar account</source>
        <translation>Das Kalenderkonto konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="155" />
        <source>Could not remove the calendar account</source>
        <translation>Das Kalenderkonto konnte nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="196" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="205" />
        <source>Could not queue the sessions for the calendar</source>
        <translation>Die Sitzungen konnten nicht für den Kalender vorgemerkt werden</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="214" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="220" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="227" />
        <source>Could not read the calendar changes</source>
        <translation>Die Kalenderänderungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="236" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="247" />
        <source>Could not save the calendar changes</source>
        <translation>Die Kalenderänderungen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="260" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="263" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="275" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="280" />
        <source>Could not read the published sessions</source>
        <translation>Die veröffentlichten Sitzungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="297" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="306" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="317" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="328" />
        <source>Could not save the published sessions</source>
        <translation>Die veröffentlichten Sitzungen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="347" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="352" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="363" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="366" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="381" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="386" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="393" />
        <source>Could not read the calendar differences</source>
        <translation>Die Kalenderabweichungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="410" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="419" />
        <source>Could not save the calendar differences</source>
        <translation>Die Kalenderabweichungen konnten nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>md::CalendarSyncService</name>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="26" />
        <source>No calendar account is connected. Connect one first (with mentordesk-cli: calendar connect --url URL --user USER).</source>
        <translation>Es ist kein Kalenderkonto verbunden. Verbinden Sie zuerst eines (mit mentordesk-cli: calendar connect --url URL --user BENUTZER).</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="89" />
        <source>Give the user name of the calendar account.</source>
        <translation>Geben Sie den Benutzernamen des Kalenderkontos an.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="91" />
        <source>Give the password of the calendar account.</source>
        <translation>Geben Sie das Passwort des Kalenderkontos an.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="110" />
        <source>The calendar %1 cannot hold events; choose another one.</source>
        <translation>Der Kalender %1 kann keine Ereignisse aufnehmen; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="118" />
        <source>The server has no calendar at %1 for this account.</source>
        <translation>Der Server hat unter %1 keinen Kalender für dieses Konto.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="134" />
        <location filename="../core/caldav/CalendarSyncService.cpp" line="203" />
        <source>The account has no calendar named %1.</source>
        <translation>Das Konto hat keinen Kalender namens %1.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncServiceDifferences.cpp" line="46" />
        <source>There is no calendar difference %1 (it may have been resolved already).</source>
        <translation>Es gibt keine Kalenderabweichung %1 (möglicherweise wurde sie bereits geklärt).</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncServiceSync.cpp" line="113" />
        <source>Events were changed or removed on the server since MentorDesk last saw them; they wait for your choice among the calendar's differences.</source>
        <translation>Ereignisse wurden auf dem Server geändert oder entfernt, seit MentorDesk sie zuletzt gesehen hat; sie warten unter den Kalenderabweichungen auf Ihre Entscheidung.</translation>
    </message>
</context>
<context>
    <name>md::CalendarSyncStatusWidget</name>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="27" />
        <source>Connect a Calendar…</source>
        <translation>Kalender verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="30" />
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="33" />
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="85" />
        <source>Synced just now.</source>
        <translation>Gerade eben synchronisiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="87" />
        <source>Synced %n minute(s) ago.</source>
        <translation>
            <numerusform>Vor %n Minute synchronisiert.</numerusform>
            <numerusform>Vor %n Minuten synchronisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="89" />
        <source>Synced %n hour(s) ago.</source>
        <translation>
            <numerusform>Vor %n Stunde synchronisiert.</numerusform>
            <numerusform>Vor %n Stunden synchronisiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="90" />
        <source>Last synced %1.</source>
        <translation>Zuletzt synchronisiert am %1.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="112" />
        <source>Your sessions are not published to a calendar on your phone.</source>
        <translation>Ihre Sitzungen werden nicht in einem Kalender auf Ihrem Smartphone veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="119" />
        <source>The last sync did not finish: %1</source>
        <translation>Die letzte Synchronisierung wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="123" />
        <source>Not synced yet.</source>
        <translation>Noch nicht synchronisiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="125" />
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n Änderung wartet darauf, gesendet zu werden.</numerusform>
            <numerusform>%n Änderungen warten darauf, gesendet zu werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="127" />
        <source>%n event(s) changed on the calendar server wait for your choice.</source>
        <translation>
            <numerusform>%n auf dem Kalenderserver geändertes Ereignis wartet auf Ihre Entscheidung.</numerusform>
            <numerusform>%n auf dem Kalenderserver geänderte Ereignisse warten auf Ihre Entscheidung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ChangePassphraseDialog</name>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="26" />
        <source>Change Passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="28" />
        <source>Your recovery key stays valid. If MentorDesk remembers this workspace on this computer, it keeps opening without asking.</source>
        <translation>Ihr Wiederherstellungsschlüssel bleibt gültig. Wenn sich MentorDesk diesen Arbeitsbereich auf diesem Computer merkt, öffnet es ihn weiterhin ohne Nachfrage.</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="55" />
        <source>&amp;Change Passphrase</source>
        <translation>Passphrase &amp;ändern</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="93" />
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="93" />
        <source>Rec&amp;overy key:</source>
        <translation>&amp;Wiederherstellungsschlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="98" />
        <source>Forgot it? Use the recovery key</source>
        <translation>Vergessen? Den Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="99" />
        <source>Use the current passphrase</source>
        <translation>Die aktuelle Passphrase verwenden</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="151" />
        <source>The current passphrase is not correct.</source>
        <translation>Die aktuelle Passphrase ist nicht richtig.</translation>
    </message>
</context>
<context>
    <name>md::Client</name>
    <message>
        <location filename="../core/domain/Client.cpp" line="34" />
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location filename="../core/domain/Client.cpp" line="36" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../core/domain/Client.cpp" line="38" />
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../core/domain/Client.cpp" line="40" />
        <source>Former</source>
        <translation>Ehemalig</translation>
    </message>
</context>
<context>
    <name>md::ClientBalanceWidget</name>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="25" />
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="36" />
        <source>New invoice…</source>
        <translation>Neue Rechnung…</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="38" />
        <source>Sell package…</source>
        <translation>Paket verkaufen…</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="40" />
        <source>Billing details…</source>
        <translation>Rechnungsangaben…</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="42" />
        <source>The billing name, address and tax id printed on invoices.</source>
        <translation>Rechnungsname, Adresse und Steuernummer, die auf Rechnungen gedruckt werden.</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="112" />
        <source>Nothing owed.</source>
        <translation>Nichts offen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="114" />
        <source>Owes %1 on %n invoice(s).</source>
        <translation>
            <numerusform>Schuldet %1 aus %n Rechnung.</numerusform>
            <numerusform>Schuldet %1 aus %n Rechnungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="117" />
        <source>&lt;b&gt;%1 overdue.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 überfällig.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="119" />
        <source>Credit of %1, used by the next invoice.</source>
        <translation>Guthaben von %1, wird mit der nächsten Rechnung verrechnet.</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="145" />
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="154" />
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="169" />
        <source>Sell package</source>
        <translation>Paket verkaufen</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="156" />
        <source>Start an engagement for this client first.</source>
        <translation>Beginnen Sie zuerst ein Mandat für diesen Klienten.</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="157" />
        <source>Add a package to the price list first (Billing › Price list).</source>
        <translation>Fügen Sie zuerst ein Paket zur Preisliste hinzu (Abrechnung › Preisliste).</translation>
    </message>
</context>
<context>
    <name>md::ClientEngagementsPanel</name>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="22" />
        <source>Engagements</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="27" />
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="29" />
        <source>New Engagement…</source>
        <translation>Neues Mandat…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="131" />
        <source>%1 — %2 (started %3)</source>
        <translation>%1 – %2 (begonnen am %3)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="141" />
        <source>No engagement yet.</source>
        <translation>Noch kein Mandat.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="145" />
        <source>Engagements (%1)</source>
        <translation>Mandate (%1)</translation>
    </message>
</context>
<context>
    <name>md::ClientErasureRepository</name>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="92" />
        <source>%1: the guard %2 is missing.</source>
        <translation>%1: Die Schutzvorkehrung %2 fehlt.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="113" />
        <source>Could not read what erasing the client involves</source>
        <translation>Es konnte nicht ermittelt werden, was das Löschen des Klienten umfasst</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="122" />
        <source>There is no client with id %1.</source>
        <translation>Es gibt keinen Klienten mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="126" />
        <source>Client %1 was already erased; only the anonymous record their kept invoices need is left.</source>
        <translation>Der Klient %1 wurde bereits gelöscht; übrig ist nur der anonyme Datensatz, den seine aufbewahrten Rechnungen benötigen.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="132" />
        <source>Erased client %1</source>
        <translation>Gelöschter Klient %1</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="172" />
        <source>Could not erase the client</source>
        <translation>Der Klient konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="276" />
        <source>Could not remove the invoices whose retention ended</source>
        <translation>Die Rechnungen mit abgelaufener Aufbewahrungsfrist konnten nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="327" />
        <location filename="../core/storage/ClientErasureRepository.cpp" line="340" />
        <source>Could not read the erasure log</source>
        <translation>Das Löschprotokoll konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>md::ClientForm</name>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="56" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="68" />
        <source>Full &amp;name:</source>
        <translation>Vollständiger &amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="83" />
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="95" />
        <source>&amp;Preferred name:</source>
        <translation>Rufna&amp;me:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="110" />
        <source>What they like to be called</source>
        <translation>Wie die Person angesprochen werden möchte</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="122" />
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="137" />
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="149" />
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="164" />
        <source>+44 20 7946 0958</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="176" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="189" />
        <source>&amp;Role:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="202" />
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="235" />
        <source>Engagement</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="247" />
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="260" />
        <source>&amp;Found you through:</source>
        <translation>Erst&amp;kontakt über:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="270" />
        <source>Referral, LinkedIn, a talk…</source>
        <translation>Empfehlung, LinkedIn, einen Vortrag…</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="277" />
        <source>Ta&amp;gs:</source>
        <translation>Schla&amp;gwörter:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="287" />
        <source>Comma separated, e.g. leadership, career change</source>
        <translation>Durch Kommas getrennt, z. B. Führung, beruflicher Wechsel</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="297" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="309" />
        <source>&amp;Background:</source>
        <translation>&amp;Werdegang:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="326" />
        <source>Strengths:</source>
        <translation>Stärken:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="343" />
        <source>&amp;Weaknesses:</source>
        <translation>S&amp;chwächen:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="360" />
        <source>Career &amp;aspirations:</source>
        <translation>Berufl&amp;iche Ziele:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="380" />
        <source>Keep, start, stop doing</source>
        <translation>Beibehalten, anfangen, aufhören</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="392" />
        <source>&amp;Keep doing:</source>
        <translation>&amp;Beibehalten:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="409" />
        <source>Start &amp;doing:</source>
        <translation>&amp;Anfangen:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="426" />
        <source>Stop do&amp;ing:</source>
        <translation>Auf&amp;hören:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="478" />
        <source>Archive, export or erase this client</source>
        <translation>Diesen Klienten archivieren, exportieren oder endgültig löschen</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="481" />
        <source>&amp;More</source>
        <translation>Me&amp;hr</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="514" />
        <location filename="../ui/clients/ClientForm.cpp" line="284" />
        <source>Ar&amp;chive</source>
        <translation>Archi&amp;vieren</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="471" />
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="530" />
        <source>Remove this client's personal data for good; issued invoices are kept as the law requires</source>
        <translation>Die personenbezogenen Daten dieses Klienten endgültig entfernen; ausgestellte Rechnungen bleiben wie gesetzlich vorgeschrieben erhalten</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="527" />
        <source>&amp;Erase…</source>
        <translation>DSGVO-&amp;Löschung…</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="522" />
        <source>Export everything about this client in open formats, for example to answer their request for a copy</source>
        <translation>Alles über diesen Klienten in offenen Formaten exportieren, etwa um seinem Auskunftsersuchen nachzukommen</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="519" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="495" />
        <source>Re&amp;vert</source>
        <translation>Ve&amp;rwerfen</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="502" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="70" />
        <source>Same as yours</source>
        <translation>Wie Ihre eigene</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="79" />
        <location filename="../ui/clients/ClientForm.cpp" line="298" />
        <source>Same as yours</source>
        <comment>document language</comment>
        <translation>Wie Ihre eigene</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="81" />
        <source>The language of this client's agreements, invoices and session summaries</source>
        <translation>Die Sprache der Vereinbarungen, Rechnungen und Sitzungszusammenfassungen dieses Klienten</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="82" />
        <source>&amp;Documents in:</source>
        <translation>&amp;Dokumentsprache:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="98" />
        <source>Save the changes (%1)</source>
        <translation>Änderungen speichern (%1)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="284" />
        <source>Unar&amp;chive</source>
        <translation>Archi&amp;vierung aufheben</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="286" />
        <source>Return this client to the list</source>
        <translation>Diesen Klienten wieder in die Liste aufnehmen</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="287" />
        <source>Hide this client from the list but keep the record</source>
        <translation>Diesen Klienten in der Liste ausblenden, die Akte aber behalten</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="299" />
        <source>Same as yours (%1)</source>
        <translation>Wie Ihre eigene (%1)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="328" />
        <source>New client</source>
        <translation>Neuer Klient</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="329" />
        <source>Only the full name is required. Everything else can be added later.</source>
        <translation>Nur der vollständige Name ist erforderlich. Alles andere kann später ergänzt werden.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="337" />
        <source>Added %1</source>
        <translation>Hinzugefügt am %1</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="340" />
        <source>updated %1</source>
        <translation>aktualisiert am %1</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="344" />
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
</context>
<context>
    <name>md::ClientImport</name>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="62" />
        <source>no column is imported as the name</source>
        <translation>keine Spalte wird als Name importiert</translation>
    </message>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="64" />
        <source>No column is imported as the name. Choose the column that holds the full name, or the first and last names.</source>
        <translation>Keine Spalte wird als Name importiert. Wählen Sie die Spalte mit dem vollständigen Namen oder die Spalten mit Vor- und Nachnamen.</translation>
    </message>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="141" />
        <source>same email as line %1</source>
        <translation>gleiche E-Mail wie Zeile %1</translation>
    </message>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="142" />
        <source>same name as line %1</source>
        <translation>gleicher Name wie Zeile %1</translation>
    </message>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="148" />
        <source>same email as %1</source>
        <translation>gleiche E-Mail wie %1</translation>
    </message>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="149" />
        <source>same name as an existing client</source>
        <translation>gleicher Name wie ein bestehender Klient</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/ClientImport.cpp" line="169" />
        <source>Nothing was imported: %n record(s) cannot be used. %1</source>
        <translation>
            <numerusform>Nichts wurde importiert: %n Datensatz ist nicht verwendbar. %1</numerusform>
            <numerusform>Nichts wurde importiert: %n Datensätze sind nicht verwendbar. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ClientListModel</name>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="97" />
        <source>%1 (%2)</source>
        <comment>full name (preferred name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="70" />
        <source>%1, %2</source>
        <comment>organisation, role</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="74" />
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="139" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="141" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="143" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="145" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="147" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="149" />
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>md::ClientRepository</name>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="114" />
        <location filename="../core/storage/ClientRepository.cpp" line="142" />
        <source>Could not save the client</source>
        <translation>Der Klient konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="121" />
        <source>This client has not been saved yet.</source>
        <translation>Dieser Klient wurde noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="151" />
        <location filename="../core/storage/ClientRepository.cpp" line="154" />
        <location filename="../core/storage/ClientRepository.cpp" line="218" />
        <location filename="../core/storage/ClientRepository.cpp" line="221" />
        <source>Could not read the client</source>
        <translation>Der Klient konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="155" />
        <location filename="../core/storage/ClientRepository.cpp" line="222" />
        <location filename="../core/storage/ClientRepository.cpp" line="268" />
        <source>There is no client with id %1.</source>
        <translation>Es gibt keinen Klienten mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="170" />
        <location filename="../core/storage/ClientRepository.cpp" line="177" />
        <location filename="../core/storage/ClientRepository.cpp" line="203" />
        <location filename="../core/storage/ClientRepository.cpp" line="209" />
        <source>Could not read the clients</source>
        <translation>Die Klienten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="249" />
        <location filename="../core/storage/ClientRepository.cpp" line="266" />
        <source>Could not delete the client</source>
        <translation>Der Klient konnte nicht gelöscht werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/ClientRepository.cpp" line="252" />
        <source>%n signed agreement(s)</source>
        <translation>
            <numerusform>%n unterschriebene Vereinbarung</numerusform>
            <numerusform>%n unterschriebene Vereinbarungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/ClientRepository.cpp" line="254" />
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n Rechnung</numerusform>
            <numerusform>%n Rechnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/ClientRepository.cpp" line="256" />
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n Zahlung</numerusform>
            <numerusform>%n Zahlungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="259" />
        <source>This client cannot be deleted: their %1 must be kept. Archive the client instead; nothing is lost and the list stays tidy.</source>
        <translation>Dieser Klient kann nicht gelöscht werden, denn Folgendes muss aufbewahrt werden: %1. Archivieren Sie den Klienten stattdessen; es geht nichts verloren, und die Liste bleibt übersichtlich.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="275" />
        <source>Could not count the clients</source>
        <translation>Die Klienten konnten nicht gezählt werden</translation>
    </message>
</context>
<context>
    <name>md::ClientService</name>
    <message>
        <location filename="../core/clients/ClientService.cpp" line="43" />
        <source>This client was erased: only the anonymous record their kept invoices need is left, and it cannot be edited.</source>
        <translation>Dieser Klient wurde gelöscht: Übrig ist nur der anonyme Datensatz, den seine aufbewahrten Rechnungen benötigen, und dieser kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location filename="../core/clients/ClientService.cpp" line="88" />
        <location filename="../core/clients/ClientService.cpp" line="97" />
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>md::ClientValidator</name>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="61" />
        <source>Enter the client's full name.</source>
        <translation>Geben Sie den vollständigen Namen des Klienten ein.</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="64" />
        <source>The full name is too long (at most 200 characters).</source>
        <translation>Der vollständige Name ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="67" />
        <source>The preferred name is too long (at most 200 characters).</source>
        <translation>Der Rufname ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="70" />
        <source>This is not a valid email address (for example name@example.com).</source>
        <translation>Dies ist keine gültige E-Mail-Adresse (zum Beispiel name@example.com).</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="73" />
        <source>A phone number has at least five digits and may start with +.</source>
        <translation>Eine Telefonnummer hat mindestens fünf Ziffern und darf mit + beginnen.</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="76" />
        <source>Unknown time zone "%1" (use a name such as Europe/Berlin).</source>
        <translation>Unbekannte Zeitzone „%1“ (verwenden Sie einen Namen wie Europe/Berlin).</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="81" />
        <source>MentorDesk writes no documents in "%1" (use one of %2).</source>
        <translation>MentorDesk erstellt keine Dokumente in „%1“ (verwenden Sie eine von %2).</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="92" />
        <source>This text is too long (at most 20,000 characters).</source>
        <translation>Dieser Text ist zu lang (höchstens 20.000 Zeichen).</translation>
    </message>
</context>
<context>
    <name>md::ClientsPage</name>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="53" />
        <source>Filter by name, email, organisation or tag</source>
        <translation>Nach Name, E-Mail, Organisation oder Schlagwort filtern</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="55" />
        <source>Show arc&amp;hived</source>
        <translation>Auch arc&amp;hivierte</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="57" />
        <source>&amp;New Client</source>
        <translation>&amp;Neuer Klient</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="60" />
        <source>Add a client (Ctrl+N)</source>
        <translation>Klienten hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="94" />
        <source>Add Your First Client</source>
        <translation>Ersten Klienten hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="165" />
        <source>Clear the client filter</source>
        <translation>Klientenfilter leeren</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="170" />
        <source>From the client filter into the list</source>
        <translation>Vom Klientenfilter in die Liste</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="59" />
        <source>the new client</source>
        <translation>den neuen Klienten</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="61" />
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="61" />
        <source>Save your changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="145" />
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="146" />
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="167" />
        <source>Archived %1. Tick "Show archived" to see archived clients.</source>
        <translation>%1 archiviert. Setzen Sie das Häkchen bei „Auch archivierte“, um archivierte Klienten zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="169" />
        <source>Archived %1.</source>
        <translation>%1 archiviert.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="170" />
        <source>%1 is back in the client list.</source>
        <translation>%1 ist wieder in der Klientenliste.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="51" />
        <source>Delete Client</source>
        <translation>Klienten löschen</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="51" />
        <source>Delete %1 for good?</source>
        <translation>%1 endgültig löschen?</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="52" />
        <source>The profile and everything recorded about this client are removed from the workspace. This cannot be undone.

To keep the record but hide it from the list, archive the client instead.</source>
        <translation>Das Profil und alles, was zu diesem Klienten erfasst wurde, wird aus dem Arbeitsbereich entfernt. Das lässt sich nicht rückgängig machen.

Um die Akte zu behalten, sie aber aus der Liste auszublenden, archivieren Sie den Klienten stattdessen.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="55" />
        <source>Delete for Good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="66" />
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="80" />
        <source>Erase Client</source>
        <translation>Klientendaten löschen (DSGVO)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="80" />
        <source>Erase %1 for good?</source>
        <translation>Die Daten von %1 endgültig löschen?</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="82" />
        <source>This cannot be undone. To keep everything but hide the client, archive them instead.</source>
        <translation>Dies kann nicht rückgängig gemacht werden. Um alles zu behalten und den Klienten nur auszublenden, archivieren Sie ihn stattdessen.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="84" />
        <source>Erase for Good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="95" />
        <source>Client Erased</source>
        <translation>Klientendaten gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="100" />
        <source>Erased %1.</source>
        <translation>Endgültig gelöscht: %1.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="119" />
        <source>Exported %1 (not encrypted) into %2.</source>
        <translation>%1 nach %2 exportiert (nicht verschlüsselt).</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="63" />
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="64" />
        <source>Unlock the workspace to see your clients.</source>
        <translation>Entsperren Sie den Arbeitsbereich, um Ihre Klienten zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="66" />
        <source>No clients yet</source>
        <translation>Noch keine Klienten</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="67" />
        <source>No clients yet — press Ctrl+N to add your first mentee.</source>
        <translation>Noch keine Klienten – drücken Sie Strg+N, um Ihren ersten Mentee anzulegen.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="70" />
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="73" />
        <source>No client matches "%1".</source>
        <translation>Kein Klient passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="74" />
        <source>No client matches "%1". Archived clients are hidden; tick "Show archived" to search them too.</source>
        <translation>Kein Klient passt zu „%1“. Archivierte Klienten sind ausgeblendet; setzen Sie das Häkchen bei „Auch archivierte“, um auch sie zu durchsuchen.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="78" />
        <source>All clients are archived</source>
        <translation>Alle Klienten sind archiviert</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="79" />
        <source>Tick "Show archived" to see them, or press Ctrl+N to add a new client.</source>
        <translation>Setzen Sie das Häkchen bei „Auch archivierte“, um sie zu sehen, oder drücken Sie Strg+N für einen neuen Klienten.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="86" />
        <source>Your clients' profiles will appear here.</source>
        <translation>Hier erscheinen die Profile Ihrer Klienten.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="87" />
        <source>Select a client to see their profile, or press Ctrl+N to add a new one.</source>
        <translation>Wählen Sie einen Klienten, um sein Profil zu sehen, oder drücken Sie Strg+N für einen neuen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clients/ClientsPageStates.cpp" line="93" />
        <location filename="../ui/clients/ClientsPageStates.cpp" line="96" />
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Klient</numerusform>
            <numerusform>%n Klienten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clients/ClientsPageStates.cpp" line="94" />
        <source>%n archived</source>
        <translation>
            <numerusform>%n archiviert</numerusform>
            <numerusform>%n archiviert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ColumnMapping</name>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="119" />
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="121" />
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="123" />
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="125" />
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="127" />
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="129" />
        <source>Preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="131" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="133" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="135" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="137" />
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="139" />
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="141" />
        <source>Found you via</source>
        <translation>Erstkontakt über</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="143" />
        <source>Background</source>
        <translation>Werdegang</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="145" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>md::ColumnMappingModel</name>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="143" />
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="145" />
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="147" />
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
</context>
<context>
    <name>md::ConflictChecker</name>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="28" />
        <source>another session</source>
        <translation>eine andere Sitzung</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="29" />
        <source>the session with %1</source>
        <translation>die Sitzung mit %1</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="44" />
        <source>%1 is one of your days off.</source>
        <translation>%1 ist einer Ihrer freien Tage.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="54" />
        <source>You do not work on %1s.</source>
        <translation>%1 ist für Sie kein Arbeitstag.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="69" />
        <source>Outside your working hours (%1–%2).</source>
        <translation>Außerhalb Ihrer Arbeitszeiten (%1–%2).</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="97" />
        <source>Overlaps with %1 (%2).</source>
        <translation>Überschneidet sich mit %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="105" />
        <source>Less than %1 minutes from %2 (%3).</source>
        <translation>Weniger als %1 Minuten Abstand zu %2 (%3).</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="115" />
        <source>busy</source>
        <translation>belegt</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="117" />
        <source>Overlaps with “%1” from your other calendar (%2).</source>
        <translation>Überschneidet sich mit „%1“ aus Ihrem anderen Kalender (%2).</translation>
    </message>
</context>
<context>
    <name>md::ConsentText</name>
    <message>
        <location filename="../core/agreements/ConsentText.cpp" line="12" />
        <source>I have read this agreement in full and agree to its terms. I intend the signature I draw here, together with my typed name, to be my signature on this agreement, with the same effect as signing it by hand.</source>
        <translation>Ich habe diese Vereinbarung vollständig gelesen und stimme ihren Bedingungen zu. Die Unterschrift, die ich hier zeichne, soll zusammen mit meinem eingegebenen Namen meine Unterschrift unter diese Vereinbarung sein, mit derselben Wirkung wie eine Unterschrift von Hand.</translation>
    </message>
</context>
<context>
    <name>md::CsvReader</name>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="18" />
        <source>field %1</source>
        <translation>Feld %1</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="61" />
        <location filename="../core/import/CsvReader.cpp" line="85" />
        <source>the field is longer than 1 MB</source>
        <translation>das Feld ist länger als 1 MB</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="62" />
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="68" />
        <source>text after the closing quote</source>
        <translation>Text nach dem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="78" />
        <source>a quote inside a field that does not start with one</source>
        <translation>ein Anführungszeichen in einem Feld, das nicht mit einem beginnt</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="95" />
        <source>more than %1 fields</source>
        <translation>mehr als %1 Felder</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="136" />
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="137" />
        <source>Line %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="150" />
        <source>%1 is not UTF-8 text (line %2). Save it as UTF-8 (in a spreadsheet: "CSV UTF-8") and import it again.</source>
        <translation>%1 ist kein UTF-8-Text (Zeile %2). Speichern Sie die Datei als UTF-8 (in einer Tabellenkalkulation: „CSV UTF-8“) und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="163" />
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>Die Datei ist größer als %1 MB; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="165" />
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="206" />
        <source>more than %1 records; split the file</source>
        <translation>mehr als %1 Datensätze; teilen Sie die Datei auf</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="223" />
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="246" />
        <source>%1 fields, but the header has %2</source>
        <translation>%1 Felder, die Kopfzeile hat aber %2</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="260" />
        <source>The file is not valid CSV: %1</source>
        <translation>Die Datei ist kein gültiges CSV: %1</translation>
    </message>
</context>
<context>
    <name>md::DashboardListModel</name>
    <message>
        <location filename="../ui/pipeline/DashboardListModel.cpp" line="65" />
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardListModel.cpp" line="67" />
        <source>Engagement</source>
        <translation>Mandat</translation>
    </message>
</context>
<context>
    <name>md::DashboardPage</name>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="25" />
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="25" />
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="37" />
        <source>Engagements per stage</source>
        <translation>Mandate je Phase</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="56" />
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="56" />
        <source>Overdue by</source>
        <translation>Überfällig seit</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="57" />
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="57" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="58" />
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="58" />
        <source>Idle for</source>
        <translation>Ohne Aktivität seit</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="61" />
        <source>Overdue actions</source>
        <translation>Überfällige Maßnahmen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="62" />
        <source>Goals due soon</source>
        <translation>Bald fällige Ziele</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="63" />
        <source>Stale engagements</source>
        <translation>Ruhende Mandate</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="119" />
        <source>Double-click to open the engagement</source>
        <translation>Doppelklicken, um das Mandat zu öffnen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="202" />
        <source>1 open engagement</source>
        <translation>1 offenes Mandat</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="202" />
        <source>%1 open engagements</source>
        <translation>%1 offene Mandate</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="205" />
        <source>1 overdue action</source>
        <translation>1 überfällige Maßnahme</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="206" />
        <source>%1 overdue actions</source>
        <translation>%1 überfällige Maßnahmen</translation>
    </message>
</context>
<context>
    <name>md::Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="38" />
        <source>The key does not open this workspace (or %1 is not a MentorDesk database). Nothing was changed.</source>
        <translation>Der Schlüssel öffnet diesen Arbeitsbereich nicht (oder %1 ist keine MentorDesk-Datenbank). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="46" />
        <source>The disk is full: the workspace %1 cannot be opened until some space is free. Nothing was changed.</source>
        <translation>Der Datenträger ist voll: Der Arbeitsbereich %1 kann erst geöffnet werden, wenn wieder Speicherplatz frei ist. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="56" />
        <source>Could not open the workspace database: %1</source>
        <translation>Die Datenbank des Arbeitsbereichs konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="79" />
        <source>Could not read the workspace's data format.</source>
        <translation>Das Datenformat des Arbeitsbereichs konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="142" />
        <source>Could not start saving: %1</source>
        <translation>Das Speichern konnte nicht begonnen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="163" />
        <location filename="../core/storage/Database.cpp" line="170" />
        <source>Could not save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="215" />
        <source>Could not re-encrypt the workspace: %1</source>
        <translation>Der Arbeitsbereich konnte nicht neu verschlüsselt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="223" />
        <source>Could not write pending changes to the database file</source>
        <translation>Ausstehende Änderungen konnten nicht in die Datenbankdatei geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="247" />
        <source>Could not set the page cache</source>
        <translation>Der Seiten-Cache konnte nicht eingestellt werden</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="255" />
        <location filename="../core/storage/Database.cpp" line="264" />
        <source>Could not check the database</source>
        <translation>Die Datenbank konnte nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="266" />
        <source>The check stopped before the end: %1</source>
        <translation>Die Prüfung wurde vorzeitig abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="273" />
        <source>Row %1 of table %2 points to a missing row in %3.</source>
        <translation>Zeile %1 der Tabelle %2 verweist auf eine fehlende Zeile in %3.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="278" />
        <source>Could not check the links between records</source>
        <translation>Die Verknüpfungen zwischen Datensätzen konnten nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="279" />
        <source>The links between records could not be checked: %1</source>
        <translation>Die Verknüpfungen zwischen Datensätzen konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="287" />
        <source>The workspace database %1 is damaged (%2). Nothing was changed. Check it with “mentordesk-cli verify”; if it cannot be read, restore your last backup (File › Restore from Backup, or “mentordesk-cli backup restore”).</source>
        <translation>Die Datenbank %1 des Arbeitsbereichs ist beschädigt (%2). Es wurde nichts geändert. Prüfen Sie sie mit „mentordesk-cli verify“; lässt sie sich nicht lesen, stellen Sie Ihre letzte Sicherung wieder her („Datei › Aus Sicherung wiederherstellen“ oder „mentordesk-cli backup restore“).</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="305" />
        <source>%1: the workspace database is damaged (%2). Check it with “mentordesk-cli verify”; if it cannot be repaired, restore your last backup (File › Restore from Backup, or “mentordesk-cli backup restore”).</source>
        <translation>%1: Die Datenbank des Arbeitsbereichs ist beschädigt (%2). Prüfen Sie sie mit „mentordesk-cli verify“; lässt sie sich nicht reparieren, stellen Sie Ihre letzte Sicherung wieder her („Datei › Aus Sicherung wiederherstellen“ oder „mentordesk-cli backup restore“).</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="313" />
        <source>%1: the disk is full (%2). Nothing was saved.</source>
        <translation>%1: Der Datenträger ist voll (%2). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="317" />
        <source>%1: the disk could not be read or written (%2).</source>
        <translation>%1: Der Datenträger konnte nicht gelesen oder beschrieben werden (%2).</translation>
    </message>
</context>
<context>
    <name>md::DavTransport</name>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="39" />
        <source>The server address is not valid; give it as https://calendar.example.com/.</source>
        <translation>Die Serveradresse ist ungültig; geben Sie sie in der Form https://calendar.example.com/ an.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="48" />
        <source>MentorDesk connects to calendar servers only over a secure connection, so that your password is never sent in clear text. Use the server's https:// address.</source>
        <translation>MentorDesk verbindet sich mit Kalenderservern nur über eine sichere Verbindung, damit Ihr Passwort nie im Klartext gesendet wird. Verwenden Sie die https://-Adresse des Servers.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="51" />
        <source>The server address must start with https://.</source>
        <translation>Die Serveradresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="102" />
        <source>The calendar sync was stopped before %1 answered. Changes wait in the workspace and go out on the next sync.</source>
        <translation>Die Kalendersynchronisierung wurde abgebrochen, bevor %1 geantwortet hat. Die Änderungen warten im Arbeitsbereich und werden bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="115" />
        <source>The calendar server %1 did not accept the user name or password.</source>
        <translation>Der Kalenderserver %1 hat den Benutzernamen oder das Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="121" />
        <source>The secure connection to %1 failed: its certificate is not valid or not trusted (%2). Check the address; if it is right, the server's administrator must renew or fix the certificate.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Sein Zertifikat ist ungültig oder nicht vertrauenswürdig (%2). Prüfen Sie die Adresse; ist sie richtig, muss die Administration des Servers das Zertifikat erneuern oder korrigieren.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="128" />
        <source>The calendar server %1 cannot be reached (%2). Changes wait in the workspace and go out on the next sync.</source>
        <translation>Der Kalenderserver %1 ist nicht erreichbar (%2). Die Änderungen warten im Arbeitsbereich und werden bei der nächsten Synchronisierung gesendet.</translation>
    </message>
</context>
<context>
    <name>md::DemoGenerator</name>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="33" />
        <source>The numbers of clients, sessions and invoices cannot be negative.</source>
        <translation>Die Anzahl der Klienten, Sitzungen und Rechnungen darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="37" />
        <source>At most %1 clients, sessions or invoices can be generated.</source>
        <translation>Es können höchstens %1 Klienten, Sitzungen oder Rechnungen erzeugt werden.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="42" />
        <source>Sessions and invoices need at least one client.</source>
        <translation>Sitzungen und Rechnungen benötigen mindestens einen Klienten.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="48" />
        <source>This workspace already holds clients; demo data is only generated into an empty workspace.</source>
        <translation>Dieser Arbeitsbereich enthält bereits Klienten; Demodaten werden nur in einem leeren Arbeitsbereich erzeugt.</translation>
    </message>
</context>
<context>
    <name>md::DocumentLayout</name>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="75" />
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="135" />
        <source>PDF documents can only be made by a program with a graphical environment (start it with QT_QPA_PLATFORM=offscreen on a server).</source>
        <translation>PDF-Dokumente können nur von einem Programm mit grafischer Umgebung erstellt werden (auf einem Server mit QT_QPA_PLATFORM=offscreen starten).</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="141" />
        <source>The page is too small for this document.</source>
        <translation>Die Seite ist für dieses Dokument zu klein.</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="164" />
        <source>Could not start drawing the document.</source>
        <translation>Das Zeichnen des Dokuments konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="173" />
        <source>Could not start a new page.</source>
        <translation>Es konnte keine neue Seite begonnen werden.</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="194" />
        <source>Could not finish drawing the document.</source>
        <translation>Das Zeichnen des Dokuments konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="203" />
        <source>Could not prepare the PDF in memory.</source>
        <translation>Das PDF konnte nicht im Speicher vorbereitet werden.</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="213" />
        <source>The PDF could not be produced.</source>
        <translation>Das PDF konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>md::DraftEditorDialog</name>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.cpp" line="21" />
        <source>Edit draft %1</source>
        <translation>Entwurf %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.cpp" line="50" />
        <source>%1 was signed elsewhere and can no longer be edited. To change its terms, amend it.</source>
        <translation>%1 wurde an anderer Stelle unterschrieben und kann nicht mehr bearbeitet werden. Um die Bedingungen zu ändern, erstellen Sie einen Nachtrag.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.cpp" line="53" />
        <source>%1 was deleted elsewhere.</source>
        <translation>%1 wurde an anderer Stelle gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="44" />
        <source>Ends on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="70" />
        <source>The text contains confidentiality terms</source>
        <translation>Der Text enthält Vertraulichkeitsbestimmungen</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="67" />
        <source>An engagement leaves its first stage only with a signed agreement that has them.</source>
        <translation>Ein Mandat verlässt seine erste Phase nur mit einer unterschriebenen Vereinbarung, die solche Bestimmungen enthält.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="22" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="35" />
        <source>End date:</source>
        <translation>Enddatum:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="89" />
        <source>The mentor's letterhead, the signature lines and the footer with the agreement number are added when it is printed.</source>
        <translation>Der Briefkopf des Mentors, die Unterschriftszeilen und die Fußzeile mit der Nummer der Vereinbarung werden beim Drucken hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>md::EndingAgreementsWidget</name>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="26" />
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="26" />
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="26" />
        <source>Ends on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="26" />
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="84" />
        <source>Agreements ending soon</source>
        <translation>Bald endende Vereinbarungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="85" />
        <source>Signed agreements that end within %n day(s)</source>
        <translation>
            <numerusform>Unterschriebene Vereinbarungen, die innerhalb von %n Tag enden</numerusform>
            <numerusform>Unterschriebene Vereinbarungen, die innerhalb von %n Tagen enden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="103" />
        <source>No agreement ends within %n day(s).</source>
        <translation>
            <numerusform>Keine Vereinbarung endet innerhalb von %n Tag.</numerusform>
            <numerusform>Keine Vereinbarung endet innerhalb von %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="120" />
        <source>today</source>
        <translation>heute</translation>
    </message>
</context>
<context>
    <name>md::EngagementBoardModel</name>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="166" />
        <source>1 overdue action</source>
        <translation>1 überfällige Maßnahme</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="167" />
        <source>%1 overdue actions</source>
        <translation>%1 überfällige Maßnahmen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="169" />
        <source>1 goal due soon</source>
        <translation>1 Ziel bald fällig</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="170" />
        <source>%1 goals due soon</source>
        <translation>%1 Ziele bald fällig</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="173" />
        <source>No activity for a day</source>
        <translation>Seit einem Tag keine Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="174" />
        <source>No activity for %1 days</source>
        <translation>Seit %1 Tagen keine Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="193" />
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>md::EngagementCardDelegate</name>
    <message>
        <location filename="../ui/pipeline/EngagementCardDelegate.cpp" line="102" />
        <source>1 day in this stage</source>
        <translation>1 Tag in dieser Phase</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementCardDelegate.cpp" line="102" />
        <source>%1 days in this stage</source>
        <translation>%1 Tage in dieser Phase</translation>
    </message>
</context>
<context>
    <name>md::EngagementPackagesWidget</name>
    <message>
        <location filename="../ui/billing/EngagementPackagesWidget.cpp" line="18" />
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
</context>
<context>
    <name>md::EngagementPage</name>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="36" />
        <source>← Board</source>
        <translation>← Ablauf</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="47" />
        <source>Move &amp;Back</source>
        <translation>&amp;Zurückstufen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="49" />
        <location filename="../ui/pipeline/EngagementPage.cpp" line="243" />
        <source>&amp;Advance →</source>
        <translation>&amp;Weiter →</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="51" />
        <source>&amp;End</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="55" />
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="56" />
        <source>Maintenance (periodic check-ins)</source>
        <translation>Begleitung in Abständen (regelmäßige Nachgespräche)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="57" />
        <source>Close Early…</source>
        <translation>Vorzeitig schließen…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="68" />
        <source>New &amp;Needs…</source>
        <translation>&amp;Neuer Bedarf…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="70" />
        <source>Start a new engagement for the same client, linked to this one</source>
        <translation>Ein neues, mit diesem verknüpftes Mandat für denselben Klienten beginnen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="115" />
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="118" />
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="199" />
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="203" />
        <source>%1 since yesterday</source>
        <translation>%1 seit gestern</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="204" />
        <source>%1 since today</source>
        <translation>%1 seit heute</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="205" />
        <source>%1 for %2 days</source>
        <translation>%1 seit %2 Tagen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="207" />
        <source> · follows engagement #%1</source>
        <translation> · folgt auf Mandat Nr. %1</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="215" />
        <source>&lt;b&gt;To end the engagement:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Um das Mandat zu beenden:&lt;/b&gt; </translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="216" />
        <source>&lt;b&gt;To leave "%1":&lt;/b&gt; </source>
        <translation>&lt;b&gt;Um „%1“ zu verlassen:&lt;/b&gt; </translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="222" />
        <source>✔ everything is done.</source>
        <translation>✔ alles erledigt.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="231" />
        <source>This engagement has ended (%1).</source>
        <translation>Dieses Mandat ist beendet (%1).</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="242" />
        <source>&amp;Complete ✔</source>
        <translation>&amp;Abschließen ✔</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="270" />
        <source>Now in "%1".</source>
        <translation>Jetzt in „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="283" />
        <source>New Needs</source>
        <translation>Neuer Bedarf</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="286" />
        <source>Started "%1".</source>
        <translation>„%1“ begonnen.</translation>
    </message>
</context>
<context>
    <name>md::EngagementRepository</name>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="87" />
        <source>Could not record the change of stage</source>
        <translation>Der Phasenwechsel konnte nicht erfasst werden</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="131" />
        <location filename="../core/storage/EngagementRepository.cpp" line="180" />
        <source>Could not save the engagement</source>
        <translation>Das Mandat konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="213" />
        <location filename="../core/storage/EngagementRepository.cpp" line="216" />
        <location filename="../core/storage/EngagementRepository.cpp" line="227" />
        <location filename="../core/storage/EngagementRepository.cpp" line="230" />
        <source>Could not read the engagement</source>
        <translation>Das Mandat konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="182" />
        <location filename="../core/storage/EngagementRepository.cpp" line="217" />
        <location filename="../core/storage/EngagementRepository.cpp" line="231" />
        <source>There is no engagement with id %1.</source>
        <translation>Es gibt kein Mandat mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="243" />
        <location filename="../core/storage/EngagementRepository.cpp" line="248" />
        <location filename="../core/storage/EngagementRepository.cpp" line="260" />
        <location filename="../core/storage/EngagementRepository.cpp" line="265" />
        <source>Could not read the engagements</source>
        <translation>Die Mandate konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="277" />
        <source>Could not delete the engagement</source>
        <translation>Das Mandat konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="289" />
        <location filename="../core/storage/EngagementRepository.cpp" line="294" />
        <source>Could not read the timeline</source>
        <translation>Der Zeitverlauf konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="302" />
        <source>A change of stage needs its starting point.</source>
        <translation>Ein Phasenwechsel braucht seinen Ausgangspunkt.</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="304" />
        <source>An override needs a written reason.</source>
        <translation>Eine Ausnahme braucht eine schriftliche Begründung.</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="311" />
        <source>The engagement is in "%1" now, not in "%2"; reload and try again.</source>
        <translation>Das Mandat ist jetzt in „%1“, nicht in „%2“; laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="341" />
        <source>Could not change the stage</source>
        <translation>Die Phase konnte nicht geändert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="344" />
        <source>The engagement was changed elsewhere; reload and try again.</source>
        <translation>Das Mandat wurde an anderer Stelle geändert; laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepositorySql.h" line="72" />
        <source>Could not record the activity</source>
        <translation>Die Aktivität konnte nicht erfasst werden</translation>
    </message>
</context>
<context>
    <name>md::EngagementService</name>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="195" />
        <location filename="../core/pipeline/EngagementService.cpp" line="255" />
        <source>An engagement cannot move from "%1" to "%2".</source>
        <translation>Ein Mandat kann nicht von „%1“ nach „%2“ wechseln.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="214" />
        <location filename="../core/pipeline/EngagementService.cpp" line="228" />
        <source>The engagement has ended (%1); it cannot advance.</source>
        <translation>Das Mandat ist beendet (%1); es kann nicht weiterrücken.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="242" />
        <source>An override needs a written reason; it is kept in the timeline.</source>
        <translation>Eine Ausnahme braucht eine schriftliche Begründung; sie wird im Zeitverlauf festgehalten.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="258" />
        <source>Say why the engagement closes early.</source>
        <translation>Geben Sie an, warum das Mandat vorzeitig geschlossen wird.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="271" />
        <source>"%1" is not finished: %2</source>
        <translation>„%1“ ist nicht abgeschlossen: %2</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="305" />
        <source>Choose how the engagement ends: completed, maintenance or closed early.</source>
        <translation>Wählen Sie, wie das Mandat endet: abgeschlossen, Begleitung in Abständen oder vorzeitig geschlossen.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="329" />
        <source>A follow-up starts once the engagement has reached its evaluation; "%1" is still in "%2".</source>
        <translation>Ein Folgemandat beginnt, sobald das Mandat seine Auswertung erreicht hat; „%1“ ist noch in „%2“.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="335" />
        <source>%1 (follow-up)</source>
        <translation>%1 (Folgemandat)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="344" />
        <source>New needs after "%1".</source>
        <translation>Neuer Bedarf nach „%1“.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementServiceBoard.cpp" line="45" />
        <location filename="../core/pipeline/EngagementServiceBoard.cpp" line="50" />
        <source>There is no engagement with id %1.</source>
        <translation>Es gibt kein Mandat mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>md::ErasurePlan</name>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="9" />
        <source>%1 was erased for good: the profile, %n engagement(s) with their needs, goals, actions and evaluations,</source>
        <translation>
            <numerusform>%1 wurde endgültig gelöscht: das Profil, %n Mandat mit Bedarf, Zielen, Maßnahmen und Auswertungen,</numerusform>
            <numerusform>%1 wurde endgültig gelöscht: das Profil, %n Mandate mit Bedarf, Zielen, Maßnahmen und Auswertungen,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="14" />
        <source>Erasing %1 removes for good: the profile, %n engagement(s) with their needs, goals, actions and evaluations,</source>
        <translation>
            <numerusform>Das Löschen von %1 entfernt endgültig: das Profil, %n Mandat mit Bedarf, Zielen, Maßnahmen und Auswertungen,</numerusform>
            <numerusform>Das Löschen von %1 entfernt endgültig: das Profil, %n Mandate mit Bedarf, Zielen, Maßnahmen und Auswertungen,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="20" />
        <source>%n session(s) with their notes, %1, and %2.</source>
        <translation>
            <numerusform>%n Sitzung mit ihren Notizen, %1 und %2.</numerusform>
            <numerusform>%n Sitzungen mit ihren Notizen, %1 und %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="23" />
        <source>%n agreement(s) with their signatures and scans</source>
        <translation>
            <numerusform>%n Vereinbarung mit Unterschriften und Scans</numerusform>
            <numerusform>%n Vereinbarungen mit Unterschriften und Scans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="27" />
        <source>%n draft invoice(s)</source>
        <translation>
            <numerusform>%n Rechnungsentwurf</numerusform>
            <numerusform>%n Rechnungsentwürfe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="30" />
        <source>The law requires keeping %n issued invoice(s) and credit note(s), with %1, unchanged until %2. They are shown as "%3" from now on.</source>
        <translation>
            <numerusform>Gesetzlich muss %n ausgestellte Rechnung oder Gutschrift mit %1 bis zum %2 unverändert aufbewahrt werden. Sie wird ab jetzt als „%3“ angezeigt.</numerusform>
            <numerusform>Gesetzlich müssen %n ausgestellte Rechnungen und Gutschriften mit %1 bis zum %2 unverändert aufbewahrt werden. Sie werden ab jetzt als „%3“ angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="35" />
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n Zahlung</numerusform>
            <numerusform>%n Zahlungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/clients/ClientErasure.cpp" line="39" />
        <source>No invoice has to be kept: nothing of them is left but the anonymous record "%1".</source>
        <translation>Keine Rechnung muss aufbewahrt werden: Von ihnen bleibt nur der anonyme Datensatz „%1“.</translation>
    </message>
    <message>
        <location filename="../core/clients/ClientErasure.cpp" line="44" />
        <source>Backups made before the erasure still hold the data until they are replaced.</source>
        <translation>Sicherungen, die vor dem Löschen erstellt wurden, enthalten die Daten noch, bis sie ersetzt werden.</translation>
    </message>
</context>
<context>
    <name>md::EvaluationRepository</name>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="51" />
        <source>There is no goal with id %1.</source>
        <translation>Es gibt kein Ziel mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="89" />
        <source>Could not save the evaluation</source>
        <translation>Die Auswertung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="122" />
        <location filename="../core/storage/EvaluationRepository.cpp" line="127" />
        <source>Could not read the evaluations</source>
        <translation>Die Auswertungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="138" />
        <source>Could not delete the evaluation</source>
        <translation>Die Auswertung konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="140" />
        <source>Goal %1 has no evaluation.</source>
        <translation>Ziel %1 hat keine Auswertung.</translation>
    </message>
</context>
<context>
    <name>md::EvaluationTab</name>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="45" />
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="158" />
        <source>Select a goal to evaluate.</source>
        <translation>Wählen Sie ein Ziel zur Auswertung.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="59" />
        <source>Your assessment of the mentee's performance</source>
        <translation>Ihre Einschätzung der Leistung des Mentee</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="62" />
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="65" />
        <source>What the mentee said</source>
        <translation>Was der Mentee gesagt hat</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="66" />
        <source>Suggested adjustments</source>
        <translation>Vorgeschlagene Anpassungen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="72" />
        <source>&amp;Outcome:</source>
        <translation>Er&amp;gebnis:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="73" />
        <source>Final value:</source>
        <translation>Endwert:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="74" />
        <source>&amp;Assessment:</source>
        <translation>&amp;Einschätzung:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="75" />
        <source>Mentee's &amp;rating:</source>
        <translation>&amp;Bewertung des Mentee:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="76" />
        <source>Mentee's &amp;comments:</source>
        <translation>&amp;Kommentare des Mentee:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="77" />
        <source>A&amp;djustments:</source>
        <translation>An&amp;passungen:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="80" />
        <source>&amp;Save Evaluation</source>
        <translation>Auswertung &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="166" />
        <source>baseline %1, target %2 %3</source>
        <translation>Ausgangswert %1, Zielwert %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="192" />
        <source>The final value is not a number.</source>
        <translation>Der Endwert ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="209" />
        <source>Saved the evaluation.</source>
        <translation>Auswertung gespeichert.</translation>
    </message>
</context>
<context>
    <name>md::ExportFlow</name>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="34" />
        <source>Export Workspace</source>
        <translation>Arbeitsbereich exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="35" />
        <location filename="../ui/export/ExportFlow.cpp" line="69" />
        <source>MentorDesk export %1</source>
        <translation>MentorDesk-Export %1</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="40" />
        <location filename="../ui/export/ExportFlow.cpp" line="67" />
        <source>Export Client</source>
        <translation>Klienten exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="41" />
        <source>Export everything about %1?</source>
        <translation>Alles über %1 exportieren?</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="45" />
        <source>The profile, engagements, sessions with their notes, agreements with their PDFs, invoices and payments of this client, and nothing about anyone else, in open formats (JSON, CSV, PDF). Use it to answer the client's request for a copy of their data.

The export is not encrypted.</source>
        <translation>Profil, Mandate, Sitzungen mit ihren Notizen, Vereinbarungen mit ihren PDFs, Rechnungen und Zahlungen dieses Klienten – und nichts über andere Personen – in offenen Formaten (JSON, CSV, PDF). Damit können Sie dem Ersuchen des Klienten um eine Kopie seiner Daten nachkommen.

Der Export ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="49" />
        <source>Include my &amp;private session notes</source>
        <translation>Meine &amp;privaten Sitzungsnotizen einschließen</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="53" />
        <source>Choose &amp;Folder…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="68" />
        <source>%1 – MentorDesk export %2</source>
        <translation>%1 – MentorDesk-Export %2</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="77" />
        <source>Export into…</source>
        <translation>Exportieren nach…</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="86" />
        <source>The workspace was locked.</source>
        <translation>Der Arbeitsbereich wurde gesperrt.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="92" />
        <source>The export could not be written.</source>
        <translation>Der Export konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="96" />
        <source>Nothing was left half-written; your workspace is unchanged.</source>
        <translation>Es ist nichts halb geschrieben zurückgeblieben; Ihr Arbeitsbereich ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportFlow.cpp" line="104" />
        <source>Exported %n record(s) into %1.</source>
        <translation>
            <numerusform>%n Datensatz nach %1 exportiert.</numerusform>
            <numerusform>%n Datensätze nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="109" />
        <source>Signed agreements: %1. Invoice PDFs: %2. README.txt describes every file.</source>
        <translation>Unterschriebene Vereinbarungen: %1. Rechnungs-PDFs: %2. README.txt beschreibt jede Datei.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="113" />
        <source>The export is NOT encrypted. Keep it safe, and delete it once it has served its purpose.</source>
        <translation>Der Export ist NICHT verschlüsselt. Bewahren Sie ihn sicher auf und löschen Sie ihn, sobald er seinen Zweck erfüllt hat.</translation>
    </message>
</context>
<context>
    <name>md::ExportManifest</name>
    <message>
        <location filename="../core/export/ExportManifest.cpp" line="38" />
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 ist kein gültiges JSON (%2).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportManifest.cpp" line="42" />
        <source>%1 does not describe a MentorDesk export.</source>
        <translation>%1 beschreibt keinen MentorDesk-Export.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportManifest.cpp" line="45" />
        <source>This export was written in a format this version of MentorDesk does not read (export format %1). Update MentorDesk.</source>
        <translation>Dieser Export liegt in einem Format vor, das diese Version von MentorDesk nicht liest (Exportformat %1). Aktualisieren Sie MentorDesk.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportManifest.cpp" line="58" />
        <source>%1 lacks the data format or the workspace it came from.</source>
        <translation>In %1 fehlen das Datenformat oder der Arbeitsbereich, aus dem der Export stammt.</translation>
    </message>
</context>
<context>
    <name>md::ExportReadme</name>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="10" />
        <source>Mentee profiles: contact, background, strengths and weaknesses, aspirations, what to keep, start and stop doing. Tags are separated by line breaks.</source>
        <translation>Profile der Mentees: Kontakt, Werdegang, Stärken und Schwächen, berufliche Ziele, was beibehalten, angefangen und aufgehört werden soll. Schlagwörter sind durch Zeilenumbrüche getrennt.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="15" />
        <source>Settings of the practice as key and value: the mentor profile (profile.*), practice rules (practice.*), billing (billing.*). The agreement signing key is never exported.</source>
        <translation>Einstellungen der Praxis als Schlüssel und Wert: das Mentorenprofil (profile.*), Praxisregeln (practice.*), Abrechnung (billing.*). Der Signaturschlüssel für Vereinbarungen wird nie exportiert.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="20" />
        <source>Engagements of the five-stage pipeline, one per need of a client: stage, status, cadence, planned sessions and outcome.</source>
        <translation>Mandate des fünfphasigen Ablaufs, eines je Bedarf eines Klienten: Phase, Status, Rhythmus, geplante Sitzungen und Ergebnis.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="24" />
        <source>The timeline of every engagement: each move between stages, when, why, and whether a gate was overridden.</source>
        <translation>Der Zeitverlauf jedes Mandats: jeder Wechsel zwischen Phasen, wann, warum und ob eine Voraussetzung übergangen wurde.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="28" />
        <source>Needs identified in stage 2, with category and priority.</source>
        <translation>In Phase 2 ermittelter Bedarf mit Kategorie und Priorität.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="31" />
        <source>SMART goals of stage 3: specific, the metric with its baseline and target, attainable, due date.</source>
        <translation>SMART-Ziele aus Phase 3: spezifisch, die Messgröße mit Ausgangs- und Zielwert, erreichbar, Fälligkeitsdatum.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="34" />
        <source>Which need each goal answers (goal_id, need_id).</source>
        <translation>Welchen Bedarf jedes Ziel abdeckt (goal_id, need_id).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="36" />
        <source>Progress measured on a goal: date, value, comment.</source>
        <translation>An einem Ziel gemessener Fortschritt: Datum, Wert, Kommentar.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="39" />
        <source>The action plan of stage 4: each action of a goal, its due date, status and the people involved.</source>
        <translation>Der Aktionsplan aus Phase 4: jede Maßnahme eines Ziels, ihr Fälligkeitsdatum, ihr Status und die beteiligten Personen.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="42" />
        <source>Evaluations of stage 5: the outcome of a goal, the mentor's assessment, the mentee's rating and comments, adjustments.</source>
        <translation>Auswertungen aus Phase 5: das Ergebnis eines Ziels, die Einschätzung des Mentors, die Bewertung und die Kommentare des Mentee, Anpassungen.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="46" />
        <source>Every version of the agreement templates (HTML with placeholders).</source>
        <translation>Jede Version der Vorlagen für Vereinbarungen (HTML mit Platzhaltern).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="49" />
        <source>Agreements: their text (HTML), state (draft or signed), how and when they were signed. The signed PDFs are in agreements/.</source>
        <translation>Vereinbarungen: ihr Text (HTML), ihr Status (Entwurf oder unterschrieben), wie und wann sie unterschrieben wurden. Die unterschriebenen PDFs liegen in agreements/.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="53" />
        <source>On-screen signatures: who signed, the typed name, the drawn signature (PNG, base64) and the consent.</source>
        <translation>Unterschriften am Bildschirm: wer unterschrieben hat, der eingegebene Name, die gezeichnete Unterschrift (PNG, Base64) und das Einverständnis.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="57" />
        <source>Scans of agreements signed on paper (the files are also in agreements/).</source>
        <translation>Scans auf Papier unterschriebener Vereinbarungen (die Dateien liegen auch in agreements/).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="61" />
        <source>What makes a signed agreement provably unchanged: the frozen PDF, its manifest, the Ed25519 signature and the public key that checks it.</source>
        <translation>Was nachweist, dass eine unterschriebene Vereinbarung unverändert ist: das festgeschriebene PDF, sein Manifest, die Ed25519-Signatur und der öffentliche Schlüssel, mit dem sie geprüft wird.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="65" />
        <source>The hash-chained log of everything done to agreements.</source>
        <translation>Das per Hash-Kette gesicherte Protokoll aller Vorgänge an Vereinbarungen.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="68" />
        <source>The public keys of the workspaces this one was imported from: the agreements they sealed keep verifying.</source>
        <translation>Die öffentlichen Schlüssel der Arbeitsbereiche, aus denen dieser importiert wurde: Die von ihnen versiegelten Vereinbarungen bleiben prüfbar.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="72" />
        <source>Recurring sessions (weekly, fortnightly, monthly): the rule, the first start in its time zone, skipped dates.</source>
        <translation>Wiederkehrende Sitzungen (wöchentlich, alle zwei Wochen, monatlich): die Regel, der erste Beginn in seiner Zeitzone, ausgelassene Termine.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="76" />
        <source>Every session: start (local time and zone, and UTC), duration, format, status, agenda, notes, agreed actions and next steps.</source>
        <translation>Jede Sitzung: Beginn (Ortszeit und Zeitzone sowie UTC), Dauer, Format, Status, Tagesordnung, Notizen, vereinbarte Maßnahmen und nächste Schritte.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="80" />
        <source>The mentor's working hours by weekday.</source>
        <translation>Die Arbeitszeiten des Mentors nach Wochentag.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="82" />
        <source>The mentor's days off.</source>
        <translation>Die freien Tage des Mentors.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="84" />
        <source>Scheduling settings as key and value (buffer between sessions, calendar export).</source>
        <translation>Terminplanungseinstellungen als Schlüssel und Wert (Puffer zwischen Sitzungen, Kalenderexport).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="88" />
        <source>Busy times imported from other calendars.</source>
        <translation>Aus anderen Kalendern importierte belegte Zeiten.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="90" />
        <source>Who an invoice is addressed to, when it is not the mentee (billing name, address, tax number).</source>
        <translation>An wen eine Rechnung gerichtet ist, wenn nicht an den Mentee (Rechnungsname, Adresse, Steuernummer).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="93" />
        <source>The price list: single sessions, packages and retainers; prices in minor units (cents) with their currency.</source>
        <translation>Die Preisliste: Einzelsitzungen, Pakete und Monatspauschalen; Preise in kleinsten Währungseinheiten (Cent) mit ihrer Währung.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="97" />
        <source>Packages sold to an engagement: sessions included, price, validity.</source>
        <translation>Für ein Mandat verkaufte Pakete: enthaltene Sitzungen, Preis, Gültigkeit.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="100" />
        <source>Which session used a credit of which package.</source>
        <translation>Welche Sitzung eine Einheit welches Pakets verbraucht hat.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="102" />
        <source>Invoices and credit notes with their frozen details (bill_to and seller as JSON text) and totals in minor units. The PDFs of issued ones are in invoices/.</source>
        <translation>Rechnungen und Gutschriften mit ihren festgeschriebenen Angaben (bill_to und seller als JSON-Text) und Summen in kleinsten Währungseinheiten. Die PDFs der ausgestellten liegen in invoices/.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="107" />
        <source>The lines of each invoice: quantity in thousandths, unit price and amounts in minor units, tax rate in basis points (1900 = 19 %).</source>
        <translation>Die Positionen jeder Rechnung: Menge in Tausendsteln, Einzelpreis und Beträge in kleinsten Währungseinheiten, Steuersatz in Basispunkten (1900 = 19 %).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="111" />
        <source>The last invoice number used in each year.</source>
        <translation>Die zuletzt verwendete Rechnungsnummer jedes Jahres.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="113" />
        <source>Payments received, in minor units.</source>
        <translation>Eingegangene Zahlungen in kleinsten Währungseinheiten.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="115" />
        <source>Which invoice each payment paid, and how much of it.</source>
        <translation>Welche Rechnung jede Zahlung beglichen hat und in welcher Höhe.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="125" />
        <source>MentorDesk export of one client's records</source>
        <translation>MentorDesk-Export der Akten eines Klienten</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="126" />
        <source>MentorDesk export of a whole workspace</source>
        <translation>MentorDesk-Export eines ganzen Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="127" />
        <source>Made on %1 (UTC).</source>
        <translation>Erstellt am %1 (UTC).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="129" />
        <source>THIS FOLDER IS NOT ENCRYPTED. It holds confidential information about people. Keep it on an encrypted disk, send it only over a secure channel, and delete it when it is no longer needed.</source>
        <translation>DIESER ORDNER IST NICHT VERSCHLÜSSELT. Er enthält vertrauliche Informationen über Personen. Bewahren Sie ihn auf einem verschlüsselten Datenträger auf, versenden Sie ihn nur über einen sicheren Kanal und löschen Sie ihn, sobald er nicht mehr benötigt wird.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="133" />
        <source>The mentor's private session notes are left out.</source>
        <translation>Die privaten Sitzungsnotizen des Mentors sind nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="135" />
        <source>export.json says what made this export: the data format (schema_version), the workspace it came from and, for one client's export, the client.</source>
        <translation>export.json gibt an, womit dieser Export erstellt wurde: das Datenformat (schema_version), der Arbeitsbereich, aus dem er stammt, und beim Export eines einzelnen Klienten der Klient.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="138" />
        <source>Folders:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="139" />
        <source>  json/        one file per kind of record: a JSON array of objects, one per row, with the field names below. Binary values are objects {"base64": "..."}. Times ending in _utc are ISO 8601 in UTC; dates are YYYY-MM-DD; amounts ending in _minor are whole minor units (cents) of the currency beside them.</source>
        <translation>  json/        eine Datei je Art von Datensatz: ein JSON-Array von Objekten, eines je Zeile, mit den unten genannten Feldnamen. Binärwerte sind Objekte {"base64": "..."}. Zeiten mit der Endung _utc sind ISO 8601 in UTC; Datumsangaben sind JJJJ-MM-TT; Beträge mit der Endung _minor sind ganze kleinste Einheiten (Cent) der daneben angegebenen Währung.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="143" />
        <source>  csv/         clients, sessions, invoices and payments for spreadsheets: UTF-8, comma-separated, every field quoted, amounts in major units (12.50).</source>
        <translation>  csv/         Klienten, Sitzungen, Rechnungen und Zahlungen für Tabellenkalkulationen: UTF-8, durch Kommas getrennt, jedes Feld in Anführungszeichen, Beträge in Haupteinheiten (12.50).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="145" />
        <source>  agreements/  the exact PDF of every signed agreement, and scans of paper signatures.</source>
        <translation>  agreements/  das exakte PDF jeder unterschriebenen Vereinbarung sowie Scans der Papierunterschriften.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="147" />
        <source>  invoices/    the PDF of every issued invoice and credit note.</source>
        <translation>  invoices/    das PDF jeder ausgestellten Rechnung und Gutschrift.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="149" />
        <source>Files in json/:</source>
        <translation>Dateien in json/:</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/ExportReadme.cpp" line="153" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="158" />
        <source>Fields: %1</source>
        <translation>Felder: %1</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="161" />
        <source>A whole-workspace export can be read back into a new workspace with `mentordesk-cli --workspace &lt;new folder&gt; import --from &lt;this folder&gt;`.</source>
        <translation>Ein Export des ganzen Arbeitsbereichs lässt sich mit `mentordesk-cli --workspace &lt;neuer Ordner&gt; import --from &lt;dieser Ordner&gt;` in einen neuen Arbeitsbereich einlesen.</translation>
    </message>
</context>
<context>
    <name>md::FirstRunWizard</name>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="31" />
        <source>Welcome to MentorDesk</source>
        <translation>Willkommen bei MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="32" />
        <source>Your clients' details stay on this computer, encrypted.</source>
        <translation>Die Daten Ihrer Klienten bleiben verschlüsselt auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="36" />
        <source>MentorDesk keeps your mentees' profiles, notes and agreements in an encrypted workspace. Nothing in it can be read without your passphrase or your recovery key.</source>
        <translation>MentorDesk bewahrt die Profile, Notizen und Vereinbarungen Ihrer Mentees in einem verschlüsselten Arbeitsbereich auf. Ohne Ihre Passphrase oder Ihren Wiederherstellungsschlüssel ist darin nichts lesbar.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="41" />
        <source>In the next steps you choose a passphrase and receive a recovery key. Have a printer or a pen and paper ready.</source>
        <translation>In den nächsten Schritten wählen Sie eine Passphrase und erhalten einen Wiederherstellungsschlüssel. Halten Sie einen Drucker oder Stift und Papier bereit.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="44" />
        <source>The workspace will be created in:
%1</source>
        <translation>Der Arbeitsbereich wird angelegt in:
%1</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="63" />
        <source>Choose a passphrase</source>
        <translation>Passphrase wählen</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="64" />
        <source>You type it to unlock MentorDesk. It cannot be recovered, only replaced with your recovery key.</source>
        <translation>Sie geben sie zum Entsperren von MentorDesk ein. Sie lässt sich nicht wiederherstellen, nur mit Ihrem Wiederherstellungsschlüssel ersetzen.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="67" />
        <source>&amp;Create Workspace</source>
        <translation>Arbeitsbereich &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="108" />
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="109" />
        <source>Your workspace has been created.</source>
        <translation>Ihr Arbeitsbereich wurde angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="112" />
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="132" />
        <source>Unlock automatically?</source>
        <translation>Automatisch entsperren?</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="133" />
        <source>You can change this whenever you unlock MentorDesk.</source>
        <translation>Sie können das bei jedem Entsperren von MentorDesk ändern.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="151" />
        <source>Looking for this computer's keychain…</source>
        <translation>Schlüsselbund dieses Computers wird gesucht…</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="163" />
        <source>MentorDesk then keeps the workspace key in this computer's keychain and opens without asking for your passphrase while you are logged in. Anyone who can use your user account can then open your workspace. Locking (Ctrl+L) always asks for the passphrase.</source>
        <translation>MentorDesk bewahrt den Schlüssel des Arbeitsbereichs dann im Schlüsselbund dieses Computers auf und öffnet ohne Frage nach der Passphrase, solange Sie angemeldet sind. Wer Ihr Benutzerkonto verwenden kann, kann dann Ihren Arbeitsbereich öffnen. Nach dem Sperren (Strg+L) wird immer nach der Passphrase gefragt.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="174" />
        <source>No keychain answered on this computer, so MentorDesk will ask for your passphrase each time it opens.</source>
        <translation>Auf diesem Computer hat kein Schlüsselbund geantwortet, daher fragt MentorDesk bei jedem Öffnen nach Ihrer Passphrase.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="195" />
        <source>Create a MentorDesk Workspace</source>
        <translation>MentorDesk-Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="202" />
        <source>&amp;Remember on this computer</source>
        <translation>Auf diesem Computer &amp;merken</translation>
    </message>
</context>
<context>
    <name>md::GateFailureDialog</name>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="20" />
        <source>Not Ready to Leave "%1"</source>
        <translation>„%1“ kann noch nicht verlassen werden</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="24" />
        <source>%1 cannot leave "%2" yet.</source>
        <translation>%1 kann „%2“ noch nicht verlassen.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="30" />
        <source>This is what is missing. Select an item and choose Go There to fill it in.</source>
        <translation>Folgendes fehlt noch. Wählen Sie einen Punkt und dann „Dorthin“, um ihn zu ergänzen.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="44" />
        <source>&amp;Go There</source>
        <translation>&amp;Dorthin</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="48" />
        <source>Move anyway</source>
        <translation>Trotzdem verschieben</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="49" />
        <source>An override is recorded in the engagement's timeline with your reason.</source>
        <translation>Eine Ausnahme wird mit Ihrer Begründung im Zeitverlauf des Mandats festgehalten.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="56" />
        <source>Why move on without this?</source>
        <translation>Warum ohne dies weitergehen?</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="59" />
        <source>&amp;Override and Move</source>
        <translation>&amp;Ausnahme machen und weiter</translation>
    </message>
</context>
<context>
    <name>md::GoalEditor</name>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="33" />
        <source>What exactly will the mentee achieve?</source>
        <translation>Was genau wird der Mentee erreichen?</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="49" />
        <source>What is measured</source>
        <translation>Was gemessen wird</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="56" />
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="63" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="77" />
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="105" />
        <source>Why it is realistic for the mentee</source>
        <translation>Warum es für den Mentee realistisch ist</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="141" />
        <source>Due &amp;by</source>
        <translation>Fällig &amp;bis</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="165" />
        <source>A&amp;ctive</source>
        <translation>A&amp;ktiv</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="162" />
        <source>Inactive goals are set aside: they need no actions</source>
        <translation>Inaktive Ziele sind zurückgestellt: Sie brauchen keine Maßnahmen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="23" />
        <source>&amp;Specific:</source>
        <translation>&amp;Spezifisch:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="40" />
        <source>Measurable:</source>
        <translation>Messbar:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="86" />
        <source>&amp;Attainable:</source>
        <translation>&amp;Erreichbar:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="112" />
        <source>&amp;Relevant to:</source>
        <translation>&amp;Relevant für:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="132" />
        <source>Time-bound:</source>
        <translation>Terminiert:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="178" />
        <source>SMART check:</source>
        <translation>SMART-Prüfung:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.cpp" line="142" />
        <source>The baseline is not a number.</source>
        <translation>Der Ausgangswert ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.cpp" line="143" />
        <source>The target is not a number.</source>
        <translation>Der Zielwert ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.cpp" line="161" />
        <source>passes</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.cpp" line="162" />
        <source>fails</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.cpp" line="167" />
        <source>This goal passes the SMART check.</source>
        <translation>Dieses Ziel besteht die SMART-Prüfung.</translation>
    </message>
</context>
<context>
    <name>md::GoalListModel</name>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="138" />
        <source>Passes the SMART check</source>
        <translation>Besteht die SMART-Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="148" />
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="174" />
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="176" />
        <source>SMART</source>
        <translation>SMART</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="178" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="180" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="182" />
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
</context>
<context>
    <name>md::GoalRepository</name>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="72" />
        <location filename="../core/storage/GoalRepository.cpp" line="83" />
        <source>Could not link the goal to its needs</source>
        <translation>Das Ziel konnte nicht mit seinem Bedarf verknüpft werden</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="86" />
        <source>Need %1 does not belong to this engagement.</source>
        <translation>Der Bedarf %1 gehört nicht zu diesem Mandat.</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="97" />
        <location filename="../core/storage/GoalRepository.cpp" line="102" />
        <source>Could not read the goal's needs</source>
        <translation>Der Bedarf des Ziels konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="122" />
        <location filename="../core/storage/GoalRepository.cpp" line="152" />
        <source>Could not save the goal</source>
        <translation>Das Ziel konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="167" />
        <location filename="../core/storage/GoalRepository.cpp" line="170" />
        <location filename="../core/storage/GoalRepository.cpp" line="252" />
        <location filename="../core/storage/GoalRepository.cpp" line="255" />
        <source>Could not read the goal</source>
        <translation>Das Ziel konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="171" />
        <location filename="../core/storage/GoalRepository.cpp" line="225" />
        <location filename="../core/storage/GoalRepository.cpp" line="263" />
        <source>There is no goal with id %1.</source>
        <translation>Es gibt kein Ziel mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="188" />
        <location filename="../core/storage/GoalRepository.cpp" line="193" />
        <source>Could not read the goals</source>
        <translation>Die Ziele konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="212" />
        <source>Could not delete the goal</source>
        <translation>Das Ziel konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="237" />
        <source>Could not save the progress entry</source>
        <translation>Der Fortschrittseintrag konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="278" />
        <location filename="../core/storage/GoalRepository.cpp" line="283" />
        <source>Could not read the goals of the need</source>
        <translation>Die Ziele zu diesem Bedarf konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="292" />
        <location filename="../core/storage/GoalRepository.cpp" line="295" />
        <source>Could not read the progress entry</source>
        <translation>Der Fortschrittseintrag konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="268" />
        <location filename="../core/storage/GoalRepository.cpp" line="297" />
        <source>There is no progress entry with id %1.</source>
        <translation>Es gibt keinen Fortschrittseintrag mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="305" />
        <source>Could not delete the progress entry</source>
        <translation>Der Fortschrittseintrag konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="318" />
        <location filename="../core/storage/GoalRepository.cpp" line="331" />
        <source>Could not read the goal's progress</source>
        <translation>Der Fortschritt des Ziels konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>md::GoalsTab</name>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="60" />
        <source>&amp;New Goal</source>
        <translation>&amp;Neues Ziel</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="60" />
        <source>&amp;Save Goal</source>
        <translation>Ziel &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="60" />
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="64" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="78" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="81" />
        <source>Comment (optional)</source>
        <translation>Kommentar (optional)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="82" />
        <source>Add &amp;Value</source>
        <translation>&amp;Wert hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="206" />
        <source>Save the goal to record progress.</source>
        <translation>Speichern Sie das Ziel, um Fortschritte zu erfassen.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="220" />
        <source>final value of the evaluation</source>
        <translation>Endwert der Auswertung</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="230" />
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="235" />
        <source> — %1</source>
        <translation> – %1</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="241" />
        <source>%1% of the way from baseline to target.</source>
        <translation>%1 % des Wegs vom Ausgangs- zum Zielwert.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="242" />
        <source>Progress needs a baseline and a target.</source>
        <translation>Für den Fortschritt braucht es einen Ausgangs- und einen Zielwert.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="271" />
        <source>Saved the goal; it passes the SMART check.</source>
        <translation>Ziel gespeichert; es besteht die SMART-Prüfung.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="272" />
        <source>Saved the goal as a draft; it is not SMART yet.</source>
        <translation>Ziel als Entwurf gespeichert; es ist noch nicht SMART.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="279" />
        <source>Delete Goal</source>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="280" />
        <source>Delete this goal with its progress, actions and evaluation?</source>
        <translation>Dieses Ziel mit Fortschritt, Maßnahmen und Auswertung löschen?</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="296" />
        <source>Enter the measured value as a number.</source>
        <translation>Geben Sie den gemessenen Wert als Zahl ein.</translation>
    </message>
</context>
<context>
    <name>md::Help</name>
    <message>
        <location filename="../ui/help/HelpDialogs.cpp" line="72" />
        <source>User Guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpDialogs.cpp" line="82" />
        <source>The user guide is missing from this build.</source>
        <translation>Das Benutzerhandbuch fehlt in dieser Version.</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpDialogs.cpp" line="112" />
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpDialogs.cpp" line="116" />
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpDialogs.cpp" line="117" />
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>md::Iban</name>
    <message>
        <location filename="../core/billing/Iban.cpp" line="57" />
        <source>"%1" is not an IBAN: it must start with a country code and two check digits, followed by letters and digits only.</source>
        <translation>„%1“ ist keine IBAN: Sie muss mit einem Ländercode und zwei Prüfziffern beginnen, gefolgt von ausschließlich Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../core/billing/Iban.cpp" line="63" />
        <source>An IBAN from %1 has %2 characters; "%3" has %4.</source>
        <translation>Eine IBAN aus %1 hat %2 Zeichen; „%3“ hat %4.</translation>
    </message>
    <message>
        <location filename="../core/billing/Iban.cpp" line="71" />
        <source>The IBAN "%1" has a typo: its check digits do not match.</source>
        <translation>Die IBAN „%1“ enthält einen Tippfehler: Ihre Prüfziffern stimmen nicht.</translation>
    </message>
    <message>
        <location filename="../core/billing/Iban.cpp" line="92" />
        <source>"%1" is not a BIC: it has 8 or 11 characters, e.g. COBADEFFXXX.</source>
        <translation>„%1“ ist keine BIC: Sie hat 8 oder 11 Zeichen, z. B. COBADEFFXXX.</translation>
    </message>
</context>
<context>
    <name>md::IcsExporter</name>
    <message>
        <location filename="../core/ics/IcsExporter.cpp" line="11" />
        <source>MentorDesk sessions</source>
        <translation>MentorDesk-Sitzungen</translation>
    </message>
</context>
<context>
    <name>md::IcsImporter</name>
    <message>
        <location filename="../core/ics/IcsImporter.cpp" line="20" />
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>md::IcsReader</name>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="101" />
        <source>The time zone “%1” is unknown; its times were read as UTC.</source>
        <translation>Die Zeitzone „%1“ ist unbekannt; ihre Zeiten wurden als UTC gelesen.</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="151" />
        <source>“%1” (the event on line %2)</source>
        <translation>„%1“ (das Ereignis in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="152" />
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="180" />
        <source>The calendar file was not imported, none of it: %1 %2.</source>
        <translation>Die Kalenderdatei wurde nicht importiert, auch nicht teilweise: %1 %2.</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="185" />
        <source>repeats too often (expanding it takes about %1 steps; MentorDesk takes at most %2 per event)</source>
        <translation>wiederholt sich zu oft (die Auflösung erfordert etwa %1 Schritte; MentorDesk führt höchstens %2 je Ereignis aus)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="224" />
        <location filename="../core/ics/IcsReader.cpp" line="242" />
        <source>brings the repeating events of the file over %1 steps to expand</source>
        <translation>lässt die Auflösung der wiederkehrenden Ereignisse der Datei auf über %1 Schritte anwachsen</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="246" />
        <location filename="../core/ics/IcsReader.cpp" line="382" />
        <source>takes too long to read</source>
        <translation>braucht zu lange zum Einlesen</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="256" />
        <source>has more than %1 dates in the months MentorDesk reads</source>
        <translation>hat mehr als %1 Termine in den Monaten, die MentorDesk einliest</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="273" />
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="288" />
        <source>this is not an iCalendar file</source>
        <translation>dies ist keine iCalendar-Datei</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="370" />
        <source>brings the file over %1 busy times in the months MentorDesk reads</source>
        <translation>lässt die Datei auf über %1 belegte Zeiten in den Monaten anwachsen, die MentorDesk einliest</translation>
    </message>
</context>
<context>
    <name>md::IcsSyntaxChecker</name>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="36" />
        <source>expected a property name, found “%1”</source>
        <translation>Eigenschaftsname erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="43" />
        <source>a parameter of %1 has no name or no “=”</source>
        <translation>ein Parameter von %1 hat keinen Namen oder kein „=“</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="51" />
        <source>a quoted parameter value of %1 is not closed</source>
        <translation>ein Parameterwert von %1 in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="73" />
        <source>expected “:” after %1</source>
        <translation>„:“ nach %1 erwartet</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="104" />
        <source>“%1” is not a valid date and time</source>
        <translation>„%1“ ist kein gültiges Datum mit Uhrzeit</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="109" />
        <source>“%1” is not a valid date (YYYYMMDD)</source>
        <translation>„%1“ ist kein gültiges Datum (JJJJMMTT)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="110" />
        <source>“%1” is not a valid date and time (YYYYMMDDTHHMMSS)</source>
        <translation>„%1“ ist kein gültiges Datum mit Uhrzeit (JJJJMMTTTHHMMSS)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="120" />
        <source>“%1” in %2 is not a valid date or time</source>
        <translation>„%1“ in %2 ist kein gültiges Datum und keine gültige Uhrzeit</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="131" />
        <source>the repeat rule “%1” cannot be read</source>
        <translation>die Wiederholungsregel „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="132" />
        <source>the duration “%1” cannot be read</source>
        <translation>die Dauer „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="139" />
        <source>“%1” is not a UTC offset (+HHMM)</source>
        <translation>„%1“ ist kein UTC-Versatz (+HHMM)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="153" />
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="158" />
        <source>The calendar file is %1 MiB; MentorDesk reads calendar files of up to %2 MiB.</source>
        <translation>Die Kalenderdatei ist %1 MiB groß; MentorDesk liest Kalenderdateien bis %2 MiB.</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="172" />
        <source>line</source>
        <translation>die Zeile</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="175" />
        <source>the %1 of the event on line %2</source>
        <translation>%1 des Ereignisses in Zeile %2</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="176" />
        <source>this %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="178" />
        <source>%1 is longer than the %2 KiB MentorDesk reads in one line</source>
        <translation>%1 ist länger als die %2 KiB, die MentorDesk in einer Zeile liest</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="196" />
        <source>the file holds a NUL byte</source>
        <translation>die Datei enthält ein NUL-Byte</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="220" />
        <source>a continuation line with nothing to continue</source>
        <translation>eine Fortsetzungszeile ohne vorangehende Zeile</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="242" />
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="251" />
        <source>text after the end of the calendar (END:VCALENDAR)</source>
        <translation>Text nach dem Ende des Kalenders (END:VCALENDAR)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="254" />
        <source>a calendar file starts with BEGIN:VCALENDAR</source>
        <translation>eine Kalenderdatei beginnt mit BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="259" />
        <source>BEGIN without a component name</source>
        <translation>BEGIN ohne Komponentennamen</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="269" />
        <source>END:%1 does not close BEGIN:%2 from line %3</source>
        <translation>END:%1 schließt nicht BEGIN:%2 aus Zeile %3</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="274" />
        <source>the event that starts here has no start time (DTSTART)</source>
        <translation>das hier beginnende Ereignis hat keine Startzeit (DTSTART)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="288" />
        <source>the file ends before END:%1 (opened on line %2)</source>
        <translation>die Datei endet vor END:%1 (geöffnet in Zeile %2)</translation>
    </message>
</context>
<context>
    <name>md::IcsWriter</name>
    <message>
        <location filename="../core/ics/IcsWriter.cpp" line="208" />
        <source>Mentoring session</source>
        <translation>Mentoring-Sitzung</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsWriter.cpp" line="209" />
        <source>Mentoring: %1</source>
        <translation>Mentoring: %1</translation>
    </message>
</context>
<context>
    <name>md::ImportClientsDialog</name>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="6" />
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="96" />
        <source>Import Clients</source>
        <translation>Klienten importieren</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="24" />
        <source>&amp;Choose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="33" />
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="45" />
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="56" />
        <source>Duplicates (same email, or same name without one):</source>
        <translation>Duplikate (gleiche E-Mail oder, ohne E-Mail, gleicher Name):</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="63" />
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="73" />
        <source>&amp;Merge into the existing client</source>
        <translation>Mit dem bestehenden Klienten &amp;zusammenführen</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="77" />
        <source>Choose a CSV or vCard file exported from your contacts or a spreadsheet.</source>
        <translation>Wählen Sie eine CSV- oder vCard-Datei, die aus Ihren Kontakten oder einer Tabellenkalkulation exportiert wurde.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="79" />
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="97" />
        <source>Contacts (*.csv *.vcf *.vcard *.txt);;CSV files (*.csv);;vCard files (*.vcf *.vcard)</source>
        <translation>Kontakte (*.csv *.vcf *.vcard *.txt);;CSV-Dateien (*.csv);;vCard-Dateien (*.vcf *.vcard)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="114" />
        <source>The file is larger than %1 MB.</source>
        <translation>Die Datei ist größer als %1 MB.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="116" />
        <source>Could not read the file: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="151" />
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weitere.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="190" />
        <source>%1 to add, %2 to merge, %3 to skip.</source>
        <translation>%1 hinzuzufügen, %2 zusammenzuführen, %3 zu überspringen.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="205" />
        <source>Imported from %1: %2 added, %3 merged, %4 skipped.</source>
        <translation>Aus %1 importiert: %2 hinzugefügt, %3 zusammengeführt, %4 übersprungen.</translation>
    </message>
</context>
<context>
    <name>md::ImportPreviewModel</name>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="41" />
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="43" />
        <source>Merge (%1)</source>
        <translation>Zusammenführen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="45" />
        <source>Skip (%1)</source>
        <translation>Überspringen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="56" />
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="58" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="60" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="62" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="64" />
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
</context>
<context>
    <name>md::ImportedContact</name>
    <message>
        <location filename="../core/import/ImportedContact.cpp" line="29" />
        <source>Other e-mail: %1</source>
        <translation>Weitere E-Mail: %1</translation>
    </message>
    <message>
        <location filename="../core/import/ImportedContact.cpp" line="32" />
        <source>Other phone: %1</source>
        <translation>Weitere Telefonnummer: %1</translation>
    </message>
</context>
<context>
    <name>md::Invoice</name>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="53" />
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="55" />
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="57" />
        <source>Partially paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="59" />
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="61" />
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="63" />
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
</context>
<context>
    <name>md::InvoiceCsvExporter</name>
    <message>
        <location filename="../core/export/InvoiceCsvExporter.cpp" line="107" />
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>md::InvoiceEditorDialog</name>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="6" />
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="30" />
        <source>New invoice</source>
        <translation>Neue Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="30" />
        <source>Edit draft invoice</source>
        <translation>Rechnungsentwurf bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="53" />
        <source>Add line</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="63" />
        <source>Add held sessions</source>
        <translation>Durchgeführte Sitzungen hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="60" />
        <source>Adds the client's held sessions that are not billed yet and not paid by a package.</source>
        <translation>Fügt die durchgeführten Sitzungen des Klienten hinzu, die noch nicht abgerechnet und nicht über ein Paket bezahlt sind.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="17" />
        <source>&amp;Client:</source>
        <translation>&amp;Klient:</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="70" />
        <source>From price list</source>
        <translation>Aus der Preisliste</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="110" />
        <source>&amp;Notes:</source>
        <translation>&amp;Hinweise:</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="186" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="131" />
        <source>Single sessions added to Billing › Price list appear here.</source>
        <translation>Unter „Abrechnung › Preisliste“ angelegte Einzelsitzungen erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="132" />
        <source>Adds a line priced from the price list.</source>
        <translation>Fügt eine Position mit einem Preis aus der Preisliste hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="77" />
        <source>Remove line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="91" />
        <source>&amp;Tax of the line:</source>
        <translation>&amp;Steuer der Position:</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="101" />
        <source>The tax rate of the selected line, from the business settings.</source>
        <translation>Der Steuersatz der ausgewählten Position aus den Geschäftseinstellungen.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="129" />
        <source>Printed under the lines (optional)</source>
        <translation>Wird unter den Positionen gedruckt (optional)</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="166" />
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="179" />
        <source>Save and issue…</source>
        <translation>Speichern und ausstellen…</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="176" />
        <source>Gives the invoice its number. An issued invoice can no longer be changed, only cancelled by a credit note.</source>
        <translation>Gibt der Rechnung ihre Nummer. Eine ausgestellte Rechnung kann nicht mehr geändert, sondern nur noch durch eine Gutschrift storniert werden.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="268" />
        <source>This client has no held sessions left to bill.</source>
        <translation>Für diesen Klienten sind keine durchgeführten Sitzungen mehr abzurechnen.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="189" />
        <source>This draft was deleted elsewhere. Copy what you need; it can no longer be saved.</source>
        <translation>Dieser Entwurf wurde an anderer Stelle gelöscht. Kopieren Sie, was Sie brauchen; er kann nicht mehr gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="193" />
        <source>This invoice was issued elsewhere as %1 and can no longer be changed.</source>
        <translation>Diese Rechnung wurde an anderer Stelle als %1 ausgestellt und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="196" />
        <source>This draft was changed elsewhere. Saving replaces those changes with yours.</source>
        <translation>Dieser Entwurf wurde an anderer Stelle geändert. Beim Speichern werden diese Änderungen durch Ihre ersetzt.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="272" />
        <source>Add sessions</source>
        <translation>Sitzungen hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="275" />
        <source>Set the session price…</source>
        <translation>Sitzungspreis festlegen…</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="285" />
        <source>Mentoring session</source>
        <translation>Mentoring-Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="323" />
        <source>Net – · Tax – · Total –</source>
        <translation>Netto – · Steuer – · Gesamt –</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="339" />
        <source>%1 % on %2: %3</source>
        <translation>%1 % auf %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="358" />
        <source>Net %1 · Tax %2 · Total %3</source>
        <translation>Netto %1 · Steuer %2 · Gesamt %3</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="398" />
        <source>Issue invoice</source>
        <translation>Rechnung ausstellen</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="399" />
        <source>Issue this invoice for %1?

It gets the next invoice number and can no longer be changed afterwards; mistakes are corrected with a credit note.</source>
        <translation>Diese Rechnung für %1 ausstellen?

Sie erhält die nächste Rechnungsnummer und kann danach nicht mehr geändert werden; Fehler werden mit einer Gutschrift korrigiert.</translation>
    </message>
</context>
<context>
    <name>md::InvoiceLinesModel</name>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="125" />
        <source>Line %1 needs a description.</source>
        <translation>Position %1 braucht eine Beschreibung.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="128" />
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="234" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="236" />
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="238" />
        <source>Unit price (%1)</source>
        <translation>Einzelpreis (%1)</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="240" />
        <source>Tax %</source>
        <translation>Steuer %</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="242" />
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>md::InvoiceListModel</name>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="193" />
        <location filename="../ui/billing/InvoiceListModel.cpp" line="231" />
        <source>Draft %1</source>
        <translation>Entwurf %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="194" />
        <location filename="../ui/billing/InvoiceListModel.cpp" line="231" />
        <source>%1 (credit note)</source>
        <translation>%1 (Gutschrift)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/InvoiceListModel.cpp" line="201" />
        <location filename="../ui/billing/InvoiceListModel.cpp" line="225" />
        <source>Overdue (%n day(s))</source>
        <translation>
            <numerusform>Überfällig (%n Tag)</numerusform>
            <numerusform>Überfällig (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="203" />
        <location filename="../ui/billing/InvoiceListModel.cpp" line="225" />
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="239" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="241" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="243" />
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="245" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="247" />
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="249" />
        <source>Outstanding</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="251" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>md::InvoiceMath</name>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="41" />
        <source>"%1" is not a quantity (write a number such as 1 or 1.5, with at most three decimals, not zero).</source>
        <translation>„%1“ ist keine Menge (geben Sie eine Zahl wie 1 oder 1,5 mit höchstens drei Nachkommastellen ein, nicht null).</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="62" />
        <source>"%1" is not a tax rate (write a percentage between 0 and 100 such as 19 or 7.5).</source>
        <translation>„%1“ ist kein Steuersatz (geben Sie einen Prozentsatz zwischen 0 und 100 ein, z. B. 19 oder 7,5).</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="80" />
        <source>A line's quantity must be between 0.001 and 1,000,000.</source>
        <translation>Die Menge einer Position muss zwischen 0,001 und 1.000.000 liegen.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="82" />
        <source>A line's unit price is too large.</source>
        <translation>Der Einzelpreis einer Position ist zu hoch.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="85" />
        <source>A tax rate must be between 0 and 100 percent.</source>
        <translation>Ein Steuersatz muss zwischen 0 und 100 Prozent liegen.</translation>
    </message>
</context>
<context>
    <name>md::InvoiceNumberPattern</name>
    <message>
        <location filename="../core/billing/InvoiceNumberPattern.cpp" line="27" />
        <source>The invoice number pattern pads to at most 9 digits.</source>
        <translation>Das Schema der Rechnungsnummer füllt auf höchstens 9 Stellen auf.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceNumberPattern.cpp" line="36" />
        <source>The invoice number pattern "%1" has an unknown {token}; use {YYYY}, {YY} and {NNNN}.</source>
        <translation>Das Schema der Rechnungsnummer „%1“ enthält einen unbekannten {Platzhalter}; verwenden Sie {YYYY}, {YY} und {NNNN}.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceNumberPattern.cpp" line="41" />
        <source>The invoice number pattern "%1" needs a year ({YYYY} or {YY}) and exactly one sequence number ({NNNN}), because numbering restarts every year.</source>
        <translation>Das Schema der Rechnungsnummer „%1“ braucht ein Jahr ({YYYY} oder {YY}) und genau eine laufende Nummer ({NNNN}), da die Nummerierung jedes Jahr neu beginnt.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceNumberPattern.cpp" line="48" />
        <source>The invoice number pattern "%1" is too long or holds a \ or ".</source>
        <translation>Das Schema der Rechnungsnummer „%1“ ist zu lang oder enthält ein \ oder ".</translation>
    </message>
</context>
<context>
    <name>md::InvoicePdfRenderer</name>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="107" />
        <source>Tax ID %1</source>
        <translation>Steuernummer %1</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="113" />
        <source>Draft invoice %1.pdf</source>
        <translation>Rechnungsentwurf %1.pdf</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="116" />
        <source>Credit note %1.pdf</source>
        <translation>Gutschrift %1.pdf</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="116" />
        <source>Invoice %1.pdf</source>
        <translation>Rechnung %1.pdf</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="139" />
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="140" />
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="143" />
        <source>DRAFT – not a valid invoice</source>
        <translation>ENTWURF – keine gültige Rechnung</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="145" />
        <source>Credit note no.</source>
        <translation>Gutschrift Nr.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="146" />
        <source>Invoice no.</source>
        <translation>Rechnungsnr.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="148" />
        <source>(draft)</source>
        <translation>(Entwurf)</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="149" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="154" />
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="159" />
        <source>Corrects invoice</source>
        <translation>Korrigiert Rechnung</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="162" />
        <source>Tax ID</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="163" />
        <source>BILL TO</source>
        <translation>RECHNUNGSEMPFÄNGER</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="167" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="168" />
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="170" />
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="171" />
        <source>Tax</source>
        <translation>USt.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="172" />
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="197" />
        <source>Subtotal (net)</source>
        <translation>Zwischensumme (netto)</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="206" />
        <source>Tax %1 % on %2</source>
        <translation>USt. %1 % auf %2</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="214" />
        <source>Total tax</source>
        <translation>Summe USt.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="220" />
        <source>Total credited</source>
        <translation>Gutgeschrieben gesamt</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="221" />
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="233" />
        <source>Paid / credit applied</source>
        <translation>Bezahlt / Guthaben verrechnet</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="235" />
        <source>Paid and credited</source>
        <translation>Bezahlt und gutgeschrieben</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="236" />
        <source>Cancelled by credit note</source>
        <translation>Storniert durch Gutschrift</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="238" />
        <source>Balance due</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="245" />
        <source>PAYMENT</source>
        <translation>ZAHLUNG</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="255" />
        <source>The amount of %1 is credited to your account or refunded.</source>
        <translation>Der Betrag von %1 wird Ihrem Konto gutgeschrieben oder erstattet.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="260" />
        <source>Nothing is to be paid or refunded: the invoice is cancelled.</source>
        <translation>Es ist nichts zu zahlen oder zu erstatten: Die Rechnung ist storniert.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="265" />
        <source>Nothing is due: this invoice has been cancelled by a credit note.</source>
        <translation>Es ist nichts fällig: Diese Rechnung wurde durch eine Gutschrift storniert.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="268" />
        <source>Nothing is due: this invoice has been paid.</source>
        <translation>Es ist nichts fällig: Diese Rechnung wurde bezahlt.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="273" />
        <source>the invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="276" />
        <source>Please transfer %1 by %2, quoting %3.</source>
        <translation>Bitte überweisen Sie %1 bis zum %2. Verwendungszweck: %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="279" />
        <source>Please transfer %1 within %n day(s), quoting %2.</source>
        <translation>
            <numerusform>Bitte überweisen Sie %1 innerhalb von %n Tag. Verwendungszweck: %2.</numerusform>
            <numerusform>Bitte überweisen Sie %1 innerhalb von %n Tagen. Verwendungszweck: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="285" />
        <source>Account holder</source>
        <translation>Kontoinhaber</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="289" />
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="291" />
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="293" />
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="304" />
        <source>Thank you for your trust.</source>
        <translation>Vielen Dank für Ihr Vertrauen.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="333" />
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="339" />
        <source>The invoice has no lines to print.</source>
        <translation>Die Rechnung hat keine Positionen, die gedruckt werden könnten.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="300" />
        <source>CANCELLATION POLICY</source>
        <translation>ABSAGEREGELUNG</translation>
    </message>
</context>
<context>
    <name>md::InvoiceReadiness</name>
    <message>
        <location filename="../core/billing/InvoiceReadiness.cpp" line="12" />
        <source>your name</source>
        <translation>Ihren Namen</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceReadiness.cpp" line="14" />
        <source>your address</source>
        <translation>Ihre Adresse</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceReadiness.cpp" line="16" />
        <source>your tax number</source>
        <translation>Ihre Steuernummer</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceReadiness.cpp" line="18" />
        <source>%1's billing address</source>
        <translation>die Rechnungsadresse von %1</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceReadiness.cpp" line="20" />
        <source>your bank details</source>
        <translation>Ihre Bankverbindung</translation>
    </message>
</context>
<context>
    <name>md::InvoiceRecipient</name>
    <message>
        <location filename="../core/billing/InvoiceRecipient.cpp" line="10" />
        <source>Choose a client.</source>
        <translation>Wählen Sie einen Klienten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/InvoiceRecipient.cpp" line="14" />
        <source>The billing name is longer than %n character(s).</source>
        <translation>
            <numerusform>Der Rechnungsname ist länger als %n Zeichen.</numerusform>
            <numerusform>Der Rechnungsname ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/InvoiceRecipient.cpp" line="18" />
        <source>The address has more than %n line(s).</source>
        <translation>
            <numerusform>Die Adresse hat mehr als %n Zeile.</numerusform>
            <numerusform>Die Adresse hat mehr als %n Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/InvoiceRecipient.cpp" line="22" />
        <source>An address line is longer than %n character(s).</source>
        <translation>
            <numerusform>Eine Adresszeile ist länger als %n Zeichen.</numerusform>
            <numerusform>Eine Adresszeile ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceRecipient.cpp" line="30" />
        <source>'%1' is not a tax id: use letters, digits, spaces, '.', '/' or '-', at most %2 characters.</source>
        <translation>„%1“ ist keine Steuernummer: Verwenden Sie Buchstaben, Ziffern, Leerzeichen, „.“, „/“ oder „-“, höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceRecipient.cpp" line="37" />
        <source>'%1' is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>md::InvoiceRecipientRepository</name>
    <message>
        <location filename="../core/storage/InvoiceRecipientRepository.cpp" line="21" />
        <location filename="../core/storage/InvoiceRecipientRepository.cpp" line="30" />
        <source>Could not read the billing address</source>
        <translation>Die Rechnungsadresse konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRecipientRepository.cpp" line="47" />
        <source>Could not save the billing address</source>
        <translation>Die Rechnungsadresse konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>md::InvoiceRepository</name>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="24" />
        <source>Choose the client to invoice.</source>
        <translation>Wählen Sie den Klienten, an den die Rechnung geht.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="27" />
        <source>"%1" is not an ISO 4217 currency code.</source>
        <translation>„%1“ ist kein ISO-4217-Währungscode.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="30" />
        <source>A credit note must refer to the invoice it corrects.</source>
        <translation>Eine Gutschrift muss sich auf die Rechnung beziehen, die sie korrigiert.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="32" />
        <source>Only a credit note refers to an invoice.</source>
        <translation>Nur eine Gutschrift bezieht sich auf eine Rechnung.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="35" />
        <source>Every line needs a description.</source>
        <translation>Jede Position braucht eine Beschreibung.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="47" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="71" />
        <source>Could not save the invoice lines</source>
        <translation>Die Rechnungspositionen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="86" />
        <source>Could not save the invoice totals</source>
        <translation>Die Rechnungssummen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="114" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="169" />
        <source>Could not save the invoice</source>
        <translation>Die Rechnung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="151" />
        <source>Invoice %1 has been issued and can no longer be changed. Issue a credit note to correct it.</source>
        <translation>Die Rechnung %1 wurde ausgestellt und kann nicht mehr geändert werden. Stellen Sie zur Korrektur eine Gutschrift aus.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="181" />
        <source>Invoice %1 has been issued and cannot be deleted. Issue a credit note to cancel it.</source>
        <translation>Die Rechnung %1 wurde ausgestellt und kann nicht gelöscht werden. Stellen Sie zur Stornierung eine Gutschrift aus.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="188" />
        <source>Could not delete the draft</source>
        <translation>Der Entwurf konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="204" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="221" />
        <source>Could not read the invoice lines</source>
        <translation>Die Rechnungspositionen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="101" />
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="108" />
        <source>Could not read the invoices</source>
        <translation>Die Rechnungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="129" />
        <source>There is no invoice with id %1.</source>
        <translation>Es gibt keine Rechnung mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="202" />
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="214" />
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="223" />
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="230" />
        <source>Could not read the revenue</source>
        <translation>Der Umsatz konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="230" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="234" />
        <source>Could not read the invoice numbers</source>
        <translation>Die Rechnungsnummern konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="324" />
        <source>Invoice %1 has already been issued.</source>
        <translation>Die Rechnung %1 wurde bereits ausgestellt.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="241" />
        <source>An invoice needs at least one line.</source>
        <translation>Eine Rechnung braucht mindestens eine Position.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="245" />
        <source>An invoice cannot have a negative total; issue a credit note instead.</source>
        <translation>Eine Rechnung kann keinen negativen Gesamtbetrag haben; stellen Sie stattdessen eine Gutschrift aus.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="249" />
        <source>A credit note cannot have a positive total.</source>
        <translation>Eine Gutschrift kann keinen positiven Gesamtbetrag haben.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="252" />
        <source>The due date cannot be before the issue date.</source>
        <translation>Das Fälligkeitsdatum darf nicht vor dem Ausstellungsdatum liegen.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="271" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="277" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="282" />
        <source>Could not number the invoice</source>
        <translation>Die Rechnung konnte nicht nummeriert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="301" />
        <source>Could not issue the invoice</source>
        <translation>Die Rechnung konnte nicht ausgestellt werden</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="303" />
        <source>The invoice was issued meanwhile.</source>
        <translation>Die Rechnung wurde inzwischen ausgestellt.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="340" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="345" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="368" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="373" />
        <source>Could not read what was billed</source>
        <translation>Es konnte nicht gelesen werden, was abgerechnet wurde</translation>
    </message>
</context>
<context>
    <name>md::IssueNotice</name>
    <message>
        <location filename="../ui/billing/IssueNotice.cpp" line="34" />
        <source>your details under Billing › Settings › Your name and address</source>
        <translation>Ihre Angaben unter „Abrechnung › Einstellungen › Ihr Name und Ihre Adresse“</translation>
    </message>
    <message>
        <location filename="../ui/billing/IssueNotice.cpp" line="38" />
        <source>the bank details under Billing › Settings › Business settings</source>
        <translation>die Bankverbindung unter „Abrechnung › Einstellungen › Geschäftseinstellungen“</translation>
    </message>
    <message>
        <location filename="../ui/billing/IssueNotice.cpp" line="41" />
        <source>the client's address with Billing details… on the client's page</source>
        <translation>die Adresse des Klienten über „Rechnungsangaben…“ auf der Seite des Klienten</translation>
    </message>
    <message>
        <location filename="../ui/billing/IssueNotice.cpp" line="43" />
        <source>

The invoice will not show %1. An issued invoice cannot be changed, so set %2 first if it needs them.</source>
        <translation>

Die Rechnung wird %1 nicht enthalten. Eine ausgestellte Rechnung kann nicht geändert werden; legen Sie daher zuerst %2 fest, falls sie benötigt werden.</translation>
    </message>
</context>
<context>
    <name>md::KeyStore</name>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="28" />
        <source>The keychain holds no key for this workspace, or it is locked.</source>
        <translation>Der Schlüsselbund enthält keinen Schlüssel für diesen Arbeitsbereich oder ist gesperrt.</translation>
    </message>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="33" />
        <source>The keychain is locked or refused access.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="37" />
        <source>No keychain is available on this computer.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="40" />
        <source>The keychain of this computer did not answer.</source>
        <translation>Der Schlüsselbund dieses Computers hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>md::LockedPage</name>
    <message>
        <location filename="../ui/LockedPage.cpp" line="34" />
        <source>&amp;Unlock…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="36" />
        <source>&amp;Create Workspace…</source>
        <translation>Arbeitsbereich &amp;anlegen…</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="38" />
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="69" />
        <source>MentorDesk is locked</source>
        <translation>MentorDesk ist gesperrt</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="69" />
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="71" />
        <source>Your client records are encrypted and closed. Unlock with your passphrase or your recovery key.

%1</source>
        <translation>Ihre Klientenakten sind verschlüsselt und geschlossen. Entsperren Sie mit Ihrer Passphrase oder Ihrem Wiederherstellungsschlüssel.

%1</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="74" />
        <source>Create a new encrypted workspace for your client records, or open one you already have.</source>
        <translation>Legen Sie einen neuen verschlüsselten Arbeitsbereich für Ihre Klientenakten an oder öffnen Sie einen vorhandenen.</translation>
    </message>
</context>
<context>
    <name>md::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="50" />
        <location filename="../ui/MainWindow.cpp" line="411" />
        <location filename="../ui/MainWindow.cpp" line="430" />
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60" />
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112" />
        <source>Clients</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162" />
        <source>&amp;New Client</source>
        <translation>&amp;Neuer Klient</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169" />
        <source>&amp;Import Clients…</source>
        <translation>Klienten &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175" />
        <source>&amp;Export Workspace…</source>
        <translation>Arbeitsbereich &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180" />
        <source>Exported the workspace (not encrypted) into %1.</source>
        <translation>Arbeitsbereich nach %1 exportiert (nicht verschlüsselt).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186" />
        <source>Calendar &amp;Account…</source>
        <translation>&amp;Kalenderkonto…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191" />
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196" />
        <source>Change &amp;Passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="200" />
        <source>New &amp;Recovery Key…</source>
        <translation>Neuer &amp;Wiederherstellungsschlüssel…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204" />
        <source>&amp;Back Up Now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208" />
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung wieder&amp;herstellen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212" />
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="217" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="223" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225" />
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263" />
        <source>&amp;Compact Sidebar</source>
        <translation>&amp;Kompakte Seitenleiste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268" />
        <source>Show the areas as icons only, to give the page more room</source>
        <translation>Die Bereiche nur als Symbole anzeigen, um der Seite mehr Platz zu geben</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="271" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="272" />
        <source>&amp;User Guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="277" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="281" />
        <source>&amp;About MentorDesk</source>
        <translation>Ü&amp;ber MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="285" />
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="410" />
        <source>Workspace folder</source>
        <translation>Arbeitsbereichsordner</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="429" />
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="430" />
        <source>MentorDesk (locked)</source>
        <translation>MentorDesk (gesperrt)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="490" />
        <source>About MentorDesk</source>
        <translation>Über MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="491" />
        <source>&lt;h3&gt;MentorDesk %1&lt;/h3&gt;&lt;p&gt;Clients, engagements, agreements, sessions and billing for independent mentors, kept in an encrypted workspace on your own computer.&lt;/p&gt;&lt;p&gt;Encryption: SQLCipher with a random 256-bit key; your passphrase protects it with Argon2id.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MentorDesk %1&lt;/h3&gt;&lt;p&gt;Klienten, Mandate, Vereinbarungen, Sitzungen und Abrechnung für unabhängige Mentorinnen und Mentoren – in einem verschlüsselten Arbeitsbereich auf Ihrem eigenen Computer.&lt;/p&gt;&lt;p&gt;Verschlüsselung: SQLCipher mit einem zufälligen 256-Bit-Schlüssel; Ihre Passphrase schützt ihn mit Argon2id.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>md::MentorLetterhead</name>
    <message>
        <location filename="../core/export/MentorLetterhead.cpp" line="24" />
        <source>Tax ID %1</source>
        <translation>Steuernummer %1</translation>
    </message>
</context>
<context>
    <name>md::MentorProfileDialog</name>
    <message>
        <location filename="../ui/agreements/MentorProfileDialog.cpp" line="14" />
        <source>Mentor profile</source>
        <translation>Mentorenprofil</translation>
    </message>
</context>
<context>
    <name>md::MentorProfilePage</name>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="188" />
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="203" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="199" />
        <source>Choose &amp;logo…</source>
        <translation>Logo &amp;wählen…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="206" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="236" />
        <source>Load from &amp;image…</source>
        <translation>Aus &amp;Bild laden…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="243" />
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="34" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="19" />
        <source>Your profile was changed elsewhere while you were editing it. Saving replaces that change with what you see here.</source>
        <translation>Ihr Profil wurde an anderer Stelle geändert, während Sie es bearbeitet haben. Beim Speichern wird diese Änderung durch das ersetzt, was Sie hier sehen.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="47" />
        <source>&amp;Business name:</source>
        <translation>&amp;Firmenname:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="60" />
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="77" />
        <source>&amp;Tax ID:</source>
        <translation>&amp;Steuernummer:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="90" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="103" />
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="116" />
        <source>&amp;Documents in:</source>
        <translation>&amp;Dokumentsprache:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="126" />
        <source>The language of your own documents, and of the documents of every client without a language of their own</source>
        <translation>Die Sprache Ihrer eigenen Dokumente und der Dokumente aller Klienten, für die keine eigene festgelegt ist</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="133" />
        <source>Co&amp;untry:</source>
        <translation>L&amp;and:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="145" />
        <source>The country of your business: it decides the legal wording of a small-business exemption on your invoices</source>
        <translation>Das Land Ihres Unternehmens: Es bestimmt den rechtlichen Wortlaut der Kleinunternehmerregelung auf Ihren Rechnungen</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="158" />
        <source>The two-letter ISO code of the country, such as NL</source>
        <translation>Der zweistellige ISO-Code des Landes, z. B. DE</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="174" />
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="222" />
        <source>Stored signature:</source>
        <translation>Gespeicherte Unterschrift:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="9" />
        <source>Agreements show these details in the letterhead and the parties. The stored signature can be used when you sign on screen. Everything stays in the encrypted workspace.</source>
        <translation>Vereinbarungen zeigen diese Angaben im Briefkopf und bei den Parteien. Die gespeicherte Unterschrift kann verwendet werden, wenn Sie am Bildschirm unterschreiben. Alles bleibt im verschlüsselten Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="120" />
        <source>Same as the interface (%1)</source>
        <translation>Wie die Oberfläche (%1)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="123" />
        <source>From your IBAN or VAT number</source>
        <translation>Aus Ihrer IBAN oder USt-IdNr. ermittelt</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="125" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="126" />
        <source>Other…</source>
        <translation>Anderes…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="168" />
        <source>Enter the two-letter code of your country, such as NL.</source>
        <translation>Geben Sie den zweistelligen Code Ihres Landes ein, z. B. DE.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="171" />
        <source>"%1" is not a country code (two letters, such as NL).</source>
        <translation>„%1“ ist kein Ländercode (zwei Buchstaben, z. B. DE).</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="182" />
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="187" />
        <source>Choose a logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="193" />
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="202" />
        <source>Choose an image of your signature</source>
        <translation>Bild Ihrer Unterschrift wählen</translation>
    </message>
</context>
<context>
    <name>md::MentorProfileRepository</name>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="54" />
        <location filename="../core/storage/MentorProfileRepository.cpp" line="72" />
        <source>Could not read the mentor profile</source>
        <translation>Das Mentorenprofil konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="77" />
        <source>The logo image is too large (at most 2 MB).</source>
        <translation>Das Logo ist zu groß (höchstens 2 MB).</translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="78" />
        <source>The logo image could not be read. Use a PNG or JPEG file.</source>
        <translation>Das Logo konnte nicht gelesen werden. Verwenden Sie eine PNG- oder JPEG-Datei.</translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="82" />
        <source>The signature image is too large (at most 2 MB).</source>
        <translation>Das Bild der Unterschrift ist zu groß (höchstens 2 MB).</translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="83" />
        <source>The signature image could not be read. Use a PNG or JPEG file.</source>
        <translation>Das Bild der Unterschrift konnte nicht gelesen werden. Verwenden Sie eine PNG- oder JPEG-Datei.</translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="98" />
        <source>Could not save the mentor profile</source>
        <translation>Das Mentorenprofil konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>md::Migrator</name>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="60" />
        <source>This workspace was saved by a newer version of MentorDesk (data format %1; this version knows up to %2). Update MentorDesk to open it. Nothing was changed.</source>
        <translation>Dieser Arbeitsbereich wurde mit einer neueren Version von MentorDesk gespeichert (Datenformat %1; diese Version kennt bis %2). Aktualisieren Sie MentorDesk, um ihn zu öffnen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="71" />
        <source>Could not update the workspace to data format %1: %2</source>
        <translation>Der Arbeitsbereich konnte nicht auf das Datenformat %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="87" />
        <source>Could not update the workspace to data format %1 (%2): %3</source>
        <translation>Der Arbeitsbereich konnte nicht auf das Datenformat %1 (%2) aktualisiert werden: %3</translation>
    </message>
</context>
<context>
    <name>md::Money</name>
    <message>
        <location filename="../core/billing/Money.cpp" line="45" />
        <source>"%1" is not an ISO 4217 currency code.</source>
        <translation>„%1“ ist kein ISO-4217-Währungscode.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/Money.cpp" line="52" />
        <source>"%1" is not an amount in %2 (write it like %3, with at most %n decimal(s) and no thousands separators).</source>
        <translation>
            <numerusform>„%1“ ist kein Betrag in %2 (schreiben Sie ihn wie %3, mit höchstens %n Nachkommastelle und ohne Tausendertrennzeichen).</numerusform>
            <numerusform>„%1“ ist kein Betrag in %2 (schreiben Sie ihn wie %3, mit höchstens %n Nachkommastellen und ohne Tausendertrennzeichen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/Money.cpp" line="90" />
        <source>"%1" is not an amount (write it like %2).</source>
        <translation>„%1“ ist kein Betrag (schreiben Sie ihn wie %2).</translation>
    </message>
</context>
<context>
    <name>md::MonthView</name>
    <message>
        <location filename="../ui/calendar/MonthView.cpp" line="21" />
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../ui/calendar/MonthView.cpp" line="171" />
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <location filename="../ui/calendar/MonthView.cpp" line="194" />
        <source>Busy</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location filename="../ui/calendar/MonthView.cpp" line="278" />
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
</context>
<context>
    <name>md::MoveFlow</name>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="30" />
        <location filename="../ui/pipeline/MoveFlow.cpp" line="36" />
        <location filename="../ui/pipeline/MoveFlow.cpp" line="86" />
        <source>Move Engagement</source>
        <translation>Phase wechseln</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="37" />
        <source>"%1" cannot move from "%2" to "%3". Engagements move one stage forward at a time, or back where rework makes sense.</source>
        <translation>„%1“ kann nicht von „%2“ nach „%3“ wechseln. Mandate rücken jeweils eine Phase vor oder gehen zurück, wo Nacharbeit sinnvoll ist.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="48" />
        <source>Move Engagement Back</source>
        <translation>Mandat zurückstufen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="49" />
        <source>Why does "%1" go back from "%2" to "%3"? The reason is recorded in the timeline.</source>
        <translation>Warum geht „%1“ von „%2“ zurück nach „%3“? Die Begründung wird im Zeitverlauf festgehalten.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="57" />
        <source>Close Engagement Early</source>
        <translation>Mandat vorzeitig schließen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="58" />
        <source>Why does "%1" close early? The reason is kept with the engagement.</source>
        <translation>Warum wird „%1“ vorzeitig geschlossen? Die Begründung wird beim Mandat aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="66" />
        <source>End Engagement</source>
        <translation>Mandat beenden</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="67" />
        <source>How did "%1" go? This note is kept as its outcome (optional).</source>
        <translation>Wie ist „%1“ verlaufen? Diese Notiz wird als Ergebnis aufbewahrt (optional).</translation>
    </message>
</context>
<context>
    <name>md::NeedListModel</name>
    <message>
        <location filename="../ui/pipeline/NeedListModel.cpp" line="124" />
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedListModel.cpp" line="126" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedListModel.cpp" line="128" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedListModel.cpp" line="130" />
        <source>Profile links</source>
        <translation>Bezüge zum Profil</translation>
    </message>
</context>
<context>
    <name>md::NeedRepository</name>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="78" />
        <location filename="../core/storage/NeedRepository.cpp" line="110" />
        <source>Could not save the need</source>
        <translation>Der Bedarf konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="123" />
        <location filename="../core/storage/NeedRepository.cpp" line="126" />
        <source>Could not read the need</source>
        <translation>Der Bedarf konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="127" />
        <source>There is no need with id %1.</source>
        <translation>Es gibt keinen Bedarf mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="140" />
        <location filename="../core/storage/NeedRepository.cpp" line="145" />
        <source>Could not read the needs</source>
        <translation>Der Bedarf konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="158" />
        <source>Could not delete the need</source>
        <translation>Der Bedarf konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>md::NeedsTab</name>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="56" />
        <source>What the mentee needs, in their words.</source>
        <translation>Was der Mentee braucht, in seinen eigenen Worten.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="75" />
        <source>&amp;Need:</source>
        <translation>&amp;Bedarf:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="76" />
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="77" />
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="78" />
        <source>Builds on &amp;strengths:</source>
        <translation>Baut auf S&amp;tärken auf:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="79" />
        <source>Addresses &amp;weaknesses:</source>
        <translation>Geht Sch&amp;wächen an:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="83" />
        <source>&amp;New Need</source>
        <translation>&amp;Neuer Bedarf</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="83" />
        <source>&amp;Save Need</source>
        <translation>Bedarf &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="83" />
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="223" />
        <source>Saved the need.</source>
        <translation>Bedarf gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="230" />
        <source>Delete Need</source>
        <translation>Bedarf löschen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="231" />
        <source>Delete this need? Goals linked to it lose the link.</source>
        <translation>Diesen Bedarf löschen? Damit verknüpfte Ziele verlieren die Verknüpfung.</translation>
    </message>
</context>
<context>
    <name>md::NewAgreementDialog</name>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="6" />
        <source>New agreement</source>
        <translation>Neue Vereinbarung</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="126" />
        <source>Ends on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="30" />
        <source>&amp;Engagement:</source>
        <translation>&amp;Mandat:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="17" />
        <source>&amp;Client:</source>
        <translation>&amp;Klient:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="43" />
        <source>This client has no engagement yet: start one here</source>
        <translation>Dieser Klient hat noch kein Mandat: Beginnen Sie hier eines</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="49" />
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="59" />
        <source>e.g. Stepping into a first leadership role</source>
        <translation>z. B. Der Schritt in die erste Führungsrolle</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="66" />
        <source>&amp;Starts on:</source>
        <translation>&amp;Beginnt am:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="92" />
        <source>Start &amp;engagement</source>
        <translation>Mandat b&amp;eginnen</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="104" />
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="117" />
        <source>End date:</source>
        <translation>Enddatum:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="163" />
        <source>Open mentor &amp;profile…</source>
        <translation>Mentoren&amp;profil öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="170" />
        <source>Go to the c&amp;lient</source>
        <translation>Zum K&amp;lienten</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="177" />
        <source>Go to the e&amp;ngagement</source>
        <translation>Zum Ma&amp;ndat</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.cpp" line="32" />
        <source>&amp;Generate draft</source>
        <translation>Entwurf er&amp;stellen</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.cpp" line="95" />
        <source>There is no client yet. Add the client on the Clients page first: an agreement is made with a client, for an engagement.</source>
        <translation>Es gibt noch keinen Klienten. Legen Sie den Klienten zuerst auf der Seite „Klienten“ an: Eine Vereinbarung wird mit einem Klienten für ein Mandat geschlossen.</translation>
    </message>
</context>
<context>
    <name>md::NewEngagementDialog</name>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="6" />
        <source>New Engagement</source>
        <translation>Neues Mandat</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="37" />
        <source>e.g. First steps as a team lead</source>
        <translation>z. B. Erste Schritte als Teamleitung</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="71" />
        <source>Not decided</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="14" />
        <source>&amp;Client:</source>
        <translation>&amp;Klient:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="27" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="44" />
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="61" />
        <source>Planned s&amp;essions:</source>
        <translation>&amp;Geplante Sitzungen:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="84" />
        <source>C&amp;adence:</source>
        <translation>&amp;Rhythmus:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="97" />
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.cpp" line="37" />
        <source>Add a client first (Clients page).</source>
        <translation>Legen Sie zuerst einen Klienten an (Seite „Klienten“).</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.cpp" line="39" />
        <source>&amp;Start Engagement</source>
        <translation>&amp;Mandat beginnen</translation>
    </message>
</context>
<context>
    <name>md::NewPassphraseWidget</name>
    <message>
        <location filename="../ui/security/NewPassphraseWidget.cpp" line="32" />
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <location filename="../ui/security/NewPassphraseWidget.cpp" line="57" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/security/NewPassphraseWidget.cpp" line="59" />
        <source>&amp;Repeat passphrase:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <location filename="../ui/security/NewPassphraseWidget.cpp" line="143" />
        <source>The passphrases do not match.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>md::NewRecoveryKeyDialog</name>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="23" />
        <source>New Recovery Key</source>
        <translation>Neuer Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="29" />
        <source>A new recovery key replaces the current one, which then no longer opens this workspace. Do this when the old key may have been seen by someone else, or is lost.

MentorDesk re-encrypts the workspace under the new key; your passphrase stays the same.</source>
        <translation>Ein neuer Wiederherstellungsschlüssel ersetzt den aktuellen, der diesen Arbeitsbereich danach nicht mehr öffnet. Tun Sie dies, wenn jemand anderes den alten Schlüssel gesehen haben könnte oder wenn er verloren gegangen ist.

MentorDesk verschlüsselt den Arbeitsbereich mit dem neuen Schlüssel neu; Ihre Passphrase bleibt dieselbe.</translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="42" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="59" />
        <source>&amp;Create New Key</source>
        <translation>Neuen Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="121" />
        <source>The passphrase is not correct.</source>
        <translation>Die Passphrase ist nicht richtig.</translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="131" />
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
</context>
<context>
    <name>md::Offering</name>
    <message>
        <location filename="../core/billing/Offering.cpp" line="35" />
        <source>Single session</source>
        <translation>Einzelsitzung</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="37" />
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="39" />
        <source>Monthly retainer</source>
        <translation>Monatspauschale</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="50" />
        <source>Give the price-list entry a name.</source>
        <translation>Geben Sie dem Eintrag in der Preisliste einen Namen.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="52" />
        <source>The price has no valid currency.</source>
        <translation>Der Preis hat keine gültige Währung.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="54" />
        <source>The price must be zero or more.</source>
        <translation>Der Preis muss null oder höher sein.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="57" />
        <source>A tax rate must be between 0 and 100 percent.</source>
        <translation>Ein Steuersatz muss zwischen 0 und 100 Prozent liegen.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="60" />
        <source>A package includes between 1 and 1000 sessions.</source>
        <translation>Ein Paket umfasst zwischen 1 und 1000 Sitzungen.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="63" />
        <source>A package is valid for 0 (no expiry) to 120 months.</source>
        <translation>Ein Paket ist 0 (unbegrenzt) bis 120 Monate gültig.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="68" />
        <source>%1 of %2 used</source>
        <translation>%1 von %2 verbraucht</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="73" />
        <source>%1, valid until %2</source>
        <translation>%1, gültig bis %2</translation>
    </message>
</context>
<context>
    <name>md::OfferingDialog</name>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="6" />
        <location filename="../ui/billing/OfferingDialog.cpp" line="18" />
        <source>New price-list entry</source>
        <translation>Neuer Eintrag in der Preisliste</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.cpp" line="18" />
        <source>Edit price-list entry</source>
        <translation>Eintrag in der Preisliste bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.cpp" line="26" />
        <source>&amp;Price before tax (%1):</source>
        <translation>Netto&amp;preis (%1):</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="17" />
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="30" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="43" />
        <source>&amp;Price before tax:</source>
        <translation>Netto&amp;preis:</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="56" />
        <source>&amp;Tax rate (%):</source>
        <translation>&amp;Steuersatz (%):</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="69" />
        <source>&amp;Sessions in the package:</source>
        <translation>Si&amp;tzungen im Paket:</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="89" />
        <source>&amp;Valid for (months):</source>
        <translation>&amp;Gültig für (Monate):</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="99" />
        <source>no expiry</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="109" />
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
</context>
<context>
    <name>md::OfferingListModel</name>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="132" />
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/OfferingListModel.cpp" line="142" />
        <source>%n session(s), valid %1 months</source>
        <translation>
            <numerusform>%n Sitzung, %1 Monate gültig</numerusform>
            <numerusform>%n Sitzungen, %1 Monate gültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/OfferingListModel.cpp" line="144" />
        <source>%n session(s), no expiry</source>
        <translation>
            <numerusform>%n Sitzung, unbegrenzt gültig</numerusform>
            <numerusform>%n Sitzungen, unbegrenzt gültig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="146" />
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="158" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="160" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="162" />
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="164" />
        <source>Tax %</source>
        <translation>Steuer %</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="166" />
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
</context>
<context>
    <name>md::OfferingRepository</name>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="64" />
        <location filename="../core/storage/OfferingRepository.cpp" line="79" />
        <source>Could not save the price-list entry</source>
        <translation>Der Eintrag in der Preisliste konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="82" />
        <location filename="../core/storage/OfferingRepository.cpp" line="105" />
        <source>There is no price-list entry with id %1.</source>
        <translation>Es gibt keinen Eintrag in der Preisliste mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="91" />
        <source>Could not delete the price-list entry</source>
        <translation>Der Eintrag in der Preisliste konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="100" />
        <location filename="../core/storage/OfferingRepository.cpp" line="103" />
        <location filename="../core/storage/OfferingRepository.cpp" line="115" />
        <location filename="../core/storage/OfferingRepository.cpp" line="120" />
        <location filename="../core/storage/OfferingRepository.cpp" line="131" />
        <location filename="../core/storage/OfferingRepository.cpp" line="134" />
        <source>Could not read the price list</source>
        <translation>Die Preisliste konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="137" />
        <source>The price list has no %1 entry.</source>
        <translation>Die Preisliste hat keinen Eintrag „%1“.</translation>
    </message>
</context>
<context>
    <name>md::OverdueInvoiceModel</name>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="305" />
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="307" />
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="309" />
        <source>Outstanding</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="311" />
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
</context>
<context>
    <name>md::PackageCredits</name>
    <message>
        <location filename="../core/billing/PackageCredits.cpp" line="80" />
        <source>Could not read the session's engagement</source>
        <translation>Das Mandat der Sitzung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/billing/PackageCredits.cpp" line="91" />
        <source>Could not read the client's packages</source>
        <translation>Die Pakete des Klienten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/billing/PackageCredits.cpp" line="103" />
        <source>Could not read the packages</source>
        <translation>Die Pakete konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>md::PackageListModel</name>
    <message>
        <location filename="../ui/billing/PackageListModel.cpp" line="58" />
        <source> (expired)</source>
        <translation> (abgelaufen)</translation>
    </message>
    <message>
        <location filename="../ui/billing/PackageListModel.cpp" line="61" />
        <source>%1 – %2: %3%4</source>
        <translation>%1 – %2: %3%4</translation>
    </message>
    <message>
        <location filename="../ui/billing/PackageListModel.cpp" line="63" />
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
</context>
<context>
    <name>md::PackageRepository</name>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="59" />
        <source>Choose the engagement the package is for.</source>
        <translation>Wählen Sie das Mandat, für das das Paket gilt.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="61" />
        <source>Describe the package.</source>
        <translation>Beschreiben Sie das Paket.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="63" />
        <source>A package includes at least one session.</source>
        <translation>Ein Paket umfasst mindestens eine Sitzung.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="65" />
        <source>The package needs a valid price.</source>
        <translation>Das Paket braucht einen gültigen Preis.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="67" />
        <source>Enter the date of the sale.</source>
        <translation>Geben Sie das Verkaufsdatum ein.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="70" />
        <source>A package cannot expire before it was sold.</source>
        <translation>Ein Paket kann nicht vor seinem Verkauf ablaufen.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="89" />
        <source>Could not record the package sale</source>
        <translation>Der Paketverkauf konnte nicht erfasst werden</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="108" />
        <location filename="../core/storage/PackageRepository.cpp" line="125" />
        <location filename="../core/storage/PackageRepository.cpp" line="128" />
        <source>Could not read the package</source>
        <translation>Das Paket konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="111" />
        <source>This package was already used or billed and cannot be removed.</source>
        <translation>Dieses Paket wurde bereits genutzt oder abgerechnet und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="116" />
        <source>Could not remove the package</source>
        <translation>Das Paket konnte nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="130" />
        <source>There is no package sale with id %1.</source>
        <translation>Es gibt keinen Paketverkauf mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="146" />
        <location filename="../core/storage/PackageRepository.cpp" line="156" />
        <source>Could not read the packages</source>
        <translation>Die Pakete konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="165" />
        <location filename="../core/storage/PackageRepository.cpp" line="168" />
        <source>Could not read the engagement</source>
        <translation>Das Mandat konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="170" />
        <source>There is no engagement with id %1.</source>
        <translation>Es gibt kein Mandat mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="181" />
        <location filename="../core/storage/PackageRepository.cpp" line="186" />
        <source>Could not read the engagements</source>
        <translation>Die Mandate konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="222" />
        <location filename="../core/storage/PackageRepository.cpp" line="243" />
        <source>Could not read the sessions</source>
        <translation>Die Sitzungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="270" />
        <location filename="../core/storage/PackageRepository.cpp" line="281" />
        <source>Could not read the package credits</source>
        <translation>Die Paketeinheiten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="287" />
        <source>Could not update the package credits</source>
        <translation>Die Paketeinheiten konnten nicht aktualisiert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="317" />
        <source>Could not use a package credit</source>
        <translation>Eine Paketeinheit konnte nicht verbraucht werden</translation>
    </message>
</context>
<context>
    <name>md::PaperSigningDialog</name>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="36" />
        <source>Signed on paper: %1</source>
        <translation>Auf Papier unterschrieben: %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="38" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="42" />
        <source>Attach the scan of the paper original that both of you signed by hand. MentorDesk keeps the scan as you attach it and does not check the signatures on it: look at the preview to see that it is this agreement (fingerprint %1 in its footer), signed by both of you.</source>
        <translation>Hängen Sie den Scan des Papieroriginals an, das Sie beide von Hand unterschrieben haben. MentorDesk bewahrt den Scan so auf, wie Sie ihn anhängen, und prüft die Unterschriften darauf nicht: Prüfen Sie in der Vorschau, dass es sich um diese Vereinbarung handelt (Fingerabdruck %1 in der Fußzeile) und dass Sie beide unterschrieben haben.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="53" />
        <source>No scan chosen yet</source>
        <translation>Noch kein Scan gewählt</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="54" />
        <source>&amp;Choose scan…</source>
        <translation>Scan &amp;wählen…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="66" />
        <source>The scan's first page shows here.</source>
        <translation>Hier erscheint die erste Seite des Scans.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="78" />
        <source>&amp;Scan:</source>
        <translation>&amp;Scan:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="81" />
        <source>Signed by &amp;hand on:</source>
        <translation>Von &amp;Hand unterschrieben am:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="84" />
        <source>Once recorded, %1 can no longer be changed: the scan and the agreement's PDF are sealed with this workspace's key. A change later needs an amendment.</source>
        <translation>Nach dem Erfassen kann %1 nicht mehr geändert werden: Scan und PDF der Vereinbarung werden mit dem Schlüssel dieses Arbeitsbereichs versiegelt. Eine spätere Änderung erfordert einen Nachtrag.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="97" />
        <source>&amp;Record and freeze</source>
        <translation>&amp;Erfassen und festschreiben</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="119" />
        <source>Choose the scan of the signed paper</source>
        <translation>Scan des unterschriebenen Papiers wählen</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="123" />
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="123" />
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="137" />
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>md::PassphraseSlot</name>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="81" />
        <source>The workspace file holds a passphrase entry MentorDesk cannot read.</source>
        <translation>Die Datei des Arbeitsbereichs enthält einen Passphrase-Eintrag, den MentorDesk nicht lesen kann.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="86" />
        <source>The workspace file asks for a passphrase check MentorDesk does not accept (Argon2id with %1 passes over %2 KiB; allowed are %3 to %4 passes over %5 KiB to %6 MiB). The file may have been damaged or altered: unlock with the recovery key, which sets it right.</source>
        <translation>Die Datei des Arbeitsbereichs verlangt eine Passphrase-Prüfung, die MentorDesk nicht akzeptiert (Argon2id mit %1 Durchläufen über %2 KiB; zulässig sind %3 bis %4 Durchläufe über %5 KiB bis %6 MiB). Die Datei wurde möglicherweise beschädigt oder verändert: Entsperren Sie mit dem Wiederherstellungsschlüssel, der dies korrigiert.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="110" />
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Nicht genug Arbeitsspeicher, um den Schlüssel aus der Passphrase abzuleiten.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="149" />
        <source>The stored key entry is damaged.</source>
        <translation>Der gespeicherte Schlüsseleintrag ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="162" />
        <source>The passphrase is not correct.</source>
        <translation>Die Passphrase ist nicht richtig.</translation>
    </message>
</context>
<context>
    <name>md::PassphraseStrength</name>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="55" />
        <source>Use at least 10 characters. Several unrelated words make a passphrase that is both strong and easy to remember.</source>
        <translation>Verwenden Sie mindestens 10 Zeichen. Mehrere Wörter ohne Zusammenhang ergeben eine Passphrase, die zugleich stark und leicht zu merken ist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/security/PassphraseStrength.cpp" line="57" />
        <source>Too short: use at least 10 characters (%n so far).</source>
        <translation>
            <numerusform>Zu kurz: Verwenden Sie mindestens 10 Zeichen (bisher %n).</numerusform>
            <numerusform>Zu kurz: Verwenden Sie mindestens 10 Zeichen (bisher %n).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="59" />
        <source>Strength: weak. Add more words, or mix upper and lower case, digits and symbols.</source>
        <translation>Stärke: schwach. Fügen Sie weitere Wörter hinzu oder mischen Sie Groß- und Kleinbuchstaben, Ziffern und Sonderzeichen.</translation>
    </message>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="62" />
        <source>Strength: fair. A few more characters or another word would make it much harder to guess.</source>
        <translation>Stärke: mittel. Ein paar Zeichen mehr oder ein weiteres Wort würden sie viel schwerer zu erraten machen.</translation>
    </message>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="65" />
        <source>Strength: good.</source>
        <translation>Stärke: gut.</translation>
    </message>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="67" />
        <source>Strength: strong.</source>
        <translation>Stärke: stark.</translation>
    </message>
</context>
<context>
    <name>md::Payment</name>
    <message>
        <location filename="../core/billing/Payment.cpp" line="34" />
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <location filename="../core/billing/Payment.cpp" line="36" />
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../core/billing/Payment.cpp" line="38" />
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location filename="../core/billing/Payment.cpp" line="40" />
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>md::PaymentDialog</name>
    <message>
        <location filename="../ui/billing/PaymentDialog.cpp" line="18" />
        <source>Record payment for %1</source>
        <translation>Zahlung für %1 erfassen</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="90" />
        <source>Bank reference or receipt number</source>
        <translation>Bankreferenz oder Belegnummer</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="17" />
        <source>Client:</source>
        <translation>Klient:</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="27" />
        <source>Outstanding:</source>
        <translation>Offen:</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="37" />
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="50" />
        <source>Received &amp;on:</source>
        <translation>Eingegangen &amp;am:</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="67" />
        <source>&amp;Method:</source>
        <translation>&amp;Zahlungsart:</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="80" />
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="132" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="6" />
        <location filename="../ui/billing/PaymentDialog.ui" line="122" />
        <source>Record payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.cpp" line="22" />
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Betrag (%1):</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.cpp" line="70" />
        <source>%1 more than is owed: it becomes %2's credit and is used by the next invoice.</source>
        <translation>%1 mehr als geschuldet: wird zum Guthaben von %2 und mit der nächsten Rechnung verrechnet.</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.cpp" line="75" />
        <source>A partial payment: %1 stays open.</source>
        <translation>Eine Teilzahlung: %1 bleiben offen.</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.cpp" line="77" />
        <source>Pays the invoice in full.</source>
        <translation>Begleicht die Rechnung vollständig.</translation>
    </message>
</context>
<context>
    <name>md::PaymentListModel</name>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="79" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="81" />
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="83" />
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="85" />
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="87" />
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="89" />
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
</context>
<context>
    <name>md::PaymentRepository</name>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="24" />
        <source>Choose the client who paid.</source>
        <translation>Wählen Sie den Klienten, der bezahlt hat.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="26" />
        <source>A payment must be more than zero.</source>
        <translation>Eine Zahlung muss größer als null sein.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="28" />
        <source>The payment has no valid currency.</source>
        <translation>Die Zahlung hat keine gültige Währung.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="30" />
        <source>Enter the date the payment was received.</source>
        <translation>Geben Sie das Datum des Zahlungseingangs ein.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="33" />
        <source>A payment cannot be received in the future.</source>
        <translation>Eine Zahlung kann nicht in der Zukunft eingehen.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="45" />
        <location filename="../core/storage/PaymentRepository.cpp" line="48" />
        <source>Could not read the invoice</source>
        <translation>Die Rechnung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="50" />
        <source>Could not read what is owed</source>
        <translation>Der offene Betrag konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="54" />
        <location filename="../core/storage/PaymentRepository.cpp" line="50" />
        <source>There is no invoice with id %1.</source>
        <translation>Es gibt keine Rechnung mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="96" />
        <location filename="../core/storage/PaymentAllocations.cpp" line="114" />
        <location filename="../core/storage/PaymentAllocations.cpp" line="121" />
        <source>Could not read the client's credit</source>
        <translation>Das Guthaben des Klienten konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="184" />
        <source>Could not update the payments</source>
        <translation>Die Zahlungen konnten nicht aktualisiert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="54" />
        <source>The invoice belongs to another client.</source>
        <translation>Die Rechnung gehört zu einem anderen Klienten.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="57" />
        <source>The payment is in %1 but the invoice in %2.</source>
        <translation>Die Zahlung ist in %1, die Rechnung aber in %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="61" />
        <source>Payments can only be recorded for issued invoices.</source>
        <translation>Zahlungen können nur für ausgestellte Rechnungen erfasst werden.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="77" />
        <location filename="../core/storage/PaymentRepository.cpp" line="76" />
        <source>Could not record the payment</source>
        <translation>Die Zahlung konnte nicht erfasst werden</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="95" />
        <location filename="../core/storage/PaymentRepository.cpp" line="99" />
        <source>Could not read the open invoices</source>
        <translation>Die offenen Rechnungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="126" />
        <location filename="../core/storage/PaymentRepository.cpp" line="134" />
        <source>Could not read the payment</source>
        <translation>Die Zahlung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="136" />
        <source>There is no payment with id %1.</source>
        <translation>Es gibt keine Zahlung mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="141" />
        <source>Could not delete the payment</source>
        <translation>Die Zahlung konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="198" />
        <location filename="../core/storage/PaymentRepository.cpp" line="221" />
        <source>Could not read the payments</source>
        <translation>Die Zahlungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="150" />
        <location filename="../core/storage/PaymentAllocations.cpp" line="163" />
        <location filename="../core/storage/PaymentRepository.cpp" line="233" />
        <location filename="../core/storage/PaymentRepository.cpp" line="240" />
        <source>Could not read the payments of the invoice</source>
        <translation>Die Zahlungen der Rechnung konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>md::Pipeline</name>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="20" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="43" />
        <source>Profile &amp; agreement</source>
        <translation>Profil &amp; Vereinbarung</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="21" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="44" />
        <source>Needs</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="22" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="45" />
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="24" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="47" />
        <source>Action plan</source>
        <translation>Aktionsplan</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="25" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="49" />
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="30" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="32" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="51" />
        <source>Maintenance</source>
        <translation>Begleitung in Abständen</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="34" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="53" />
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="36" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="55" />
        <source>Closed early</source>
        <translation>Vorzeitig geschlossen</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="59" />
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="61" />
        <source>Every two weeks</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="62" />
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="67" />
        <source>In person</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="69" />
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="71" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="73" />
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="78" />
        <source>Skill gap</source>
        <translation>Kompetenzlücke</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="80" />
        <source>Career move</source>
        <translation>Beruflicher Wechsel</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="82" />
        <source>Promotion</source>
        <translation>Beförderung</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="84" />
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="86" />
        <source>Leadership</source>
        <translation>Führung</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="87" />
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="91" />
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="93" />
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="94" />
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="98" />
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="99" />
        <source>Doing</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="100" />
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="102" />
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="107" />
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="109" />
        <source>Partly achieved</source>
        <translation>Teilweise erreicht</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="111" />
        <source>Not achieved</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="116" />
        <source>Specific</source>
        <translation>Spezifisch</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="118" />
        <source>Measurable</source>
        <translation>Messbar</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="120" />
        <source>Attainable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="122" />
        <source>Relevant</source>
        <translation>Relevant</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="124" />
        <source>Time-bound</source>
        <translation>Terminiert</translation>
    </message>
</context>
<context>
    <name>md::PipelineArea</name>
    <message>
        <location filename="../ui/pipeline/PipelineArea.cpp" line="91" />
        <source>1 engagement on the board</source>
        <translation>1 Mandat im Ablauf</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineArea.cpp" line="92" />
        <source>%1 engagements on the board</source>
        <translation>%1 Mandate im Ablauf</translation>
    </message>
</context>
<context>
    <name>md::PipelineAreas</name>
    <message>
        <location filename="../ui/pipeline/PipelineAreas.cpp" line="17" />
        <source>Pipeline</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineAreas.cpp" line="19" />
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>md::PipelineBoard</name>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="37" />
        <source>&amp;New Engagement</source>
        <translation>&amp;Neues Mandat</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="40" />
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="42" />
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="44" />
        <source>Move the selected engagement back a stage to rework it</source>
        <translation>Das ausgewählte Mandat zur Nacharbeit eine Phase zurückstufen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="45" />
        <source>&amp;Advance →</source>
        <translation>&amp;Weiter →</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="47" />
        <source>Move the selected engagement to its next stage</source>
        <translation>Das ausgewählte Mandat in die nächste Phase bringen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="48" />
        <source>&amp;End</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="51" />
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="54" />
        <source>Maintenance (periodic check-ins)</source>
        <translation>Begleitung in Abständen (regelmäßige Nachgespräche)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="58" />
        <source>Close Early…</source>
        <translation>Vorzeitig schließen…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="63" />
        <source>Stale after</source>
        <translation>Ruhend nach</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="67" />
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="70" />
        <source>Warn about engagements with no activity for this long</source>
        <translation>Vor Mandaten warnen, die so lange keine Aktivität hatten</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="84" />
        <source>No engagement is on the board yet. Start one with New Engagement, or from a client's page.</source>
        <translation>Noch kein Mandat im Ablauf. Beginnen Sie eines mit „Neues Mandat“ oder über die Seite eines Klienten.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="283" />
        <source>Moved to "%1".</source>
        <translation>Nach „%1“ verschoben.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="331" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>md::PipelineReadModelRepository</name>
    <message>
        <location filename="../core/storage/PipelineReadModelRepository.cpp" line="69" />
        <source>Could not read the pipeline board</source>
        <translation>Der Ablauf konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/PipelineReadModelRepository.cpp" line="116" />
        <source>Could not read the goals due soon</source>
        <translation>Die bald fälligen Ziele konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/PipelineReadModelRepository.cpp" line="146" />
        <source>Could not count the engagements</source>
        <translation>Die Mandate konnten nicht gezählt werden</translation>
    </message>
    <message>
        <location filename="../core/storage/PipelineReadModelRepository.cpp" line="173" />
        <source>Could not read the overdue actions</source>
        <translation>Die überfälligen Maßnahmen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/PipelineReadModelRepository.cpp" line="201" />
        <source>Could not read the engagements</source>
        <translation>Die Mandate konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>md::PipelineValidator</name>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="22" />
        <source>This text is too long (at most %1 characters).</source>
        <translation>Dieser Text ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="29" />
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="37" />
        <source>Choose the client of this engagement.</source>
        <translation>Wählen Sie den Klienten dieses Mandats.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="38" />
        <source>Give the engagement a title.</source>
        <translation>Geben Sie dem Mandat einen Titel.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="41" />
        <source>The title is too long (at most %1 characters).</source>
        <translation>Der Titel ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="43" />
        <source>Enter the start date.</source>
        <translation>Geben Sie das Startdatum ein.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="46" />
        <source>The planned number of sessions must be between 0 and %1.</source>
        <translation>Die geplante Anzahl der Sitzungen muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="50" />
        <source>Say why the engagement closed early.</source>
        <translation>Geben Sie an, warum das Mandat vorzeitig geschlossen wurde.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="56" />
        <source>The fee per session cannot be negative or larger than an invoice line's price.</source>
        <translation>Das Honorar pro Sitzung darf nicht negativ und nicht höher als der Preis einer Position sein.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="64" />
        <source>Describe the need.</source>
        <translation>Beschreiben Sie den Bedarf.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="71" />
        <source>Say what the goal is.</source>
        <translation>Geben Sie an, worin das Ziel besteht.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="82" />
        <source>Choose the goal this value belongs to.</source>
        <translation>Wählen Sie das Ziel, zu dem dieser Wert gehört.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="84" />
        <source>Enter the date of the measurement.</source>
        <translation>Geben Sie das Datum der Messung ein.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="93" />
        <source>Choose the goal this action serves.</source>
        <translation>Wählen Sie das Ziel, dem diese Maßnahme dient.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="94" />
        <source>Describe the action.</source>
        <translation>Beschreiben Sie die Maßnahme.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="102" />
        <source>Choose the goal being evaluated.</source>
        <translation>Wählen Sie das auszuwertende Ziel.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="105" />
        <source>The mentee's rating is from 1 to 5.</source>
        <translation>Die Bewertung des Mentee reicht von 1 bis 5.</translation>
    </message>
</context>
<context>
    <name>md::PracticeRulesRepository</name>
    <message>
        <location filename="../core/storage/PracticeRulesRepository.cpp" line="18" />
        <location filename="../core/storage/PracticeRulesRepository.cpp" line="39" />
        <source>Could not read the practice settings</source>
        <translation>Die Praxiseinstellungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/PracticeRulesRepository.cpp" line="55" />
        <source>Could not save the setting %1</source>
        <translation>Die Einstellung %1 konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>md::PreferencesDialog</name>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="6" />
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="12" />
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="31" />
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="34" />
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="41" />
        <source>When MentorDesk has not been used for this long, it locks: the workspace is closed, the key is wiped from memory and the passphrase is needed again.</source>
        <translation>Wenn MentorDesk so lange nicht benutzt wurde, sperrt es sich: Der Arbeitsbereich wird geschlossen, der Schlüssel aus dem Arbeitsspeicher gelöscht und die Passphrase wird erneut benötigt.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="51" />
        <source>L&amp;anguage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="64" />
        <source>A new language takes effect the next time MentorDesk starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von MentorDesk wirksam.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="74" />
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="90" />
        <source>This workspace</source>
        <translation>Dieser Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="99" />
        <source>&amp;Stale after:</source>
        <translation>&amp;Ruhend nach:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="109" />
        <source> days without activity</source>
        <translation> Tagen ohne Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="116" />
        <source>&amp;Remind me:</source>
        <translation>&amp;Erinnern:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="126" />
        <source> min before a session</source>
        <translation> Min. vor einer Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="129" />
        <source>No reminders</source>
        <translation>Keine Erinnerungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="136" />
        <source>&amp;Names in lists:</source>
        <translation>&amp;Namen in Listen:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="149" />
        <source>These rules are kept in the encrypted workspace, so every computer that opens it uses the same ones.</source>
        <translation>Diese Regeln werden im verschlüsselten Arbeitsbereich gespeichert, sodass jeder Computer, der ihn öffnet, dieselben verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="162" />
        <source>Backups on this computer</source>
        <translation>Sicherungen auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="171" />
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="186" />
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="195" />
        <source>&amp;Keep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="207" />
        <source> daily</source>
        <translation> tägliche</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="217" />
        <source> weekly</source>
        <translation> wöchentliche</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="227" />
        <source> monthly</source>
        <translation> monatliche</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="239" />
        <source>MentorDesk makes a verified backup when you lock or quit after a change, and once a day while open. A USB drive or a synced folder keeps a copy off this computer; the backups are as encrypted as the workspace.</source>
        <translation>MentorDesk erstellt eine geprüfte Sicherung, wenn Sie nach einer Änderung sperren oder beenden, und einmal täglich, solange es geöffnet ist. Ein USB-Laufwerk oder ein synchronisierter Ordner hält eine Kopie außerhalb dieses Computers; die Sicherungen sind genauso verschlüsselt wie der Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="21" />
        <source>&amp;Lock after inactivity:</source>
        <translation>Bei Inaktivität s&amp;perren nach:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="47" />
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="53" />
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="54" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="55" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="59" />
        <source>Preferred name (else full name)</source>
        <translation>Rufname (sonst vollständiger Name)</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="61" />
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="63" />
        <source>Which of a client's names the client list, the pipeline, the calendar, billing and search show. Agreements and invoices are not affected.</source>
        <translation>Welchen Namen eines Klienten die Klientenliste, der Ablauf, der Kalender, die Abrechnung und die Suche anzeigen. Vereinbarungen und Rechnungen sind davon nicht betroffen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="86" />
        <source>Beside the workspace folder</source>
        <translation>Neben dem Arbeitsbereichsordner</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="92" />
        <source>Backup Folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="109" />
        <source>Keep at least one backup: set the daily, weekly or monthly number above 0.</source>
        <translation>Behalten Sie mindestens eine Sicherung: Setzen Sie die tägliche, wöchentliche oder monatliche Anzahl auf mehr als 0.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="121" />
        <source>The backup folder %1 does not exist or cannot be written to. Plug in the drive or choose another folder.</source>
        <translation>Der Sicherungsordner %1 existiert nicht oder ist nicht beschreibbar. Schließen Sie das Laufwerk an oder wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>md::PriceListWidget</name>
    <message>
        <location filename="../ui/billing/PriceListWidget.cpp" line="44" />
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/billing/PriceListWidget.cpp" line="46" />
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/billing/PriceListWidget.cpp" line="48" />
        <location filename="../ui/billing/PriceListWidget.cpp" line="89" />
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/billing/PriceListWidget.cpp" line="89" />
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/billing/PriceListWidget.cpp" line="114" />
        <source>Saved "%1".</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>md::ProfileTab</name>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="36" />
        <source>Not decided</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="47" />
        <source>e.g. package of 8 sessions, paid by the employer</source>
        <translation>z. B. Paket mit 8 Sitzungen, vom Arbeitgeber bezahlt</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="50" />
        <source>Before tax. This engagement's held sessions are billed at it, whatever the price list says.</source>
        <translation>Netto. Die durchgeführten Sitzungen dieses Mandats werden zu diesem Betrag abgerechnet, unabhängig von der Preisliste.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="54" />
        <source>Your reading of the mentee's profile before the first session: background, what stands out, questions to ask.</source>
        <translation>Ihre Lektüre des Profils des Mentee vor der ersten Sitzung: Werdegang, was auffällt, welche Fragen Sie stellen möchten.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="59" />
        <source>Written when the engagement ends.</source>
        <translation>Wird bei Ende des Mandats geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="64" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="65" />
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="66" />
        <source>Planned s&amp;essions:</source>
        <translation>&amp;Geplante Sitzungen:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="67" />
        <source>&amp;Cadence:</source>
        <translation>&amp;Rhythmus:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="68" />
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="69" />
        <source>Fee &amp;note:</source>
        <translation>&amp;Vergütung:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="70" />
        <source>Fee per sess&amp;ion:</source>
        <translation>Honorar &amp;pro Sitzung:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="71" />
        <source>O&amp;utcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="77" />
        <source>Prepare A&amp;greement…</source>
        <translation>Vere&amp;inbarung vorbereiten…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="79" />
        <source>Generate an agreement for this engagement in the Agreements area</source>
        <translation>Im Bereich „Vereinbarungen“ eine Vereinbarung für dieses Mandat erstellen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="86" />
        <source>The client's profile</source>
        <translation>Das Profil des Klienten</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="91" />
        <source>&amp;Profile-study notes:</source>
        <translation>&amp;Notizen zur Profilanalyse:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="96" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="211" />
        <source>Background</source>
        <translation>Werdegang</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="212" />
        <source>Strengths</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="213" />
        <source>Weaknesses</source>
        <translation>Schwächen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="214" />
        <source>Aspirations</source>
        <translation>Berufliche Ziele</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="218" />
        <source>The client's profile is empty. Fill it in on the Clients page; the needs link to its strengths and weaknesses.</source>
        <translation>Das Profil des Klienten ist leer. Füllen Sie es auf der Seite „Klienten“ aus; der Bedarf bezieht sich auf seine Stärken und Schwächen.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="231" />
        <source>A signed agreement with confidentiality terms is on record.</source>
        <translation>Eine unterschriebene Vereinbarung mit Vertraulichkeitsbestimmungen liegt vor.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="233" />
        <source>Leaving this stage also needs a signed agreement with confidentiality terms (see Agreements).</source>
        <translation>Um diese Phase zu verlassen, ist außerdem eine unterschriebene Vereinbarung mit Vertraulichkeitsbestimmungen nötig (siehe „Vereinbarungen“).</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="278" />
        <source>Saved "%1".</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>md::ProgressChart</name>
    <message>
        <location filename="../ui/pipeline/ProgressChart.cpp" line="16" />
        <source>Progress chart</source>
        <translation>Fortschrittsdiagramm</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProgressChart.cpp" line="41" />
        <source>Enter a baseline and a target to chart progress.</source>
        <translation>Geben Sie einen Ausgangs- und einen Zielwert ein, um den Fortschritt darzustellen.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProgressChart.cpp" line="73" />
        <source>No progress recorded yet.</source>
        <translation>Noch kein Fortschritt erfasst.</translation>
    </message>
</context>
<context>
    <name>md::RecoveryKey</name>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="74" />
        <source>Group %1 of the recovery key has the letter O; a recovery key has only the digit 0 (zero).</source>
        <translation>Gruppe %1 des Wiederherstellungsschlüssels enthält den Buchstaben O; ein Wiederherstellungsschlüssel enthält nur die Ziffer 0 (null).</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="79" />
        <source>Group %1 of the recovery key has the letter I or L; a recovery key has only the digit 1 (one).</source>
        <translation>Gruppe %1 des Wiederherstellungsschlüssels enthält den Buchstaben I oder L; ein Wiederherstellungsschlüssel enthält nur die Ziffer 1 (eins).</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="84" />
        <source>Group %1 of the recovery key has a character that is not in a recovery key: it has only the digits 0-9, the letters A-F and dashes.</source>
        <translation>Gruppe %1 des Wiederherstellungsschlüssels enthält ein Zeichen, das in keinem Wiederherstellungsschlüssel vorkommt: Er enthält nur die Ziffern 0–9, die Buchstaben A–F und Bindestriche.</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="103" />
        <source>Group %1 of the recovery key is too short: every group has four characters.</source>
        <translation>Gruppe %1 des Wiederherstellungsschlüssels ist zu kurz: Jede Gruppe hat vier Zeichen.</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="108" />
        <source>Group %1 of the recovery key is too long: every group has four characters.</source>
        <translation>Gruppe %1 des Wiederherstellungsschlüssels ist zu lang: Jede Gruppe hat vier Zeichen.</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="127" />
        <source>A recovery key contains only the digits 0-9, the letters A-F and dashes.</source>
        <translation>Ein Wiederherstellungsschlüssel enthält nur die Ziffern 0–9, die Buchstaben A–F und Bindestriche.</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="137" />
        <source>This recovery key is too long: a recovery key has 64 digits and letters (16 groups of four).</source>
        <translation>Dieser Wiederherstellungsschlüssel ist zu lang: Ein Wiederherstellungsschlüssel hat 64 Ziffern und Buchstaben (16 Vierergruppen).</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="141" />
        <source>A recovery key has 64 digits and letters (16 groups of four); this one has %1.</source>
        <translation>Ein Wiederherstellungsschlüssel hat 64 Ziffern und Buchstaben (16 Vierergruppen); dieser hat %1.</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="146" />
        <source>The recovery key could not be read.</source>
        <translation>Der Wiederherstellungsschlüssel konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>md::RecoveryKeyDocument</name>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="27" />
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="31" />
        <source>MentorDesk recovery key</source>
        <translation>MentorDesk-Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="56" />
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="59" />
        <source>Workspace folder: %1</source>
        <translation>Arbeitsbereichsordner: %1</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="62" />
        <source>Workspace ID: %1</source>
        <translation>ID des Arbeitsbereichs: %1</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="65" />
        <source>Made on: %1</source>
        <translation>Erstellt am: %1</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="72" />
        <source>Keep this page somewhere safe, away from your computer. Anyone who has this key can read every client record in the workspace.</source>
        <translation>Bewahren Sie diese Seite an einem sicheren Ort auf, getrennt von Ihrem Computer. Wer diesen Schlüssel besitzt, kann jede Klientenakte im Arbeitsbereich lesen.</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="79" />
        <source>In MentorDesk</source>
        <translation>In MentorDesk</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="80" />
        <source>On the unlock screen choose "Use recovery key instead" and type the key. Dashes and spaces are optional. Then set a new passphrase with File &gt; Change Passphrase.</source>
        <translation>Wählen Sie im Entsperrbildschirm „Stattdessen Wiederherstellungsschlüssel verwenden“ und geben Sie den Schlüssel ein. Bindestriche und Leerzeichen sind optional. Legen Sie danach über „Datei &gt; Passphrase ändern“ eine neue Passphrase fest.</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="88" />
        <source>Without MentorDesk</source>
        <translation>Ohne MentorDesk</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="89" />
        <source>The database is a standard SQLCipher 3 file. Open it with the sqlcipher command-line tool:</source>
        <translation>Die Datenbank ist eine gewöhnliche SQLCipher-3-Datei. Öffnen Sie sie mit dem Kommandozeilenwerkzeug sqlcipher:</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="97" />
        <source>the 64 digits of the key without dashes</source>
        <translation>die 64 Zeichen des Schlüssels ohne Bindestriche</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="115" />
        <source>%1 · workspace %2</source>
        <translation>%1 · Arbeitsbereich %2</translation>
    </message>
</context>
<context>
    <name>md::RecoveryKeyView</name>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="29" />
        <source>This recovery key opens your workspace if you forget your passphrase. It is shown only now. Print it or write it down and keep it somewhere safe, away from this computer. Anyone who has it can read your client records.</source>
        <translation>Dieser Wiederherstellungsschlüssel öffnet Ihren Arbeitsbereich, falls Sie Ihre Passphrase vergessen. Er wird nur jetzt angezeigt. Drucken Sie ihn aus oder schreiben Sie ihn auf und bewahren Sie ihn an einem sicheren Ort auf, getrennt von diesem Computer. Wer ihn besitzt, kann Ihre Klientenakten lesen.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="41" />
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="51" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="54" />
        <source>Copy the recovery key, to paste it into a password manager. The clipboard is cleared after a minute.</source>
        <translation>Den Wiederherstellungsschlüssel kopieren, um ihn in einen Passwort-Manager einzufügen. Die Zwischenablage wird nach einer Minute geleert.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="58" />
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="61" />
        <source>Save the recovery key sheet as a PDF, for example on a USB stick you keep apart</source>
        <translation>Das Blatt mit dem Wiederherstellungsschlüssel als PDF speichern, zum Beispiel auf einem USB-Stick, den Sie getrennt aufbewahren</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="64" />
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="66" />
        <source>Print the recovery key sheet to keep it on paper</source>
        <translation>Das Blatt mit dem Wiederherstellungsschlüssel drucken, um ihn auf Papier aufzubewahren</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="165" />
        <source>The recovery key is no longer shown.</source>
        <translation>Der Wiederherstellungsschlüssel wird nicht mehr angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="178" />
        <source>Save Recovery Key as PDF</source>
        <translation>Wiederherstellungsschlüssel als PDF speichern</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="179" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="183" />
        <source>MentorDesk recovery key.pdf</source>
        <translation>MentorDesk Wiederherstellungsschlüssel.pdf</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="189" />
        <source>Save Recovery Key</source>
        <translation>Wiederherstellungsschlüssel speichern</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="192" />
        <source>Saved as %1. Keep the file apart from this computer.</source>
        <translation>Gespeichert als %1. Bewahren Sie die Datei getrennt von diesem Computer auf.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="203" />
        <source>Copied. MentorDesk clears the clipboard in a minute if the key is still on it.</source>
        <translation>Kopiert. MentorDesk leert die Zwischenablage nach einer Minute, falls der Schlüssel dann noch darin ist.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="76" />
        <source>I have stored my recovery key somewhere safe</source>
        <translation>Ich habe meinen Wiederherstellungsschlüssel an einem sicheren Ort aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="152" />
        <location filename="../ui/security/RecoveryKeyView.cpp" line="158" />
        <source>Print Recovery Key</source>
        <translation>Wiederherstellungsschlüssel drucken</translation>
    </message>
</context>
<context>
    <name>md::Recurrence</name>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="68" />
        <source>The series needs a valid first date and time.</source>
        <translation>Die Serie braucht ein gültiges erstes Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="71" />
        <source>The repeat interval must be between 1 and 12.</source>
        <translation>Das Wiederholungsintervall muss zwischen 1 und 12 liegen.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="76" />
        <source>A series ends either after a number of sessions or on a date.</source>
        <translation>Eine Serie endet entweder nach einer Anzahl von Sitzungen oder an einem Datum.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="79" />
        <source>A series can have at most %1 sessions.</source>
        <translation>Eine Serie kann höchstens %1 Sitzungen haben.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="82" />
        <source>The series ends before its first session.</source>
        <translation>Die Serie endet vor ihrer ersten Sitzung.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="89" />
        <source>The weekday of the month must be the 1st to the 5th or the last.</source>
        <translation>Der Wochentag im Monat muss der 1. bis 5. oder der letzte sein.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="94" />
        <source>The first session is not on the weekday of the month the series repeats on.</source>
        <translation>Die erste Sitzung liegt nicht auf dem Wochentag im Monat, an dem sich die Serie wiederholt.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="112" />
        <location filename="../core/scheduling/Recurrence.cpp" line="118" />
        <source>The repeat rule is not valid.</source>
        <translation>Die Wiederholungsregel ist ungültig.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="171" />
        <source>Every week on %1</source>
        <translation>Jede Woche am %1</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="172" />
        <source>Every two weeks on %1</source>
        <translation>Alle zwei Wochen am %1</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="173" />
        <source>Every %1 weeks on %2</source>
        <translation>Alle %1 Wochen am %2</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="176" />
        <source>Every month on day %1</source>
        <translation>Jeden Monat am %1.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="177" />
        <source>Every %1 months on day %2</source>
        <translation>Alle %1 Monate am %2.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="179" />
        <source>first</source>
        <translation>ersten</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="180" />
        <source>second</source>
        <translation>zweiten</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="181" />
        <source>third</source>
        <translation>dritten</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="182" />
        <source>fourth</source>
        <translation>vierten</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="183" />
        <source>fifth</source>
        <translation>fünften</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="185" />
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="187" />
        <source>Every month on the %1 %2</source>
        <translation>Jeden Monat am %1 %2</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="188" />
        <source>Every %1 months on the %2 %3</source>
        <translation>Alle %1 Monate am %2 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/scheduling/Recurrence.cpp" line="191" />
        <source>%1, %n time(s)</source>
        <translation>
            <numerusform>%1, %n-mal</numerusform>
            <numerusform>%1, %n-mal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="193" />
        <source>%1, until %2</source>
        <translation>%1, bis %2</translation>
    </message>
</context>
<context>
    <name>md::RestoreDialog</name>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="6" />
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="12" />
        <source>A restore makes a workspace from a verified backup. The copy is checked against the backup's checksums before it opens.</source>
        <translation>Eine Wiederherstellung erstellt einen Arbeitsbereich aus einer geprüften Sicherung. Die Kopie wird vor dem Öffnen mit den Prüfsummen der Sicherung abgeglichen.</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="27" />
        <source>&amp;Backup:</source>
        <translation>&amp;Sicherung:</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="49" />
        <source>Other &amp;Folder…</source>
        <translation>Anderer &amp;Ordner…</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="65" />
        <source>Restore as:</source>
        <translation>Wiederherstellen als:</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="72" />
        <source>A &amp;new workspace in this folder:</source>
        <translation>&amp;Neuer Arbeitsbereich in diesem Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="87" />
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="96" />
        <source>In &amp;place of the current workspace (it is moved aside, not deleted)</source>
        <translation>&amp;Anstelle des aktuellen Arbeitsbereichs (dieser wird verschoben, nicht gelöscht)</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="103" />
        <location filename="../ui/backup/RestoreDialog.cpp" line="49" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="120" />
        <source>Use the &amp;recovery key instead</source>
        <translation>Stattdessen den Wiederherstellungsschlüssel &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="127" />
        <source>The passphrase the workspace had when the backup was made, or the recovery key.</source>
        <translation>Die Passphrase, die der Arbeitsbereich beim Erstellen der Sicherung hatte, oder der Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="28" />
        <source>&amp;Restore</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="49" />
        <source>&amp;Recovery key:</source>
        <translation>&amp;Wiederherstellungsschlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="84" />
        <source>%1 (automatic)</source>
        <translation>%1 (automatisch)</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="89" />
        <source>There is no verified backup in %1. Choose the folder that holds your backups.</source>
        <translation>In %1 gibt es keine geprüfte Sicherung. Wählen Sie den Ordner, der Ihre Sicherungen enthält.</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="97" />
        <source>Folder with Backups</source>
        <translation>Ordner mit Sicherungen</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="104" />
        <source>Folder for the Restored Workspace</source>
        <translation>Ordner für den wiederhergestellten Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="117" />
        <source>%1 MB, verified, in %2</source>
        <translation>%1 MB, geprüft, in %2</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="144" />
        <source>%1 already holds a workspace. Choose a new or empty folder.</source>
        <translation>%1 enthält bereits einen Arbeitsbereich. Wählen Sie einen neuen oder leeren Ordner.</translation>
    </message>
</context>
<context>
    <name>md::RevenueModel</name>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="142" />
        <source>Year %1</source>
        <translation>Jahr %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="161" />
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="163" />
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="165" />
        <source>Tax</source>
        <translation>USt.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="167" />
        <source>Invoiced</source>
        <translation>In Rechnung gestellt</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="169" />
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
</context>
<context>
    <name>md::RichTextEditor</name>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="44" />
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="49" />
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="52" />
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="54" />
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="56" />
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="68" />
        <source>Insert placeholder</source>
        <translation>Platzhalter einfügen</translation>
    </message>
</context>
<context>
    <name>md::ScanPreview</name>
    <message>
        <location filename="../ui/agreements/ScanPreview.cpp" line="17" />
        <source>No preview of PDF files on this computer (pdftoppm from poppler-utils is not installed). Open the file yourself to check it before you attach it.</source>
        <translation>Auf diesem Computer gibt es keine Vorschau für PDF-Dateien (pdftoppm aus poppler-utils ist nicht installiert). Öffnen Sie die Datei selbst, um sie vor dem Anhängen zu prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/ScanPreview.cpp" line="28" />
        <source>Could not prepare the preview of the PDF.</source>
        <translation>Die Vorschau des PDFs konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/ScanPreview.cpp" line="39" />
        <location filename="../ui/agreements/ScanPreview.cpp" line="44" />
        <source>The PDF could not be shown: it may be damaged or protected.</source>
        <translation>Das PDF konnte nicht angezeigt werden: Es ist möglicherweise beschädigt oder geschützt.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/ScanPreview.cpp" line="58" />
        <source>This file is neither a PDF nor a PNG or JPEG image.</source>
        <translation>Diese Datei ist weder ein PDF noch ein PNG- oder JPEG-Bild.</translation>
    </message>
</context>
<context>
    <name>md::SchedulingService</name>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="45" />
        <source>A session belongs to an engagement.</source>
        <translation>Eine Sitzung gehört zu einem Mandat.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="47" />
        <source>A session needs a start date and time.</source>
        <translation>Eine Sitzung braucht ein Startdatum mit Uhrzeit.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="50" />
        <location filename="../core/scheduling/SchedulingService.cpp" line="339" />
        <source>A session lasts between 1 minute and 24 hours.</source>
        <translation>Eine Sitzung dauert zwischen 1 Minute und 24 Stunden.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="59" />
        <source>The session on %1 has not begun yet: it can be marked "%2" once it has started. Until then it stays planned.</source>
        <translation>Die Sitzung am %1 hat noch nicht begonnen: Sie kann als „%2“ markiert werden, sobald sie begonnen hat. Bis dahin bleibt sie geplant.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="67" />
        <source>A session cannot have been cancelled in the future: give the time the cancellation came, or leave it to be now.</source>
        <translation>Eine Sitzung kann nicht in der Zukunft abgesagt worden sein: Geben Sie den Zeitpunkt an, zu dem die Absage kam, oder lassen Sie den aktuellen Zeitpunkt stehen.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="173" />
        <location filename="../core/scheduling/SchedulingService.cpp" line="268" />
        <source>This session has not been saved yet.</source>
        <translation>Diese Sitzung wurde noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="336" />
        <source>A series belongs to an engagement.</source>
        <translation>Eine Serie gehört zu einem Mandat.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="344" />
        <source>This series has no sessions.</source>
        <translation>Diese Serie hat keine Sitzungen.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingServiceCalendar.cpp" line="30" />
        <source>The buffer must be between 0 and 1440 minutes.</source>
        <translation>Der Puffer muss zwischen 0 und 1440 Minuten liegen.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingServiceCalendar.cpp" line="34" />
        <source>Working hours must end after they start.</source>
        <translation>Arbeitszeiten müssen nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingServiceCalendar.cpp" line="65" />
        <source>Busy times need the name of their source.</source>
        <translation>Belegte Zeiten brauchen den Namen ihrer Quelle.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingServiceCalendar.cpp" line="127" />
        <source>Choose a client to export.</source>
        <translation>Wählen Sie einen Klienten für den Export.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingServiceConflicts.cpp" line="61" />
        <location filename="../core/scheduling/SchedulingServiceConflicts.cpp" line="153" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>md::SearchController</name>
    <message>
        <location filename="../ui/search/SearchController.cpp" line="27" />
        <source>Search everything (Ctrl+K)</source>
        <translation>Alles durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchController.cpp" line="28" />
        <source>Search the workspace</source>
        <translation>Arbeitsbereich durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchController.cpp" line="34" />
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchController.cpp" line="47" />
        <source>Search &amp;Everything</source>
        <translation>&amp;Alles durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchController.cpp" line="68" />
        <source>“%1” is no longer there.</source>
        <translation>„%1“ ist nicht mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>md::SearchRepository</name>
    <message>
        <location filename="../core/storage/SearchRepository.cpp" line="129" />
        <location filename="../core/storage/SearchRepository.cpp" line="165" />
        <source>Could not search the workspace</source>
        <translation>Der Arbeitsbereich konnte nicht durchsucht werden</translation>
    </message>
    <message>
        <location filename="../core/storage/SearchRepository.cpp" line="223" />
        <source>Could not rebuild the search index</source>
        <translation>Der Suchindex konnte nicht neu aufgebaut werden</translation>
    </message>
    <message>
        <location filename="../core/storage/SearchRepository.cpp" line="227" />
        <source>Could not tidy the search index</source>
        <translation>Der Suchindex konnte nicht bereinigt werden</translation>
    </message>
</context>
<context>
    <name>md::SearchResultsPage</name>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="37" />
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="58" />
        <source>Clients</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="60" />
        <source>Engagements</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="62" />
        <source>Needs</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="64" />
        <source>SMART goals</source>
        <translation>SMART-Ziele</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="66" />
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="68" />
        <source>Evaluations</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="70" />
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="72" />
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="74" />
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="82" />
        <source>Session on %1 at %2 · %3</source>
        <translation>Sitzung am %1 um %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="86" />
        <source>Draft invoice</source>
        <translation>Rechnungsentwurf</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="88" />
        <source>Evaluation of “%1”</source>
        <translation>Auswertung von „%1“</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="91" />
        <location filename="../ui/search/SearchResultsPage.cpp" line="96" />
        <source>(archived)</source>
        <translation>(archiviert)</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="98" />
        <source>Private note</source>
        <translation>Private Notiz</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="109" />
        <source>Nothing matches “%1”. Try fewer or shorter words.</source>
        <translation>Nichts passt zu „%1“. Versuchen Sie es mit weniger oder kürzeren Wörtern.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/SearchResultsPage.cpp" line="112" />
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n Ergebnis für „%1“</numerusform>
            <numerusform>%n Ergebnisse für „%1“</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::SearchService</name>
    <message>
        <location filename="../core/search/SearchService.cpp" line="40" />
        <source>The number of results must be between 1 and %1.</source>
        <translation>Die Anzahl der Ergebnisse muss zwischen 1 und %1 liegen.</translation>
    </message>
</context>
<context>
    <name>md::SellPackageDialog</name>
    <message>
        <location filename="../ui/billing/SellPackageDialog.ui" line="6" />
        <source>Sell package</source>
        <translation>Paket verkaufen</translation>
    </message>
    <message>
        <location filename="../ui/billing/SellPackageDialog.ui" line="15" />
        <source>&amp;Engagement:</source>
        <translation>&amp;Mandat:</translation>
    </message>
    <message>
        <location filename="../ui/billing/SellPackageDialog.ui" line="28" />
        <source>&amp;Package:</source>
        <translation>&amp;Paket:</translation>
    </message>
    <message>
        <location filename="../ui/billing/SellPackageDialog.ui" line="41" />
        <source>The engagement gets the package's sessions as credits, and an invoice draft bills the price. If the client paid elsewhere, delete the draft: the credits stay.</source>
        <translation>Das Mandat erhält die Sitzungen des Pakets als Guthabeneinheiten, und ein Rechnungsentwurf stellt den Preis in Rechnung. Hat der Klient anderweitig bezahlt, löschen Sie den Entwurf: Die Einheiten bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>md::SeriesPlanner</name>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="137" />
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="152" />
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="262" />
        <source>The session is not part of this series.</source>
        <translation>Die Sitzung gehört nicht zu dieser Serie.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="139" />
        <source>A session needs a duration.</source>
        <translation>Eine Sitzung braucht eine Dauer.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="142" />
        <source>A session lasts between 1 minute and 24 hours.</source>
        <translation>Eine Sitzung dauert zwischen 1 Minute und 24 Stunden.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="144" />
        <source>The new start time is not valid.</source>
        <translation>Die neue Startzeit ist ungültig.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="264" />
        <source>A session that was held cannot be skipped.</source>
        <translation>Eine durchgeführte Sitzung kann nicht ausgelassen werden.</translation>
    </message>
</context>
<context>
    <name>md::Session</name>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="20" />
        <location filename="../core/scheduling/Session.cpp" line="33" />
        <source>In person</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="22" />
        <location filename="../core/scheduling/Session.cpp" line="35" />
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="24" />
        <location filename="../core/scheduling/Session.cpp" line="37" />
        <source>Phone call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="142" />
        <location filename="../core/scheduling/Session.cpp" line="75" />
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="144" />
        <location filename="../core/scheduling/Session.cpp" line="77" />
        <source>Held</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="146" />
        <location filename="../core/scheduling/Session.cpp" line="79" />
        <source>Cancelled by the client</source>
        <translation>Vom Klienten abgesagt</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="148" />
        <location filename="../core/scheduling/Session.cpp" line="81" />
        <source>Cancelled by the mentor</source>
        <translation>Vom Mentor abgesagt</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="150" />
        <location filename="../core/scheduling/Session.cpp" line="83" />
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
</context>
<context>
    <name>md::SessionEditFlow</name>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="19" />
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="28" />
        <source>Session saved.</source>
        <translation>Sitzung gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="23" />
        <source>Cancel which sessions of the series?</source>
        <translation>Welche Sitzungen der Serie absagen?</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="24" />
        <source>Change which sessions of the series?</source>
        <translation>Welche Sitzungen der Serie ändern?</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="29" />
        <source>Sessions saved.</source>
        <translation>Sitzungen gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="58" />
        <source>Session moved.</source>
        <translation>Sitzung verschoben.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="62" />
        <source>Move which sessions of the series?</source>
        <translation>Welche Sitzungen der Serie verschieben?</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="73" />
        <source>Conflicts could not be checked: %1</source>
        <translation>Überschneidungen konnten nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>md::SessionEditorDialog</name>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="27" />
        <source>&amp;Engagement:</source>
        <translation>&amp;Mandat:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="40" />
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="94" />
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="84" />
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="125" />
        <source>Place, video link or phone number</source>
        <translation>Ort, Videolink oder Telefonnummer</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="110" />
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="134" />
        <source>S&amp;tatus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="151" />
        <source>o&amp;n</source>
        <translation>a&amp;m</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="195" />
        <source>after</source>
        <translation>nach</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="200" />
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="208" />
        <source> sessions</source>
        <translation> Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="179" />
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="260" />
        <source>What you plan to cover</source>
        <translation>Was Sie besprechen möchten</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="247" />
        <source>&amp;Agenda:</source>
        <translation>&amp;Tagesordnung:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="21" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="293" />
        <source>Only for you: never in a summary, export or calendar file</source>
        <translation>Nur für Sie: nie in einer Zusammenfassung, einem Export oder einer Kalenderdatei</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="313" />
        <source>Appears in the summary for your mentee</source>
        <translation>Erscheint in der Zusammenfassung für Ihren Mentee</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="280" />
        <source>&amp;Private notes:</source>
        <translation>&amp;Private Notizen:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="300" />
        <source>S&amp;hareable notes:</source>
        <translation>T&amp;eilbare Notizen:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="274" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="337" />
        <source>One per line; “- ” makes a list</source>
        <translation>Eine pro Zeile; „- “ erzeugt eine Liste</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="368" />
        <source>One action per line</source>
        <translation>Eine Maßnahme pro Zeile</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="327" />
        <source>Topics:</source>
        <translation>Themen:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="344" />
        <source>Progress on goals:</source>
        <translation>Fortschritt bei den Zielen:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="358" />
        <source>Agreed actions:</source>
        <translation>Vereinbarte Maßnahmen:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="375" />
        <source>Add to the action plan…</source>
        <translation>Zum Aktionsplan hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="382" />
        <source>Next steps:</source>
        <translation>Nächste Schritte:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="321" />
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="59" />
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="49" />
        <source>time not recorded</source>
        <translation>Zeitpunkt nicht erfasst</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="57" />
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="198" />
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="62" />
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="64" />
        <source>Save as Markdown…</source>
        <translation>Als Markdown speichern…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="66" />
        <source>Copy as text for an e-mail</source>
        <translation>Als Text für eine E-Mail kopieren</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="68" />
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="70" />
        <source>Export as calendar file (.ics)…</source>
        <translation>Als Kalenderdatei exportieren (.ics)…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="122" />
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="151" />
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="198" />
        <source>Skip this date…</source>
        <translation>Diesen Termin auslassen…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="199" />
        <source>Session with %1</source>
        <translation>Sitzung mit %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="245" />
        <source>Cancelled by you: never billed.</source>
        <translation>Von Ihnen abgesagt: wird nie abgerechnet.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="247" />
        <source>When the client cancelled was not recorded, so it is not billed.</source>
        <translation>Wann der Klient abgesagt hat, wurde nicht erfasst, daher wird die Sitzung nicht abgerechnet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="249" />
        <source>Cancelled in time (at least %n hour(s) before the start): not billed.</source>
        <translation>
            <numerusform>Rechtzeitig abgesagt (mindestens %n Stunde vor Beginn): wird nicht abgerechnet.</numerusform>
            <numerusform>Rechtzeitig abgesagt (mindestens %n Stunden vor Beginn): wird nicht abgerechnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="252" />
        <source>Cancelled late (less than %n hour(s) before the start): billed, as your cancellation policy says.</source>
        <translation>
            <numerusform>Kurzfristig abgesagt (weniger als %n Stunde vor Beginn): wird laut Ihrer Absageregelung abgerechnet.</numerusform>
            <numerusform>Kurzfristig abgesagt (weniger als %n Stunden vor Beginn): wird laut Ihrer Absageregelung abgerechnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="256" />
        <source>Cancelled late (less than %n hour(s) before the start); your cancellation policy does not bill late cancellations.</source>
        <translation>
            <numerusform>Kurzfristig abgesagt (weniger als %n Stunde vor Beginn); laut Ihrer Absageregelung werden kurzfristige Absagen nicht abgerechnet.</numerusform>
            <numerusform>Kurzfristig abgesagt (weniger als %n Stunden vor Beginn); laut Ihrer Absageregelung werden kurzfristige Absagen nicht abgerechnet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="274" />
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="276" />
        <source>Every week on %1</source>
        <translation>Jede Woche am %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="278" />
        <source>Every two weeks on %1</source>
        <translation>Alle zwei Wochen am %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="280" />
        <source>Every month on day %1</source>
        <translation>Jeden Monat am %1.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="362" />
        <source>For %1: %2, %3–%4 (%5)</source>
        <translation>Für %1: %2, %3–%4 (%5)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="374" />
        <source>Part of a series: %1.</source>
        <translation>Teil einer Serie: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="380" />
        <source>%n session(s), the last on %1.</source>
        <translation>
            <numerusform>%n Sitzung, die letzte am %1.</numerusform>
            <numerusform>%n Sitzungen, die letzte am %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="401" />
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="413" />
        <source>No engagement</source>
        <translation>Kein Mandat</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="414" />
        <source>Sessions belong to an engagement. Start one in the pipeline first.</source>
        <translation>Sitzungen gehören zu einem Mandat. Beginnen Sie zuerst eines im Ablauf.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="419" />
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>md::SessionListModel</name>
    <message>
        <location filename="../ui/calendar/SessionListModel.cpp" line="82" />
        <source> (%1 their time)</source>
        <translation> (%1 Ortszeit des Klienten)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionListModel.cpp" line="113" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionListModel.cpp" line="115" />
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionListModel.cpp" line="117" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionListModel.cpp" line="119" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>md::SessionReportRepository</name>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="33" />
        <location filename="../core/storage/SessionReportRepository.cpp" line="36" />
        <source>Could not read the engagement</source>
        <translation>Das Mandat konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="38" />
        <source>There is no engagement with id %1.</source>
        <translation>Es gibt kein Mandat mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="59" />
        <location filename="../core/storage/SessionReportRepository.cpp" line="63" />
        <source>Could not read the workspace's tables</source>
        <translation>Die Tabellen des Arbeitsbereichs konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="154" />
        <location filename="../core/storage/SessionReportRepository.cpp" line="168" />
        <source>Could not read the goals</source>
        <translation>Die Ziele konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="181" />
        <location filename="../core/storage/SessionReportRepository.cpp" line="191" />
        <source>Could not read the actions</source>
        <translation>Die Maßnahmen konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>md::SessionRepository</name>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="124" />
        <location filename="../core/storage/SessionRepository.cpp" line="162" />
        <source>Could not save the session</source>
        <translation>Die Sitzung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="165" />
        <location filename="../core/storage/SessionRepository.cpp" line="187" />
        <source>There is no session with id %1.</source>
        <translation>Es gibt keine Sitzung mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="174" />
        <source>Could not delete the session</source>
        <translation>Die Sitzung konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="138" />
        <location filename="../core/storage/SessionRepository.cpp" line="183" />
        <location filename="../core/storage/SessionRepository.cpp" line="186" />
        <source>Could not read the session</source>
        <translation>Die Sitzung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="264" />
        <location filename="../core/storage/SessionRepository.cpp" line="274" />
        <location filename="../core/storage/SessionRepository.cpp" line="315" />
        <location filename="../core/storage/SessionRepository.cpp" line="320" />
        <source>Could not read the sessions</source>
        <translation>Die Sitzungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="354" />
        <location filename="../core/storage/SessionRepository.cpp" line="357" />
        <source>Could not read the engagement</source>
        <translation>Das Mandat konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="359" />
        <source>There is no engagement with id %1.</source>
        <translation>Es gibt kein Mandat mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="368" />
        <location filename="../core/storage/SessionRepository.cpp" line="373" />
        <location filename="../core/storage/SessionRepository.cpp" line="384" />
        <location filename="../core/storage/SessionRepository.cpp" line="389" />
        <source>Could not read the engagements</source>
        <translation>Die Mandate konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>md::SessionSeriesRepository</name>
    <message>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="102" />
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="120" />
        <source>Could not save the series</source>
        <translation>Die Serie konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="122" />
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="135" />
        <source>There is no series with id %1.</source>
        <translation>Es gibt keine Serie mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="131" />
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="134" />
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="157" />
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="162" />
        <source>Could not read the series</source>
        <translation>Die Serie konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="171" />
        <source>Could not delete the series</source>
        <translation>Die Serie konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>md::SessionSpanRepository</name>
    <message>
        <location filename="../core/storage/SessionSpanRepository.cpp" line="36" />
        <source>Could not read the sessions</source>
        <translation>Die Sitzungen konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>md::SessionSummaryActions</name>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="27" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="58" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="66" />
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="48" />
        <source>Session summary %1 %2.%3</source>
        <translation>Sitzungszusammenfassung %1 %2.%3</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="51" />
        <source>Save summary</source>
        <translation>Zusammenfassung speichern</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="51" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="51" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="72" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="84" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="92" />
        <source>Export as calendar file</source>
        <translation>Als Kalenderdatei exportieren</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="73" />
        <source>Save the session first.</source>
        <translation>Speichern Sie zuerst die Sitzung.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="81" />
        <source>Session %1 %2.ics</source>
        <translation>Sitzung %1 %2.ics</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="85" />
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="100" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="109" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="116" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="126" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="129" />
        <source>Action plan</source>
        <translation>Aktionsplan</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="101" />
        <source>This engagement has no goals yet. Actions belong to a goal.</source>
        <translation>Dieses Mandat hat noch keine Ziele. Maßnahmen gehören zu einem Ziel.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="109" />
        <source>Add the agreed actions to the goal:</source>
        <translation>Die vereinbarten Maßnahmen zu diesem Ziel hinzufügen:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="119" />
        <source>%n action(s) added to “%1”.</source>
        <translation>
            <numerusform>%n Maßnahme zu „%1“ hinzugefügt.</numerusform>
            <numerusform>%n Maßnahmen zu „%1“ hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="122" />
        <source>%n action(s) were already in the plan.</source>
        <translation>
            <numerusform>%n Maßnahme war bereits im Plan.</numerusform>
            <numerusform>%n Maßnahmen waren bereits im Plan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="124" />
        <source>Not added:</source>
        <translation>Nicht hinzugefügt:</translation>
    </message>
</context>
<context>
    <name>md::SessionSummaryDocument</name>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="39" />
        <source>Session summary</source>
        <translation>Sitzungszusammenfassung</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="46" />
        <source>Topics discussed</source>
        <translation>Besprochene Themen</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="47" />
        <source>Progress on goals</source>
        <translation>Fortschritt bei den Zielen</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="49" />
        <source>Agreed actions</source>
        <translation>Vereinbarte Maßnahmen</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="51" />
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="52" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="62" />
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="64" />
        <source>Engagement</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="67" />
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="68" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="72" />
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="77" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="79" />
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="81" />
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="87" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="96" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="110" />
        <source>No summary has been written for this session yet.</source>
        <translation>Für diese Sitzung wurde noch keine Zusammenfassung geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="154" />
        <location filename="../core/export/SessionSummaryDocument.cpp" line="173" />
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="158" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="168" />
        <source>Session summary · %1 · %2</source>
        <translation>Sitzungszusammenfassung · %1 · %2</translation>
    </message>
</context>
<context>
    <name>md::SessionSummaryReport</name>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="25" />
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="27" />
        <source>In progress</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="29" />
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="30" />
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="61" />
        <source>Progress report</source>
        <translation>Fortschrittsbericht</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="76" />
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="84" />
        <source>%1 still planned</source>
        <translation>%1 noch geplant</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="87" />
        <source>%1 cancelled</source>
        <translation>%1 abgesagt</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="90" />
        <source>%1 missed</source>
        <translation>%1 versäumt</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="97" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="98" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="99" />
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="110" />
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="114" />
        <source>No goals recorded yet.</source>
        <translation>Noch keine Ziele erfasst.</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="118" />
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="119" />
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="120" />
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="121" />
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="122" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="133" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="160" />
        <source>for “%1”</source>
        <translation>für „%1“</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="162" />
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="175" />
        <source>Actions done</source>
        <translation>Erledigte Maßnahmen</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="176" />
        <source>None yet.</source>
        <translation>Noch keine.</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="177" />
        <source>Open actions</source>
        <translation>Offene Maßnahmen</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="178" />
        <source>Nothing open.</source>
        <translation>Nichts offen.</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="186" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="191" />
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="194" />
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="196" />
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="198" />
        <source>Report date</source>
        <translation>Berichtsdatum</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="212" />
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="213" />
        <source>Progress report · %1 · %2</source>
        <translation>Fortschrittsbericht · %1 · %2</translation>
    </message>
</context>
<context>
    <name>md::SessionSummaryText</name>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="127" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="132" />
        <source> · %1 in %2</source>
        <translation> · %1 in %2</translation>
    </message>
</context>
<context>
    <name>md::SessionTally</name>
    <message numerus="yes">
        <location filename="../core/export/SessionSummaryReport.cpp" line="44" />
        <location filename="../core/scheduling/SessionTally.cpp" line="34" />
        <source>%n held</source>
        <translation>
            <numerusform>%n durchgeführt</numerusform>
            <numerusform>%n durchgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/SessionSummaryReport.cpp" line="45" />
        <location filename="../core/scheduling/SessionTally.cpp" line="35" />
        <source>%1 of %n held</source>
        <translation>
            <numerusform>%1 von %n durchgeführt</numerusform>
            <numerusform>%1 von %n durchgeführt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::SettingsCatalog</name>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="43" />
        <source>%1 image, %2 KB</source>
        <translation>%1-Bild, %2 KB</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="59" />
        <source>Your name as printed on invoices and agreements.</source>
        <translation>Ihr Name, wie er auf Rechnungen und Vereinbarungen gedruckt wird.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="61" />
        <source>Business or trading name (optional).</source>
        <translation>Firmen- oder Geschäftsname (optional).</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="64" />
        <source>Postal address; write \n between lines on the command line.</source>
        <translation>Postanschrift; schreiben Sie auf der Kommandozeile \n zwischen die Zeilen.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="66" />
        <source>Your VAT or tax number.</source>
        <translation>Ihre USt-IdNr. oder Steuernummer.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="68" />
        <source>Contact e-mail.</source>
        <translation>E-Mail-Adresse für Kontakt.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="70" />
        <source>Contact phone.</source>
        <translation>Telefonnummer für Kontakt.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="73" />
        <source>Language of your documents and the default for each client's (%1); empty follows the interface language.</source>
        <translation>Sprache Ihrer Dokumente und Standard für die Dokumente jedes Klienten (%1); leer folgt der Sprache der Oberfläche.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="78" />
        <source>Country of your business (ISO code such as DE, FR, IT): it decides the legal wording of a small-business exemption. Empty takes the IBAN's country.</source>
        <translation>Land Ihres Unternehmens (ISO-Code wie DE, FR, IT): Es bestimmt den rechtlichen Wortlaut der Kleinunternehmerregelung. Leer übernimmt das Land der IBAN.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="82" />
        <source>Logo printed on invoices: path of a PNG or JPEG file (empty removes it).</source>
        <translation>Auf Rechnungen gedrucktes Logo: Pfad einer PNG- oder JPEG-Datei (leer entfernt es).</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="88" />
        <source>An open engagement without activity for this many days is shown as stale (%1 to %2).</source>
        <translation>Ein offenes Mandat ohne Aktivität seit so vielen Tagen wird als ruhend angezeigt (%1 bis %2).</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="94" />
        <source>Minutes before a session that MentorDesk reminds you; 0 turns reminders off.</source>
        <translation>Minuten vor einer Sitzung, zu denen MentorDesk Sie erinnert; 0 schaltet Erinnerungen aus.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="142" />
        <location filename="../core/settings/SettingsCatalog.cpp" line="215" />
        <source>There is no setting called "%1".</source>
        <translation>Es gibt keine Einstellung namens „%1“.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="159" />
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="187" />
        <source>MentorDesk writes no documents in "%1" (use one of %2).</source>
        <translation>MentorDesk erstellt keine Dokumente in „%1“ (verwenden Sie eine von %2).</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="197" />
        <source>"%1" is not a country code (two letters, such as DE).</source>
        <translation>„%1“ ist kein Ländercode (zwei Buchstaben, wie DE).</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="208" />
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>md::SettingsService</name>
    <message>
        <location filename="../core/settings/SettingsService.cpp" line="70" />
        <source>An engagement can be called stale after %1 to %2 days.</source>
        <translation>Ein Mandat kann nach %1 bis %2 Tagen als ruhend gelten.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsService.cpp" line="75" />
        <source>A reminder can come at most %1 minutes before a session.</source>
        <translation>Eine Erinnerung kann höchstens %1 Minuten vor einer Sitzung erfolgen.</translation>
    </message>
</context>
<context>
    <name>md::Sidecar</name>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="39" />
        <source>No workspace file at %1.</source>
        <translation>Keine Arbeitsbereichsdatei unter %1.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="43" />
        <location filename="../core/workspace/Sidecar.cpp" line="50" />
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="28" />
        <source>The workspace file %1 is damaged (%2). The database itself can still be opened with the recovery key.</source>
        <translation>Die Arbeitsbereichsdatei %1 ist beschädigt (%2). Die Datenbank selbst lässt sich weiterhin mit dem Wiederherstellungsschlüssel öffnen.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="45" />
        <location filename="../core/workspace/Sidecar.cpp" line="56" />
        <source>it is far too large to be one</source>
        <translation>sie ist viel zu groß dafür</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="61" />
        <source>it is not a JSON object</source>
        <translation>sie ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="68" />
        <source>This workspace was made by a newer version of MentorDesk. Update MentorDesk to open it; nothing was changed.</source>
        <translation>Dieser Arbeitsbereich wurde mit einer neueren Version von MentorDesk erstellt. Aktualisieren Sie MentorDesk, um ihn zu öffnen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="71" />
        <source>it has no format version</source>
        <translation>sie hat keine Formatversion</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="86" />
        <source>it has %1 passphrase entries</source>
        <translation>sie hat %1 Passphrase-Einträge</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="95" />
        <source>The workspace file %1 is incomplete. The database itself can still be opened with the recovery key.</source>
        <translation>Die Arbeitsbereichsdatei %1 ist unvollständig. Die Datenbank selbst lässt sich weiterhin mit dem Wiederherstellungsschlüssel öffnen.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="99" />
        <source>its workspace id is not valid</source>
        <translation>ihre Arbeitsbereichs-ID ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="103" />
        <source>its pending key fingerprint is not valid</source>
        <translation>ihr ausstehender Schlüsselfingerabdruck ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="106" />
        <source>its page size %1 is not 4096</source>
        <translation>ihre Seitengröße %1 ist nicht 4096</translation>
    </message>
</context>
<context>
    <name>md::SignaturePad</name>
    <message>
        <location filename="../ui/agreements/SignaturePad.cpp" line="85" />
        <source>Signature pad</source>
        <translation>Unterschriftenfeld</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignaturePad.cpp" line="86" />
        <source>Draw your signature with the mouse, a pen or a finger.</source>
        <translation>Zeichnen Sie Ihre Unterschrift mit der Maus, einem Stift oder dem Finger.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignaturePad.cpp" line="246" />
        <source>Sign above the line</source>
        <translation>Oberhalb der Linie unterschreiben</translation>
    </message>
</context>
<context>
    <name>md::SignerName</name>
    <message>
        <location filename="../core/agreements/SignerName.cpp" line="27" />
        <source>Signed as “%1”; the mentor confirmed this differs from the client's name “%2”.</source>
        <translation>Unterschrieben als „%1“; der Mentor hat bestätigt, dass dies vom Namen des Klienten „%2“ abweicht.</translation>
    </message>
    <message>
        <location filename="../core/agreements/SignerName.cpp" line="29" />
        <source>Signed as “%1”; the mentor confirmed this differs from the name in the mentor profile “%2”.</source>
        <translation>Unterschrieben als „%1“; der Mentor hat bestätigt, dass dies vom Namen im Mentorenprofil „%2“ abweicht.</translation>
    </message>
</context>
<context>
    <name>md::SignerPanel</name>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="93" />
        <source>Mentee: %1</source>
        <translation>Mentee: %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="94" />
        <source>Mentor: %1</source>
        <translation>Mentor: %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="34" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="36" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="38" />
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="44" />
        <source>Use my &amp;stored signature</source>
        <translation>Meine &amp;gespeicherte Unterschrift verwenden</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="53" />
        <source>Full name of the %1</source>
        <translation>Vollständiger Name (%1)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="59" />
        <source>I, the mentor, confirm the mentee signs with this name</source>
        <translation>Ich, der Mentor, bestätige, dass der Mentee mit diesem Namen unterschreibt</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="60" />
        <source>I confirm that I sign with this name</source>
        <translation>Ich bestätige, dass ich mit diesem Namen unterschreibe</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="64" />
        <source>I agree to the statement above</source>
        <translation>Ich stimme der obigen Erklärung zu</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="68" />
        <source>Full name (typed):</source>
        <translation>Vollständiger Name (eingegeben):</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="116" />
        <source>“%1” differs from the client's name “%2”. The signed agreement will say so.</source>
        <translation>„%1“ weicht vom Namen des Klienten „%2“ ab. Die unterschriebene Vereinbarung vermerkt dies.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="118" />
        <source>“%1” differs from the name in your mentor profile “%2”. The signed agreement will say so.</source>
        <translation>„%1“ weicht vom Namen in Ihrem Mentorenprofil „%2“ ab. Die unterschriebene Vereinbarung vermerkt dies.</translation>
    </message>
</context>
<context>
    <name>md::SigningDialog</name>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="25" />
        <source>Sign %1</source>
        <translation>%1 unterschreiben</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="27" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="29" />
        <source>Both of you sign below, each with the name you sign with. Fingerprint: %1</source>
        <translation>Sie unterschreiben beide unten, jeweils mit dem Namen, mit dem Sie unterschreiben. Fingerabdruck: %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="46" />
        <source>&amp;Sign and freeze</source>
        <translation>&amp;Unterschreiben und festschreiben</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="95" />
        <source>%1 was deleted elsewhere.</source>
        <translation>%1 wurde an anderer Stelle gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="97" />
        <source>%1 was signed elsewhere meanwhile.</source>
        <translation>%1 wurde inzwischen an anderer Stelle unterschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="98" />
        <source>%1 was changed elsewhere. Close this window and open it again to sign the current text.</source>
        <translation>%1 wurde an anderer Stelle geändert. Schließen Sie dieses Fenster und öffnen Sie es erneut, um den aktuellen Text zu unterschreiben.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="112" />
        <source>Sign and freeze %1</source>
        <translation>%1 unterschreiben und festschreiben</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="113" />
        <source>Once signed, %1 can no longer be changed: its PDF is stored as it is now, with both signatures, and sealed with this workspace's key. A change later needs an amendment signed again.</source>
        <translation>Nach der Unterschrift kann %1 nicht mehr geändert werden: Das PDF wird im jetzigen Zustand mit beiden Unterschriften gespeichert und mit dem Schlüssel dieses Arbeitsbereichs versiegelt. Eine spätere Änderung erfordert einen erneut unterschriebenen Nachtrag.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="119" />
        <source>Sign and &amp;freeze</source>
        <translation>Unterschreiben und &amp;festschreiben</translation>
    </message>
</context>
<context>
    <name>md::SigningKey</name>
    <message>
        <location filename="../core/crypto/SigningKey.cpp" line="42" />
        <source>An Ed25519 seed must be 32 bytes long.</source>
        <translation>Ein Ed25519-Seed muss 32 Byte lang sein.</translation>
    </message>
    <message>
        <location filename="../core/crypto/SigningKey.cpp" line="53" />
        <source>The stored signing key has the wrong length.</source>
        <translation>Der gespeicherte Signaturschlüssel hat die falsche Länge.</translation>
    </message>
    <message>
        <location filename="../core/crypto/SigningKey.cpp" line="63" />
        <source>The stored signing key is damaged: its two halves do not match.</source>
        <translation>Der gespeicherte Signaturschlüssel ist beschädigt: Seine beiden Hälften passen nicht zueinander.</translation>
    </message>
</context>
<context>
    <name>md::SmartCheck</name>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="43" />
        <source>Say what exactly the mentee will achieve.</source>
        <translation>Geben Sie an, was genau der Mentee erreichen wird.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="46" />
        <source>Describe the result in a full phrase (at least %1 words), not just a topic.</source>
        <translation>Beschreiben Sie das Ergebnis in einem ganzen Satz (mindestens %1 Wörter), nicht nur als Thema.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="51" />
        <source>Name what will be measured.</source>
        <translation>Nennen Sie, was gemessen wird.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="54" />
        <source>Give the unit of the measure (for example interviews, %, hours).</source>
        <translation>Geben Sie die Einheit der Messgröße an (zum Beispiel Vorstellungsgespräche, %, Stunden).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="57" />
        <source>Enter where the mentee starts (the baseline).</source>
        <translation>Geben Sie an, wo der Mentee steht (den Ausgangswert).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="60" />
        <source>Enter the value to reach (the target).</source>
        <translation>Geben Sie den zu erreichenden Wert ein (den Zielwert).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="63" />
        <source>The target equals the baseline, so there is nothing to measure.</source>
        <translation>Der Zielwert entspricht dem Ausgangswert, es gibt also nichts zu messen.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="68" />
        <source>Explain why the goal is realistic for the mentee.</source>
        <translation>Erläutern Sie, warum das Ziel für den Mentee realistisch ist.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="72" />
        <source>Link the goal to at least one need.</source>
        <translation>Verknüpfen Sie das Ziel mit mindestens einem Bedarf.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="77" />
        <source>The goal is linked to a need that no longer exists.</source>
        <translation>Das Ziel ist mit einem Bedarf verknüpft, der nicht mehr existiert.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="85" />
        <source>Set a due date.</source>
        <translation>Legen Sie ein Fälligkeitsdatum fest.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="88" />
        <source>The due date must come after the engagement's start (%1).</source>
        <translation>Das Fälligkeitsdatum muss nach dem Beginn des Mandats liegen (%1).</translation>
    </message>
</context>
<context>
    <name>md::SqlCipherDriver</name>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="85" />
        <source>Could not open the workspace database.</source>
        <translation>Die Datenbank des Arbeitsbereichs konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="111" />
        <source>No valid key was given.</source>
        <translation>Es wurde kein gültiger Schlüssel angegeben.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="116" />
        <source>The database file %1 does not exist.</source>
        <translation>Die Datenbankdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="118" />
        <source>The file is a plain, unencrypted SQLite database; MentorDesk only opens encrypted workspaces.</source>
        <translation>Die Datei ist eine einfache, unverschlüsselte SQLite-Datenbank; MentorDesk öffnet nur verschlüsselte Arbeitsbereiche.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="125" />
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="152" />
        <source>SQLCipher refused the key.</source>
        <translation>SQLCipher hat den Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="156" />
        <source>Could not set the page size.</source>
        <translation>Die Seitengröße konnte nicht festgelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="162" />
        <source>The key does not open this database, or the file is not a MentorDesk database, or it is damaged.</source>
        <translation>Der Schlüssel öffnet diese Datenbank nicht, oder die Datei ist keine MentorDesk-Datenbank, oder sie ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="177" />
        <source>This build of SQLite has no encryption (SQLCipher missing).</source>
        <translation>Diese SQLite-Version hat keine Verschlüsselung (SQLCipher fehlt).</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="253" />
        <location filename="../core/storage/SqlCipherDriver.cpp" line="262" />
        <source>The script failed</source>
        <translation>Das Skript ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="275" />
        <source>Could not re-encrypt the database</source>
        <translation>Die Datenbank konnte nicht neu verschlüsselt werden</translation>
    </message>
</context>
<context>
    <name>md::StageGate</name>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="38" />
        <source>Profile-study notes are written.</source>
        <translation>Notizen zur Profilanalyse sind geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="42" />
        <source>Write your profile-study notes on the mentee.</source>
        <translation>Schreiben Sie Ihre Notizen zur Profilanalyse des Mentee.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="46" />
        <source>A signed agreement with confidentiality terms is on record.</source>
        <translation>Eine unterschriebene Vereinbarung mit Vertraulichkeitsbestimmungen liegt vor.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="51" />
        <source>Have the mentee sign an agreement with confidentiality terms.</source>
        <translation>Lassen Sie den Mentee eine Vereinbarung mit Vertraulichkeitsbestimmungen unterschreiben.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="55" />
        <source>At least one need is recorded.</source>
        <translation>Mindestens ein Bedarf ist erfasst.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="58" />
        <source>Record at least one need.</source>
        <translation>Erfassen Sie mindestens einen Bedarf.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="62" />
        <source>At least one active goal passes the SMART check.</source>
        <translation>Mindestens ein aktives Ziel besteht die SMART-Prüfung.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="71" />
        <source>Goal "%1" is not SMART yet (%2).</source>
        <translation>Das Ziel „%1“ ist noch nicht SMART (%2).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="76" />
        <source>Write at least one SMART goal.</source>
        <translation>Formulieren Sie mindestens ein SMART-Ziel.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="82" />
        <source>At least one goal is active.</source>
        <translation>Mindestens ein Ziel ist aktiv.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="89" />
        <source>No goal is active: reactivate a goal or write a new one.</source>
        <translation>Kein Ziel ist aktiv: Aktivieren Sie ein Ziel wieder oder formulieren Sie ein neues.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="93" />
        <source>Every active goal has at least one action to do or in progress.</source>
        <translation>Jedes aktive Ziel hat mindestens eine offene oder laufende Maßnahme.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="99" />
        <source>Plan an open action for goal "%1".</source>
        <translation>Planen Sie eine offene Maßnahme für das Ziel „%1“.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="104" />
        <source>Every goal is evaluated.</source>
        <translation>Jedes Ziel ist ausgewertet.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="109" />
        <source>Evaluate goal "%1".</source>
        <translation>Werten Sie das Ziel „%1“ aus.</translation>
    </message>
</context>
<context>
    <name>md::SystemKeyStore</name>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="136" />
        <source>The keychain entry for this workspace is damaged.</source>
        <translation>Der Eintrag für diesen Arbeitsbereich im Schlüsselbund ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>md::TableDigests</name>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="96" />
        <source>The checksum key is missing.</source>
        <translation>Der Schlüssel für die Prüfsummen fehlt.</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="104" />
        <location filename="../core/backup/TableDigest.cpp" line="109" />
        <source>Could not list the tables</source>
        <translation>Die Tabellen konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="117" />
        <location filename="../core/backup/TableDigest.cpp" line="128" />
        <source>Could not read the table %1</source>
        <translation>Die Tabelle %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="143" />
        <source>The table %1 is missing.</source>
        <translation>Die Tabelle %1 fehlt.</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="145" />
        <source>The table %1 has %2 rows instead of %3.</source>
        <translation>Die Tabelle %1 hat %2 Zeilen statt %3.</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="150" />
        <source>The rows of the table %1 differ.</source>
        <translation>Die Zeilen der Tabelle %1 weichen ab.</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="156" />
        <source>The table %1 was not expected.</source>
        <translation>Die Tabelle %1 war nicht erwartet.</translation>
    </message>
</context>
<context>
    <name>md::TableDump</name>
    <message>
        <location filename="../core/storage/TableDump.cpp" line="93" />
        <location filename="../core/storage/TableDump.cpp" line="98" />
        <source>Could not list the tables</source>
        <translation>Die Tabellen konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <location filename="../core/storage/TableDump.cpp" line="106" />
        <location filename="../core/storage/TableDump.cpp" line="111" />
        <source>Could not read the table %1</source>
        <translation>Die Tabelle %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/TableDump.cpp" line="135" />
        <location filename="../core/storage/TableDump.cpp" line="139" />
        <location filename="../core/storage/TableDump.cpp" line="150" />
        <source>Could not read the workspace</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>md::TableLoader</name>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="18" />
        <source>Loading tables needs a transaction around it.</source>
        <translation>Das Laden von Tabellen muss in einer Transaktion erfolgen.</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="23" />
        <location filename="../core/storage/TableLoader.cpp" line="27" />
        <source>Could not read the workspace's rules</source>
        <translation>Die Regeln des Arbeitsbereichs konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="31" />
        <location filename="../core/storage/TableLoader.cpp" line="35" />
        <source>Could not prepare the workspace for the import</source>
        <translation>Der Arbeitsbereich konnte nicht für den Import vorbereitet werden</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="45" />
        <source>Could not read the table %1</source>
        <translation>Die Tabelle %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="52" />
        <source>Could not empty the table %1</source>
        <translation>Die Tabelle %1 konnte nicht geleert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="67" />
        <source>Could not write the table %1</source>
        <translation>Die Tabelle %1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="73" />
        <source>Could not write a record of %1</source>
        <translation>Ein Datensatz von %1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="82" />
        <source>Could not check the imported records</source>
        <translation>Die importierten Datensätze konnten nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="85" />
        <source>a record of %1 (row %2) refers to a missing record of %3</source>
        <translation>ein Datensatz von %1 (Zeile %2) verweist auf einen fehlenden Datensatz von %3</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="91" />
        <source>The records do not fit together: %1.</source>
        <translation>Die Datensätze passen nicht zusammen: %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="95" />
        <source>Could not restore the workspace's rules</source>
        <translation>Die Regeln des Arbeitsbereichs konnten nicht wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>md::TaxRates</name>
    <message>
        <location filename="../core/billing/TaxRates.cpp" line="25" />
        <source>Standard</source>
        <translation>Regelsatz</translation>
    </message>
    <message>
        <location filename="../core/billing/TaxRates.cpp" line="28" />
        <source>Reduced</source>
        <translation>Ermäßigt</translation>
    </message>
    <message>
        <location filename="../core/billing/TaxRates.cpp" line="31" />
        <source>Zero</source>
        <translation>Null</translation>
    </message>
    <message>
        <location filename="../core/billing/TaxRates.cpp" line="34" />
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../core/billing/TaxRates.cpp" line="72" />
        <source>No reduced tax rate is set yet: set it under Billing › Settings › Business settings, or give the rate as a percentage.</source>
        <translation>Es ist noch kein ermäßigter Steuersatz festgelegt: Legen Sie ihn unter „Abrechnung › Einstellungen › Geschäftseinstellungen“ fest oder geben Sie den Satz in Prozent an.</translation>
    </message>
</context>
<context>
    <name>md::TemplateEditorDialog</name>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="27" />
        <source>Agreement templates</source>
        <translation>Vorlagen für Vereinbarungen</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="42" />
        <source>This template contains confidentiality terms</source>
        <translation>Diese Vorlage enthält Vertraulichkeitsbestimmungen</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="50" />
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="51" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="57" />
        <source>Placeholders in double braces are filled in from your profile, the client and the engagement when an agreement is generated. One without a value stops the generation and is named.</source>
        <translation>Platzhalter in doppelten geschweiften Klammern werden beim Erstellen einer Vereinbarung aus Ihrem Profil, dem Klienten und dem Mandat ausgefüllt. Ein Platzhalter ohne Wert bricht die Erstellung ab und wird genannt.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="68" />
        <source>&amp;Save as new version</source>
        <translation>Als neue Version &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="71" />
        <source>Start from the &amp;built-in text</source>
        <translation>Vom &amp;integrierten Text ausgehen</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="108" />
        <source>Version %1 (built in)</source>
        <translation>Version %1 (integriert)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="110" />
        <source>Version %1 of %2%3</source>
        <translation>Version %1 vom %2%3</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="114" />
        <source> (built in)</source>
        <translation> (integriert)</translation>
    </message>
</context>
<context>
    <name>md::TemplateRenderer</name>
    <message>
        <location filename="../core/agreements/TemplateRenderer.cpp" line="102" />
        <source>unknown placeholders: %1</source>
        <translation>unbekannte Platzhalter: %1</translation>
    </message>
    <message>
        <location filename="../core/agreements/TemplateRenderer.cpp" line="108" />
        <source> (placeholder names are lower case, with dots and underscores, like {{client.full_name}})</source>
        <translation> (Platzhalternamen sind kleingeschrieben, mit Punkten und Unterstrichen, etwa {{client.full_name}})</translation>
    </message>
    <message>
        <location filename="../core/agreements/TemplateRenderer.cpp" line="115" />
        <source>placeholders without a value: %1</source>
        <translation>Platzhalter ohne Wert: %1</translation>
    </message>
    <message>
        <location filename="../core/agreements/TemplateRenderer.cpp" line="117" />
        <source>The agreement cannot be generated. The template has %1. Fill in the missing details (mentor profile, client or engagement) or correct the template.</source>
        <translation>Die Vereinbarung kann nicht erstellt werden. Die Vorlage enthält %1. Ergänzen Sie die fehlenden Angaben (Mentorenprofil, Klient oder Mandat) oder korrigieren Sie die Vorlage.</translation>
    </message>
</context>
<context>
    <name>md::TimelineModel</name>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="88" />
        <source>(created)</source>
        <translation>(angelegt)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="92" />
        <source>Override: %1</source>
        <translation>Ausnahme: %1</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="103" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="105" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="107" />
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="109" />
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>md::UnlockDialog</name>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="40" />
        <source>The key could not be remembered.</source>
        <translation>Der Schlüssel konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="50" />
        <source>Unlock MentorDesk</source>
        <translation>MentorDesk entsperren</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="52" />
        <source>Unlock your workspace</source>
        <translation>Arbeitsbereich entsperren</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="67" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="71" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="77" />
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="82" />
        <source>&amp;Recovery key:</source>
        <translation>&amp;Wiederherstellungsschlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="92" />
        <source>Re&amp;member on this computer</source>
        <translation>Auf diesem Computer &amp;merken</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="95" />
        <source>Keep the workspace key in the system keychain and open MentorDesk without asking while you are logged in</source>
        <translation>Den Schlüssel des Arbeitsbereichs im Schlüsselbund des Systems aufbewahren und MentorDesk ohne Nachfrage öffnen, solange Sie angemeldet sind</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="98" />
        <source>No keychain answered on this computer, so MentorDesk cannot remember the key here.</source>
        <translation>Auf diesem Computer hat kein Schlüsselbund geantwortet, daher kann MentorDesk den Schlüssel hier nicht speichern.</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="112" />
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="116" />
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung wieder&amp;herstellen…</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="163" />
        <source>Use recovery key instead</source>
        <translation>Stattdessen Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="164" />
        <source>Use passphrase instead</source>
        <translation>Stattdessen Passphrase verwenden</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="200" />
        <source>The passphrase is not correct. Check Caps Lock and the keyboard layout, or use your recovery key instead.</source>
        <translation>Die Passphrase ist nicht richtig. Prüfen Sie die Feststelltaste und die Tastaturbelegung oder verwenden Sie stattdessen Ihren Wiederherstellungsschlüssel.</translation>
    </message>
</context>
<context>
    <name>md::UpcomingSessionRepository</name>
    <message>
        <location filename="../core/storage/UpcomingSessionRepository.cpp" line="52" />
        <source>Could not read the upcoming sessions</source>
        <translation>Die anstehenden Sitzungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/storage/UpcomingSessionRepository.cpp" line="79" />
        <source>Could not count the sessions</source>
        <translation>Die Sitzungen konnten nicht gezählt werden</translation>
    </message>
</context>
<context>
    <name>md::UpcomingSessionsWidget</name>
    <message>
        <location filename="../ui/calendar/UpcomingSessionsWidget.cpp" line="31" />
        <source>Upcoming sessions</source>
        <translation>Anstehende Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/UpcomingSessionsWidget.cpp" line="48" />
        <location filename="../ui/calendar/UpcomingSessionsWidget.cpp" line="154" />
        <source>Nothing planned for the coming days.</source>
        <translation>Für die kommenden Tage ist nichts geplant.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/UpcomingSessionsWidget.cpp" line="166" />
        <source>%1: the last planned session is near (%2).</source>
        <translation>%1: Die letzte geplante Sitzung steht bevor (%2).</translation>
    </message>
</context>
<context>
    <name>md::VCardReader</name>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="156" />
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>Die Datei ist größer als %1 MB; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="197" />
        <source>not a vCard property (NAME:value)</source>
        <translation>keine vCard-Eigenschaft (NAME:Wert)</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="219" />
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD ohne BEGIN:VCARD</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="235" />
        <source>a card without a name</source>
        <translation>eine Karte ohne Namen</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="240" />
        <source>more than %1 cards; split the file</source>
        <translation>mehr als %1 Karten; teilen Sie die Datei auf</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="246" />
        <source>a property outside BEGIN:VCARD … END:VCARD</source>
        <translation>eine Eigenschaft außerhalb von BEGIN:VCARD … END:VCARD</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="252" />
        <source>the value is longer than 1 MB</source>
        <translation>der Wert ist länger als 1 MB</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="260" />
        <source>broken quoted-printable text</source>
        <translation>fehlerhafter Quoted-Printable-Text</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="268" />
        <source>vCard version %1 is not supported (2.1, 3.0 and 4.0 are)</source>
        <translation>vCard-Version %1 wird nicht unterstützt (unterstützt werden 2.1, 3.0 und 4.0)</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="307" />
        <source>BEGIN:VCARD without END:VCARD</source>
        <translation>BEGIN:VCARD ohne END:VCARD</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="313" />
        <source>The file is not a valid vCard file: %1</source>
        <translation>Die Datei ist keine gültige vCard-Datei: %1</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="316" />
        <source>The file holds no vCard (BEGIN:VCARD).</source>
        <translation>Die Datei enthält keine vCard (BEGIN:VCARD).</translation>
    </message>
</context>
<context>
    <name>md::VerificationBadge</name>
    <message>
        <location filename="../ui/agreements/VerificationBadge.cpp" line="37" />
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/VerificationBadge.cpp" line="41" />
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/VerificationBadge.cpp" line="45" />
        <source>Draft – not signed yet</source>
        <translation>Entwurf – noch nicht unterschrieben</translation>
    </message>
</context>
<context>
    <name>md::WeekGrid</name>
    <message>
        <location filename="../ui/calendar/WeekGrid.cpp" line="46" />
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../ui/calendar/WeekGrid.cpp" line="237" />
        <source>Busy</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location filename="../ui/calendar/WeekGrid.cpp" line="237" />
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/calendar/WeekGrid.cpp" line="351" />
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/calendar/WeekGrid.cpp" line="473" />
        <source>Busy in your other calendar</source>
        <translation>In Ihrem anderen Kalender belegt</translation>
    </message>
</context>
<context>
    <name>md::Workspace</name>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="41" />
        <source>The passphrase is not correct. Check Caps Lock and the keyboard layout, or unlock with your recovery key.</source>
        <translation>Die Passphrase ist nicht richtig. Prüfen Sie die Feststelltaste und die Tastaturbelegung oder entsperren Sie mit Ihrem Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="50" />
        <source>This workspace has no passphrase yet: its workspace file was rebuilt with the recovery key. Unlock with the recovery key and choose a new passphrase (with mentordesk-cli: passwd --recovery-key).</source>
        <translation>Dieser Arbeitsbereich hat noch keine Passphrase: Seine Arbeitsbereichsdatei wurde mit dem Wiederherstellungsschlüssel neu aufgebaut. Entsperren Sie mit dem Wiederherstellungsschlüssel und wählen Sie eine neue Passphrase (mit mentordesk-cli: passwd --recovery-key).</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="61" />
        <source>the key is right, but the file no longer reads as a database</source>
        <translation>der Schlüssel ist richtig, aber die Datei lässt sich nicht mehr als Datenbank lesen</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="176" />
        <source>There is already a workspace in %1. Open it instead; MentorDesk never replaces a workspace.</source>
        <translation>In %1 gibt es bereits einen Arbeitsbereich. Öffnen Sie stattdessen diesen; MentorDesk ersetzt niemals einen Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="180" />
        <source>Choose a passphrase.</source>
        <translation>Wählen Sie eine Passphrase.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="183" />
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="190" />
        <source>Could not restrict access to the folder %1.</source>
        <translation>Der Zugriff auf den Ordner %1 konnte nicht beschränkt werden.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="213" />
        <source>The new database is not encrypted; MentorDesk stopped to protect your data.</source>
        <translation>Die neue Datenbank ist nicht verschlüsselt; MentorDesk hat zum Schutz Ihrer Daten abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="326" />
        <source>Group %1 of the recovery key is not right; the other groups match this workspace. Compare that group of four with your printed key. Nothing was changed.</source>
        <translation>Gruppe %1 des Wiederherstellungsschlüssels ist nicht richtig; die übrigen Gruppen passen zu diesem Arbeitsbereich. Vergleichen Sie diese Vierergruppe mit Ihrem gedruckten Schlüssel. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="331" />
        <source>This recovery key does not open this workspace. Check each group of four characters against your printout. Nothing was changed.</source>
        <translation>Dieser Wiederherstellungsschlüssel öffnet diesen Arbeitsbereich nicht. Prüfen Sie jede Vierergruppe anhand Ihres Ausdrucks. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="338" />
        <source>Could not keep a copy of the damaged workspace file as %1.</source>
        <translation>Von der beschädigten Arbeitsbereichsdatei konnte keine Kopie als %1 aufbewahrt werden.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="362" />
        <source>The key remembered on this computer does not belong to this workspace. Unlock with your passphrase.</source>
        <translation>Der auf diesem Computer gespeicherte Schlüssel gehört nicht zu diesem Arbeitsbereich. Entsperren Sie mit Ihrer Passphrase.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="370" />
        <location filename="../core/workspace/Workspace.cpp" line="385" />
        <source>Choose a new passphrase.</source>
        <translation>Wählen Sie eine neue Passphrase.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="391" />
        <source>This recovery key does not belong to this workspace.</source>
        <translation>Dieser Wiederherstellungsschlüssel gehört nicht zu diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="469" />
        <source>This recovery key does not open the workspace database (or the database is damaged). Nothing was changed.</source>
        <translation>Dieser Wiederherstellungsschlüssel öffnet die Datenbank des Arbeitsbereichs nicht (oder die Datenbank ist beschädigt). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="486" />
        <source>Could not keep the damaged workspace file as %1; nothing was changed.</source>
        <translation>Die beschädigte Arbeitsbereichsdatei konnte nicht als %1 aufbewahrt werden; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>md::WorkspaceExporter</name>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="86" />
        <source>%1 holds a workspace; export into an empty or new folder.</source>
        <translation>%1 enthält einen Arbeitsbereich; exportieren Sie in einen leeren oder neuen Ordner.</translation>
    </message>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="91" />
        <source>%1 is not empty; export into an empty or new folder.</source>
        <translation>%1 ist nicht leer; exportieren Sie in einen leeren oder neuen Ordner.</translation>
    </message>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="96" />
        <location filename="../core/export/WorkspaceExporter.cpp" line="138" />
        <location filename="../core/export/WorkspaceExporter.cpp" line="193" />
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="102" />
        <source>Could not write to %1.</source>
        <translation>In %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="126" />
        <source>Could not finish the export in %1.</source>
        <translation>Der Export in %1 konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="237" />
        <source>Could not create the document folders.</source>
        <translation>Die Dokumentordner konnten nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>md::WorkspaceIdentity</name>
    <message>
        <location filename="../core/storage/WorkspaceIdentity.cpp" line="22" />
        <source>Could not record the workspace id</source>
        <translation>Die ID des Arbeitsbereichs konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/storage/WorkspaceIdentity.cpp" line="31" />
        <source>Could not read the workspace id</source>
        <translation>Die ID des Arbeitsbereichs konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>md::WorkspaceImporter</name>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="36" />
        <source>the field "%1" is unknown</source>
        <translation>das Feld „%1“ ist unbekannt</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="44" />
        <source>the field "%1" is missing</source>
        <translation>das Feld „%1“ fehlt</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="63" />
        <source>the field "%1" holds no valid base64 data</source>
        <translation>das Feld „%1“ enthält keine gültigen Base64-Daten</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="71" />
        <source>the field "%1" holds a list</source>
        <translation>das Feld „%1“ enthält eine Liste</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="81" />
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="93" />
        <location filename="../core/import/WorkspaceImporter.cpp" line="155" />
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="101" />
        <source>it does not hold a list of records</source>
        <translation>sie enthält keine Liste von Datensätzen</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="107" />
        <source>record %1 is not a record</source>
        <translation>Datensatz %1 ist kein Datensatz</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="126" />
        <source>text follows the list of records</source>
        <translation>auf die Liste der Datensätze folgt Text</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="136" />
        <source>line %1 is not a record</source>
        <translation>Zeile %1 ist kein Datensatz</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="141" />
        <source>the list of records is cut short</source>
        <translation>die Liste der Datensätze ist abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="149" />
        <source>There is no folder %1.</source>
        <translation>Es gibt keinen Ordner %1.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="152" />
        <source>%1 is not a MentorDesk export: it has no %2.</source>
        <translation>%1 ist kein MentorDesk-Export: %2 fehlt.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="173" />
        <source>This export holds one client's data, not a whole workspace. Only an export of a whole workspace (File &gt; Export Workspace, or 'export --to') can become a workspace.</source>
        <translation>Dieser Export enthält die Daten eines einzelnen Klienten, nicht eines ganzen Arbeitsbereichs. Nur aus dem Export eines ganzen Arbeitsbereichs („Datei &gt; Arbeitsbereich exportieren“ oder „export --to“) kann ein Arbeitsbereich werden.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="178" />
        <source>This export was made by a newer version of MentorDesk (data format %1; this version knows up to %2). Update MentorDesk to import it.</source>
        <translation>Dieser Export wurde mit einer neueren Version von MentorDesk erstellt (Datenformat %1; diese Version kennt bis %2). Aktualisieren Sie MentorDesk, um ihn zu importieren.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="186" />
        <source>This export was made by an earlier version of MentorDesk (data format %1; this version writes %2). Open the workspace it came from with this version and export it again.</source>
        <translation>Dieser Export wurde mit einer älteren Version von MentorDesk erstellt (Datenformat %1; diese Version schreibt %2). Öffnen Sie den Arbeitsbereich, aus dem er stammt, mit dieser Version und exportieren Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="207" />
        <source>The export is incomplete: %1 is missing.</source>
        <translation>Der Export ist unvollständig: %1 fehlt.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="212" />
        <source>The export holds json/%1, which is no table of this data format.</source>
        <translation>Der Export enthält json/%1, das keine Tabelle dieses Datenformats ist.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="228" />
        <source>This workspace already holds records; an export is imported into a new workspace only.</source>
        <translation>Dieser Arbeitsbereich enthält bereits Datensätze; ein Export wird nur in einen neuen Arbeitsbereich importiert.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="243" />
        <source>%1, record %2</source>
        <translation>%1, Datensatz %2</translation>
    </message>
</context>
<context>
    <name>md::cli::AgreementCommands</name>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="68" />
        <source>Unknown template '%1' (use mentoring|confidentiality).</source>
        <translation>Unbekannte Vorlage „%1“ (verwenden Sie mentoring|confidentiality).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="78" />
        <location filename="../app/cli/AgreementCommands.cpp" line="154" />
        <source>'%1' is not a date (use YYYY-MM-DD).</source>
        <translation>„%1“ ist kein Datum (verwenden Sie JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="87" />
        <source>--engagement is required.</source>
        <translation>--engagement ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="89" />
        <location filename="../app/cli/AgreementCommands.cpp" line="181" />
        <source>engagement id</source>
        <translation>Mandats-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="108" />
        <location filename="../app/cli/AgreementCommands.cpp" line="126" />
        <location filename="../app/cli/AgreementCommands.cpp" line="142" />
        <location filename="../app/cli/AgreementCommands.cpp" line="258" />
        <source>agreement id</source>
        <translation>Vereinbarungs-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="125" />
        <source>Give the agreement's id and the PDF file to write.</source>
        <translation>Geben Sie die ID der Vereinbarung und die zu schreibende PDF-Datei an.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="147" />
        <source>--on-paper SCAN_FILE is required (on-screen signing happens in the app).</source>
        <translation>--on-paper SCANDATEI ist erforderlich (die Unterschrift am Bildschirm erfolgt in der App).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="158" />
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="196" />
        <location filename="../app/cli/AgreementCommands.cpp" line="325" />
        <location filename="../app/cli/AgreementCommands.cpp" line="372" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="196" />
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="196" />
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="196" />
        <source>VERIFICATION</source>
        <translation>PRÜFUNG</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="197" />
        <source>CLIENT</source>
        <translation>KLIENT</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="197" />
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="240" />
        <source>No agreements yet. Generate one with: %1 agreement create --engagement ID</source>
        <translation>Noch keine Vereinbarungen. Erstellen Sie eine mit: %1 agreement create --engagement ID</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="249" />
        <source>At least one signed agreement was modified; run '%1 verify'.</source>
        <translation>Mindestens eine unterschriebene Vereinbarung wurde verändert; führen Sie „%1 verify“ aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="257" />
        <source>Give the agreement's id and the folder to export to.</source>
        <translation>Geben Sie die ID der Vereinbarung und den Zielordner für den Export an.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="306" />
        <source>The agreement's id (see 'agreement list').</source>
        <translation>Die ID der Vereinbarung (siehe „agreement list“).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="308" />
        <source>mentoring (default) or confidentiality.</source>
        <translation>mentoring (Standard) oder confidentiality.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="308" />
        <source>TEMPLATE</source>
        <translation>VORLAGE</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="310" />
        <source>The date the agreement ends, YYYY-MM-DD (default: open-ended).</source>
        <translation>Das Enddatum der Vereinbarung, JJJJ-MM-TT (Standard: unbefristet).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="311" />
        <location filename="../app/cli/AgreementCommands.cpp" line="362" />
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="316" />
        <source>--engagement ID [--template mentoring|confidentiality] [--end-date DATE]</source>
        <translation>--engagement ID [--template mentoring|confidentiality] [--end-date DATUM]</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="317" />
        <source>Generate a draft agreement for an engagement and print its id.</source>
        <translation>Einen Vereinbarungsentwurf für ein Mandat erstellen und seine ID ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="325" />
        <source>The engagement's id (required).</source>
        <translation>Die ID des Mandats (erforderlich).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="332" />
        <source>ID [--end-date DATE]</source>
        <translation>ID [--end-date DATUM]</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="333" />
        <source>Generate a draft that amends a signed agreement; print its id.</source>
        <translation>Einen Entwurf erstellen, der eine unterschriebene Vereinbarung ändert; seine ID ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="341" />
        <source>ID FILE</source>
        <translation>ID DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="342" />
        <source>Write an agreement as PDF (a signed one: exactly the signed bytes).</source>
        <translation>Eine Vereinbarung als PDF schreiben (eine unterschriebene: genau die unterschriebenen Bytes).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="343" />
        <source>The file is written unencrypted: keep it safe or delete it after use.</source>
        <translation>Die Datei wird unverschlüsselt geschrieben: Bewahren Sie sie sicher auf oder löschen Sie sie nach Gebrauch.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="344" />
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="344" />
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="351" />
        <source>Record that a printed agreement was signed by hand, with its scan.</source>
        <translation>Erfassen, dass eine gedruckte Vereinbarung von Hand unterschrieben wurde, mit ihrem Scan.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="169" />
        <source>Agreement %1 is recorded as signed by hand on %2; the scan is attached, not checked. Fingerprint %3.</source>
        <translation>Vereinbarung %1 ist als am %2 von Hand unterschrieben erfasst; der Scan ist angehängt, aber nicht geprüft. Fingerabdruck %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="318" />
        <source>The newest version of the template is filled in from your profile (see 'agreement profile'), the client and the engagement. A detail that is not set yet (your business name or address, the client's email, the fee, ...) prints as a blank line to fill in by hand; the blanks are listed on standard error. Only your name and the client's name are required.</source>
        <translation>Die neueste Version der Vorlage wird aus Ihrem Profil (siehe „agreement profile“), dem Klienten und dem Mandat ausgefüllt. Eine noch nicht festgelegte Angabe (Ihr Firmenname oder Ihre Adresse, die E-Mail des Klienten, die Vergütung, …) wird als Leerzeile zum Ausfüllen von Hand gedruckt; die Lücken werden auf der Standardfehlerausgabe aufgelistet. Nur Ihr Name und der Name des Klienten sind erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="350" />
        <source>ID --on-paper SCAN_FILE [--signed-on DATE]</source>
        <translation>ID --on-paper SCANDATEI [--signed-on DATUM]</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="352" />
        <source>The scan (PDF, PNG or JPEG) is stored in the workspace as it is; the handwritten signatures on it are not checked. The agreement is frozen: its PDF, a manifest and the manifest's signature are stored and no later change is possible.</source>
        <translation>Der Scan (PDF, PNG oder JPEG) wird unverändert im Arbeitsbereich gespeichert; die handschriftlichen Unterschriften darauf werden nicht geprüft. Die Vereinbarung wird festgeschrieben: Ihr PDF, ein Manifest und die Signatur des Manifests werden gespeichert, und spätere Änderungen sind nicht möglich.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="358" />
        <source>The scan of the signed paper.</source>
        <translation>Der Scan des unterschriebenen Papiers.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="358" />
        <source>SCAN_FILE</source>
        <translation>SCANDATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="360" />
        <source>The day the paper was signed, YYYY-MM-DD (default: today); not before the draft was generated, not in the future.</source>
        <translation>Der Tag, an dem das Papier unterschrieben wurde, JJJJ-MM-TT (Standard: heute); nicht vor der Erstellung des Entwurfs und nicht in der Zukunft.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="368" />
        <source>[--json] [--engagement ID]</source>
        <translation>[--json] [--engagement ID]</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="369" />
        <source>List agreements with their state and verification.</source>
        <translation>Vereinbarungen mit Status und Prüfergebnis auflisten.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="370" />
        <source>Exits with status 1 when a signed agreement does not verify.</source>
        <translation>Endet mit Status 1, wenn sich eine unterschriebene Vereinbarung nicht bestätigen lässt.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="371" />
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="372" />
        <source>Only this engagement's.</source>
        <translation>Nur die dieses Mandats.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="378" />
        <source>ID DIR</source>
        <translation>ID VERZ</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="379" />
        <source>Export a signed agreement for the client, with what proves it.</source>
        <translation>Eine unterschriebene Vereinbarung mit ihren Nachweisen für den Klienten exportieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="380" />
        <source>Writes agreement.pdf, manifest.json, manifest.sig (raw Ed25519 signature), manifest.sig.base64, public-key.pem, the signature images or the scan, and a README.txt on checking them with sha256sum and openssl. Existing files are never overwritten.</source>
        <translation>Schreibt agreement.pdf, manifest.json, manifest.sig (rohe Ed25519-Signatur), manifest.sig.base64, public-key.pem, die Unterschriftsbilder oder den Scan sowie eine README.txt, die die Prüfung mit sha256sum und openssl erklärt. Vorhandene Dateien werden nie überschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="384" />
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="384" />
        <source>The folder to write to.</source>
        <translation>Der Zielordner.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="390" />
        <source>[--name TEXT] [--business-name TEXT] [--address TEXT] [...]</source>
        <translation>[--name TEXT] [--business-name TEXT] [--address TEXT] […]</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="391" />
        <source>Show or change your mentor profile, as agreements print it.</source>
        <translation>Ihr Mentorenprofil, wie es auf Vereinbarungen erscheint, anzeigen oder ändern.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="392" />
        <source>Prints the profile as JSON after applying the options given. In --address, \n starts a new line.</source>
        <translation>Gibt das Profil nach Anwendung der angegebenen Optionen als JSON aus. In --address beginnt \n eine neue Zeile.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="397" />
        <source>Set %1.</source>
        <translation>%1 festlegen.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="397" />
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
</context>
<context>
    <name>md::cli::BackupCommands</name>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="57" />
        <source>%1  %2 MB  %3%4</source>
        <translation>%1  %2 MB  %3%4</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="61" />
        <source>  (automatic)</source>
        <translation>  (automatisch)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/BackupCommands.cpp" line="92" />
        <source>Backup written and verified: %1 rows in %n table(s) are identical to the workspace.</source>
        <translation>
            <numerusform>Sicherung geschrieben und geprüft: %1 Zeilen in %n Tabelle sind identisch mit dem Arbeitsbereich.</numerusform>
            <numerusform>Sicherung geschrieben und geprüft: %1 Zeilen in %n Tabellen sind identisch mit dem Arbeitsbereich.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="116" />
        <source>No verified backups in %1.</source>
        <translation>Keine geprüften Sicherungen in %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="123" />
        <source>  (another workspace)</source>
        <translation>  (anderer Arbeitsbereich)</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="132" />
        <source>Recovery key of the backup: </source>
        <translation>Wiederherstellungsschlüssel der Sicherung: </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="133" />
        <source>Passphrase of the backup (the one the workspace had then): </source>
        <translation>Passphrase der Sicherung (die der Arbeitsbereich damals hatte): </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="134" />
        <source>No recovery key was given on standard input.</source>
        <translation>Auf der Standardeingabe wurde kein Wiederherstellungsschlüssel angegeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="135" />
        <source>No passphrase was given on standard input.</source>
        <translation>Auf der Standardeingabe wurde keine Passphrase angegeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="157" />
        <source>Name the backup folder to check.</source>
        <translation>Geben Sie den zu prüfenden Sicherungsordner an.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/BackupCommands.cpp" line="177" />
        <source>The backup is damaged: %n problem(s) found.</source>
        <translation>
            <numerusform>Die Sicherung ist beschädigt: %n Problem gefunden.</numerusform>
            <numerusform>Die Sicherung ist beschädigt: %n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="187" />
        <source>Name the backup folder to restore.</source>
        <translation>Geben Sie den wiederherzustellenden Sicherungsordner an.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="190" />
        <source>Give the new workspace folder with --to DIR; a restore never replaces a workspace in place.</source>
        <translation>Geben Sie den neuen Arbeitsbereichsordner mit --to VERZ an; eine Wiederherstellung ersetzt niemals einen Arbeitsbereich an Ort und Stelle.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="198" />
        <source>%1 already holds a workspace; MentorDesk never restores over one. Choose an empty or new folder.</source>
        <translation>%1 enthält bereits einen Arbeitsbereich; MentorDesk stellt niemals über einen bestehenden wieder her. Wählen Sie einen leeren oder neuen Ordner.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="211" />
        <source>Restored the backup of %1 into %2. Open it with: %3 --workspace "%2"</source>
        <translation>Die Sicherung von %1 wurde nach %2 wiederhergestellt. Öffnen Sie sie mit: %3 --workspace "%2"</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="223" />
        <source>[--to DIR] [--json]</source>
        <translation>[--to VERZ] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="224" />
        <source>Write a verified, encrypted backup of the workspace.</source>
        <translation>Eine geprüfte, verschlüsselte Sicherung des Arbeitsbereichs schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="226" />
        <source>Copies every committed change (also those still in the write-ahead log) into a new
folder named after the date and time, encrypted under the same key: the recovery
key opens it. The copy is read back and compared table by table before it is
kept; a backup that does not match is deleted and the command fails. Works while
MentorDesk is open. Without --to, the backup folder of this computer's
preferences is used (by default beside the workspace folder).</source>
        <translation>Kopiert jede übernommene Änderung (auch die noch im Write-Ahead-Log befindlichen) in einen
neuen, nach Datum und Uhrzeit benannten Ordner, verschlüsselt mit demselben Schlüssel:
Der Wiederherstellungsschlüssel öffnet ihn. Die Kopie wird zurückgelesen und Tabelle für
Tabelle verglichen, bevor sie behalten wird; eine abweichende Sicherung wird gelöscht, und
der Befehl schlägt fehl. Funktioniert, während MentorDesk geöffnet ist. Ohne --to wird der
Sicherungsordner aus den Einstellungen dieses Computers verwendet (standardmäßig neben dem
Arbeitsbereichsordner).</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="233" />
        <source>The folder to write the backup into.</source>
        <translation>Der Ordner, in den die Sicherung geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="233" />
        <location filename="../app/cli/BackupCommands.cpp" line="243" />
        <location filename="../app/cli/BackupCommands.cpp" line="267" />
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="234" />
        <source>Print the backup as JSON.</source>
        <translation>Die Sicherung als JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="240" />
        <source>[--from DIR] [--json]</source>
        <translation>[--from VERZ] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="241" />
        <source>List the verified backups, newest first.</source>
        <translation>Die geprüften Sicherungen auflisten, die neueste zuerst.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="242" />
        <source>Needs no passphrase: the description of each backup holds no client data.</source>
        <translation>Benötigt keine Passphrase: Die Beschreibung jeder Sicherung enthält keine Klientendaten.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="243" />
        <source>The folder to look in.</source>
        <translation>Der zu durchsuchende Ordner.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="244" />
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="250" />
        <location filename="../app/cli/BackupCommands.cpp" line="255" />
        <location filename="../app/cli/BackupCommands.cpp" line="268" />
        <source>BACKUP</source>
        <translation>SICHERUNG</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="251" />
        <source>Check a backup: integrity and every table against its checksums.</source>
        <translation>Eine Sicherung prüfen: Integrität und jede Tabelle anhand ihrer Prüfsummen.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="252" />
        <source>Asks for the passphrase the workspace had when the backup was made (or,
with --recovery-key, the recovery key). Prints OK, or the problems
found and exits with status 1. The backup itself is not modified.</source>
        <translation>Fragt nach der Passphrase, die der Arbeitsbereich beim Erstellen der Sicherung hatte
(oder mit --recovery-key nach dem Wiederherstellungsschlüssel). Gibt OK oder die gefundenen
Probleme aus und endet dann mit Status 1. Die Sicherung selbst wird nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="255" />
        <location filename="../app/cli/BackupCommands.cpp" line="268" />
        <source>A backup folder (or its backup.json).</source>
        <translation>Ein Sicherungsordner (oder seine backup.json).</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="261" />
        <source>BACKUP --to DIR</source>
        <translation>SICHERUNG --to VERZ</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="262" />
        <source>Restore a backup into a new workspace folder.</source>
        <translation>Eine Sicherung in einen neuen Arbeitsbereichsordner wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="263" />
        <source>The folder must be new or empty: the live workspace is never replaced
in place. The restored copy is opened with the passphrase of the backup
(or the recovery key) and checked against its checksums; when it does
not match, nothing is left behind.</source>
        <translation>Der Ordner muss neu oder leer sein: Der laufende Arbeitsbereich wird nie an Ort und
Stelle ersetzt. Die wiederhergestellte Kopie wird mit der Passphrase der Sicherung (oder
dem Wiederherstellungsschlüssel) geöffnet und anhand ihrer Prüfsummen geprüft; stimmt sie
nicht überein, bleibt nichts zurück.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="267" />
        <source>The new workspace folder.</source>
        <translation>Der neue Arbeitsbereichsordner.</translation>
    </message>
</context>
<context>
    <name>md::cli::BillingCommands</name>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="80" />
        <source>--kind must be single, package or retainer.</source>
        <translation>--kind muss single, package oder retainer sein.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="83" />
        <source>--name is required.</source>
        <translation>--name ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="85" />
        <source>--price is required.</source>
        <translation>--price ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="93" />
        <source>--sessions and --months take a whole number.</source>
        <translation>--sessions und --months erwarten eine ganze Zahl.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="120" />
        <source>--engagement and --offering are required.</source>
        <translation>--engagement und --offering sind erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="122" />
        <source>engagement id</source>
        <translation>Mandats-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="125" />
        <source>offering id</source>
        <translation>Angebots-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="133" />
        <source>'%1' is not a date: write YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum: Schreiben Sie JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="168" />
        <source>'%1' is not a year.</source>
        <translation>„%1“ ist kein Jahr.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="206" />
        <source>Revenue %1 (%2): month, net, tax, gross, received</source>
        <translation>Umsatz %1 (%2): Monat, netto, Steuer, brutto, eingegangen</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="213" />
        <source>Owed by client: 0-30, 31-60, 61-90, over 90 days, total</source>
        <translation>Offen nach Klient: 0–30, 31–60, 61–90, über 90 Tage, gesamt</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="226" />
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="227" />
        <source>Write invoices.csv, invoice_lines.csv and payments.csv.</source>
        <translation>invoices.csv, invoice_lines.csv und payments.csv schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="229" />
        <source>CSV as RFC 4180 (every field quoted, CRLF line ends), UTF-8, amounts with a dot as decimal separator and dates as YYYY-MM-DD, whatever the language settings. Drafts are left out.</source>
        <translation>CSV nach RFC 4180 (jedes Feld in Anführungszeichen, CRLF-Zeilenenden), UTF-8, Beträge mit Punkt als Dezimaltrennzeichen und Datumsangaben als JJJJ-MM-TT, unabhängig von den Spracheinstellungen. Entwürfe werden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="233" />
        <source>Folder to write to (made if missing).</source>
        <translation>Zielordner (wird angelegt, falls er fehlt).</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="239" />
        <source>[--year YEAR] [--json]</source>
        <translation>[--year JAHR] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="240" />
        <source>Revenue by month and what each client owes, by age.</source>
        <translation>Umsatz nach Monat und was jeder Klient schuldet, nach Alter.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="242" />
        <source>The year (default: this year).</source>
        <translation>Das Jahr (Standard: dieses Jahr).</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="242" />
        <source>YEAR</source>
        <translation>JAHR</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="243" />
        <source>Print a JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="249" />
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="250" />
        <source>List the price list with its ids.</source>
        <translation>Die Preisliste mit ihren IDs auflisten.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="251" />
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="258" />
        <source>--kind single|package|retainer --name NAME --price AMOUNT [--tax-rate PERCENT] [--sessions N] [--months N]</source>
        <translation>--kind single|package|retainer --name NAME --price BETRAG [--tax-rate PROZENT] [--sessions N] [--months N]</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="260" />
        <source>Add an entry to the price list; prints its id.</source>
        <translation>Einen Eintrag zur Preisliste hinzufügen; gibt seine ID aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="262" />
        <source>The price is before tax, per session, per package or per month, in the workspace currency. Packages take --sessions (sessions included) and --months (validity, 0 = no expiry). Without --tax-rate the standard rate applies.</source>
        <translation>Der Preis ist netto, pro Sitzung, pro Paket oder pro Monat, in der Währung des Arbeitsbereichs. Pakete erwarten --sessions (enthaltene Sitzungen) und --months (Gültigkeit, 0 = unbegrenzt). Ohne --tax-rate gilt der Regelsteuersatz.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="266" />
        <source>single, package or retainer.</source>
        <translation>single, package oder retainer.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="266" />
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="267" />
        <source>The name printed on invoices.</source>
        <translation>Der Name, der auf Rechnungen gedruckt wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="267" />
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="268" />
        <source>The price before tax.</source>
        <translation>Der Nettopreis.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="268" />
        <source>AMOUNT</source>
        <translation>BETRAG</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="269" />
        <source>The tax rate in percent.</source>
        <translation>Der Steuersatz in Prozent.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="269" />
        <source>PERCENT</source>
        <translation>PROZENT</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="270" />
        <source>Packages: sessions included.</source>
        <translation>Pakete: enthaltene Sitzungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="270" />
        <location filename="../app/cli/BillingCommands.cpp" line="271" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="271" />
        <source>Packages: months of validity.</source>
        <translation>Pakete: Gültigkeit in Monaten.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="277" />
        <source>--engagement ID --offering ID [--date YYYY-MM-DD]</source>
        <translation>--engagement ID --offering ID [--date JJJJ-MM-TT]</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="278" />
        <source>Sell a package of the price list to an engagement; prints the id of its invoice draft.</source>
        <translation>Ein Paket aus der Preisliste für ein Mandat verkaufen; gibt die ID des zugehörigen Rechnungsentwurfs aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="281" />
        <source>The engagement gets the package's sessions as credits, valid from the date of sale (default: today) for the package's months; its held sessions use them. The draft invoice bills the package's price; issue it with `invoice issue`.</source>
        <translation>Das Mandat erhält die Sitzungen des Pakets als Guthabeneinheiten, gültig ab dem Verkaufsdatum (Standard: heute) für die Monate des Pakets; seine durchgeführten Sitzungen verbrauchen sie. Der Rechnungsentwurf stellt den Preis des Pakets in Rechnung; stellen Sie ihn mit `invoice issue` aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="285" />
        <source>The engagement's id (required).</source>
        <translation>Die ID des Mandats (erforderlich).</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="285" />
        <location filename="../app/cli/BillingCommands.cpp" line="287" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="286" />
        <source>The package's id from `billing offerings`.</source>
        <translation>Die ID des Pakets aus `billing offerings`.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="288" />
        <source>The date of sale.</source>
        <translation>Das Verkaufsdatum.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="288" />
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>md::cli::CalendarCommands</name>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="43" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="50" />
        <source>Give the server's address with --url.</source>
        <translation>Geben Sie die Adresse des Servers mit --url an.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="52" />
        <source>Give the user name with --user.</source>
        <translation>Geben Sie den Benutzernamen mit --user an.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="61" />
        <source>Password of %1 on %2: </source>
        <translation>Passwort von %1 auf %2: </translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="62" />
        <source>No password for the calendar server was given on standard input.</source>
        <translation>Auf der Standardeingabe wurde kein Passwort für den Kalenderserver angegeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="77" />
        <source>Connected: sessions will be published to %1.</source>
        <translation>Verbunden: Sitzungen werden in %1 veröffentlicht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CalendarCommands.cpp" line="80" />
        <source>%n change(s) waiting; run 'calendar sync' to send them.</source>
        <translation>
            <numerusform>%n Änderung wartet; führen Sie „calendar sync“ aus, um sie zu senden.</numerusform>
            <numerusform>%n Änderungen warten; führen Sie „calendar sync“ aus, um sie zu senden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="94" />
        <source>Published %1, removed %2.</source>
        <extracomment>Counts of calendar events (a series counts once) sent to the server.</extracomment>
        <translation>Veröffentlicht: %1, entfernt: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CalendarCommands.cpp" line="97" />
        <source>%n event(s) were changed on the server and were not overwritten.</source>
        <translation>
            <numerusform>%n Ereignis wurde auf dem Server geändert und nicht überschrieben.</numerusform>
            <numerusform>%n Ereignisse wurden auf dem Server geändert und nicht überschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CalendarCommands.cpp" line="101" />
        <source>Read %n busy time(s) from the other calendars.</source>
        <translation>
            <numerusform>%n belegte Zeit aus den anderen Kalendern gelesen.</numerusform>
            <numerusform>%n belegte Zeiten aus den anderen Kalendern gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CalendarCommands.cpp" line="105" />
        <source>%n change(s) still waiting.</source>
        <translation>
            <numerusform>%n Änderung wartet noch.</numerusform>
            <numerusform>%n Änderungen warten noch.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="108" />
        <source>Changed on the server: %1, waiting for your choice (see 'calendar differences').</source>
        <translation>Auf dem Server geändert: %1, wartet auf Ihre Entscheidung (siehe „calendar differences“).</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="124" />
        <source>No calendar account is connected.</source>
        <translation>Es ist kein Kalenderkonto verbunden.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="127" />
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="128" />
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="129" />
        <source>Calendar: %1</source>
        <translation>Kalender: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="130" />
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="131" />
        <source>Changes waiting: %1</source>
        <translation>Wartende Änderungen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="132" />
        <source>Events changed on the server: %1</source>
        <translation>Auf dem Server geändert: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="134" />
        <source>See them with 'calendar differences'.</source>
        <translation>Zeigen Sie sie mit „calendar differences“ an.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="136" />
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="142" />
        <source>Give either --busy-titles or --no-busy-titles, not both.</source>
        <translation>Geben Sie entweder --busy-titles oder --no-busy-titles an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="158" />
        <source>No calendar is read for busy times now; the busy times read before were removed.</source>
        <translation>Es wird jetzt kein Kalender mehr für belegte Zeiten gelesen; die zuvor gelesenen belegten Zeiten wurden entfernt.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="162" />
        <source>Busy times are read from %1 on the next 'calendar sync'.</source>
        <translation>Belegte Zeiten werden beim nächsten „calendar sync“ aus %1 gelesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="174" />
        <source>The calendar account was removed from this workspace; the events already published stay on the server.</source>
        <translation>Das Kalenderkonto wurde aus diesem Arbeitsbereich entfernt; die bereits veröffentlichten Ereignisse bleiben auf dem Server.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="186" />
        <source>--url URL --user USER [--calendar NAME] [--busy NAME]... [--busy-titles]</source>
        <translation>--url URL --user BENUTZER [--calendar NAME] [--busy NAME]... [--busy-titles]</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="187" />
        <source>Connect a CalDAV calendar account to publish the sessions to.</source>
        <translation>Ein CalDAV-Kalenderkonto verbinden, in dem die Sitzungen veröffentlicht werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="189" />
        <source>Finds the account's calendars on the server (the address may be the server's own,
e.g. https://cloud.example.com/) and publishes to the calendar named NAME
("MentorDesk" unless given), which is made when there is none. Asks for the
workspace passphrase, then the server's password; when standard input is not a
terminal, line 1 is the passphrase and line 2 the password. The password is kept
inside the encrypted workspace only. A secure (https://) address is required.

Published events show "Mentoring session" with the client's initials and the
format: never notes, goals, places, links, e-mail addresses or full names.

The events of the calendars named with --busy (repeat it for several) are read
on every sync as busy times for the conflict warnings, titled "Busy" unless
--busy-titles is given.</source>
        <translation>Sucht die Kalender des Kontos auf dem Server (die Adresse darf die des Servers selbst
sein, z. B. https://cloud.example.com/) und veröffentlicht in den Kalender namens NAME
(„MentorDesk“, wenn nicht angegeben), der angelegt wird, wenn es keinen gibt. Fragt nach
der Passphrase des Arbeitsbereichs, dann nach dem Passwort des Servers; ist die Standardeingabe
kein Terminal, ist Zeile 1 die Passphrase und Zeile 2 das Passwort. Das Passwort wird
nur im verschlüsselten Arbeitsbereich aufbewahrt. Eine sichere (https://-)Adresse ist erforderlich.

Veröffentlichte Ereignisse zeigen „Mentoring-Sitzung“ mit den Initialen des Klienten und dem
Format: niemals Notizen, Ziele, Orte, Links, E-Mail-Adressen oder vollständige Namen.

Die Ereignisse der mit --busy angegebenen Kalender (für mehrere wiederholen) werden
bei jeder Synchronisierung als belegte Zeiten für die Warnungen vor Überschneidungen gelesen, mit dem Titel „Belegt“, sofern nicht
--busy-titles angegeben ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="203" />
        <source>The CalDAV server's address.</source>
        <translation>Die Adresse des CalDAV-Servers.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="203" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="204" />
        <source>The user name on the server.</source>
        <translation>Der Benutzername auf dem Server.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="204" />
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="205" />
        <source>The calendar to publish to.</source>
        <translation>Der Kalender, in dem veröffentlicht wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="205" />
        <location filename="../app/cli/CalendarCommands.cpp" line="207" />
        <location filename="../app/cli/CalendarCommands.cpp" line="240" />
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="206" />
        <location filename="../app/cli/CalendarCommands.cpp" line="239" />
        <source>Another calendar whose events are busy times.</source>
        <translation>Ein weiterer Kalender, dessen Ereignisse belegte Zeiten sind.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="208" />
        <location filename="../app/cli/CalendarCommands.cpp" line="241" />
        <source>Keep the titles of the busy times.</source>
        <translation>Die Titel der belegten Zeiten beibehalten.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="214" />
        <source>Send the session changes waiting for the calendar server.</source>
        <translation>Die auf den Kalenderserver wartenden Sitzungsänderungen senden.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="216" />
        <source>Changes wait in the workspace while the server cannot be reached and go out on
the next sync. An event changed or deleted on the server is not overwritten: it
is listed by 'calendar differences' for your choice.</source>
        <translation>Solange der Server nicht erreichbar ist, warten die Änderungen im Arbeitsbereich
und werden bei der nächsten Synchronisierung gesendet. Ein auf dem Server
geändertes oder gelöschtes Ereignis wird nicht überschrieben:
„calendar differences“ listet es auf, damit Sie entscheiden können.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="224" />
        <source>Show the calendar account, the last sync and what is waiting.</source>
        <translation>Das Kalenderkonto, die letzte Synchronisierung und die wartenden Änderungen anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="230" />
        <source>[--busy NAME]... [--busy-titles | --no-busy-titles]</source>
        <translation>[--busy NAME]... [--busy-titles | --no-busy-titles]</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="231" />
        <source>Choose the other calendars whose events are busy times.</source>
        <translation>Die anderen Kalender wählen, deren Ereignisse belegte Zeiten sind.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="233" />
        <source>Replaces the calendars read as busy times with those named with --busy (repeat
it for several; none: no calendar is read). The busy times of a calendar no
longer named are removed at once; the next sync reads the ones named. Their
titles are kept with --busy-titles, shown as "Busy" with --no-busy-titles, and
stay as they were without either.</source>
        <translation>Ersetzt die als belegte Zeiten gelesenen Kalender durch die mit --busy
angegebenen (für mehrere wiederholen; ohne --busy wird kein Kalender gelesen).
Die belegten Zeiten eines nicht mehr angegebenen Kalenders werden sofort
entfernt; die nächste Synchronisierung liest die angegebenen. Ihre Titel werden
mit --busy-titles beibehalten, mit --no-busy-titles als „Belegt“ angezeigt und
bleiben ohne beide Optionen unverändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="242" />
        <source>Show the busy times as "Busy" only.</source>
        <translation>Die belegten Zeiten nur als „Belegt“ anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="250" />
        <source>Remove the calendar account from this workspace.</source>
        <translation>Das Kalenderkonto aus diesem Arbeitsbereich entfernen.</translation>
    </message>
</context>
<context>
    <name>md::cli::CalendarDifferenceCommands</name>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="68" />
        <source>No differences: the server has what MentorDesk published.</source>
        <translation>Keine Abweichungen: Der Server hat den Stand, den MentorDesk veröffentlicht hat.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="73" />
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="139" />
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="152" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="73" />
        <source>SESSION</source>
        <translation>SITZUNG</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="73" />
        <source>ON THE SERVER</source>
        <translation>AUF DEM SERVER</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="78" />
        <source>Take one into MentorDesk with 'calendar accept ID', or keep MentorDesk's version with 'calendar overwrite ID'.</source>
        <translation>Übernehmen Sie eine Abweichung mit „calendar accept ID“ in MentorDesk oder behalten Sie die Version von MentorDesk mit „calendar overwrite ID“.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="85" />
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="101" />
        <source>difference id</source>
        <translation>Abweichungs-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="95" />
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="96" />
        <source>The server's version is now in MentorDesk.</source>
        <translation>Die Version des Servers wurde in MentorDesk übernommen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="110" />
        <source>The server has MentorDesk's version again.</source>
        <translation>Der Server hat wieder die Version von MentorDesk.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="111" />
        <source>MentorDesk's version is kept; it goes to the server with the next sync.</source>
        <translation>Die Version von MentorDesk bleibt erhalten; sie wird bei der nächsten Synchronisierung an den Server gesendet.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="120" />
        <source>The difference's id, as 'calendar differences' lists it.</source>
        <translation>Die ID der Abweichung, wie „calendar differences“ sie auflistet.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="125" />
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="126" />
        <source>List the events changed or deleted on the calendar server.</source>
        <translation>Die auf dem Kalenderserver geänderten oder gelöschten Ereignisse auflisten.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="128" />
        <source>An event published by MentorDesk and then changed or deleted on the server (on
a phone, in another calendar app) is not overwritten: each change is listed here
until you accept it into MentorDesk (calendar accept) or keep MentorDesk's
version (calendar overwrite). Until then MentorDesk's own changes to that event
wait too. 'calendar sync' finds the differences.</source>
        <translation>Ein von MentorDesk veröffentlichtes Ereignis, das danach auf dem Server geändert
oder gelöscht wurde (auf einem Smartphone, in einer anderen Kalender-App), wird
nicht überschrieben: Jede solche Änderung steht hier, bis Sie sie in MentorDesk
übernehmen (calendar accept) oder die Version von MentorDesk behalten
(calendar overwrite). Bis dahin warten auch die Änderungen aus MentorDesk an
diesem Ereignis. Die Abweichungen ermittelt „calendar sync“.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="133" />
        <source>Print the list as JSON.</source>
        <translation>Die Liste als JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="140" />
        <source>Take the server's version of an event into MentorDesk.</source>
        <translation>Die Version des Servers für ein Ereignis in MentorDesk übernehmen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="142" />
        <source>A moved event moves the session; an event or occurrence deleted or cancelled on
the server cancels the session, as cancelled by you (its notes stay). A series
deleted on the server cancels its planned sessions still to come. Conflicts with
other sessions or busy times are shown as warnings.</source>
        <translation>Ein verschobenes Ereignis verschiebt die Sitzung. Wurde ein Ereignis oder ein
einzelner Serientermin auf dem Server gelöscht oder abgesagt, wird die Sitzung
abgesagt und gilt als von Ihnen abgesagt (ihre Notizen bleiben erhalten). Wurde
eine Serie auf dem Server gelöscht, werden ihre noch anstehenden geplanten
Sitzungen abgesagt. Überschneidungen mit anderen Sitzungen oder belegten Zeiten
werden als Warnungen angezeigt.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="154" />
        <source>Keep MentorDesk's version of an event, overwriting the server's.</source>
        <translation>Die Version von MentorDesk für ein Ereignis behalten und die des Servers überschreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="156" />
        <source>The event is written to the server again as MentorDesk has it (an event deleted
there is made again), at once when the server can be reached, else with the next
sync.</source>
        <translation>Das Ereignis wird erneut so auf den Server geschrieben, wie es in MentorDesk
steht (ein dort gelöschtes Ereignis wird neu angelegt): sofort, wenn der Server
erreichbar ist, sonst bei der nächsten Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>md::cli::CliRunner</name>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="53" />
        <source>The workspace folder (default: %1).</source>
        <translation>Der Arbeitsbereichsordner (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="55" />
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="57" />
        <source>Try the key remembered in the system keychain first; if that fails for any reason, ask as usual.</source>
        <translation>Zuerst den im Schlüsselbund des Systems gespeicherten Schlüssel versuchen; schlägt das aus irgendeinem Grund fehl, wie gewohnt fragen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="60" />
        <source>Unlock with the recovery key (read like a passphrase) instead.</source>
        <translation>Stattdessen mit dem Wiederherstellungsschlüssel entsperren (wird wie eine Passphrase eingelesen).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="62" />
        <source>Show this help; 'COMMAND --help' shows one command.</source>
        <translation>Diese Hilfe anzeigen; „BEFEHL --help“ zeigt die Hilfe zu einem Befehl.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="63" />
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="82" />
        <source>Print the manual page (roff).</source>
        <translation>Die Handbuchseite ausgeben (roff).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="107" />
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="116" />
        <location filename="../app/cli/CliRunner.cpp" line="127" />
        <source>Unknown command '%1'.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="126" />
        <source>'%1' needs a sub-command.</source>
        <translation>„%1“ braucht einen Unterbefehl.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="147" />
        <source>--version goes before the command.</source>
        <translation>--version steht vor dem Befehl.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="155" />
        <source>Missing argument %1.</source>
        <translation>Fehlendes Argument %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="159" />
        <source>Unexpected argument '%1'.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="168" />
        <source>--workspace needs a folder.</source>
        <translation>--workspace braucht einen Ordner.</translation>
    </message>
</context>
<context>
    <name>md::cli::ClientBillingCommand</name>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="66" />
        <source>Billing name: %1</source>
        <translation>Rechnungsname: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="67" />
        <source>(the client's name)</source>
        <translation>(der Name des Klienten)</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="69" />
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="69" />
        <source> (none)</source>
        <translation> (keine)</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="73" />
        <source>Tax ID: %1</source>
        <translation>Steuernummer: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="73" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="74" />
        <source>Printed under BILL TO:</source>
        <translation>Gedruckt unter RECHNUNGSEMPFÄNGER:</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="80" />
        <source>client id</source>
        <translation>Klienten-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="119" />
        <source>ID [--name TEXT] [--address TEXT] [--tax-id TEXT] [--json]</source>
        <translation>ID [--name TEXT] [--address TEXT] [--tax-id TEXT] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="120" />
        <source>Show or set the billing name, address and tax id for invoices.</source>
        <translation>Rechnungsname, Adresse und Steuernummer für Rechnungen anzeigen oder festlegen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="122" />
        <source>Without options, shows the client's billing details and how they are printed under BILL TO. With options, sets the given fields (an empty value clears one) and shows the result. In --address, \n starts a new line, e.g. "Example Ltd\n1 Main Street\n12345 Berlin". Invoices issued from now on print these details; issued invoices keep what they were sent with.</source>
        <translation>Ohne Optionen werden die Rechnungsangaben des Klienten angezeigt und wie sie unter RECHNUNGSEMPFÄNGER gedruckt werden. Mit Optionen werden die angegebenen Felder festgelegt (ein leerer Wert löscht eines) und das Ergebnis angezeigt. In --address beginnt \n eine neue Zeile, z. B. "Beispiel GmbH\nHauptstraße 1\n12345 Berlin". Ab jetzt ausgestellte Rechnungen drucken diese Angaben; bereits ausgestellte Rechnungen behalten die Angaben, mit denen sie versandt wurden.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="127" />
        <source>The client's id.</source>
        <translation>Die ID des Klienten.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="129" />
        <source>Billing name (a company); empty = the client's name.</source>
        <translation>Rechnungsname (ein Unternehmen); leer = der Name des Klienten.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="130" />
        <location filename="../app/cli/ClientBillingCommand.cpp" line="131" />
        <location filename="../app/cli/ClientBillingCommand.cpp" line="132" />
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="131" />
        <source>Postal address; \n for new lines.</source>
        <translation>Postanschrift; \n für neue Zeilen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="132" />
        <source>The client's VAT id or tax number.</source>
        <translation>Die USt-IdNr. oder Steuernummer des Klienten.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="133" />
        <source>Print a JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
</context>
<context>
    <name>md::cli::ClientCommands</name>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="35" />
        <source>Full name (required).</source>
        <translation>Vollständiger Name (erforderlich).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="36" />
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="38" />
        <source>The name they like to be called.</source>
        <translation>Der Name, mit dem die Person angesprochen werden möchte.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="39" />
        <source>Preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="41" />
        <source>Email address.</source>
        <translation>E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="42" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="44" />
        <source>Phone number.</source>
        <translation>Telefonnummer.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="45" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="47" />
        <source>Employer or organisation.</source>
        <translation>Arbeitgeber oder Organisation.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="48" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="50" />
        <source>Current role or job title.</source>
        <translation>Aktuelle Funktion oder Berufsbezeichnung.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="51" />
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="53" />
        <source>IANA time zone, e.g. Europe/Berlin.</source>
        <translation>IANA-Zeitzone, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="54" />
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="56" />
        <source>How they found you.</source>
        <translation>Wie die Person auf Sie aufmerksam wurde.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="57" />
        <source>Found you via</source>
        <translation>Erstkontakt über</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="59" />
        <source>Background.</source>
        <translation>Werdegang.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="60" />
        <source>Background</source>
        <translation>Werdegang</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="62" />
        <source>Strengths.</source>
        <translation>Stärken.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="63" />
        <source>Strengths</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="65" />
        <source>Weaknesses.</source>
        <translation>Schwächen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="66" />
        <source>Weaknesses</source>
        <translation>Schwächen</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="68" />
        <source>Career aspirations.</source>
        <translation>Berufliche Ziele.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="69" />
        <source>Aspirations</source>
        <translation>Berufliche Ziele</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="71" />
        <source>What they want to keep doing.</source>
        <translation>Was die Person beibehalten möchte.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="72" />
        <source>Keep doing</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="74" />
        <source>What they want to start doing.</source>
        <translation>Womit die Person anfangen möchte.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="75" />
        <source>Start doing</source>
        <translation>Anfangen</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="77" />
        <source>What they want to stop doing.</source>
        <translation>Womit die Person aufhören möchte.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="78" />
        <source>Stop doing</source>
        <translation>Aufhören</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="117" />
        <source>The client's id (see 'client list').</source>
        <translation>Die ID des Klienten (siehe „client list“).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="151" />
        <source>Language of the client's agreements, invoices and summaries: one of %1 (default: yours, the setting profile.language).</source>
        <translation>Sprache der Vereinbarungen, Rechnungen und Zusammenfassungen des Klienten: eine von %1 (Standard: Ihre, die Einstellung profile.language).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="154" />
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="189" />
        <source>'%1' is not a client id (a positive number).</source>
        <translation>„%1“ ist keine Klienten-ID (eine positive Zahl).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="201" />
        <source>--name is required.</source>
        <translation>--name ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="169" />
        <source>Unknown status '%1' (use %2).</source>
        <translation>Unbekannter Status „%1“ (verwenden Sie %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="180" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="263" />
        <location filename="../app/cli/ClientCommands.cpp" line="294" />
        <location filename="../app/cli/ClientCommands.cpp" line="422" />
        <location filename="../app/cli/ClientCommands.cpp" line="432" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="263" />
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="148" />
        <location filename="../app/cli/ClientCommands.cpp" line="263" />
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="246" />
        <source>Updated client %1.</source>
        <translation>Klient %1 aktualisiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="263" />
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="263" />
        <source>ORGANISATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="271" />
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="283" />
        <source>No clients yet. Add one with: %1 client add --name NAME</source>
        <translation>Noch keine Klienten. Legen Sie einen an mit: %1 client add --name NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="301" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="302" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="304" />
        <source>Document language</source>
        <translation>Dokumentsprache</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="305" />
        <source>yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="307" />
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="307" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="307" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="308" />
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="309" />
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="352" />
        <source>Archived client %1.</source>
        <translation>Klient %1 archiviert.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="352" />
        <source>Restored client %1.</source>
        <translation>Klient %1 wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="364" />
        <source>Deleting a client cannot be undone; add --yes to confirm (or archive instead).</source>
        <translation>Das Löschen eines Klienten kann nicht rückgängig gemacht werden; fügen Sie zur Bestätigung --yes hinzu (oder archivieren Sie stattdessen).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="374" />
        <source>Deleted client %1 (%2).</source>
        <translation>Klient %1 (%2) gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="384" />
        <source>--name NAME [options]</source>
        <translation>--name NAME [Optionen]</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="385" />
        <source>Add a client and print the new id.</source>
        <translation>Einen Klienten hinzufügen und die neue ID ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="146" />
        <source>Comma-separated tags, e.g. a,b.</source>
        <translation>Durch Kommas getrennte Schlagwörter, z. B. a,b.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="146" />
        <source>TAGS</source>
        <translation>SCHLAGWÖRTER</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="148" />
        <source>One of %1 (default: prospect).</source>
        <translation>Eines von %1 (Standard: prospect).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="392" />
        <source>ID [options]</source>
        <translation>ID [Optionen]</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="393" />
        <source>Change a client's profile: only the fields given.</source>
        <translation>Das Profil eines Klienten ändern: nur die angegebenen Felder.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="394" />
        <source>Takes the options of 'client add'. An option given empty clears its field (--language "" makes the client's documents follow yours); --tags replaces every tag.</source>
        <translation>Akzeptiert die Optionen von „client add“. Eine leer angegebene Option leert ihr Feld (--language "" lässt die Dokumente des Klienten Ihren folgen); --tags ersetzt alle Schlagwörter.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="404" />
        <source>[--json] [--all]</source>
        <translation>[--json] [--all]</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="405" />
        <source>List the clients (without archived ones unless --all).</source>
        <translation>Die Klienten auflisten (ohne archivierte, außer mit --all).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="406" />
        <source>Print a JSON array of clients.</source>
        <translation>Ein JSON-Array der Klienten ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="407" />
        <source>Include archived clients.</source>
        <translation>Archivierte Klienten einschließen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="413" />
        <source>ID [--json]</source>
        <translation>ID [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="414" />
        <source>Show one client's profile.</source>
        <translation>Das Profil eines Klienten anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="416" />
        <source>Print the client as a JSON object.</source>
        <translation>Den Klienten als JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="423" />
        <source>Archive a client (hidden from lists, kept in the workspace).</source>
        <translation>Einen Klienten archivieren (in Listen ausgeblendet, im Arbeitsbereich behalten).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="433" />
        <source>Bring an archived client back.</source>
        <translation>Einen archivierten Klienten zurückholen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="442" />
        <source>ID --yes</source>
        <translation>ID --yes</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="443" />
        <source>Delete a client for good (the freed pages are overwritten).</source>
        <translation>Einen Klienten endgültig löschen (die frei gewordenen Seiten werden überschrieben).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="445" />
        <source>Confirm that the client is deleted.</source>
        <translation>Bestätigen, dass der Klient gelöscht wird.</translation>
    </message>
</context>
<context>
    <name>md::cli::ClientImportCommand</name>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="61" />
        <source>Name the CSV or vCard file to import.</source>
        <translation>Geben Sie die zu importierende CSV- oder vCard-Datei an.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="66" />
        <source>--duplicates is "skip" or "merge", not "%1".</source>
        <translation>--duplicates ist „skip“ oder „merge“, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="72" />
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="74" />
        <source>%1 is larger than %2 MB; split it into smaller files.</source>
        <translation>%1 ist größer als %2 MB; teilen Sie die Datei in kleinere Dateien auf.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="85" />
        <source>--map is for CSV files; vCard fields are fixed.</source>
        <translation>--map gilt für CSV-Dateien; vCard-Felder sind fest vorgegeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="102" />
        <source>--map takes FIELD=HEADER; "%1" names no field. Fields: name, first-name, middle-name, last-name, preferred-name, email, phone, organisation, role, timezone, source, background, tags, ignore.</source>
        <translation>--map erwartet FELD=SPALTE; „%1“ bezeichnet kein Feld. Felder: name, first-name, middle-name, last-name, preferred-name, email, phone, organisation, role, timezone, source, background, tags, ignore.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="108" />
        <source>The file has no column "%1". Its columns: %2</source>
        <translation>Die Datei hat keine Spalte „%1“. Ihre Spalten: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="151" />
        <source>Line %1: %2 %3 (%4)</source>
        <translation>Zeile %1: %2 %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="153" />
        <source>merge</source>
        <translation>zusammenführen</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="154" />
        <source>skip</source>
        <translation>überspringen</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="162" />
        <source>Dry run: %1 would be added, %2 merged and %3 skipped. Nothing was changed.</source>
        <translation>Probelauf: %1 würden hinzugefügt, %2 zusammengeführt und %3 übersprungen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="169" />
        <source>Imported from %1: %2 added, %3 merged, %4 skipped.</source>
        <translation>Aus %1 importiert: %2 hinzugefügt, %3 zusammengeführt, %4 übersprungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="181" />
        <source>FILE [--dry-run] [--duplicates skip|merge] [--map FIELD=HEADER]…</source>
        <translation>DATEI [--dry-run] [--duplicates skip|merge] [--map FELD=SPALTE]…</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="182" />
        <source>Import clients from a CSV or vCard file.</source>
        <translation>Klienten aus einer CSV- oder vCard-Datei importieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="184" />
        <source>Reads CSV (UTF-8, with or without a byte order mark, comma or semicolon) with a
header row, as Google Contacts, Outlook, LinkedIn or a spreadsheet write it, or
vCard 2.1, 3.0 or 4.0. The columns are matched to profile fields from their
names; --map email="Work E-mail" sets one by hand. It is all or nothing: a
malformed record is reported with its line, column and reason and nothing is
imported. A client with the same email (or, without one, the same name) as an
existing one, or as an earlier line, is a duplicate: skipped, or with
--duplicates merge, used to fill the empty fields and add tags. --dry-run shows
what would happen.</source>
        <translation>Liest CSV (UTF-8, mit oder ohne Byte Order Mark, Komma oder Semikolon) mit einer
Kopfzeile, wie Google Kontakte, Outlook, LinkedIn oder eine Tabellenkalkulation sie
schreiben, oder vCard 2.1, 3.0 oder 4.0. Die Spalten werden anhand ihrer Namen den
Profilfeldern zugeordnet; --map email="Work E-mail" legt eine Zuordnung von Hand fest.
Es gilt alles oder nichts: Ein fehlerhafter Datensatz wird mit Zeile, Spalte und Grund
gemeldet, und nichts wird importiert. Ein Klient mit derselben E-Mail (oder, ohne
E-Mail, demselben Namen) wie ein bestehender oder eine frühere Zeile ist ein Duplikat:
Er wird übersprungen oder mit --duplicates merge zum Füllen leerer Felder und zum
Ergänzen von Schlagwörtern verwendet. --dry-run zeigt, was geschehen würde.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="194" />
        <source>Show what would be imported; change nothing.</source>
        <translation>Anzeigen, was importiert würde; nichts ändern.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="195" />
        <source>skip (the default) or merge.</source>
        <translation>skip (Standard) oder merge.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="195" />
        <source>POLICY</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="196" />
        <source>Import the column HEADER as FIELD (repeatable).</source>
        <translation>Die Spalte SPALTE als FELD importieren (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="197" />
        <source>FIELD=HEADER</source>
        <translation>FELD=SPALTE</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="198" />
        <source>Print the plan as JSON.</source>
        <translation>Den Plan als JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="199" />
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="199" />
        <source>A .csv or .vcf file.</source>
        <translation>Eine .csv- oder .vcf-Datei.</translation>
    </message>
</context>
<context>
    <name>md::cli::CommandContext</name>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="29" />
        <source>There is no workspace in %1. Create one with: %2 --workspace "%1" init</source>
        <translation>In %1 gibt es keinen Arbeitsbereich. Legen Sie einen an mit: %2 --workspace "%1" init</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="48" />
        <source>Recovery key for %1: </source>
        <translation>Wiederherstellungsschlüssel für %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="49" />
        <source>Passphrase for %1: </source>
        <translation>Passphrase für %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="51" />
        <source>No recovery key was given on standard input.</source>
        <translation>Auf der Standardeingabe wurde kein Wiederherstellungsschlüssel angegeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="52" />
        <source>No passphrase was given on standard input.</source>
        <translation>Auf der Standardeingabe wurde keine Passphrase angegeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="83" />
        <source>The workspace file was damaged and has been rebuilt; the damaged file is kept as %1.</source>
        <translation>Die Arbeitsbereichsdatei war beschädigt und wurde neu aufgebaut; die beschädigte Datei wird als %1 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="88" />
        <source>This workspace has no passphrase now: only the recovery key opens it. Set a new passphrase with: %1 --workspace "%2" passwd --recovery-key</source>
        <translation>Dieser Arbeitsbereich hat jetzt keine Passphrase: Nur der Wiederherstellungsschlüssel öffnet ihn. Legen Sie eine neue Passphrase fest mit: %1 --workspace "%2" passwd --recovery-key</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="119" />
        <source>Cannot use the system keychain: %1</source>
        <translation>Der Schlüsselbund des Systems kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="128" />
        <source>The system keychain did not provide the key; reading the passphrase from standard input.</source>
        <translation>Der Schlüsselbund des Systems hat den Schlüssel nicht geliefert; die Passphrase wird von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="137" />
        <source>The key in the system keychain did not open the workspace (%1); falling back to standard input.</source>
        <translation>Der Schlüssel im Schlüsselbund des Systems hat den Arbeitsbereich nicht geöffnet (%1); es wird auf die Standardeingabe ausgewichen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="165" />
        <source>No new passphrase was given on standard input.</source>
        <translation>Auf der Standardeingabe wurde keine neue Passphrase angegeben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CommandContext.cpp" line="169" />
        <source>The passphrase is too short: use at least %n characters.</source>
        <translation>
            <numerusform>Die Passphrase ist zu kurz: Verwenden Sie mindestens %n Zeichen.</numerusform>
            <numerusform>Die Passphrase ist zu kurz: Verwenden Sie mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="176" />
        <source>The new passphrase was not repeated.</source>
        <translation>Die neue Passphrase wurde nicht wiederholt.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="181" />
        <source>The two passphrases do not match.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="194" />
        <source>%1 The output above is incomplete.</source>
        <translation>%1 Die obige Ausgabe ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="201" />
        <source>'%1' is not a valid %2 (a positive number).</source>
        <translation>„%1“ ist keine gültige %2 (eine positive Zahl).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="212" />
        <source>Try '%1 --help' for more information.</source>
        <translation>Weitere Informationen mit „%1 --help“.</translation>
    </message>
</context>
<context>
    <name>md::cli::Console</name>
    <message>
        <location filename="../app/cli/Console.cpp" line="269" />
        <source>Could not read from standard input.</source>
        <translation>Von der Standardeingabe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/Console.cpp" line="273" />
        <source>Standard input ended before a line was read.</source>
        <translation>Die Standardeingabe endete, bevor eine Zeile gelesen wurde.</translation>
    </message>
</context>
<context>
    <name>md::cli::DemoCommands</name>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="33" />
        <source>Create a new workspace filled with invented demo data.</source>
        <translation>Einen neuen Arbeitsbereich mit erfundenen Demodaten anlegen.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="35" />
        <source>Creates a new workspace as 'init' does (the passphrase, the recovery key, the
folder that must not hold one yet) and fills it through the same services the
app uses: clients with full profiles, engagements in every stage with their
needs, goals, actions and evaluations, signed agreements, series and single
sessions over the three years up to today and the next three months, the price
list, invoices with payments. Every name and text is invented; the same seed
gives the same data. Progress goes to standard error, the summary to standard
output.</source>
        <translation>Legt einen neuen Arbeitsbereich wie „init“ an (Passphrase, Wiederherstellungsschlüssel,
ein Ordner, der noch keinen enthalten darf) und füllt ihn über dieselben Dienste, die
auch die App verwendet: Klienten mit vollständigen Profilen, Mandate in jeder Phase mit
Bedarf, Zielen, Maßnahmen und Auswertungen, unterschriebene Vereinbarungen, Serien und
Einzelsitzungen über die drei Jahre bis heute und die nächsten drei Monate, die
Preisliste, Rechnungen mit Zahlungen. Alle Namen und Texte sind erfunden; derselbe
Startwert ergibt dieselben Daten. Der Fortschritt geht auf die Standardfehlerausgabe,
die Zusammenfassung auf die Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="44" />
        <source>How many clients (required).</source>
        <translation>Wie viele Klienten (erforderlich).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="44" />
        <location filename="../app/cli/DemoCommands.cpp" line="46" />
        <location filename="../app/cli/DemoCommands.cpp" line="49" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="46" />
        <source>How many sessions, past and planned (required).</source>
        <translation>Wie viele Sitzungen, vergangene und geplante (erforderlich).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="48" />
        <source>How many invoices (default: 3 for every 20 sessions).</source>
        <translation>Wie viele Rechnungen (Standard: 3 je 20 Sitzungen).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="50" />
        <source>The seed of the invented data (default: 1).</source>
        <translation>Der Startwert der erfundenen Daten (Standard: 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="51" />
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="63" />
        <source>--%1 takes a whole number from 0 on, not '%2'.</source>
        <translation>--%1 erwartet eine ganze Zahl ab 0, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="72" />
        <source>--clients and --sessions are required.</source>
        <translation>--clients und --sessions sind erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="94" />
        <source>--seed takes a whole number from 0 to 4294967295, not '%1'.</source>
        <translation>--seed erwartet eine ganze Zahl von 0 bis 4294967295, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="98" />
        <source>Sessions and invoices need at least one client.</source>
        <translation>Sitzungen und Rechnungen benötigen mindestens einen Klienten.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="115" />
        <source>Generating demo data: %1% (%2 of %3 steps)</source>
        <translation>Demodaten werden erzeugt: %1 % (%2 von %3 Schritten)</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="124" />
        <source>The demo data could not be generated: %1 The workspace in %2 holds what was written before the failure.</source>
        <translation>Die Demodaten konnten nicht erzeugt werden: %1 Der Arbeitsbereich in %2 enthält, was vor dem Fehler geschrieben wurde.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="128" />
        <source>Generated %1 clients, %2 engagements, %3 agreements, %4 sessions, %5 invoices and %6 payments in %7 s.</source>
        <translation>%1 Klienten, %2 Mandate, %3 Vereinbarungen, %4 Sitzungen, %5 Rechnungen und %6 Zahlungen in %7 s erzeugt.</translation>
    </message>
</context>
<context>
    <name>md::cli::EngagementCommands</name>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="71" />
        <source>--client and --title are required.</source>
        <translation>--client und --title sind erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="73" />
        <location filename="../app/cli/EngagementCommands.cpp" line="177" />
        <source>client id</source>
        <translation>Klienten-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="84" />
        <source>'%1' is not a number of sessions.</source>
        <translation>„%1“ ist keine Anzahl von Sitzungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="90" />
        <source>Unknown cadence '%1' (use %2).</source>
        <translation>Unbekannter Rhythmus „%1“ (verwenden Sie %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="97" />
        <source>Unknown format '%1' (use %2).</source>
        <translation>Unbekanntes Format „%1“ (verwenden Sie %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="106" />
        <source>'%1' is not a date (use YYYY-MM-DD).</source>
        <translation>„%1“ ist kein Datum (verwenden Sie JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="157" />
        <source>Give the fee per session, e.g. 120 (0 removes it).</source>
        <translation>Geben Sie das Honorar pro Sitzung an, z. B. 120 (0 entfernt es).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="202" />
        <source>No engagements yet. Start one with: %1 engagement add --client ID --title TEXT</source>
        <translation>Noch keine Mandate. Beginnen Sie eines mit: %1 engagement add --client ID --title TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="209" />
        <location filename="../app/cli/EngagementCommands.cpp" line="396" />
        <location filename="../app/cli/EngagementCommands.cpp" line="437" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="209" />
        <source>CLIENT</source>
        <translation>KLIENT</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="209" />
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="209" />
        <source>STAGE</source>
        <translation>PHASE</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="209" />
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="239" />
        <source>Engagement %1: %2</source>
        <translation>Mandat %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="240" />
        <source>Client:   %1 (id %2)</source>
        <translation>Klient:   %1 (ID %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="241" />
        <source>Stage:    %1 (%2 days)</source>
        <translation>Phase:    %1 (%2 Tage)</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="245" />
        <source>Started:  %1; %2 sessions planned, %3, %4</source>
        <translation>Begonnen: %1; %2 Sitzungen geplant, %3, %4</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="251" />
        <source>Follows engagement %1</source>
        <translation>Folgt auf Mandat %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="253" />
        <source>Outcome:  %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="255" />
        <source>Timeline:</source>
        <translation>Zeitverlauf:</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="260" />
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="261" />
        <source>created in %1</source>
        <translation>angelegt in %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="263" />
        <source> [override]</source>
        <translation> [Ausnahme]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="269" />
        <source>Needs (%1):</source>
        <translation>Bedarf (%1):</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="276" />
        <source>Goals (%1):</source>
        <translation>Ziele (%1):</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="285" />
        <source> (passes)</source>
        <translation> (bestanden)</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="285" />
        <source> (fails: lower-case letters)</source>
        <translation> (nicht bestanden: Kleinbuchstaben)</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="287" />
        <source>, progress %1%</source>
        <translation>, Fortschritt %1 %</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="289" />
        <source>, inactive</source>
        <translation>, inaktiv</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="298" />
        <source> (due %1)</source>
        <translation> (fällig am %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="300" />
        <source> OVERDUE</source>
        <translation> ÜBERFÄLLIG</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="302" />
        <source>; with %1</source>
        <translation>; mit %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="306" />
        <source>      evaluated: %1</source>
        <translation>      ausgewertet: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="312" />
        <source>Ready to leave "%1".</source>
        <translation>Bereit, „%1“ zu verlassen.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="314" />
        <source>To leave "%1":</source>
        <translation>Um „%1“ zu verlassen:</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="410" />
        <source>A note on fees, as agreements print it.</source>
        <translation>Ein Hinweis zur Vergütung, wie ihn Vereinbarungen drucken.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="412" />
        <source>The fee per session before tax, e.g. 120.00, billed for the engagement's held sessions before the price list's price.</source>
        <translation>Das Honorar pro Sitzung (netto), z. B. 120.00, das für die durchgeführten Sitzungen des Mandats vor dem Preis der Preisliste abgerechnet wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="414" />
        <source>AMOUNT</source>
        <translation>BETRAG</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="421" />
        <source>ID AMOUNT [--fee-note TEXT]</source>
        <translation>ID BETRAG [--fee-note TEXT]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="422" />
        <source>Set an engagement's fee per session (0 removes it).</source>
        <translation>Das Honorar pro Sitzung eines Mandats festlegen (0 entfernt es).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="423" />
        <source>Invoices from held sessions bill this fee; without one, the price list's single session; without either, the session price of the settings.</source>
        <translation>Rechnungen aus durchgeführten Sitzungen rechnen dieses Honorar ab; ohne eines die Einzelsitzung der Preisliste; ohne beides den Sitzungspreis aus den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="427" />
        <source>Before tax, in the workspace currency, e.g. 120.00.</source>
        <translation>Netto, in der Währung des Arbeitsbereichs, z. B. 120.00.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="428" />
        <source>Also change the note on fees.</source>
        <translation>Auch den Hinweis zur Vergütung ändern.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="153" />
        <location filename="../app/cli/EngagementCommands.cpp" line="322" />
        <location filename="../app/cli/EngagementCommands.cpp" line="350" />
        <source>engagement id</source>
        <translation>Mandats-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="358" />
        <source>--override needs a written reason; it is kept in the timeline.</source>
        <translation>--override braucht eine schriftliche Begründung; sie wird im Zeitverlauf festgehalten.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="367" />
        <source>Engagement %1 cannot leave "%2" yet. Missing:</source>
        <translation>Mandat %1 kann „%2“ noch nicht verlassen. Es fehlt:</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="371" />
        <source>Fill these in, or move anyway with --override REASON.</source>
        <translation>Ergänzen Sie diese Punkte oder wechseln Sie trotzdem mit --override BEGRÜNDUNG.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="375" />
        <source>Engagement %1: %2 -&gt; %3</source>
        <translation>Mandat %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="380" />
        <source>Override recorded in the timeline: %1</source>
        <translation>Ausnahme im Zeitverlauf festgehalten: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="389" />
        <source>The engagement's id (see 'engagement list').</source>
        <translation>Die ID des Mandats (siehe „engagement list“).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="393" />
        <source>--client ID --title TEXT [options]</source>
        <translation>--client ID --title TEXT [Optionen]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="394" />
        <source>Start an engagement for a client and print its id.</source>
        <translation>Ein Mandat für einen Klienten beginnen und seine ID ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="396" />
        <source>The client's id (required).</source>
        <translation>Die ID des Klienten (erforderlich).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="397" />
        <source>A short title (required).</source>
        <translation>Ein kurzer Titel (erforderlich).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="397" />
        <location filename="../app/cli/EngagementCommands.cpp" line="409" />
        <location filename="../app/cli/EngagementCommands.cpp" line="410" />
        <location filename="../app/cli/EngagementCommands.cpp" line="428" />
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="398" />
        <source>Planned number of sessions.</source>
        <translation>Geplante Anzahl der Sitzungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="398" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="401" />
        <source>One of %1 (default: biweekly).</source>
        <translation>Eines von %1 (Standard: biweekly).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="402" />
        <source>CADENCE</source>
        <translation>RHYTHMUS</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="404" />
        <source>One of %1 (default: video).</source>
        <translation>Eines von %1 (Standard: video).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="406" />
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="407" />
        <source>Start date, YYYY-MM-DD (default: today).</source>
        <translation>Startdatum, JJJJ-MM-TT (Standard: heute).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="408" />
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="409" />
        <source>Your profile-study notes.</source>
        <translation>Ihre Notizen zur Profilanalyse.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="434" />
        <source>[--json] [--client ID]</source>
        <translation>[--json] [--client ID]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="435" />
        <source>List engagements with their stage and days in it.</source>
        <translation>Mandate mit ihrer Phase und den Tagen darin auflisten.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="436" />
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="437" />
        <source>Only this client's.</source>
        <translation>Nur die dieses Klienten.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="443" />
        <source>ID [--json]</source>
        <translation>ID [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="444" />
        <source>Show an engagement: stage, timeline, needs, goals, actions.</source>
        <translation>Ein Mandat anzeigen: Phase, Zeitverlauf, Bedarf, Ziele, Maßnahmen.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="445" />
        <source>Goals show their SMART status (a lower-case letter fails) and progress from baseline to target; the end lists what the current stage still needs before the engagement can advance.</source>
        <translation>Ziele zeigen ihren SMART-Status (ein Kleinbuchstabe bedeutet nicht bestanden) und den Fortschritt vom Ausgangs- zum Zielwert; am Ende steht, was die aktuelle Phase noch braucht, bevor das Mandat weiterrücken kann.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="449" />
        <source>Print a JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="455" />
        <source>ID [--override REASON]</source>
        <translation>ID [--override BEGRÜNDUNG]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="456" />
        <source>Move an engagement to its next stage, through the stage's gate.</source>
        <translation>Ein Mandat über die Voraussetzungen der Phase hinweg in seine nächste Phase bringen.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="457" />
        <source>When the current stage's work is incomplete, nothing changes: the missing items are listed and the exit status is 1. --override moves anyway; the reason is recorded in the timeline.</source>
        <translation>Ist die Arbeit der aktuellen Phase unvollständig, ändert sich nichts: Die fehlenden Punkte werden aufgelistet, und der Exit-Status ist 1. --override wechselt trotzdem; die Begründung wird im Zeitverlauf festgehalten.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="462" />
        <source>Move although the gate fails, for this reason.</source>
        <translation>Trotz nicht erfüllter Voraussetzungen wechseln, mit dieser Begründung.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="462" />
        <source>REASON</source>
        <translation>BEGRÜNDUNG</translation>
    </message>
</context>
<context>
    <name>md::cli::ErasureCommands</name>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="29" />
        <source>client id</source>
        <translation>Klienten-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="41" />
        <source>Erasing cannot be undone; add --yes to erase.</source>
        <translation>Das Löschen kann nicht rückgängig gemacht werden; fügen Sie zum Löschen --yes hinzu.</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="58" />
        <source>No kept invoice has reached the end of its retention period.</source>
        <translation>Keine aufbewahrte Rechnung hat das Ende ihrer Aufbewahrungsfrist erreicht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ErasureCommands.cpp" line="61" />
        <source>Removed %n invoice(s) of erased clients whose retention period ended.</source>
        <translation>
            <numerusform>%n Rechnung gelöschter Klienten mit abgelaufener Aufbewahrungsfrist entfernt.</numerusform>
            <numerusform>%n Rechnungen gelöschter Klienten mit abgelaufener Aufbewahrungsfrist entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="71" />
        <source>ID [--yes]</source>
        <translation>ID [--yes]</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="72" />
        <source>Erase a client's personal data for good (GDPR Art. 17).</source>
        <translation>Die personenbezogenen Daten eines Klienten endgültig löschen (Art. 17 DSGVO).</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="74" />
        <source>Removes the profile, engagements, sessions with their notes, agreements with
their signatures and scans, draft invoices and billing details. Issued invoices,
credit notes and their payments are kept unchanged, shown under an anonymous
label, until their retention period ends (billing.retention_years after the end
of their year; see 'retention purge'). Without --yes, shows what would happen.</source>
        <translation>Entfernt das Profil, die Mandate, die Sitzungen mit ihren Notizen, die Vereinbarungen
mit Unterschriften und Scans, Rechnungsentwürfe und Rechnungsangaben. Ausgestellte
Rechnungen, Gutschriften und ihre Zahlungen bleiben unverändert unter einer anonymen
Bezeichnung erhalten, bis ihre Aufbewahrungsfrist endet (billing.retention_years nach
Ablauf ihres Jahres; siehe „retention purge“). Ohne --yes wird angezeigt, was geschehen würde.</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="79" />
        <source>The client's id (see 'client list').</source>
        <translation>Die ID des Klienten (siehe „client list“).</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="80" />
        <source>Confirm the erasure.</source>
        <translation>Das Löschen bestätigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="87" />
        <source>Remove the kept invoices of erased clients whose retention ended.</source>
        <translation>Die aufbewahrten Rechnungen gelöschter Klienten mit abgelaufener Aufbewahrungsfrist entfernen.</translation>
    </message>
</context>
<context>
    <name>md::cli::ExportCommands</name>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="40" />
        <source>Exported %1 records, %2 signed agreements and %3 invoices into %4.</source>
        <translation>%1 Datensätze, %2 unterschriebene Vereinbarungen und %3 Rechnungen nach %4 exportiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="46" />
        <source>The export is NOT encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>Der Export ist NICHT verschlüsselt: Bewahren Sie ihn sicher auf und löschen Sie ihn, sobald er nicht mehr benötigt wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="54" />
        <location filename="../app/cli/ExportCommands.cpp" line="67" />
        <source>Give the folder to export into with --to DIR.</source>
        <translation>Geben Sie den Zielordner für den Export mit --to VERZ an.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="63" />
        <source>client id</source>
        <translation>Klienten-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="82" />
        <source>Give the export folder to import with --from DIR.</source>
        <translation>Geben Sie den zu importierenden Exportordner mit --from VERZ an.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="103" />
        <source>Imported %1 records into %2.</source>
        <translation>%1 Datensätze in %2 importiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="108" />
        <source>Agreements signed in the workspace the export came from keep verifying here; new ones are signed with this workspace's own key.</source>
        <translation>Vereinbarungen, die im Herkunftsarbeitsbereich des Exports unterschrieben wurden, bleiben hier prüfbar; neue werden mit dem eigenen Schlüssel dieses Arbeitsbereichs signiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="115" />
        <source>A new or empty folder.</source>
        <translation>Ein neuer oder leerer Ordner.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="115" />
        <location filename="../app/cli/ExportCommands.cpp" line="154" />
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="118" />
        <source>--to DIR</source>
        <translation>--to VERZ</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="119" />
        <source>Write the whole workspace in open formats (JSON, CSV, PDF).</source>
        <translation>Den ganzen Arbeitsbereich in offenen Formaten (JSON, CSV, PDF) schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="120" />
        <source>One JSON file per kind of record (described in the README.txt written with
them), CSV files of clients, sessions, invoices and payments, the exact PDF
of every signed agreement and the PDF of every issued invoice. The folder
is readable by you only, but it is NOT encrypted.</source>
        <translation>Eine JSON-Datei je Art von Datensatz (beschrieben in der mitgeschriebenen README.txt),
CSV-Dateien der Klienten, Sitzungen, Rechnungen und Zahlungen, das exakte PDF jeder
unterschriebenen Vereinbarung und das PDF jeder ausgestellten Rechnung. Der Ordner ist
nur für Sie lesbar, aber NICHT verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="130" />
        <source>ID --to DIR [--without-private-notes]</source>
        <translation>ID --to VERZ [--without-private-notes]</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="131" />
        <source>Write everything about one client (their right of access and portability).</source>
        <translation>Alles über einen Klienten schreiben (sein Recht auf Auskunft und Datenübertragbarkeit).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="134" />
        <source>The profile, engagements, needs, goals, actions, evaluations, sessions with
their notes, agreements with their PDFs, invoices and payments of this
client, and nothing about anyone else. Your private session notes are
included unless --without-private-notes is given.</source>
        <translation>Profil, Mandate, Bedarf, Ziele, Maßnahmen, Auswertungen, Sitzungen mit ihren Notizen,
Vereinbarungen mit ihren PDFs, Rechnungen und Zahlungen dieses Klienten und nichts über
andere Personen. Ihre privaten Sitzungsnotizen sind enthalten, sofern nicht
--without-private-notes angegeben ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="139" />
        <source>Leave your private session notes out.</source>
        <translation>Ihre privaten Sitzungsnotizen auslassen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="140" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="140" />
        <source>The client's id (see client list).</source>
        <translation>Die ID des Klienten (siehe client list).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="146" />
        <source>--from DIR</source>
        <translation>--from VERZ</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="147" />
        <source>Create a new workspace from a whole-workspace export.</source>
        <translation>Einen neuen Arbeitsbereich aus dem Export eines ganzen Arbeitsbereichs anlegen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="149" />
        <source>Creates a new workspace as 'init' does (the passphrase, the recovery key) in the
--workspace folder, which must be new or empty, and reads every record of the
export into it, with the same ids. Signed agreements stay provably unchanged.
All or nothing: when a file of the export is damaged or incomplete, the error
names it and no workspace is created. Exports of one client cannot be imported.</source>
        <translation>Legt wie „init“ einen neuen Arbeitsbereich an (Passphrase, Wiederherstellungsschlüssel),
im Ordner von --workspace, der neu oder leer sein muss, und liest jeden Datensatz des
Exports mit denselben IDs ein. Unterschriebene Vereinbarungen bleiben nachweislich
unverändert. Alles oder nichts: Ist eine Datei des Exports beschädigt oder unvollständig,
nennt der Fehler sie, und es wird kein Arbeitsbereich angelegt. Exporte eines einzelnen
Klienten können nicht importiert werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="154" />
        <source>The export folder.</source>
        <translation>Der Exportordner.</translation>
    </message>
</context>
<context>
    <name>md::cli::HelpFormatter</name>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="114" />
        <source>[global options]</source>
        <translation>[globale Optionen]</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="145" />
        <source>Usage: %1 [global options] COMMAND [options] [arguments]

</source>
        <translation>Aufruf: %1 [globale Optionen] BEFEHL [Optionen] [Argumente]

</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="122" />
        <source>MentorDesk keeps a mentor's clients in an encrypted workspace. This program works on the
same workspace as the MentorDesk application, without a window.

</source>
        <translation>MentorDesk bewahrt die Klienten eines Mentors in einem verschlüsselten Arbeitsbereich auf.
Dieses Programm arbeitet ohne Fenster mit demselben Arbeitsbereich wie die MentorDesk-App.

</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="148" />
        <source>Global options (before or after the command):
</source>
        <translation>Globale Optionen (vor oder nach dem Befehl):
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="127" />
        <source>Passphrases and recovery keys are read from standard input: on a terminal you are asked
without echo; otherwise each one is a line of input (passwd reads the current passphrase,
then the new one). A new passphrase needs at least %1 characters.

</source>
        <translation>Passphrasen und Wiederherstellungsschlüssel werden von der Standardeingabe gelesen: In einem
Terminal werden Sie ohne Echo gefragt; andernfalls ist jede eine Eingabezeile (passwd liest
zuerst die aktuelle, dann die neue Passphrase). Eine neue Passphrase braucht mindestens
%1 Zeichen.

</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="132" />
        <source>Lists (client, session, invoice, payment and agreement list) are written as they are
read. Should reading fail midway (a damaged workspace), the command exits with status 1
and says so on standard error: what it printed is then incomplete, and a --json
array is left unclosed, so it is not valid JSON.

</source>
        <translation>Listen (client, session, invoice, payment und agreement list) werden so ausgegeben, wie sie
gelesen werden. Schlägt das Lesen mittendrin fehl (ein beschädigter Arbeitsbereich), endet
der Befehl mit Status 1 und meldet dies auf der Standardfehlerausgabe: Die bisherige Ausgabe
ist dann unvollständig, und ein --json-Array bleibt ungeschlossen, ist also kein gültiges JSON.

</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="152" />
        <source>Commands:
</source>
        <translation>Befehle:
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="139" />
        <source>Exit status: 0 on success, 1 when the command failed, 2 for a wrong command line.
</source>
        <translation>Exit-Status: 0 bei Erfolg, 1, wenn der Befehl fehlgeschlagen ist, 2 bei einer falschen Befehlszeile.
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="167" />
        <source>Usage: %1

</source>
        <translation>Aufruf: %1

</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="173" />
        <source>Arguments:
</source>
        <translation>Argumente:
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="176" />
        <source>Options:
</source>
        <translation>Optionen:
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="177" />
        <source>Global options:
</source>
        <translation>Globale Optionen:
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="182" />
        <source>Commands of '%1':
</source>
        <translation>Befehle von „%1“:
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="187" />
        <source>Run '%1 COMMAND --help' for the options of one command.
</source>
        <translation>Mit „%1 BEFEHL --help“ erhalten Sie die Optionen eines Befehls.
</translation>
    </message>
</context>
<context>
    <name>md::cli::IcsCommands</name>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="34" />
        <source>Name the file to write.</source>
        <translation>Geben Sie die zu schreibende Datei an.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="45" />
        <source>'%1' is not a valid client id (a positive number).</source>
        <translation>„%1“ ist keine gültige Klienten-ID (eine positive Zahl).</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="49" />
        <source>'%1' is not a valid session id (a positive number).</source>
        <translation>„%1“ ist keine gültige Sitzungs-ID (eine positive Zahl).</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="52" />
        <source>Give either --client or --session, not both.</source>
        <translation>Geben Sie entweder --client oder --session an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="73" />
        <source>Name the .ics file to import.</source>
        <translation>Geben Sie die zu importierende .ics-Datei an.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="79" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="81" />
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/IcsCommands.cpp" line="82" />
        <source>%n busy time(s)</source>
        <translation>
            <numerusform>%n belegte Zeit</numerusform>
            <numerusform>%n belegte Zeiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/IcsCommands.cpp" line="83" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="84" />
        <source>Imported %1 from %2 of %3.</source>
        <translation>%1 importiert (Quelle: %3, %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="94" />
        <source>[--client ID | --session ID] FILE</source>
        <translation>[--client ID | --session ID] DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="95" />
        <source>Write sessions to an iCalendar (.ics) file.</source>
        <translation>Sitzungen in eine iCalendar-Datei (.ics) schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="96" />
        <source>Series keep their repeat rule and skipped dates; cancelled sessions are marked cancelled. UIDs stay the same between exports, so importing again updates instead of duplicating. Notes are never written, only the agenda. With --session, one session goes out on its own (a series member as a single event).</source>
        <translation>Serien behalten ihre Wiederholungsregel und ausgelassenen Termine; abgesagte Sitzungen werden als abgesagt markiert. Die UIDs bleiben zwischen Exporten gleich, sodass ein erneuter Import aktualisiert statt zu verdoppeln. Notizen werden nie geschrieben, nur die Tagesordnung. Mit --session wird eine einzelne Sitzung für sich ausgegeben (ein Serientermin als Einzelereignis).</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="101" />
        <source>The .ics file to write.</source>
        <translation>Die zu schreibende .ics-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="103" />
        <source>Only this client's sessions.</source>
        <translation>Nur die Sitzungen dieses Klienten.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="103" />
        <location filename="../app/cli/IcsCommands.cpp" line="104" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="104" />
        <source>Only this session.</source>
        <translation>Nur diese Sitzung.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="110" />
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="111" />
        <source>Read another calendar's .ics file as busy times.</source>
        <translation>Die .ics-Datei eines anderen Kalenders als belegte Zeiten einlesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="112" />
        <source>Busy times are used for conflict warnings. Importing the same file again replaces its busy times. A malformed file is reported with its line number and changes nothing.</source>
        <translation>Belegte Zeiten dienen der Warnung vor Überschneidungen. Ein erneuter Import derselben Datei ersetzt ihre belegten Zeiten. Eine fehlerhafte Datei wird mit ihrer Zeilennummer gemeldet und ändert nichts.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="115" />
        <source>The .ics file to read.</source>
        <translation>Die zu lesende .ics-Datei.</translation>
    </message>
</context>
<context>
    <name>md::cli::InitCommand</name>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="24" />
        <source>Create a new encrypted workspace and print its recovery key.</source>
        <translation>Einen neuen verschlüsselten Arbeitsbereich anlegen und seinen Wiederherstellungsschlüssel ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="26" />
        <source>Asks for the new passphrase twice on a terminal, or reads one line from standard
input. The recovery key is printed once on standard output: keep it safe, it
opens the workspace when the passphrase is lost (also in the sqlcipher tool).
An existing workspace is never overwritten. With --keychain the key is also
remembered in the system keychain.</source>
        <translation>Fragt in einem Terminal zweimal nach der neuen Passphrase oder liest eine Zeile von der
Standardeingabe. Der Wiederherstellungsschlüssel wird einmal auf der Standardausgabe
ausgegeben: Bewahren Sie ihn sicher auf, er öffnet den Arbeitsbereich, wenn die Passphrase
verloren ist (auch im Werkzeug sqlcipher). Ein bestehender Arbeitsbereich wird nie
überschrieben. Mit --keychain wird der Schlüssel auch im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="50" />
        <source>A workspace already exists in %1; it was left unchanged.</source>
        <translation>In %1 gibt es bereits einen Arbeitsbereich; er wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="56" />
        <source>%1 is not empty; give a new or empty folder for the workspace.</source>
        <translation>%1 ist nicht leer; geben Sie einen neuen oder leeren Ordner für den Arbeitsbereich an.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="59" />
        <source>New passphrase: </source>
        <translation>Neue Passphrase: </translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="59" />
        <source>Repeat the passphrase: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="81" />
        <source>No workspace was created.</source>
        <translation>Es wurde kein Arbeitsbereich angelegt.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="83" />
        <source>The workspace could not be moved into %1. No workspace was created.</source>
        <translation>Der Arbeitsbereich konnte nicht nach %1 verschoben werden. Es wurde kein Arbeitsbereich angelegt.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="92" />
        <source>Warning: the key could not be remembered in the system keychain; use the passphrase to unlock.</source>
        <translation>Warnung: Der Schlüssel konnte nicht im Schlüsselbund des Systems gespeichert werden; entsperren Sie mit der Passphrase.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="98" />
        <source>Created an encrypted workspace in %1.
Your recovery key follows. It is shown only this once: write it down or print it and keep it
safe. With it you can open your data if you forget the passphrase.</source>
        <translation>Verschlüsselter Arbeitsbereich in %1 angelegt.
Es folgt Ihr Wiederherstellungsschlüssel. Er wird nur dieses eine Mal angezeigt: Schreiben Sie ihn auf oder drucken Sie ihn aus und
bewahren Sie ihn sicher auf. Damit können Sie Ihre Daten öffnen, falls Sie die Passphrase vergessen.</translation>
    </message>
</context>
<context>
    <name>md::cli::InvoiceCommands</name>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="59" />
        <source>'%1' is not a line: write "DESCRIPTION;QUANTITY;UNIT_PRICE[;TAX_RATE_PERCENT]".</source>
        <translation>„%1“ ist keine Position: Schreiben Sie "BESCHREIBUNG;MENGE;EINZELPREIS[;STEUERSATZ_PROZENT]".</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="71" />
        <source>'%1' has no description.</source>
        <translation>„%1“ hat keine Beschreibung.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="90" />
        <source>--client is required.</source>
        <translation>--client ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="91" />
        <location filename="../app/cli/InvoiceCommands.cpp" line="206" />
        <source>client id</source>
        <translation>Klienten-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="98" />
        <source>Give --sessions, one or more --line, or --retainer with --month.</source>
        <translation>Geben Sie --sessions, eine oder mehrere --line oder --retainer mit --month an.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="134" />
        <source>--retainer and --month go together.</source>
        <translation>--retainer und --month gehören zusammen.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="137" />
        <source>A retainer invoice bills one month: leave out --sessions and --line.</source>
        <translation>Eine Rechnung über eine Monatspauschale rechnet einen Monat ab: Lassen Sie --sessions und --line weg.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="139" />
        <source>retainer offering id</source>
        <translation>ID der Monatspauschale</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="146" />
        <source>'%1' is not a month: write YYYY-MM, e.g. 2026-03.</source>
        <translation>„%1“ ist kein Monat: Schreiben Sie JJJJ-MM, z. B. 2026-03.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="160" />
        <location filename="../app/cli/InvoiceCommands.cpp" line="255" />
        <location filename="../app/cli/InvoiceCommands.cpp" line="309" />
        <location filename="../app/cli/InvoiceCommands.cpp" line="331" />
        <source>invoice id</source>
        <translation>Rechnungs-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="179" />
        <source>warning: the invoice does not show %1; set them with %2.</source>
        <translation>Warnung: Die Rechnung enthält %1 nicht; legen Sie dies fest mit %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="215" />
        <source>Unknown status '%1' (use draft|issued|partially-paid|paid|overdue|cancelled).</source>
        <translation>Unbekannter Status „%1“ (verwenden Sie draft|issued|partially-paid|paid|overdue|cancelled).</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="243" />
        <source>credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="274" />
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="274" />
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="275" />
        <source>(draft %1)</source>
        <translation>(Entwurf %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="276" />
        <source>Client: %1</source>
        <translation>Klient: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="277" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="279" />
        <source>Issued: %1, due %2</source>
        <translation>Ausgestellt: %1, fällig am %2</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="121" />
        <source>Sessions have no price yet. Add a single session to the price list (`billing offering-add --kind single …`), give the engagement a fee (`engagement fee ID 120`) or set one with `settings set billing.session.price 120`.</source>
        <translation>Für Sitzungen ist noch kein Preis festgelegt. Fügen Sie der Preisliste eine Einzelsitzung hinzu (`billing offering-add --kind single …`), geben Sie dem Mandat ein Honorar (`engagement fee ID 120`) oder legen Sie einen Preis mit `settings set billing.session.price 120` fest.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="297" />
        <source>Net %1, tax %2, total %3</source>
        <translation>Netto %1, Steuer %2, gesamt %3</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="301" />
        <source>Paid %1, outstanding %2</source>
        <translation>Bezahlt %1, offen %2</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="346" />
        <source>The invoice's id.</source>
        <translation>Die ID der Rechnung.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="350" />
        <source>--client ID [--sessions] [--line "DESC;QTY;UNIT_PRICE;TAX%"]... | --client ID --retainer OFFERING_ID --month YYYY-MM</source>
        <translation>--client ID [--sessions] [--line "BESCHR;MENGE;EINZELPREIS;STEUER%"] … | --client ID --retainer ANGEBOTS_ID --month JJJJ-MM</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="352" />
        <source>Create a draft invoice; prints its id.</source>
        <translation>Einen Rechnungsentwurf erstellen; gibt seine ID aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="354" />
        <source>--sessions adds the client's held sessions that are neither billed yet nor paid by a package (and, when the cancellation policy says so, late cancellations and no-shows). Each --line is "DESCRIPTION;QUANTITY;UNIT_PRICE;TAX_RATE_PERCENT", e.g. "Workbook;2;24.50;7": the unit price is before tax in the workspace currency, with a dot or a comma and no thousands separators. The rate is a percentage or one of the settings' rates by name: standard, reduced or zero; without it the standard rate applies. --retainer with --month bills one month of a monthly retainer from the price list (`billing offerings` lists their ids); each month is billed once. The draft gets its number only when issued.</source>
        <translation>--sessions fügt die durchgeführten Sitzungen des Klienten hinzu, die weder abgerechnet noch über ein Paket bezahlt sind (und, sofern die Absageregelung es vorsieht, kurzfristige Absagen und Nichterscheinen). Jede --line ist "BESCHREIBUNG;MENGE;EINZELPREIS;STEUERSATZ_PROZENT", z. B. "Arbeitsheft;2;24,50;7": Der Einzelpreis ist netto in der Währung des Arbeitsbereichs, mit Punkt oder Komma und ohne Tausendertrennzeichen. Der Satz ist ein Prozentwert oder einer der Sätze aus den Einstellungen mit Namen: standard, reduced oder zero; ohne Angabe gilt der Regelsteuersatz. --retainer mit --month rechnet einen Monat einer Monatspauschale aus der Preisliste ab (`billing offerings` listet ihre IDs); jeder Monat wird einmal abgerechnet. Der Entwurf erhält seine Nummer erst beim Ausstellen.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="364" />
        <source>The client's id (required).</source>
        <translation>Die ID des Klienten (erforderlich).</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="364" />
        <location filename="../app/cli/InvoiceCommands.cpp" line="376" />
        <location filename="../app/cli/InvoiceCommands.cpp" line="389" />
        <location filename="../app/cli/InvoiceCommands.cpp" line="416" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="365" />
        <source>Bill the held, not yet billed sessions.</source>
        <translation>Die durchgeführten, noch nicht abgerechneten Sitzungen in Rechnung stellen.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="366" />
        <source>A line; repeat for more.</source>
        <translation>Eine Position; für weitere wiederholen.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="366" />
        <source>LINE</source>
        <translation>POSITION</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="367" />
        <source>Text printed under the lines.</source>
        <translation>Text, der unter den Positionen gedruckt wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="367" />
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="368" />
        <source>Bill a monthly retainer of the price list.</source>
        <translation>Eine Monatspauschale aus der Preisliste in Rechnung stellen.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="369" />
        <source>OFFERING_ID</source>
        <translation>ANGEBOTS_ID</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="370" />
        <source>The retainer month billed.</source>
        <translation>Der abgerechnete Monat der Pauschale.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="370" />
        <source>YYYY-MM</source>
        <translation>JJJJ-MM</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="377" />
        <source>Issue a draft: number it and freeze it; prints the number.</source>
        <translation>Einen Entwurf ausstellen: nummerieren und festschreiben; gibt die Nummer aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="378" />
        <source>The number is the next of the year's gapless sequence. An issued invoice never changes; correct or cancel it with `invoice credit`. The client's credit balance, if any, is applied.</source>
        <translation>Die Nummer ist die nächste der lückenlosen Folge des Jahres. Eine ausgestellte Rechnung ändert sich nie; korrigieren oder stornieren Sie sie mit `invoice credit`. Ein etwaiges Guthaben des Klienten wird verrechnet.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="387" />
        <source>[--client ID] [--status STATUS] [--json]</source>
        <translation>[--client ID] [--status STATUS] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="388" />
        <source>List invoices and credit notes.</source>
        <translation>Rechnungen und Gutschriften auflisten.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="389" />
        <source>Only this client's.</source>
        <translation>Nur die dieses Klienten.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="391" />
        <source>draft|issued|partially-paid|paid|overdue|cancelled.</source>
        <translation>draft|issued|partially-paid|paid|overdue|cancelled.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="392" />
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="393" />
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="399" />
        <source>ID [--json]</source>
        <translation>ID [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="400" />
        <source>Show one invoice with its lines and what is paid.</source>
        <translation>Eine Rechnung mit ihren Positionen und den Zahlungen anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="402" />
        <source>Print a JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="408" />
        <source>ID FILE</source>
        <translation>ID DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="409" />
        <source>Write the invoice as a PDF file.</source>
        <translation>Die Rechnung als PDF-Datei schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="410" />
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="417" />
        <source>Cancel an issued invoice with a credit note; prints its number.</source>
        <translation>Eine ausgestellte Rechnung mit einer Gutschrift stornieren; gibt deren Nummer aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="418" />
        <source>The credit note negates every line of the invoice and takes the next number. Money already paid on the invoice becomes the client's credit.</source>
        <translation>Die Gutschrift kehrt jede Position der Rechnung um und erhält die nächste Nummer. Bereits auf die Rechnung gezahltes Geld wird zum Guthaben des Klienten.</translation>
    </message>
</context>
<context>
    <name>md::cli::ManPage</name>
    <message>
        <location filename="../app/cli/ManPage.cpp" line="71" />
        <source>work on a MentorDesk workspace without a window</source>
        <translation>mit einem MentorDesk-Arbeitsbereich ohne Fenster arbeiten</translation>
    </message>
    <message>
        <location filename="../app/cli/ManPage.cpp" line="73" />
        <source>[global options] COMMAND [options] [arguments]</source>
        <translation>[globale Optionen] BEFEHL [Optionen] [Argumente]</translation>
    </message>
    <message>
        <location filename="../app/cli/ManPage.cpp" line="77" />
        <source>Before or after the command.</source>
        <translation>Vor oder nach dem Befehl.</translation>
    </message>
    <message>
        <location filename="../app/cli/ManPage.cpp" line="97" />
        <source>The MentorDesk user guide, under Help in the MentorDesk application.</source>
        <translation>Das MentorDesk-Benutzerhandbuch, unter „Hilfe“ in der MentorDesk-Anwendung.</translation>
    </message>
</context>
<context>
    <name>md::cli::PasswdCommand</name>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="20" />
        <source>Change the workspace passphrase (or set a new one with the recovery key).</source>
        <translation>Die Passphrase des Arbeitsbereichs ändern (oder mit dem Wiederherstellungsschlüssel eine neue festlegen).</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="23" />
        <source>Asks for the current passphrase, then the new one (twice on a terminal). When
standard input is not a terminal, line 1 is the current passphrase and line 2
the new one. The data key, the database and the recovery key stay the same.

Forgot the passphrase? 'passwd --recovery-key' asks for the recovery key
instead of the current passphrase, then sets the new one.</source>
        <translation>Fragt nach der aktuellen Passphrase, dann nach der neuen (in einem Terminal zweimal). Ist
die Standardeingabe kein Terminal, ist Zeile 1 die aktuelle Passphrase und Zeile 2 die
neue. Datenschlüssel, Datenbank und Wiederherstellungsschlüssel bleiben unverändert.

Passphrase vergessen? „passwd --recovery-key“ fragt statt nach der aktuellen Passphrase
nach dem Wiederherstellungsschlüssel und legt dann die neue fest.</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="39" />
        <source>passwd needs the current passphrase or the recovery key; --keychain does not apply.</source>
        <translation>passwd braucht die aktuelle Passphrase oder den Wiederherstellungsschlüssel; --keychain gilt hier nicht.</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="48" />
        <source>Current passphrase for %1: </source>
        <translation>Aktuelle Passphrase für %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="49" />
        <source>No current passphrase was given on standard input.</source>
        <translation>Auf der Standardeingabe wurde keine aktuelle Passphrase angegeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="59" />
        <location filename="../app/cli/PasswdCommand.cpp" line="84" />
        <source>New passphrase: </source>
        <translation>Neue Passphrase: </translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="59" />
        <location filename="../app/cli/PasswdCommand.cpp" line="84" />
        <source>Repeat the new passphrase: </source>
        <translation>Neue Passphrase wiederholen: </translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="65" />
        <source>The passphrase of %1 was changed.</source>
        <translation>Die Passphrase von %1 wurde geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="74" />
        <source>Recovery key for %1: </source>
        <translation>Wiederherstellungsschlüssel für %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="75" />
        <source>No recovery key was given on standard input.</source>
        <translation>Auf der Standardeingabe wurde kein Wiederherstellungsschlüssel angegeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="90" />
        <source>A new passphrase was set for %1 with the recovery key.</source>
        <translation>Für %1 wurde mit dem Wiederherstellungsschlüssel eine neue Passphrase festgelegt.</translation>
    </message>
</context>
<context>
    <name>md::cli::PaymentCommands</name>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="40" />
        <source>Give either --invoice or --client.</source>
        <translation>Geben Sie entweder --invoice oder --client an.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="42" />
        <source>--amount and --date are required.</source>
        <translation>--amount und --date sind erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="45" />
        <location filename="../app/cli/PaymentCommands.cpp" line="103" />
        <source>invoice id</source>
        <translation>Rechnungs-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="46" />
        <location filename="../app/cli/PaymentCommands.cpp" line="98" />
        <source>client id</source>
        <translation>Klienten-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="52" />
        <source>'%1' is not a date (use YYYY-MM-DD).</source>
        <translation>„%1“ ist kein Datum (verwenden Sie JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="58" />
        <source>Unknown method '%1' (use bank-transfer|card|cash|other).</source>
        <translation>Unbekannte Zahlungsart „%1“ (verwenden Sie bank-transfer|card|cash|other).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="89" />
        <source>The client now has a credit of %1, used by the next invoice.</source>
        <translation>Der Klient hat jetzt ein Guthaben von %1, das mit der nächsten Rechnung verrechnet wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="138" />
        <source>(--invoice ID | --client ID) --amount AMOUNT --date YYYY-MM-DD [--method METHOD]</source>
        <translation>(--invoice ID | --client ID) --amount BETRAG --date JJJJ-MM-TT [--method ZAHLUNGSART]</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="139" />
        <source>Record money received; prints the payment's id.</source>
        <translation>Einen Geldeingang erfassen; gibt die ID der Zahlung aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="140" />
        <source>A payment for an invoice pays it (partly or fully); whatever is paid beyond what it owes becomes the client's credit, which the next invoice uses when issued. A payment for a client settles their open invoices, oldest due date first. AMOUNT is like 120.50 or 120,50.</source>
        <translation>Eine Zahlung auf eine Rechnung begleicht diese (teilweise oder vollständig); was über den geschuldeten Betrag hinaus gezahlt wird, wird zum Guthaben des Klienten, das die nächste Rechnung beim Ausstellen verrechnet. Eine Zahlung eines Klienten begleicht seine offenen Rechnungen, die mit dem ältesten Fälligkeitsdatum zuerst. BETRAG lautet etwa 120.50 oder 120,50.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="145" />
        <source>The issued invoice paid.</source>
        <translation>Die bezahlte ausgestellte Rechnung.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="145" />
        <location filename="../app/cli/PaymentCommands.cpp" line="147" />
        <location filename="../app/cli/PaymentCommands.cpp" line="162" />
        <location filename="../app/cli/PaymentCommands.cpp" line="163" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="146" />
        <source>The client who paid (no particular invoice).</source>
        <translation>Der Klient, der bezahlt hat (keine bestimmte Rechnung).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="148" />
        <source>The amount received (required).</source>
        <translation>Der eingegangene Betrag (erforderlich).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="148" />
        <source>AMOUNT</source>
        <translation>BETRAG</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="149" />
        <source>The day it was received (required).</source>
        <translation>Der Tag des Eingangs (erforderlich).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="149" />
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="151" />
        <source>bank-transfer|card|cash|other (default: bank-transfer).</source>
        <translation>bank-transfer|card|cash|other (Standard: bank-transfer).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="152" />
        <source>METHOD</source>
        <translation>ZAHLUNGSART</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="153" />
        <source>Bank reference or receipt number.</source>
        <translation>Bankreferenz oder Belegnummer.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="153" />
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="159" />
        <source>[--client ID] [--invoice ID] [--json]</source>
        <translation>[--client ID] [--invoice ID] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="160" />
        <source>List payments received.</source>
        <translation>Eingegangene Zahlungen auflisten.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="162" />
        <source>Only this client's.</source>
        <translation>Nur die dieses Klienten.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="163" />
        <source>Only those for this invoice.</source>
        <translation>Nur die für diese Rechnung.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="164" />
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
</context>
<context>
    <name>md::cli::SearchCommands</name>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="38" />
        <source>client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="40" />
        <source>engagement</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="42" />
        <source>need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="44" />
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="46" />
        <source>action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="48" />
        <source>evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="50" />
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="52" />
        <source>agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="54" />
        <source>invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="62" />
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="93" />
        <source>Say what to look for, e.g. %1 search portfolio</source>
        <translation>Geben Sie an, wonach gesucht werden soll, z. B. %1 search portfolio</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="102" />
        <source>Unknown kind "%1"; choose from %2.</source>
        <translation>Unbekannte Art „%1“; wählen Sie aus %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="113" />
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit erwartet eine Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="129" />
        <source>Nothing matches "%1".</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="133" />
        <location filename="../app/cli/SearchCommands.cpp" line="163" />
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="133" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="133" />
        <source>CLIENT</source>
        <translation>KLIENT</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="133" />
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="133" />
        <source>MATCH</source>
        <translation>TREFFER</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="137" />
        <source>[private] %1</source>
        <translation>[privat] %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="148" />
        <source>QUERY [--kind KIND] [--limit N] [--json]</source>
        <translation>SUCHE [--kind ART] [--limit N] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="149" />
        <source>Find clients, engagements, notes, agreements and invoices by any word.</source>
        <translation>Klienten, Mandate, Notizen, Vereinbarungen und Rechnungen über ein beliebiges Wort finden.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="151" />
        <source>Every word must occur; a word also finds longer ones that start with it
("port" finds "portfolio"); "a quoted phrase" must occur as written. Case and
accents do not matter ("muller" finds "Müller"). Names and titles that match
come first, then the records where the words occur most, newer before older.
Archived clients are included and marked; a match in a session's private notes
is marked [private].</source>
        <translation>Jedes Wort muss vorkommen; ein Wort findet auch längere, die damit beginnen
(„port“ findet „portfolio“); „eine Phrase in Anführungszeichen“ muss wörtlich vorkommen.
Groß- und Kleinschreibung sowie Akzente spielen keine Rolle („muller“ findet „Müller“).
Passende Namen und Titel kommen zuerst, dann die Datensätze, in denen die Wörter am
häufigsten vorkommen, neuere vor älteren. Archivierte Klienten sind enthalten und
markiert; ein Treffer in den privaten Notizen einer Sitzung ist mit [privat] markiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="158" />
        <source>The words to look for, in quotes when there are several.</source>
        <translation>Die gesuchten Wörter, bei mehreren in Anführungszeichen.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="161" />
        <source>Only these kinds (comma separated): client, engagement, need, goal, action, evaluation, session, agreement, invoice.</source>
        <translation>Nur diese Arten (durch Kommas getrennt): client, engagement, need, goal, action, evaluation, session, agreement, invoice.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="164" />
        <source>At most N results (default 50).</source>
        <translation>Höchstens N Ergebnisse (Standard 50).</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="164" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="165" />
        <source>Print the results as JSON.</source>
        <translation>Die Ergebnisse als JSON ausgeben.</translation>
    </message>
</context>
<context>
    <name>md::cli::SessionCommands</name>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="64" />
        <source>--count and --until need --repeat.</source>
        <translation>--count und --until brauchen --repeat.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="71" />
        <source>Unknown repeat '%1' (use weekly|biweekly|monthly|monthly-weekday|monthly-last-weekday).</source>
        <translation>Unbekannte Wiederholung „%1“ (verwenden Sie weekly|biweekly|monthly|monthly-weekday|monthly-last-weekday).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="77" />
        <source>A repeating session needs either --count N or --until DATE.</source>
        <translation>Eine wiederkehrende Sitzung braucht entweder --count N oder --until DATUM.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="87" />
        <source>'%1' is not a number of sessions.</source>
        <translation>„%1“ ist keine Anzahl von Sitzungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="94" />
        <location filename="../app/cli/SessionCommands.cpp" line="211" />
        <source>'%1' is not a date (use YYYY-MM-DD).</source>
        <translation>„%1“ ist kein Datum (verwenden Sie JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="105" />
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="110" />
        <source>--engagement, --start and --duration are required.</source>
        <translation>--engagement, --start und --duration sind erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="112" />
        <location filename="../app/cli/SessionCommands.cpp" line="224" />
        <source>engagement id</source>
        <translation>Mandats-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="118" />
        <source>'%1' is not a start (use YYYY-MM-DDTHH:MM).</source>
        <translation>„%1“ ist kein Beginn (verwenden Sie JJJJ-MM-TTTHH:MM).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="123" />
        <source>'%1' is not a duration in minutes.</source>
        <translation>„%1“ ist keine Dauer in Minuten.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="129" />
        <source>Unknown format '%1' (use video|phone|in-person).</source>
        <translation>Unbekanntes Format „%1“ (verwenden Sie video|phone|in-person).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="136" />
        <source>Unknown time zone '%1' (use an IANA name such as Europe/Berlin).</source>
        <translation>Unbekannte Zeitzone „%1“ (verwenden Sie einen IANA-Namen wie Europe/Berlin).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SessionCommands.cpp" line="197" />
        <source>%1 (%n session(s)).</source>
        <translation>
            <numerusform>%1 (%n Sitzung).</numerusform>
            <numerusform>%1 (%n Sitzungen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="218" />
        <source>client id</source>
        <translation>Klienten-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="259" />
        <source>No sessions in this period.</source>
        <translation>Keine Sitzungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="238" />
        <location filename="../app/cli/SessionCommands.cpp" line="346" />
        <location filename="../app/cli/SessionCommands.cpp" line="375" />
        <location filename="../app/cli/SessionCommands.cpp" line="376" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="238" />
        <location filename="../app/cli/SessionCommands.cpp" line="347" />
        <source>START</source>
        <translation>BEGINN</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="238" />
        <location filename="../app/cli/SessionCommands.cpp" line="349" />
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="238" />
        <source>MIN</source>
        <translation>MIN</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="238" />
        <source>CLIENT</source>
        <translation>KLIENT</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="239" />
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="239" />
        <source>SERIES</source>
        <translation>SERIE</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="267" />
        <location filename="../app/cli/SessionCommands.cpp" line="289" />
        <source>session id</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="271" />
        <source>Give exactly one of --private TEXT and --shareable TEXT.</source>
        <translation>Geben Sie genau eines von --private TEXT und --shareable TEXT an.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="297" />
        <source>Unknown status '%1' (use planned|held|cancelled-client|cancelled-mentor|no-show).</source>
        <translation>Unbekannter Status „%1“ (verwenden Sie planned|held|cancelled-client|cancelled-mentor|no-show).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="303" />
        <source>--cancelled-at goes with cancelled-client or cancelled-mentor.</source>
        <translation>--cancelled-at gehört zu cancelled-client oder cancelled-mentor.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="306" />
        <source>'%1' is not a time (use YYYY-MM-DDTHH:MM).</source>
        <translation>„%1“ ist kein Zeitpunkt (verwenden Sie JJJJ-MM-TTTHH:MM).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="333" />
        <source>The session's id (see 'session list').</source>
        <translation>Die ID der Sitzung (siehe „session list“).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="337" />
        <source>--engagement ID --start YYYY-MM-DDTHH:MM --duration MINUTES [options]</source>
        <translation>--engagement ID --start JJJJ-MM-TTTHH:MM --duration MINUTEN [Optionen]</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="338" />
        <source>Plan a session or a series and print the new id(s).</source>
        <translation>Eine Sitzung oder eine Serie planen und die neue(n) ID(s) ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="339" />
        <source>The start is wall-clock time in --tz (default: your time zone from the availability settings); a series keeps that time across daylight-saving changes. A series prints one id per session. Monthly series on the 29th to 31st skip months without that date, as in every calendar program. Clashes with other sessions, imported busy times or your working hours are printed as warnings; the session is planned anyway.</source>
        <translation>Der Beginn ist Ortszeit in --tz (Standard: Ihre Zeitzone aus den Verfügbarkeitseinstellungen); eine Serie behält diese Uhrzeit über Zeitumstellungen hinweg. Eine Serie gibt eine ID je Sitzung aus. Monatliche Serien am 29. bis 31. lassen Monate ohne dieses Datum aus, wie in jedem Kalenderprogramm. Überschneidungen mit anderen Sitzungen, importierten belegten Zeiten oder Ihren Arbeitszeiten werden als Warnungen ausgegeben; die Sitzung wird trotzdem geplant.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="346" />
        <source>The engagement's id (required).</source>
        <translation>Die ID des Mandats (erforderlich).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="347" />
        <source>Start, YYYY-MM-DDTHH:MM (required).</source>
        <translation>Beginn, JJJJ-MM-TTTHH:MM (erforderlich).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="348" />
        <source>IANA time zone of the start, e.g. Europe/Berlin.</source>
        <translation>IANA-Zeitzone des Beginns, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="350" />
        <source>Length in minutes (required).</source>
        <translation>Dauer in Minuten (erforderlich).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="350" />
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="353" />
        <source>video|phone|in-person (default: the engagement's format, video when it is mixed).</source>
        <translation>video|phone|in-person (Standard: das Format des Mandats, video, wenn es gemischt ist).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="355" />
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="356" />
        <source>The place, video link or phone number.</source>
        <translation>Der Ort, Videolink oder die Telefonnummer.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="357" />
        <location filename="../app/cli/SessionCommands.cpp" line="358" />
        <location filename="../app/cli/SessionCommands.cpp" line="390" />
        <location filename="../app/cli/SessionCommands.cpp" line="391" />
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="358" />
        <source>The agenda.</source>
        <translation>Die Tagesordnung.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="360" />
        <source>weekly|biweekly|monthly|monthly-weekday|monthly-last-weekday.</source>
        <translation>weekly|biweekly|monthly|monthly-weekday|monthly-last-weekday.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="361" />
        <source>CADENCE</source>
        <translation>RHYTHMUS</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="362" />
        <source>A series ends after N sessions.</source>
        <translation>Eine Serie endet nach N Sitzungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="362" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="363" />
        <source>A series ends on this date, YYYY-MM-DD.</source>
        <translation>Eine Serie endet an diesem Datum, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="363" />
        <location filename="../app/cli/SessionCommands.cpp" line="373" />
        <location filename="../app/cli/SessionCommands.cpp" line="374" />
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="370" />
        <source>[--from DATE] [--to DATE] [--client ID] [--engagement ID] [--json]</source>
        <translation>[--from DATUM] [--to DATUM] [--client ID] [--engagement ID] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="371" />
        <source>List sessions, oldest first.</source>
        <translation>Sitzungen auflisten, die älteste zuerst.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="373" />
        <source>From this day, YYYY-MM-DD.</source>
        <translation>Ab diesem Tag, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="374" />
        <source>Up to and including this day.</source>
        <translation>Bis einschließlich dieses Tages.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="375" />
        <source>Only this client's.</source>
        <translation>Nur die dieses Klienten.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="376" />
        <source>Only this engagement's.</source>
        <translation>Nur die dieses Mandats.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="377" />
        <source>Print a JSON array (without private notes).</source>
        <translation>Ein JSON-Array ausgeben (ohne private Notizen).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="383" />
        <source>ID (--private TEXT | --shareable TEXT)</source>
        <translation>ID (--private TEXT | --shareable TEXT)</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="384" />
        <source>Set a session's private or shareable notes.</source>
        <translation>Die privaten oder teilbaren Notizen einer Sitzung festlegen.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="385" />
        <source>Private notes are for you: no session summary or calendar file contains them. export and client export keep them, since those are your own copies; client export --without-private-notes leaves them out. Shareable notes appear in the session summary.</source>
        <translation>Private Notizen sind für Sie: Keine Sitzungszusammenfassung und keine Kalenderdatei enthält sie. export und client export behalten sie, da dies Ihre eigenen Kopien sind; client export --without-private-notes lässt sie aus. Teilbare Notizen erscheinen in der Sitzungszusammenfassung.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="390" />
        <source>Notes only you will see.</source>
        <translation>Notizen, die nur Sie sehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="391" />
        <source>Notes for the summary.</source>
        <translation>Notizen für die Zusammenfassung.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="397" />
        <source>ID STATUS</source>
        <translation>ID STATUS</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="398" />
        <source>Mark a session held, cancelled or missed.</source>
        <translation>Eine Sitzung als durchgeführt, abgesagt oder versäumt markieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="401" />
        <source>planned, held, cancelled-client, cancelled-mentor or no-show.</source>
        <translation>planned, held, cancelled-client, cancelled-mentor oder no-show.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="403" />
        <source>A session the client cancels with less notice than your cancellation policy gives (settings: billing.policy.cancellation_notice_hours) is billed when late cancellations are chargeable; one you cancel never is.</source>
        <translation>Eine Sitzung, die der Klient mit weniger Vorlauf absagt, als Ihre Absageregelung vorsieht (Einstellung: billing.policy.cancellation_notice_hours), wird abgerechnet, wenn kurzfristige Absagen kostenpflichtig sind; eine von Ihnen abgesagte nie.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="409" />
        <source>When the session was cancelled, YYYY-MM-DDTHH:MM in its time zone (default: now).</source>
        <translation>Wann die Sitzung abgesagt wurde, JJJJ-MM-TTTHH:MM in ihrer Zeitzone (Standard: jetzt).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="410" />
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
</context>
<context>
    <name>md::cli::SettingsCommands</name>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="32" />
        <source>Keys (default in brackets, then an example):</source>
        <translation>Schlüssel (Standardwert in Klammern, dann ein Beispiel):</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="37" />
        <source>      e.g. %1</source>
        <translation>      z. B. %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="69" />
        <source>There is no setting called '%1'. See `settings set --help` for the keys.</source>
        <translation>Es gibt keine Einstellung namens „%1“. Die Schlüssel finden Sie unter `settings set --help`.</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="87" />
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="88" />
        <source>Show the mentor profile and the business settings.</source>
        <translation>Das Mentorenprofil und die Geschäftseinstellungen anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="90" />
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="96" />
        <source>KEY VALUE</source>
        <translation>SCHLÜSSEL WERT</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="97" />
        <source>Change one setting (checked before it is saved).</source>
        <translation>Eine Einstellung ändern (wird vor dem Speichern geprüft).</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="100" />
        <source>One of the keys below.</source>
        <translation>Einer der unten aufgeführten Schlüssel.</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="101" />
        <source>The new value; "" clears text fields.</source>
        <translation>Der neue Wert; "" leert Textfelder.</translation>
    </message>
</context>
<context>
    <name>md::cli::SummaryCommands</name>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="31" />
        <source>'%1' is not a valid session id (a positive number).</source>
        <translation>„%1“ ist keine gültige Sitzungs-ID (eine positive Zahl).</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="35" />
        <source>Name the file to write (.pdf, .md or .txt).</source>
        <translation>Geben Sie die zu schreibende Datei an (.pdf, .md oder .txt).</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="62" />
        <source>ID FILE</source>
        <translation>ID DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="63" />
        <source>Export a session summary as PDF, Markdown or plain text.</source>
        <translation>Eine Sitzungszusammenfassung als PDF, Markdown oder reinen Text exportieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="64" />
        <source>The format follows the file name: .md for Markdown, .txt for plain text ready to paste into an e-mail, anything else PDF. The summary holds the summary fields and the shareable notes, never the private notes.</source>
        <translation>Das Format richtet sich nach dem Dateinamen: .md für Markdown, .txt für reinen Text zum Einfügen in eine E-Mail, alles andere PDF. Die Zusammenfassung enthält die Zusammenfassungsfelder und die teilbaren Notizen, niemals die privaten Notizen.</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="68" />
        <source>The session's id.</source>
        <translation>Die ID der Sitzung.</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="69" />
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
</context>
<context>
    <name>md::cli::VerifyCommand</name>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="22" />
        <source>Check the database, every signed agreement and the audit log; prints OK or the problems found.</source>
        <translation>Datenbank, jede unterschriebene Vereinbarung und das Prüfprotokoll prüfen; gibt OK oder die gefundenen Probleme aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="25" />
        <source>Unlocks the workspace and checks:
  - the database (SQLite integrity and foreign key checks);
  - every signed agreement: the stored PDF, text, signature images and
    scan against its signed manifest, and the manifest's signature;
  - the agreements audit log's hash chain.
Each problem is one line on standard output, naming the agreement it
concerns. Exits with status 1 when any problem is found.</source>
        <translation>Entsperrt den Arbeitsbereich und prüft:
  - die Datenbank (SQLite-Integrität und Fremdschlüssel);
  - jede unterschriebene Vereinbarung: das gespeicherte PDF, den Text, die Unterschriftsbilder
    und den Scan anhand des unterschriebenen Manifests sowie die Signatur des Manifests;
  - die Hash-Kette des Prüfprotokolls der Vereinbarungen.
Jedes Problem steht in einer Zeile auf der Standardausgabe und nennt die betroffene
Vereinbarung. Endet mit Status 1, wenn ein Problem gefunden wird.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/VerifyCommand.cpp" line="66" />
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n Problem gefunden.</numerusform>
            <numerusform>%n Probleme gefunden.</numerusform>
        </translation>
    </message>
</context>
</TS>
