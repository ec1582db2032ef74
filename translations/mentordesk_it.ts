<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="57" />
        <source>Encrypted client records for independent mentors.</source>
        <translation>Schede clienti cifrate per mentor indipendenti.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="62" />
        <source>Open the workspace in DIR instead of the last one.</source>
        <translation>Aprire l'area di lavoro in CARTELLA invece dell'ultima usata.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="63" />
        <source>DIR</source>
        <translation>CARTELLA</translation>
    </message>
</context>
<context>
    <name>md::ActionListModel</name>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="150" />
        <source>Overdue: %1</source>
        <translation>In ritardo: %1</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="165" />
        <location filename="../ui/pipeline/ActionListModel.cpp" line="176" />
        <source>%1 (overdue)</source>
        <translation>%1 (in ritardo)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="185" />
        <source>Goal</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="187" />
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="189" />
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="191" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="193" />
        <source>People to approach</source>
        <translation>Persone da contattare</translation>
    </message>
</context>
<context>
    <name>md::ActionRepository</name>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="55" />
        <source>There is no goal with id %1.</source>
        <translation>Non esiste alcun obiettivo con ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="70" />
        <location filename="../core/storage/ActionRepository.cpp" line="102" />
        <source>Could not save the action</source>
        <translation>Impossibile salvare l'azione</translation>
    </message>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="126" />
        <source>There is no action with id %1.</source>
        <translation>Non esiste alcuna azione con ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="148" />
        <location filename="../core/storage/ActionRepository.cpp" line="153" />
        <source>Could not read the actions</source>
        <translation>Impossibile leggere le azioni</translation>
    </message>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="167" />
        <source>Could not delete the action</source>
        <translation>Impossibile eliminare l'azione</translation>
    </message>
</context>
<context>
    <name>md::ActionsTab</name>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="42" />
        <source>A concrete step, e.g. ask for a stretch project</source>
        <translation>Un passo concreto, ad es. chiedere un progetto più sfidante</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="43" />
        <source>Due &amp;by</source>
        <translation>Scadenza &amp;entro</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="55" />
        <source>Managers, recruiters, peers… separated by commas</source>
        <translation>Manager, recruiter, colleghi… separati da virgole</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="62" />
        <source>&amp;Goal:</source>
        <translation>&amp;Obiettivo:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="63" />
        <source>&amp;Action:</source>
        <translation>&amp;Azione:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="64" />
        <source>Due:</source>
        <translation>Scadenza:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="65" />
        <source>&amp;Status:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="66" />
        <source>&amp;People to approach:</source>
        <translation>&amp;Persone da contattare:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="70" />
        <source>&amp;New Action</source>
        <translation>&amp;Nuova azione</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="70" />
        <source>&amp;Save Action</source>
        <translation>Sal&amp;va azione</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="70" />
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="144" />
        <source>(inactive goal)</source>
        <translation>(obiettivo inattivo)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="163" />
        <source>Write an active goal first; actions belong to a goal.</source>
        <translation>Scrivere prima un obiettivo attivo: le azioni appartengono a un obiettivo.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="182" />
        <source>Saved the action.</source>
        <translation>Azione salvata.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="189" />
        <source>Delete Action</source>
        <translation>Elimina azione</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="189" />
        <source>Delete this action?</source>
        <translation>Eliminare questa azione?</translation>
    </message>
</context>
<context>
    <name>md::AgeingModel</name>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="237" />
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="239" />
        <source>0–30 days</source>
        <translation>0–30 giorni</translation>
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
        <translation>Oltre 90</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="247" />
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="249" />
        <source>Overdue</source>
        <translation>Scadute</translation>
    </message>
</context>
<context>
    <name>md::AgendaView</name>
    <message>
        <location filename="../ui/calendar/AgendaView.cpp" line="28" />
        <source>Filter by client</source>
        <translation>Filtra per cliente</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AgendaView.cpp" line="52" />
        <source>No sessions in these four weeks. Double-click a free time in the week view, or use New Session, to plan one.</source>
        <translation>Nessuna sessione in queste quattro settimane. Fare doppio clic su un orario libero nella vista Settimana, oppure usare Nuova sessione, per pianificarne una.</translation>
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
        <translation>Contratto di mentoring</translation>
    </message>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="31" />
        <source>Confidentiality agreement</source>
        <translation>Accordo di riservatezza</translation>
    </message>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="41" />
        <source>Signed</source>
        <translation>Firmato</translation>
    </message>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="42" />
        <source>Draft</source>
        <translation>Bozza</translation>
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
        <translation>Impossibile leggere il registro di controllo</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementAuditLogRepository.cpp" line="47" />
        <source>Could not write to the audit log</source>
        <translation>Impossibile scrivere nel registro di controllo</translation>
    </message>
</context>
<context>
    <name>md::AgreementContext</name>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="28" />
        <source>your name (set it in the mentor profile)</source>
        <translation>il proprio nome (da impostare nel profilo del mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="30" />
        <source>your business name (set it in the mentor profile)</source>
        <translation>la propria ragione sociale (da impostare nel profilo del mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="33" />
        <source>your business address (set it in the mentor profile)</source>
        <translation>l'indirizzo della propria attività (da impostare nel profilo del mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="36" />
        <source>your tax ID (set it in the mentor profile)</source>
        <translation>la propria partita IVA (da impostare nel profilo del mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="38" />
        <source>your email address (set it in the mentor profile)</source>
        <translation>il proprio indirizzo e-mail (da impostare nel profilo del mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="41" />
        <source>your phone number (set it in the mentor profile)</source>
        <translation>il proprio numero di telefono (da impostare nel profilo del mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="44" />
        <location filename="../core/agreements/AgreementContext.cpp" line="46" />
        <source>the client's name (set it on the client)</source>
        <translation>il nome del cliente (da impostare nella scheda del cliente)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="48" />
        <source>the client's email address (set it on the client)</source>
        <translation>l'indirizzo e-mail del cliente (da impostare nella scheda del cliente)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="51" />
        <source>the client's phone number (set it on the client)</source>
        <translation>il numero di telefono del cliente (da impostare nella scheda del cliente)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="54" />
        <source>the client's organisation (set it on the client)</source>
        <translation>l'organizzazione del cliente (da impostare nella scheda del cliente)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="57" />
        <source>the client's role (set it on the client)</source>
        <translation>il ruolo del cliente (da impostare nella scheda del cliente)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="59" />
        <source>the engagement's title (set it on the engagement)</source>
        <translation>il titolo del percorso (da impostare nel percorso)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="62" />
        <source>the start date (set it on the engagement)</source>
        <translation>la data di inizio (da impostare nel percorso)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="64" />
        <source>the number of sessions (set it on the engagement)</source>
        <translation>il numero di sessioni (da impostare nel percorso)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="67" />
        <source>how often you meet (set it on the engagement)</source>
        <translation>la frequenza degli incontri (da impostare nel percorso)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="70" />
        <source>how you meet (set it on the engagement)</source>
        <translation>la modalità degli incontri (da impostare nel percorso)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="72" />
        <source>the fee (set it on the engagement)</source>
        <translation>il compenso (da impostare nel percorso)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="74" />
        <source>the end date (choose one when you generate the agreement)</source>
        <translation>la data di fine (da scegliere quando si genera l'accordo)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="89" />
        <source>%1 (fill it in by hand)</source>
        <translation>%1 (da compilare a mano)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="108" />
        <source>Printed as blank lines to fill in by hand: %1.</source>
        <translation>Stampati come righe vuote da compilare a mano: %1.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="121" />
        <source>No agreement can be generated without %1.</source>
        <translation>Non è possibile generare alcun accordo senza %1.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="123" />
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="148" />
        <source>every week</source>
        <translation>ogni settimana</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="150" />
        <source>every two weeks</source>
        <translation>ogni due settimane</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="152" />
        <source>once a month</source>
        <translation>una volta al mese</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="160" />
        <source>in person</source>
        <translation>di persona</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="162" />
        <source>by video call</source>
        <translation>in videochiamata</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="164" />
        <source>by telephone</source>
        <translation>per telefono</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="166" />
        <source>in a mix of in-person meetings and video or telephone calls</source>
        <translation>alternando incontri di persona e chiamate video o telefoniche</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="235" />
        <source>Your name (mentor profile)</source>
        <translation>Il proprio nome (profilo del mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="237" />
        <source>Your business name</source>
        <translation>La propria ragione sociale</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="239" />
        <source>Your business address</source>
        <translation>L'indirizzo della propria attività</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="241" />
        <source>Your tax id</source>
        <translation>La propria partita IVA</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="243" />
        <source>Your e-mail address</source>
        <translation>Il proprio indirizzo e-mail</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="245" />
        <source>Your phone number</source>
        <translation>Il proprio numero di telefono</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="247" />
        <source>The mentee's full name</source>
        <translation>Nome completo del mentee</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="249" />
        <source>The name the mentee goes by</source>
        <translation>Nome con cui il mentee preferisce essere chiamato</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="251" />
        <source>The mentee's e-mail address</source>
        <translation>Indirizzo e-mail del mentee</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="253" />
        <source>The mentee's phone number</source>
        <translation>Numero di telefono del mentee</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="255" />
        <source>The mentee's organisation</source>
        <translation>Organizzazione del mentee</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="257" />
        <source>The mentee's role</source>
        <translation>Ruolo del mentee</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="259" />
        <source>Title of the engagement</source>
        <translation>Titolo del percorso</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="261" />
        <source>Start date of the engagement</source>
        <translation>Data di inizio del percorso</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="263" />
        <source>Planned number of sessions</source>
        <translation>Numero di sessioni previste</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="265" />
        <source>How often sessions take place</source>
        <translation>Frequenza delle sessioni</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="267" />
        <source>How sessions take place (in person, video…)</source>
        <translation>Modalità delle sessioni (di persona, in video…)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="270" />
        <source>Fees, as noted on the engagement</source>
        <translation>Compenso, come indicato nel percorso</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="272" />
        <source>Length of a session in minutes</source>
        <translation>Durata di una sessione in minuti</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="274" />
        <source>Hours of notice to cancel a session free of charge</source>
        <translation>Ore di preavviso per disdire una sessione senza costi</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="277" />
        <source>Days to pay an invoice</source>
        <translation>Giorni per pagare una fattura</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="279" />
        <source>Days of notice to end the mentoring early</source>
        <translation>Giorni di preavviso per concludere anticipatamente il mentoring</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="282" />
        <source>Years confidentiality lasts after the end</source>
        <translation>Anni di durata della riservatezza dopo la conclusione</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="285" />
        <source>Months notes are kept after the end</source>
        <translation>Mesi di conservazione delle note dopo la conclusione</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="288" />
        <source>The date the agreement is generated</source>
        <translation>Data di generazione dell'accordo</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="291" />
        <source>The agreement's end date, if it has one</source>
        <translation>Data di fine dell'accordo, se prevista</translation>
    </message>
</context>
<context>
    <name>md::AgreementDetailsPanel</name>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="51" />
        <source>Open mentor &amp;profile…</source>
        <translation>Apri p&amp;rofilo del mentor…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="52" />
        <source>Go to the c&amp;lient</source>
        <translation>Vai al c&amp;liente</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="54" />
        <source>Go to the e&amp;ngagement</source>
        <translation>Vai al perc&amp;orso</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="55" />
        <source>&amp;Fill in the details set since it was generated</source>
        <translation>&amp;Completa con i dati inseriti nel frattempo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="58" />
        <source>Generate the draft's text again from its template and the details as they are now</source>
        <translation>Generare di nuovo il testo della bozza dal suo modello e dai dati attuali</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="94" />
        <source>No agreement selected</source>
        <translation>Nessun accordo selezionato</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="108" />
        <source>Details were set or changed since this draft was generated.</source>
        <translation>Alcuni dati sono stati impostati o modificati dopo la generazione di questa bozza.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="131" />
        <source>Client: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="134" />
        <source>Signed on screen on %1</source>
        <translation>Firmato su schermo il %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="137" />
        <source>Signed on paper</source>
        <translation>Firmato su carta</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="138" />
        <source>State: %1</source>
        <translation>Stato: %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="142" />
        <source>Template: %1, version %2</source>
        <translation>Modello: %1, versione %2</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="145" />
        <source>Includes confidentiality terms</source>
        <translation>Include clausole di riservatezza</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="146" />
        <source>No confidentiality terms</source>
        <translation>Nessuna clausola di riservatezza</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="148" />
        <source>Ends on %1</source>
        <translation>Termina il %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="150" />
        <source>Amends AGR-%1</source>
        <translation>Modifica AGR-%1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="151" />
        <source>Fingerprint: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Impronta: &lt;tt&gt;%1&lt;/tt&gt;</translation>
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
        <translation>Accordo firmato %1: %2
Firmato il %3 UTC; sigillato da MentorDesk %4.

Questa cartella contiene l'accordo esattamente come è stato firmato e quanto serve per verificare
che non sia stato modificato da allora. Non serve MentorDesk: i comandi
seguenti funzionano in un terminale su Linux e macOS, e con Git Bash o WSL su Windows.

FILE
  agreement.pdf        l'accordo firmato
  manifest.json        una descrizione di ciò che è stato firmato, con il checksum SHA-256
                       di ogni file (non modificarlo, nemmeno negli spazi)
  manifest.sig         la firma digitale Ed25519 di manifest.json (64 byte)
  manifest.sig.base64  la stessa firma in formato testo
  public-key.pem       la chiave pubblica che verifica la firma

1. VERIFICARE LA FIRMA DEL MANIFEST (OpenSSL 3.0 o successivo)
   openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin \
       -in manifest.json -sigfile manifest.sig
   Il comando stampa "Signature Verified Successfully" se manifest.json è autentico.

2. VERIFICARE IL PDF RISPETTO AL MANIFEST
   sha256sum agreement.pdf        (macOS: shasum -a 256 agreement.pdf)
   Il risultato deve essere uguale al valore "sha256" dentro "pdf" in manifest.json:
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
LA CHIAVE
   Impronta della chiave pubblica (prima metà del suo SHA-256): %1
   Chiave pubblica grezza, in base64: %2
   Per essere certi che la chiave appartenga al proprio mentor, chiedergli di confermare l'impronta.

Il piè di pagina di ogni pagina riporta il numero dell'accordo e l'impronta del suo testo, così che
una copia stampata possa essere ricondotta a questa registrazione.
</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="88" />
        <source>Only a signed agreement can be exported for the client. Save the draft as a PDF instead.</source>
        <translation>Solo un accordo firmato può essere esportato per il cliente. Salvare invece la bozza come PDF.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="108" />
        <source>CHECK THE DRAWN SIGNATURE OF THE %1
   sha256sum %2
   The result must equal its "signature_png_sha256" in manifest.json.
</source>
        <translation>VERIFICARE LA FIRMA DISEGNATA DEL %1
   sha256sum %2
   Il risultato deve essere uguale al suo valore "signature_png_sha256" in manifest.json.
</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="120" />
        <source>CHECK THE SCAN OF THE SIGNED PAPER ORIGINAL
   sha256sum %1
   The result must equal the "sha256" inside "scan" in manifest.json.
</source>
        <translation>VERIFICARE LA SCANSIONE DELL'ORIGINALE CARTACEO FIRMATO
   sha256sum %1
   Il risultato deve essere uguale al valore "sha256" dentro "scan" in manifest.json.
</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="131" />
        <source>Could not create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="135" />
        <source>%1 already exists. Choose an empty folder for the export.</source>
        <translation>%1 esiste già. Scegliere una cartella vuota per l'esportazione.</translation>
    </message>
</context>
<context>
    <name>md::AgreementListModel</name>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="130" />
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="267" />
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="269" />
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="271" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="273" />
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="275" />
        <source>Verification</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="277" />
        <source>Ends</source>
        <translation>Fine</translation>
    </message>
</context>
<context>
    <name>md::AgreementManifest</name>
    <message>
        <location filename="../core/agreements/AgreementManifest.cpp" line="90" />
        <source>The manifest is not valid JSON.</source>
        <translation>Il manifest non è un JSON valido.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementManifest.cpp" line="94" />
        <source>The manifest is not in canonical form.</source>
        <translation>Il manifest non è in forma canonica.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementManifest.cpp" line="99" />
        <source>The manifest has an unknown format.</source>
        <translation>Il manifest ha un formato sconosciuto.</translation>
    </message>
</context>
<context>
    <name>md::AgreementPdfRenderer</name>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="46" />
        <source>Signatures</source>
        <translation>Firme</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="47" />
        <source>By signing below, the parties confirm that they have read this agreement and agree to its terms.</source>
        <translation>Con la sottoscrizione, le Parti confermano di aver letto il presente accordo e di accettarne i termini.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="54" />
        <source>The mentee</source>
        <translation>Il mentee</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="55" />
        <source>The mentor</source>
        <translation>Il mentor</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="56" />
        <source>Date: ____________________</source>
        <translation>Data: ____________________</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="100" />
        <source>Agreement %1</source>
        <translation>Accordo %1</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="103" />
        <source>Fingerprint %1</source>
        <translation>Impronta %1</translation>
    </message>
</context>
<context>
    <name>md::AgreementRepository</name>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="56" />
        <source>This agreement is signed and can no longer be changed. To change its terms, create an amendment.</source>
        <translation>Questo accordo è firmato e non può più essere modificato. Per cambiarne i termini, creare un'integrazione.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="89" />
        <location filename="../core/storage/AgreementRepository.cpp" line="119" />
        <source>Could not save the agreement</source>
        <translation>Impossibile salvare l'accordo</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="101" />
        <source>An agreement needs a title.</source>
        <translation>Un accordo deve avere un titolo.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="135" />
        <source>Could not delete the agreement</source>
        <translation>Impossibile eliminare l'accordo</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="144" />
        <location filename="../core/storage/AgreementRepository.cpp" line="148" />
        <source>Could not read the agreement</source>
        <translation>Impossibile leggere l'accordo</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="149" />
        <source>Agreement %1 does not exist.</source>
        <translation>L'accordo %1 non esiste.</translation>
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
        <translation>Impossibile leggere gli accordi</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="228" />
        <location filename="../core/storage/AgreementRepository.cpp" line="242" />
        <source>Could not read the signatures</source>
        <translation>Impossibile leggere le firme</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="252" />
        <location filename="../core/storage/AgreementRepository.cpp" line="255" />
        <source>Could not read the scan</source>
        <translation>Impossibile leggere la scansione</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="269" />
        <location filename="../core/storage/AgreementRepository.cpp" line="273" />
        <source>Could not read the signed document</source>
        <translation>Impossibile leggere il documento firmato</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="291" />
        <source>Could not store the signed agreement</source>
        <translation>Impossibile salvare l'accordo firmato</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="345" />
        <source>The agreement was changed or signed elsewhere while it was being signed. Nothing was stored; open it again and sign once more.</source>
        <translation>L'accordo è stato modificato o firmato altrove durante la firma. Non è stato salvato nulla: riaprirlo e firmarlo di nuovo.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="356" />
        <source>Could not check the engagement's agreements</source>
        <translation>Impossibile verificare gli accordi del percorso</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="403" />
        <location filename="../core/storage/AgreementRepository.cpp" line="410" />
        <source>Could not read the engagements</source>
        <translation>Impossibile leggere i percorsi</translation>
    </message>
</context>
<context>
    <name>md::AgreementService</name>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="286" />
        <source>Only a signed agreement can be amended; edit the draft instead.</source>
        <translation>Solo un accordo firmato può essere integrato; modificare invece la bozza.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="326" />
        <source>This agreement amends and replaces agreement %1 of %2 between the same parties. Where the two differ, this agreement applies.</source>
        <translation>Il presente accordo modifica e sostituisce l'accordo %1 del %2 tra le stesse Parti. In caso di divergenze, prevale il presente accordo.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="309" />
        <source>%1 (amendment to %2)</source>
        <translation>%1 (integrazione a %2)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="393" />
        <source>This agreement ends on %1.</source>
        <translation>Il presente accordo termina il %1.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="369" />
        <source>Signed on screen on %1 UTC</source>
        <translation>Firmato su schermo il %1 UTC</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="107" />
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="119" />
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="176" />
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="208" />
        <source>This agreement is already signed.</source>
        <translation>Questo accordo è già firmato.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="48" />
        <source>The mentee must type their full name.</source>
        <translation>Il mentee deve digitare il proprio nome completo.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="49" />
        <source>The mentor must type their full name.</source>
        <translation>Il mentor deve digitare il proprio nome completo.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="52" />
        <source>The mentee must confirm the consent statement before signing.</source>
        <translation>Il mentee deve confermare la dichiarazione di consenso prima di firmare.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="54" />
        <source>The mentor must confirm the consent statement before signing.</source>
        <translation>Il mentor deve confermare la dichiarazione di consenso prima di firmare.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="59" />
        <source>The mentee's signature image is too large.</source>
        <translation>L'immagine della firma del mentee è troppo grande.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="60" />
        <source>The mentor's signature image is too large.</source>
        <translation>L'immagine della firma del mentor è troppo grande.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="64" />
        <source>The mentee has not drawn a signature.</source>
        <translation>Il mentee non ha disegnato una firma.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="65" />
        <source>The mentor has not drawn a signature.</source>
        <translation>Il mentor non ha disegnato una firma.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="73" />
        <source>The mentee typed “%1”, which differs from the client's name “%2”. Confirm that “%1” is the name they sign with, or correct it.</source>
        <translation>Il mentee ha digitato «%1», che differisce dal nome del cliente «%2». Confermare che «%1» è il nome con cui firma, oppure correggerlo.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="77" />
        <source>The mentor typed “%1”, which differs from the name in the mentor profile “%2”. Confirm that “%1” is the name you sign with, or correct it.</source>
        <translation>Il mentor ha digitato «%1», che differisce dal nome nel profilo del mentor «%2». Confermare che «%1» è il nome con cui si firma, oppure correggerlo.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="184" />
        <source>The paper cannot have been signed on %1: that is in the future.</source>
        <translation>Il documento cartaceo non può essere stato firmato il %1: è una data futura.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="188" />
        <source>The paper cannot have been signed on %1: the draft was only generated on %2.</source>
        <translation>Il documento cartaceo non può essere stato firmato il %1: la bozza è stata generata solo il %2.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="195" />
        <source>Attach the scan of the signed paper as a PDF, PNG or JPEG file.</source>
        <translation>Allegare la scansione del documento cartaceo firmato come file PDF, PNG o JPEG.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="197" />
        <source>The scan is too large (at most 50 MB).</source>
        <translation>La scansione è troppo grande (al massimo 50 MB).</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="324" />
        <source>Signed by hand on %1; the scan was attached on %2.</source>
        <translation>Firmato a mano il %1; scansione allegata il %2.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="327" />
        <source>Signed by hand; the scan was attached on %1.</source>
        <translation>Firmato a mano; scansione allegata il %1.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="328" />
        <source>Paper signature attached, not checked: MentorDesk keeps the scan as it was attached and does not check the handwriting on it.</source>
        <translation>Firma cartacea allegata, non verificata: MentorDesk conserva la scansione così come è stata allegata e non verifica la grafia.</translation>
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
        <translation>Un accordo firmato non ha spazi vuoti da compilare.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceDrafts.cpp" line="134" />
        <source>A signed agreement cannot be changed; amend it instead.</source>
        <translation>Un accordo firmato non può essere modificato; creare invece un'integrazione.</translation>
    </message>
</context>
<context>
    <name>md::AgreementSigningKeyRepository</name>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="22" />
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="27" />
        <source>Could not read the signing key</source>
        <translation>Impossibile leggere la chiave di firma</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="52" />
        <source>The workspace's signing key does not match its public key.</source>
        <translation>La chiave di firma dell'area di lavoro non corrisponde alla sua chiave pubblica.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="62" />
        <source>The workspace already has a signing key; it is never replaced.</source>
        <translation>L'area di lavoro ha già una chiave di firma; non viene mai sostituita.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="78" />
        <source>Could not store the signing key</source>
        <translation>Impossibile salvare la chiave di firma</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="99" />
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="104" />
        <source>Could not read the earlier signing keys</source>
        <translation>Impossibile leggere le chiavi di firma precedenti</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="111" />
        <source>An earlier signing key must name its workspace and hold a 32-byte public key.</source>
        <translation>Una chiave di firma precedente deve indicare la propria area di lavoro e contenere una chiave pubblica di 32 byte.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="120" />
        <source>Could not store an earlier signing key</source>
        <translation>Impossibile salvare una chiave di firma precedente</translation>
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
        <translation>Impossibile leggere i modelli di accordo</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="65" />
        <source>There is no %1 template in the language "%2".</source>
        <translation>Non esiste alcun modello %1 nella lingua «%2».</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="85" />
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="88" />
        <source>Could not read the agreement template</source>
        <translation>Impossibile leggere il modello di accordo</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="89" />
        <source>Template %1 does not exist.</source>
        <translation>Il modello %1 non esiste.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="114" />
        <source>A template needs a title.</source>
        <translation>Un modello deve avere un titolo.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="116" />
        <source>A template needs some text.</source>
        <translation>Un modello deve contenere del testo.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="147" />
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="163" />
        <source>Could not save the template</source>
        <translation>Impossibile salvare il modello</translation>
    </message>
</context>
<context>
    <name>md::AgreementVerifier</name>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="44" />
        <source>Not signed</source>
        <translation>Non firmato</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="52" />
        <source>Modified</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="98" />
        <source>Agreement %1 was erased with its client on %2: nothing of it is left to verify.</source>
        <translation>L'accordo %1 è stato cancellato insieme al suo cliente il %2: non ne resta nulla da verificare.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="115" />
        <source>A signed document is stored, but the agreement is marked as a draft.</source>
        <translation>È salvato un documento firmato, ma l'accordo è contrassegnato come bozza.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="117" />
        <source>The signed document and its manifest are missing.</source>
        <translation>Mancano il documento firmato e il relativo manifest.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="144" />
        <source>The manifest was not signed with this workspace's key.</source>
        <translation>Il manifest non è stato firmato con la chiave di questa area di lavoro.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="127" />
        <source>The manifest's signature does not match the manifest.</source>
        <translation>La firma del manifest non corrisponde al manifest.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="156" />
        <source>The stored PDF differs from the one that was signed.</source>
        <translation>Il PDF salvato differisce da quello firmato.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="158" />
        <source>The stored agreement text differs from the text that was signed.</source>
        <translation>Il testo dell'accordo salvato differisce dal testo firmato.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="163" />
        <source>The agreement's stored details differ from the signed manifest.</source>
        <translation>I dati salvati dell'accordo differiscono dal manifest firmato.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="151" />
        <source>The manifest belongs to another workspace.</source>
        <translation>Il manifest appartiene a un'altra area di lavoro.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="35" />
        <source>Paper signature attached, unchanged since %1</source>
        <translation>Firma cartacea allegata, invariata dal %1</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="50" />
        <source>Unchanged since signing</source>
        <translation>Invariato dalla firma</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="63" />
        <source>The scan and the PDF are exactly as they were when the scan was attached. MentorDesk did not check the handwritten signatures on the scan, nor that it shows this agreement.</source>
        <translation>La scansione e il PDF sono esattamente come erano quando la scansione è stata allegata. MentorDesk non ha verificato le firme autografe sulla scansione, né che si tratti di questo accordo.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="67" />
        <source>The stored PDF, the signatures and the manifest are exactly what was signed on screen.</source>
        <translation>Il PDF salvato, le firme e il manifest corrispondono esattamente a quanto firmato su schermo.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="170" />
        <source>The number of stored signatures differs from the manifest.</source>
        <translation>Il numero di firme salvate differisce dal manifest.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="177" />
        <source>The %1's signature is missing.</source>
        <translation>Manca la firma del %1.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="181" />
        <source>The %1's signature image differs from the one signed.</source>
        <translation>L'immagine della firma del %1 differisce da quella firmata.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="185" />
        <source>The %1's name or consent differs from the manifest.</source>
        <translation>Il nome o il consenso del %1 differisce dal manifest.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="188" />
        <source>On-screen signatures were added to an agreement signed on paper.</source>
        <translation>Sono state aggiunte firme su schermo a un accordo firmato su carta.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="195" />
        <source>The scan of the paper original is missing or was added.</source>
        <translation>La scansione dell'originale cartaceo manca o è stata aggiunta.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="199" />
        <source>The stored scan differs from the one that was attached.</source>
        <translation>La scansione salvata differisce da quella allegata.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="201" />
        <source>The stored date of the paper signing differs from the manifest.</source>
        <translation>La data salvata della firma cartacea differisce dal manifest.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="216" />
        <source>The signing is not recorded in the audit log.</source>
        <translation>La firma non è registrata nel registro di controllo.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="221" />
        <source>The audit log's record of this agreement was altered (%1).</source>
        <translation>La voce di questo accordo nel registro di controllo è stata alterata (%1).</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="256" />
        <location filename="../core/agreements/AgreementVerifier.cpp" line="281" />
        <source>Agreement %1: %2</source>
        <translation>Accordo %1: %2</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="274" />
        <source>Agreement %1: audit log entry %2 records its signing, but it is no longer stored as signed.</source>
        <translation>Accordo %1: la voce %2 del registro di controllo ne registra la firma, ma l'accordo non risulta più salvato come firmato.</translation>
    </message>
</context>
<context>
    <name>md::AgreementsArea</name>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="56" />
        <source>&amp;New…</source>
        <translation>&amp;Nuovo…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="61" />
        <source>Generate an agreement for an engagement from a template</source>
        <translation>Generare un accordo per un percorso a partire da un modello</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="63" />
        <source>&amp;Edit draft…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="66" />
        <source>Pre&amp;view…</source>
        <translation>&amp;Anteprima…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="67" />
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="69" />
        <source>Save as P&amp;DF…</source>
        <translation>Salva come P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="70" />
        <source>&amp;Sign on screen…</source>
        <translation>&amp;Firma su schermo…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="72" />
        <source>Signed on p&amp;aper…</source>
        <translation>Firmato su &amp;carta…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="74" />
        <source>Attach the scan of the paper original signed by hand</source>
        <translation>Allegare la scansione dell'originale cartaceo firmato a mano</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="75" />
        <source>E&amp;xport for client…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="77" />
        <source>A&amp;mend…</source>
        <translation>&amp;Integra…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="78" />
        <source>&amp;Delete draft</source>
        <translation>Elimina &amp;bozza</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="86" />
        <source>P&amp;rint</source>
        <translation>Stamp&amp;a</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="88" />
        <source>Preview, print or save the agreement as PDF</source>
        <translation>Visualizzare l'anteprima, stampare o salvare l'accordo come PDF</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="109" />
        <source>&amp;Templates…</source>
        <translation>M&amp;odelli…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="111" />
        <source>Edit the texts agreements are generated from</source>
        <translation>Modificare i testi da cui vengono generati gli accordi</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="113" />
        <source>Mentor &amp;profile…</source>
        <translation>&amp;Profilo del mentor…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="115" />
        <source>Your name, business, address and signature, as agreements print them</source>
        <translation>Nome, attività, indirizzo e firma del mentor, come appaiono negli accordi</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="131" />
        <source>Filter by number, client, title or state</source>
        <translation>Filtra per numero, cliente, titolo o stato</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="314" />
        <source>No agreements yet.

Press New (Ctrl+N) to generate a mentoring agreement or a confidentiality agreement for an engagement.</source>
        <translation>Ancora nessun accordo.

Premere Nuovo (Ctrl+N) per generare un contratto di mentoring o un accordo di riservatezza per un percorso.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="316" />
        <source>No agreements yet.

Fill in your mentor profile, then press New (Ctrl+N) to generate a mentoring agreement or a confidentiality agreement for an engagement.</source>
        <translation>Ancora nessun accordo.

Compilare il profilo del mentor, quindi premere Nuovo (Ctrl+N) per generare un contratto di mentoring o un accordo di riservatezza per un percorso.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsArea.cpp" line="421" />
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n accordo</numerusform>
            <numerusform>%n accordi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsArea.cpp" line="423" />
        <source>%n ending within %1 days</source>
        <translation>
            <numerusform>%n in scadenza entro %1 giorni</numerusform>
            <numerusform>%n in scadenza entro %1 giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsArea.cpp" line="425" />
        <source>%n MODIFIED</source>
        <translation>
            <numerusform>%n MODIFICATO</numerusform>
            <numerusform>%n MODIFICATI</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="427" />
        <source>AUDIT LOG BROKEN</source>
        <translation>REGISTRO DI CONTROLLO DANNEGGIATO</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsArea.cpp" line="451" />
        <source>… and %n more.</source>
        <translation>
            <numerusform>… e %n altro.</numerusform>
            <numerusform>… e altri %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="453" />
        <source>Warning: the audit log of signings does not verify. Its record of who signed what and when may have been changed outside MentorDesk; restore a backup or keep the exported copies as evidence.</source>
        <translation>Attenzione: il registro di controllo delle firme non supera la verifica. Le informazioni su chi ha firmato cosa e quando potrebbero essere state modificate al di fuori di MentorDesk; ripristinare un backup o conservare le copie esportate come prova.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="61" />
        <source>Generated %1. Check the text, then print it or sign it on screen.</source>
        <translation>%1 generato. Controllare il testo, quindi stamparlo o firmarlo su schermo.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="68" />
        <source>No agreement is selected.</source>
        <translation>Nessun accordo selezionato.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="80" />
        <source>Saved %1.</source>
        <translation>%1 salvato.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="91" />
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="96" />
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="114" />
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="124" />
        <source>Save agreement as PDF</source>
        <translation>Salva accordo come PDF</translation>
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
        <translation>Salva come PDF</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="142" />
        <source>Saved %1 (not encrypted).</source>
        <translation>%1 salvato (non cifrato).</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="153" />
        <source>%1 is signed and frozen.</source>
        <translation>%1 è firmato e reso definitivo.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="164" />
        <source>%1 is recorded as signed on paper; the scan is attached, not checked.</source>
        <translation>%1 risulta firmato su carta; la scansione è allegata, non verificata.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="175" />
        <source>Export for the client into…</source>
        <translation>Esporta per il cliente in…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="181" />
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="185" />
        <source>Export for client</source>
        <translation>Esporta per il cliente</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="186" />
        <source>%n file(s) written to %1 (not encrypted). README.txt explains how the client can check them.</source>
        <translation>
            <numerusform>%n file scritto in %1 (non cifrato). Il file README.txt spiega al cliente come verificarlo.</numerusform>
            <numerusform>%n file scritti in %1 (non cifrati). Il file README.txt spiega al cliente come verificarli.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="201" />
        <source>Amend</source>
        <translation>Integra</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="205" />
        <source>Generated %1, which amends %2.</source>
        <translation>%1 generato; integra %2.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="215" />
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="221" />
        <source>Delete draft</source>
        <translation>Elimina bozza</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="216" />
        <source>Delete the draft %1 “%2”?</source>
        <translation>Eliminare la bozza %1 «%2»?</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="249" />
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="263" />
        <source>Fill in the draft</source>
        <translation>Completa la bozza</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="250" />
        <source>The text of %1 was changed by hand. Generating it again from its template replaces those changes.</source>
        <translation>Il testo di %1 è stato modificato a mano. Se lo si genera di nuovo dal modello, queste modifiche vengono sostituite.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="255" />
        <source>&amp;Replace the text</source>
        <translation>&amp;Sostituisci il testo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="267" />
        <source>Filled in %1 from the details as they are now.</source>
        <translation>%1 completato con i dati attuali.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="275" />
        <source>Saved your mentor profile.</source>
        <translation>Profilo del mentor salvato.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreas.cpp" line="18" />
        <source>Agreements</source>
        <translation>Accordi</translation>
    </message>
</context>
<context>
    <name>md::AppController</name>
    <message>
        <location filename="../ui/AppController.cpp" line="37" />
        <source>Locked after a period of inactivity.</source>
        <translation>Bloccato dopo un periodo di inattività.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="164" />
        <source>The system keychain did not answer, so MentorDesk could not open by itself.</source>
        <translation>Il portachiavi di sistema non ha risposto, quindi MentorDesk non ha potuto aprirsi da solo.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="174" />
        <source>The key remembered on this computer no longer opens this workspace. Enter your passphrase; MentorDesk will remember the right key again.</source>
        <translation>La chiave memorizzata su questo computer non apre più questa area di lavoro. Inserire la passphrase: MentorDesk memorizzerà di nuovo la chiave corretta.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="245" />
        <source>Your workspace is ready. Press Ctrl+N to add your first client.</source>
        <translation>L'area di lavoro è pronta. Premere Ctrl+N per aggiungere il primo cliente.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="253" />
        <source>Open Workspace Folder</source>
        <translation>Apri cartella dell'area di lavoro</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="388" />
        <source>MentorDesk will open without asking for your passphrase on this computer.</source>
        <translation>Su questo computer MentorDesk si aprirà senza chiedere la passphrase.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="393" />
        <source>Not Remembered</source>
        <translation>Non memorizzata</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="394" />
        <source>MentorDesk could not store the key in the system keychain, so it will ask for your passphrase next time.</source>
        <translation>MentorDesk non è riuscito a salvare la chiave nel portachiavi di sistema, quindi la prossima volta chiederà la passphrase.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="413" />
        <source>MentorDesk no longer opens by itself on this computer.</source>
        <translation>Su questo computer MentorDesk non si apre più da solo.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="416" />
        <source>The key could not be removed from the system keychain.</source>
        <translation>Impossibile rimuovere la chiave dal portachiavi di sistema.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="431" />
        <source>The workspace was opened with its recovery key and has no passphrase yet. Choose one now; until then only the recovery key opens it.</source>
        <translation>L'area di lavoro è stata aperta con la chiave di recupero e non ha ancora una passphrase. Sceglierne una ora; fino ad allora solo la chiave di recupero permette di aprirla.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="433" />
        <source>You opened the workspace with your recovery key. If you have forgotten your passphrase, choose a new one now.</source>
        <translation>L'area di lavoro è stata aperta con la chiave di recupero. Se la passphrase è stata dimenticata, sceglierne una nuova ora.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="444" />
        <source>Your passphrase has been changed.</source>
        <translation>La passphrase è stata cambiata.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="471" />
        <source>New recovery key created. The old one no longer opens this workspace.</source>
        <translation>È stata creata una nuova chiave di recupero. Quella precedente non apre più questa area di lavoro.</translation>
    </message>
</context>
<context>
    <name>md::AtomicFileWriter</name>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="23" />
        <source>The disk is full: %1 could not be written. The previous version of the file is unchanged.</source>
        <translation>Il disco è pieno: non è stato possibile scrivere %1. La versione precedente del file è invariata.</translation>
    </message>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="26" />
        <source>%1 %2: %3. The previous version of the file is unchanged.</source>
        <translation>%1 %2: %3. La versione precedente del file è invariata.</translation>
    </message>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="32" />
        <source>Could not create</source>
        <translation>Impossibile creare</translation>
    </message>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="36" />
        <source>Could not restrict access to</source>
        <translation>Impossibile limitare l'accesso a</translation>
    </message>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="50" />
        <location filename="../core/common/AtomicFile.cpp" line="61" />
        <location filename="../core/common/AtomicFile.cpp" line="63" />
        <source>Could not write</source>
        <translation>Impossibile scrivere</translation>
    </message>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="65" />
        <source>Could not finish writing</source>
        <translation>Impossibile completare la scrittura di</translation>
    </message>
</context>
<context>
    <name>md::AuditChain</name>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="51" />
        <source>Audit log entry %1</source>
        <translation>Voce %1 del registro di controllo</translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="57" />
        <source>%1: expected entry %2 here; entries are missing or out of order.</source>
        <translation>%1: qui era attesa la voce %2; alcune voci mancano o non sono in ordine.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="63" />
        <source>%1: does not link to the entry before it.</source>
        <translation>%1: non è collegata alla voce precedente.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="67" />
        <source>%1: its content does not match its hash.</source>
        <translation>%1: il contenuto non corrisponde al suo hash.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="76" />
        <source>%1: its recorded fields disagree with its content.</source>
        <translation>%1: i campi registrati non concordano con il contenuto.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="107" />
        <source>Audit log entry %1: the entry before it is missing.</source>
        <translation>Voce %1 del registro di controllo: manca la voce precedente.</translation>
    </message>
</context>
<context>
    <name>md::AvailabilityDialog</name>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="6" />
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="12" />
        <source>Working hours</source>
        <translation>Orario di lavoro</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="152" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="142" />
        <source>Minimum &amp;buffer between sessions:</source>
        <translation>&amp;Pausa minima tra le sessioni:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="165" />
        <source>Your &amp;time zone:</source>
        <translation>&amp;Fuso orario:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="192" />
        <source>No reminders</source>
        <translation>Nessun promemoria</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="195" />
        <source>Remind me </source>
        <extracomment>The spin box reads "Remind me [15] minutes before a session".</extracomment>
        <translation>Avvisare </translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="198" />
        <source> minutes before a session</source>
        <translation> minuti prima di una sessione</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="182" />
        <source>&amp;Reminder:</source>
        <translation>P&amp;romemoria:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="213" />
        <source>Days off</source>
        <translation>Giorni liberi</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="237" />
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="244" />
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
</context>
<context>
    <name>md::AvailabilityRepository</name>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="27" />
        <location filename="../core/storage/AvailabilityRepository.cpp" line="31" />
        <source>Could not read the scheduling settings</source>
        <translation>Impossibile leggere le impostazioni di pianificazione</translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="42" />
        <source>Could not save the scheduling settings</source>
        <translation>Impossibile salvare le impostazioni di pianificazione</translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="69" />
        <location filename="../core/storage/AvailabilityRepository.cpp" line="77" />
        <source>Could not read the working hours</source>
        <translation>Impossibile leggere l'orario di lavoro</translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="79" />
        <location filename="../core/storage/AvailabilityRepository.cpp" line="83" />
        <source>Could not read the days off</source>
        <translation>Impossibile leggere i giorni liberi</translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="91" />
        <location filename="../core/storage/AvailabilityRepository.cpp" line="99" />
        <source>Could not save the working hours</source>
        <translation>Impossibile salvare l'orario di lavoro</translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="105" />
        <source>Could not save the days off</source>
        <translation>Impossibile salvare i giorni liberi</translation>
    </message>
</context>
<context>
    <name>md::BackupActions</name>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="34" />
        <source>Last verified backup: %1
in %2</source>
        <translation>Ultimo backup verificato: %1
in %2</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="38" />
        <source>No verified backup in %1 yet. File &gt; Back Up Now makes one.</source>
        <translation>Ancora nessun backup verificato in %1. File &gt; Esegui backup ora ne crea uno.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="44" />
        <source>Backup Not Made</source>
        <translation>Backup non eseguito</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="47" />
        <source>Your workspace itself is unchanged. The backup folder is set in Edit &gt; Preferences.</source>
        <translation>L'area di lavoro in sé è invariata. La cartella dei backup si imposta in Modifica &gt; Preferenze.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="57" />
        <source>Backup written and verified in %1.</source>
        <translation>Backup scritto e verificato in %1.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="92" />
        <source>Restored into %1.</source>
        <translation>Ripristinato in %1.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="93" />
        <source>Restored. The workspace it replaced is kept in %1.</source>
        <translation>Ripristino completato. L'area di lavoro sostituita è conservata in %1.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="97" />
        <source>Workspace Restored</source>
        <translation>Area di lavoro ripristinata</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="98" />
        <source>The backup is restored and open. The workspace it replaced was moved, not deleted, to:
%1</source>
        <translation>Il backup è stato ripristinato e aperto. L'area di lavoro sostituita è stata spostata, non eliminata, in:
%1</translation>
    </message>
</context>
<context>
    <name>md::BackupController</name>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="58" />
        <source>Unlock the workspace to back it up.</source>
        <translation>Sbloccare l'area di lavoro per eseguirne il backup.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="73" />
        <source>The backup was made, but old backups could not be removed: %1</source>
        <translation>Il backup è stato eseguito, ma non è stato possibile rimuovere i backup meno recenti: %1</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="115" />
        <source>No backup yet</source>
        <translation>Nessun backup</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backup/BackupController.cpp" line="118" />
        <source>No backup for %n day(s)</source>
        <translation>
            <numerusform>Nessun backup da %n giorno</numerusform>
            <numerusform>Nessun backup da %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="123" />
        <source>Backed up today at %1</source>
        <translation>Backup eseguito oggi alle %1</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="125" />
        <source>Backed up yesterday at %1</source>
        <translation>Backup eseguito ieri alle %1</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="126" />
        <source>Backed up on %1</source>
        <translation>Backup eseguito il %1</translation>
    </message>
</context>
<context>
    <name>md::BackupRestore</name>
    <message>
        <location filename="../core/backup/BackupRestore.cpp" line="32" />
        <source>The backup is damaged and was not restored: %1</source>
        <translation>Il backup è danneggiato e non è stato ripristinato: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupRestore.cpp" line="52" />
        <source>Could not move the current workspace aside to %1; nothing was restored.</source>
        <translation>Impossibile spostare l'area di lavoro attuale in %1; non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupRestore.cpp" line="61" />
        <source>%1 The current workspace is safe in %2.</source>
        <translation>%1 L'area di lavoro attuale è al sicuro in %2.</translation>
    </message>
</context>
<context>
    <name>md::BackupService</name>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="79" />
        <location filename="../core/backup/BackupService.cpp" line="87" />
        <source>Could not check the backup</source>
        <translation>Impossibile verificare il backup</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="106" />
        <source>The backup folder %1 cannot be created or written to. Choose another one in Preferences, or plug in the drive it is on.</source>
        <translation>La cartella dei backup %1 non può essere creata o non è scrivibile. Sceglierne un'altra nelle Preferenze, oppure collegare l'unità su cui si trova.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="119" />
        <location filename="../core/backup/BackupService.cpp" line="139" />
        <source>Could not write to the backup folder %1.</source>
        <translation>Impossibile scrivere nella cartella dei backup %1.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="147" />
        <location filename="../core/backup/BackupService.cpp" line="158" />
        <location filename="../core/backup/BackupService.cpp" line="162" />
        <source>Could not start the backup</source>
        <translation>Impossibile avviare il backup</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="165" />
        <location filename="../core/backup/BackupService.cpp" line="171" />
        <source>Could not copy the workspace</source>
        <translation>Impossibile copiare l'area di lavoro</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="181" />
        <source>Could not finish the backup</source>
        <translation>Impossibile completare il backup</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="202" />
        <source>The backup could not be read back, so it was deleted: %1</source>
        <translation>Non è stato possibile rileggere il backup, che è stato quindi eliminato: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="210" />
        <source>The backup did not match the workspace, so it was deleted: %1</source>
        <translation>Il backup non corrispondeva all'area di lavoro ed è stato quindi eliminato: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="230" />
        <source>Could not finish the backup in %1.</source>
        <translation>Impossibile completare il backup in %1.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="243" />
        <source>%1 is not a MentorDesk backup (it has no %2).</source>
        <translation>%1 non è un backup di MentorDesk (manca %2).</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="250" />
        <source>The description of the backup in %1 is damaged.</source>
        <translation>La descrizione del backup in %1 è danneggiata.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="254" />
        <source>The backup in %1 was made by a newer MentorDesk.</source>
        <translation>Il backup in %1 è stato creato da una versione più recente di MentorDesk.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="269" />
        <source>The backup in %1 is incomplete.</source>
        <translation>Il backup in %1 è incompleto.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="304" />
        <source>Restore your newest backup (File › Restore from Backup, or “mentordesk-cli backup restore”).</source>
        <translation>Ripristinare il backup più recente (File › Ripristina da backup, oppure «mentordesk-cli backup restore»).</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="318" />
        <source>No verified backup of this workspace was found in %1. If you keep backups elsewhere, restore one with File › Restore from Backup.</source>
        <translation>Non è stato trovato alcun backup verificato di questa area di lavoro in %1. Se i backup si trovano altrove, ripristinarne uno con File › Ripristina da backup.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="322" />
        <source>The newest verified backup of this workspace is from %1: %2. Restore it with File › Restore from Backup, or “mentordesk-cli backup restore "%2"”.</source>
        <translation>Il backup verificato più recente di questa area di lavoro risale al %1: %2. Ripristinarlo con File › Ripristina da backup, oppure «mentordesk-cli backup restore "%2"».</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="405" />
        <source>%1 already holds a workspace; MentorDesk never restores over one. Choose an empty or new folder.</source>
        <translation>%1 contiene già un'area di lavoro; MentorDesk non ripristina mai sopra un'area esistente. Scegliere una cartella vuota o nuova.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="412" />
        <source>%1 is not empty. Restore into an empty or new folder.</source>
        <translation>%1 non è vuota. Ripristinare in una cartella vuota o nuova.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="417" />
        <location filename="../core/backup/BackupService.cpp" line="435" />
        <source>Could not create %1.</source>
        <translation>Impossibile creare %1.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="426" />
        <source>Could not copy %1 into %2 (is the disk full?).</source>
        <translation>Impossibile copiare %1 in %2 (il disco è pieno?).</translation>
    </message>
</context>
<context>
    <name>md::BackupStatusPanel</name>
    <message>
        <location filename="../ui/backup/BackupStatusPanel.cpp" line="15" />
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupStatusPanel.cpp" line="24" />
        <source>Back Up Now</source>
        <translation>Esegui backup ora</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupStatusPanel.cpp" line="39" />
        <source>Backups are not set up for this workspace.</source>
        <translation>I backup non sono configurati per questa area di lavoro.</translation>
    </message>
</context>
<context>
    <name>md::BillingArea</name>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="55" />
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="62" />
        <source>All time</source>
        <translation>Sempre</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="63" />
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="64" />
        <source>Last month</source>
        <translation>Mese scorso</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="65" />
        <source>This year</source>
        <translation>Quest'anno</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="66" />
        <source>Last year</source>
        <translation>Anno scorso</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="69" />
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="71" />
        <source>Your name and address…</source>
        <translation>Nome e indirizzo…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="73" />
        <source>Business settings…</source>
        <translation>Impostazioni dell'attività…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="97" />
        <source>New invoice…</source>
        <translation>Nuova fattura…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="98" />
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="99" />
        <source>Issue…</source>
        <translation>Emetti…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="100" />
        <source>Record payment…</source>
        <translation>Pagamento…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="101" />
        <source>Credit note…</source>
        <translation>Nota di credito…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="102" />
        <location filename="../ui/billing/BillingArea.cpp" line="461" />
        <source>Delete draft</source>
        <translation>Elimina bozza</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="103" />
        <source>PDF and print</source>
        <translation>PDF e stampa</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="105" />
        <source>Save PDF…</source>
        <translation>Salva PDF…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="107" />
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="109" />
        <source>Print preview…</source>
        <translation>Anteprima di stampa…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="112" />
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="143" />
        <source>Invoices</source>
        <translation>Fatture</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="144" />
        <source>Payments and reports</source>
        <translation>Pagamenti e report</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="145" />
        <source>Price list</source>
        <translation>Listino prezzi</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="249" />
        <source>All clients</source>
        <translation>Tutti i clienti</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/BillingArea.cpp" line="266" />
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n fattura</numerusform>
            <numerusform>%n fatture</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/BillingArea.cpp" line="267" />
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n scaduta</numerusform>
            <numerusform>, %n scadute</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="350" />
        <source>Select an invoice to see what is paid and owed.</source>
        <translation>Selezionare una fattura per vedere quanto è pagato e quanto resta da pagare.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="355" />
        <source>Net %1, tax %2, total %3</source>
        <translation>Imponibile %1, IVA %2, totale %3</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="358" />
        <source>paid %1</source>
        <translation>pagato %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="360" />
        <source>credited %1</source>
        <translation>accreditato %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="361" />
        <source>outstanding %1</source>
        <translation>da pagare %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="364" />
        <source>corrects %1</source>
        <translation>rettifica %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="382" />
        <source>Draft saved.</source>
        <translation>Bozza salvata.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="386" />
        <location filename="../ui/billing/BillingArea.cpp" line="403" />
        <location filename="../ui/billing/BillingArea.cpp" line="421" />
        <source>Issued invoice %1.</source>
        <translation>Fattura %1 emessa.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="413" />
        <location filename="../ui/billing/BillingArea.cpp" line="423" />
        <source>Issue invoice</source>
        <translation>Emetti fattura</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="414" />
        <source>Issue the draft for %1 (%2)?

It gets the next invoice number and can no longer be changed; mistakes are corrected with a credit note.</source>
        <translation>Emettere la bozza per %1 (%2)?

Riceve il numero di fattura successivo e non potrà più essere modificata; gli errori si correggono con una nota di credito.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="434" />
        <source>Payment recorded.</source>
        <translation>Pagamento registrato.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="443" />
        <source>Cancel with a credit note</source>
        <translation>Annulla con nota di credito</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="444" />
        <source>Cancel invoice %1 (%2) with a credit note?

The credit note takes the next number; what was paid becomes %3's credit.</source>
        <translation>Annullare la fattura %1 (%2) con una nota di credito?

La nota di credito riceve il numero successivo; quanto già pagato diventa un credito a favore di %3.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="450" />
        <source>Issued credit note %1.</source>
        <translation>Nota di credito %1 emessa.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="461" />
        <source>Delete this draft invoice for %1?</source>
        <translation>Eliminare questa bozza di fattura per %1?</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="465" />
        <source>Draft deleted.</source>
        <translation>Bozza eliminata.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="474" />
        <source>Saved your name and address.</source>
        <translation>Nome e indirizzo salvati.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="29" />
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="42" />
        <source>Save PDF</source>
        <translation>Salva PDF</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="33" />
        <source>Save invoice as PDF</source>
        <translation>Salva fattura come PDF</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="34" />
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="45" />
        <source>Saved %1.</source>
        <translation>%1 salvato.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="54" />
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="64" />
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="73" />
        <source>Print preview</source>
        <translation>Anteprima di stampa</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="93" />
        <source>Export CSV files to</source>
        <translation>Esporta i file CSV in</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="101" />
        <source>Export CSV</source>
        <translation>Esporta CSV</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="104" />
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>%n file scritto in %1.</numerusform>
            <numerusform>%n file scritti in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::BillingAreas</name>
    <message>
        <location filename="../ui/billing/BillingAreas.cpp" line="20" />
        <source>Billing</source>
        <translation>Fatturazione</translation>
    </message>
</context>
<context>
    <name>md::BillingDashboardWidget</name>
    <message>
        <location filename="../ui/billing/BillingDashboardWidget.cpp" line="24" />
        <source>Billing</source>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDashboardWidget.cpp" line="92" />
        <source>Invoiced (net) this month: &lt;b&gt;%1&lt;/b&gt; · this year: &lt;b&gt;%2&lt;/b&gt; · received this year: %3&lt;br&gt;Outstanding: &lt;b&gt;%4&lt;/b&gt;, of which overdue: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>Fatturato (imponibile) questo mese: &lt;b&gt;%1&lt;/b&gt; · quest'anno: &lt;b&gt;%2&lt;/b&gt; · incassato quest'anno: %3&lt;br&gt;Da incassare: &lt;b&gt;%4&lt;/b&gt;, di cui scaduto: &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>md::BillingDetailsDialog</name>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="6" />
        <source>Billing details</source>
        <translation>Dati di fatturazione</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="53" />
        <source>Street and number
Postcode and city
Country</source>
        <translation>Via e numero civico
CAP e città
Paese</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="12" />
        <source>Printed under "BILL TO" on invoices issued from now on. Leave the billing name empty to use the client's name.</source>
        <translation>Stampato sotto «INTESTATARIO» nelle fatture emesse da ora in poi. Lasciare vuota la denominazione di fatturazione per usare il nome del cliente.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="27" />
        <source>Billing &amp;name:</source>
        <translation>&amp;Denominazione di fatturazione:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="40" />
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="62" />
        <source>&amp;Tax ID:</source>
        <translation>&amp;Partita IVA:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="75" />
        <source>Invoice &amp;e-mail:</source>
        <translation>&amp;E-mail per le fatture:</translation>
    </message>
</context>
<context>
    <name>md::BillingReports</name>
    <message>
        <location filename="../core/billing/BillingReports.cpp" line="78" />
        <source>Total</source>
        <translation>Totale</translation>
    </message>
</context>
<context>
    <name>md::BillingReportsWidget</name>
    <message>
        <location filename="../ui/billing/BillingReportsWidget.cpp" line="83" />
        <source>Year:</source>
        <translation>Anno:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportsWidget.cpp" line="93" />
        <source>Revenue by month</source>
        <translation>Fatturato per mese</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportsWidget.cpp" line="94" />
        <source>Owed by client, by age of the invoice</source>
        <translation>Importi dovuti per cliente, in base all'anzianità della fattura</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportsWidget.cpp" line="97" />
        <source>Payments received</source>
        <translation>Pagamenti ricevuti</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportsWidget.cpp" line="147" />
        <source>Client credit not yet used: %1</source>
        <translation>Credito cliente non ancora utilizzato: %1</translation>
    </message>
</context>
<context>
    <name>md::BillingService</name>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="165" />
        <source>Missed session (no-show) on %1</source>
        <translation>Sessione persa (assenza senza preavviso) il %1</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="167" />
        <source>Late-cancelled session on %1</source>
        <translation>Sessione disdetta tardivamente il %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingService.cpp" line="170" />
        <source>Mentoring session on %1 (%n min)</source>
        <translation>
            <numerusform>Sessione di mentoring del %1 (%n min)</numerusform>
            <numerusform>Sessione di mentoring del %1 (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="182" />
        <source>Sessions have no price yet. Set the session price in Billing › Price list, or a fee per session on the engagement.</source>
        <translation>Le sessioni non hanno ancora un prezzo. Impostare il prezzo della sessione in Fatturazione › Listino prezzi, oppure un compenso per sessione nel percorso.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="238" />
        <source>This client has no held sessions that are not billed yet.</source>
        <translation>Questo cliente non ha sessioni svolte non ancora fatturate.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="256" />
        <source>"%1" is priced in %2, but invoices are in %3.</source>
        <translation>«%1» ha un prezzo in %2, ma le fatture sono in %3.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="282" />
        <source>This package has already been billed.</source>
        <translation>Questo pacchetto è già stato fatturato.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingService.cpp" line="286" />
        <source>%1: %n session(s), valid until %2</source>
        <translation>
            <numerusform>%1: %n sessione, valido fino al %2</numerusform>
            <numerusform>%1: %n sessioni, valido fino al %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingService.cpp" line="289" />
        <source>%1: %n session(s)</source>
        <translation>
            <numerusform>%1: %n sessione</numerusform>
            <numerusform>%1: %n sessioni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="300" />
        <source>The package was sold in %1, but invoices are in %2.</source>
        <translation>Il pacchetto è stato venduto in %1, ma le fatture sono in %2.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="308" />
        <source>Choose the month to bill.</source>
        <translation>Scegliere il mese da fatturare.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="315" />
        <source>"%1" is not a monthly retainer.</source>
        <translation>«%1» non è un canone mensile.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="322" />
        <source>%1 has already been billed for %2.</source>
        <translation>%1 è già stato fatturato per %2.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="327" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServiceDocuments.cpp" line="78" />
        <source>Attn. %1</source>
        <translation>Alla c.a. di %1</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServiceDocuments.cpp" line="82" />
        <source>Tax ID: %1</source>
        <translation>Partita IVA: %1</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="372" />
        <source>Under the small-business exemption no line may carry tax; set every tax rate to 0.</source>
        <translation>In regime forfettario nessuna riga può essere soggetta a IVA; impostare tutte le aliquote a 0.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="399" />
        <source>Invoice %1 has already been issued.</source>
        <translation>La fattura %1 è già stata emessa.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="427" />
        <source>%1 is itself a credit note and cannot be cancelled; to bill the work again, create a new invoice.</source>
        <translation>%1 è essa stessa una nota di credito e non può essere annullata; per fatturare di nuovo la prestazione, creare una nuova fattura.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="429" />
        <source>This document</source>
        <translation>Questo documento</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="432" />
        <source>Only an issued invoice can be cancelled by a credit note; a draft can simply be deleted.</source>
        <translation>Solo una fattura emessa può essere annullata con una nota di credito; una bozza può semplicemente essere eliminata.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="440" />
        <source>Invoice %1 already has a credit note.</source>
        <translation>La fattura %1 ha già una nota di credito.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="455" />
        <source>Cancels invoice %1 of %2.</source>
        <translation>Annulla la fattura %1 del %2.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServicePackages.cpp" line="76" />
        <source>"%1" is not a package.</source>
        <translation>«%1» non è un pacchetto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingServicePackages.cpp" line="157" />
        <source>%n credit(s) of "%1" expire on %2.</source>
        <translation>
            <numerusform>%n credito di «%1» scade il %2.</numerusform>
            <numerusform>%n crediti di «%1» scadono il %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingServicePackages.cpp" line="165" />
        <source>"%1" expired on %2 with %n credit(s) unused.</source>
        <translation>
            <numerusform>«%1» è scaduto il %2 con %n credito non utilizzato.</numerusform>
            <numerusform>«%1» è scaduto il %2 con %n crediti non utilizzati.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServicePackages.cpp" line="174" />
        <source>All credits of "%1" are used: further sessions are billed individually unless a new package is sold.</source>
        <translation>Tutti i crediti di «%1» sono stati utilizzati: le sessioni successive vengono fatturate singolarmente, a meno che non venga venduto un nuovo pacchetto.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServicePackages.cpp" line="180" />
        <source>Only one package credit is left.</source>
        <translation>Resta un solo credito del pacchetto.</translation>
    </message>
</context>
<context>
    <name>md::BusinessSettings</name>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="64" />
        <location filename="../core/billing/ExemptionWording.cpp" line="92" />
        <source>No VAT is charged: small business exemption.</source>
        <translation>Operazione effettuata ai sensi dell'art. 1, commi da 54 a 89, della Legge n. 190/2014 – regime forfettario. Operazione senza applicazione dell'IVA.</translation>
    </message>
</context>
<context>
    <name>md::BusinessSettingsDialog</name>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="14" />
        <source>Business settings</source>
        <translation>Impostazioni dell'attività</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="30" />
        <source>Currency and tax</source>
        <translation>Valuta e imposte</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="39" />
        <source>&amp;Currency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="56" />
        <source>&amp;Tax:</source>
        <translation>&amp;Imposta:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="69" />
        <source>&amp;Standard rate (%):</source>
        <translation>Aliquota &amp;ordinaria (%):</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="82" />
        <source>&amp;Reduced rate (%):</source>
        <translation>Aliquota &amp;ridotta (%):</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="95" />
        <source>&amp;Exemption wording:</source>
        <translation>&amp;Dicitura di esenzione:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="120" />
        <source>&amp;Number pattern:</source>
        <translation>&amp;Formato del numero:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="133" />
        <source>Payment &amp;due after:</source>
        <translation>&amp;Scadenza del pagamento dopo:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="150" />
        <source>&amp;Price of a session:</source>
        <translation>&amp;Prezzo di una sessione:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="163" />
        <source>&amp;Late-payment note:</source>
        <translation>Nota sul ritardato pa&amp;gamento:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="176" />
        <source>&amp;Keep issued invoices for:</source>
        <translation>&amp;Conserva le fatture emesse per:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="186" />
        <source> years after their year</source>
        <translation> anni dopo l'anno di emissione</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="211" />
        <source>Account &amp;holder:</source>
        <translation>&amp;Titolare del conto:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="224" />
        <source>&amp;Bank:</source>
        <translation>&amp;Banca:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="237" />
        <source>&amp;IBAN:</source>
        <translation>I&amp;BAN:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="250" />
        <source>BI&amp;C:</source>
        <translation>BI&amp;C:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="282" />
        <source>Cancel free of char&amp;ge until:</source>
        <translation>Disdetta &amp;gratuita fino a:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="306" />
        <source>Policy printed on &amp;invoices:</source>
        <translation>Condizioni stampate sulle fatt&amp;ure:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="111" />
        <source>Invoices</source>
        <translation>Fatture</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="202" />
        <source>Payment by bank transfer</source>
        <translation>Pagamento tramite bonifico bancario</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="266" />
        <source>Cancellations</source>
        <translation>Disdette</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.cpp" line="48" />
        <source>Charge VAT or sales tax on each line</source>
        <translation>Applicare l'IVA o un'imposta sulle vendite a ogni riga</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.cpp" line="50" />
        <source>Small-business exemption: no tax, with the wording below</source>
        <translation>Regime forfettario: nessuna imposta, con la dicitura seguente</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/BusinessSettingsDialog.cpp" line="54" />
        <source> day(s)</source>
        <translation>
            <numerusform> giorno</numerusform>
            <numerusform> giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/BusinessSettingsDialog.cpp" line="59" />
        <source> hour(s) before the start</source>
        <translation>
            <numerusform> ora prima dell'inizio</numerusform>
            <numerusform> ore prima dell'inizio</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="299" />
        <source>Bill sessions the client missed</source>
        <translation>Fatturare le sessioni perse dal cliente</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="275" />
        <source>Bill sessions the client cancelled late</source>
        <translation>Fatturare le sessioni disdette tardivamente dal cliente</translation>
    </message>
</context>
<context>
    <name>md::BusinessSettingsKeys</name>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="71" />
        <source>Currency of all amounts (ISO 4217 code).</source>
        <translation>Valuta di tutti gli importi (codice ISO 4217).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="74" />
        <source>"vat" to charge tax at the rates below, "exempt" for a small-business exemption (no tax; the exemption text is printed).</source>
        <translation>«vat» per applicare l'imposta alle aliquote seguenti, «exempt» per il regime forfettario (nessuna imposta; viene stampata la dicitura di esenzione).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="77" />
        <source>Standard tax rate in percent (stored as basis points).</source>
        <translation>Aliquota ordinaria in percentuale (salvata in punti base).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="79" />
        <source>Reduced tax rate in percent.</source>
        <translation>Aliquota ridotta in percentuale.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="81" />
        <source>Wording printed on invoices under the exemption.</source>
        <translation>Dicitura stampata sulle fatture in caso di esenzione.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="84" />
        <source>Invoice number pattern: {YYYY} or {YY} for the year, {NNNN} for the sequence (gapless, restarts every year).</source>
        <translation>Formato del numero di fattura: {YYYY} o {YY} per l'anno, {NNNN} per la numerazione progressiva (senza salti, ricomincia ogni anno).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="87" />
        <source>Days from the issue date to the due date.</source>
        <translation>Giorni tra la data di emissione e la data di scadenza.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="89" />
        <source>Note printed about late payment.</source>
        <translation>Nota stampata riguardo al ritardato pagamento.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="92" />
        <source>Price of one held session before tax, used when the price list has no single session.</source>
        <translation>Prezzo di una sessione svolta al netto delle imposte, usato quando il listino prezzi non prevede la sessione singola.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="95" />
        <source>Bank account holder printed in the payment instructions.</source>
        <translation>Titolare del conto bancario stampato nelle istruzioni di pagamento.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="97" />
        <source>Name of the bank.</source>
        <translation>Nome della banca.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="98" />
        <source>IBAN (its check digits are verified).</source>
        <translation>IBAN (ne vengono verificate le cifre di controllo).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="100" />
        <source>BIC / SWIFT code (8 or 11 characters).</source>
        <translation>Codice BIC / SWIFT (8 o 11 caratteri).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="103" />
        <source>Whether sessions the client cancelled late (with less notice than the notice hours) are billed (true/false).</source>
        <translation>Se le sessioni disdette tardivamente dal cliente (con un preavviso inferiore alle ore di preavviso) vengono fatturate (true/false).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="107" />
        <source>Hours before a session by which the client can cancel it free of charge; agreements print them.</source>
        <translation>Ore prima di una sessione entro cui il cliente può disdirla senza costi; gli accordi le riportano.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="110" />
        <source>Whether no-shows are billed (true/false).</source>
        <translation>Se le assenze senza preavviso vengono fatturate (true/false).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="112" />
        <source>Cancellation policy wording for agreements and invoices.</source>
        <translation>Testo delle condizioni di disdetta per accordi e fatture.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="115" />
        <source>Years an issued invoice is kept after the end of its year, also when its client is erased.</source>
        <translation>Anni di conservazione di una fattura emessa dopo la fine del suo anno, anche quando il cliente viene cancellato.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="135" />
        <source>"%1" is not an ISO 4217 currency code such as EUR.</source>
        <translation>«%1» non è un codice valuta ISO 4217 come EUR.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="141" />
        <source>The tax mode is "vat" or "exempt", not "%1".</source>
        <translation>Il regime fiscale è «vat» o «exempt», non «%1».</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="160" />
        <source>The retention period is a number of years from 1 to 30.</source>
        <translation>Il periodo di conservazione è un numero di anni da 1 a 30.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="168" />
        <source>The cancellation notice is a number of hours from 0 to %1.</source>
        <translation>Il preavviso di disdetta è un numero di ore da 0 a %1.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="177" />
        <source>Payment terms are a number of days from 0 to 365.</source>
        <translation>I termini di pagamento sono un numero di giorni da 0 a 365.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="206" />
        <source>Write true or false, not "%1".</source>
        <translation>Scrivere true o false, non «%1».</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="211" />
        <source>There is no setting called "%1".</source>
        <translation>Non esiste alcuna impostazione chiamata «%1».</translation>
    </message>
</context>
<context>
    <name>md::BusinessSettingsRepository</name>
    <message>
        <location filename="../core/storage/BusinessSettingsRepository.cpp" line="17" />
        <location filename="../core/storage/BusinessSettingsRepository.cpp" line="22" />
        <source>Could not read the business settings</source>
        <translation>Impossibile leggere le impostazioni dell'attività</translation>
    </message>
    <message>
        <location filename="../core/storage/BusinessSettingsRepository.cpp" line="41" />
        <source>Could not save the setting %1</source>
        <translation>Impossibile salvare l'impostazione %1</translation>
    </message>
</context>
<context>
    <name>md::BusyCalendar</name>
    <message>
        <location filename="../core/caldav/BusyCalendar.cpp" line="24" />
        <source>Busy</source>
        <translation>Occupato</translation>
    </message>
</context>
<context>
    <name>md::BusyTimeRepository</name>
    <message>
        <location filename="../core/storage/BusyTimeRepository.cpp" line="24" />
        <source>A busy time must end after it starts.</source>
        <translation>Un periodo occupato deve terminare dopo il suo inizio.</translation>
    </message>
    <message>
        <location filename="../core/storage/BusyTimeRepository.cpp" line="39" />
        <source>Could not save the busy times</source>
        <translation>Impossibile salvare i periodi occupati</translation>
    </message>
    <message>
        <location filename="../core/storage/BusyTimeRepository.cpp" line="74" />
        <location filename="../core/storage/BusyTimeRepository.cpp" line="88" />
        <location filename="../core/storage/BusyTimeRepository.cpp" line="96" />
        <location filename="../core/storage/BusyTimeRepository.cpp" line="101" />
        <location filename="../core/storage/BusyTimeRepository.cpp" line="111" />
        <location filename="../core/storage/BusyTimeRepository.cpp" line="116" />
        <source>Could not read the busy times</source>
        <translation>Impossibile leggere i periodi occupati</translation>
    </message>
    <message>
        <location filename="../core/storage/BusyTimeRepository.cpp" line="125" />
        <source>Could not delete the busy times</source>
        <translation>Impossibile eliminare i periodi occupati</translation>
    </message>
</context>
<context>
    <name>md::CalDavClient</name>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="34" />
        <source>%1: the event was changed or removed on the server since MentorDesk last saw it, so it was not overwritten.</source>
        <translation>%1: l'evento è stato modificato o rimosso sul server dopo l'ultima volta che MentorDesk lo ha visto, quindi non è stato sovrascritto.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="40" />
        <source>%1: the server has nothing at %2.</source>
        <translation>%1: sul server non c'è nulla all'indirizzo %2.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="43" />
        <source>%1: the server does not allow it for this account.</source>
        <translation>%1: il server non lo consente per questo account.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="44" />
        <source>%1: the server answered %2 (HTTP status %3).</source>
        <translation>%1: il server ha risposto %2 (stato HTTP %3).</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="63" />
        <source>Reading the calendar server</source>
        <translation>Lettura del server di calendario</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="69" />
        <source>The calendar server %1 redirects in circles.</source>
        <translation>Il server di calendario %1 reindirizza in modo circolare.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="102" />
        <source>No calendar account was found at %1. Check the address: it is the CalDAV address your calendar provider gives.</source>
        <translation>Nessun account di calendario trovato all'indirizzo %1. Controllare l'indirizzo: è l'indirizzo CalDAV fornito dal proprio provider di calendario.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="131" />
        <source>The server %1 has no calendars for this account (no calendar home). Is it a CalDAV server?</source>
        <translation>Il server %1 non ha calendari per questo account (nessuna calendar home). È un server CalDAV?</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="189" />
        <source>A calendar named %1 is already on the server; choose it instead.</source>
        <translation>Sul server esiste già un calendario chiamato %1; scegliere quello.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="192" />
        <source>Creating the calendar %1</source>
        <translation>Creazione del calendario %1</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="207" />
        <source>Publishing a session</source>
        <translation>Pubblicazione di una sessione</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="231" />
        <source>Removing a session from the calendar</source>
        <translation>Rimozione di una sessione dal calendario</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavXml.cpp" line="151" />
        <source>The server's answer is not a calendar listing.</source>
        <translation>La risposta del server non è un elenco di calendari.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavXml.cpp" line="164" />
        <source>The server's answer could not be read (line %1: %2).</source>
        <translation>Impossibile leggere la risposta del server (riga %1: %2).</translation>
    </message>
</context>
<context>
    <name>md::CalendarAccountDialog</name>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="34" />
        <source>Calendar Account</source>
        <translation>Account di calendario</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="40" />
        <source>MentorDesk keeps a calendar on your own CalDAV server (Nextcloud, Radicale, Fastmail, iCloud, mailbox.org…) in step with your sessions, so your phone shows them. It sends only the time, "Mentoring session" with the client's initials and the format: never notes, goals or full names.</source>
        <translation>MentorDesk mantiene un calendario sul proprio server CalDAV (Nextcloud, Radicale, Fastmail, iCloud, mailbox.org…) sincronizzato con le sessioni, così da vederle anche sul telefono. Invia solo l'orario, «Sessione di mentoring» con le iniziali del cliente e la modalità: mai note, obiettivi o nomi completi.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="84" />
        <source>https://calendar.example.com/</source>
        <translation>https://calendar.example.com/</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="85" />
        <source>&amp;Server address:</source>
        <translation>Indirizzo del &amp;server:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="88" />
        <source>&amp;User name:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="93" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="96" />
        <source>&amp;Find Calendars</source>
        <translation>&amp;Trova calendari</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="113" />
        <source>Publish &amp;to:</source>
        <translation>Pubblica s&amp;u:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="116" />
        <source>New calendar's &amp;name:</source>
        <translation>N&amp;ome del nuovo calendario:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="120" />
        <location filename="../ui/calendar/CalendarAccountDialogBusy.cpp" line="28" />
        <source>&amp;Busy times from:</source>
        <translation>Perio&amp;di occupati da:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="121" />
        <location filename="../ui/calendar/CalendarAccountDialogBusy.cpp" line="29" />
        <source>Show busy event tit&amp;les</source>
        <translation>Mostra i tito&amp;li degli eventi occupati</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="125" />
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="154" />
        <source>Use the client's preferred na&amp;me in published titles</source>
        <translation>Usa il no&amp;me preferito del cliente nei titoli pubblicati</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="128" />
        <source>&amp;Connect</source>
        <translation>&amp;Collega</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="161" />
        <source>&amp;Disconnect…</source>
        <translation>Scolle&amp;ga…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="175" />
        <source>Disconnect this calendar account? The events MentorDesk published stay on the server (delete them there if you no longer want them); changes not yet sent are dropped, and busy times read from the server are removed. Your sessions in MentorDesk do not change.</source>
        <translation>Scollegare questo account di calendario? Gli eventi pubblicati da MentorDesk restano sul server (eliminarli lì se non servono più); le modifiche non ancora inviate vengono scartate e i periodi occupati letti dal server vengono rimossi. Le sessioni in MentorDesk non cambiano.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="185" />
        <source>&amp;Keep Connected</source>
        <translation>&amp;Mantieni collegato</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="187" />
        <source>Dis&amp;connect</source>
        <translation>&amp;Scollega</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="212" />
        <source>Connected to %1 as %2. Sessions are published to the calendar at %3.</source>
        <translation>Collegato a %1 come %2. Le sessioni vengono pubblicate nel calendario all'indirizzo %3.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="240" />
        <source>Password kept until this dialog closes</source>
        <translation>Conservata fino alla chiusura di questa finestra</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="303" />
        <source>The account has no calendars yet; MentorDesk will make one.</source>
        <translation>L'account non ha ancora calendari; MentorDesk ne crea uno.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="243" />
        <source>Give the address of your calendar server.</source>
        <translation>Indicare l'indirizzo del server di calendario.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="254" />
        <source>Give the user name of the calendar account.</source>
        <translation>Indicare il nome utente dell'account di calendario.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="259" />
        <source>Give the password of the calendar account.</source>
        <translation>Indicare la password dell'account di calendario.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="263" />
        <location filename="../ui/calendar/CalendarAccountDialogBusy.cpp" line="59" />
        <source>Looking for your calendars on %1…</source>
        <translation>Ricerca dei calendari su %1…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="283" />
        <source>A new calendar</source>
        <translation>Un nuovo calendario</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="339" />
        <source>Give the new calendar a name.</source>
        <translation>Indicare un nome per il nuovo calendario.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="345" />
        <source>The account already has a calendar named %1; choose it above or give another name.</source>
        <translation>L'account ha già un calendario chiamato %1; sceglierlo sopra o indicare un altro nome.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="362" />
        <source>Connecting…</source>
        <translation>Collegamento in corso…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="386" />
        <source>Disconnecting…</source>
        <translation>Scollegamento in corso…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialogBusy.cpp" line="112" />
        <source>Saving the busy calendars…</source>
        <translation>Salvataggio dei calendari dei periodi occupati…</translation>
    </message>
</context>
<context>
    <name>md::CalendarAreas</name>
    <message>
        <location filename="../ui/calendar/CalendarAreas.cpp" line="16" />
        <source>Calendar</source>
        <translation>Calendario</translation>
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
        <translation>Spostato sul server al %1</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="41" />
        <source>Cancelled or removed on the server</source>
        <translation>Annullato o rimosso sul server</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="45" />
        <source>Deleted on the server</source>
        <translation>Eliminato sul server</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="46" />
        <source>The whole series was deleted on the server</source>
        <translation>L'intera serie è stata eliminata sul server</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="51" />
        <source>Changed on the server, with the same times (e.g. its title)</source>
        <translation>Modificato sul server, con gli stessi orari (ad es. il titolo)</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="58" />
        <source>A deleted session</source>
        <translation>Una sessione eliminata</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="62" />
        <source>%1, the whole series</source>
        <extracomment>%1 is the client's name.</extracomment>
        <translation>%1, l'intera serie</translation>
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
        <translation>Modifiche apportate sul server di calendario</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="36" />
        <source>Session in MentorDesk</source>
        <translation>Sessione in MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="36" />
        <source>On the server</source>
        <translation>Sul server</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="49" />
        <source>Accept the server's version</source>
        <translation>Accetta la versione del server</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="51" />
        <source>Change the session in MentorDesk as it was changed on the server. A deleted event cancels the session, as cancelled by you.</source>
        <translation>Modificare la sessione in MentorDesk come è stata modificata sul server. Un evento eliminato annulla la sessione come disdetta dal mentor.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="53" />
        <source>Keep MentorDesk's version</source>
        <translation>Mantieni la versione di MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="55" />
        <source>Write the session to the server again as MentorDesk has it.</source>
        <translation>Scrivere di nuovo la sessione sul server così come è in MentorDesk.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="101" />
        <source>The calendar server has what MentorDesk published: nothing was changed there.</source>
        <translation>Il server di calendario contiene ciò che MentorDesk ha pubblicato: lì non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="104" />
        <source>These events were changed or deleted on the calendar server (on a phone or in another calendar app) after MentorDesk published them. MentorDesk did not overwrite them. Choose for each which version to keep.</source>
        <translation>Questi eventi sono stati modificati o eliminati sul server di calendario (da un telefono o in un'altra app di calendario) dopo che MentorDesk li ha pubblicati. MentorDesk non li ha sovrascritti. Scegliere per ciascuno quale versione mantenere.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="160" />
        <source>MentorDesk's version is kept; it goes to the server with the next sync.</source>
        <translation>Viene mantenuta la versione di MentorDesk; sarà inviata al server alla sincronizzazione successiva.</translation>
    </message>
</context>
<context>
    <name>md::CalendarFileActions</name>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="21" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="27" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="37" />
        <source>Import busy times</source>
        <translation>Importa periodi occupati</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="22" />
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>File di calendario (*.ics);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="28" />
        <source>%1 could not be imported. Nothing was changed.

%2</source>
        <translation>Non è stato possibile importare %1. Non è stato modificato nulla.

%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="32" />
        <source>%n busy time(s) from %1 will now be checked when you plan sessions.</source>
        <translation>
            <numerusform>%n periodo occupato da %1 verrà ora considerato quando si pianificano le sessioni.</numerusform>
            <numerusform>%n periodi occupati da %1 verranno ora considerati quando si pianificano le sessioni.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="44" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="55" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="65" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="72" />
        <source>Export sessions</source>
        <translation>Esporta sessioni</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="48" />
        <source>MentorDesk sessions.ics</source>
        <translation>Sessioni MentorDesk.ics</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="50" />
        <source>All clients</source>
        <translation>Tutti i clienti</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="55" />
        <source>Sessions of:</source>
        <translation>Sessioni di:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="61" />
        <source>Sessions with %1.ics</source>
        <translation>Sessioni con %1.ics</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="66" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="97" />
        <source>Calendar files (*.ics)</source>
        <translation>File di calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="78" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="105" />
        <source>Keep an .ics file up to date</source>
        <translation>Mantieni aggiornato un file .ics</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="80" />
        <source>MentorDesk can rewrite a calendar file after every change, so a calendar program can subscribe to it. The file holds times, clients' names and agendas, unencrypted; never notes.</source>
        <translation>MentorDesk può riscrivere un file di calendario dopo ogni modifica, così che un programma di calendario possa abbonarsi. Il file contiene orari, nomi dei clienti e ordini del giorno, non cifrati; mai le note.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="83" />
        <source>Your sessions are written to %1 after every change.</source>
        <translation>Le sessioni vengono scritte in %1 dopo ogni modifica.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="87" />
        <source>Choose a file…</source>
        <translation>Scegli un file…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="87" />
        <source>Another file…</source>
        <translation>Un altro file…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="89" />
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="95" />
        <source>Calendar file to keep up to date</source>
        <translation>File di calendario da mantenere aggiornato</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="112" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="123" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="130" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="142" />
        <source>Progress report</source>
        <translation>Report di avanzamento</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="113" />
        <source>There are no engagements yet.</source>
        <translation>Non ci sono ancora percorsi.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="119" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="123" />
        <source>Engagement:</source>
        <translation>Percorso:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="134" />
        <source>Save progress report</source>
        <translation>Salva report di avanzamento</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="135" />
        <source>Progress report %1.pdf</source>
        <translation>Report di avanzamento %1.pdf</translation>
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
        <translation>Disponibilità</translation>
    </message>
</context>
<context>
    <name>md::CalendarObjectReader</name>
    <message>
        <location filename="../core/caldav/CalendarObjectReader.cpp" line="87" />
        <source>The event on the calendar server could not be read.</source>
        <translation>Impossibile leggere l'evento sul server di calendario.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarObjectReader.cpp" line="107" />
        <source>The calendar object on the server holds no event.</source>
        <translation>L'oggetto di calendario sul server non contiene alcun evento.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarObjectReader.cpp" line="116" />
        <source>The event on the calendar server has no start time.</source>
        <translation>L'evento sul server di calendario non ha un orario di inizio.</translation>
    </message>
</context>
<context>
    <name>md::CalendarPage</name>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="42" />
        <source>&amp;Today</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="47" />
        <source>Previous</source>
        <translation>Precedente</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="51" />
        <source>Next</source>
        <translation>Successivo</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="69" />
        <source>&amp;Week</source>
        <translation>&amp;Settimana</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="70" />
        <source>&amp;Month</source>
        <translation>&amp;Mese</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="71" />
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="84" />
        <source>&amp;New Session</source>
        <translation>&amp;Nuova sessione</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="90" />
        <source>More</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="93" />
        <source>Import busy times (.ics)…</source>
        <translation>Importa periodi occupati (.ics)…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="94" />
        <source>Export sessions (.ics)…</source>
        <translation>Esporta sessioni (.ics)…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="95" />
        <source>Keep an .ics file up to date…</source>
        <translation>Mantieni aggiornato un file .ics…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="97" />
        <source>Engagement progress report…</source>
        <translation>Report di avanzamento del percorso…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="98" />
        <source>Availability…</source>
        <translation>Disponibilità…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="350" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="382" />
        <source>Session with %1 at %2</source>
        <translation>Sessione con %1 alle %2</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="389" />
        <source>Upcoming session</source>
        <translation>Prossima sessione</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="440" />
        <source>Skip this date of the series? The other sessions stay.</source>
        <translation>Saltare questa data della serie? Le altre sessioni restano.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="441" />
        <source>Delete this session with its notes?</source>
        <translation>Eliminare questa sessione con le relative note?</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="442" />
        <source>Delete session</source>
        <translation>Elimina sessione</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="448" />
        <source>Session removed.</source>
        <translation>Sessione rimossa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarPage.cpp" line="458" />
        <source>%n session(s) planned.</source>
        <translation>
            <numerusform>%n sessione pianificata.</numerusform>
            <numerusform>%n sessioni pianificate.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="461" />
        <source>Session planned.</source>
        <translation>Sessione pianificata.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="481" />
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>md::CalendarPublisher</name>
    <message>
        <location filename="../core/caldav/CalendarPublisher.cpp" line="59" />
        <source>Mentoring session</source>
        <translation>Sessione di mentoring</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarPublisher.cpp" line="62" />
        <source>Mentoring session (%1)</source>
        <extracomment>The title of a session on the mentor's calendar server; %1 is the client's initials (or preferred name, when the mentor chose so).</extracomment>
        <translation>Sessione di mentoring (%1)</translation>
    </message>
</context>
<context>
    <name>md::CalendarQuestions</name>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="12" />
        <source>Repeating session</source>
        <translation>Sessione ricorrente</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="17" />
        <source>Note:
%1</source>
        <translation>Nota:
%1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="18" />
        <source>This session</source>
        <translation>Questa sessione</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="20" />
        <source>This and following</source>
        <translation>Questa e le successive</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="22" />
        <source>All sessions</source>
        <translation>Tutte le sessioni</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="47" />
        <source>Conflict</source>
        <translation>Sovrapposizione</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="48" />
        <source>Move the session anyway?</source>
        <translation>Spostare comunque la sessione?</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="52" />
        <source>Move anyway</source>
        <translation>Sposta comunque</translation>
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
        <translation>Impossibile leggere l'account di calendario</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="108" />
        <source>No calendar account is connected.</source>
        <translation>Nessun account di calendario collegato.</translation>
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
        <translation>Impossibile salvare l'account di calendario</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="155" />
        <source>Could not remove the calendar account</source>
        <translation>Impossibile rimuovere l'account di calendario</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="196" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="205" />
        <source>Could not queue the sessions for the calendar</source>
        <translation>Impossibile mettere in coda le sessioni per il calendario</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="214" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="220" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="227" />
        <source>Could not read the calendar changes</source>
        <translation>Impossibile leggere le modifiche del calendario</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="236" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="247" />
        <source>Could not save the calendar changes</source>
        <translation>Impossibile salvare le modifiche del calendario</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="260" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="263" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="275" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="280" />
        <source>Could not read the published sessions</source>
        <translation>Impossibile leggere le sessioni pubblicate</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="297" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="306" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="317" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="328" />
        <source>Could not save the published sessions</source>
        <translation>Impossibile salvare le sessioni pubblicate</translation>
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
        <translation>Impossibile leggere le differenze del calendario</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="410" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="419" />
        <source>Could not save the calendar differences</source>
        <translation>Impossibile salvare le differenze del calendario</translation>
    </message>
</context>
<context>
    <name>md::CalendarSyncService</name>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="26" />
        <source>No calendar account is connected. Connect one first (with mentordesk-cli: calendar connect --url URL --user USER).</source>
        <translation>Nessun account di calendario collegato. Collegarne prima uno (con mentordesk-cli: calendar connect --url URL --user UTENTE).</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="89" />
        <source>Give the user name of the calendar account.</source>
        <translation>Indicare il nome utente dell'account di calendario.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="91" />
        <source>Give the password of the calendar account.</source>
        <translation>Indicare la password dell'account di calendario.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="110" />
        <source>The calendar %1 cannot hold events; choose another one.</source>
        <translation>Il calendario %1 non può contenere eventi; sceglierne un altro.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="118" />
        <source>The server has no calendar at %1 for this account.</source>
        <translation>Il server non ha alcun calendario all'indirizzo %1 per questo account.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="134" />
        <location filename="../core/caldav/CalendarSyncService.cpp" line="203" />
        <source>The account has no calendar named %1.</source>
        <translation>L'account non ha alcun calendario chiamato %1.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncServiceDifferences.cpp" line="46" />
        <source>There is no calendar difference %1 (it may have been resolved already).</source>
        <translation>Non esiste alcuna differenza del calendario %1 (potrebbe essere già stata risolta).</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncServiceSync.cpp" line="113" />
        <source>Events were changed or removed on the server since MentorDesk last saw them; they wait for your choice among the calendar's differences.</source>
        <translation>Alcuni eventi sono stati modificati o rimossi sul server dopo l'ultima volta che MentorDesk li ha visti; attendono una scelta tra le differenze del calendario.</translation>
    </message>
</context>
<context>
    <name>md::CalendarSyncStatusWidget</name>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="27" />
        <source>Connect a Calendar…</source>
        <translation>Collega un calendario…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="30" />
        <source>Review…</source>
        <translation>Esamina…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="33" />
        <source>Try Again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="85" />
        <source>Synced just now.</source>
        <translation>Sincronizzato proprio ora.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="87" />
        <source>Synced %n minute(s) ago.</source>
        <translation>
            <numerusform>Sincronizzato %n minuto fa.</numerusform>
            <numerusform>Sincronizzato %n minuti fa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="89" />
        <source>Synced %n hour(s) ago.</source>
        <translation>
            <numerusform>Sincronizzato %n ora fa.</numerusform>
            <numerusform>Sincronizzato %n ore fa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="90" />
        <source>Last synced %1.</source>
        <translation>Ultima sincronizzazione: %1.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="112" />
        <source>Your sessions are not published to a calendar on your phone.</source>
        <translation>Le sessioni non vengono pubblicate in un calendario sul telefono.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="119" />
        <source>The last sync did not finish: %1</source>
        <translation>L'ultima sincronizzazione non è stata completata: %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="123" />
        <source>Not synced yet.</source>
        <translation>Non ancora sincronizzato.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="125" />
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n modifica in attesa di invio.</numerusform>
            <numerusform>%n modifiche in attesa di invio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="127" />
        <source>%n event(s) changed on the calendar server wait for your choice.</source>
        <translation>
            <numerusform>%n evento modificato sul server di calendario attende una scelta.</numerusform>
            <numerusform>%n eventi modificati sul server di calendario attendono una scelta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ChangePassphraseDialog</name>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="26" />
        <source>Change Passphrase</source>
        <translation>Cambia passphrase</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="28" />
        <source>Your recovery key stays valid. If MentorDesk remembers this workspace on this computer, it keeps opening without asking.</source>
        <translation>La chiave di recupero resta valida. Se MentorDesk memorizza questa area di lavoro su questo computer, continua ad aprirsi senza chiedere nulla.</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="55" />
        <source>&amp;Change Passphrase</source>
        <translation>&amp;Cambia passphrase</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="93" />
        <source>C&amp;urrent passphrase:</source>
        <translation>Passphrase &amp;attuale:</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="93" />
        <source>Rec&amp;overy key:</source>
        <translation>Chiave di r&amp;ecupero:</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="98" />
        <source>Forgot it? Use the recovery key</source>
        <translation>Dimenticata? Usare la chiave di recupero</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="99" />
        <source>Use the current passphrase</source>
        <translation>Usa la passphrase attuale</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="151" />
        <source>The current passphrase is not correct.</source>
        <translation>La passphrase attuale non è corretta.</translation>
    </message>
</context>
<context>
    <name>md::Client</name>
    <message>
        <location filename="../core/domain/Client.cpp" line="34" />
        <source>Prospect</source>
        <translation>Potenziale</translation>
    </message>
    <message>
        <location filename="../core/domain/Client.cpp" line="36" />
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location filename="../core/domain/Client.cpp" line="38" />
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <location filename="../core/domain/Client.cpp" line="40" />
        <source>Former</source>
        <translation>Ex cliente</translation>
    </message>
</context>
<context>
    <name>md::ClientBalanceWidget</name>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="25" />
        <source>Billing</source>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="36" />
        <source>New invoice…</source>
        <translation>Nuova fattura…</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="38" />
        <source>Sell package…</source>
        <translation>Vendi pacchetto…</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="40" />
        <source>Billing details…</source>
        <translation>Dati di fatturazione…</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="42" />
        <source>The billing name, address and tax id printed on invoices.</source>
        <translation>Denominazione, indirizzo e partita IVA di fatturazione stampati sulle fatture.</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="112" />
        <source>Nothing owed.</source>
        <translation>Nulla da pagare.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="114" />
        <source>Owes %1 on %n invoice(s).</source>
        <translation>
            <numerusform>Deve %1 su %n fattura.</numerusform>
            <numerusform>Deve %1 su %n fatture.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="117" />
        <source>&lt;b&gt;%1 overdue.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 scaduti.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="119" />
        <source>Credit of %1, used by the next invoice.</source>
        <translation>Credito di %1, utilizzato dalla prossima fattura.</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="145" />
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="154" />
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="169" />
        <source>Sell package</source>
        <translation>Vendi pacchetto</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="156" />
        <source>Start an engagement for this client first.</source>
        <translation>Avviare prima un percorso per questo cliente.</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="157" />
        <source>Add a package to the price list first (Billing › Price list).</source>
        <translation>Aggiungere prima un pacchetto al listino prezzi (Fatturazione › Listino prezzi).</translation>
    </message>
</context>
<context>
    <name>md::ClientEngagementsPanel</name>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="22" />
        <source>Engagements</source>
        <translation>Percorsi</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="27" />
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="29" />
        <source>New Engagement…</source>
        <translation>Nuovo percorso…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="131" />
        <source>%1 — %2 (started %3)</source>
        <translation>%1 — %2 (iniziato il %3)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="141" />
        <source>No engagement yet.</source>
        <translation>Ancora nessun percorso.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="145" />
        <source>Engagements (%1)</source>
        <translation>Percorsi (%1)</translation>
    </message>
</context>
<context>
    <name>md::ClientErasureRepository</name>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="92" />
        <source>%1: the guard %2 is missing.</source>
        <translation>%1: manca la protezione %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="113" />
        <source>Could not read what erasing the client involves</source>
        <translation>Impossibile determinare che cosa comporti la cancellazione del cliente</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="122" />
        <source>There is no client with id %1.</source>
        <translation>Non esiste alcun cliente con ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="126" />
        <source>Client %1 was already erased; only the anonymous record their kept invoices need is left.</source>
        <translation>Il cliente %1 è già stato cancellato; resta solo la scheda anonima necessaria alle fatture conservate.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="132" />
        <source>Erased client %1</source>
        <translation>Cliente %1 cancellato</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="172" />
        <source>Could not erase the client</source>
        <translation>Impossibile cancellare il cliente</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="276" />
        <source>Could not remove the invoices whose retention ended</source>
        <translation>Impossibile rimuovere le fatture il cui periodo di conservazione è terminato</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="327" />
        <location filename="../core/storage/ClientErasureRepository.cpp" line="340" />
        <source>Could not read the erasure log</source>
        <translation>Impossibile leggere il registro delle cancellazioni</translation>
    </message>
</context>
<context>
    <name>md::ClientForm</name>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="56" />
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="68" />
        <source>Full &amp;name:</source>
        <translation>&amp;Nome completo:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="83" />
        <source>Required</source>
        <translation>Obbligatorio</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="95" />
        <source>&amp;Preferred name:</source>
        <translation>Nome &amp;preferito:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="110" />
        <source>What they like to be called</source>
        <translation>Come preferisce essere chiamato</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="122" />
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="137" />
        <source>name@example.com</source>
        <translation>nome@esempio.it</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="149" />
        <source>P&amp;hone:</source>
        <translation>&amp;Telefono:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="164" />
        <source>+44 20 7946 0958</source>
        <translation>+39 02 1234 5678</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="176" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizzazione:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="189" />
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="202" />
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuso orario:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="235" />
        <source>Engagement</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="247" />
        <source>Stat&amp;us:</source>
        <translation>St&amp;ato:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="260" />
        <source>&amp;Found you through:</source>
        <translation>&amp;Ci ha conosciuto tramite:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="270" />
        <source>Referral, LinkedIn, a talk…</source>
        <translation>Passaparola, LinkedIn, un intervento…</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="277" />
        <source>Ta&amp;gs:</source>
        <translation>Etic&amp;hette:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="287" />
        <source>Comma separated, e.g. leadership, career change</source>
        <translation>Separate da virgole, ad es. leadership, cambio di carriera</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="297" />
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="309" />
        <source>&amp;Background:</source>
        <translation>Percorso professiona&amp;le:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="326" />
        <source>Strengths:</source>
        <translation>Punti di forza:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="343" />
        <source>&amp;Weaknesses:</source>
        <translation>Punti &amp;deboli:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="360" />
        <source>Career &amp;aspirations:</source>
        <translation>Aspira&amp;zioni professionali:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="380" />
        <source>Keep, start, stop doing</source>
        <translation>Continuare, iniziare, smettere di fare</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="392" />
        <source>&amp;Keep doing:</source>
        <translation>Contin&amp;uare a fare:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="409" />
        <source>Start &amp;doing:</source>
        <translation>&amp;Iniziare a fare:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="426" />
        <source>Stop do&amp;ing:</source>
        <translation>S&amp;mettere di fare:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="478" />
        <source>Archive, export or erase this client</source>
        <translation>Archiviare, esportare o cancellare questo cliente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="481" />
        <source>&amp;More</source>
        <translation>A&amp;ltro</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="514" />
        <location filename="../ui/clients/ClientForm.cpp" line="284" />
        <source>Ar&amp;chive</source>
        <translation>Archi&amp;via</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="471" />
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="530" />
        <source>Remove this client's personal data for good; issued invoices are kept as the law requires</source>
        <translation>Rimuovere definitivamente i dati personali di questo cliente; le fatture emesse vengono conservate come previsto dalla legge</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="527" />
        <source>&amp;Erase…</source>
        <translation>Ca&amp;ncella…</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="522" />
        <source>Export everything about this client in open formats, for example to answer their request for a copy</source>
        <translation>Esportare tutti i dati di questo cliente in formati aperti, ad esempio per rispondere a una sua richiesta di copia</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="519" />
        <source>E&amp;xport…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="495" />
        <source>Re&amp;vert</source>
        <translation>Ri&amp;pristina</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="502" />
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="70" />
        <source>Same as yours</source>
        <translation>Come quello del mentor</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="79" />
        <location filename="../ui/clients/ClientForm.cpp" line="298" />
        <source>Same as yours</source>
        <comment>document language</comment>
        <translation>Come quello del mentor</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="81" />
        <source>The language of this client's agreements, invoices and session summaries</source>
        <translation>La lingua degli accordi, delle fatture e dei riepiloghi delle sessioni di questo cliente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="82" />
        <source>&amp;Documents in:</source>
        <translation>&amp;Documenti in:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="98" />
        <source>Save the changes (%1)</source>
        <translation>Salva le modifiche (%1)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="284" />
        <source>Unar&amp;chive</source>
        <translation>Rimuovi dall'archi&amp;vio</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="286" />
        <source>Return this client to the list</source>
        <translation>Riportare questo cliente nell'elenco</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="287" />
        <source>Hide this client from the list but keep the record</source>
        <translation>Nascondere questo cliente dall'elenco mantenendone la scheda</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="299" />
        <source>Same as yours (%1)</source>
        <translation>Come quello del mentor (%1)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="328" />
        <source>New client</source>
        <translation>Nuovo cliente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="329" />
        <source>Only the full name is required. Everything else can be added later.</source>
        <translation>È obbligatorio solo il nome completo. Tutto il resto può essere aggiunto in seguito.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="337" />
        <source>Added %1</source>
        <translation>Aggiunto il %1</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="340" />
        <source>updated %1</source>
        <translation>aggiornato il %1</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="344" />
        <source>archived</source>
        <translation>archiviato</translation>
    </message>
</context>
<context>
    <name>md::ClientImport</name>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="62" />
        <source>no column is imported as the name</source>
        <translation>nessuna colonna viene importata come nome</translation>
    </message>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="64" />
        <source>No column is imported as the name. Choose the column that holds the full name, or the first and last names.</source>
        <translation>Nessuna colonna viene importata come nome. Scegliere la colonna che contiene il nome completo, oppure quelle del nome e del cognome.</translation>
    </message>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="141" />
        <source>same email as line %1</source>
        <translation>stessa e-mail della riga %1</translation>
    </message>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="142" />
        <source>same name as line %1</source>
        <translation>stesso nome della riga %1</translation>
    </message>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="148" />
        <source>same email as %1</source>
        <translation>stessa e-mail di %1</translation>
    </message>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="149" />
        <source>same name as an existing client</source>
        <translation>stesso nome di un cliente esistente</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/ClientImport.cpp" line="169" />
        <source>Nothing was imported: %n record(s) cannot be used. %1</source>
        <translation>
            <numerusform>Non è stato importato nulla: %n scheda non è utilizzabile. %1</numerusform>
            <numerusform>Non è stato importato nulla: %n schede non sono utilizzabili. %1</numerusform>
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
        <translation>%1 (archiviato)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="139" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="141" />
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="143" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="145" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="147" />
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="149" />
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
</context>
<context>
    <name>md::ClientRepository</name>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="114" />
        <location filename="../core/storage/ClientRepository.cpp" line="142" />
        <source>Could not save the client</source>
        <translation>Impossibile salvare il cliente</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="121" />
        <source>This client has not been saved yet.</source>
        <translation>Questo cliente non è ancora stato salvato.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="151" />
        <location filename="../core/storage/ClientRepository.cpp" line="154" />
        <location filename="../core/storage/ClientRepository.cpp" line="218" />
        <location filename="../core/storage/ClientRepository.cpp" line="221" />
        <source>Could not read the client</source>
        <translation>Impossibile leggere il cliente</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="155" />
        <location filename="../core/storage/ClientRepository.cpp" line="222" />
        <location filename="../core/storage/ClientRepository.cpp" line="268" />
        <source>There is no client with id %1.</source>
        <translation>Non esiste alcun cliente con ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="170" />
        <location filename="../core/storage/ClientRepository.cpp" line="177" />
        <location filename="../core/storage/ClientRepository.cpp" line="203" />
        <location filename="../core/storage/ClientRepository.cpp" line="209" />
        <source>Could not read the clients</source>
        <translation>Impossibile leggere i clienti</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="249" />
        <location filename="../core/storage/ClientRepository.cpp" line="266" />
        <source>Could not delete the client</source>
        <translation>Impossibile eliminare il cliente</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/ClientRepository.cpp" line="252" />
        <source>%n signed agreement(s)</source>
        <translation>
            <numerusform>%n accordo firmato</numerusform>
            <numerusform>%n accordi firmati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/ClientRepository.cpp" line="254" />
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n fattura</numerusform>
            <numerusform>%n fatture</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/ClientRepository.cpp" line="256" />
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n pagamento</numerusform>
            <numerusform>%n pagamenti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="259" />
        <source>This client cannot be deleted: their %1 must be kept. Archive the client instead; nothing is lost and the list stays tidy.</source>
        <translation>Questo cliente non può essere eliminato, perché occorre conservare: %1. Archiviare invece il cliente: non si perde nulla e l'elenco resta ordinato.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="275" />
        <source>Could not count the clients</source>
        <translation>Impossibile contare i clienti</translation>
    </message>
</context>
<context>
    <name>md::ClientService</name>
    <message>
        <location filename="../core/clients/ClientService.cpp" line="43" />
        <source>This client was erased: only the anonymous record their kept invoices need is left, and it cannot be edited.</source>
        <translation>Questo cliente è stato cancellato: resta solo la scheda anonima necessaria alle fatture conservate, che non può essere modificata.</translation>
    </message>
    <message>
        <location filename="../core/clients/ClientService.cpp" line="88" />
        <location filename="../core/clients/ClientService.cpp" line="97" />
        <source>Line %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
</context>
<context>
    <name>md::ClientValidator</name>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="61" />
        <source>Enter the client's full name.</source>
        <translation>Inserire il nome completo del cliente.</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="64" />
        <source>The full name is too long (at most 200 characters).</source>
        <translation>Il nome completo è troppo lungo (al massimo 200 caratteri).</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="67" />
        <source>The preferred name is too long (at most 200 characters).</source>
        <translation>Il nome preferito è troppo lungo (al massimo 200 caratteri).</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="70" />
        <source>This is not a valid email address (for example name@example.com).</source>
        <translation>Questo indirizzo e-mail non è valido (ad esempio nome@esempio.it).</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="73" />
        <source>A phone number has at least five digits and may start with +.</source>
        <translation>Un numero di telefono ha almeno cinque cifre e può iniziare con +.</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="76" />
        <source>Unknown time zone "%1" (use a name such as Europe/Berlin).</source>
        <translation>Fuso orario sconosciuto «%1» (usare un nome come Europe/Rome).</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="81" />
        <source>MentorDesk writes no documents in "%1" (use one of %2).</source>
        <translation>MentorDesk non scrive documenti in «%1» (usare una tra %2).</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="92" />
        <source>This text is too long (at most 20,000 characters).</source>
        <translation>Questo testo è troppo lungo (al massimo 20.000 caratteri).</translation>
    </message>
</context>
<context>
    <name>md::ClientsPage</name>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="53" />
        <source>Filter by name, email, organisation or tag</source>
        <translation>Filtra per nome, e-mail, organizzazione o etichetta</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="55" />
        <source>Show arc&amp;hived</source>
        <translation>Mostra arc&amp;hiviati</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="57" />
        <source>&amp;New Client</source>
        <translation>&amp;Nuovo cliente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="60" />
        <source>Add a client (Ctrl+N)</source>
        <translation>Aggiungi un cliente (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="94" />
        <source>Add Your First Client</source>
        <translation>Aggiungi il primo cliente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="165" />
        <source>Clear the client filter</source>
        <translation>Cancella il filtro clienti</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="170" />
        <source>From the client filter into the list</source>
        <translation>Dal filtro clienti all'elenco</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="59" />
        <source>the new client</source>
        <translation>il nuovo cliente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="61" />
        <source>Unsaved Changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="61" />
        <source>Save your changes to %1?</source>
        <translation>Salvare le modifiche a %1?</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="145" />
        <source>Added %1.</source>
        <translation>%1 aggiunto.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="146" />
        <source>Saved %1.</source>
        <translation>%1 salvato.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="167" />
        <source>Archived %1. Tick "Show archived" to see archived clients.</source>
        <translation>%1 archiviato. Selezionare «Mostra archiviati» per vedere i clienti archiviati.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="169" />
        <source>Archived %1.</source>
        <translation>%1 archiviato.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="170" />
        <source>%1 is back in the client list.</source>
        <translation>%1 è di nuovo nell'elenco clienti.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="51" />
        <source>Delete Client</source>
        <translation>Elimina cliente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="51" />
        <source>Delete %1 for good?</source>
        <translation>Eliminare definitivamente %1?</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="52" />
        <source>The profile and everything recorded about this client are removed from the workspace. This cannot be undone.

To keep the record but hide it from the list, archive the client instead.</source>
        <translation>Il profilo e tutto ciò che è stato registrato su questo cliente vengono rimossi dall'area di lavoro. L'operazione non può essere annullata.

Per conservare la scheda nascondendola dall'elenco, archiviare invece il cliente.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="55" />
        <source>Delete for Good</source>
        <translation>Elimina definitivamente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="66" />
        <source>Deleted %1.</source>
        <translation>%1 eliminato.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="80" />
        <source>Erase Client</source>
        <translation>Cancella cliente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="80" />
        <source>Erase %1 for good?</source>
        <translation>Cancellare definitivamente %1?</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="82" />
        <source>This cannot be undone. To keep everything but hide the client, archive them instead.</source>
        <translation>L'operazione non può essere annullata. Per conservare tutto nascondendo il cliente, archiviarlo invece.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="84" />
        <source>Erase for Good</source>
        <translation>Cancella definitivamente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="95" />
        <source>Client Erased</source>
        <translation>Cliente cancellato</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="100" />
        <source>Erased %1.</source>
        <translation>%1 cancellato.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="119" />
        <source>Exported %1 (not encrypted) into %2.</source>
        <translation>%1 esportato (non cifrato) in %2.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="63" />
        <source>Locked</source>
        <translation>Bloccato</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="64" />
        <source>Unlock the workspace to see your clients.</source>
        <translation>Sbloccare l'area di lavoro per vedere i clienti.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="66" />
        <source>No clients yet</source>
        <translation>Ancora nessun cliente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="67" />
        <source>No clients yet — press Ctrl+N to add your first mentee.</source>
        <translation>Ancora nessun cliente: premere Ctrl+N per aggiungere il primo mentee.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="70" />
        <source>No matches</source>
        <translation>Nessun risultato</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="73" />
        <source>No client matches "%1".</source>
        <translation>Nessun cliente corrisponde a «%1».</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="74" />
        <source>No client matches "%1". Archived clients are hidden; tick "Show archived" to search them too.</source>
        <translation>Nessun cliente corrisponde a «%1». I clienti archiviati sono nascosti; selezionare «Mostra archiviati» per includerli nella ricerca.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="78" />
        <source>All clients are archived</source>
        <translation>Tutti i clienti sono archiviati</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="79" />
        <source>Tick "Show archived" to see them, or press Ctrl+N to add a new client.</source>
        <translation>Selezionare «Mostra archiviati» per vederli, oppure premere Ctrl+N per aggiungere un nuovo cliente.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="86" />
        <source>Your clients' profiles will appear here.</source>
        <translation>Qui appariranno i profili dei clienti.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="87" />
        <source>Select a client to see their profile, or press Ctrl+N to add a new one.</source>
        <translation>Selezionare un cliente per vederne il profilo, oppure premere Ctrl+N per aggiungerne uno nuovo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clients/ClientsPageStates.cpp" line="93" />
        <location filename="../ui/clients/ClientsPageStates.cpp" line="96" />
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clienti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clients/ClientsPageStates.cpp" line="94" />
        <source>%n archived</source>
        <translation>
            <numerusform>%n archiviato</numerusform>
            <numerusform>%n archiviati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ColumnMapping</name>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="119" />
        <source>(not imported)</source>
        <translation>(non importato)</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="121" />
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="123" />
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="125" />
        <source>Middle name</source>
        <translation>Secondo nome</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="127" />
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="129" />
        <source>Preferred name</source>
        <translation>Nome preferito</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="131" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="133" />
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="135" />
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="137" />
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="139" />
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="141" />
        <source>Found you via</source>
        <translation>Ci ha conosciuto tramite</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="143" />
        <source>Background</source>
        <translation>Percorso professionale</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="145" />
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
</context>
<context>
    <name>md::ColumnMappingModel</name>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="143" />
        <source>Column in the file</source>
        <translation>Colonna nel file</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="145" />
        <source>First value</source>
        <translation>Primo valore</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="147" />
        <source>Imported as</source>
        <translation>Importato come</translation>
    </message>
</context>
<context>
    <name>md::ConflictChecker</name>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="28" />
        <source>another session</source>
        <translation>un'altra sessione</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="29" />
        <source>the session with %1</source>
        <translation>la sessione con %1</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="44" />
        <source>%1 is one of your days off.</source>
        <translation>Giorno libero: %1.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="54" />
        <source>You do not work on %1s.</source>
        <translation>Non si lavora di %1.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="69" />
        <source>Outside your working hours (%1–%2).</source>
        <translation>Fuori dall'orario di lavoro (%1–%2).</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="97" />
        <source>Overlaps with %1 (%2).</source>
        <translation>Si sovrappone a %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="105" />
        <source>Less than %1 minutes from %2 (%3).</source>
        <translation>Meno di %1 minuti da %2 (%3).</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="115" />
        <source>busy</source>
        <translation>occupato</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="117" />
        <source>Overlaps with “%1” from your other calendar (%2).</source>
        <translation>Si sovrappone a «%1» dell'altro calendario (%2).</translation>
    </message>
</context>
<context>
    <name>md::ConsentText</name>
    <message>
        <location filename="../core/agreements/ConsentText.cpp" line="12" />
        <source>I have read this agreement in full and agree to its terms. I intend the signature I draw here, together with my typed name, to be my signature on this agreement, with the same effect as signing it by hand.</source>
        <translation>Dichiaro di aver letto integralmente il presente accordo e di accettarne i termini. Intendo che la firma qui tracciata, unitamente al nome digitato, costituisca la mia firma del presente accordo, con lo stesso effetto di una firma autografa.</translation>
    </message>
</context>
<context>
    <name>md::CsvReader</name>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="18" />
        <source>field %1</source>
        <translation>campo %1</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="61" />
        <location filename="../core/import/CsvReader.cpp" line="85" />
        <source>the field is longer than 1 MB</source>
        <translation>il campo supera 1 MB</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="62" />
        <source>a quoted field is never closed</source>
        <translation>un campo tra virgolette non viene mai chiuso</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="68" />
        <source>text after the closing quote</source>
        <translation>testo dopo le virgolette di chiusura</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="78" />
        <source>a quote inside a field that does not start with one</source>
        <translation>virgolette all'interno di un campo che non inizia con le virgolette</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="95" />
        <source>more than %1 fields</source>
        <translation>più di %1 campi</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="136" />
        <source>Line %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="137" />
        <source>Line %1, %2: %3</source>
        <translation>Riga %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="150" />
        <source>%1 is not UTF-8 text (line %2). Save it as UTF-8 (in a spreadsheet: "CSV UTF-8") and import it again.</source>
        <translation>%1 non è un testo UTF-8 (riga %2). Salvarlo come UTF-8 (in un foglio di calcolo: «CSV UTF-8») e importarlo di nuovo.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="163" />
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>Il file supera %1 MB; suddividerlo in file più piccoli.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="165" />
        <source>The file</source>
        <translation>Il file</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="206" />
        <source>more than %1 records; split the file</source>
        <translation>più di %1 record; suddividere il file</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="223" />
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="246" />
        <source>%1 fields, but the header has %2</source>
        <translation>%1 campi, ma l'intestazione ne ha %2</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="260" />
        <source>The file is not valid CSV: %1</source>
        <translation>Il file non è un CSV valido: %1</translation>
    </message>
</context>
<context>
    <name>md::DashboardListModel</name>
    <message>
        <location filename="../ui/pipeline/DashboardListModel.cpp" line="65" />
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardListModel.cpp" line="67" />
        <source>Engagement</source>
        <translation>Percorso</translation>
    </message>
</context>
<context>
    <name>md::DashboardPage</name>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="25" />
        <source>1 day</source>
        <translation>1 giorno</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="25" />
        <source>%1 days</source>
        <translation>%1 giorni</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="37" />
        <source>Engagements per stage</source>
        <translation>Percorsi per fase</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="56" />
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="56" />
        <source>Overdue by</source>
        <translation>In ritardo di</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="57" />
        <source>Goal</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="57" />
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="58" />
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="58" />
        <source>Idle for</source>
        <translation>Inattivo da</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="61" />
        <source>Overdue actions</source>
        <translation>Azioni in ritardo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="62" />
        <source>Goals due soon</source>
        <translation>Obiettivi in scadenza</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="63" />
        <source>Stale engagements</source>
        <translation>Percorsi fermi</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="119" />
        <source>Double-click to open the engagement</source>
        <translation>Fare doppio clic per aprire il percorso</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="202" />
        <source>1 open engagement</source>
        <translation>1 percorso aperto</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="202" />
        <source>%1 open engagements</source>
        <translation>%1 percorsi aperti</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="205" />
        <source>1 overdue action</source>
        <translation>1 azione in ritardo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="206" />
        <source>%1 overdue actions</source>
        <translation>%1 azioni in ritardo</translation>
    </message>
</context>
<context>
    <name>md::Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="38" />
        <source>The key does not open this workspace (or %1 is not a MentorDesk database). Nothing was changed.</source>
        <translation>La chiave non apre questa area di lavoro (oppure %1 non è un database di MentorDesk). Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="46" />
        <source>The disk is full: the workspace %1 cannot be opened until some space is free. Nothing was changed.</source>
        <translation>Il disco è pieno: l'area di lavoro %1 non può essere aperta finché non si libera spazio. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="56" />
        <source>Could not open the workspace database: %1</source>
        <translation>Impossibile aprire il database dell'area di lavoro: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="79" />
        <source>Could not read the workspace's data format.</source>
        <translation>Impossibile leggere il formato dei dati dell'area di lavoro.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="142" />
        <source>Could not start saving: %1</source>
        <translation>Impossibile avviare il salvataggio: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="163" />
        <location filename="../core/storage/Database.cpp" line="170" />
        <source>Could not save: %1</source>
        <translation>Impossibile salvare: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="215" />
        <source>Could not re-encrypt the workspace: %1</source>
        <translation>Impossibile cifrare di nuovo l'area di lavoro: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="223" />
        <source>Could not write pending changes to the database file</source>
        <translation>Impossibile scrivere le modifiche in sospeso nel file del database</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="247" />
        <source>Could not set the page cache</source>
        <translation>Impossibile impostare la cache delle pagine</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="255" />
        <location filename="../core/storage/Database.cpp" line="264" />
        <source>Could not check the database</source>
        <translation>Impossibile verificare il database</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="266" />
        <source>The check stopped before the end: %1</source>
        <translation>La verifica si è interrotta prima della fine: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="273" />
        <source>Row %1 of table %2 points to a missing row in %3.</source>
        <translation>La riga %1 della tabella %2 rimanda a una riga mancante in %3.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="278" />
        <source>Could not check the links between records</source>
        <translation>Impossibile verificare i collegamenti tra i record</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="279" />
        <source>The links between records could not be checked: %1</source>
        <translation>Non è stato possibile verificare i collegamenti tra i record: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="287" />
        <source>The workspace database %1 is damaged (%2). Nothing was changed. Check it with “mentordesk-cli verify”; if it cannot be read, restore your last backup (File › Restore from Backup, or “mentordesk-cli backup restore”).</source>
        <translation>Il database dell'area di lavoro %1 è danneggiato (%2). Non è stato modificato nulla. Verificarlo con «mentordesk-cli verify»; se non è leggibile, ripristinare l'ultimo backup (File › Ripristina da backup, oppure «mentordesk-cli backup restore»).</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="305" />
        <source>%1: the workspace database is damaged (%2). Check it with “mentordesk-cli verify”; if it cannot be repaired, restore your last backup (File › Restore from Backup, or “mentordesk-cli backup restore”).</source>
        <translation>%1: il database dell'area di lavoro è danneggiato (%2). Verificarlo con «mentordesk-cli verify»; se non può essere riparato, ripristinare l'ultimo backup (File › Ripristina da backup, oppure «mentordesk-cli backup restore»).</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="313" />
        <source>%1: the disk is full (%2). Nothing was saved.</source>
        <translation>%1: il disco è pieno (%2). Non è stato salvato nulla.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="317" />
        <source>%1: the disk could not be read or written (%2).</source>
        <translation>%1: non è stato possibile leggere o scrivere sul disco (%2).</translation>
    </message>
</context>
<context>
    <name>md::DavTransport</name>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="39" />
        <source>The server address is not valid; give it as https://calendar.example.com/.</source>
        <translation>L'indirizzo del server non è valido; indicarlo nella forma https://calendar.example.com/.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="48" />
        <source>MentorDesk connects to calendar servers only over a secure connection, so that your password is never sent in clear text. Use the server's https:// address.</source>
        <translation>MentorDesk si collega ai server di calendario solo tramite una connessione sicura, in modo che la password non venga mai inviata in chiaro. Usare l'indirizzo https:// del server.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="51" />
        <source>The server address must start with https://.</source>
        <translation>L'indirizzo del server deve iniziare con https://.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="102" />
        <source>The calendar sync was stopped before %1 answered. Changes wait in the workspace and go out on the next sync.</source>
        <translation>La sincronizzazione del calendario è stata interrotta prima che %1 rispondesse. Le modifiche restano in attesa nell'area di lavoro e vengono inviate alla sincronizzazione successiva.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="115" />
        <source>The calendar server %1 did not accept the user name or password.</source>
        <translation>Il server di calendario %1 non ha accettato il nome utente o la password.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="121" />
        <source>The secure connection to %1 failed: its certificate is not valid or not trusted (%2). Check the address; if it is right, the server's administrator must renew or fix the certificate.</source>
        <translation>La connessione sicura a %1 non è riuscita: il suo certificato non è valido o non è attendibile (%2). Controllare l'indirizzo; se è corretto, l'amministratore del server deve rinnovare o correggere il certificato.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="128" />
        <source>The calendar server %1 cannot be reached (%2). Changes wait in the workspace and go out on the next sync.</source>
        <translation>Il server di calendario %1 non è raggiungibile (%2). Le modifiche restano in attesa nell'area di lavoro e vengono inviate alla sincronizzazione successiva.</translation>
    </message>
</context>
<context>
    <name>md::DemoGenerator</name>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="33" />
        <source>The numbers of clients, sessions and invoices cannot be negative.</source>
        <translation>Il numero di clienti, sessioni e fatture non può essere negativo.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="37" />
        <source>At most %1 clients, sessions or invoices can be generated.</source>
        <translation>È possibile generare al massimo %1 clienti, sessioni o fatture.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="42" />
        <source>Sessions and invoices need at least one client.</source>
        <translation>Sessioni e fatture richiedono almeno un cliente.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="48" />
        <source>This workspace already holds clients; demo data is only generated into an empty workspace.</source>
        <translation>Questa area di lavoro contiene già clienti; i dati dimostrativi vengono generati solo in un'area di lavoro vuota.</translation>
    </message>
</context>
<context>
    <name>md::DocumentLayout</name>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="75" />
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="135" />
        <source>PDF documents can only be made by a program with a graphical environment (start it with QT_QPA_PLATFORM=offscreen on a server).</source>
        <translation>I documenti PDF possono essere creati solo da un programma con ambiente grafico (su un server, avviarlo con QT_QPA_PLATFORM=offscreen).</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="141" />
        <source>The page is too small for this document.</source>
        <translation>La pagina è troppo piccola per questo documento.</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="164" />
        <source>Could not start drawing the document.</source>
        <translation>Impossibile iniziare a disegnare il documento.</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="173" />
        <source>Could not start a new page.</source>
        <translation>Impossibile iniziare una nuova pagina.</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="194" />
        <source>Could not finish drawing the document.</source>
        <translation>Impossibile completare il disegno del documento.</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="203" />
        <source>Could not prepare the PDF in memory.</source>
        <translation>Impossibile preparare il PDF in memoria.</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="213" />
        <source>The PDF could not be produced.</source>
        <translation>Non è stato possibile produrre il PDF.</translation>
    </message>
</context>
<context>
    <name>md::DraftEditorDialog</name>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.cpp" line="21" />
        <source>Edit draft %1</source>
        <translation>Modifica bozza %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.cpp" line="50" />
        <source>%1 was signed elsewhere and can no longer be edited. To change its terms, amend it.</source>
        <translation>%1 è stato firmato altrove e non può più essere modificato. Per cambiarne i termini, integrarlo.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.cpp" line="53" />
        <source>%1 was deleted elsewhere.</source>
        <translation>%1 è stato eliminato altrove.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="44" />
        <source>Ends on</source>
        <translation>Termina il</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="70" />
        <source>The text contains confidentiality terms</source>
        <translation>Il testo contiene clausole di riservatezza</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="67" />
        <source>An engagement leaves its first stage only with a signed agreement that has them.</source>
        <translation>Un percorso lascia la prima fase solo con un accordo firmato che le contenga.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="22" />
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="35" />
        <source>End date:</source>
        <translation>Data di fine:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="89" />
        <source>The mentor's letterhead, the signature lines and the footer with the agreement number are added when it is printed.</source>
        <translation>L'intestazione del mentor, le righe per le firme e il piè di pagina con il numero dell'accordo vengono aggiunti in stampa.</translation>
    </message>
</context>
<context>
    <name>md::EndingAgreementsWidget</name>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="26" />
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="26" />
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="26" />
        <source>Ends on</source>
        <translation>Termina il</translation>
    </message>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="26" />
        <source>Days left</source>
        <translation>Giorni rimanenti</translation>
    </message>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="84" />
        <source>Agreements ending soon</source>
        <translation>Accordi in scadenza</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="85" />
        <source>Signed agreements that end within %n day(s)</source>
        <translation>
            <numerusform>Accordi firmati che terminano entro %n giorno</numerusform>
            <numerusform>Accordi firmati che terminano entro %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="103" />
        <source>No agreement ends within %n day(s).</source>
        <translation>
            <numerusform>Nessun accordo termina entro %n giorno.</numerusform>
            <numerusform>Nessun accordo termina entro %n giorni.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="120" />
        <source>today</source>
        <translation>oggi</translation>
    </message>
</context>
<context>
    <name>md::EngagementBoardModel</name>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="166" />
        <source>1 overdue action</source>
        <translation>1 azione in ritardo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="167" />
        <source>%1 overdue actions</source>
        <translation>%1 azioni in ritardo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="169" />
        <source>1 goal due soon</source>
        <translation>1 obiettivo in scadenza</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="170" />
        <source>%1 goals due soon</source>
        <translation>%1 obiettivi in scadenza</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="173" />
        <source>No activity for a day</source>
        <translation>Nessuna attività da un giorno</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="174" />
        <source>No activity for %1 days</source>
        <translation>Nessuna attività da %1 giorni</translation>
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
        <translation>1 giorno nella fase</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementCardDelegate.cpp" line="102" />
        <source>%1 days in this stage</source>
        <translation>%1 giorni nella fase</translation>
    </message>
</context>
<context>
    <name>md::EngagementPackagesWidget</name>
    <message>
        <location filename="../ui/billing/EngagementPackagesWidget.cpp" line="18" />
        <source>Packages</source>
        <translation>Pacchetti</translation>
    </message>
</context>
<context>
    <name>md::EngagementPage</name>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="36" />
        <source>← Board</source>
        <translation>← Bacheca</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="47" />
        <source>Move &amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="49" />
        <location filename="../ui/pipeline/EngagementPage.cpp" line="243" />
        <source>&amp;Advance →</source>
        <translation>A&amp;vanza →</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="51" />
        <source>&amp;End</source>
        <translation>&amp;Concludi</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="55" />
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="56" />
        <source>Maintenance (periodic check-ins)</source>
        <translation>Mantenimento (incontri periodici)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="57" />
        <source>Close Early…</source>
        <translation>Chiudi anticipatamente…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="68" />
        <source>New &amp;Needs…</source>
        <translation>Nuovi &amp;bisogni…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="70" />
        <source>Start a new engagement for the same client, linked to this one</source>
        <translation>Avviare un nuovo percorso per lo stesso cliente, collegato a questo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="115" />
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="118" />
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="199" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="203" />
        <source>%1 since yesterday</source>
        <translation>%1 da ieri</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="204" />
        <source>%1 since today</source>
        <translation>%1 da oggi</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="205" />
        <source>%1 for %2 days</source>
        <translation>%1 da %2 giorni</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="207" />
        <source> · follows engagement #%1</source>
        <translation> · segue il percorso n. %1</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="215" />
        <source>&lt;b&gt;To end the engagement:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Per concludere il percorso:&lt;/b&gt; </translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="216" />
        <source>&lt;b&gt;To leave "%1":&lt;/b&gt; </source>
        <translation>&lt;b&gt;Per lasciare «%1»:&lt;/b&gt; </translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="222" />
        <source>✔ everything is done.</source>
        <translation>✔ tutto completato.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="231" />
        <source>This engagement has ended (%1).</source>
        <translation>Questo percorso è concluso (%1).</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="242" />
        <source>&amp;Complete ✔</source>
        <translation>&amp;Completa ✔</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="270" />
        <source>Now in "%1".</source>
        <translation>Ora in «%1».</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="283" />
        <source>New Needs</source>
        <translation>Nuovi bisogni</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="286" />
        <source>Started "%1".</source>
        <translation>«%1» avviato.</translation>
    </message>
</context>
<context>
    <name>md::EngagementRepository</name>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="87" />
        <source>Could not record the change of stage</source>
        <translation>Impossibile registrare il cambio di fase</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="131" />
        <location filename="../core/storage/EngagementRepository.cpp" line="180" />
        <source>Could not save the engagement</source>
        <translation>Impossibile salvare il percorso</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="213" />
        <location filename="../core/storage/EngagementRepository.cpp" line="216" />
        <location filename="../core/storage/EngagementRepository.cpp" line="227" />
        <location filename="../core/storage/EngagementRepository.cpp" line="230" />
        <source>Could not read the engagement</source>
        <translation>Impossibile leggere il percorso</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="182" />
        <location filename="../core/storage/EngagementRepository.cpp" line="217" />
        <location filename="../core/storage/EngagementRepository.cpp" line="231" />
        <source>There is no engagement with id %1.</source>
        <translation>Non esiste alcun percorso con ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="243" />
        <location filename="../core/storage/EngagementRepository.cpp" line="248" />
        <location filename="../core/storage/EngagementRepository.cpp" line="260" />
        <location filename="../core/storage/EngagementRepository.cpp" line="265" />
        <source>Could not read the engagements</source>
        <translation>Impossibile leggere i percorsi</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="277" />
        <source>Could not delete the engagement</source>
        <translation>Impossibile eliminare il percorso</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="289" />
        <location filename="../core/storage/EngagementRepository.cpp" line="294" />
        <source>Could not read the timeline</source>
        <translation>Impossibile leggere la cronologia</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="302" />
        <source>A change of stage needs its starting point.</source>
        <translation>Un cambio di fase richiede il suo punto di partenza.</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="304" />
        <source>An override needs a written reason.</source>
        <translation>Una forzatura richiede una motivazione scritta.</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="311" />
        <source>The engagement is in "%1" now, not in "%2"; reload and try again.</source>
        <translation>Il percorso ora è in «%1», non in «%2»; ricaricare e riprovare.</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="341" />
        <source>Could not change the stage</source>
        <translation>Impossibile cambiare fase</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="344" />
        <source>The engagement was changed elsewhere; reload and try again.</source>
        <translation>Il percorso è stato modificato altrove; ricaricare e riprovare.</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepositorySql.h" line="72" />
        <source>Could not record the activity</source>
        <translation>Impossibile registrare l'attività</translation>
    </message>
</context>
<context>
    <name>md::EngagementService</name>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="195" />
        <location filename="../core/pipeline/EngagementService.cpp" line="255" />
        <source>An engagement cannot move from "%1" to "%2".</source>
        <translation>Un percorso non può passare da «%1» a «%2».</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="214" />
        <location filename="../core/pipeline/EngagementService.cpp" line="228" />
        <source>The engagement has ended (%1); it cannot advance.</source>
        <translation>Il percorso è concluso (%1); non può avanzare.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="242" />
        <source>An override needs a written reason; it is kept in the timeline.</source>
        <translation>Una forzatura richiede una motivazione scritta, che viene conservata nella cronologia.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="258" />
        <source>Say why the engagement closes early.</source>
        <translation>Indicare perché il percorso si chiude anticipatamente.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="271" />
        <source>"%1" is not finished: %2</source>
        <translation>«%1» non è completo: %2</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="305" />
        <source>Choose how the engagement ends: completed, maintenance or closed early.</source>
        <translation>Scegliere come termina il percorso: completato, mantenimento o chiuso anticipatamente.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="329" />
        <source>A follow-up starts once the engagement has reached its evaluation; "%1" is still in "%2".</source>
        <translation>Un percorso di seguito inizia quando il percorso ha raggiunto la valutazione; «%1» è ancora in «%2».</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="335" />
        <source>%1 (follow-up)</source>
        <translation>%1 (seguito)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="344" />
        <source>New needs after "%1".</source>
        <translation>Nuovi bisogni dopo «%1».</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementServiceBoard.cpp" line="45" />
        <location filename="../core/pipeline/EngagementServiceBoard.cpp" line="50" />
        <source>There is no engagement with id %1.</source>
        <translation>Non esiste alcun percorso con ID %1.</translation>
    </message>
</context>
<context>
    <name>md::ErasurePlan</name>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="9" />
        <source>%1 was erased for good: the profile, %n engagement(s) with their needs, goals, actions and evaluations,</source>
        <translation>
            <numerusform>%1 è stato cancellato definitivamente: il profilo, %n percorso con i relativi bisogni, obiettivi, azioni e valutazioni,</numerusform>
            <numerusform>%1 è stato cancellato definitivamente: il profilo, %n percorsi con i relativi bisogni, obiettivi, azioni e valutazioni,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="14" />
        <source>Erasing %1 removes for good: the profile, %n engagement(s) with their needs, goals, actions and evaluations,</source>
        <translation>
            <numerusform>La cancellazione di %1 rimuove definitivamente: il profilo, %n percorso con i relativi bisogni, obiettivi, azioni e valutazioni,</numerusform>
            <numerusform>La cancellazione di %1 rimuove definitivamente: il profilo, %n percorsi con i relativi bisogni, obiettivi, azioni e valutazioni,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="20" />
        <source>%n session(s) with their notes, %1, and %2.</source>
        <translation>
            <numerusform>%n sessione con le relative note, %1 e %2.</numerusform>
            <numerusform>%n sessioni con le relative note, %1 e %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="23" />
        <source>%n agreement(s) with their signatures and scans</source>
        <translation>
            <numerusform>%n accordo con le relative firme e scansioni</numerusform>
            <numerusform>%n accordi con le relative firme e scansioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="27" />
        <source>%n draft invoice(s)</source>
        <translation>
            <numerusform>%n bozza di fattura</numerusform>
            <numerusform>%n bozze di fattura</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="30" />
        <source>The law requires keeping %n issued invoice(s) and credit note(s), with %1, unchanged until %2. They are shown as "%3" from now on.</source>
        <translation>
            <numerusform>La legge impone di conservare %n fattura emessa o nota di credito, con %1, invariata fino al %2. D'ora in poi è indicata come «%3».</numerusform>
            <numerusform>La legge impone di conservare %n fatture emesse e note di credito, con %1, invariate fino al %2. D'ora in poi sono indicate come «%3».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="35" />
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n pagamento</numerusform>
            <numerusform>%n pagamenti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/clients/ClientErasure.cpp" line="39" />
        <source>No invoice has to be kept: nothing of them is left but the anonymous record "%1".</source>
        <translation>Nessuna fattura deve essere conservata: non ne resta altro che la scheda anonima «%1».</translation>
    </message>
    <message>
        <location filename="../core/clients/ClientErasure.cpp" line="44" />
        <source>Backups made before the erasure still hold the data until they are replaced.</source>
        <translation>I backup eseguiti prima della cancellazione contengono ancora i dati finché non vengono sostituiti.</translation>
    </message>
</context>
<context>
    <name>md::EvaluationRepository</name>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="51" />
        <source>There is no goal with id %1.</source>
        <translation>Non esiste alcun obiettivo con ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="89" />
        <source>Could not save the evaluation</source>
        <translation>Impossibile salvare la valutazione</translation>
    </message>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="122" />
        <location filename="../core/storage/EvaluationRepository.cpp" line="127" />
        <source>Could not read the evaluations</source>
        <translation>Impossibile leggere le valutazioni</translation>
    </message>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="138" />
        <source>Could not delete the evaluation</source>
        <translation>Impossibile eliminare la valutazione</translation>
    </message>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="140" />
        <source>Goal %1 has no evaluation.</source>
        <translation>L'obiettivo %1 non ha una valutazione.</translation>
    </message>
</context>
<context>
    <name>md::EvaluationTab</name>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="45" />
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="158" />
        <source>Select a goal to evaluate.</source>
        <translation>Selezionare un obiettivo da valutare.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="59" />
        <source>Your assessment of the mentee's performance</source>
        <translation>La propria valutazione dei risultati del mentee</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="62" />
        <source>Not given</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="65" />
        <source>What the mentee said</source>
        <translation>Che cosa ha detto il mentee</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="66" />
        <source>Suggested adjustments</source>
        <translation>Adeguamenti suggeriti</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="72" />
        <source>&amp;Outcome:</source>
        <translation>&amp;Esito:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="73" />
        <source>Final value:</source>
        <translation>Valore finale:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="74" />
        <source>&amp;Assessment:</source>
        <translation>&amp;Valutazione:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="75" />
        <source>Mentee's &amp;rating:</source>
        <translation>&amp;Giudizio del mentee:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="76" />
        <source>Mentee's &amp;comments:</source>
        <translation>&amp;Commenti del mentee:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="77" />
        <source>A&amp;djustments:</source>
        <translation>A&amp;deguamenti:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="80" />
        <source>&amp;Save Evaluation</source>
        <translation>&amp;Salva valutazione</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="166" />
        <source>baseline %1, target %2 %3</source>
        <translation>valore iniziale %1, obiettivo %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="192" />
        <source>The final value is not a number.</source>
        <translation>Il valore finale non è un numero.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="209" />
        <source>Saved the evaluation.</source>
        <translation>Valutazione salvata.</translation>
    </message>
</context>
<context>
    <name>md::ExportFlow</name>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="34" />
        <source>Export Workspace</source>
        <translation>Esporta area di lavoro</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="35" />
        <location filename="../ui/export/ExportFlow.cpp" line="69" />
        <source>MentorDesk export %1</source>
        <translation>Esportazione MentorDesk %1</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="40" />
        <location filename="../ui/export/ExportFlow.cpp" line="67" />
        <source>Export Client</source>
        <translation>Esporta cliente</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="41" />
        <source>Export everything about %1?</source>
        <translation>Esportare tutti i dati di %1?</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="45" />
        <source>The profile, engagements, sessions with their notes, agreements with their PDFs, invoices and payments of this client, and nothing about anyone else, in open formats (JSON, CSV, PDF). Use it to answer the client's request for a copy of their data.

The export is not encrypted.</source>
        <translation>Il profilo, i percorsi, le sessioni con le relative note, gli accordi con i relativi PDF, le fatture e i pagamenti di questo cliente, e nulla che riguardi altre persone, in formati aperti (JSON, CSV, PDF). Da usare per rispondere alla richiesta del cliente di ottenere una copia dei propri dati.

L'esportazione non è cifrata.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="49" />
        <source>Include my &amp;private session notes</source>
        <translation>Includi le note &amp;private della sessione</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="53" />
        <source>Choose &amp;Folder…</source>
        <translation>Scegli &amp;cartella…</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="68" />
        <source>%1 – MentorDesk export %2</source>
        <translation>%1 – Esportazione MentorDesk %2</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="77" />
        <source>Export into…</source>
        <translation>Esporta in…</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="86" />
        <source>The workspace was locked.</source>
        <translation>L'area di lavoro è stata bloccata.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="92" />
        <source>The export could not be written.</source>
        <translation>Non è stato possibile scrivere l'esportazione.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="96" />
        <source>Nothing was left half-written; your workspace is unchanged.</source>
        <translation>Non è rimasto nulla scritto a metà; l'area di lavoro è invariata.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportFlow.cpp" line="104" />
        <source>Exported %n record(s) into %1.</source>
        <translation>
            <numerusform>%n record esportato in %1.</numerusform>
            <numerusform>%n record esportati in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="109" />
        <source>Signed agreements: %1. Invoice PDFs: %2. README.txt describes every file.</source>
        <translation>Accordi firmati: %1. PDF delle fatture: %2. Il file README.txt descrive ogni file.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="113" />
        <source>The export is NOT encrypted. Keep it safe, and delete it once it has served its purpose.</source>
        <translation>L'esportazione NON è cifrata. Conservarla al sicuro ed eliminarla quando non serve più.</translation>
    </message>
</context>
<context>
    <name>md::ExportManifest</name>
    <message>
        <location filename="../core/export/ExportManifest.cpp" line="38" />
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 non è un JSON valido (%2).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportManifest.cpp" line="42" />
        <source>%1 does not describe a MentorDesk export.</source>
        <translation>%1 non descrive un'esportazione di MentorDesk.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportManifest.cpp" line="45" />
        <source>This export was written in a format this version of MentorDesk does not read (export format %1). Update MentorDesk.</source>
        <translation>Questa esportazione è stata scritta in un formato che questa versione di MentorDesk non legge (formato di esportazione %1). Aggiornare MentorDesk.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportManifest.cpp" line="58" />
        <source>%1 lacks the data format or the workspace it came from.</source>
        <translation>In %1 mancano il formato dei dati o l'area di lavoro di provenienza.</translation>
    </message>
</context>
<context>
    <name>md::ExportReadme</name>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="10" />
        <source>Mentee profiles: contact, background, strengths and weaknesses, aspirations, what to keep, start and stop doing. Tags are separated by line breaks.</source>
        <translation>Profili dei mentee: contatti, percorso professionale, punti di forza e punti deboli, aspirazioni, che cosa continuare, iniziare e smettere di fare. Le etichette sono separate da interruzioni di riga.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="15" />
        <source>Settings of the practice as key and value: the mentor profile (profile.*), practice rules (practice.*), billing (billing.*). The agreement signing key is never exported.</source>
        <translation>Impostazioni dell'attività come chiave e valore: il profilo del mentor (profile.*), le regole di lavoro (practice.*), la fatturazione (billing.*). La chiave di firma degli accordi non viene mai esportata.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="20" />
        <source>Engagements of the five-stage pipeline, one per need of a client: stage, status, cadence, planned sessions and outcome.</source>
        <translation>Percorsi del flusso in cinque fasi, uno per ogni bisogno di un cliente: fase, stato, frequenza, sessioni previste ed esito.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="24" />
        <source>The timeline of every engagement: each move between stages, when, why, and whether a gate was overridden.</source>
        <translation>La cronologia di ogni percorso: ogni passaggio tra le fasi, quando, perché e se un requisito è stato forzato.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="28" />
        <source>Needs identified in stage 2, with category and priority.</source>
        <translation>Bisogni individuati nella fase 2, con categoria e priorità.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="31" />
        <source>SMART goals of stage 3: specific, the metric with its baseline and target, attainable, due date.</source>
        <translation>Obiettivi SMART della fase 3: specifico, l'indicatore con valore iniziale e obiettivo, raggiungibile, scadenza.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="34" />
        <source>Which need each goal answers (goal_id, need_id).</source>
        <translation>A quale bisogno risponde ciascun obiettivo (goal_id, need_id).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="36" />
        <source>Progress measured on a goal: date, value, comment.</source>
        <translation>Progressi misurati su un obiettivo: data, valore, commento.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="39" />
        <source>The action plan of stage 4: each action of a goal, its due date, status and the people involved.</source>
        <translation>Il piano d'azione della fase 4: ogni azione di un obiettivo, la sua scadenza, lo stato e le persone coinvolte.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="42" />
        <source>Evaluations of stage 5: the outcome of a goal, the mentor's assessment, the mentee's rating and comments, adjustments.</source>
        <translation>Valutazioni della fase 5: l'esito di un obiettivo, la valutazione del mentor, il giudizio e i commenti del mentee, gli adeguamenti.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="46" />
        <source>Every version of the agreement templates (HTML with placeholders).</source>
        <translation>Tutte le versioni dei modelli di accordo (HTML con segnaposto).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="49" />
        <source>Agreements: their text (HTML), state (draft or signed), how and when they were signed. The signed PDFs are in agreements/.</source>
        <translation>Accordi: il testo (HTML), lo stato (bozza o firmato), come e quando sono stati firmati. I PDF firmati si trovano in agreements/.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="53" />
        <source>On-screen signatures: who signed, the typed name, the drawn signature (PNG, base64) and the consent.</source>
        <translation>Firme su schermo: chi ha firmato, il nome digitato, la firma disegnata (PNG, base64) e il consenso.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="57" />
        <source>Scans of agreements signed on paper (the files are also in agreements/).</source>
        <translation>Scansioni degli accordi firmati su carta (i file si trovano anche in agreements/).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="61" />
        <source>What makes a signed agreement provably unchanged: the frozen PDF, its manifest, the Ed25519 signature and the public key that checks it.</source>
        <translation>Ciò che dimostra che un accordo firmato è invariato: il PDF definitivo, il suo manifest, la firma Ed25519 e la chiave pubblica che la verifica.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="65" />
        <source>The hash-chained log of everything done to agreements.</source>
        <translation>Il registro concatenato tramite hash di tutte le operazioni eseguite sugli accordi.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="68" />
        <source>The public keys of the workspaces this one was imported from: the agreements they sealed keep verifying.</source>
        <translation>Le chiavi pubbliche delle aree di lavoro da cui questa è stata importata: gli accordi da esse sigillati restano verificabili.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="72" />
        <source>Recurring sessions (weekly, fortnightly, monthly): the rule, the first start in its time zone, skipped dates.</source>
        <translation>Sessioni ricorrenti (settimanali, ogni due settimane, mensili): la regola, il primo inizio nel suo fuso orario, le date saltate.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="76" />
        <source>Every session: start (local time and zone, and UTC), duration, format, status, agenda, notes, agreed actions and next steps.</source>
        <translation>Ogni sessione: inizio (ora locale e fuso, e UTC), durata, modalità, stato, ordine del giorno, note, azioni concordate e prossimi passi.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="80" />
        <source>The mentor's working hours by weekday.</source>
        <translation>L'orario di lavoro del mentor per giorno della settimana.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="82" />
        <source>The mentor's days off.</source>
        <translation>I giorni liberi del mentor.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="84" />
        <source>Scheduling settings as key and value (buffer between sessions, calendar export).</source>
        <translation>Impostazioni di pianificazione come chiave e valore (pausa tra le sessioni, esportazione del calendario).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="88" />
        <source>Busy times imported from other calendars.</source>
        <translation>Periodi occupati importati da altri calendari.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="90" />
        <source>Who an invoice is addressed to, when it is not the mentee (billing name, address, tax number).</source>
        <translation>A chi è intestata una fattura, quando non è il mentee (denominazione di fatturazione, indirizzo, partita IVA).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="93" />
        <source>The price list: single sessions, packages and retainers; prices in minor units (cents) with their currency.</source>
        <translation>Il listino prezzi: sessioni singole, pacchetti e canoni mensili; prezzi in unità minori (centesimi) con la relativa valuta.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="97" />
        <source>Packages sold to an engagement: sessions included, price, validity.</source>
        <translation>Pacchetti venduti a un percorso: sessioni incluse, prezzo, validità.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="100" />
        <source>Which session used a credit of which package.</source>
        <translation>Quale sessione ha utilizzato un credito di quale pacchetto.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="102" />
        <source>Invoices and credit notes with their frozen details (bill_to and seller as JSON text) and totals in minor units. The PDFs of issued ones are in invoices/.</source>
        <translation>Fatture e note di credito con i dati definitivi (bill_to e seller come testo JSON) e i totali in unità minori. I PDF dei documenti emessi si trovano in invoices/.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="107" />
        <source>The lines of each invoice: quantity in thousandths, unit price and amounts in minor units, tax rate in basis points (1900 = 19 %).</source>
        <translation>Le righe di ogni fattura: quantità in millesimi, prezzo unitario e importi in unità minori, aliquota IVA in punti base (2200 = 22 %).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="111" />
        <source>The last invoice number used in each year.</source>
        <translation>L'ultimo numero di fattura utilizzato in ciascun anno.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="113" />
        <source>Payments received, in minor units.</source>
        <translation>Pagamenti ricevuti, in unità minori.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="115" />
        <source>Which invoice each payment paid, and how much of it.</source>
        <translation>Quale fattura ha saldato ciascun pagamento, e per quale importo.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="125" />
        <source>MentorDesk export of one client's records</source>
        <translation>Esportazione MentorDesk dei dati di un cliente</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="126" />
        <source>MentorDesk export of a whole workspace</source>
        <translation>Esportazione MentorDesk di un'intera area di lavoro</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="127" />
        <source>Made on %1 (UTC).</source>
        <translation>Creata il %1 (UTC).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="129" />
        <source>THIS FOLDER IS NOT ENCRYPTED. It holds confidential information about people. Keep it on an encrypted disk, send it only over a secure channel, and delete it when it is no longer needed.</source>
        <translation>QUESTA CARTELLA NON È CIFRATA. Contiene informazioni riservate su persone. Conservarla su un disco cifrato, trasmetterla solo attraverso un canale sicuro ed eliminarla quando non serve più.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="133" />
        <source>The mentor's private session notes are left out.</source>
        <translation>Le note private della sessione del mentor sono escluse.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="135" />
        <source>export.json says what made this export: the data format (schema_version), the workspace it came from and, for one client's export, the client.</source>
        <translation>export.json indica da dove proviene questa esportazione: il formato dei dati (schema_version), l'area di lavoro di provenienza e, per l'esportazione di un cliente, il cliente.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="138" />
        <source>Folders:</source>
        <translation>Cartelle:</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="139" />
        <source>  json/        one file per kind of record: a JSON array of objects, one per row, with the field names below. Binary values are objects {"base64": "..."}. Times ending in _utc are ISO 8601 in UTC; dates are YYYY-MM-DD; amounts ending in _minor are whole minor units (cents) of the currency beside them.</source>
        <translation>  json/        un file per tipo di record: un array JSON di oggetti, uno per riga, con i nomi dei campi indicati sotto. I valori binari sono oggetti {"base64": "..."}. Gli orari che terminano in _utc sono in formato ISO 8601 in UTC; le date sono nel formato YYYY-MM-DD; gli importi che terminano in _minor sono unità minori intere (centesimi) della valuta indicata accanto.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="143" />
        <source>  csv/         clients, sessions, invoices and payments for spreadsheets: UTF-8, comma-separated, every field quoted, amounts in major units (12.50).</source>
        <translation>  csv/         clienti, sessioni, fatture e pagamenti per fogli di calcolo: UTF-8, separati da virgole, ogni campo tra virgolette, importi in unità principali (12.50).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="145" />
        <source>  agreements/  the exact PDF of every signed agreement, and scans of paper signatures.</source>
        <translation>  agreements/  il PDF esatto di ogni accordo firmato e le scansioni delle firme cartacee.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="147" />
        <source>  invoices/    the PDF of every issued invoice and credit note.</source>
        <translation>  invoices/    il PDF di ogni fattura e nota di credito emessa.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="149" />
        <source>Files in json/:</source>
        <translation>File in json/:</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/ExportReadme.cpp" line="153" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n record</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="158" />
        <source>Fields: %1</source>
        <translation>Campi: %1</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="161" />
        <source>A whole-workspace export can be read back into a new workspace with `mentordesk-cli --workspace &lt;new folder&gt; import --from &lt;this folder&gt;`.</source>
        <translation>L'esportazione di un'intera area di lavoro può essere riletta in una nuova area di lavoro con `mentordesk-cli --workspace &lt;nuova cartella&gt; import --from &lt;questa cartella&gt;`.</translation>
    </message>
</context>
<context>
    <name>md::FirstRunWizard</name>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="31" />
        <source>Welcome to MentorDesk</source>
        <translation>Benvenuti in MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="32" />
        <source>Your clients' details stay on this computer, encrypted.</source>
        <translation>I dati dei clienti restano su questo computer, cifrati.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="36" />
        <source>MentorDesk keeps your mentees' profiles, notes and agreements in an encrypted workspace. Nothing in it can be read without your passphrase or your recovery key.</source>
        <translation>MentorDesk conserva profili, note e accordi dei mentee in un'area di lavoro cifrata. Nulla al suo interno può essere letto senza la passphrase o la chiave di recupero.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="41" />
        <source>In the next steps you choose a passphrase and receive a recovery key. Have a printer or a pen and paper ready.</source>
        <translation>Nei passaggi successivi si sceglie una passphrase e si riceve una chiave di recupero. Tenere a portata di mano una stampante, oppure carta e penna.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="44" />
        <source>The workspace will be created in:
%1</source>
        <translation>L'area di lavoro verrà creata in:
%1</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="63" />
        <source>Choose a passphrase</source>
        <translation>Scegliere una passphrase</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="64" />
        <source>You type it to unlock MentorDesk. It cannot be recovered, only replaced with your recovery key.</source>
        <translation>Serve per sbloccare MentorDesk. Non può essere recuperata, solo sostituita tramite la chiave di recupero.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="67" />
        <source>&amp;Create Workspace</source>
        <translation>&amp;Crea area di lavoro</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="108" />
        <source>Your recovery key</source>
        <translation>La chiave di recupero</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="109" />
        <source>Your workspace has been created.</source>
        <translation>L'area di lavoro è stata creata.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="112" />
        <source>&amp;Next</source>
        <translation>&amp;Avanti</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="132" />
        <source>Unlock automatically?</source>
        <translation>Sbloccare automaticamente?</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="133" />
        <source>You can change this whenever you unlock MentorDesk.</source>
        <translation>La scelta può essere modificata a ogni sblocco di MentorDesk.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="151" />
        <source>Looking for this computer's keychain…</source>
        <translation>Ricerca del portachiavi di questo computer…</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="163" />
        <source>MentorDesk then keeps the workspace key in this computer's keychain and opens without asking for your passphrase while you are logged in. Anyone who can use your user account can then open your workspace. Locking (Ctrl+L) always asks for the passphrase.</source>
        <translation>MentorDesk conserva allora la chiave dell'area di lavoro nel portachiavi di questo computer e si apre senza chiedere la passphrase finché la sessione utente è attiva. Chiunque possa usare il proprio account utente potrà quindi aprire l'area di lavoro. Il blocco (Ctrl+L) chiede sempre la passphrase.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="174" />
        <source>No keychain answered on this computer, so MentorDesk will ask for your passphrase each time it opens.</source>
        <translation>Nessun portachiavi ha risposto su questo computer, quindi MentorDesk chiederà la passphrase a ogni apertura.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="195" />
        <source>Create a MentorDesk Workspace</source>
        <translation>Crea un'area di lavoro MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="202" />
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Memorizza su questo computer</translation>
    </message>
</context>
<context>
    <name>md::GateFailureDialog</name>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="20" />
        <source>Not Ready to Leave "%1"</source>
        <translation>Impossibile lasciare «%1» per ora</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="24" />
        <source>%1 cannot leave "%2" yet.</source>
        <translation>%1 non può ancora lasciare «%2».</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="30" />
        <source>This is what is missing. Select an item and choose Go There to fill it in.</source>
        <translation>Ecco che cosa manca. Selezionare una voce e scegliere Vai per completarla.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="44" />
        <source>&amp;Go There</source>
        <translation>&amp;Vai</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="48" />
        <source>Move anyway</source>
        <translation>Sposta comunque</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="49" />
        <source>An override is recorded in the engagement's timeline with your reason.</source>
        <translation>La forzatura viene registrata nella cronologia del percorso insieme alla motivazione.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="56" />
        <source>Why move on without this?</source>
        <translation>Perché proseguire senza questo?</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="59" />
        <source>&amp;Override and Move</source>
        <translation>&amp;Forza e sposta</translation>
    </message>
</context>
<context>
    <name>md::GoalEditor</name>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="33" />
        <source>What exactly will the mentee achieve?</source>
        <translation>Che cosa otterrà esattamente il mentee?</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="49" />
        <source>What is measured</source>
        <translation>Che cosa viene misurato</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="56" />
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="63" />
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="77" />
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="105" />
        <source>Why it is realistic for the mentee</source>
        <translation>Perché è realistico per il mentee</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="141" />
        <source>Due &amp;by</source>
        <translation>Scadenza &amp;entro</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="165" />
        <source>A&amp;ctive</source>
        <translation>A&amp;ttivo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="162" />
        <source>Inactive goals are set aside: they need no actions</source>
        <translation>Gli obiettivi inattivi sono messi da parte: non richiedono azioni</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="23" />
        <source>&amp;Specific:</source>
        <translation>&amp;Specifico:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="40" />
        <source>Measurable:</source>
        <translation>Misurabile:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="86" />
        <source>&amp;Attainable:</source>
        <translation>&amp;Raggiungibile:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="112" />
        <source>&amp;Relevant to:</source>
        <translation>R&amp;ilevante per:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="132" />
        <source>Time-bound:</source>
        <translation>Temporizzato:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="178" />
        <source>SMART check:</source>
        <translation>Verifica SMART:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.cpp" line="142" />
        <source>The baseline is not a number.</source>
        <translation>Il valore iniziale non è un numero.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.cpp" line="143" />
        <source>The target is not a number.</source>
        <translation>Il valore obiettivo non è un numero.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.cpp" line="161" />
        <source>passes</source>
        <translation>superata</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.cpp" line="162" />
        <source>fails</source>
        <translation>non superata</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.cpp" line="167" />
        <source>This goal passes the SMART check.</source>
        <translation>Questo obiettivo supera la verifica SMART.</translation>
    </message>
</context>
<context>
    <name>md::GoalListModel</name>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="138" />
        <source>Passes the SMART check</source>
        <translation>Supera la verifica SMART</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="148" />
        <source>%1 (inactive)</source>
        <translation>%1 (inattivo)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="174" />
        <source>Goal</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="176" />
        <source>SMART</source>
        <translation>SMART</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="178" />
        <source>Progress</source>
        <translation>Progressi</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="180" />
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="182" />
        <source>Evaluation</source>
        <translation>Valutazione</translation>
    </message>
</context>
<context>
    <name>md::GoalRepository</name>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="72" />
        <location filename="../core/storage/GoalRepository.cpp" line="83" />
        <source>Could not link the goal to its needs</source>
        <translation>Impossibile collegare l'obiettivo ai suoi bisogni</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="86" />
        <source>Need %1 does not belong to this engagement.</source>
        <translation>Il bisogno %1 non appartiene a questo percorso.</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="97" />
        <location filename="../core/storage/GoalRepository.cpp" line="102" />
        <source>Could not read the goal's needs</source>
        <translation>Impossibile leggere i bisogni dell'obiettivo</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="122" />
        <location filename="../core/storage/GoalRepository.cpp" line="152" />
        <source>Could not save the goal</source>
        <translation>Impossibile salvare l'obiettivo</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="167" />
        <location filename="../core/storage/GoalRepository.cpp" line="170" />
        <location filename="../core/storage/GoalRepository.cpp" line="252" />
        <location filename="../core/storage/GoalRepository.cpp" line="255" />
        <source>Could not read the goal</source>
        <translation>Impossibile leggere l'obiettivo</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="171" />
        <location filename="../core/storage/GoalRepository.cpp" line="225" />
        <location filename="../core/storage/GoalRepository.cpp" line="263" />
        <source>There is no goal with id %1.</source>
        <translation>Non esiste alcun obiettivo con ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="188" />
        <location filename="../core/storage/GoalRepository.cpp" line="193" />
        <source>Could not read the goals</source>
        <translation>Impossibile leggere gli obiettivi</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="212" />
        <source>Could not delete the goal</source>
        <translation>Impossibile eliminare l'obiettivo</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="237" />
        <source>Could not save the progress entry</source>
        <translation>Impossibile salvare la rilevazione dei progressi</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="278" />
        <location filename="../core/storage/GoalRepository.cpp" line="283" />
        <source>Could not read the goals of the need</source>
        <translation>Impossibile leggere gli obiettivi del bisogno</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="292" />
        <location filename="../core/storage/GoalRepository.cpp" line="295" />
        <source>Could not read the progress entry</source>
        <translation>Impossibile leggere la rilevazione dei progressi</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="268" />
        <location filename="../core/storage/GoalRepository.cpp" line="297" />
        <source>There is no progress entry with id %1.</source>
        <translation>Non esiste alcuna rilevazione dei progressi con ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="305" />
        <source>Could not delete the progress entry</source>
        <translation>Impossibile eliminare la rilevazione dei progressi</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="318" />
        <location filename="../core/storage/GoalRepository.cpp" line="331" />
        <source>Could not read the goal's progress</source>
        <translation>Impossibile leggere i progressi dell'obiettivo</translation>
    </message>
</context>
<context>
    <name>md::GoalsTab</name>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="60" />
        <source>&amp;New Goal</source>
        <translation>&amp;Nuovo obiettivo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="60" />
        <source>&amp;Save Goal</source>
        <translation>&amp;Salva obiettivo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="60" />
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="64" />
        <source>Progress</source>
        <translation>Progressi</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="78" />
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="81" />
        <source>Comment (optional)</source>
        <translation>Commento (facoltativo)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="82" />
        <source>Add &amp;Value</source>
        <translation>Aggiungi &amp;valore</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="206" />
        <source>Save the goal to record progress.</source>
        <translation>Salvare l'obiettivo per registrare i progressi.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="220" />
        <source>final value of the evaluation</source>
        <translation>valore finale della valutazione</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="230" />
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="235" />
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="241" />
        <source>%1% of the way from baseline to target.</source>
        <translation>%1% del percorso dal valore iniziale all'obiettivo.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="242" />
        <source>Progress needs a baseline and a target.</source>
        <translation>I progressi richiedono un valore iniziale e un valore obiettivo.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="271" />
        <source>Saved the goal; it passes the SMART check.</source>
        <translation>Obiettivo salvato; supera la verifica SMART.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="272" />
        <source>Saved the goal as a draft; it is not SMART yet.</source>
        <translation>Obiettivo salvato come bozza; non è ancora SMART.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="279" />
        <source>Delete Goal</source>
        <translation>Elimina obiettivo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="280" />
        <source>Delete this goal with its progress, actions and evaluation?</source>
        <translation>Eliminare questo obiettivo con i relativi progressi, azioni e valutazione?</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="296" />
        <source>Enter the measured value as a number.</source>
        <translation>Inserire il valore misurato come numero.</translation>
    </message>
</context>
<context>
    <name>md::Help</name>
    <message>
        <location filename="../ui/help/HelpDialogs.cpp" line="72" />
        <source>User Guide</source>
        <translation>Guida utente</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpDialogs.cpp" line="82" />
        <source>The user guide is missing from this build.</source>
        <translation>La guida utente non è inclusa in questa build.</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpDialogs.cpp" line="112" />
        <source>Keyboard Shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpDialogs.cpp" line="116" />
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpDialogs.cpp" line="117" />
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
</context>
<context>
    <name>md::Iban</name>
    <message>
        <location filename="../core/billing/Iban.cpp" line="57" />
        <source>"%1" is not an IBAN: it must start with a country code and two check digits, followed by letters and digits only.</source>
        <translation>«%1» non è un IBAN: deve iniziare con un codice paese e due cifre di controllo, seguiti solo da lettere e cifre.</translation>
    </message>
    <message>
        <location filename="../core/billing/Iban.cpp" line="63" />
        <source>An IBAN from %1 has %2 characters; "%3" has %4.</source>
        <translation>Un IBAN di %1 ha %2 caratteri; «%3» ne ha %4.</translation>
    </message>
    <message>
        <location filename="../core/billing/Iban.cpp" line="71" />
        <source>The IBAN "%1" has a typo: its check digits do not match.</source>
        <translation>L'IBAN «%1» contiene un errore di battitura: le cifre di controllo non corrispondono.</translation>
    </message>
    <message>
        <location filename="../core/billing/Iban.cpp" line="92" />
        <source>"%1" is not a BIC: it has 8 or 11 characters, e.g. COBADEFFXXX.</source>
        <translation>«%1» non è un BIC: ha 8 o 11 caratteri, ad es. UNCRITMMXXX.</translation>
    </message>
</context>
<context>
    <name>md::IcsExporter</name>
    <message>
        <location filename="../core/ics/IcsExporter.cpp" line="11" />
        <source>MentorDesk sessions</source>
        <translation>Sessioni MentorDesk</translation>
    </message>
</context>
<context>
    <name>md::IcsImporter</name>
    <message>
        <location filename="../core/ics/IcsImporter.cpp" line="20" />
        <source>Could not read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
</context>
<context>
    <name>md::IcsReader</name>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="101" />
        <source>The time zone “%1” is unknown; its times were read as UTC.</source>
        <translation>Il fuso orario «%1» è sconosciuto; i suoi orari sono stati letti come UTC.</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="151" />
        <source>“%1” (the event on line %2)</source>
        <translation>«%1» (l'evento alla riga %2)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="152" />
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="180" />
        <source>The calendar file was not imported, none of it: %1 %2.</source>
        <translation>Il file di calendario non è stato importato, nemmeno in parte: %1 %2.</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="185" />
        <source>repeats too often (expanding it takes about %1 steps; MentorDesk takes at most %2 per event)</source>
        <translation>si ripete troppo spesso (l'espansione richiede circa %1 passaggi; MentorDesk ne accetta al massimo %2 per evento)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="224" />
        <location filename="../core/ics/IcsReader.cpp" line="242" />
        <source>brings the repeating events of the file over %1 steps to expand</source>
        <translation>porta gli eventi ricorrenti del file oltre %1 passaggi di espansione</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="246" />
        <location filename="../core/ics/IcsReader.cpp" line="382" />
        <source>takes too long to read</source>
        <translation>richiede troppo tempo per essere letto</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="256" />
        <source>has more than %1 dates in the months MentorDesk reads</source>
        <translation>ha più di %1 date nei mesi che MentorDesk legge</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="273" />
        <source>Could not read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="288" />
        <source>this is not an iCalendar file</source>
        <translation>non è un file iCalendar</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="370" />
        <source>brings the file over %1 busy times in the months MentorDesk reads</source>
        <translation>porta il file oltre %1 periodi occupati nei mesi che MentorDesk legge</translation>
    </message>
</context>
<context>
    <name>md::IcsSyntaxChecker</name>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="36" />
        <source>expected a property name, found “%1”</source>
        <translation>atteso un nome di proprietà, trovato «%1»</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="43" />
        <source>a parameter of %1 has no name or no “=”</source>
        <translation>un parametro di %1 non ha nome o non ha «=»</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="51" />
        <source>a quoted parameter value of %1 is not closed</source>
        <translation>un valore di parametro tra virgolette di %1 non è chiuso</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="73" />
        <source>expected “:” after %1</source>
        <translation>atteso «:» dopo %1</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="104" />
        <source>“%1” is not a valid date and time</source>
        <translation>«%1» non è una data e ora valida</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="109" />
        <source>“%1” is not a valid date (YYYYMMDD)</source>
        <translation>«%1» non è una data valida (YYYYMMDD)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="110" />
        <source>“%1” is not a valid date and time (YYYYMMDDTHHMMSS)</source>
        <translation>«%1» non è una data e ora valida (YYYYMMDDTHHMMSS)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="120" />
        <source>“%1” in %2 is not a valid date or time</source>
        <translation>«%1» in %2 non è una data o un'ora valida</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="131" />
        <source>the repeat rule “%1” cannot be read</source>
        <translation>la regola di ripetizione «%1» non è leggibile</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="132" />
        <source>the duration “%1” cannot be read</source>
        <translation>la durata «%1» non è leggibile</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="139" />
        <source>“%1” is not a UTC offset (+HHMM)</source>
        <translation>«%1» non è una differenza da UTC (+HHMM)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="153" />
        <source>Line %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="158" />
        <source>The calendar file is %1 MiB; MentorDesk reads calendar files of up to %2 MiB.</source>
        <translation>Il file di calendario è di %1 MiB; MentorDesk legge file di calendario fino a %2 MiB.</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="172" />
        <source>line</source>
        <translation>riga</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="175" />
        <source>the %1 of the event on line %2</source>
        <translation>la proprietà %1 dell'evento alla riga %2</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="176" />
        <source>this %1</source>
        <translation>questa %1</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="178" />
        <source>%1 is longer than the %2 KiB MentorDesk reads in one line</source>
        <translation>%1 supera i %2 KiB che MentorDesk legge in una riga</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="196" />
        <source>the file holds a NUL byte</source>
        <translation>il file contiene un byte NUL</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="220" />
        <source>a continuation line with nothing to continue</source>
        <translation>una riga di continuazione senza nulla da continuare</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="242" />
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="251" />
        <source>text after the end of the calendar (END:VCALENDAR)</source>
        <translation>testo dopo la fine del calendario (END:VCALENDAR)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="254" />
        <source>a calendar file starts with BEGIN:VCALENDAR</source>
        <translation>un file di calendario inizia con BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="259" />
        <source>BEGIN without a component name</source>
        <translation>BEGIN senza nome del componente</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="269" />
        <source>END:%1 does not close BEGIN:%2 from line %3</source>
        <translation>END:%1 non chiude BEGIN:%2 della riga %3</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="274" />
        <source>the event that starts here has no start time (DTSTART)</source>
        <translation>l'evento che inizia qui non ha un orario di inizio (DTSTART)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="288" />
        <source>the file ends before END:%1 (opened on line %2)</source>
        <translation>il file termina prima di END:%1 (aperto alla riga %2)</translation>
    </message>
</context>
<context>
    <name>md::IcsWriter</name>
    <message>
        <location filename="../core/ics/IcsWriter.cpp" line="208" />
        <source>Mentoring session</source>
        <translation>Sessione di mentoring</translation>
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
        <translation>Importa clienti</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="24" />
        <source>&amp;Choose File…</source>
        <translation>&amp;Scegli file…</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="33" />
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="45" />
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="56" />
        <source>Duplicates (same email, or same name without one):</source>
        <translation>Duplicati (stessa e-mail, o stesso nome in assenza di e-mail):</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="63" />
        <source>&amp;Skip</source>
        <translation>Sal&amp;ta</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="73" />
        <source>&amp;Merge into the existing client</source>
        <translation>&amp;Unisci al cliente esistente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="77" />
        <source>Choose a CSV or vCard file exported from your contacts or a spreadsheet.</source>
        <translation>Scegliere un file CSV o vCard esportato dalla rubrica o da un foglio di calcolo.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="79" />
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="97" />
        <source>Contacts (*.csv *.vcf *.vcard *.txt);;CSV files (*.csv);;vCard files (*.vcf *.vcard)</source>
        <translation>Contatti (*.csv *.vcf *.vcard *.txt);;File CSV (*.csv);;File vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="114" />
        <source>The file is larger than %1 MB.</source>
        <translation>Il file supera %1 MB.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="116" />
        <source>Could not read the file: %1</source>
        <translation>Impossibile leggere il file: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="151" />
        <source>… and %n more.</source>
        <translation>
            <numerusform>… e %n altro.</numerusform>
            <numerusform>… e altri %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="190" />
        <source>%1 to add, %2 to merge, %3 to skip.</source>
        <translation>%1 da aggiungere, %2 da unire, %3 da saltare.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="205" />
        <source>Imported from %1: %2 added, %3 merged, %4 skipped.</source>
        <translation>Importati da %1: %2 aggiunti, %3 uniti, %4 saltati.</translation>
    </message>
</context>
<context>
    <name>md::ImportPreviewModel</name>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="41" />
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="43" />
        <source>Merge (%1)</source>
        <translation>Unisci (%1)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="45" />
        <source>Skip (%1)</source>
        <translation>Salta (%1)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="56" />
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="58" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="60" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="62" />
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="64" />
        <source>What happens</source>
        <translation>Che cosa succede</translation>
    </message>
</context>
<context>
    <name>md::ImportedContact</name>
    <message>
        <location filename="../core/import/ImportedContact.cpp" line="29" />
        <source>Other e-mail: %1</source>
        <translation>Altra e-mail: %1</translation>
    </message>
    <message>
        <location filename="../core/import/ImportedContact.cpp" line="32" />
        <source>Other phone: %1</source>
        <translation>Altro telefono: %1</translation>
    </message>
</context>
<context>
    <name>md::Invoice</name>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="53" />
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="55" />
        <source>Issued</source>
        <translation>Emessa</translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="57" />
        <source>Partially paid</source>
        <translation>Pagata in parte</translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="59" />
        <source>Paid</source>
        <translation>Pagata</translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="61" />
        <source>Overdue</source>
        <translation>Scadute</translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="63" />
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
</context>
<context>
    <name>md::InvoiceCsvExporter</name>
    <message>
        <location filename="../core/export/InvoiceCsvExporter.cpp" line="107" />
        <source>Could not create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
</context>
<context>
    <name>md::InvoiceEditorDialog</name>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="6" />
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="30" />
        <source>New invoice</source>
        <translation>Nuova fattura</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="30" />
        <source>Edit draft invoice</source>
        <translation>Modifica bozza di fattura</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="53" />
        <source>Add line</source>
        <translation>Aggiungi riga</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="63" />
        <source>Add held sessions</source>
        <translation>Aggiungi sessioni svolte</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="60" />
        <source>Adds the client's held sessions that are not billed yet and not paid by a package.</source>
        <translation>Aggiunge le sessioni svolte del cliente non ancora fatturate e non pagate con un pacchetto.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="17" />
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="70" />
        <source>From price list</source>
        <translation>Dal listino prezzi</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="110" />
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="186" />
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="131" />
        <source>Single sessions added to Billing › Price list appear here.</source>
        <translation>Qui compaiono le sessioni singole aggiunte in Fatturazione › Listino prezzi.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="132" />
        <source>Adds a line priced from the price list.</source>
        <translation>Aggiunge una riga con il prezzo del listino.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="77" />
        <source>Remove line</source>
        <translation>Rimuovi riga</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="91" />
        <source>&amp;Tax of the line:</source>
        <translation>&amp;IVA della riga:</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="101" />
        <source>The tax rate of the selected line, from the business settings.</source>
        <translation>L'aliquota IVA della riga selezionata, dalle impostazioni dell'attività.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="129" />
        <source>Printed under the lines (optional)</source>
        <translation>Stampato sotto le righe (facoltativo)</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="166" />
        <source>Save draft</source>
        <translation>Salva bozza</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="179" />
        <source>Save and issue…</source>
        <translation>Salva ed emetti…</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="176" />
        <source>Gives the invoice its number. An issued invoice can no longer be changed, only cancelled by a credit note.</source>
        <translation>Assegna il numero alla fattura. Una fattura emessa non può più essere modificata, solo annullata con una nota di credito.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="268" />
        <source>This client has no held sessions left to bill.</source>
        <translation>Questo cliente non ha più sessioni svolte da fatturare.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="189" />
        <source>This draft was deleted elsewhere. Copy what you need; it can no longer be saved.</source>
        <translation>Questa bozza è stata eliminata altrove. Copiare ciò che serve: non può più essere salvata.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="193" />
        <source>This invoice was issued elsewhere as %1 and can no longer be changed.</source>
        <translation>Questa fattura è stata emessa altrove con il numero %1 e non può più essere modificata.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="196" />
        <source>This draft was changed elsewhere. Saving replaces those changes with yours.</source>
        <translation>Questa bozza è stata modificata altrove. Salvando, quelle modifiche vengono sostituite dalle proprie.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="272" />
        <source>Add sessions</source>
        <translation>Aggiungi sessioni</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="275" />
        <source>Set the session price…</source>
        <translation>Imposta il prezzo della sessione…</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="285" />
        <source>Mentoring session</source>
        <translation>Sessione di mentoring</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="323" />
        <source>Net – · Tax – · Total –</source>
        <translation>Imponibile – · IVA – · Totale –</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="339" />
        <source>%1 % on %2: %3</source>
        <translation>%1 % su %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="358" />
        <source>Net %1 · Tax %2 · Total %3</source>
        <translation>Imponibile %1 · IVA %2 · Totale %3</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="398" />
        <source>Issue invoice</source>
        <translation>Emetti fattura</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="399" />
        <source>Issue this invoice for %1?

It gets the next invoice number and can no longer be changed afterwards; mistakes are corrected with a credit note.</source>
        <translation>Emettere questa fattura per %1?

Riceve il numero di fattura successivo e in seguito non potrà più essere modificata; gli errori si correggono con una nota di credito.</translation>
    </message>
</context>
<context>
    <name>md::InvoiceLinesModel</name>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="125" />
        <source>Line %1 needs a description.</source>
        <translation>La riga %1 richiede una descrizione.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="128" />
        <source>Line %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="234" />
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="236" />
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="238" />
        <source>Unit price (%1)</source>
        <translation>Prezzo unitario (%1)</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="240" />
        <source>Tax %</source>
        <translation>IVA %</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="242" />
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
</context>
<context>
    <name>md::InvoiceListModel</name>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="193" />
        <location filename="../ui/billing/InvoiceListModel.cpp" line="231" />
        <source>Draft %1</source>
        <translation>Bozza %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="194" />
        <location filename="../ui/billing/InvoiceListModel.cpp" line="231" />
        <source>%1 (credit note)</source>
        <translation>%1 (nota di credito)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/InvoiceListModel.cpp" line="201" />
        <location filename="../ui/billing/InvoiceListModel.cpp" line="225" />
        <source>Overdue (%n day(s))</source>
        <translation>
            <numerusform>Scaduta (%n giorno)</numerusform>
            <numerusform>Scaduta (%n giorni)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="203" />
        <location filename="../ui/billing/InvoiceListModel.cpp" line="225" />
        <source>Credit note</source>
        <translation>Nota di credito</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="239" />
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="241" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="243" />
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="245" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="247" />
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="249" />
        <source>Outstanding</source>
        <translation>Da pagare</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="251" />
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
</context>
<context>
    <name>md::InvoiceMath</name>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="41" />
        <source>"%1" is not a quantity (write a number such as 1 or 1.5, with at most three decimals, not zero).</source>
        <translation>«%1» non è una quantità (scrivere un numero come 1 o 1,5, con al massimo tre decimali, diverso da zero).</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="62" />
        <source>"%1" is not a tax rate (write a percentage between 0 and 100 such as 19 or 7.5).</source>
        <translation>«%1» non è un'aliquota (scrivere una percentuale tra 0 e 100, come 22 o 4).</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="80" />
        <source>A line's quantity must be between 0.001 and 1,000,000.</source>
        <translation>La quantità di una riga deve essere compresa tra 0,001 e 1.000.000.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="82" />
        <source>A line's unit price is too large.</source>
        <translation>Il prezzo unitario di una riga è troppo alto.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="85" />
        <source>A tax rate must be between 0 and 100 percent.</source>
        <translation>Un'aliquota deve essere compresa tra 0 e 100 per cento.</translation>
    </message>
</context>
<context>
    <name>md::InvoiceNumberPattern</name>
    <message>
        <location filename="../core/billing/InvoiceNumberPattern.cpp" line="27" />
        <source>The invoice number pattern pads to at most 9 digits.</source>
        <translation>Il formato del numero di fattura arriva al massimo a 9 cifre.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceNumberPattern.cpp" line="36" />
        <source>The invoice number pattern "%1" has an unknown {token}; use {YYYY}, {YY} and {NNNN}.</source>
        <translation>Il formato del numero di fattura «%1» contiene un {segnaposto} sconosciuto; usare {YYYY}, {YY} e {NNNN}.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceNumberPattern.cpp" line="41" />
        <source>The invoice number pattern "%1" needs a year ({YYYY} or {YY}) and exactly one sequence number ({NNNN}), because numbering restarts every year.</source>
        <translation>Il formato del numero di fattura «%1» richiede un anno ({YYYY} o {YY}) ed esattamente un numero progressivo ({NNNN}), perché la numerazione ricomincia ogni anno.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceNumberPattern.cpp" line="48" />
        <source>The invoice number pattern "%1" is too long or holds a \ or ".</source>
        <translation>Il formato del numero di fattura «%1» è troppo lungo o contiene \ o ".</translation>
    </message>
</context>
<context>
    <name>md::InvoicePdfRenderer</name>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="107" />
        <source>Tax ID %1</source>
        <translation>Partita IVA %1</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="113" />
        <source>Draft invoice %1.pdf</source>
        <translation>Bozza di fattura %1.pdf</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="116" />
        <source>Credit note %1.pdf</source>
        <translation>Nota di credito %1.pdf</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="116" />
        <source>Invoice %1.pdf</source>
        <translation>Fattura %1.pdf</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="139" />
        <source>Credit note</source>
        <translation>Nota di credito</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="140" />
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="143" />
        <source>DRAFT – not a valid invoice</source>
        <translation>BOZZA – fattura non valida</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="145" />
        <source>Credit note no.</source>
        <translation>Nota di credito n.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="146" />
        <source>Invoice no.</source>
        <translation>Fattura n.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="148" />
        <source>(draft)</source>
        <translation>(bozza)</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="149" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="154" />
        <source>Due date</source>
        <translation>Data di scadenza</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="159" />
        <source>Corrects invoice</source>
        <translation>Rettifica la fattura</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="162" />
        <source>Tax ID</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="163" />
        <source>BILL TO</source>
        <translation>INTESTATARIO</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="167" />
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="168" />
        <source>Qty</source>
        <translation>Q.tà</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="170" />
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="171" />
        <source>Tax</source>
        <translation>IVA</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="172" />
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="197" />
        <source>Subtotal (net)</source>
        <translation>Imponibile</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="206" />
        <source>Tax %1 % on %2</source>
        <translation>IVA %1 % su %2</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="214" />
        <source>Total tax</source>
        <translation>Totale IVA</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="220" />
        <source>Total credited</source>
        <translation>Totale accreditato</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="221" />
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="233" />
        <source>Paid / credit applied</source>
        <translation>Pagato / credito applicato</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="235" />
        <source>Paid and credited</source>
        <translation>Pagato e accreditato</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="236" />
        <source>Cancelled by credit note</source>
        <translation>Annullata con nota di credito</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="238" />
        <source>Balance due</source>
        <translation>Saldo da pagare</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="245" />
        <source>PAYMENT</source>
        <translation>PAGAMENTO</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="255" />
        <source>The amount of %1 is credited to your account or refunded.</source>
        <translation>L'importo di %1 viene accreditato sul conto del cliente o rimborsato.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="260" />
        <source>Nothing is to be paid or refunded: the invoice is cancelled.</source>
        <translation>Nulla da pagare o da rimborsare: la fattura è annullata.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="265" />
        <source>Nothing is due: this invoice has been cancelled by a credit note.</source>
        <translation>Nulla da pagare: questa fattura è stata annullata con una nota di credito.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="268" />
        <source>Nothing is due: this invoice has been paid.</source>
        <translation>Nulla da pagare: questa fattura è stata pagata.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="273" />
        <source>the invoice number</source>
        <translation>il numero della fattura</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="276" />
        <source>Please transfer %1 by %2, quoting %3.</source>
        <translation>Si prega di bonificare %1 entro il %2, indicando %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="279" />
        <source>Please transfer %1 within %n day(s), quoting %2.</source>
        <translation>
            <numerusform>Si prega di bonificare %1 entro %n giorno, indicando %2.</numerusform>
            <numerusform>Si prega di bonificare %1 entro %n giorni, indicando %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="285" />
        <source>Account holder</source>
        <translation>Titolare del conto</translation>
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
        <translation>Banca</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="304" />
        <source>Thank you for your trust.</source>
        <translation>Grazie per la fiducia.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="333" />
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="339" />
        <source>The invoice has no lines to print.</source>
        <translation>La fattura non ha righe da stampare.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="300" />
        <source>CANCELLATION POLICY</source>
        <translation>CONDIZIONI DI DISDETTA</translation>
    </message>
</context>
<context>
    <name>md::InvoiceReadiness</name>
    <message>
        <location filename="../core/billing/InvoiceReadiness.cpp" line="12" />
        <source>your name</source>
        <translation>il proprio nome</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceReadiness.cpp" line="14" />
        <source>your address</source>
        <translation>il proprio indirizzo</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceReadiness.cpp" line="16" />
        <source>your tax number</source>
        <translation>la propria partita IVA</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceReadiness.cpp" line="18" />
        <source>%1's billing address</source>
        <translation>l'indirizzo di fatturazione di %1</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceReadiness.cpp" line="20" />
        <source>your bank details</source>
        <translation>le proprie coordinate bancarie</translation>
    </message>
</context>
<context>
    <name>md::InvoiceRecipient</name>
    <message>
        <location filename="../core/billing/InvoiceRecipient.cpp" line="10" />
        <source>Choose a client.</source>
        <translation>Scegliere un cliente.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/InvoiceRecipient.cpp" line="14" />
        <source>The billing name is longer than %n character(s).</source>
        <translation>
            <numerusform>La denominazione di fatturazione supera %n carattere.</numerusform>
            <numerusform>La denominazione di fatturazione supera %n caratteri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/InvoiceRecipient.cpp" line="18" />
        <source>The address has more than %n line(s).</source>
        <translation>
            <numerusform>L'indirizzo ha più di %n riga.</numerusform>
            <numerusform>L'indirizzo ha più di %n righe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/InvoiceRecipient.cpp" line="22" />
        <source>An address line is longer than %n character(s).</source>
        <translation>
            <numerusform>Una riga dell'indirizzo supera %n carattere.</numerusform>
            <numerusform>Una riga dell'indirizzo supera %n caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceRecipient.cpp" line="30" />
        <source>'%1' is not a tax id: use letters, digits, spaces, '.', '/' or '-', at most %2 characters.</source>
        <translation>'%1' non è una partita IVA o un codice fiscale: usare lettere, cifre, spazi, '.', '/' o '-', al massimo %2 caratteri.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceRecipient.cpp" line="37" />
        <source>'%1' is not an e-mail address.</source>
        <translation>'%1' non è un indirizzo e-mail.</translation>
    </message>
</context>
<context>
    <name>md::InvoiceRecipientRepository</name>
    <message>
        <location filename="../core/storage/InvoiceRecipientRepository.cpp" line="21" />
        <location filename="../core/storage/InvoiceRecipientRepository.cpp" line="30" />
        <source>Could not read the billing address</source>
        <translation>Impossibile leggere l'indirizzo di fatturazione</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRecipientRepository.cpp" line="47" />
        <source>Could not save the billing address</source>
        <translation>Impossibile salvare l'indirizzo di fatturazione</translation>
    </message>
</context>
<context>
    <name>md::InvoiceRepository</name>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="24" />
        <source>Choose the client to invoice.</source>
        <translation>Scegliere il cliente da fatturare.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="27" />
        <source>"%1" is not an ISO 4217 currency code.</source>
        <translation>«%1» non è un codice valuta ISO 4217.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="30" />
        <source>A credit note must refer to the invoice it corrects.</source>
        <translation>Una nota di credito deve fare riferimento alla fattura che rettifica.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="32" />
        <source>Only a credit note refers to an invoice.</source>
        <translation>Solo una nota di credito fa riferimento a una fattura.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="35" />
        <source>Every line needs a description.</source>
        <translation>Ogni riga richiede una descrizione.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="47" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="71" />
        <source>Could not save the invoice lines</source>
        <translation>Impossibile salvare le righe della fattura</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="86" />
        <source>Could not save the invoice totals</source>
        <translation>Impossibile salvare i totali della fattura</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="114" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="169" />
        <source>Could not save the invoice</source>
        <translation>Impossibile salvare la fattura</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="151" />
        <source>Invoice %1 has been issued and can no longer be changed. Issue a credit note to correct it.</source>
        <translation>La fattura %1 è stata emessa e non può più essere modificata. Emettere una nota di credito per rettificarla.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="181" />
        <source>Invoice %1 has been issued and cannot be deleted. Issue a credit note to cancel it.</source>
        <translation>La fattura %1 è stata emessa e non può essere eliminata. Emettere una nota di credito per annullarla.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="188" />
        <source>Could not delete the draft</source>
        <translation>Impossibile eliminare la bozza</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="204" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="221" />
        <source>Could not read the invoice lines</source>
        <translation>Impossibile leggere le righe della fattura</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="101" />
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="108" />
        <source>Could not read the invoices</source>
        <translation>Impossibile leggere le fatture</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="129" />
        <source>There is no invoice with id %1.</source>
        <translation>Non esiste alcuna fattura con ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="202" />
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="214" />
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="223" />
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="230" />
        <source>Could not read the revenue</source>
        <translation>Impossibile leggere il fatturato</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="230" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="234" />
        <source>Could not read the invoice numbers</source>
        <translation>Impossibile leggere i numeri di fattura</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="324" />
        <source>Invoice %1 has already been issued.</source>
        <translation>La fattura %1 è già stata emessa.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="241" />
        <source>An invoice needs at least one line.</source>
        <translation>Una fattura richiede almeno una riga.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="245" />
        <source>An invoice cannot have a negative total; issue a credit note instead.</source>
        <translation>Una fattura non può avere un totale negativo; emettere invece una nota di credito.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="249" />
        <source>A credit note cannot have a positive total.</source>
        <translation>Una nota di credito non può avere un totale positivo.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="252" />
        <source>The due date cannot be before the issue date.</source>
        <translation>La data di scadenza non può precedere la data di emissione.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="271" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="277" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="282" />
        <source>Could not number the invoice</source>
        <translation>Impossibile numerare la fattura</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="301" />
        <source>Could not issue the invoice</source>
        <translation>Impossibile emettere la fattura</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="303" />
        <source>The invoice was issued meanwhile.</source>
        <translation>Nel frattempo la fattura è stata emessa.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="340" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="345" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="368" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="373" />
        <source>Could not read what was billed</source>
        <translation>Impossibile leggere ciò che è stato fatturato</translation>
    </message>
</context>
<context>
    <name>md::IssueNotice</name>
    <message>
        <location filename="../ui/billing/IssueNotice.cpp" line="34" />
        <source>your details under Billing › Settings › Your name and address</source>
        <translation>i propri dati in Fatturazione › Impostazioni › Nome e indirizzo</translation>
    </message>
    <message>
        <location filename="../ui/billing/IssueNotice.cpp" line="38" />
        <source>the bank details under Billing › Settings › Business settings</source>
        <translation>le coordinate bancarie in Fatturazione › Impostazioni › Impostazioni dell'attività</translation>
    </message>
    <message>
        <location filename="../ui/billing/IssueNotice.cpp" line="41" />
        <source>the client's address with Billing details… on the client's page</source>
        <translation>l'indirizzo del cliente con Dati di fatturazione… nella pagina del cliente</translation>
    </message>
    <message>
        <location filename="../ui/billing/IssueNotice.cpp" line="43" />
        <source>

The invoice will not show %1. An issued invoice cannot be changed, so set %2 first if it needs them.</source>
        <translation>

La fattura non riporterà %1. Una fattura emessa non può essere modificata, quindi impostare prima %2 se servono.</translation>
    </message>
</context>
<context>
    <name>md::KeyStore</name>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="28" />
        <source>The keychain holds no key for this workspace, or it is locked.</source>
        <translation>Il portachiavi non contiene alcuna chiave per questa area di lavoro, oppure è bloccato.</translation>
    </message>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="33" />
        <source>The keychain is locked or refused access.</source>
        <translation>Il portachiavi è bloccato o ha rifiutato l'accesso.</translation>
    </message>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="37" />
        <source>No keychain is available on this computer.</source>
        <translation>Su questo computer non è disponibile alcun portachiavi.</translation>
    </message>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="40" />
        <source>The keychain of this computer did not answer.</source>
        <translation>Il portachiavi di questo computer non ha risposto.</translation>
    </message>
</context>
<context>
    <name>md::LockedPage</name>
    <message>
        <location filename="../ui/LockedPage.cpp" line="34" />
        <source>&amp;Unlock…</source>
        <translation>&amp;Sblocca…</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="36" />
        <source>&amp;Create Workspace…</source>
        <translation>&amp;Crea area di lavoro…</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="38" />
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Apri area di lavoro…</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="69" />
        <source>MentorDesk is locked</source>
        <translation>MentorDesk è bloccato</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="69" />
        <source>No workspace open</source>
        <translation>Nessuna area di lavoro aperta</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="71" />
        <source>Your client records are encrypted and closed. Unlock with your passphrase or your recovery key.

%1</source>
        <translation>Le schede dei clienti sono cifrate e chiuse. Sbloccarle con la passphrase o con la chiave di recupero.

%1</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="74" />
        <source>Create a new encrypted workspace for your client records, or open one you already have.</source>
        <translation>Creare una nuova area di lavoro cifrata per le schede dei clienti, oppure aprirne una esistente.</translation>
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
        <translation>Aree</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112" />
        <source>Clients</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162" />
        <source>&amp;New Client</source>
        <translation>&amp;Nuovo cliente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169" />
        <source>&amp;Import Clients…</source>
        <translation>&amp;Importa clienti…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175" />
        <source>&amp;Export Workspace…</source>
        <translation>E&amp;sporta area di lavoro…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180" />
        <source>Exported the workspace (not encrypted) into %1.</source>
        <translation>Area di lavoro esportata (non cifrata) in %1.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186" />
        <source>Calendar &amp;Account…</source>
        <translation>Account di &amp;calendario…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191" />
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Apri area di lavoro…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196" />
        <source>Change &amp;Passphrase…</source>
        <translation>Cambia &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="200" />
        <source>New &amp;Recovery Key…</source>
        <translation>Nuova chiave di &amp;recupero…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204" />
        <source>&amp;Back Up Now</source>
        <translation>Esegui &amp;backup ora</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208" />
        <source>&amp;Restore from Backup…</source>
        <translation>Ripris&amp;tina da backup…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212" />
        <source>&amp;Lock</source>
        <translation>B&amp;locca</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="217" />
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="223" />
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225" />
        <source>&amp;Find</source>
        <translation>&amp;Trova</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249" />
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263" />
        <source>&amp;Compact Sidebar</source>
        <translation>Barra laterale &amp;compatta</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268" />
        <source>Show the areas as icons only, to give the page more room</source>
        <translation>Mostrare le aree solo come icone, per lasciare più spazio alla pagina</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="271" />
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="272" />
        <source>&amp;User Guide</source>
        <translation>&amp;Guida utente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="277" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="281" />
        <source>&amp;About MentorDesk</source>
        <translation>&amp;Informazioni su MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="285" />
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="410" />
        <source>Workspace folder</source>
        <translation>Cartella dell'area di lavoro</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="429" />
        <source>Locked</source>
        <translation>Bloccato</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="430" />
        <source>MentorDesk (locked)</source>
        <translation>MentorDesk (bloccato)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="490" />
        <source>About MentorDesk</source>
        <translation>Informazioni su MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="491" />
        <source>&lt;h3&gt;MentorDesk %1&lt;/h3&gt;&lt;p&gt;Clients, engagements, agreements, sessions and billing for independent mentors, kept in an encrypted workspace on your own computer.&lt;/p&gt;&lt;p&gt;Encryption: SQLCipher with a random 256-bit key; your passphrase protects it with Argon2id.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MentorDesk %1&lt;/h3&gt;&lt;p&gt;Clienti, percorsi, accordi, sessioni e fatturazione per mentor indipendenti, conservati in un'area di lavoro cifrata sul proprio computer.&lt;/p&gt;&lt;p&gt;Cifratura: SQLCipher con una chiave casuale a 256 bit, protetta dalla passphrase tramite Argon2id.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>md::MentorLetterhead</name>
    <message>
        <location filename="../core/export/MentorLetterhead.cpp" line="24" />
        <source>Tax ID %1</source>
        <translation>Partita IVA %1</translation>
    </message>
</context>
<context>
    <name>md::MentorProfileDialog</name>
    <message>
        <location filename="../ui/agreements/MentorProfileDialog.cpp" line="14" />
        <source>Mentor profile</source>
        <translation>Profilo del mentor</translation>
    </message>
</context>
<context>
    <name>md::MentorProfilePage</name>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="188" />
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="203" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Immagini (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="199" />
        <source>Choose &amp;logo…</source>
        <translation>Scegli &amp;logo…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="206" />
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="236" />
        <source>Load from &amp;image…</source>
        <translation>Carica da &amp;immagine…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="243" />
        <source>C&amp;lear</source>
        <translation>&amp;Cancella</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="34" />
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="19" />
        <source>Your profile was changed elsewhere while you were editing it. Saving replaces that change with what you see here.</source>
        <translation>Il profilo è stato modificato altrove durante la modifica. Salvando, quella modifica viene sostituita da ciò che si vede qui.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="47" />
        <source>&amp;Business name:</source>
        <translation>&amp;Ragione sociale:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="60" />
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="77" />
        <source>&amp;Tax ID:</source>
        <translation>&amp;Partita IVA:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="90" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="103" />
        <source>&amp;Phone:</source>
        <translation>&amp;Telefono:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="116" />
        <source>&amp;Documents in:</source>
        <translation>&amp;Documenti in:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="126" />
        <source>The language of your own documents, and of the documents of every client without a language of their own</source>
        <translation>La lingua dei propri documenti e di quelli di ogni cliente che non ne ha una propria</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="133" />
        <source>Co&amp;untry:</source>
        <translation>Pae&amp;se:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="145" />
        <source>The country of your business: it decides the legal wording of a small-business exemption on your invoices</source>
        <translation>Il paese della propria attività: determina la dicitura legale del regime forfettario nelle fatture</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="158" />
        <source>The two-letter ISO code of the country, such as NL</source>
        <translation>Il codice ISO di due lettere del paese, ad esempio NL</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="174" />
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="222" />
        <source>Stored signature:</source>
        <translation>Firma salvata:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="9" />
        <source>Agreements show these details in the letterhead and the parties. The stored signature can be used when you sign on screen. Everything stays in the encrypted workspace.</source>
        <translation>Gli accordi riportano questi dati nell'intestazione e nell'indicazione delle Parti. La firma salvata può essere usata quando si firma su schermo. Tutto resta nell'area di lavoro cifrata.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="120" />
        <source>Same as the interface (%1)</source>
        <translation>Come l'interfaccia (%1)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="123" />
        <source>From your IBAN or VAT number</source>
        <translation>Dall'IBAN o dalla partita IVA</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="125" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="126" />
        <source>Other…</source>
        <translation>Altro…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="168" />
        <source>Enter the two-letter code of your country, such as NL.</source>
        <translation>Inserire il codice di due lettere del proprio paese, ad esempio NL.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="171" />
        <source>"%1" is not a country code (two letters, such as NL).</source>
        <translation>«%1» non è un codice paese (due lettere, ad esempio NL).</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="182" />
        <source>No logo</source>
        <translation>Nessun logo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="187" />
        <source>Choose a logo</source>
        <translation>Scegli un logo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="193" />
        <source>Could not read %1.</source>
        <translation>Impossibile leggere %1.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="202" />
        <source>Choose an image of your signature</source>
        <translation>Scegli un'immagine della propria firma</translation>
    </message>
</context>
<context>
    <name>md::MentorProfileRepository</name>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="54" />
        <location filename="../core/storage/MentorProfileRepository.cpp" line="72" />
        <source>Could not read the mentor profile</source>
        <translation>Impossibile leggere il profilo del mentor</translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="77" />
        <source>The logo image is too large (at most 2 MB).</source>
        <translation>L'immagine del logo è troppo grande (al massimo 2 MB).</translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="78" />
        <source>The logo image could not be read. Use a PNG or JPEG file.</source>
        <translation>Non è stato possibile leggere l'immagine del logo. Usare un file PNG o JPEG.</translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="82" />
        <source>The signature image is too large (at most 2 MB).</source>
        <translation>L'immagine della firma è troppo grande (al massimo 2 MB).</translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="83" />
        <source>The signature image could not be read. Use a PNG or JPEG file.</source>
        <translation>Non è stato possibile leggere l'immagine della firma. Usare un file PNG o JPEG.</translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="98" />
        <source>Could not save the mentor profile</source>
        <translation>Impossibile salvare il profilo del mentor</translation>
    </message>
</context>
<context>
    <name>md::Migrator</name>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="60" />
        <source>This workspace was saved by a newer version of MentorDesk (data format %1; this version knows up to %2). Update MentorDesk to open it. Nothing was changed.</source>
        <translation>Questa area di lavoro è stata salvata da una versione più recente di MentorDesk (formato dei dati %1; questa versione conosce i formati fino a %2). Aggiornare MentorDesk per aprirla. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="71" />
        <source>Could not update the workspace to data format %1: %2</source>
        <translation>Impossibile aggiornare l'area di lavoro al formato dei dati %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="87" />
        <source>Could not update the workspace to data format %1 (%2): %3</source>
        <translation>Impossibile aggiornare l'area di lavoro al formato dei dati %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>md::Money</name>
    <message>
        <location filename="../core/billing/Money.cpp" line="45" />
        <source>"%1" is not an ISO 4217 currency code.</source>
        <translation>«%1» non è un codice valuta ISO 4217.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/Money.cpp" line="52" />
        <source>"%1" is not an amount in %2 (write it like %3, with at most %n decimal(s) and no thousands separators).</source>
        <translation>
            <numerusform>«%1» non è un importo in %2 (scriverlo come %3, con al massimo %n decimale e senza separatori delle migliaia).</numerusform>
            <numerusform>«%1» non è un importo in %2 (scriverlo come %3, con al massimo %n decimali e senza separatori delle migliaia).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/Money.cpp" line="90" />
        <source>"%1" is not an amount (write it like %2).</source>
        <translation>«%1» non è un importo (scriverlo come %2).</translation>
    </message>
</context>
<context>
    <name>md::MonthView</name>
    <message>
        <location filename="../ui/calendar/MonthView.cpp" line="21" />
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location filename="../ui/calendar/MonthView.cpp" line="171" />
        <source>+%1 more</source>
        <translation>+ altri %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/MonthView.cpp" line="194" />
        <source>Busy</source>
        <translation>Occupato</translation>
    </message>
    <message>
        <location filename="../ui/calendar/MonthView.cpp" line="278" />
        <source>All day</source>
        <translation>Tutto il giorno</translation>
    </message>
</context>
<context>
    <name>md::MoveFlow</name>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="30" />
        <location filename="../ui/pipeline/MoveFlow.cpp" line="36" />
        <location filename="../ui/pipeline/MoveFlow.cpp" line="86" />
        <source>Move Engagement</source>
        <translation>Sposta percorso</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="37" />
        <source>"%1" cannot move from "%2" to "%3". Engagements move one stage forward at a time, or back where rework makes sense.</source>
        <translation>«%1» non può passare da «%2» a «%3». I percorsi avanzano di una fase alla volta, oppure tornano indietro quando una rielaborazione ha senso.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="48" />
        <source>Move Engagement Back</source>
        <translation>Riporta indietro il percorso</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="49" />
        <source>Why does "%1" go back from "%2" to "%3"? The reason is recorded in the timeline.</source>
        <translation>Perché «%1» torna da «%2» a «%3»? La motivazione viene registrata nella cronologia.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="57" />
        <source>Close Engagement Early</source>
        <translation>Chiudi anticipatamente il percorso</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="58" />
        <source>Why does "%1" close early? The reason is kept with the engagement.</source>
        <translation>Perché «%1» si chiude anticipatamente? La motivazione viene conservata con il percorso.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="66" />
        <source>End Engagement</source>
        <translation>Concludi percorso</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="67" />
        <source>How did "%1" go? This note is kept as its outcome (optional).</source>
        <translation>Com'è andato «%1»? Questa nota viene conservata come esito (facoltativo).</translation>
    </message>
</context>
<context>
    <name>md::NeedListModel</name>
    <message>
        <location filename="../ui/pipeline/NeedListModel.cpp" line="124" />
        <source>Need</source>
        <translation>Bisogno</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedListModel.cpp" line="126" />
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedListModel.cpp" line="128" />
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedListModel.cpp" line="130" />
        <source>Profile links</source>
        <translation>Collegamenti al profilo</translation>
    </message>
</context>
<context>
    <name>md::NeedRepository</name>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="78" />
        <location filename="../core/storage/NeedRepository.cpp" line="110" />
        <source>Could not save the need</source>
        <translation>Impossibile salvare il bisogno</translation>
    </message>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="123" />
        <location filename="../core/storage/NeedRepository.cpp" line="126" />
        <source>Could not read the need</source>
        <translation>Impossibile leggere il bisogno</translation>
    </message>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="127" />
        <source>There is no need with id %1.</source>
        <translation>Non esiste alcun bisogno con ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="140" />
        <location filename="../core/storage/NeedRepository.cpp" line="145" />
        <source>Could not read the needs</source>
        <translation>Impossibile leggere i bisogni</translation>
    </message>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="158" />
        <source>Could not delete the need</source>
        <translation>Impossibile eliminare il bisogno</translation>
    </message>
</context>
<context>
    <name>md::NeedsTab</name>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="56" />
        <source>What the mentee needs, in their words.</source>
        <translation>Ciò di cui il mentee ha bisogno, con parole sue.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="75" />
        <source>&amp;Need:</source>
        <translation>&amp;Bisogno:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="76" />
        <source>&amp;Category:</source>
        <translation>&amp;Categoria:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="77" />
        <source>&amp;Priority:</source>
        <translation>&amp;Priorità:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="78" />
        <source>Builds on &amp;strengths:</source>
        <translation>Si basa sui punti di &amp;forza:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="79" />
        <source>Addresses &amp;weaknesses:</source>
        <translation>Affronta i punti &amp;deboli:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="83" />
        <source>&amp;New Need</source>
        <translation>&amp;Nuovo bisogno</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="83" />
        <source>&amp;Save Need</source>
        <translation>&amp;Salva bisogno</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="83" />
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="223" />
        <source>Saved the need.</source>
        <translation>Bisogno salvato.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="230" />
        <source>Delete Need</source>
        <translation>Elimina bisogno</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="231" />
        <source>Delete this need? Goals linked to it lose the link.</source>
        <translation>Eliminare questo bisogno? Gli obiettivi collegati perdono il collegamento.</translation>
    </message>
</context>
<context>
    <name>md::NewAgreementDialog</name>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="6" />
        <source>New agreement</source>
        <translation>Nuovo accordo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="126" />
        <source>Ends on</source>
        <translation>Termina il</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="30" />
        <source>&amp;Engagement:</source>
        <translation>&amp;Percorso:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="17" />
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="43" />
        <source>This client has no engagement yet: start one here</source>
        <translation>Questo cliente non ha ancora un percorso: avviarne uno qui</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="49" />
        <source>T&amp;itle:</source>
        <translation>T&amp;itolo:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="59" />
        <source>e.g. Stepping into a first leadership role</source>
        <translation>ad es. Assumere il primo ruolo di responsabilità</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="66" />
        <source>&amp;Starts on:</source>
        <translation>Inizi&amp;a il:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="92" />
        <source>Start &amp;engagement</source>
        <translation>Avvia p&amp;ercorso</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="104" />
        <source>&amp;Template:</source>
        <translation>&amp;Modello:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="117" />
        <source>End date:</source>
        <translation>Data di fine:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="163" />
        <source>Open mentor &amp;profile…</source>
        <translation>Apri p&amp;rofilo del mentor…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="170" />
        <source>Go to the c&amp;lient</source>
        <translation>Vai al c&amp;liente</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="177" />
        <source>Go to the e&amp;ngagement</source>
        <translation>Vai al perc&amp;orso</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.cpp" line="32" />
        <source>&amp;Generate draft</source>
        <translation>&amp;Genera bozza</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.cpp" line="95" />
        <source>There is no client yet. Add the client on the Clients page first: an agreement is made with a client, for an engagement.</source>
        <translation>Non c'è ancora alcun cliente. Aggiungere prima il cliente nella pagina Clienti: un accordo si stipula con un cliente, per un percorso.</translation>
    </message>
</context>
<context>
    <name>md::NewEngagementDialog</name>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="6" />
        <source>New Engagement</source>
        <translation>Nuovo percorso</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="37" />
        <source>e.g. First steps as a team lead</source>
        <translation>ad es. Primi passi come team leader</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="71" />
        <source>Not decided</source>
        <translation>Non deciso</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="14" />
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="27" />
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="44" />
        <source>&amp;Start:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="61" />
        <source>Planned s&amp;essions:</source>
        <translation>S&amp;essioni previste:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="84" />
        <source>C&amp;adence:</source>
        <translation>&amp;Frequenza:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="97" />
        <source>&amp;Format:</source>
        <translation>&amp;Modalità:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.cpp" line="37" />
        <source>Add a client first (Clients page).</source>
        <translation>Aggiungere prima un cliente (pagina Clienti).</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.cpp" line="39" />
        <source>&amp;Start Engagement</source>
        <translation>&amp;Avvia percorso</translation>
    </message>
</context>
<context>
    <name>md::NewPassphraseWidget</name>
    <message>
        <location filename="../ui/security/NewPassphraseWidget.cpp" line="32" />
        <source>Passphrase strength</source>
        <translation>Robustezza della passphrase</translation>
    </message>
    <message>
        <location filename="../ui/security/NewPassphraseWidget.cpp" line="57" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/security/NewPassphraseWidget.cpp" line="59" />
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Ripeti passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/security/NewPassphraseWidget.cpp" line="143" />
        <source>The passphrases do not match.</source>
        <translation>Le passphrase non corrispondono.</translation>
    </message>
</context>
<context>
    <name>md::NewRecoveryKeyDialog</name>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="23" />
        <source>New Recovery Key</source>
        <translation>Nuova chiave di recupero</translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="29" />
        <source>A new recovery key replaces the current one, which then no longer opens this workspace. Do this when the old key may have been seen by someone else, or is lost.

MentorDesk re-encrypts the workspace under the new key; your passphrase stays the same.</source>
        <translation>Una nuova chiave di recupero sostituisce quella attuale, che non aprirà più questa area di lavoro. Farlo quando la vecchia chiave potrebbe essere stata vista da altri, o è andata persa.

MentorDesk cifra di nuovo l'area di lavoro con la nuova chiave; la passphrase resta la stessa.</translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="42" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="59" />
        <source>&amp;Create New Key</source>
        <translation>&amp;Crea nuova chiave</translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="121" />
        <source>The passphrase is not correct.</source>
        <translation>La passphrase non è corretta.</translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="131" />
        <source>&amp;Done</source>
        <translation>&amp;Fine</translation>
    </message>
</context>
<context>
    <name>md::Offering</name>
    <message>
        <location filename="../core/billing/Offering.cpp" line="35" />
        <source>Single session</source>
        <translation>Sessione singola</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="37" />
        <source>Package</source>
        <translation>Pacchetto</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="39" />
        <source>Monthly retainer</source>
        <translation>Canone mensile</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="50" />
        <source>Give the price-list entry a name.</source>
        <translation>Assegnare un nome alla voce del listino.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="52" />
        <source>The price has no valid currency.</source>
        <translation>Il prezzo non ha una valuta valida.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="54" />
        <source>The price must be zero or more.</source>
        <translation>Il prezzo deve essere pari o superiore a zero.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="57" />
        <source>A tax rate must be between 0 and 100 percent.</source>
        <translation>Un'aliquota deve essere compresa tra 0 e 100 per cento.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="60" />
        <source>A package includes between 1 and 1000 sessions.</source>
        <translation>Un pacchetto include da 1 a 1000 sessioni.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="63" />
        <source>A package is valid for 0 (no expiry) to 120 months.</source>
        <translation>Un pacchetto è valido da 0 (senza scadenza) a 120 mesi.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="68" />
        <source>%1 of %2 used</source>
        <translation>%1 di %2 utilizzate</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="73" />
        <source>%1, valid until %2</source>
        <translation>%1, valido fino al %2</translation>
    </message>
</context>
<context>
    <name>md::OfferingDialog</name>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="6" />
        <location filename="../ui/billing/OfferingDialog.cpp" line="18" />
        <source>New price-list entry</source>
        <translation>Nuova voce del listino</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.cpp" line="18" />
        <source>Edit price-list entry</source>
        <translation>Modifica voce del listino</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.cpp" line="26" />
        <source>&amp;Price before tax (%1):</source>
        <translation>&amp;Prezzo al netto delle imposte (%1):</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="17" />
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="30" />
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="43" />
        <source>&amp;Price before tax:</source>
        <translation>&amp;Prezzo al netto delle imposte:</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="56" />
        <source>&amp;Tax rate (%):</source>
        <translation>&amp;Aliquota (%):</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="69" />
        <source>&amp;Sessions in the package:</source>
        <translation>&amp;Sessioni nel pacchetto:</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="89" />
        <source>&amp;Valid for (months):</source>
        <translation>&amp;Validità (mesi):</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="99" />
        <source>no expiry</source>
        <translation>senza scadenza</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="109" />
        <source>Offered</source>
        <translation>Offerto</translation>
    </message>
</context>
<context>
    <name>md::OfferingListModel</name>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="132" />
        <source>%1 (inactive)</source>
        <translation>%1 (inattivo)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/OfferingListModel.cpp" line="142" />
        <source>%n session(s), valid %1 months</source>
        <translation>
            <numerusform>%n sessione, valido %1 mesi</numerusform>
            <numerusform>%n sessioni, valido %1 mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/OfferingListModel.cpp" line="144" />
        <source>%n session(s), no expiry</source>
        <translation>
            <numerusform>%n sessione, senza scadenza</numerusform>
            <numerusform>%n sessioni, senza scadenza</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="146" />
        <source>per month</source>
        <translation>al mese</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="158" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="160" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="162" />
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="164" />
        <source>Tax %</source>
        <translation>IVA %</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="166" />
        <source>Terms</source>
        <translation>Condizioni</translation>
    </message>
</context>
<context>
    <name>md::OfferingRepository</name>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="64" />
        <location filename="../core/storage/OfferingRepository.cpp" line="79" />
        <source>Could not save the price-list entry</source>
        <translation>Impossibile salvare la voce del listino</translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="82" />
        <location filename="../core/storage/OfferingRepository.cpp" line="105" />
        <source>There is no price-list entry with id %1.</source>
        <translation>Non esiste alcuna voce del listino con ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="91" />
        <source>Could not delete the price-list entry</source>
        <translation>Impossibile eliminare la voce del listino</translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="100" />
        <location filename="../core/storage/OfferingRepository.cpp" line="103" />
        <location filename="../core/storage/OfferingRepository.cpp" line="115" />
        <location filename="../core/storage/OfferingRepository.cpp" line="120" />
        <location filename="../core/storage/OfferingRepository.cpp" line="131" />
        <location filename="../core/storage/OfferingRepository.cpp" line="134" />
        <source>Could not read the price list</source>
        <translation>Impossibile leggere il listino prezzi</translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="137" />
        <source>The price list has no %1 entry.</source>
        <translation>Il listino prezzi non ha alcuna voce %1.</translation>
    </message>
</context>
<context>
    <name>md::OverdueInvoiceModel</name>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="305" />
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="307" />
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="309" />
        <source>Outstanding</source>
        <translation>Da pagare</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="311" />
        <source>Days overdue</source>
        <translation>Giorni di ritardo</translation>
    </message>
</context>
<context>
    <name>md::PackageCredits</name>
    <message>
        <location filename="../core/billing/PackageCredits.cpp" line="80" />
        <source>Could not read the session's engagement</source>
        <translation>Impossibile leggere il percorso della sessione</translation>
    </message>
    <message>
        <location filename="../core/billing/PackageCredits.cpp" line="91" />
        <source>Could not read the client's packages</source>
        <translation>Impossibile leggere i pacchetti del cliente</translation>
    </message>
    <message>
        <location filename="../core/billing/PackageCredits.cpp" line="103" />
        <source>Could not read the packages</source>
        <translation>Impossibile leggere i pacchetti</translation>
    </message>
</context>
<context>
    <name>md::PackageListModel</name>
    <message>
        <location filename="../ui/billing/PackageListModel.cpp" line="58" />
        <source> (expired)</source>
        <translation> (scaduto)</translation>
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
        <translation>Scegliere il percorso a cui è destinato il pacchetto.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="61" />
        <source>Describe the package.</source>
        <translation>Descrivere il pacchetto.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="63" />
        <source>A package includes at least one session.</source>
        <translation>Un pacchetto include almeno una sessione.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="65" />
        <source>The package needs a valid price.</source>
        <translation>Il pacchetto richiede un prezzo valido.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="67" />
        <source>Enter the date of the sale.</source>
        <translation>Inserire la data della vendita.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="70" />
        <source>A package cannot expire before it was sold.</source>
        <translation>Un pacchetto non può scadere prima di essere stato venduto.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="89" />
        <source>Could not record the package sale</source>
        <translation>Impossibile registrare la vendita del pacchetto</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="108" />
        <location filename="../core/storage/PackageRepository.cpp" line="125" />
        <location filename="../core/storage/PackageRepository.cpp" line="128" />
        <source>Could not read the package</source>
        <translation>Impossibile leggere il pacchetto</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="111" />
        <source>This package was already used or billed and cannot be removed.</source>
        <translation>Questo pacchetto è già stato utilizzato o fatturato e non può essere rimosso.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="116" />
        <source>Could not remove the package</source>
        <translation>Impossibile rimuovere il pacchetto</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="130" />
        <source>There is no package sale with id %1.</source>
        <translation>Non esiste alcuna vendita di pacchetto con ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="146" />
        <location filename="../core/storage/PackageRepository.cpp" line="156" />
        <source>Could not read the packages</source>
        <translation>Impossibile leggere i pacchetti</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="165" />
        <location filename="../core/storage/PackageRepository.cpp" line="168" />
        <source>Could not read the engagement</source>
        <translation>Impossibile leggere il percorso</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="170" />
        <source>There is no engagement with id %1.</source>
        <translation>Non esiste alcun percorso con ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="181" />
        <location filename="../core/storage/PackageRepository.cpp" line="186" />
        <source>Could not read the engagements</source>
        <translation>Impossibile leggere i percorsi</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="222" />
        <location filename="../core/storage/PackageRepository.cpp" line="243" />
        <source>Could not read the sessions</source>
        <translation>Impossibile leggere le sessioni</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="270" />
        <location filename="../core/storage/PackageRepository.cpp" line="281" />
        <source>Could not read the package credits</source>
        <translation>Impossibile leggere i crediti del pacchetto</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="287" />
        <source>Could not update the package credits</source>
        <translation>Impossibile aggiornare i crediti del pacchetto</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="317" />
        <source>Could not use a package credit</source>
        <translation>Impossibile utilizzare un credito del pacchetto</translation>
    </message>
</context>
<context>
    <name>md::PaperSigningDialog</name>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="36" />
        <source>Signed on paper: %1</source>
        <translation>Firmato su carta: %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="38" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="42" />
        <source>Attach the scan of the paper original that both of you signed by hand. MentorDesk keeps the scan as you attach it and does not check the signatures on it: look at the preview to see that it is this agreement (fingerprint %1 in its footer), signed by both of you.</source>
        <translation>Allegare la scansione dell'originale cartaceo firmato a mano da entrambe le Parti. MentorDesk conserva la scansione così come viene allegata e non ne verifica le firme: controllare nell'anteprima che si tratti di questo accordo (impronta %1 nel piè di pagina) e che sia firmato da entrambi.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="53" />
        <source>No scan chosen yet</source>
        <translation>Nessuna scansione scelta</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="54" />
        <source>&amp;Choose scan…</source>
        <translation>&amp;Scegli scansione…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="66" />
        <source>The scan's first page shows here.</source>
        <translation>Qui compare la prima pagina della scansione.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="78" />
        <source>&amp;Scan:</source>
        <translation>S&amp;cansione:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="81" />
        <source>Signed by &amp;hand on:</source>
        <translation>Firmato a &amp;mano il:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="84" />
        <source>Once recorded, %1 can no longer be changed: the scan and the agreement's PDF are sealed with this workspace's key. A change later needs an amendment.</source>
        <translation>Una volta registrato, %1 non può più essere modificato: la scansione e il PDF dell'accordo vengono sigillati con la chiave di questa area di lavoro. Una modifica successiva richiede un'integrazione.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="97" />
        <source>&amp;Record and freeze</source>
        <translation>&amp;Registra e sigilla</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="119" />
        <source>Choose the scan of the signed paper</source>
        <translation>Scegli la scansione del documento cartaceo firmato</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="123" />
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scansioni (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="123" />
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="137" />
        <source>Could not read %1.</source>
        <translation>Impossibile leggere %1.</translation>
    </message>
</context>
<context>
    <name>md::PassphraseSlot</name>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="81" />
        <source>The workspace file holds a passphrase entry MentorDesk cannot read.</source>
        <translation>Il file dell'area di lavoro contiene una voce di passphrase che MentorDesk non riesce a leggere.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="86" />
        <source>The workspace file asks for a passphrase check MentorDesk does not accept (Argon2id with %1 passes over %2 KiB; allowed are %3 to %4 passes over %5 KiB to %6 MiB). The file may have been damaged or altered: unlock with the recovery key, which sets it right.</source>
        <translation>Il file dell'area di lavoro richiede una verifica della passphrase che MentorDesk non accetta (Argon2id con %1 passaggi su %2 KiB; sono ammessi da %3 a %4 passaggi su %5 KiB fino a %6 MiB). Il file potrebbe essere stato danneggiato o alterato: sbloccarlo con la chiave di recupero, che lo ripristina correttamente.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="110" />
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Memoria insufficiente per derivare la chiave dalla passphrase.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="149" />
        <source>The stored key entry is damaged.</source>
        <translation>La voce della chiave salvata è danneggiata.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="162" />
        <source>The passphrase is not correct.</source>
        <translation>La passphrase non è corretta.</translation>
    </message>
</context>
<context>
    <name>md::PassphraseStrength</name>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="55" />
        <source>Use at least 10 characters. Several unrelated words make a passphrase that is both strong and easy to remember.</source>
        <translation>Usare almeno 10 caratteri. Più parole senza relazione tra loro formano una passphrase robusta e facile da ricordare.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/security/PassphraseStrength.cpp" line="57" />
        <source>Too short: use at least 10 characters (%n so far).</source>
        <translation>
            <numerusform>Troppo corta: usare almeno 10 caratteri (%n finora).</numerusform>
            <numerusform>Troppo corta: usare almeno 10 caratteri (%n finora).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="59" />
        <source>Strength: weak. Add more words, or mix upper and lower case, digits and symbols.</source>
        <translation>Robustezza: debole. Aggiungere altre parole, oppure combinare maiuscole e minuscole, cifre e simboli.</translation>
    </message>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="62" />
        <source>Strength: fair. A few more characters or another word would make it much harder to guess.</source>
        <translation>Robustezza: discreta. Qualche carattere o una parola in più la renderebbero molto più difficile da indovinare.</translation>
    </message>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="65" />
        <source>Strength: good.</source>
        <translation>Robustezza: buona.</translation>
    </message>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="67" />
        <source>Strength: strong.</source>
        <translation>Robustezza: elevata.</translation>
    </message>
</context>
<context>
    <name>md::Payment</name>
    <message>
        <location filename="../core/billing/Payment.cpp" line="34" />
        <source>Bank transfer</source>
        <translation>Bonifico bancario</translation>
    </message>
    <message>
        <location filename="../core/billing/Payment.cpp" line="36" />
        <source>Card</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../core/billing/Payment.cpp" line="38" />
        <source>Cash</source>
        <translation>Contanti</translation>
    </message>
    <message>
        <location filename="../core/billing/Payment.cpp" line="40" />
        <source>Other</source>
        <translation>Altro</translation>
    </message>
</context>
<context>
    <name>md::PaymentDialog</name>
    <message>
        <location filename="../ui/billing/PaymentDialog.cpp" line="18" />
        <source>Record payment for %1</source>
        <translation>Registra pagamento per %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="90" />
        <source>Bank reference or receipt number</source>
        <translation>Riferimento bancario o numero di ricevuta</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="17" />
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="27" />
        <source>Outstanding:</source>
        <translation>Da pagare:</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="37" />
        <source>&amp;Amount:</source>
        <translation>&amp;Importo:</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="50" />
        <source>Received &amp;on:</source>
        <translation>Ricevuto i&amp;l:</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="67" />
        <source>&amp;Method:</source>
        <translation>&amp;Metodo:</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="80" />
        <source>&amp;Reference:</source>
        <translation>&amp;Riferimento:</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="132" />
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="6" />
        <location filename="../ui/billing/PaymentDialog.ui" line="122" />
        <source>Record payment</source>
        <translation>Registra pagamento</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.cpp" line="22" />
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Importo (%1):</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.cpp" line="70" />
        <source>%1 more than is owed: it becomes %2's credit and is used by the next invoice.</source>
        <translation>%1 in più rispetto al dovuto: diventa un credito a favore di %2 e viene utilizzato dalla prossima fattura.</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.cpp" line="75" />
        <source>A partial payment: %1 stays open.</source>
        <translation>Pagamento parziale: resta da pagare %1.</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.cpp" line="77" />
        <source>Pays the invoice in full.</source>
        <translation>Salda interamente la fattura.</translation>
    </message>
</context>
<context>
    <name>md::PaymentListModel</name>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="79" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="81" />
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="83" />
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="85" />
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="87" />
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="89" />
        <source>Invoices</source>
        <translation>Fatture</translation>
    </message>
</context>
<context>
    <name>md::PaymentRepository</name>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="24" />
        <source>Choose the client who paid.</source>
        <translation>Scegliere il cliente che ha pagato.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="26" />
        <source>A payment must be more than zero.</source>
        <translation>Un pagamento deve essere superiore a zero.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="28" />
        <source>The payment has no valid currency.</source>
        <translation>Il pagamento non ha una valuta valida.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="30" />
        <source>Enter the date the payment was received.</source>
        <translation>Inserire la data in cui è stato ricevuto il pagamento.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="33" />
        <source>A payment cannot be received in the future.</source>
        <translation>Un pagamento non può essere ricevuto in una data futura.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="45" />
        <location filename="../core/storage/PaymentRepository.cpp" line="48" />
        <source>Could not read the invoice</source>
        <translation>Impossibile leggere la fattura</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="50" />
        <source>Could not read what is owed</source>
        <translation>Impossibile leggere gli importi dovuti</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="54" />
        <location filename="../core/storage/PaymentRepository.cpp" line="50" />
        <source>There is no invoice with id %1.</source>
        <translation>Non esiste alcuna fattura con ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="96" />
        <location filename="../core/storage/PaymentAllocations.cpp" line="114" />
        <location filename="../core/storage/PaymentAllocations.cpp" line="121" />
        <source>Could not read the client's credit</source>
        <translation>Impossibile leggere il credito del cliente</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="184" />
        <source>Could not update the payments</source>
        <translation>Impossibile aggiornare i pagamenti</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="54" />
        <source>The invoice belongs to another client.</source>
        <translation>La fattura appartiene a un altro cliente.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="57" />
        <source>The payment is in %1 but the invoice in %2.</source>
        <translation>Il pagamento è in %1, ma la fattura in %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="61" />
        <source>Payments can only be recorded for issued invoices.</source>
        <translation>I pagamenti possono essere registrati solo per fatture emesse.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="77" />
        <location filename="../core/storage/PaymentRepository.cpp" line="76" />
        <source>Could not record the payment</source>
        <translation>Impossibile registrare il pagamento</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="95" />
        <location filename="../core/storage/PaymentRepository.cpp" line="99" />
        <source>Could not read the open invoices</source>
        <translation>Impossibile leggere le fatture aperte</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="126" />
        <location filename="../core/storage/PaymentRepository.cpp" line="134" />
        <source>Could not read the payment</source>
        <translation>Impossibile leggere il pagamento</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="136" />
        <source>There is no payment with id %1.</source>
        <translation>Non esiste alcun pagamento con ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="141" />
        <source>Could not delete the payment</source>
        <translation>Impossibile eliminare il pagamento</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="198" />
        <location filename="../core/storage/PaymentRepository.cpp" line="221" />
        <source>Could not read the payments</source>
        <translation>Impossibile leggere i pagamenti</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="150" />
        <location filename="../core/storage/PaymentAllocations.cpp" line="163" />
        <location filename="../core/storage/PaymentRepository.cpp" line="233" />
        <location filename="../core/storage/PaymentRepository.cpp" line="240" />
        <source>Could not read the payments of the invoice</source>
        <translation>Impossibile leggere i pagamenti della fattura</translation>
    </message>
</context>
<context>
    <name>md::Pipeline</name>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="20" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="43" />
        <source>Profile &amp; agreement</source>
        <translation>Profilo e accordo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="21" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="44" />
        <source>Needs</source>
        <translation>Bisogni</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="22" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="45" />
        <source>Goals</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="24" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="47" />
        <source>Action plan</source>
        <translation>Piano d'azione</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="25" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="49" />
        <source>Evaluation</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="30" />
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="32" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="51" />
        <source>Maintenance</source>
        <translation>Mantenimento</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="34" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="53" />
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="36" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="55" />
        <source>Closed early</source>
        <translation>Chiuso anticipatamente</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="59" />
        <source>Weekly</source>
        <translation>Settimanale</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="61" />
        <source>Every two weeks</source>
        <translation>Ogni due settimane</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="62" />
        <source>Monthly</source>
        <translation>Mensile</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="67" />
        <source>In person</source>
        <translation>Di persona</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="69" />
        <source>Video call</source>
        <translation>Videochiamata</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="71" />
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="73" />
        <source>Mixed</source>
        <translation>Mista</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="78" />
        <source>Skill gap</source>
        <translation>Lacuna di competenze</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="80" />
        <source>Career move</source>
        <translation>Cambio di carriera</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="82" />
        <source>Promotion</source>
        <translation>Promozione</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="84" />
        <source>New role</source>
        <translation>Nuovo ruolo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="86" />
        <source>Leadership</source>
        <translation>Leadership</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="87" />
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="91" />
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="93" />
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="94" />
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="98" />
        <source>To do</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="99" />
        <source>Doing</source>
        <translation>In corso</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="100" />
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="102" />
        <source>Dropped</source>
        <translation>Abbandonato</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="107" />
        <source>Achieved</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="109" />
        <source>Partly achieved</source>
        <translation>Raggiunto in parte</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="111" />
        <source>Not achieved</source>
        <translation>Non raggiunto</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="116" />
        <source>Specific</source>
        <translation>Specifico</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="118" />
        <source>Measurable</source>
        <translation>Misurabile</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="120" />
        <source>Attainable</source>
        <translation>Raggiungibile</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="122" />
        <source>Relevant</source>
        <translation>Rilevante</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="124" />
        <source>Time-bound</source>
        <translation>Temporizzato</translation>
    </message>
</context>
<context>
    <name>md::PipelineArea</name>
    <message>
        <location filename="../ui/pipeline/PipelineArea.cpp" line="91" />
        <source>1 engagement on the board</source>
        <translation>1 percorso sulla bacheca</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineArea.cpp" line="92" />
        <source>%1 engagements on the board</source>
        <translation>%1 percorsi sulla bacheca</translation>
    </message>
</context>
<context>
    <name>md::PipelineAreas</name>
    <message>
        <location filename="../ui/pipeline/PipelineAreas.cpp" line="17" />
        <source>Pipeline</source>
        <translation>Flusso</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineAreas.cpp" line="19" />
        <source>Dashboard</source>
        <translation>Riepilogo generale</translation>
    </message>
</context>
<context>
    <name>md::PipelineBoard</name>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="37" />
        <source>&amp;New Engagement</source>
        <translation>&amp;Nuovo percorso</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="40" />
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="42" />
        <source>← &amp;Back</source>
        <translation>← &amp;Indietro</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="44" />
        <source>Move the selected engagement back a stage to rework it</source>
        <translation>Riportare il percorso selezionato alla fase precedente per rielaborarlo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="45" />
        <source>&amp;Advance →</source>
        <translation>A&amp;vanza →</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="47" />
        <source>Move the selected engagement to its next stage</source>
        <translation>Portare il percorso selezionato alla fase successiva</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="48" />
        <source>&amp;End</source>
        <translation>&amp;Concludi</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="51" />
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="54" />
        <source>Maintenance (periodic check-ins)</source>
        <translation>Mantenimento (incontri periodici)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="58" />
        <source>Close Early…</source>
        <translation>Chiudi anticipatamente…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="63" />
        <source>Stale after</source>
        <translation>Fermo dopo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="67" />
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="70" />
        <source>Warn about engagements with no activity for this long</source>
        <translation>Segnalare i percorsi senza attività da questo tempo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="84" />
        <source>No engagement is on the board yet. Start one with New Engagement, or from a client's page.</source>
        <translation>Nessun percorso è ancora sulla bacheca. Avviarne uno con Nuovo percorso, oppure dalla pagina di un cliente.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="283" />
        <source>Moved to "%1".</source>
        <translation>Spostato in «%1».</translation>
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
        <translation>Impossibile leggere la bacheca del flusso</translation>
    </message>
    <message>
        <location filename="../core/storage/PipelineReadModelRepository.cpp" line="116" />
        <source>Could not read the goals due soon</source>
        <translation>Impossibile leggere gli obiettivi in scadenza</translation>
    </message>
    <message>
        <location filename="../core/storage/PipelineReadModelRepository.cpp" line="146" />
        <source>Could not count the engagements</source>
        <translation>Impossibile contare i percorsi</translation>
    </message>
    <message>
        <location filename="../core/storage/PipelineReadModelRepository.cpp" line="173" />
        <source>Could not read the overdue actions</source>
        <translation>Impossibile leggere le azioni in ritardo</translation>
    </message>
    <message>
        <location filename="../core/storage/PipelineReadModelRepository.cpp" line="201" />
        <source>Could not read the engagements</source>
        <translation>Impossibile leggere i percorsi</translation>
    </message>
</context>
<context>
    <name>md::PipelineValidator</name>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="22" />
        <source>This text is too long (at most %1 characters).</source>
        <translation>Questo testo è troppo lungo (al massimo %1 caratteri).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="29" />
        <source>Enter a number.</source>
        <translation>Inserire un numero.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="37" />
        <source>Choose the client of this engagement.</source>
        <translation>Scegliere il cliente di questo percorso.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="38" />
        <source>Give the engagement a title.</source>
        <translation>Assegnare un titolo al percorso.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="41" />
        <source>The title is too long (at most %1 characters).</source>
        <translation>Il titolo è troppo lungo (al massimo %1 caratteri).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="43" />
        <source>Enter the start date.</source>
        <translation>Inserire la data di inizio.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="46" />
        <source>The planned number of sessions must be between 0 and %1.</source>
        <translation>Il numero di sessioni previste deve essere compreso tra 0 e %1.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="50" />
        <source>Say why the engagement closed early.</source>
        <translation>Indicare perché il percorso è stato chiuso anticipatamente.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="56" />
        <source>The fee per session cannot be negative or larger than an invoice line's price.</source>
        <translation>Il compenso per sessione non può essere negativo né superiore al prezzo di una riga di fattura.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="64" />
        <source>Describe the need.</source>
        <translation>Descrivere il bisogno.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="71" />
        <source>Say what the goal is.</source>
        <translation>Indicare l'obiettivo.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="82" />
        <source>Choose the goal this value belongs to.</source>
        <translation>Scegliere l'obiettivo a cui si riferisce questo valore.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="84" />
        <source>Enter the date of the measurement.</source>
        <translation>Inserire la data della misurazione.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="93" />
        <source>Choose the goal this action serves.</source>
        <translation>Scegliere l'obiettivo a cui serve questa azione.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="94" />
        <source>Describe the action.</source>
        <translation>Descrivere l'azione.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="102" />
        <source>Choose the goal being evaluated.</source>
        <translation>Scegliere l'obiettivo da valutare.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="105" />
        <source>The mentee's rating is from 1 to 5.</source>
        <translation>Il giudizio del mentee va da 1 a 5.</translation>
    </message>
</context>
<context>
    <name>md::PracticeRulesRepository</name>
    <message>
        <location filename="../core/storage/PracticeRulesRepository.cpp" line="18" />
        <location filename="../core/storage/PracticeRulesRepository.cpp" line="39" />
        <source>Could not read the practice settings</source>
        <translation>Impossibile leggere le impostazioni di lavoro</translation>
    </message>
    <message>
        <location filename="../core/storage/PracticeRulesRepository.cpp" line="55" />
        <source>Could not save the setting %1</source>
        <translation>Impossibile salvare l'impostazione %1</translation>
    </message>
</context>
<context>
    <name>md::PreferencesDialog</name>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="6" />
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="12" />
        <source>This computer</source>
        <translation>Questo computer</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="31" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="34" />
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="41" />
        <source>When MentorDesk has not been used for this long, it locks: the workspace is closed, the key is wiped from memory and the passphrase is needed again.</source>
        <translation>Quando MentorDesk non viene usato per questo periodo, si blocca: l'area di lavoro viene chiusa, la chiave viene cancellata dalla memoria ed è di nuovo necessaria la passphrase.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="51" />
        <source>L&amp;anguage:</source>
        <translation>L&amp;ingua:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="64" />
        <source>A new language takes effect the next time MentorDesk starts.</source>
        <translation>La nuova lingua ha effetto al successivo avvio di MentorDesk.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="74" />
        <source>&amp;Colours:</source>
        <translation>&amp;Colori:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="90" />
        <source>This workspace</source>
        <translation>Questa area di lavoro</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="99" />
        <source>&amp;Stale after:</source>
        <translation>&amp;Fermo dopo:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="109" />
        <source> days without activity</source>
        <translation> giorni senza attività</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="116" />
        <source>&amp;Remind me:</source>
        <translation>&amp;Promemoria:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="126" />
        <source> min before a session</source>
        <translation> min prima di una sessione</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="129" />
        <source>No reminders</source>
        <translation>Nessun promemoria</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="136" />
        <source>&amp;Names in lists:</source>
        <translation>&amp;Nomi negli elenchi:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="149" />
        <source>These rules are kept in the encrypted workspace, so every computer that opens it uses the same ones.</source>
        <translation>Queste regole sono conservate nell'area di lavoro cifrata, quindi ogni computer che la apre usa le stesse.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="162" />
        <source>Backups on this computer</source>
        <translation>Backup su questo computer</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="171" />
        <source>&amp;Folder:</source>
        <translation>&amp;Cartella:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="186" />
        <source>Bro&amp;wse…</source>
        <translation>Sfo&amp;glia…</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="195" />
        <source>&amp;Keep:</source>
        <translation>C&amp;onserva:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="207" />
        <source> daily</source>
        <translation> giornalieri</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="217" />
        <source> weekly</source>
        <translation> settimanali</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="227" />
        <source> monthly</source>
        <translation> mensili</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="239" />
        <source>MentorDesk makes a verified backup when you lock or quit after a change, and once a day while open. A USB drive or a synced folder keeps a copy off this computer; the backups are as encrypted as the workspace.</source>
        <translation>MentorDesk esegue un backup verificato quando si blocca o si chiude il programma dopo una modifica, e una volta al giorno mentre è aperto. Un'unità USB o una cartella sincronizzata conserva una copia al di fuori di questo computer; i backup sono cifrati come l'area di lavoro.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="21" />
        <source>&amp;Lock after inactivity:</source>
        <translation>&amp;Blocca dopo un'inattività di:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="47" />
        <source>System default</source>
        <translation>Predefinita del sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="53" />
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="54" />
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="55" />
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="59" />
        <source>Preferred name (else full name)</source>
        <translation>Nome preferito (altrimenti nome completo)</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="61" />
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="63" />
        <source>Which of a client's names the client list, the pipeline, the calendar, billing and search show. Agreements and invoices are not affected.</source>
        <translation>Quale dei nomi di un cliente mostrano l'elenco dei clienti, il flusso, il calendario, la fatturazione e la ricerca. Accordi e fatture non ne sono interessati.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="86" />
        <source>Beside the workspace folder</source>
        <translation>Accanto alla cartella dell'area di lavoro</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="92" />
        <source>Backup Folder</source>
        <translation>Cartella dei backup</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="109" />
        <source>Keep at least one backup: set the daily, weekly or monthly number above 0.</source>
        <translation>Conservare almeno un backup: impostare il numero giornaliero, settimanale o mensile sopra 0.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="121" />
        <source>The backup folder %1 does not exist or cannot be written to. Plug in the drive or choose another folder.</source>
        <translation>La cartella dei backup %1 non esiste o non è scrivibile. Collegare l'unità oppure scegliere un'altra cartella.</translation>
    </message>
</context>
<context>
    <name>md::PriceListWidget</name>
    <message>
        <location filename="../ui/billing/PriceListWidget.cpp" line="44" />
        <source>Add…</source>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <location filename="../ui/billing/PriceListWidget.cpp" line="46" />
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location filename="../ui/billing/PriceListWidget.cpp" line="48" />
        <location filename="../ui/billing/PriceListWidget.cpp" line="89" />
        <source>Deactivate</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <location filename="../ui/billing/PriceListWidget.cpp" line="89" />
        <source>Activate</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <location filename="../ui/billing/PriceListWidget.cpp" line="114" />
        <source>Saved "%1".</source>
        <translation>«%1» salvato.</translation>
    </message>
</context>
<context>
    <name>md::ProfileTab</name>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="36" />
        <source>Not decided</source>
        <translation>Non deciso</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="47" />
        <source>e.g. package of 8 sessions, paid by the employer</source>
        <translation>ad es. pacchetto di 8 sessioni, pagato dal datore di lavoro</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="50" />
        <source>Before tax. This engagement's held sessions are billed at it, whatever the price list says.</source>
        <translation>Al netto delle imposte. Le sessioni svolte di questo percorso vengono fatturate a questo importo, qualunque cosa indichi il listino prezzi.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="54" />
        <source>Your reading of the mentee's profile before the first session: background, what stands out, questions to ask.</source>
        <translation>La propria lettura del profilo del mentee prima della prima sessione: percorso professionale, che cosa emerge, domande da porre.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="59" />
        <source>Written when the engagement ends.</source>
        <translation>Compilato alla conclusione del percorso.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="64" />
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="65" />
        <source>&amp;Start:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="66" />
        <source>Planned s&amp;essions:</source>
        <translation>S&amp;essioni previste:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="67" />
        <source>&amp;Cadence:</source>
        <translation>&amp;Frequenza:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="68" />
        <source>&amp;Format:</source>
        <translation>&amp;Modalità:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="69" />
        <source>Fee &amp;note:</source>
        <translation>&amp;Nota sul compenso:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="70" />
        <source>Fee per sess&amp;ion:</source>
        <translation>Compenso per sess&amp;ione:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="71" />
        <source>O&amp;utcome:</source>
        <translation>&amp;Esito:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="77" />
        <source>Prepare A&amp;greement…</source>
        <translation>Prepara &amp;accordo…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="79" />
        <source>Generate an agreement for this engagement in the Agreements area</source>
        <translation>Generare un accordo per questo percorso nell'area Accordi</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="86" />
        <source>The client's profile</source>
        <translation>Il profilo del cliente</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="91" />
        <source>&amp;Profile-study notes:</source>
        <translation>Note di studio del &amp;profilo:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="96" />
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="211" />
        <source>Background</source>
        <translation>Percorso professionale</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="212" />
        <source>Strengths</source>
        <translation>Punti di forza</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="213" />
        <source>Weaknesses</source>
        <translation>Punti deboli</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="214" />
        <source>Aspirations</source>
        <translation>Aspirazioni</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="218" />
        <source>The client's profile is empty. Fill it in on the Clients page; the needs link to its strengths and weaknesses.</source>
        <translation>Il profilo del cliente è vuoto. Compilarlo nella pagina Clienti; i bisogni si collegano ai suoi punti di forza e punti deboli.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="231" />
        <source>A signed agreement with confidentiality terms is on record.</source>
        <translation>È registrato un accordo firmato con clausole di riservatezza.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="233" />
        <source>Leaving this stage also needs a signed agreement with confidentiality terms (see Agreements).</source>
        <translation>Per lasciare questa fase serve anche un accordo firmato con clausole di riservatezza (vedere Accordi).</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="278" />
        <source>Saved "%1".</source>
        <translation>«%1» salvato.</translation>
    </message>
</context>
<context>
    <name>md::ProgressChart</name>
    <message>
        <location filename="../ui/pipeline/ProgressChart.cpp" line="16" />
        <source>Progress chart</source>
        <translation>Grafico dei progressi</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProgressChart.cpp" line="41" />
        <source>Enter a baseline and a target to chart progress.</source>
        <translation>Inserire un valore iniziale e un valore obiettivo per rappresentare i progressi.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProgressChart.cpp" line="73" />
        <source>No progress recorded yet.</source>
        <translation>Ancora nessun progresso registrato.</translation>
    </message>
</context>
<context>
    <name>md::RecoveryKey</name>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="74" />
        <source>Group %1 of the recovery key has the letter O; a recovery key has only the digit 0 (zero).</source>
        <translation>Il gruppo %1 della chiave di recupero contiene la lettera O; una chiave di recupero contiene solo la cifra 0 (zero).</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="79" />
        <source>Group %1 of the recovery key has the letter I or L; a recovery key has only the digit 1 (one).</source>
        <translation>Il gruppo %1 della chiave di recupero contiene la lettera I o L; una chiave di recupero contiene solo la cifra 1 (uno).</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="84" />
        <source>Group %1 of the recovery key has a character that is not in a recovery key: it has only the digits 0-9, the letters A-F and dashes.</source>
        <translation>Il gruppo %1 della chiave di recupero contiene un carattere che non può comparire in una chiave di recupero: contiene solo le cifre 0-9, le lettere A-F e trattini.</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="103" />
        <source>Group %1 of the recovery key is too short: every group has four characters.</source>
        <translation>Il gruppo %1 della chiave di recupero è troppo corto: ogni gruppo ha quattro caratteri.</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="108" />
        <source>Group %1 of the recovery key is too long: every group has four characters.</source>
        <translation>Il gruppo %1 della chiave di recupero è troppo lungo: ogni gruppo ha quattro caratteri.</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="127" />
        <source>A recovery key contains only the digits 0-9, the letters A-F and dashes.</source>
        <translation>Una chiave di recupero contiene solo le cifre 0-9, le lettere A-F e trattini.</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="137" />
        <source>This recovery key is too long: a recovery key has 64 digits and letters (16 groups of four).</source>
        <translation>Questa chiave di recupero è troppo lunga: una chiave di recupero ha 64 cifre e lettere (16 gruppi di quattro).</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="141" />
        <source>A recovery key has 64 digits and letters (16 groups of four); this one has %1.</source>
        <translation>Una chiave di recupero ha 64 cifre e lettere (16 gruppi di quattro); questa ne ha %1.</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="146" />
        <source>The recovery key could not be read.</source>
        <translation>Non è stato possibile leggere la chiave di recupero.</translation>
    </message>
</context>
<context>
    <name>md::RecoveryKeyDocument</name>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="27" />
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="31" />
        <source>MentorDesk recovery key</source>
        <translation>Chiave di recupero di MentorDesk</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="56" />
        <source>Workspace: %1</source>
        <translation>Area di lavoro: %1</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="59" />
        <source>Workspace folder: %1</source>
        <translation>Cartella dell'area di lavoro: %1</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="62" />
        <source>Workspace ID: %1</source>
        <translation>ID dell'area di lavoro: %1</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="65" />
        <source>Made on: %1</source>
        <translation>Creata il: %1</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="72" />
        <source>Keep this page somewhere safe, away from your computer. Anyone who has this key can read every client record in the workspace.</source>
        <translation>Conservare questa pagina in un luogo sicuro, lontano dal computer. Chiunque possieda questa chiave può leggere tutte le schede dei clienti dell'area di lavoro.</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="79" />
        <source>In MentorDesk</source>
        <translation>In MentorDesk</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="80" />
        <source>On the unlock screen choose "Use recovery key instead" and type the key. Dashes and spaces are optional. Then set a new passphrase with File &gt; Change Passphrase.</source>
        <translation>Nella schermata di sblocco scegliere «Usa invece la chiave di recupero» e digitare la chiave. Trattini e spazi sono facoltativi. Impostare poi una nuova passphrase con File &gt; Cambia passphrase.</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="88" />
        <source>Without MentorDesk</source>
        <translation>Senza MentorDesk</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="89" />
        <source>The database is a standard SQLCipher 3 file. Open it with the sqlcipher command-line tool:</source>
        <translation>Il database è un normale file SQLCipher 3. Aprirlo con lo strumento a riga di comando sqlcipher:</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="97" />
        <source>the 64 digits of the key without dashes</source>
        <translation>le 64 cifre della chiave senza trattini</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="115" />
        <source>%1 · workspace %2</source>
        <translation>%1 · area di lavoro %2</translation>
    </message>
</context>
<context>
    <name>md::RecoveryKeyView</name>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="29" />
        <source>This recovery key opens your workspace if you forget your passphrase. It is shown only now. Print it or write it down and keep it somewhere safe, away from this computer. Anyone who has it can read your client records.</source>
        <translation>Questa chiave di recupero apre l'area di lavoro se si dimentica la passphrase. Viene mostrata solo ora. Stamparla o trascriverla e conservarla in un luogo sicuro, lontano da questo computer. Chiunque la possieda può leggere le schede dei clienti.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="41" />
        <source>Recovery key</source>
        <translation>Chiave di recupero</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="51" />
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="54" />
        <source>Copy the recovery key, to paste it into a password manager. The clipboard is cleared after a minute.</source>
        <translation>Copiare la chiave di recupero, per incollarla in un gestore di password. Gli appunti vengono svuotati dopo un minuto.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="58" />
        <source>&amp;Save as PDF…</source>
        <translation>Salva come &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="61" />
        <source>Save the recovery key sheet as a PDF, for example on a USB stick you keep apart</source>
        <translation>Salvare il foglio della chiave di recupero in PDF, ad esempio su una chiavetta USB da conservare separatamente</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="64" />
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="66" />
        <source>Print the recovery key sheet to keep it on paper</source>
        <translation>Stampare il foglio della chiave di recupero per conservarlo su carta</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="165" />
        <source>The recovery key is no longer shown.</source>
        <translation>La chiave di recupero non viene più mostrata.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="178" />
        <source>Save Recovery Key as PDF</source>
        <translation>Salva la chiave di recupero come PDF</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="179" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="183" />
        <source>MentorDesk recovery key.pdf</source>
        <translation>Chiave di recupero MentorDesk.pdf</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="189" />
        <source>Save Recovery Key</source>
        <translation>Salva la chiave di recupero</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="192" />
        <source>Saved as %1. Keep the file apart from this computer.</source>
        <translation>Salvata come %1. Conservare il file separatamente da questo computer.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="203" />
        <source>Copied. MentorDesk clears the clipboard in a minute if the key is still on it.</source>
        <translation>Copiata. MentorDesk svuota gli appunti entro un minuto se la chiave vi si trova ancora.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="76" />
        <source>I have stored my recovery key somewhere safe</source>
        <translation>Ho conservato la chiave di recupero in un luogo sicuro</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="152" />
        <location filename="../ui/security/RecoveryKeyView.cpp" line="158" />
        <source>Print Recovery Key</source>
        <translation>Stampa chiave di recupero</translation>
    </message>
</context>
<context>
    <name>md::Recurrence</name>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="68" />
        <source>The series needs a valid first date and time.</source>
        <translation>La serie richiede una prima data e ora valide.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="71" />
        <source>The repeat interval must be between 1 and 12.</source>
        <translation>L'intervallo di ripetizione deve essere compreso tra 1 e 12.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="76" />
        <source>A series ends either after a number of sessions or on a date.</source>
        <translation>Una serie termina dopo un numero di sessioni oppure in una data.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="79" />
        <source>A series can have at most %1 sessions.</source>
        <translation>Una serie può avere al massimo %1 sessioni.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="82" />
        <source>The series ends before its first session.</source>
        <translation>La serie termina prima della sua prima sessione.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="89" />
        <source>The weekday of the month must be the 1st to the 5th or the last.</source>
        <translation>Il giorno della settimana nel mese deve essere dal 1° al 5° oppure l'ultimo.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="94" />
        <source>The first session is not on the weekday of the month the series repeats on.</source>
        <translation>La prima sessione non cade nel giorno della settimana del mese su cui si ripete la serie.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="112" />
        <location filename="../core/scheduling/Recurrence.cpp" line="118" />
        <source>The repeat rule is not valid.</source>
        <translation>La regola di ripetizione non è valida.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="171" />
        <source>Every week on %1</source>
        <translation>Ogni settimana di %1</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="172" />
        <source>Every two weeks on %1</source>
        <translation>Ogni due settimane di %1</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="173" />
        <source>Every %1 weeks on %2</source>
        <translation>Ogni %1 settimane di %2</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="176" />
        <source>Every month on day %1</source>
        <translation>Ogni mese il giorno %1</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="177" />
        <source>Every %1 months on day %2</source>
        <translation>Ogni %1 mesi il giorno %2</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="179" />
        <source>first</source>
        <translation>prima</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="180" />
        <source>second</source>
        <translation>seconda</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="181" />
        <source>third</source>
        <translation>terza</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="182" />
        <source>fourth</source>
        <translation>quarta</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="183" />
        <source>fifth</source>
        <translation>quinta</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="185" />
        <source>last</source>
        <translation>ultima</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="187" />
        <source>Every month on the %1 %2</source>
        <translation>Ogni mese, %2 (%1 settimana del mese)</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="188" />
        <source>Every %1 months on the %2 %3</source>
        <translation>Ogni %1 mesi, %3 (%2 settimana del mese)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/scheduling/Recurrence.cpp" line="191" />
        <source>%1, %n time(s)</source>
        <translation>
            <numerusform>%1, %n volta</numerusform>
            <numerusform>%1, %n volte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="193" />
        <source>%1, until %2</source>
        <translation>%1, fino al %2</translation>
    </message>
</context>
<context>
    <name>md::RestoreDialog</name>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="6" />
        <source>Restore from Backup</source>
        <translation>Ripristina da backup</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="12" />
        <source>A restore makes a workspace from a verified backup. The copy is checked against the backup's checksums before it opens.</source>
        <translation>Un ripristino crea un'area di lavoro da un backup verificato. La copia viene controllata con i checksum del backup prima dell'apertura.</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="27" />
        <source>&amp;Backup:</source>
        <translation>&amp;Backup:</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="49" />
        <source>Other &amp;Folder…</source>
        <translation>Altra &amp;cartella…</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="65" />
        <source>Restore as:</source>
        <translation>Ripristina come:</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="72" />
        <source>A &amp;new workspace in this folder:</source>
        <translation>Una &amp;nuova area di lavoro in questa cartella:</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="87" />
        <source>Bro&amp;wse…</source>
        <translation>Sfo&amp;glia…</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="96" />
        <source>In &amp;place of the current workspace (it is moved aside, not deleted)</source>
        <translation>Al &amp;posto dell'area di lavoro attuale (viene spostata, non eliminata)</translation>
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
        <translation>Usa invece la chiave di &amp;recupero</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="127" />
        <source>The passphrase the workspace had when the backup was made, or the recovery key.</source>
        <translation>La passphrase che l'area di lavoro aveva al momento del backup, oppure la chiave di recupero.</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="28" />
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="49" />
        <source>&amp;Recovery key:</source>
        <translation>Chiave di r&amp;ecupero:</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="84" />
        <source>%1 (automatic)</source>
        <translation>%1 (automatico)</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="89" />
        <source>There is no verified backup in %1. Choose the folder that holds your backups.</source>
        <translation>Non c'è alcun backup verificato in %1. Scegliere la cartella che contiene i backup.</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="97" />
        <source>Folder with Backups</source>
        <translation>Cartella con i backup</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="104" />
        <source>Folder for the Restored Workspace</source>
        <translation>Cartella per l'area di lavoro ripristinata</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="117" />
        <source>%1 MB, verified, in %2</source>
        <translation>%1 MB, verificato, in %2</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="144" />
        <source>%1 already holds a workspace. Choose a new or empty folder.</source>
        <translation>%1 contiene già un'area di lavoro. Scegliere una cartella nuova o vuota.</translation>
    </message>
</context>
<context>
    <name>md::RevenueModel</name>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="142" />
        <source>Year %1</source>
        <translation>Anno %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="161" />
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="163" />
        <source>Net</source>
        <translation>Imponibile</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="165" />
        <source>Tax</source>
        <translation>IVA</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="167" />
        <source>Invoiced</source>
        <translation>Fatturato</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="169" />
        <source>Received</source>
        <translation>Incassato</translation>
    </message>
</context>
<context>
    <name>md::RichTextEditor</name>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="44" />
        <source>Bold</source>
        <translation>Grassetto</translation>
    </message>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="49" />
        <source>Italic</source>
        <translation>Corsivo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="52" />
        <source>Heading</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="54" />
        <source>Paragraph</source>
        <translation>Paragrafo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="56" />
        <source>List</source>
        <translation>Elenco</translation>
    </message>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="68" />
        <source>Insert placeholder</source>
        <translation>Inserisci segnaposto</translation>
    </message>
</context>
<context>
    <name>md::ScanPreview</name>
    <message>
        <location filename="../ui/agreements/ScanPreview.cpp" line="17" />
        <source>No preview of PDF files on this computer (pdftoppm from poppler-utils is not installed). Open the file yourself to check it before you attach it.</source>
        <translation>Anteprima dei file PDF non disponibile su questo computer (pdftoppm, del pacchetto poppler-utils, non è installato). Aprire il file per controllarlo prima di allegarlo.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/ScanPreview.cpp" line="28" />
        <source>Could not prepare the preview of the PDF.</source>
        <translation>Impossibile preparare l'anteprima del PDF.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/ScanPreview.cpp" line="39" />
        <location filename="../ui/agreements/ScanPreview.cpp" line="44" />
        <source>The PDF could not be shown: it may be damaged or protected.</source>
        <translation>Non è stato possibile mostrare il PDF: potrebbe essere danneggiato o protetto.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/ScanPreview.cpp" line="58" />
        <source>This file is neither a PDF nor a PNG or JPEG image.</source>
        <translation>Questo file non è né un PDF né un'immagine PNG o JPEG.</translation>
    </message>
</context>
<context>
    <name>md::SchedulingService</name>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="45" />
        <source>A session belongs to an engagement.</source>
        <translation>Una sessione appartiene a un percorso.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="47" />
        <source>A session needs a start date and time.</source>
        <translation>Una sessione richiede data e ora di inizio.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="50" />
        <location filename="../core/scheduling/SchedulingService.cpp" line="339" />
        <source>A session lasts between 1 minute and 24 hours.</source>
        <translation>Una sessione dura tra 1 minuto e 24 ore.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="59" />
        <source>The session on %1 has not begun yet: it can be marked "%2" once it has started. Until then it stays planned.</source>
        <translation>La sessione del %1 non è ancora iniziata: potrà essere contrassegnata come «%2» una volta iniziata. Fino ad allora resta pianificata.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="67" />
        <source>A session cannot have been cancelled in the future: give the time the cancellation came, or leave it to be now.</source>
        <translation>Una sessione non può essere stata disdetta nel futuro: indicare il momento in cui è arrivata la disdetta, oppure lasciare l'ora attuale.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="173" />
        <location filename="../core/scheduling/SchedulingService.cpp" line="268" />
        <source>This session has not been saved yet.</source>
        <translation>Questa sessione non è ancora stata salvata.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="336" />
        <source>A series belongs to an engagement.</source>
        <translation>Una serie appartiene a un percorso.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="344" />
        <source>This series has no sessions.</source>
        <translation>Questa serie non ha sessioni.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingServiceCalendar.cpp" line="30" />
        <source>The buffer must be between 0 and 1440 minutes.</source>
        <translation>La pausa deve essere compresa tra 0 e 1440 minuti.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingServiceCalendar.cpp" line="34" />
        <source>Working hours must end after they start.</source>
        <translation>L'orario di lavoro deve terminare dopo il suo inizio.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingServiceCalendar.cpp" line="65" />
        <source>Busy times need the name of their source.</source>
        <translation>I periodi occupati richiedono il nome della loro origine.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingServiceCalendar.cpp" line="127" />
        <source>Choose a client to export.</source>
        <translation>Scegliere un cliente da esportare.</translation>
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
        <translation>Cerca ovunque (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchController.cpp" line="28" />
        <source>Search the workspace</source>
        <translation>Cerca nell'area di lavoro</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchController.cpp" line="34" />
        <source>Search</source>
        <translation>Ricerca</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchController.cpp" line="47" />
        <source>Search &amp;Everything</source>
        <translation>Cerca &amp;ovunque</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchController.cpp" line="68" />
        <source>“%1” is no longer there.</source>
        <translation>«%1» non esiste più.</translation>
    </message>
</context>
<context>
    <name>md::SearchRepository</name>
    <message>
        <location filename="../core/storage/SearchRepository.cpp" line="129" />
        <location filename="../core/storage/SearchRepository.cpp" line="165" />
        <source>Could not search the workspace</source>
        <translation>Impossibile eseguire la ricerca nell'area di lavoro</translation>
    </message>
    <message>
        <location filename="../core/storage/SearchRepository.cpp" line="223" />
        <source>Could not rebuild the search index</source>
        <translation>Impossibile ricostruire l'indice di ricerca</translation>
    </message>
    <message>
        <location filename="../core/storage/SearchRepository.cpp" line="227" />
        <source>Could not tidy the search index</source>
        <translation>Impossibile riordinare l'indice di ricerca</translation>
    </message>
</context>
<context>
    <name>md::SearchResultsPage</name>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="37" />
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="58" />
        <source>Clients</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="60" />
        <source>Engagements</source>
        <translation>Percorsi</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="62" />
        <source>Needs</source>
        <translation>Bisogni</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="64" />
        <source>SMART goals</source>
        <translation>Obiettivi SMART</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="66" />
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="68" />
        <source>Evaluations</source>
        <translation>Valutazioni</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="70" />
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="72" />
        <source>Agreements</source>
        <translation>Accordi</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="74" />
        <source>Invoices</source>
        <translation>Fatture</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="82" />
        <source>Session on %1 at %2 · %3</source>
        <translation>Sessione del %1 alle %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="86" />
        <source>Draft invoice</source>
        <translation>Bozza di fattura</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="88" />
        <source>Evaluation of “%1”</source>
        <translation>Valutazione di «%1»</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="91" />
        <location filename="../ui/search/SearchResultsPage.cpp" line="96" />
        <source>(archived)</source>
        <translation>(archiviato)</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="98" />
        <source>Private note</source>
        <translation>Nota privata</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="109" />
        <source>Nothing matches “%1”. Try fewer or shorter words.</source>
        <translation>Nessun risultato per «%1». Provare con meno parole o parole più brevi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/SearchResultsPage.cpp" line="112" />
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n risultato per «%1»</numerusform>
            <numerusform>%n risultati per «%1»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::SearchService</name>
    <message>
        <location filename="../core/search/SearchService.cpp" line="40" />
        <source>The number of results must be between 1 and %1.</source>
        <translation>Il numero di risultati deve essere compreso tra 1 e %1.</translation>
    </message>
</context>
<context>
    <name>md::SellPackageDialog</name>
    <message>
        <location filename="../ui/billing/SellPackageDialog.ui" line="6" />
        <source>Sell package</source>
        <translation>Vendi pacchetto</translation>
    </message>
    <message>
        <location filename="../ui/billing/SellPackageDialog.ui" line="15" />
        <source>&amp;Engagement:</source>
        <translation>&amp;Percorso:</translation>
    </message>
    <message>
        <location filename="../ui/billing/SellPackageDialog.ui" line="28" />
        <source>&amp;Package:</source>
        <translation>Pa&amp;cchetto:</translation>
    </message>
    <message>
        <location filename="../ui/billing/SellPackageDialog.ui" line="41" />
        <source>The engagement gets the package's sessions as credits, and an invoice draft bills the price. If the client paid elsewhere, delete the draft: the credits stay.</source>
        <translation>Il percorso riceve le sessioni del pacchetto come crediti, e una bozza di fattura ne addebita il prezzo. Se il cliente ha pagato altrove, eliminare la bozza: i crediti restano.</translation>
    </message>
</context>
<context>
    <name>md::SeriesPlanner</name>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="137" />
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="152" />
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="262" />
        <source>The session is not part of this series.</source>
        <translation>La sessione non fa parte di questa serie.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="139" />
        <source>A session needs a duration.</source>
        <translation>Una sessione richiede una durata.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="142" />
        <source>A session lasts between 1 minute and 24 hours.</source>
        <translation>Una sessione dura tra 1 minuto e 24 ore.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="144" />
        <source>The new start time is not valid.</source>
        <translation>Il nuovo orario di inizio non è valido.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="264" />
        <source>A session that was held cannot be skipped.</source>
        <translation>Una sessione già svolta non può essere saltata.</translation>
    </message>
</context>
<context>
    <name>md::Session</name>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="20" />
        <location filename="../core/scheduling/Session.cpp" line="33" />
        <source>In person</source>
        <translation>Di persona</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="22" />
        <location filename="../core/scheduling/Session.cpp" line="35" />
        <source>Video call</source>
        <translation>Videochiamata</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="24" />
        <location filename="../core/scheduling/Session.cpp" line="37" />
        <source>Phone call</source>
        <translation>Telefonata</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="142" />
        <location filename="../core/scheduling/Session.cpp" line="75" />
        <source>Planned</source>
        <translation>Pianificata</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="144" />
        <location filename="../core/scheduling/Session.cpp" line="77" />
        <source>Held</source>
        <translation>Svolta</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="146" />
        <location filename="../core/scheduling/Session.cpp" line="79" />
        <source>Cancelled by the client</source>
        <translation>Disdetta dal cliente</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="148" />
        <location filename="../core/scheduling/Session.cpp" line="81" />
        <source>Cancelled by the mentor</source>
        <translation>Disdetta dal mentor</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="150" />
        <location filename="../core/scheduling/Session.cpp" line="83" />
        <source>No-show</source>
        <translation>Assenza senza preavviso</translation>
    </message>
</context>
<context>
    <name>md::SessionEditFlow</name>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="19" />
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="28" />
        <source>Session saved.</source>
        <translation>Sessione salvata.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="23" />
        <source>Cancel which sessions of the series?</source>
        <translation>Annullare quali sessioni della serie?</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="24" />
        <source>Change which sessions of the series?</source>
        <translation>Modificare quali sessioni della serie?</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="29" />
        <source>Sessions saved.</source>
        <translation>Sessioni salvate.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="58" />
        <source>Session moved.</source>
        <translation>Sessione spostata.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="62" />
        <source>Move which sessions of the series?</source>
        <translation>Spostare quali sessioni della serie?</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="73" />
        <source>Conflicts could not be checked: %1</source>
        <translation>Non è stato possibile verificare le sovrapposizioni: %1</translation>
    </message>
</context>
<context>
    <name>md::SessionEditorDialog</name>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="27" />
        <source>&amp;Engagement:</source>
        <translation>&amp;Percorso:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="40" />
        <source>&amp;Start:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="94" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="84" />
        <source>&amp;Duration:</source>
        <translation>&amp;Durata:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="125" />
        <source>Place, video link or phone number</source>
        <translation>Luogo, link della videochiamata o numero di telefono</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="110" />
        <source>&amp;Format:</source>
        <translation>&amp;Modalità:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="134" />
        <source>S&amp;tatus:</source>
        <translation>S&amp;tato:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="151" />
        <source>o&amp;n</source>
        <translation>i&amp;l</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="195" />
        <source>after</source>
        <translation>dopo</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="200" />
        <source>until</source>
        <translation>fino al</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="208" />
        <source> sessions</source>
        <translation> sessioni</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="179" />
        <source>&amp;Repeat:</source>
        <translation>&amp;Ripeti:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="260" />
        <source>What you plan to cover</source>
        <translation>Che cosa si intende affrontare</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="247" />
        <source>&amp;Agenda:</source>
        <translation>&amp;Ordine del giorno:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="21" />
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="293" />
        <source>Only for you: never in a summary, export or calendar file</source>
        <translation>Solo per il mentor: mai in un riepilogo, in un'esportazione o in un file di calendario</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="313" />
        <source>Appears in the summary for your mentee</source>
        <translation>Compare nel riepilogo per il mentee</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="280" />
        <source>&amp;Private notes:</source>
        <translation>Note pri&amp;vate:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="300" />
        <source>S&amp;hareable notes:</source>
        <translation>Note &amp;condivisibili:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="274" />
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="337" />
        <source>One per line; “- ” makes a list</source>
        <translation>Una per riga; «- » crea un elenco</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="368" />
        <source>One action per line</source>
        <translation>Un'azione per riga</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="327" />
        <source>Topics:</source>
        <translation>Argomenti:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="344" />
        <source>Progress on goals:</source>
        <translation>Progressi sugli obiettivi:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="358" />
        <source>Agreed actions:</source>
        <translation>Azioni concordate:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="375" />
        <source>Add to the action plan…</source>
        <translation>Aggiungi al piano d'azione…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="382" />
        <source>Next steps:</source>
        <translation>Prossimi passi:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="321" />
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="59" />
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="49" />
        <source>time not recorded</source>
        <translation>ora non registrata</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="57" />
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="198" />
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="62" />
        <source>Save as PDF…</source>
        <translation>Salva come PDF…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="64" />
        <source>Save as Markdown…</source>
        <translation>Salva come Markdown…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="66" />
        <source>Copy as text for an e-mail</source>
        <translation>Copia come testo per un'e-mail</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="68" />
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="70" />
        <source>Export as calendar file (.ics)…</source>
        <translation>Esporta come file di calendario (.ics)…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="122" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="151" />
        <source>New session</source>
        <translation>Nuova sessione</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="198" />
        <source>Skip this date…</source>
        <translation>Salta questa data…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="199" />
        <source>Session with %1</source>
        <translation>Sessione con %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="245" />
        <source>Cancelled by you: never billed.</source>
        <translation>Disdetta dal mentor: mai fatturata.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="247" />
        <source>When the client cancelled was not recorded, so it is not billed.</source>
        <translation>Il momento della disdetta da parte del cliente non è stato registrato, quindi non viene fatturata.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="249" />
        <source>Cancelled in time (at least %n hour(s) before the start): not billed.</source>
        <translation>
            <numerusform>Disdetta in tempo (almeno %n ora prima dell'inizio): non fatturata.</numerusform>
            <numerusform>Disdetta in tempo (almeno %n ore prima dell'inizio): non fatturata.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="252" />
        <source>Cancelled late (less than %n hour(s) before the start): billed, as your cancellation policy says.</source>
        <translation>
            <numerusform>Disdetta tardiva (meno di %n ora prima dell'inizio): fatturata, come previsto dalle condizioni di disdetta.</numerusform>
            <numerusform>Disdetta tardiva (meno di %n ore prima dell'inizio): fatturata, come previsto dalle condizioni di disdetta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="256" />
        <source>Cancelled late (less than %n hour(s) before the start); your cancellation policy does not bill late cancellations.</source>
        <translation>
            <numerusform>Disdetta tardiva (meno di %n ora prima dell'inizio); le condizioni di disdetta non prevedono la fatturazione delle disdette tardive.</numerusform>
            <numerusform>Disdetta tardiva (meno di %n ore prima dell'inizio); le condizioni di disdetta non prevedono la fatturazione delle disdette tardive.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="274" />
        <source>Does not repeat</source>
        <translation>Non si ripete</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="276" />
        <source>Every week on %1</source>
        <translation>Ogni settimana di %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="278" />
        <source>Every two weeks on %1</source>
        <translation>Ogni due settimane di %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="280" />
        <source>Every month on day %1</source>
        <translation>Ogni mese il giorno %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="362" />
        <source>For %1: %2, %3–%4 (%5)</source>
        <translation>Per %1: %2, %3–%4 (%5)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="374" />
        <source>Part of a series: %1.</source>
        <translation>Parte di una serie: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="380" />
        <source>%n session(s), the last on %1.</source>
        <translation>
            <numerusform>%n sessione, l'ultima il %1.</numerusform>
            <numerusform>%n sessioni, l'ultima il %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="401" />
        <source>… and %1 more</source>
        <translation>… e altri %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="413" />
        <source>No engagement</source>
        <translation>Nessun percorso</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="414" />
        <source>Sessions belong to an engagement. Start one in the pipeline first.</source>
        <translation>Le sessioni appartengono a un percorso. Avviarne prima uno nel flusso.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="419" />
        <source>Repeat</source>
        <translation>Ripeti</translation>
    </message>
</context>
<context>
    <name>md::SessionListModel</name>
    <message>
        <location filename="../ui/calendar/SessionListModel.cpp" line="82" />
        <source> (%1 their time)</source>
        <translation> (%1 ora del cliente)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionListModel.cpp" line="113" />
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionListModel.cpp" line="115" />
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionListModel.cpp" line="117" />
        <source>Format</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionListModel.cpp" line="119" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>md::SessionReportRepository</name>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="33" />
        <location filename="../core/storage/SessionReportRepository.cpp" line="36" />
        <source>Could not read the engagement</source>
        <translation>Impossibile leggere il percorso</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="38" />
        <source>There is no engagement with id %1.</source>
        <translation>Non esiste alcun percorso con ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="59" />
        <location filename="../core/storage/SessionReportRepository.cpp" line="63" />
        <source>Could not read the workspace's tables</source>
        <translation>Impossibile leggere le tabelle dell'area di lavoro</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="154" />
        <location filename="../core/storage/SessionReportRepository.cpp" line="168" />
        <source>Could not read the goals</source>
        <translation>Impossibile leggere gli obiettivi</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="181" />
        <location filename="../core/storage/SessionReportRepository.cpp" line="191" />
        <source>Could not read the actions</source>
        <translation>Impossibile leggere le azioni</translation>
    </message>
</context>
<context>
    <name>md::SessionRepository</name>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="124" />
        <location filename="../core/storage/SessionRepository.cpp" line="162" />
        <source>Could not save the session</source>
        <translation>Impossibile salvare la sessione</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="165" />
        <location filename="../core/storage/SessionRepository.cpp" line="187" />
        <source>There is no session with id %1.</source>
        <translation>Non esiste alcuna sessione con ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="174" />
        <source>Could not delete the session</source>
        <translation>Impossibile eliminare la sessione</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="138" />
        <location filename="../core/storage/SessionRepository.cpp" line="183" />
        <location filename="../core/storage/SessionRepository.cpp" line="186" />
        <source>Could not read the session</source>
        <translation>Impossibile leggere la sessione</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="264" />
        <location filename="../core/storage/SessionRepository.cpp" line="274" />
        <location filename="../core/storage/SessionRepository.cpp" line="315" />
        <location filename="../core/storage/SessionRepository.cpp" line="320" />
        <source>Could not read the sessions</source>
        <translation>Impossibile leggere le sessioni</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="354" />
        <location filename="../core/storage/SessionRepository.cpp" line="357" />
        <source>Could not read the engagement</source>
        <translation>Impossibile leggere il percorso</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="359" />
        <source>There is no engagement with id %1.</source>
        <translation>Non esiste alcun percorso con ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="368" />
        <location filename="../core/storage/SessionRepository.cpp" line="373" />
        <location filename="../core/storage/SessionRepository.cpp" line="384" />
        <location filename="../core/storage/SessionRepository.cpp" line="389" />
        <source>Could not read the engagements</source>
        <translation>Impossibile leggere i percorsi</translation>
    </message>
</context>
<context>
    <name>md::SessionSeriesRepository</name>
    <message>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="102" />
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="120" />
        <source>Could not save the series</source>
        <translation>Impossibile salvare la serie</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="122" />
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="135" />
        <source>There is no series with id %1.</source>
        <translation>Non esiste alcuna serie con ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="131" />
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="134" />
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="157" />
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="162" />
        <source>Could not read the series</source>
        <translation>Impossibile leggere la serie</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="171" />
        <source>Could not delete the series</source>
        <translation>Impossibile eliminare la serie</translation>
    </message>
</context>
<context>
    <name>md::SessionSpanRepository</name>
    <message>
        <location filename="../core/storage/SessionSpanRepository.cpp" line="36" />
        <source>Could not read the sessions</source>
        <translation>Impossibile leggere le sessioni</translation>
    </message>
</context>
<context>
    <name>md::SessionSummaryActions</name>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="27" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="58" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="66" />
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="48" />
        <source>Session summary %1 %2.%3</source>
        <translation>Riepilogo della sessione %1 %2.%3</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="51" />
        <source>Save summary</source>
        <translation>Salva riepilogo</translation>
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
        <translation>Esporta come file di calendario</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="73" />
        <source>Save the session first.</source>
        <translation>Salvare prima la sessione.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="81" />
        <source>Session %1 %2.ics</source>
        <translation>Sessione %1 %2.ics</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="85" />
        <source>Calendar files (*.ics)</source>
        <translation>File di calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="100" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="109" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="116" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="126" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="129" />
        <source>Action plan</source>
        <translation>Piano d'azione</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="101" />
        <source>This engagement has no goals yet. Actions belong to a goal.</source>
        <translation>Questo percorso non ha ancora obiettivi. Le azioni appartengono a un obiettivo.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="109" />
        <source>Add the agreed actions to the goal:</source>
        <translation>Aggiungere le azioni concordate all'obiettivo:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="119" />
        <source>%n action(s) added to “%1”.</source>
        <translation>
            <numerusform>%n azione aggiunta a «%1».</numerusform>
            <numerusform>%n azioni aggiunte a «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="122" />
        <source>%n action(s) were already in the plan.</source>
        <translation>
            <numerusform>%n azione era già nel piano.</numerusform>
            <numerusform>%n azioni erano già nel piano.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="124" />
        <source>Not added:</source>
        <translation>Non aggiunte:</translation>
    </message>
</context>
<context>
    <name>md::SessionSummaryDocument</name>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="39" />
        <source>Session summary</source>
        <translation>Riepilogo della sessione</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="46" />
        <source>Topics discussed</source>
        <translation>Argomenti trattati</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="47" />
        <source>Progress on goals</source>
        <translation>Progressi sugli obiettivi</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="49" />
        <source>Agreed actions</source>
        <translation>Azioni concordate</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="51" />
        <source>Next steps</source>
        <translation>Prossimi passi</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="52" />
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="62" />
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="64" />
        <source>Engagement</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="67" />
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="68" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="72" />
        <source>Time</source>
        <translation>Orario</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="77" />
        <source>Format</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="79" />
        <source>Session</source>
        <translation>Sessione</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="81" />
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="87" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="96" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="110" />
        <source>No summary has been written for this session yet.</source>
        <translation>Per questa sessione non è ancora stato scritto alcun riepilogo.</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="154" />
        <location filename="../core/export/SessionSummaryDocument.cpp" line="173" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="158" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="168" />
        <source>Session summary · %1 · %2</source>
        <translation>Riepilogo della sessione · %1 · %2</translation>
    </message>
</context>
<context>
    <name>md::SessionSummaryReport</name>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="25" />
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="27" />
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="29" />
        <source>Dropped</source>
        <translation>Abbandonato</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="30" />
        <source>To do</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="61" />
        <source>Progress report</source>
        <translation>Report di avanzamento</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="76" />
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="84" />
        <source>%1 still planned</source>
        <translation>ancora pianificate: %1</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="87" />
        <source>%1 cancelled</source>
        <translation>disdette: %1</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="90" />
        <source>%1 missed</source>
        <translation>assenze senza preavviso: %1</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="97" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="98" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="99" />
        <source>Topics</source>
        <translation>Argomenti</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="110" />
        <source>Goals</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="114" />
        <source>No goals recorded yet.</source>
        <translation>Ancora nessun obiettivo registrato.</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="118" />
        <source>Goal</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="119" />
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="120" />
        <source>Now</source>
        <translation>Attuale</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="121" />
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="122" />
        <source>Progress</source>
        <translation>Progressi</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="133" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="160" />
        <source>for “%1”</source>
        <translation>per «%1»</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="162" />
        <source>due %1</source>
        <translation>scadenza %1</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="175" />
        <source>Actions done</source>
        <translation>Azioni completate</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="176" />
        <source>None yet.</source>
        <translation>Nessuna per ora.</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="177" />
        <source>Open actions</source>
        <translation>Azioni aperte</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="178" />
        <source>Nothing open.</source>
        <translation>Nulla di aperto.</translation>
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
        <translation>Iniziato il</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="198" />
        <source>Report date</source>
        <translation>Data del report</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="212" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="213" />
        <source>Progress report · %1 · %2</source>
        <translation>Report di avanzamento · %1 · %2</translation>
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
        <translation> · %1 (fuso %2)</translation>
    </message>
</context>
<context>
    <name>md::SessionTally</name>
    <message numerus="yes">
        <location filename="../core/export/SessionSummaryReport.cpp" line="44" />
        <location filename="../core/scheduling/SessionTally.cpp" line="34" />
        <source>%n held</source>
        <translation>
            <numerusform>%n svolta</numerusform>
            <numerusform>%n svolte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/SessionSummaryReport.cpp" line="45" />
        <location filename="../core/scheduling/SessionTally.cpp" line="35" />
        <source>%1 of %n held</source>
        <translation>
            <numerusform>%1 su %n svolta</numerusform>
            <numerusform>%1 su %n svolte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::SettingsCatalog</name>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="43" />
        <source>%1 image, %2 KB</source>
        <translation>Immagine %1, %2 KB</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="59" />
        <source>Your name as printed on invoices and agreements.</source>
        <translation>Il proprio nome come appare su fatture e accordi.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="61" />
        <source>Business or trading name (optional).</source>
        <translation>Ragione sociale o nome commerciale (facoltativo).</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="64" />
        <source>Postal address; write \n between lines on the command line.</source>
        <translation>Indirizzo postale; sulla riga di comando scrivere \n tra le righe.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="66" />
        <source>Your VAT or tax number.</source>
        <translation>La propria partita IVA o il codice fiscale.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="68" />
        <source>Contact e-mail.</source>
        <translation>E-mail di contatto.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="70" />
        <source>Contact phone.</source>
        <translation>Telefono di contatto.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="73" />
        <source>Language of your documents and the default for each client's (%1); empty follows the interface language.</source>
        <translation>Lingua dei propri documenti e predefinita per quelli di ogni cliente (%1); se vuota, segue la lingua dell'interfaccia.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="78" />
        <source>Country of your business (ISO code such as DE, FR, IT): it decides the legal wording of a small-business exemption. Empty takes the IBAN's country.</source>
        <translation>Paese della propria attività (codice ISO come DE, FR, IT): determina la dicitura legale del regime forfettario. Se vuoto, si usa il paese dell'IBAN.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="82" />
        <source>Logo printed on invoices: path of a PNG or JPEG file (empty removes it).</source>
        <translation>Logo stampato sulle fatture: percorso di un file PNG o JPEG (vuoto per rimuoverlo).</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="88" />
        <source>An open engagement without activity for this many days is shown as stale (%1 to %2).</source>
        <translation>Un percorso aperto senza attività da questo numero di giorni viene indicato come fermo (da %1 a %2).</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="94" />
        <source>Minutes before a session that MentorDesk reminds you; 0 turns reminders off.</source>
        <translation>Minuti prima di una sessione in cui MentorDesk invia un promemoria; 0 disattiva i promemoria.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="142" />
        <location filename="../core/settings/SettingsCatalog.cpp" line="215" />
        <source>There is no setting called "%1".</source>
        <translation>Non esiste alcuna impostazione chiamata «%1».</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="159" />
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 deve essere un numero intero da %2 a %3.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="187" />
        <source>MentorDesk writes no documents in "%1" (use one of %2).</source>
        <translation>MentorDesk non scrive documenti in «%1» (usare una tra %2).</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="197" />
        <source>"%1" is not a country code (two letters, such as DE).</source>
        <translation>«%1» non è un codice paese (due lettere, come IT).</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="208" />
        <source>Could not read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
</context>
<context>
    <name>md::SettingsService</name>
    <message>
        <location filename="../core/settings/SettingsService.cpp" line="70" />
        <source>An engagement can be called stale after %1 to %2 days.</source>
        <translation>Un percorso può essere considerato fermo dopo un periodo da %1 a %2 giorni.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsService.cpp" line="75" />
        <source>A reminder can come at most %1 minutes before a session.</source>
        <translation>Un promemoria può arrivare al massimo %1 minuti prima di una sessione.</translation>
    </message>
</context>
<context>
    <name>md::Sidecar</name>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="39" />
        <source>No workspace file at %1.</source>
        <translation>Nessun file dell'area di lavoro in %1.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="43" />
        <location filename="../core/workspace/Sidecar.cpp" line="50" />
        <source>Could not read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="28" />
        <source>The workspace file %1 is damaged (%2). The database itself can still be opened with the recovery key.</source>
        <translation>Il file dell'area di lavoro %1 è danneggiato (%2). Il database stesso può ancora essere aperto con la chiave di recupero.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="45" />
        <location filename="../core/workspace/Sidecar.cpp" line="56" />
        <source>it is far too large to be one</source>
        <translation>è troppo grande per esserlo</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="61" />
        <source>it is not a JSON object</source>
        <translation>non è un oggetto JSON</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="68" />
        <source>This workspace was made by a newer version of MentorDesk. Update MentorDesk to open it; nothing was changed.</source>
        <translation>Questa area di lavoro è stata creata da una versione più recente di MentorDesk. Aggiornare MentorDesk per aprirla; non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="71" />
        <source>it has no format version</source>
        <translation>non ha una versione del formato</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="86" />
        <source>it has %1 passphrase entries</source>
        <translation>contiene %1 voci di passphrase</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="95" />
        <source>The workspace file %1 is incomplete. The database itself can still be opened with the recovery key.</source>
        <translation>Il file dell'area di lavoro %1 è incompleto. Il database stesso può ancora essere aperto con la chiave di recupero.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="99" />
        <source>its workspace id is not valid</source>
        <translation>l'ID dell'area di lavoro non è valido</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="103" />
        <source>its pending key fingerprint is not valid</source>
        <translation>l'impronta della chiave in sospeso non è valida</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="106" />
        <source>its page size %1 is not 4096</source>
        <translation>la dimensione di pagina %1 non è 4096</translation>
    </message>
</context>
<context>
    <name>md::SignaturePad</name>
    <message>
        <location filename="../ui/agreements/SignaturePad.cpp" line="85" />
        <source>Signature pad</source>
        <translation>Area della firma</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignaturePad.cpp" line="86" />
        <source>Draw your signature with the mouse, a pen or a finger.</source>
        <translation>Disegnare la firma con il mouse, una penna o un dito.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignaturePad.cpp" line="246" />
        <source>Sign above the line</source>
        <translation>Firmare sopra la linea</translation>
    </message>
</context>
<context>
    <name>md::SignerName</name>
    <message>
        <location filename="../core/agreements/SignerName.cpp" line="27" />
        <source>Signed as “%1”; the mentor confirmed this differs from the client's name “%2”.</source>
        <translation>Firmato come «%1»; il mentor ha confermato che differisce dal nome del cliente «%2».</translation>
    </message>
    <message>
        <location filename="../core/agreements/SignerName.cpp" line="29" />
        <source>Signed as “%1”; the mentor confirmed this differs from the name in the mentor profile “%2”.</source>
        <translation>Firmato come «%1»; il mentor ha confermato che differisce dal nome nel profilo del mentor «%2».</translation>
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
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="36" />
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="38" />
        <source>C&amp;lear</source>
        <translation>&amp;Cancella</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="44" />
        <source>Use my &amp;stored signature</source>
        <translation>Usa la &amp;firma salvata</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="53" />
        <source>Full name of the %1</source>
        <translation>Nome completo del %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="59" />
        <source>I, the mentor, confirm the mentee signs with this name</source>
        <translation>Io, il mentor, confermo che il mentee firma con questo nome</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="60" />
        <source>I confirm that I sign with this name</source>
        <translation>Confermo di firmare con questo nome</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="64" />
        <source>I agree to the statement above</source>
        <translation>Accetto la dichiarazione qui sopra</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="68" />
        <source>Full name (typed):</source>
        <translation>Nome completo (digitato):</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="116" />
        <source>“%1” differs from the client's name “%2”. The signed agreement will say so.</source>
        <translation>«%1» differisce dal nome del cliente «%2». L'accordo firmato lo indicherà.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="118" />
        <source>“%1” differs from the name in your mentor profile “%2”. The signed agreement will say so.</source>
        <translation>«%1» differisce dal nome nel profilo del mentor «%2». L'accordo firmato lo indicherà.</translation>
    </message>
</context>
<context>
    <name>md::SigningDialog</name>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="25" />
        <source>Sign %1</source>
        <translation>Firma %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="27" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="29" />
        <source>Both of you sign below, each with the name you sign with. Fingerprint: %1</source>
        <translation>Entrambi firmano qui sotto, ciascuno con il nome con cui firma. Impronta: %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="46" />
        <source>&amp;Sign and freeze</source>
        <translation>&amp;Firma e sigilla</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="95" />
        <source>%1 was deleted elsewhere.</source>
        <translation>%1 è stato eliminato altrove.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="97" />
        <source>%1 was signed elsewhere meanwhile.</source>
        <translation>Nel frattempo %1 è stato firmato altrove.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="98" />
        <source>%1 was changed elsewhere. Close this window and open it again to sign the current text.</source>
        <translation>%1 è stato modificato altrove. Chiudere questa finestra e riaprirla per firmare il testo attuale.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="112" />
        <source>Sign and freeze %1</source>
        <translation>Firma e sigilla %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="113" />
        <source>Once signed, %1 can no longer be changed: its PDF is stored as it is now, with both signatures, and sealed with this workspace's key. A change later needs an amendment signed again.</source>
        <translation>Una volta firmato, %1 non può più essere modificato: il suo PDF viene conservato così com'è ora, con entrambe le firme, e sigillato con la chiave di questa area di lavoro. Una modifica successiva richiede un'integrazione firmata di nuovo.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="119" />
        <source>Sign and &amp;freeze</source>
        <translation>Firma e &amp;sigilla</translation>
    </message>
</context>
<context>
    <name>md::SigningKey</name>
    <message>
        <location filename="../core/crypto/SigningKey.cpp" line="42" />
        <source>An Ed25519 seed must be 32 bytes long.</source>
        <translation>Un seed Ed25519 deve essere lungo 32 byte.</translation>
    </message>
    <message>
        <location filename="../core/crypto/SigningKey.cpp" line="53" />
        <source>The stored signing key has the wrong length.</source>
        <translation>La chiave di firma salvata ha una lunghezza errata.</translation>
    </message>
    <message>
        <location filename="../core/crypto/SigningKey.cpp" line="63" />
        <source>The stored signing key is damaged: its two halves do not match.</source>
        <translation>La chiave di firma salvata è danneggiata: le sue due metà non corrispondono.</translation>
    </message>
</context>
<context>
    <name>md::SmartCheck</name>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="43" />
        <source>Say what exactly the mentee will achieve.</source>
        <translation>Indicare che cosa otterrà esattamente il mentee.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="46" />
        <source>Describe the result in a full phrase (at least %1 words), not just a topic.</source>
        <translation>Descrivere il risultato con una frase completa (almeno %1 parole), non solo con un tema.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="51" />
        <source>Name what will be measured.</source>
        <translation>Indicare che cosa verrà misurato.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="54" />
        <source>Give the unit of the measure (for example interviews, %, hours).</source>
        <translation>Indicare l'unità di misura (ad esempio colloqui, %, ore).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="57" />
        <source>Enter where the mentee starts (the baseline).</source>
        <translation>Inserire il punto di partenza del mentee (il valore iniziale).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="60" />
        <source>Enter the value to reach (the target).</source>
        <translation>Inserire il valore da raggiungere (il valore obiettivo).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="63" />
        <source>The target equals the baseline, so there is nothing to measure.</source>
        <translation>Il valore obiettivo è uguale al valore iniziale, quindi non c'è nulla da misurare.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="68" />
        <source>Explain why the goal is realistic for the mentee.</source>
        <translation>Spiegare perché l'obiettivo è realistico per il mentee.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="72" />
        <source>Link the goal to at least one need.</source>
        <translation>Collegare l'obiettivo ad almeno un bisogno.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="77" />
        <source>The goal is linked to a need that no longer exists.</source>
        <translation>L'obiettivo è collegato a un bisogno che non esiste più.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="85" />
        <source>Set a due date.</source>
        <translation>Impostare una scadenza.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="88" />
        <source>The due date must come after the engagement's start (%1).</source>
        <translation>La scadenza deve essere successiva all'inizio del percorso (%1).</translation>
    </message>
</context>
<context>
    <name>md::SqlCipherDriver</name>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="85" />
        <source>Could not open the workspace database.</source>
        <translation>Impossibile aprire il database dell'area di lavoro.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="111" />
        <source>No valid key was given.</source>
        <translation>Non è stata fornita alcuna chiave valida.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="116" />
        <source>The database file %1 does not exist.</source>
        <translation>Il file di database %1 non esiste.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="118" />
        <source>The file is a plain, unencrypted SQLite database; MentorDesk only opens encrypted workspaces.</source>
        <translation>Il file è un normale database SQLite non cifrato; MentorDesk apre solo aree di lavoro cifrate.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="125" />
        <source>The disk is full.</source>
        <translation>Il disco è pieno.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="152" />
        <source>SQLCipher refused the key.</source>
        <translation>SQLCipher ha rifiutato la chiave.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="156" />
        <source>Could not set the page size.</source>
        <translation>Impossibile impostare la dimensione di pagina.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="162" />
        <source>The key does not open this database, or the file is not a MentorDesk database, or it is damaged.</source>
        <translation>La chiave non apre questo database, oppure il file non è un database di MentorDesk, oppure è danneggiato.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="177" />
        <source>This build of SQLite has no encryption (SQLCipher missing).</source>
        <translation>Questa build di SQLite non supporta la cifratura (manca SQLCipher).</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="253" />
        <location filename="../core/storage/SqlCipherDriver.cpp" line="262" />
        <source>The script failed</source>
        <translation>Lo script non è riuscito</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="275" />
        <source>Could not re-encrypt the database</source>
        <translation>Impossibile cifrare di nuovo il database</translation>
    </message>
</context>
<context>
    <name>md::StageGate</name>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="38" />
        <source>Profile-study notes are written.</source>
        <translation>Le note di studio del profilo sono state scritte.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="42" />
        <source>Write your profile-study notes on the mentee.</source>
        <translation>Scrivere le note di studio del profilo del mentee.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="46" />
        <source>A signed agreement with confidentiality terms is on record.</source>
        <translation>È registrato un accordo firmato con clausole di riservatezza.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="51" />
        <source>Have the mentee sign an agreement with confidentiality terms.</source>
        <translation>Far firmare al mentee un accordo con clausole di riservatezza.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="55" />
        <source>At least one need is recorded.</source>
        <translation>È registrato almeno un bisogno.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="58" />
        <source>Record at least one need.</source>
        <translation>Registrare almeno un bisogno.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="62" />
        <source>At least one active goal passes the SMART check.</source>
        <translation>Almeno un obiettivo attivo supera la verifica SMART.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="71" />
        <source>Goal "%1" is not SMART yet (%2).</source>
        <translation>L'obiettivo «%1» non è ancora SMART (%2).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="76" />
        <source>Write at least one SMART goal.</source>
        <translation>Scrivere almeno un obiettivo SMART.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="82" />
        <source>At least one goal is active.</source>
        <translation>Almeno un obiettivo è attivo.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="89" />
        <source>No goal is active: reactivate a goal or write a new one.</source>
        <translation>Nessun obiettivo è attivo: riattivare un obiettivo o scriverne uno nuovo.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="93" />
        <source>Every active goal has at least one action to do or in progress.</source>
        <translation>Ogni obiettivo attivo ha almeno un'azione da fare o in corso.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="99" />
        <source>Plan an open action for goal "%1".</source>
        <translation>Pianificare un'azione aperta per l'obiettivo «%1».</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="104" />
        <source>Every goal is evaluated.</source>
        <translation>Ogni obiettivo è stato valutato.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="109" />
        <source>Evaluate goal "%1".</source>
        <translation>Valutare l'obiettivo «%1».</translation>
    </message>
</context>
<context>
    <name>md::SystemKeyStore</name>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="136" />
        <source>The keychain entry for this workspace is damaged.</source>
        <translation>La voce del portachiavi per questa area di lavoro è danneggiata.</translation>
    </message>
</context>
<context>
    <name>md::TableDigests</name>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="96" />
        <source>The checksum key is missing.</source>
        <translation>Manca la chiave del checksum.</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="104" />
        <location filename="../core/backup/TableDigest.cpp" line="109" />
        <source>Could not list the tables</source>
        <translation>Impossibile elencare le tabelle</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="117" />
        <location filename="../core/backup/TableDigest.cpp" line="128" />
        <source>Could not read the table %1</source>
        <translation>Impossibile leggere la tabella %1</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="143" />
        <source>The table %1 is missing.</source>
        <translation>Manca la tabella %1.</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="145" />
        <source>The table %1 has %2 rows instead of %3.</source>
        <translation>La tabella %1 ha %2 righe invece di %3.</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="150" />
        <source>The rows of the table %1 differ.</source>
        <translation>Le righe della tabella %1 differiscono.</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="156" />
        <source>The table %1 was not expected.</source>
        <translation>La tabella %1 non era prevista.</translation>
    </message>
</context>
<context>
    <name>md::TableDump</name>
    <message>
        <location filename="../core/storage/TableDump.cpp" line="93" />
        <location filename="../core/storage/TableDump.cpp" line="98" />
        <source>Could not list the tables</source>
        <translation>Impossibile elencare le tabelle</translation>
    </message>
    <message>
        <location filename="../core/storage/TableDump.cpp" line="106" />
        <location filename="../core/storage/TableDump.cpp" line="111" />
        <source>Could not read the table %1</source>
        <translation>Impossibile leggere la tabella %1</translation>
    </message>
    <message>
        <location filename="../core/storage/TableDump.cpp" line="135" />
        <location filename="../core/storage/TableDump.cpp" line="139" />
        <location filename="../core/storage/TableDump.cpp" line="150" />
        <source>Could not read the workspace</source>
        <translation>Impossibile leggere l'area di lavoro</translation>
    </message>
</context>
<context>
    <name>md::TableLoader</name>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="18" />
        <source>Loading tables needs a transaction around it.</source>
        <translation>Il caricamento delle tabelle deve avvenire all'interno di una transazione.</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="23" />
        <location filename="../core/storage/TableLoader.cpp" line="27" />
        <source>Could not read the workspace's rules</source>
        <translation>Impossibile leggere le regole dell'area di lavoro</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="31" />
        <location filename="../core/storage/TableLoader.cpp" line="35" />
        <source>Could not prepare the workspace for the import</source>
        <translation>Impossibile preparare l'area di lavoro per l'importazione</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="45" />
        <source>Could not read the table %1</source>
        <translation>Impossibile leggere la tabella %1</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="52" />
        <source>Could not empty the table %1</source>
        <translation>Impossibile svuotare la tabella %1</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="67" />
        <source>Could not write the table %1</source>
        <translation>Impossibile scrivere la tabella %1</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="73" />
        <source>Could not write a record of %1</source>
        <translation>Impossibile scrivere un record di %1</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="82" />
        <source>Could not check the imported records</source>
        <translation>Impossibile verificare i record importati</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="85" />
        <source>a record of %1 (row %2) refers to a missing record of %3</source>
        <translation>un record di %1 (riga %2) fa riferimento a un record mancante di %3</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="91" />
        <source>The records do not fit together: %1.</source>
        <translation>I record non sono coerenti tra loro: %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="95" />
        <source>Could not restore the workspace's rules</source>
        <translation>Impossibile ripristinare le regole dell'area di lavoro</translation>
    </message>
</context>
<context>
    <name>md::TaxRates</name>
    <message>
        <location filename="../core/billing/TaxRates.cpp" line="25" />
        <source>Standard</source>
        <translation>Ordinaria</translation>
    </message>
    <message>
        <location filename="../core/billing/TaxRates.cpp" line="28" />
        <source>Reduced</source>
        <translation>Ridotta</translation>
    </message>
    <message>
        <location filename="../core/billing/TaxRates.cpp" line="31" />
        <source>Zero</source>
        <translation>Zero</translation>
    </message>
    <message>
        <location filename="../core/billing/TaxRates.cpp" line="34" />
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../core/billing/TaxRates.cpp" line="72" />
        <source>No reduced tax rate is set yet: set it under Billing › Settings › Business settings, or give the rate as a percentage.</source>
        <translation>Nessuna aliquota ridotta ancora impostata: impostarla in Fatturazione › Impostazioni › Impostazioni dell'attività, oppure indicare l'aliquota come percentuale.</translation>
    </message>
</context>
<context>
    <name>md::TemplateEditorDialog</name>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="27" />
        <source>Agreement templates</source>
        <translation>Modelli di accordo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="42" />
        <source>This template contains confidentiality terms</source>
        <translation>Questo modello contiene clausole di riservatezza</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="50" />
        <source>Template:</source>
        <translation>Modello:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="51" />
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="57" />
        <source>Placeholders in double braces are filled in from your profile, the client and the engagement when an agreement is generated. One without a value stops the generation and is named.</source>
        <translation>I segnaposto tra doppie parentesi graffe vengono compilati con i dati del profilo, del cliente e del percorso quando si genera un accordo. Un segnaposto senza valore interrompe la generazione e viene indicato.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="68" />
        <source>&amp;Save as new version</source>
        <translation>&amp;Salva come nuova versione</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="71" />
        <source>Start from the &amp;built-in text</source>
        <translation>Parti dal testo &amp;predefinito</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="108" />
        <source>Version %1 (built in)</source>
        <translation>Versione %1 (predefinita)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="110" />
        <source>Version %1 of %2%3</source>
        <translation>Versione %1 del %2%3</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="114" />
        <source> (built in)</source>
        <translation> (predefinita)</translation>
    </message>
</context>
<context>
    <name>md::TemplateRenderer</name>
    <message>
        <location filename="../core/agreements/TemplateRenderer.cpp" line="102" />
        <source>unknown placeholders: %1</source>
        <translation>segnaposto sconosciuti: %1</translation>
    </message>
    <message>
        <location filename="../core/agreements/TemplateRenderer.cpp" line="108" />
        <source> (placeholder names are lower case, with dots and underscores, like {{client.full_name}})</source>
        <translation> (i nomi dei segnaposto sono in minuscolo, con punti e trattini bassi, come {{client.full_name}})</translation>
    </message>
    <message>
        <location filename="../core/agreements/TemplateRenderer.cpp" line="115" />
        <source>placeholders without a value: %1</source>
        <translation>segnaposto senza valore: %1</translation>
    </message>
    <message>
        <location filename="../core/agreements/TemplateRenderer.cpp" line="117" />
        <source>The agreement cannot be generated. The template has %1. Fill in the missing details (mentor profile, client or engagement) or correct the template.</source>
        <translation>Non è possibile generare l'accordo. Problemi nel modello: %1. Completare i dati mancanti (profilo del mentor, cliente o percorso) oppure correggere il modello.</translation>
    </message>
</context>
<context>
    <name>md::TimelineModel</name>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="88" />
        <source>(created)</source>
        <translation>(creato)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="92" />
        <source>Override: %1</source>
        <translation>Forzatura: %1</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="103" />
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="105" />
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="107" />
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="109" />
        <source>Reason</source>
        <translation>Motivazione</translation>
    </message>
</context>
<context>
    <name>md::UnlockDialog</name>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="40" />
        <source>The key could not be remembered.</source>
        <translation>Non è stato possibile memorizzare la chiave.</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="50" />
        <source>Unlock MentorDesk</source>
        <translation>Sblocca MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="52" />
        <source>Unlock your workspace</source>
        <translation>Sbloccare l'area di lavoro</translation>
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
        <translation>Chiave di recupero</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="82" />
        <source>&amp;Recovery key:</source>
        <translation>Chiave di r&amp;ecupero:</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="92" />
        <source>Re&amp;member on this computer</source>
        <translation>&amp;Memorizza su questo computer</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="95" />
        <source>Keep the workspace key in the system keychain and open MentorDesk without asking while you are logged in</source>
        <translation>Conservare la chiave dell'area di lavoro nel portachiavi di sistema e aprire MentorDesk senza chiedere nulla finché la sessione utente è attiva</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="98" />
        <source>No keychain answered on this computer, so MentorDesk cannot remember the key here.</source>
        <translation>Nessun portachiavi ha risposto su questo computer, quindi MentorDesk non può memorizzare la chiave qui.</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="112" />
        <source>&amp;Unlock</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="116" />
        <source>&amp;Restore from Backup…</source>
        <translation>Ripris&amp;tina da backup…</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="163" />
        <source>Use recovery key instead</source>
        <translation>Usa invece la chiave di recupero</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="164" />
        <source>Use passphrase instead</source>
        <translation>Usa invece la passphrase</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="200" />
        <source>The passphrase is not correct. Check Caps Lock and the keyboard layout, or use your recovery key instead.</source>
        <translation>La passphrase non è corretta. Controllare il tasto Bloc Maiusc e il layout della tastiera, oppure usare invece la chiave di recupero.</translation>
    </message>
</context>
<context>
    <name>md::UpcomingSessionRepository</name>
    <message>
        <location filename="../core/storage/UpcomingSessionRepository.cpp" line="52" />
        <source>Could not read the upcoming sessions</source>
        <translation>Impossibile leggere le prossime sessioni</translation>
    </message>
    <message>
        <location filename="../core/storage/UpcomingSessionRepository.cpp" line="79" />
        <source>Could not count the sessions</source>
        <translation>Impossibile contare le sessioni</translation>
    </message>
</context>
<context>
    <name>md::UpcomingSessionsWidget</name>
    <message>
        <location filename="../ui/calendar/UpcomingSessionsWidget.cpp" line="31" />
        <source>Upcoming sessions</source>
        <translation>Prossime sessioni</translation>
    </message>
    <message>
        <location filename="../ui/calendar/UpcomingSessionsWidget.cpp" line="48" />
        <location filename="../ui/calendar/UpcomingSessionsWidget.cpp" line="154" />
        <source>Nothing planned for the coming days.</source>
        <translation>Nulla in programma per i prossimi giorni.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/UpcomingSessionsWidget.cpp" line="166" />
        <source>%1: the last planned session is near (%2).</source>
        <translation>%1: l'ultima sessione pianificata si avvicina (%2).</translation>
    </message>
</context>
<context>
    <name>md::VCardReader</name>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="156" />
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>Il file supera %1 MB; suddividerlo in file più piccoli.</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="197" />
        <source>not a vCard property (NAME:value)</source>
        <translation>non è una proprietà vCard (NOME:valore)</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="219" />
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD senza BEGIN:VCARD</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="235" />
        <source>a card without a name</source>
        <translation>una scheda senza nome</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="240" />
        <source>more than %1 cards; split the file</source>
        <translation>più di %1 schede; suddividere il file</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="246" />
        <source>a property outside BEGIN:VCARD … END:VCARD</source>
        <translation>una proprietà al di fuori di BEGIN:VCARD … END:VCARD</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="252" />
        <source>the value is longer than 1 MB</source>
        <translation>il valore supera 1 MB</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="260" />
        <source>broken quoted-printable text</source>
        <translation>testo quoted-printable danneggiato</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="268" />
        <source>vCard version %1 is not supported (2.1, 3.0 and 4.0 are)</source>
        <translation>la versione vCard %1 non è supportata (sono supportate 2.1, 3.0 e 4.0)</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="307" />
        <source>BEGIN:VCARD without END:VCARD</source>
        <translation>BEGIN:VCARD senza END:VCARD</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="313" />
        <source>The file is not a valid vCard file: %1</source>
        <translation>Il file non è un file vCard valido: %1</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="316" />
        <source>The file holds no vCard (BEGIN:VCARD).</source>
        <translation>Il file non contiene alcuna vCard (BEGIN:VCARD).</translation>
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
        <translation>Bozza – non ancora firmata</translation>
    </message>
</context>
<context>
    <name>md::WeekGrid</name>
    <message>
        <location filename="../ui/calendar/WeekGrid.cpp" line="46" />
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <location filename="../ui/calendar/WeekGrid.cpp" line="237" />
        <source>Busy</source>
        <translation>Occupato</translation>
    </message>
    <message>
        <location filename="../ui/calendar/WeekGrid.cpp" line="237" />
        <source>Session</source>
        <translation>Sessione</translation>
    </message>
    <message>
        <location filename="../ui/calendar/WeekGrid.cpp" line="351" />
        <source>New session</source>
        <translation>Nuova sessione</translation>
    </message>
    <message>
        <location filename="../ui/calendar/WeekGrid.cpp" line="473" />
        <source>Busy in your other calendar</source>
        <translation>Occupato nell'altro calendario</translation>
    </message>
</context>
<context>
    <name>md::Workspace</name>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="41" />
        <source>The passphrase is not correct. Check Caps Lock and the keyboard layout, or unlock with your recovery key.</source>
        <translation>La passphrase non è corretta. Controllare il tasto Bloc Maiusc e il layout della tastiera, oppure sbloccare con la chiave di recupero.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="50" />
        <source>This workspace has no passphrase yet: its workspace file was rebuilt with the recovery key. Unlock with the recovery key and choose a new passphrase (with mentordesk-cli: passwd --recovery-key).</source>
        <translation>Questa area di lavoro non ha ancora una passphrase: il suo file è stato ricostruito con la chiave di recupero. Sbloccare con la chiave di recupero e scegliere una nuova passphrase (con mentordesk-cli: passwd --recovery-key).</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="61" />
        <source>the key is right, but the file no longer reads as a database</source>
        <translation>la chiave è corretta, ma il file non è più leggibile come database</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="176" />
        <source>There is already a workspace in %1. Open it instead; MentorDesk never replaces a workspace.</source>
        <translation>In %1 esiste già un'area di lavoro. Aprire quella; MentorDesk non sostituisce mai un'area di lavoro.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="180" />
        <source>Choose a passphrase.</source>
        <translation>Scegliere una passphrase.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="183" />
        <source>Could not create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="190" />
        <source>Could not restrict access to the folder %1.</source>
        <translation>Impossibile limitare l'accesso alla cartella %1.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="213" />
        <source>The new database is not encrypted; MentorDesk stopped to protect your data.</source>
        <translation>Il nuovo database non è cifrato; MentorDesk si è fermato per proteggere i dati.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="326" />
        <source>Group %1 of the recovery key is not right; the other groups match this workspace. Compare that group of four with your printed key. Nothing was changed.</source>
        <translation>Il gruppo %1 della chiave di recupero non è corretto; gli altri gruppi corrispondono a questa area di lavoro. Confrontare quel gruppo di quattro caratteri con la chiave stampata. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="331" />
        <source>This recovery key does not open this workspace. Check each group of four characters against your printout. Nothing was changed.</source>
        <translation>Questa chiave di recupero non apre questa area di lavoro. Confrontare ogni gruppo di quattro caratteri con la copia stampata. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="338" />
        <source>Could not keep a copy of the damaged workspace file as %1.</source>
        <translation>Impossibile conservare una copia del file danneggiato dell'area di lavoro come %1.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="362" />
        <source>The key remembered on this computer does not belong to this workspace. Unlock with your passphrase.</source>
        <translation>La chiave memorizzata su questo computer non appartiene a questa area di lavoro. Sbloccare con la passphrase.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="370" />
        <location filename="../core/workspace/Workspace.cpp" line="385" />
        <source>Choose a new passphrase.</source>
        <translation>Scegliere una nuova passphrase.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="391" />
        <source>This recovery key does not belong to this workspace.</source>
        <translation>Questa chiave di recupero non appartiene a questa area di lavoro.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="469" />
        <source>This recovery key does not open the workspace database (or the database is damaged). Nothing was changed.</source>
        <translation>Questa chiave di recupero non apre il database dell'area di lavoro (oppure il database è danneggiato). Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="486" />
        <source>Could not keep the damaged workspace file as %1; nothing was changed.</source>
        <translation>Impossibile conservare il file danneggiato dell'area di lavoro come %1; non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>md::WorkspaceExporter</name>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="86" />
        <source>%1 holds a workspace; export into an empty or new folder.</source>
        <translation>%1 contiene un'area di lavoro; esportare in una cartella vuota o nuova.</translation>
    </message>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="91" />
        <source>%1 is not empty; export into an empty or new folder.</source>
        <translation>%1 non è vuota; esportare in una cartella vuota o nuova.</translation>
    </message>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="96" />
        <location filename="../core/export/WorkspaceExporter.cpp" line="138" />
        <location filename="../core/export/WorkspaceExporter.cpp" line="193" />
        <source>Could not create %1.</source>
        <translation>Impossibile creare %1.</translation>
    </message>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="102" />
        <source>Could not write to %1.</source>
        <translation>Impossibile scrivere in %1.</translation>
    </message>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="126" />
        <source>Could not finish the export in %1.</source>
        <translation>Impossibile completare l'esportazione in %1.</translation>
    </message>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="237" />
        <source>Could not create the document folders.</source>
        <translation>Impossibile creare le cartelle dei documenti.</translation>
    </message>
</context>
<context>
    <name>md::WorkspaceIdentity</name>
    <message>
        <location filename="../core/storage/WorkspaceIdentity.cpp" line="22" />
        <source>Could not record the workspace id</source>
        <translation>Impossibile registrare l'ID dell'area di lavoro</translation>
    </message>
    <message>
        <location filename="../core/storage/WorkspaceIdentity.cpp" line="31" />
        <source>Could not read the workspace id</source>
        <translation>Impossibile leggere l'ID dell'area di lavoro</translation>
    </message>
</context>
<context>
    <name>md::WorkspaceImporter</name>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="36" />
        <source>the field "%1" is unknown</source>
        <translation>il campo «%1» è sconosciuto</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="44" />
        <source>the field "%1" is missing</source>
        <translation>manca il campo «%1»</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="63" />
        <source>the field "%1" holds no valid base64 data</source>
        <translation>il campo «%1» non contiene dati base64 validi</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="71" />
        <source>the field "%1" holds a list</source>
        <translation>il campo «%1» contiene un elenco</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="81" />
        <source>%1 cannot be read: %2.</source>
        <translation>%1 non è leggibile: %2.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="93" />
        <location filename="../core/import/WorkspaceImporter.cpp" line="155" />
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 non può essere aperto: %2.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="101" />
        <source>it does not hold a list of records</source>
        <translation>non contiene un elenco di record</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="107" />
        <source>record %1 is not a record</source>
        <translation>il record %1 non è un record</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="126" />
        <source>text follows the list of records</source>
        <translation>c'è del testo dopo l'elenco dei record</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="136" />
        <source>line %1 is not a record</source>
        <translation>la riga %1 non è un record</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="141" />
        <source>the list of records is cut short</source>
        <translation>l'elenco dei record è troncato</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="149" />
        <source>There is no folder %1.</source>
        <translation>La cartella %1 non esiste.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="152" />
        <source>%1 is not a MentorDesk export: it has no %2.</source>
        <translation>%1 non è un'esportazione di MentorDesk: manca %2.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="173" />
        <source>This export holds one client's data, not a whole workspace. Only an export of a whole workspace (File &gt; Export Workspace, or 'export --to') can become a workspace.</source>
        <translation>Questa esportazione contiene i dati di un solo cliente, non di un'intera area di lavoro. Solo l'esportazione di un'intera area di lavoro (File &gt; Esporta area di lavoro, oppure 'export --to') può diventare un'area di lavoro.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="178" />
        <source>This export was made by a newer version of MentorDesk (data format %1; this version knows up to %2). Update MentorDesk to import it.</source>
        <translation>Questa esportazione è stata creata da una versione più recente di MentorDesk (formato dei dati %1; questa versione conosce i formati fino a %2). Aggiornare MentorDesk per importarla.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="186" />
        <source>This export was made by an earlier version of MentorDesk (data format %1; this version writes %2). Open the workspace it came from with this version and export it again.</source>
        <translation>Questa esportazione è stata creata da una versione precedente di MentorDesk (formato dei dati %1; questa versione scrive il formato %2). Aprire l'area di lavoro di provenienza con questa versione ed esportarla di nuovo.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="207" />
        <source>The export is incomplete: %1 is missing.</source>
        <translation>L'esportazione è incompleta: manca %1.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="212" />
        <source>The export holds json/%1, which is no table of this data format.</source>
        <translation>L'esportazione contiene json/%1, che non è una tabella di questo formato dei dati.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="228" />
        <source>This workspace already holds records; an export is imported into a new workspace only.</source>
        <translation>Questa area di lavoro contiene già dei record; un'esportazione può essere importata solo in una nuova area di lavoro.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="243" />
        <source>%1, record %2</source>
        <translation>%1, record %2</translation>
    </message>
</context>
<context>
    <name>md::cli::AgreementCommands</name>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="68" />
        <source>Unknown template '%1' (use mentoring|confidentiality).</source>
        <translation>Modello sconosciuto '%1' (usare mentoring|confidentiality).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="78" />
        <location filename="../app/cli/AgreementCommands.cpp" line="154" />
        <source>'%1' is not a date (use YYYY-MM-DD).</source>
        <translation>'%1' non è una data (usare YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="87" />
        <source>--engagement is required.</source>
        <translation>--engagement è obbligatorio.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="89" />
        <location filename="../app/cli/AgreementCommands.cpp" line="181" />
        <source>engagement id</source>
        <translation>ID del percorso</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="108" />
        <location filename="../app/cli/AgreementCommands.cpp" line="126" />
        <location filename="../app/cli/AgreementCommands.cpp" line="142" />
        <location filename="../app/cli/AgreementCommands.cpp" line="258" />
        <source>agreement id</source>
        <translation>ID dell'accordo</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="125" />
        <source>Give the agreement's id and the PDF file to write.</source>
        <translation>Indicare l'ID dell'accordo e il file PDF da scrivere.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="147" />
        <source>--on-paper SCAN_FILE is required (on-screen signing happens in the app).</source>
        <translation>--on-paper FILE_SCANSIONE è obbligatorio (la firma su schermo avviene nell'applicazione).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="158" />
        <source>Could not read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
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
        <translation>NUMERO</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="196" />
        <source>STATE</source>
        <translation>STATO</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="196" />
        <source>VERIFICATION</source>
        <translation>VERIFICA</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="197" />
        <source>CLIENT</source>
        <translation>CLIENTE</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="197" />
        <source>TITLE</source>
        <translation>TITOLO</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="240" />
        <source>No agreements yet. Generate one with: %1 agreement create --engagement ID</source>
        <translation>Ancora nessun accordo. Generarne uno con: %1 agreement create --engagement ID</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="249" />
        <source>At least one signed agreement was modified; run '%1 verify'.</source>
        <translation>Almeno un accordo firmato è stato modificato; eseguire '%1 verify'.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="257" />
        <source>Give the agreement's id and the folder to export to.</source>
        <translation>Indicare l'ID dell'accordo e la cartella in cui esportare.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="306" />
        <source>The agreement's id (see 'agreement list').</source>
        <translation>L'ID dell'accordo (vedere 'agreement list').</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="308" />
        <source>mentoring (default) or confidentiality.</source>
        <translation>mentoring (predefinito) o confidentiality.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="308" />
        <source>TEMPLATE</source>
        <translation>MODELLO</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="310" />
        <source>The date the agreement ends, YYYY-MM-DD (default: open-ended).</source>
        <translation>La data di fine dell'accordo, YYYY-MM-DD (predefinito: senza scadenza).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="311" />
        <location filename="../app/cli/AgreementCommands.cpp" line="362" />
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="316" />
        <source>--engagement ID [--template mentoring|confidentiality] [--end-date DATE]</source>
        <translation>--engagement ID [--template mentoring|confidentiality] [--end-date DATA]</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="317" />
        <source>Generate a draft agreement for an engagement and print its id.</source>
        <translation>Generare una bozza di accordo per un percorso e stamparne l'ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="325" />
        <source>The engagement's id (required).</source>
        <translation>L'ID del percorso (obbligatorio).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="332" />
        <source>ID [--end-date DATE]</source>
        <translation>ID [--end-date DATA]</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="333" />
        <source>Generate a draft that amends a signed agreement; print its id.</source>
        <translation>Generare una bozza che integra un accordo firmato; stamparne l'ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="341" />
        <source>ID FILE</source>
        <translation>ID FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="342" />
        <source>Write an agreement as PDF (a signed one: exactly the signed bytes).</source>
        <translation>Scrivere un accordo come PDF (per un accordo firmato: esattamente i byte firmati).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="343" />
        <source>The file is written unencrypted: keep it safe or delete it after use.</source>
        <translation>Il file viene scritto senza cifratura: conservarlo al sicuro o eliminarlo dopo l'uso.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="344" />
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="344" />
        <source>The PDF file to write.</source>
        <translation>Il file PDF da scrivere.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="351" />
        <source>Record that a printed agreement was signed by hand, with its scan.</source>
        <translation>Registrare che un accordo stampato è stato firmato a mano, con la relativa scansione.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="169" />
        <source>Agreement %1 is recorded as signed by hand on %2; the scan is attached, not checked. Fingerprint %3.</source>
        <translation>L'accordo %1 risulta firmato a mano il %2; la scansione è allegata, non verificata. Impronta %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="318" />
        <source>The newest version of the template is filled in from your profile (see 'agreement profile'), the client and the engagement. A detail that is not set yet (your business name or address, the client's email, the fee, ...) prints as a blank line to fill in by hand; the blanks are listed on standard error. Only your name and the client's name are required.</source>
        <translation>La versione più recente del modello viene compilata con i dati del profilo (vedere 'agreement profile'), del cliente e del percorso. Un dato non ancora impostato (ragione sociale o indirizzo, e-mail del cliente, compenso…) viene stampato come riga vuota da compilare a mano; i campi vuoti sono elencati sullo standard error. Sono obbligatori solo il proprio nome e quello del cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="350" />
        <source>ID --on-paper SCAN_FILE [--signed-on DATE]</source>
        <translation>ID --on-paper FILE_SCANSIONE [--signed-on DATA]</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="352" />
        <source>The scan (PDF, PNG or JPEG) is stored in the workspace as it is; the handwritten signatures on it are not checked. The agreement is frozen: its PDF, a manifest and the manifest's signature are stored and no later change is possible.</source>
        <translation>La scansione (PDF, PNG o JPEG) viene conservata così com'è nell'area di lavoro; le firme autografe non vengono verificate. L'accordo diventa definitivo: il suo PDF, un manifest e la firma del manifest vengono salvati e non è più possibile alcuna modifica.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="358" />
        <source>The scan of the signed paper.</source>
        <translation>La scansione del documento cartaceo firmato.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="358" />
        <source>SCAN_FILE</source>
        <translation>FILE_SCANSIONE</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="360" />
        <source>The day the paper was signed, YYYY-MM-DD (default: today); not before the draft was generated, not in the future.</source>
        <translation>Il giorno in cui è stato firmato il documento cartaceo, YYYY-MM-DD (predefinito: oggi); non prima della generazione della bozza, non nel futuro.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="368" />
        <source>[--json] [--engagement ID]</source>
        <translation>[--json] [--engagement ID]</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="369" />
        <source>List agreements with their state and verification.</source>
        <translation>Elencare gli accordi con il loro stato e la verifica.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="370" />
        <source>Exits with status 1 when a signed agreement does not verify.</source>
        <translation>Termina con stato di uscita 1 quando un accordo firmato non supera la verifica.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="371" />
        <source>Print a JSON array.</source>
        <translation>Stampare un array JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="372" />
        <source>Only this engagement's.</source>
        <translation>Solo quelli di questo percorso.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="378" />
        <source>ID DIR</source>
        <translation>ID CARTELLA</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="379" />
        <source>Export a signed agreement for the client, with what proves it.</source>
        <translation>Esportare un accordo firmato per il cliente, con ciò che lo dimostra.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="380" />
        <source>Writes agreement.pdf, manifest.json, manifest.sig (raw Ed25519 signature), manifest.sig.base64, public-key.pem, the signature images or the scan, and a README.txt on checking them with sha256sum and openssl. Existing files are never overwritten.</source>
        <translation>Scrive agreement.pdf, manifest.json, manifest.sig (firma Ed25519 grezza), manifest.sig.base64, public-key.pem, le immagini delle firme o la scansione, e un README.txt che spiega come verificarli con sha256sum e openssl. I file esistenti non vengono mai sovrascritti.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="384" />
        <source>DIR</source>
        <translation>CARTELLA</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="384" />
        <source>The folder to write to.</source>
        <translation>La cartella in cui scrivere.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="390" />
        <source>[--name TEXT] [--business-name TEXT] [--address TEXT] [...]</source>
        <translation>[--name TESTO] [--business-name TESTO] [--address TESTO] [...]</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="391" />
        <source>Show or change your mentor profile, as agreements print it.</source>
        <translation>Mostrare o modificare il profilo del mentor, come viene stampato negli accordi.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="392" />
        <source>Prints the profile as JSON after applying the options given. In --address, \n starts a new line.</source>
        <translation>Stampa il profilo in JSON dopo aver applicato le opzioni indicate. In --address, \n inizia una nuova riga.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="397" />
        <source>Set %1.</source>
        <translation>Imposta %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="397" />
        <source>TEXT</source>
        <translation>TESTO</translation>
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
        <translation>  (automatico)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/BackupCommands.cpp" line="92" />
        <source>Backup written and verified: %1 rows in %n table(s) are identical to the workspace.</source>
        <translation>
            <numerusform>Backup scritto e verificato: %1 righe in %n tabella sono identiche all'area di lavoro.</numerusform>
            <numerusform>Backup scritto e verificato: %1 righe in %n tabelle sono identiche all'area di lavoro.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="116" />
        <source>No verified backups in %1.</source>
        <translation>Nessun backup verificato in %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="123" />
        <source>  (another workspace)</source>
        <translation>  (altra area di lavoro)</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="132" />
        <source>Recovery key of the backup: </source>
        <translation>Chiave di recupero del backup: </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="133" />
        <source>Passphrase of the backup (the one the workspace had then): </source>
        <translation>Passphrase del backup (quella che l'area di lavoro aveva allora): </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="134" />
        <source>No recovery key was given on standard input.</source>
        <translation>Nessuna chiave di recupero fornita sullo standard input.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="135" />
        <source>No passphrase was given on standard input.</source>
        <translation>Nessuna passphrase fornita sullo standard input.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="157" />
        <source>Name the backup folder to check.</source>
        <translation>Indicare la cartella di backup da verificare.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/BackupCommands.cpp" line="177" />
        <source>The backup is damaged: %n problem(s) found.</source>
        <translation>
            <numerusform>Il backup è danneggiato: trovato %n problema.</numerusform>
            <numerusform>Il backup è danneggiato: trovati %n problemi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="187" />
        <source>Name the backup folder to restore.</source>
        <translation>Indicare la cartella di backup da ripristinare.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="190" />
        <source>Give the new workspace folder with --to DIR; a restore never replaces a workspace in place.</source>
        <translation>Indicare la cartella della nuova area di lavoro con --to CARTELLA; un ripristino non sostituisce mai un'area di lavoro esistente.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="198" />
        <source>%1 already holds a workspace; MentorDesk never restores over one. Choose an empty or new folder.</source>
        <translation>%1 contiene già un'area di lavoro; MentorDesk non ripristina mai sopra un'area esistente. Scegliere una cartella vuota o nuova.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="211" />
        <source>Restored the backup of %1 into %2. Open it with: %3 --workspace "%2"</source>
        <translation>Backup di %1 ripristinato in %2. Aprirlo con: %3 --workspace "%2"</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="223" />
        <source>[--to DIR] [--json]</source>
        <translation>[--to CARTELLA] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="224" />
        <source>Write a verified, encrypted backup of the workspace.</source>
        <translation>Scrivere un backup verificato e cifrato dell'area di lavoro.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="226" />
        <source>Copies every committed change (also those still in the write-ahead log) into a new
folder named after the date and time, encrypted under the same key: the recovery
key opens it. The copy is read back and compared table by table before it is
kept; a backup that does not match is deleted and the command fails. Works while
MentorDesk is open. Without --to, the backup folder of this computer's
preferences is used (by default beside the workspace folder).</source>
        <translation>Copia ogni modifica confermata (anche quelle ancora nel write-ahead log) in una nuova
cartella con il nome della data e dell'ora, cifrata con la stessa chiave: la chiave di
recupero la apre. La copia viene riletta e confrontata tabella per tabella prima di essere
conservata; un backup che non corrisponde viene eliminato e il comando non riesce. Funziona
anche con MentorDesk aperto. Senza --to, viene usata la cartella dei backup delle preferenze
di questo computer (per impostazione predefinita, accanto alla cartella dell'area di lavoro).</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="233" />
        <source>The folder to write the backup into.</source>
        <translation>La cartella in cui scrivere il backup.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="233" />
        <location filename="../app/cli/BackupCommands.cpp" line="243" />
        <location filename="../app/cli/BackupCommands.cpp" line="267" />
        <source>DIR</source>
        <translation>CARTELLA</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="234" />
        <source>Print the backup as JSON.</source>
        <translation>Stampare il backup in JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="240" />
        <source>[--from DIR] [--json]</source>
        <translation>[--from CARTELLA] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="241" />
        <source>List the verified backups, newest first.</source>
        <translation>Elencare i backup verificati, dal più recente.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="242" />
        <source>Needs no passphrase: the description of each backup holds no client data.</source>
        <translation>Non serve la passphrase: la descrizione di ogni backup non contiene dati dei clienti.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="243" />
        <source>The folder to look in.</source>
        <translation>La cartella in cui cercare.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="244" />
        <source>Print a JSON array.</source>
        <translation>Stampare un array JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="250" />
        <location filename="../app/cli/BackupCommands.cpp" line="255" />
        <location filename="../app/cli/BackupCommands.cpp" line="268" />
        <source>BACKUP</source>
        <translation>BACKUP</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="251" />
        <source>Check a backup: integrity and every table against its checksums.</source>
        <translation>Verificare un backup: integrità e ogni tabella rispetto ai suoi checksum.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="252" />
        <source>Asks for the passphrase the workspace had when the backup was made (or,
with --recovery-key, the recovery key). Prints OK, or the problems
found and exits with status 1. The backup itself is not modified.</source>
        <translation>Chiede la passphrase che l'area di lavoro aveva al momento del backup (oppure,
con --recovery-key, la chiave di recupero). Stampa OK, oppure i problemi
trovati e termina con stato di uscita 1. Il backup non viene modificato.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="255" />
        <location filename="../app/cli/BackupCommands.cpp" line="268" />
        <source>A backup folder (or its backup.json).</source>
        <translation>Una cartella di backup (o il suo backup.json).</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="261" />
        <source>BACKUP --to DIR</source>
        <translation>BACKUP --to CARTELLA</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="262" />
        <source>Restore a backup into a new workspace folder.</source>
        <translation>Ripristinare un backup in una nuova cartella dell'area di lavoro.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="263" />
        <source>The folder must be new or empty: the live workspace is never replaced
in place. The restored copy is opened with the passphrase of the backup
(or the recovery key) and checked against its checksums; when it does
not match, nothing is left behind.</source>
        <translation>La cartella deve essere nuova o vuota: l'area di lavoro in uso non viene mai sostituita
direttamente. La copia ripristinata viene aperta con la passphrase del backup
(o la chiave di recupero) e verificata con i suoi checksum; se non
corrisponde, non resta nulla.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="267" />
        <source>The new workspace folder.</source>
        <translation>La nuova cartella dell'area di lavoro.</translation>
    </message>
</context>
<context>
    <name>md::cli::BillingCommands</name>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="80" />
        <source>--kind must be single, package or retainer.</source>
        <translation>--kind deve essere single, package o retainer.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="83" />
        <source>--name is required.</source>
        <translation>--name è obbligatorio.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="85" />
        <source>--price is required.</source>
        <translation>--price è obbligatorio.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="93" />
        <source>--sessions and --months take a whole number.</source>
        <translation>--sessions e --months richiedono un numero intero.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="120" />
        <source>--engagement and --offering are required.</source>
        <translation>--engagement e --offering sono obbligatori.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="122" />
        <source>engagement id</source>
        <translation>ID del percorso</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="125" />
        <source>offering id</source>
        <translation>ID della voce di listino</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="133" />
        <source>'%1' is not a date: write YYYY-MM-DD.</source>
        <translation>'%1' non è una data: scrivere YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="168" />
        <source>'%1' is not a year.</source>
        <translation>'%1' non è un anno.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="206" />
        <source>Revenue %1 (%2): month, net, tax, gross, received</source>
        <translation>Fatturato %1 (%2): mese, imponibile, IVA, lordo, incassato</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="213" />
        <source>Owed by client: 0-30, 31-60, 61-90, over 90 days, total</source>
        <translation>Dovuto per cliente: 0-30, 31-60, 61-90, oltre 90 giorni, totale</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="226" />
        <source>DIR</source>
        <translation>CARTELLA</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="227" />
        <source>Write invoices.csv, invoice_lines.csv and payments.csv.</source>
        <translation>Scrivere invoices.csv, invoice_lines.csv e payments.csv.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="229" />
        <source>CSV as RFC 4180 (every field quoted, CRLF line ends), UTF-8, amounts with a dot as decimal separator and dates as YYYY-MM-DD, whatever the language settings. Drafts are left out.</source>
        <translation>CSV secondo la RFC 4180 (ogni campo tra virgolette, fine riga CRLF), UTF-8, importi con il punto come separatore decimale e date nel formato YYYY-MM-DD, indipendentemente dalle impostazioni della lingua. Le bozze sono escluse.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="233" />
        <source>Folder to write to (made if missing).</source>
        <translation>Cartella in cui scrivere (creata se non esiste).</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="239" />
        <source>[--year YEAR] [--json]</source>
        <translation>[--year ANNO] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="240" />
        <source>Revenue by month and what each client owes, by age.</source>
        <translation>Fatturato per mese e quanto deve ciascun cliente, per anzianità.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="242" />
        <source>The year (default: this year).</source>
        <translation>L'anno (predefinito: l'anno in corso).</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="242" />
        <source>YEAR</source>
        <translation>ANNO</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="243" />
        <source>Print a JSON object.</source>
        <translation>Stampare un oggetto JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="249" />
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="250" />
        <source>List the price list with its ids.</source>
        <translation>Elencare il listino prezzi con i relativi ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="251" />
        <source>Print a JSON array.</source>
        <translation>Stampare un array JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="258" />
        <source>--kind single|package|retainer --name NAME --price AMOUNT [--tax-rate PERCENT] [--sessions N] [--months N]</source>
        <translation>--kind single|package|retainer --name NOME --price IMPORTO [--tax-rate PERCENTUALE] [--sessions N] [--months N]</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="260" />
        <source>Add an entry to the price list; prints its id.</source>
        <translation>Aggiungere una voce al listino prezzi; ne stampa l'ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="262" />
        <source>The price is before tax, per session, per package or per month, in the workspace currency. Packages take --sessions (sessions included) and --months (validity, 0 = no expiry). Without --tax-rate the standard rate applies.</source>
        <translation>Il prezzo è al netto delle imposte, per sessione, per pacchetto o al mese, nella valuta dell'area di lavoro. I pacchetti accettano --sessions (sessioni incluse) e --months (validità, 0 = senza scadenza). Senza --tax-rate si applica l'aliquota ordinaria.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="266" />
        <source>single, package or retainer.</source>
        <translation>single, package o retainer.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="266" />
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="267" />
        <source>The name printed on invoices.</source>
        <translation>Il nome stampato sulle fatture.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="267" />
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="268" />
        <source>The price before tax.</source>
        <translation>Il prezzo al netto delle imposte.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="268" />
        <source>AMOUNT</source>
        <translation>IMPORTO</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="269" />
        <source>The tax rate in percent.</source>
        <translation>L'aliquota in percentuale.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="269" />
        <source>PERCENT</source>
        <translation>PERCENTUALE</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="270" />
        <source>Packages: sessions included.</source>
        <translation>Pacchetti: sessioni incluse.</translation>
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
        <translation>Pacchetti: mesi di validità.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="277" />
        <source>--engagement ID --offering ID [--date YYYY-MM-DD]</source>
        <translation>--engagement ID --offering ID [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="278" />
        <source>Sell a package of the price list to an engagement; prints the id of its invoice draft.</source>
        <translation>Vendere un pacchetto del listino a un percorso; stampa l'ID della relativa bozza di fattura.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="281" />
        <source>The engagement gets the package's sessions as credits, valid from the date of sale (default: today) for the package's months; its held sessions use them. The draft invoice bills the package's price; issue it with `invoice issue`.</source>
        <translation>Il percorso riceve le sessioni del pacchetto come crediti, validi dalla data di vendita (predefinito: oggi) per i mesi del pacchetto; le sessioni svolte li utilizzano. La bozza di fattura addebita il prezzo del pacchetto; emetterla con `invoice issue`.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="285" />
        <source>The engagement's id (required).</source>
        <translation>L'ID del percorso (obbligatorio).</translation>
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
        <translation>L'ID del pacchetto ricavato da `billing offerings`.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="288" />
        <source>The date of sale.</source>
        <translation>La data di vendita.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="288" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>md::cli::CalendarCommands</name>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="43" />
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="50" />
        <source>Give the server's address with --url.</source>
        <translation>Indicare l'indirizzo del server con --url.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="52" />
        <source>Give the user name with --user.</source>
        <translation>Indicare il nome utente con --user.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="61" />
        <source>Password of %1 on %2: </source>
        <translation>Password di %1 su %2: </translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="62" />
        <source>No password for the calendar server was given on standard input.</source>
        <translation>Nessuna password per il server di calendario fornita sullo standard input.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="77" />
        <source>Connected: sessions will be published to %1.</source>
        <translation>Collegato: le sessioni verranno pubblicate su %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CalendarCommands.cpp" line="80" />
        <source>%n change(s) waiting; run 'calendar sync' to send them.</source>
        <translation>
            <numerusform>%n modifica in attesa; eseguire 'calendar sync' per inviarla.</numerusform>
            <numerusform>%n modifiche in attesa; eseguire 'calendar sync' per inviarle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="94" />
        <source>Published %1, removed %2.</source>
        <extracomment>Counts of calendar events (a series counts once) sent to the server.</extracomment>
        <translation>Eventi pubblicati: %1, rimossi: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CalendarCommands.cpp" line="97" />
        <source>%n event(s) were changed on the server and were not overwritten.</source>
        <translation>
            <numerusform>%n evento è stato modificato sul server e non è stato sovrascritto.</numerusform>
            <numerusform>%n eventi sono stati modificati sul server e non sono stati sovrascritti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CalendarCommands.cpp" line="101" />
        <source>Read %n busy time(s) from the other calendars.</source>
        <translation>
            <numerusform>Letto %n periodo occupato dagli altri calendari.</numerusform>
            <numerusform>Letti %n periodi occupati dagli altri calendari.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CalendarCommands.cpp" line="105" />
        <source>%n change(s) still waiting.</source>
        <translation>
            <numerusform>%n modifica ancora in attesa.</numerusform>
            <numerusform>%n modifiche ancora in attesa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="108" />
        <source>Changed on the server: %1, waiting for your choice (see 'calendar differences').</source>
        <translation>Modificato sul server: %1, in attesa di una scelta (vedere 'calendar differences').</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="124" />
        <source>No calendar account is connected.</source>
        <translation>Nessun account di calendario collegato.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="127" />
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="128" />
        <source>User: %1</source>
        <translation>Utente: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="129" />
        <source>Calendar: %1</source>
        <translation>Calendario: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="130" />
        <source>Last sync: %1</source>
        <translation>Ultima sincronizzazione: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="131" />
        <source>Changes waiting: %1</source>
        <translation>Modifiche in attesa: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="132" />
        <source>Events changed on the server: %1</source>
        <translation>Modificato sul server: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="134" />
        <source>See them with 'calendar differences'.</source>
        <translation>Per vederli: 'calendar differences'.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="136" />
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="142" />
        <source>Give either --busy-titles or --no-busy-titles, not both.</source>
        <translation>Indicare --busy-titles oppure --no-busy-titles, non entrambi.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="158" />
        <source>No calendar is read for busy times now; the busy times read before were removed.</source>
        <translation>Ora nessun calendario viene letto per i periodi occupati; i periodi occupati letti in precedenza sono stati rimossi.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="162" />
        <source>Busy times are read from %1 on the next 'calendar sync'.</source>
        <translation>I periodi occupati verranno letti da %1 al prossimo 'calendar sync'.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="174" />
        <source>The calendar account was removed from this workspace; the events already published stay on the server.</source>
        <translation>L'account di calendario è stato rimosso da questa area di lavoro; gli eventi già pubblicati restano sul server.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="186" />
        <source>--url URL --user USER [--calendar NAME] [--busy NAME]... [--busy-titles]</source>
        <translation>--url URL --user UTENTE [--calendar NOME] [--busy NOME]... [--busy-titles]</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="187" />
        <source>Connect a CalDAV calendar account to publish the sessions to.</source>
        <translation>Collegare un account di calendario CalDAV su cui pubblicare le sessioni.</translation>
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
        <translation>Trova i calendari dell'account sul server (l'indirizzo può essere quello del server stesso,
ad es. https://cloud.example.com/) e pubblica nel calendario chiamato NOME
(«MentorDesk» se non indicato), che viene creato se non esiste. Chiede la
passphrase dell'area di lavoro, poi la password del server; se lo standard input non è un
terminale, la riga 1 è la passphrase e la riga 2 la password. La password viene conservata
solo all'interno dell'area di lavoro cifrata. È richiesto un indirizzo sicuro (https://).

Gli eventi pubblicati mostrano «Sessione di mentoring» con le iniziali del cliente e la
modalità: mai note, obiettivi, luoghi, link, indirizzi e-mail o nomi completi.

Gli eventi dei calendari indicati con --busy (ripeterlo per più calendari) vengono letti
a ogni sincronizzazione come periodi occupati per gli avvisi di sovrapposizione, con il
titolo «Occupato» a meno che non sia indicato --busy-titles.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="203" />
        <source>The CalDAV server's address.</source>
        <translation>L'indirizzo del server CalDAV.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="203" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="204" />
        <source>The user name on the server.</source>
        <translation>Il nome utente sul server.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="204" />
        <source>USER</source>
        <translation>UTENTE</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="205" />
        <source>The calendar to publish to.</source>
        <translation>Il calendario su cui pubblicare.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="205" />
        <location filename="../app/cli/CalendarCommands.cpp" line="207" />
        <location filename="../app/cli/CalendarCommands.cpp" line="240" />
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="206" />
        <location filename="../app/cli/CalendarCommands.cpp" line="239" />
        <source>Another calendar whose events are busy times.</source>
        <translation>Un altro calendario i cui eventi sono periodi occupati.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="208" />
        <location filename="../app/cli/CalendarCommands.cpp" line="241" />
        <source>Keep the titles of the busy times.</source>
        <translation>Mantenere i titoli dei periodi occupati.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="214" />
        <source>Send the session changes waiting for the calendar server.</source>
        <translation>Inviare al server di calendario le modifiche alle sessioni in attesa.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="216" />
        <source>Changes wait in the workspace while the server cannot be reached and go out on
the next sync. An event changed or deleted on the server is not overwritten: it
is listed by 'calendar differences' for your choice.</source>
        <translation>Le modifiche restano in attesa nell'area di lavoro finché il server non è
raggiungibile e vengono inviate alla sincronizzazione successiva. Un evento
modificato o eliminato sul server non viene sovrascritto: viene elencato da
'calendar differences' perché si possa scegliere.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="224" />
        <source>Show the calendar account, the last sync and what is waiting.</source>
        <translation>Mostrare l'account di calendario, l'ultima sincronizzazione e ciò che è in attesa.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="230" />
        <source>[--busy NAME]... [--busy-titles | --no-busy-titles]</source>
        <translation>[--busy NOME]... [--busy-titles | --no-busy-titles]</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="231" />
        <source>Choose the other calendars whose events are busy times.</source>
        <translation>Scegliere gli altri calendari i cui eventi sono periodi occupati.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="233" />
        <source>Replaces the calendars read as busy times with those named with --busy (repeat
it for several; none: no calendar is read). The busy times of a calendar no
longer named are removed at once; the next sync reads the ones named. Their
titles are kept with --busy-titles, shown as "Busy" with --no-busy-titles, and
stay as they were without either.</source>
        <translation>Sostituisce i calendari letti come periodi occupati con quelli indicati con
--busy (ripeterlo per più calendari; senza --busy non viene letto alcun
calendario). I periodi occupati di un calendario non più indicato vengono
rimossi subito; la sincronizzazione successiva legge quelli indicati. I loro
titoli vengono mantenuti con --busy-titles, mostrati come «Occupato» con
--no-busy-titles e restano invariati senza nessuna delle due opzioni.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="242" />
        <source>Show the busy times as "Busy" only.</source>
        <translation>Mostrare i periodi occupati solo come «Occupato».</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="250" />
        <source>Remove the calendar account from this workspace.</source>
        <translation>Rimuovere l'account di calendario da questa area di lavoro.</translation>
    </message>
</context>
<context>
    <name>md::cli::CalendarDifferenceCommands</name>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="68" />
        <source>No differences: the server has what MentorDesk published.</source>
        <translation>Nessuna differenza: il server contiene ciò che MentorDesk ha pubblicato.</translation>
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
        <translation>SESSIONE</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="73" />
        <source>ON THE SERVER</source>
        <translation>SUL SERVER</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="78" />
        <source>Take one into MentorDesk with 'calendar accept ID', or keep MentorDesk's version with 'calendar overwrite ID'.</source>
        <translation>Portarne una in MentorDesk con 'calendar accept ID', oppure mantenere la versione di MentorDesk con 'calendar overwrite ID'.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="85" />
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="101" />
        <source>difference id</source>
        <translation>ID della differenza</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="95" />
        <source>Warning: %1</source>
        <translation>Attenzione: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="96" />
        <source>The server's version is now in MentorDesk.</source>
        <translation>La versione del server è ora in MentorDesk.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="110" />
        <source>The server has MentorDesk's version again.</source>
        <translation>Il server ha di nuovo la versione di MentorDesk.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="111" />
        <source>MentorDesk's version is kept; it goes to the server with the next sync.</source>
        <translation>Viene mantenuta la versione di MentorDesk; sarà inviata al server alla sincronizzazione successiva.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="120" />
        <source>The difference's id, as 'calendar differences' lists it.</source>
        <translation>L'ID della differenza, come indicato da 'calendar differences'.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="125" />
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="126" />
        <source>List the events changed or deleted on the calendar server.</source>
        <translation>Elencare gli eventi modificati o eliminati sul server di calendario.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="128" />
        <source>An event published by MentorDesk and then changed or deleted on the server (on
a phone, in another calendar app) is not overwritten: each change is listed here
until you accept it into MentorDesk (calendar accept) or keep MentorDesk's
version (calendar overwrite). Until then MentorDesk's own changes to that event
wait too. 'calendar sync' finds the differences.</source>
        <translation>Un evento pubblicato da MentorDesk e poi modificato o eliminato sul server (da
un telefono, in un'altra app di calendario) non viene sovrascritto: ogni
modifica è elencata qui finché non la si accetta in MentorDesk (calendar accept)
o non si mantiene la versione di MentorDesk (calendar overwrite). Fino ad allora
restano in attesa anche le modifiche di MentorDesk a quell'evento.
'calendar sync' trova le differenze.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="133" />
        <source>Print the list as JSON.</source>
        <translation>Scrivere l'elenco in JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="140" />
        <source>Take the server's version of an event into MentorDesk.</source>
        <translation>Portare in MentorDesk la versione del server di un evento.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="142" />
        <source>A moved event moves the session; an event or occurrence deleted or cancelled on
the server cancels the session, as cancelled by you (its notes stay). A series
deleted on the server cancels its planned sessions still to come. Conflicts with
other sessions or busy times are shown as warnings.</source>
        <translation>Un evento spostato sposta la sessione; un evento o un'occorrenza eliminati o
annullati sul server annullano la sessione come disdetta dal mentor (le note
restano). Una serie eliminata sul server annulla le sue sessioni pianificate
ancora da svolgere. Le sovrapposizioni con altre sessioni o con periodi occupati
vengono mostrate come avvisi.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="154" />
        <source>Keep MentorDesk's version of an event, overwriting the server's.</source>
        <translation>Mantenere la versione di MentorDesk di un evento, sovrascrivendo quella del server.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="156" />
        <source>The event is written to the server again as MentorDesk has it (an event deleted
there is made again), at once when the server can be reached, else with the next
sync.</source>
        <translation>L'evento viene scritto di nuovo sul server così come è in MentorDesk (un evento
eliminato sul server viene ricreato), subito se il server è raggiungibile,
altrimenti alla sincronizzazione successiva.</translation>
    </message>
</context>
<context>
    <name>md::cli::CliRunner</name>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="53" />
        <source>The workspace folder (default: %1).</source>
        <translation>La cartella dell'area di lavoro (predefinita: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="55" />
        <source>DIR</source>
        <translation>CARTELLA</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="57" />
        <source>Try the key remembered in the system keychain first; if that fails for any reason, ask as usual.</source>
        <translation>Provare prima la chiave memorizzata nel portachiavi di sistema; se non riesce, per qualsiasi motivo, chiedere come di consueto.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="60" />
        <source>Unlock with the recovery key (read like a passphrase) instead.</source>
        <translation>Sbloccare invece con la chiave di recupero (letta come una passphrase).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="62" />
        <source>Show this help; 'COMMAND --help' shows one command.</source>
        <translation>Mostrare questa guida; 'COMANDO --help' mostra un singolo comando.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="63" />
        <source>Show the version.</source>
        <translation>Mostrare la versione.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="82" />
        <source>Print the manual page (roff).</source>
        <translation>Stampare la pagina di manuale (roff).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="107" />
        <source>No command given.</source>
        <translation>Nessun comando indicato.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="116" />
        <location filename="../app/cli/CliRunner.cpp" line="127" />
        <source>Unknown command '%1'.</source>
        <translation>Comando sconosciuto '%1'.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="126" />
        <source>'%1' needs a sub-command.</source>
        <translation>'%1' richiede un sottocomando.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="147" />
        <source>--version goes before the command.</source>
        <translation>--version va prima del comando.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="155" />
        <source>Missing argument %1.</source>
        <translation>Argomento %1 mancante.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="159" />
        <source>Unexpected argument '%1'.</source>
        <translation>Argomento inatteso '%1'.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="168" />
        <source>--workspace needs a folder.</source>
        <translation>--workspace richiede una cartella.</translation>
    </message>
</context>
<context>
    <name>md::cli::ClientBillingCommand</name>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="66" />
        <source>Billing name: %1</source>
        <translation>Denominazione di fatturazione: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="67" />
        <source>(the client's name)</source>
        <translation>(il nome del cliente)</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="69" />
        <source>Address:</source>
        <translation>Indirizzo:</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="69" />
        <source> (none)</source>
        <translation> (nessuno)</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="73" />
        <source>Tax ID: %1</source>
        <translation>Partita IVA: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="73" />
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="74" />
        <source>Printed under BILL TO:</source>
        <translation>Stampato sotto INTESTATARIO:</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="80" />
        <source>client id</source>
        <translation>ID del cliente</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="119" />
        <source>ID [--name TEXT] [--address TEXT] [--tax-id TEXT] [--json]</source>
        <translation>ID [--name TESTO] [--address TESTO] [--tax-id TESTO] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="120" />
        <source>Show or set the billing name, address and tax id for invoices.</source>
        <translation>Mostrare o impostare denominazione, indirizzo e partita IVA di fatturazione.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="122" />
        <source>Without options, shows the client's billing details and how they are printed under BILL TO. With options, sets the given fields (an empty value clears one) and shows the result. In --address, \n starts a new line, e.g. "Example Ltd\n1 Main Street\n12345 Berlin". Invoices issued from now on print these details; issued invoices keep what they were sent with.</source>
        <translation>Senza opzioni, mostra i dati di fatturazione del cliente e come vengono stampati sotto INTESTATARIO. Con le opzioni, imposta i campi indicati (un valore vuoto ne cancella uno) e mostra il risultato. In --address, \n inizia una nuova riga, ad es. "Esempio S.r.l.\nVia Roma 1\n20121 Milano". Le fatture emesse da ora in poi riportano questi dati; le fatture già emesse mantengono quelli con cui sono state inviate.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="127" />
        <source>The client's id.</source>
        <translation>L'ID del cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="129" />
        <source>Billing name (a company); empty = the client's name.</source>
        <translation>Denominazione di fatturazione (un'azienda); vuota = il nome del cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="130" />
        <location filename="../app/cli/ClientBillingCommand.cpp" line="131" />
        <location filename="../app/cli/ClientBillingCommand.cpp" line="132" />
        <source>TEXT</source>
        <translation>TESTO</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="131" />
        <source>Postal address; \n for new lines.</source>
        <translation>Indirizzo postale; \n per andare a capo.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="132" />
        <source>The client's VAT id or tax number.</source>
        <translation>La partita IVA o il codice fiscale del cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="133" />
        <source>Print a JSON object.</source>
        <translation>Stampare un oggetto JSON.</translation>
    </message>
</context>
<context>
    <name>md::cli::ClientCommands</name>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="35" />
        <source>Full name (required).</source>
        <translation>Nome completo (obbligatorio).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="36" />
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="38" />
        <source>The name they like to be called.</source>
        <translation>Il nome con cui preferisce essere chiamato.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="39" />
        <source>Preferred name</source>
        <translation>Nome preferito</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="41" />
        <source>Email address.</source>
        <translation>Indirizzo e-mail.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="42" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="44" />
        <source>Phone number.</source>
        <translation>Numero di telefono.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="45" />
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="47" />
        <source>Employer or organisation.</source>
        <translation>Datore di lavoro o organizzazione.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="48" />
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="50" />
        <source>Current role or job title.</source>
        <translation>Ruolo o qualifica attuale.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="51" />
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="53" />
        <source>IANA time zone, e.g. Europe/Berlin.</source>
        <translation>Fuso orario IANA, ad es. Europe/Rome.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="54" />
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="56" />
        <source>How they found you.</source>
        <translation>Come ci ha conosciuto.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="57" />
        <source>Found you via</source>
        <translation>Ci ha conosciuto tramite</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="59" />
        <source>Background.</source>
        <translation>Percorso professionale.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="60" />
        <source>Background</source>
        <translation>Percorso professionale</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="62" />
        <source>Strengths.</source>
        <translation>Punti di forza.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="63" />
        <source>Strengths</source>
        <translation>Punti di forza</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="65" />
        <source>Weaknesses.</source>
        <translation>Punti deboli.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="66" />
        <source>Weaknesses</source>
        <translation>Punti deboli</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="68" />
        <source>Career aspirations.</source>
        <translation>Aspirazioni professionali.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="69" />
        <source>Aspirations</source>
        <translation>Aspirazioni</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="71" />
        <source>What they want to keep doing.</source>
        <translation>Che cosa vuole continuare a fare.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="72" />
        <source>Keep doing</source>
        <translation>Continuare a fare</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="74" />
        <source>What they want to start doing.</source>
        <translation>Che cosa vuole iniziare a fare.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="75" />
        <source>Start doing</source>
        <translation>Iniziare a fare</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="77" />
        <source>What they want to stop doing.</source>
        <translation>Che cosa vuole smettere di fare.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="78" />
        <source>Stop doing</source>
        <translation>Smettere di fare</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="117" />
        <source>The client's id (see 'client list').</source>
        <translation>L'ID del cliente (vedere 'client list').</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="151" />
        <source>Language of the client's agreements, invoices and summaries: one of %1 (default: yours, the setting profile.language).</source>
        <translation>Lingua degli accordi, delle fatture e dei riepiloghi del cliente: una tra %1 (predefinito: la propria, l'impostazione profile.language).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="154" />
        <source>LANG</source>
        <translation>LINGUA</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="189" />
        <source>'%1' is not a client id (a positive number).</source>
        <translation>'%1' non è un ID cliente (un numero positivo).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="201" />
        <source>--name is required.</source>
        <translation>--name è obbligatorio.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="169" />
        <source>Unknown status '%1' (use %2).</source>
        <translation>Stato sconosciuto '%1' (usare %2).</translation>
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
        <translation>NOME</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="148" />
        <location filename="../app/cli/ClientCommands.cpp" line="263" />
        <source>STATUS</source>
        <translation>STATO</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="246" />
        <source>Updated client %1.</source>
        <translation>Cliente %1 aggiornato.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="263" />
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="263" />
        <source>ORGANISATION</source>
        <translation>ORGANIZZAZIONE</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="271" />
        <source> (archived)</source>
        <translation> (archiviato)</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="283" />
        <source>No clients yet. Add one with: %1 client add --name NAME</source>
        <translation>Ancora nessun cliente. Aggiungerne uno con: %1 client add --name NOME</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="301" />
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="302" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="304" />
        <source>Document language</source>
        <translation>Lingua dei documenti</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="305" />
        <source>yours</source>
        <translation>la propria</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="307" />
        <source>Archived</source>
        <translation>Archiviato</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="307" />
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="307" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="308" />
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="309" />
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="352" />
        <source>Archived client %1.</source>
        <translation>Cliente %1 archiviato.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="352" />
        <source>Restored client %1.</source>
        <translation>Cliente %1 ripristinato.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="364" />
        <source>Deleting a client cannot be undone; add --yes to confirm (or archive instead).</source>
        <translation>L'eliminazione di un cliente non può essere annullata; aggiungere --yes per confermare (oppure archiviarlo).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="374" />
        <source>Deleted client %1 (%2).</source>
        <translation>Cliente %1 (%2) eliminato.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="384" />
        <source>--name NAME [options]</source>
        <translation>--name NOME [opzioni]</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="385" />
        <source>Add a client and print the new id.</source>
        <translation>Aggiungere un cliente e stampare il nuovo ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="146" />
        <source>Comma-separated tags, e.g. a,b.</source>
        <translation>Etichette separate da virgole, ad es. a,b.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="146" />
        <source>TAGS</source>
        <translation>ETICHETTE</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="148" />
        <source>One of %1 (default: prospect).</source>
        <translation>Uno tra %1 (predefinito: prospect).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="392" />
        <source>ID [options]</source>
        <translation>ID [opzioni]</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="393" />
        <source>Change a client's profile: only the fields given.</source>
        <translation>Modificare il profilo di un cliente: solo i campi indicati.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="394" />
        <source>Takes the options of 'client add'. An option given empty clears its field (--language "" makes the client's documents follow yours); --tags replaces every tag.</source>
        <translation>Accetta le opzioni di 'client add'. Un'opzione indicata vuota cancella il relativo campo (con --language "" i documenti del cliente seguono la lingua dei propri); --tags sostituisce tutte le etichette.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="404" />
        <source>[--json] [--all]</source>
        <translation>[--json] [--all]</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="405" />
        <source>List the clients (without archived ones unless --all).</source>
        <translation>Elencare i clienti (senza quelli archiviati, salvo con --all).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="406" />
        <source>Print a JSON array of clients.</source>
        <translation>Stampare un array JSON di clienti.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="407" />
        <source>Include archived clients.</source>
        <translation>Includere i clienti archiviati.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="413" />
        <source>ID [--json]</source>
        <translation>ID [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="414" />
        <source>Show one client's profile.</source>
        <translation>Mostrare il profilo di un cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="416" />
        <source>Print the client as a JSON object.</source>
        <translation>Stampare il cliente come oggetto JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="423" />
        <source>Archive a client (hidden from lists, kept in the workspace).</source>
        <translation>Archiviare un cliente (nascosto dagli elenchi, conservato nell'area di lavoro).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="433" />
        <source>Bring an archived client back.</source>
        <translation>Riportare attivo un cliente archiviato.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="442" />
        <source>ID --yes</source>
        <translation>ID --yes</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="443" />
        <source>Delete a client for good (the freed pages are overwritten).</source>
        <translation>Eliminare definitivamente un cliente (le pagine liberate vengono sovrascritte).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="445" />
        <source>Confirm that the client is deleted.</source>
        <translation>Confermare l'eliminazione del cliente.</translation>
    </message>
</context>
<context>
    <name>md::cli::ClientImportCommand</name>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="61" />
        <source>Name the CSV or vCard file to import.</source>
        <translation>Indicare il file CSV o vCard da importare.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="66" />
        <source>--duplicates is "skip" or "merge", not "%1".</source>
        <translation>--duplicates è «skip» o «merge», non «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="72" />
        <source>Could not read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="74" />
        <source>%1 is larger than %2 MB; split it into smaller files.</source>
        <translation>%1 supera %2 MB; suddividerlo in file più piccoli.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="85" />
        <source>--map is for CSV files; vCard fields are fixed.</source>
        <translation>--map vale per i file CSV; i campi vCard sono fissi.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="102" />
        <source>--map takes FIELD=HEADER; "%1" names no field. Fields: name, first-name, middle-name, last-name, preferred-name, email, phone, organisation, role, timezone, source, background, tags, ignore.</source>
        <translation>--map richiede CAMPO=INTESTAZIONE; «%1» non indica alcun campo. Campi: name, first-name, middle-name, last-name, preferred-name, email, phone, organisation, role, timezone, source, background, tags, ignore.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="108" />
        <source>The file has no column "%1". Its columns: %2</source>
        <translation>Il file non ha la colonna «%1». Le sue colonne: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="151" />
        <source>Line %1: %2 %3 (%4)</source>
        <translation>Riga %1: %2 %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="153" />
        <source>merge</source>
        <translation>unisci</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="154" />
        <source>skip</source>
        <translation>salta</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="162" />
        <source>Dry run: %1 would be added, %2 merged and %3 skipped. Nothing was changed.</source>
        <translation>Simulazione: %1 verrebbero aggiunti, %2 uniti e %3 saltati. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="169" />
        <source>Imported from %1: %2 added, %3 merged, %4 skipped.</source>
        <translation>Importati da %1: %2 aggiunti, %3 uniti, %4 saltati.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="181" />
        <source>FILE [--dry-run] [--duplicates skip|merge] [--map FIELD=HEADER]…</source>
        <translation>FILE [--dry-run] [--duplicates skip|merge] [--map CAMPO=INTESTAZIONE]…</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="182" />
        <source>Import clients from a CSV or vCard file.</source>
        <translation>Importare clienti da un file CSV o vCard.</translation>
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
        <translation>Legge file CSV (UTF-8, con o senza byte order mark, separati da virgola o punto e virgola)
con una riga di intestazione, come li scrivono Google Contatti, Outlook, LinkedIn o un foglio
di calcolo, oppure vCard 2.1, 3.0 o 4.0. Le colonne vengono associate ai campi del profilo in
base al nome; --map email="Work E-mail" ne imposta una a mano. Tutto o niente: un record
malformato viene segnalato con riga, colonna e motivo, e non viene importato nulla. Un cliente
con la stessa e-mail (o, in sua assenza, lo stesso nome) di uno esistente o di una riga
precedente è un duplicato: viene saltato oppure, con --duplicates merge, usato per compilare i
campi vuoti e aggiungere etichette. --dry-run mostra
che cosa succederebbe.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="194" />
        <source>Show what would be imported; change nothing.</source>
        <translation>Mostrare che cosa verrebbe importato; non modificare nulla.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="195" />
        <source>skip (the default) or merge.</source>
        <translation>skip (predefinito) o merge.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="195" />
        <source>POLICY</source>
        <translation>CRITERIO</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="196" />
        <source>Import the column HEADER as FIELD (repeatable).</source>
        <translation>Importare la colonna INTESTAZIONE come CAMPO (ripetibile).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="197" />
        <source>FIELD=HEADER</source>
        <translation>CAMPO=INTESTAZIONE</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="198" />
        <source>Print the plan as JSON.</source>
        <translation>Stampare il piano in JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="199" />
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="199" />
        <source>A .csv or .vcf file.</source>
        <translation>Un file .csv o .vcf.</translation>
    </message>
</context>
<context>
    <name>md::cli::CommandContext</name>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="29" />
        <source>There is no workspace in %1. Create one with: %2 --workspace "%1" init</source>
        <translation>Non c'è alcuna area di lavoro in %1. Crearne una con: %2 --workspace "%1" init</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="48" />
        <source>Recovery key for %1: </source>
        <translation>Chiave di recupero per %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="49" />
        <source>Passphrase for %1: </source>
        <translation>Passphrase per %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="51" />
        <source>No recovery key was given on standard input.</source>
        <translation>Nessuna chiave di recupero fornita sullo standard input.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="52" />
        <source>No passphrase was given on standard input.</source>
        <translation>Nessuna passphrase fornita sullo standard input.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="83" />
        <source>The workspace file was damaged and has been rebuilt; the damaged file is kept as %1.</source>
        <translation>Il file dell'area di lavoro era danneggiato ed è stato ricostruito; il file danneggiato è conservato come %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="88" />
        <source>This workspace has no passphrase now: only the recovery key opens it. Set a new passphrase with: %1 --workspace "%2" passwd --recovery-key</source>
        <translation>Questa area di lavoro ora non ha una passphrase: solo la chiave di recupero la apre. Impostare una nuova passphrase con: %1 --workspace "%2" passwd --recovery-key</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="119" />
        <source>Cannot use the system keychain: %1</source>
        <translation>Impossibile usare il portachiavi di sistema: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="128" />
        <source>The system keychain did not provide the key; reading the passphrase from standard input.</source>
        <translation>Il portachiavi di sistema non ha fornito la chiave; lettura della passphrase dallo standard input.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="137" />
        <source>The key in the system keychain did not open the workspace (%1); falling back to standard input.</source>
        <translation>La chiave del portachiavi di sistema non ha aperto l'area di lavoro (%1); si passa allo standard input.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="165" />
        <source>No new passphrase was given on standard input.</source>
        <translation>Nessuna nuova passphrase fornita sullo standard input.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CommandContext.cpp" line="169" />
        <source>The passphrase is too short: use at least %n characters.</source>
        <translation>
            <numerusform>La passphrase è troppo corta: usare almeno %n carattere.</numerusform>
            <numerusform>La passphrase è troppo corta: usare almeno %n caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="176" />
        <source>The new passphrase was not repeated.</source>
        <translation>La nuova passphrase non è stata ripetuta.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="181" />
        <source>The two passphrases do not match.</source>
        <translation>Le due passphrase non corrispondono.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="194" />
        <source>%1 The output above is incomplete.</source>
        <translation>%1 L'output precedente è incompleto.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="201" />
        <source>'%1' is not a valid %2 (a positive number).</source>
        <translation>'%1' non è un %2 valido (un numero positivo).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="212" />
        <source>Try '%1 --help' for more information.</source>
        <translation>Provare '%1 --help' per ulteriori informazioni.</translation>
    </message>
</context>
<context>
    <name>md::cli::Console</name>
    <message>
        <location filename="../app/cli/Console.cpp" line="269" />
        <source>Could not read from standard input.</source>
        <translation>Impossibile leggere dallo standard input.</translation>
    </message>
    <message>
        <location filename="../app/cli/Console.cpp" line="273" />
        <source>Standard input ended before a line was read.</source>
        <translation>Lo standard input è terminato prima che fosse letta una riga.</translation>
    </message>
</context>
<context>
    <name>md::cli::DemoCommands</name>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="33" />
        <source>Create a new workspace filled with invented demo data.</source>
        <translation>Creare una nuova area di lavoro piena di dati dimostrativi inventati.</translation>
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
        <translation>Crea una nuova area di lavoro come fa 'init' (passphrase, chiave di recupero, cartella
che non deve ancora contenerne una) e la riempie tramite gli stessi servizi usati
dall'applicazione: clienti con profili completi, percorsi in ogni fase con i relativi bisogni,
obiettivi, azioni e valutazioni, accordi firmati, serie e sessioni singole nei tre anni fino a
oggi e nei tre mesi successivi, listino prezzi, fatture con pagamenti. Ogni nome e testo è
inventato; lo stesso seed produce gli stessi dati. L'avanzamento va sullo standard error, il
riepilogo sullo standard
output.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="44" />
        <source>How many clients (required).</source>
        <translation>Quanti clienti (obbligatorio).</translation>
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
        <translation>Quante sessioni, passate e pianificate (obbligatorio).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="48" />
        <source>How many invoices (default: 3 for every 20 sessions).</source>
        <translation>Quante fatture (predefinito: 3 ogni 20 sessioni).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="50" />
        <source>The seed of the invented data (default: 1).</source>
        <translation>Il seed dei dati inventati (predefinito: 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="51" />
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="63" />
        <source>--%1 takes a whole number from 0 on, not '%2'.</source>
        <translation>--%1 richiede un numero intero a partire da 0, non '%2'.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="72" />
        <source>--clients and --sessions are required.</source>
        <translation>--clients e --sessions sono obbligatori.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="94" />
        <source>--seed takes a whole number from 0 to 4294967295, not '%1'.</source>
        <translation>--seed richiede un numero intero da 0 a 4294967295, non '%1'.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="98" />
        <source>Sessions and invoices need at least one client.</source>
        <translation>Sessioni e fatture richiedono almeno un cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="115" />
        <source>Generating demo data: %1% (%2 of %3 steps)</source>
        <translation>Generazione dei dati dimostrativi: %1% (%2 di %3 passaggi)</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="124" />
        <source>The demo data could not be generated: %1 The workspace in %2 holds what was written before the failure.</source>
        <translation>Non è stato possibile generare i dati dimostrativi: %1 L'area di lavoro in %2 contiene quanto scritto prima dell'errore.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="128" />
        <source>Generated %1 clients, %2 engagements, %3 agreements, %4 sessions, %5 invoices and %6 payments in %7 s.</source>
        <translation>Generati %1 clienti, %2 percorsi, %3 accordi, %4 sessioni, %5 fatture e %6 pagamenti in %7 s.</translation>
    </message>
</context>
<context>
    <name>md::cli::EngagementCommands</name>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="71" />
        <source>--client and --title are required.</source>
        <translation>--client e --title sono obbligatori.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="73" />
        <location filename="../app/cli/EngagementCommands.cpp" line="177" />
        <source>client id</source>
        <translation>ID del cliente</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="84" />
        <source>'%1' is not a number of sessions.</source>
        <translation>'%1' non è un numero di sessioni.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="90" />
        <source>Unknown cadence '%1' (use %2).</source>
        <translation>Frequenza sconosciuta '%1' (usare %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="97" />
        <source>Unknown format '%1' (use %2).</source>
        <translation>Modalità sconosciuta '%1' (usare %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="106" />
        <source>'%1' is not a date (use YYYY-MM-DD).</source>
        <translation>'%1' non è una data (usare YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="157" />
        <source>Give the fee per session, e.g. 120 (0 removes it).</source>
        <translation>Indicare il compenso per sessione, ad es. 120 (0 lo rimuove).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="202" />
        <source>No engagements yet. Start one with: %1 engagement add --client ID --title TEXT</source>
        <translation>Ancora nessun percorso. Avviarne uno con: %1 engagement add --client ID --title TESTO</translation>
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
        <translation>CLIENTE</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="209" />
        <source>TITLE</source>
        <translation>TITOLO</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="209" />
        <source>STAGE</source>
        <translation>FASE</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="209" />
        <source>DAYS</source>
        <translation>GIORNI</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="239" />
        <source>Engagement %1: %2</source>
        <translation>Percorso %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="240" />
        <source>Client:   %1 (id %2)</source>
        <translation>Cliente:  %1 (id %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="241" />
        <source>Stage:    %1 (%2 days)</source>
        <translation>Fase:     %1 (%2 giorni)</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="245" />
        <source>Started:  %1; %2 sessions planned, %3, %4</source>
        <translation>Inizio:   %1; %2 sessioni previste, %3, %4</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="251" />
        <source>Follows engagement %1</source>
        <translation>Segue il percorso %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="253" />
        <source>Outcome:  %1</source>
        <translation>Esito:    %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="255" />
        <source>Timeline:</source>
        <translation>Cronologia:</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="260" />
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="261" />
        <source>created in %1</source>
        <translation>creato in %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="263" />
        <source> [override]</source>
        <translation> [forzatura]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="269" />
        <source>Needs (%1):</source>
        <translation>Bisogni (%1):</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="276" />
        <source>Goals (%1):</source>
        <translation>Obiettivi (%1):</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="285" />
        <source> (passes)</source>
        <translation> (superata)</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="285" />
        <source> (fails: lower-case letters)</source>
        <translation> (non superata: lettere minuscole)</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="287" />
        <source>, progress %1%</source>
        <translation>, progressi %1%</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="289" />
        <source>, inactive</source>
        <translation>, inattivo</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="298" />
        <source> (due %1)</source>
        <translation> (scadenza %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="300" />
        <source> OVERDUE</source>
        <translation> IN RITARDO</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="302" />
        <source>; with %1</source>
        <translation>; con %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="306" />
        <source>      evaluated: %1</source>
        <translation>      valutato: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="312" />
        <source>Ready to leave "%1".</source>
        <translation>Pronto per lasciare «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="314" />
        <source>To leave "%1":</source>
        <translation>Per lasciare «%1»:</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="410" />
        <source>A note on fees, as agreements print it.</source>
        <translation>Una nota sui compensi, come viene stampata negli accordi.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="412" />
        <source>The fee per session before tax, e.g. 120.00, billed for the engagement's held sessions before the price list's price.</source>
        <translation>Il compenso per sessione al netto delle imposte, ad es. 120.00, fatturato per le sessioni svolte del percorso con precedenza sul prezzo del listino prezzi.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="414" />
        <source>AMOUNT</source>
        <translation>IMPORTO</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="421" />
        <source>ID AMOUNT [--fee-note TEXT]</source>
        <translation>ID IMPORTO [--fee-note TESTO]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="422" />
        <source>Set an engagement's fee per session (0 removes it).</source>
        <translation>Impostare il compenso per sessione di un percorso (0 lo rimuove).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="423" />
        <source>Invoices from held sessions bill this fee; without one, the price list's single session; without either, the session price of the settings.</source>
        <translation>Le fatture delle sessioni svolte applicano questo compenso; in sua assenza, la sessione singola del listino prezzi; in assenza di entrambi, il prezzo della sessione delle impostazioni.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="427" />
        <source>Before tax, in the workspace currency, e.g. 120.00.</source>
        <translation>Al netto delle imposte, nella valuta dell'area di lavoro, ad es. 120.00.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="428" />
        <source>Also change the note on fees.</source>
        <translation>Modificare anche la nota sui compensi.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="153" />
        <location filename="../app/cli/EngagementCommands.cpp" line="322" />
        <location filename="../app/cli/EngagementCommands.cpp" line="350" />
        <source>engagement id</source>
        <translation>ID del percorso</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="358" />
        <source>--override needs a written reason; it is kept in the timeline.</source>
        <translation>--override richiede una motivazione scritta, che viene conservata nella cronologia.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="367" />
        <source>Engagement %1 cannot leave "%2" yet. Missing:</source>
        <translation>Il percorso %1 non può ancora lasciare «%2». Manca:</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="371" />
        <source>Fill these in, or move anyway with --override REASON.</source>
        <translation>Completare questi elementi, oppure spostare comunque con --override MOTIVAZIONE.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="375" />
        <source>Engagement %1: %2 -&gt; %3</source>
        <translation>Percorso %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="380" />
        <source>Override recorded in the timeline: %1</source>
        <translation>Forzatura registrata nella cronologia: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="389" />
        <source>The engagement's id (see 'engagement list').</source>
        <translation>L'ID del percorso (vedere 'engagement list').</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="393" />
        <source>--client ID --title TEXT [options]</source>
        <translation>--client ID --title TESTO [opzioni]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="394" />
        <source>Start an engagement for a client and print its id.</source>
        <translation>Avviare un percorso per un cliente e stamparne l'ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="396" />
        <source>The client's id (required).</source>
        <translation>L'ID del cliente (obbligatorio).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="397" />
        <source>A short title (required).</source>
        <translation>Un titolo breve (obbligatorio).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="397" />
        <location filename="../app/cli/EngagementCommands.cpp" line="409" />
        <location filename="../app/cli/EngagementCommands.cpp" line="410" />
        <location filename="../app/cli/EngagementCommands.cpp" line="428" />
        <source>TEXT</source>
        <translation>TESTO</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="398" />
        <source>Planned number of sessions.</source>
        <translation>Numero di sessioni previste.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="398" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="401" />
        <source>One of %1 (default: biweekly).</source>
        <translation>Uno tra %1 (predefinito: biweekly).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="402" />
        <source>CADENCE</source>
        <translation>FREQUENZA</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="404" />
        <source>One of %1 (default: video).</source>
        <translation>Uno tra %1 (predefinito: video).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="406" />
        <source>FORMAT</source>
        <translation>MODALITÀ</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="407" />
        <source>Start date, YYYY-MM-DD (default: today).</source>
        <translation>Data di inizio, YYYY-MM-DD (predefinita: oggi).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="408" />
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="409" />
        <source>Your profile-study notes.</source>
        <translation>Le proprie note di studio del profilo.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="434" />
        <source>[--json] [--client ID]</source>
        <translation>[--json] [--client ID]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="435" />
        <source>List engagements with their stage and days in it.</source>
        <translation>Elencare i percorsi con la loro fase e i giorni trascorsi in essa.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="436" />
        <source>Print a JSON array.</source>
        <translation>Stampare un array JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="437" />
        <source>Only this client's.</source>
        <translation>Solo quelli di questo cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="443" />
        <source>ID [--json]</source>
        <translation>ID [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="444" />
        <source>Show an engagement: stage, timeline, needs, goals, actions.</source>
        <translation>Mostrare un percorso: fase, cronologia, bisogni, obiettivi, azioni.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="445" />
        <source>Goals show their SMART status (a lower-case letter fails) and progress from baseline to target; the end lists what the current stage still needs before the engagement can advance.</source>
        <translation>Gli obiettivi mostrano il loro stato SMART (una lettera minuscola indica un requisito non soddisfatto) e i progressi dal valore iniziale al valore obiettivo; in fondo è elencato ciò che la fase attuale richiede ancora prima che il percorso possa avanzare.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="449" />
        <source>Print a JSON object.</source>
        <translation>Stampare un oggetto JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="455" />
        <source>ID [--override REASON]</source>
        <translation>ID [--override MOTIVAZIONE]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="456" />
        <source>Move an engagement to its next stage, through the stage's gate.</source>
        <translation>Portare un percorso alla fase successiva, attraverso i requisiti della fase.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="457" />
        <source>When the current stage's work is incomplete, nothing changes: the missing items are listed and the exit status is 1. --override moves anyway; the reason is recorded in the timeline.</source>
        <translation>Quando il lavoro della fase attuale è incompleto, non cambia nulla: gli elementi mancanti vengono elencati e lo stato di uscita è 1. --override sposta comunque; la motivazione viene registrata nella cronologia.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="462" />
        <source>Move although the gate fails, for this reason.</source>
        <translation>Spostare anche se i requisiti non sono soddisfatti, per questa motivazione.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="462" />
        <source>REASON</source>
        <translation>MOTIVAZIONE</translation>
    </message>
</context>
<context>
    <name>md::cli::ErasureCommands</name>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="29" />
        <source>client id</source>
        <translation>ID del cliente</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="41" />
        <source>Erasing cannot be undone; add --yes to erase.</source>
        <translation>La cancellazione non può essere annullata; aggiungere --yes per cancellare.</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="58" />
        <source>No kept invoice has reached the end of its retention period.</source>
        <translation>Nessuna fattura conservata ha raggiunto la fine del periodo di conservazione.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ErasureCommands.cpp" line="61" />
        <source>Removed %n invoice(s) of erased clients whose retention period ended.</source>
        <translation>
            <numerusform>Rimossa %n fattura di clienti cancellati il cui periodo di conservazione è terminato.</numerusform>
            <numerusform>Rimosse %n fatture di clienti cancellati il cui periodo di conservazione è terminato.</numerusform>
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
        <translation>Cancellare definitivamente i dati personali di un cliente (art. 17 GDPR).</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="74" />
        <source>Removes the profile, engagements, sessions with their notes, agreements with
their signatures and scans, draft invoices and billing details. Issued invoices,
credit notes and their payments are kept unchanged, shown under an anonymous
label, until their retention period ends (billing.retention_years after the end
of their year; see 'retention purge'). Without --yes, shows what would happen.</source>
        <translation>Rimuove il profilo, i percorsi, le sessioni con le relative note, gli accordi con
le relative firme e scansioni, le bozze di fattura e i dati di fatturazione. Le fatture emesse,
le note di credito e i relativi pagamenti vengono conservati invariati, con un'etichetta
anonima, fino alla fine del periodo di conservazione (billing.retention_years dopo la fine
del loro anno; vedere 'retention purge'). Senza --yes, mostra che cosa succederebbe.</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="79" />
        <source>The client's id (see 'client list').</source>
        <translation>L'ID del cliente (vedere 'client list').</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="80" />
        <source>Confirm the erasure.</source>
        <translation>Confermare la cancellazione.</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="87" />
        <source>Remove the kept invoices of erased clients whose retention ended.</source>
        <translation>Rimuovere le fatture conservate di clienti cancellati il cui periodo di conservazione è terminato.</translation>
    </message>
</context>
<context>
    <name>md::cli::ExportCommands</name>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="40" />
        <source>Exported %1 records, %2 signed agreements and %3 invoices into %4.</source>
        <translation>Esportati %1 record, %2 accordi firmati e %3 fatture in %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="46" />
        <source>The export is NOT encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>L'esportazione NON è cifrata: conservarla al sicuro ed eliminarla quando non serve più.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="54" />
        <location filename="../app/cli/ExportCommands.cpp" line="67" />
        <source>Give the folder to export into with --to DIR.</source>
        <translation>Indicare la cartella in cui esportare con --to CARTELLA.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="63" />
        <source>client id</source>
        <translation>ID del cliente</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="82" />
        <source>Give the export folder to import with --from DIR.</source>
        <translation>Indicare la cartella di esportazione da importare con --from CARTELLA.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="103" />
        <source>Imported %1 records into %2.</source>
        <translation>Importati %1 record in %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="108" />
        <source>Agreements signed in the workspace the export came from keep verifying here; new ones are signed with this workspace's own key.</source>
        <translation>Gli accordi firmati nell'area di lavoro di provenienza restano verificabili qui; quelli nuovi vengono firmati con la chiave propria di questa area di lavoro.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="115" />
        <source>A new or empty folder.</source>
        <translation>Una cartella nuova o vuota.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="115" />
        <location filename="../app/cli/ExportCommands.cpp" line="154" />
        <source>DIR</source>
        <translation>CARTELLA</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="118" />
        <source>--to DIR</source>
        <translation>--to CARTELLA</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="119" />
        <source>Write the whole workspace in open formats (JSON, CSV, PDF).</source>
        <translation>Scrivere l'intera area di lavoro in formati aperti (JSON, CSV, PDF).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="120" />
        <source>One JSON file per kind of record (described in the README.txt written with
them), CSV files of clients, sessions, invoices and payments, the exact PDF
of every signed agreement and the PDF of every issued invoice. The folder
is readable by you only, but it is NOT encrypted.</source>
        <translation>Un file JSON per tipo di record (descritti nel README.txt scritto insieme
a essi), file CSV di clienti, sessioni, fatture e pagamenti, il PDF esatto
di ogni accordo firmato e il PDF di ogni fattura emessa. La cartella
è leggibile solo dal proprio utente, ma NON è cifrata.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="130" />
        <source>ID --to DIR [--without-private-notes]</source>
        <translation>ID --to CARTELLA [--without-private-notes]</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="131" />
        <source>Write everything about one client (their right of access and portability).</source>
        <translation>Scrivere tutti i dati di un cliente (diritto di accesso e portabilità).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="134" />
        <source>The profile, engagements, needs, goals, actions, evaluations, sessions with
their notes, agreements with their PDFs, invoices and payments of this
client, and nothing about anyone else. Your private session notes are
included unless --without-private-notes is given.</source>
        <translation>Il profilo, i percorsi, i bisogni, gli obiettivi, le azioni, le valutazioni, le sessioni con
le relative note, gli accordi con i relativi PDF, le fatture e i pagamenti di questo
cliente, e nulla che riguardi altre persone. Le note private della sessione sono
incluse, a meno che non si indichi --without-private-notes.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="139" />
        <source>Leave your private session notes out.</source>
        <translation>Escludere le note private della sessione.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="140" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="140" />
        <source>The client's id (see client list).</source>
        <translation>L'ID del cliente (vedere client list).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="146" />
        <source>--from DIR</source>
        <translation>--from CARTELLA</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="147" />
        <source>Create a new workspace from a whole-workspace export.</source>
        <translation>Creare una nuova area di lavoro dall'esportazione di un'intera area di lavoro.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="149" />
        <source>Creates a new workspace as 'init' does (the passphrase, the recovery key) in the
--workspace folder, which must be new or empty, and reads every record of the
export into it, with the same ids. Signed agreements stay provably unchanged.
All or nothing: when a file of the export is damaged or incomplete, the error
names it and no workspace is created. Exports of one client cannot be imported.</source>
        <translation>Crea una nuova area di lavoro come fa 'init' (passphrase, chiave di recupero) nella
cartella --workspace, che deve essere nuova o vuota, e vi legge ogni record
dell'esportazione, con gli stessi ID. Gli accordi firmati restano dimostrabilmente invariati.
Tutto o niente: quando un file dell'esportazione è danneggiato o incompleto, l'errore
lo indica e non viene creata alcuna area di lavoro. Le esportazioni di un solo cliente non possono essere importate.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="154" />
        <source>The export folder.</source>
        <translation>La cartella di esportazione.</translation>
    </message>
</context>
<context>
    <name>md::cli::HelpFormatter</name>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="114" />
        <source>[global options]</source>
        <translation>[opzioni globali]</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="145" />
        <source>Usage: %1 [global options] COMMAND [options] [arguments]

</source>
        <translation>Uso: %1 [opzioni globali] COMANDO [opzioni] [argomenti]

</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="122" />
        <source>MentorDesk keeps a mentor's clients in an encrypted workspace. This program works on the
same workspace as the MentorDesk application, without a window.

</source>
        <translation>MentorDesk conserva i clienti di un mentor in un'area di lavoro cifrata. Questo programma lavora sulla
stessa area di lavoro dell'applicazione MentorDesk, senza finestra.

</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="148" />
        <source>Global options (before or after the command):
</source>
        <translation>Opzioni globali (prima o dopo il comando):
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="127" />
        <source>Passphrases and recovery keys are read from standard input: on a terminal you are asked
without echo; otherwise each one is a line of input (passwd reads the current passphrase,
then the new one). A new passphrase needs at least %1 characters.

</source>
        <translation>Passphrase e chiavi di recupero vengono lette dallo standard input: in un terminale vengono richieste
senza eco; altrimenti ciascuna è una riga di input (passwd legge la passphrase attuale,
poi quella nuova). Una nuova passphrase richiede almeno %1 caratteri.

</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="132" />
        <source>Lists (client, session, invoice, payment and agreement list) are written as they are
read. Should reading fail midway (a damaged workspace), the command exits with status 1
and says so on standard error: what it printed is then incomplete, and a --json
array is left unclosed, so it is not valid JSON.

</source>
        <translation>Gli elenchi (client, session, invoice, payment e agreement list) vengono scritti man mano che
vengono letti. Se la lettura non riesce a metà (area di lavoro danneggiata), il comando termina con stato 1
e lo segnala sullo standard error: quanto stampato è allora incompleto, e un array --json
resta aperto, quindi non è JSON valido.

</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="152" />
        <source>Commands:
</source>
        <translation>Comandi:
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="139" />
        <source>Exit status: 0 on success, 1 when the command failed, 2 for a wrong command line.
</source>
        <translation>Stato di uscita: 0 in caso di successo, 1 se il comando non è riuscito, 2 per una riga di comando errata.
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="167" />
        <source>Usage: %1

</source>
        <translation>Uso: %1

</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="173" />
        <source>Arguments:
</source>
        <translation>Argomenti:
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="176" />
        <source>Options:
</source>
        <translation>Opzioni:
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="177" />
        <source>Global options:
</source>
        <translation>Opzioni globali:
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="182" />
        <source>Commands of '%1':
</source>
        <translation>Comandi di '%1':
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="187" />
        <source>Run '%1 COMMAND --help' for the options of one command.
</source>
        <translation>Eseguire '%1 COMANDO --help' per le opzioni di un comando.
</translation>
    </message>
</context>
<context>
    <name>md::cli::IcsCommands</name>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="34" />
        <source>Name the file to write.</source>
        <translation>Indicare il file da scrivere.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="45" />
        <source>'%1' is not a valid client id (a positive number).</source>
        <translation>'%1' non è un ID cliente valido (un numero positivo).</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="49" />
        <source>'%1' is not a valid session id (a positive number).</source>
        <translation>'%1' non è un ID sessione valido (un numero positivo).</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="52" />
        <source>Give either --client or --session, not both.</source>
        <translation>Indicare --client oppure --session, non entrambi.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="73" />
        <source>Name the .ics file to import.</source>
        <translation>Indicare il file .ics da importare.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="79" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="81" />
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/IcsCommands.cpp" line="82" />
        <source>%n busy time(s)</source>
        <translation>
            <numerusform>%n periodo occupato</numerusform>
            <numerusform>%n periodi occupati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/IcsCommands.cpp" line="83" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="84" />
        <source>Imported %1 from %2 of %3.</source>
        <translation>Importazione: %1 da %2 di %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="94" />
        <source>[--client ID | --session ID] FILE</source>
        <translation>[--client ID | --session ID] FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="95" />
        <source>Write sessions to an iCalendar (.ics) file.</source>
        <translation>Scrivere le sessioni in un file iCalendar (.ics).</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="96" />
        <source>Series keep their repeat rule and skipped dates; cancelled sessions are marked cancelled. UIDs stay the same between exports, so importing again updates instead of duplicating. Notes are never written, only the agenda. With --session, one session goes out on its own (a series member as a single event).</source>
        <translation>Le serie mantengono la regola di ripetizione e le date saltate; le sessioni disdette sono contrassegnate come annullate. Gli UID restano gli stessi tra un'esportazione e l'altra, quindi una nuova importazione aggiorna invece di duplicare. Le note non vengono mai scritte, solo l'ordine del giorno. Con --session, viene esportata una sola sessione (una sessione di una serie come evento singolo).</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="101" />
        <source>The .ics file to write.</source>
        <translation>Il file .ics da scrivere.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="103" />
        <source>Only this client's sessions.</source>
        <translation>Solo le sessioni di questo cliente.</translation>
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
        <translation>Solo questa sessione.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="110" />
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="111" />
        <source>Read another calendar's .ics file as busy times.</source>
        <translation>Leggere il file .ics di un altro calendario come periodi occupati.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="112" />
        <source>Busy times are used for conflict warnings. Importing the same file again replaces its busy times. A malformed file is reported with its line number and changes nothing.</source>
        <translation>I periodi occupati servono per gli avvisi di sovrapposizione. Importare di nuovo lo stesso file ne sostituisce i periodi occupati. Un file malformato viene segnalato con il numero di riga e non modifica nulla.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="115" />
        <source>The .ics file to read.</source>
        <translation>Il file .ics da leggere.</translation>
    </message>
</context>
<context>
    <name>md::cli::InitCommand</name>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="24" />
        <source>Create a new encrypted workspace and print its recovery key.</source>
        <translation>Creare una nuova area di lavoro cifrata e stamparne la chiave di recupero.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="26" />
        <source>Asks for the new passphrase twice on a terminal, or reads one line from standard
input. The recovery key is printed once on standard output: keep it safe, it
opens the workspace when the passphrase is lost (also in the sqlcipher tool).
An existing workspace is never overwritten. With --keychain the key is also
remembered in the system keychain.</source>
        <translation>Chiede due volte la nuova passphrase in un terminale, oppure legge una riga dallo standard
input. La chiave di recupero viene stampata una sola volta sullo standard output: conservarla al sicuro,
apre l'area di lavoro se la passphrase va persa (anche nello strumento sqlcipher).
Un'area di lavoro esistente non viene mai sovrascritta. Con --keychain la chiave viene anche
memorizzata nel portachiavi di sistema.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="50" />
        <source>A workspace already exists in %1; it was left unchanged.</source>
        <translation>Esiste già un'area di lavoro in %1; è stata lasciata invariata.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="56" />
        <source>%1 is not empty; give a new or empty folder for the workspace.</source>
        <translation>%1 non è vuota; indicare una cartella nuova o vuota per l'area di lavoro.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="59" />
        <source>New passphrase: </source>
        <translation>Nuova passphrase: </translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="59" />
        <source>Repeat the passphrase: </source>
        <translation>Ripetere la passphrase: </translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="81" />
        <source>No workspace was created.</source>
        <translation>Non è stata creata alcuna area di lavoro.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="83" />
        <source>The workspace could not be moved into %1. No workspace was created.</source>
        <translation>Non è stato possibile spostare l'area di lavoro in %1. Non è stata creata alcuna area di lavoro.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="92" />
        <source>Warning: the key could not be remembered in the system keychain; use the passphrase to unlock.</source>
        <translation>Attenzione: non è stato possibile memorizzare la chiave nel portachiavi di sistema; usare la passphrase per sbloccare.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="98" />
        <source>Created an encrypted workspace in %1.
Your recovery key follows. It is shown only this once: write it down or print it and keep it
safe. With it you can open your data if you forget the passphrase.</source>
        <translation>Area di lavoro cifrata creata in %1.
Segue la chiave di recupero. Viene mostrata solo questa volta: trascriverla o stamparla e conservarla
al sicuro. Con essa è possibile aprire i dati se si dimentica la passphrase.</translation>
    </message>
</context>
<context>
    <name>md::cli::InvoiceCommands</name>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="59" />
        <source>'%1' is not a line: write "DESCRIPTION;QUANTITY;UNIT_PRICE[;TAX_RATE_PERCENT]".</source>
        <translation>'%1' non è una riga: scrivere "DESCRIZIONE;QUANTITÀ;PREZZO_UNITARIO[;ALIQUOTA_PERCENTUALE]".</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="71" />
        <source>'%1' has no description.</source>
        <translation>'%1' non ha una descrizione.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="90" />
        <source>--client is required.</source>
        <translation>--client è obbligatorio.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="91" />
        <location filename="../app/cli/InvoiceCommands.cpp" line="206" />
        <source>client id</source>
        <translation>ID del cliente</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="98" />
        <source>Give --sessions, one or more --line, or --retainer with --month.</source>
        <translation>Indicare --sessions, una o più --line, oppure --retainer con --month.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="134" />
        <source>--retainer and --month go together.</source>
        <translation>--retainer e --month vanno insieme.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="137" />
        <source>A retainer invoice bills one month: leave out --sessions and --line.</source>
        <translation>Una fattura di canone mensile addebita un mese: omettere --sessions e --line.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="139" />
        <source>retainer offering id</source>
        <translation>ID del canone mensile</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="146" />
        <source>'%1' is not a month: write YYYY-MM, e.g. 2026-03.</source>
        <translation>'%1' non è un mese: scrivere YYYY-MM, ad es. 2026-03.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="160" />
        <location filename="../app/cli/InvoiceCommands.cpp" line="255" />
        <location filename="../app/cli/InvoiceCommands.cpp" line="309" />
        <location filename="../app/cli/InvoiceCommands.cpp" line="331" />
        <source>invoice id</source>
        <translation>ID della fattura</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="179" />
        <source>warning: the invoice does not show %1; set them with %2.</source>
        <translation>attenzione: la fattura non riporta %1; impostarli con %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="215" />
        <source>Unknown status '%1' (use draft|issued|partially-paid|paid|overdue|cancelled).</source>
        <translation>Stato sconosciuto '%1' (usare draft|issued|partially-paid|paid|overdue|cancelled).</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="243" />
        <source>credit note</source>
        <translation>nota di credito</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="274" />
        <source>Credit note</source>
        <translation>Nota di credito</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="274" />
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="275" />
        <source>(draft %1)</source>
        <translation>(bozza %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="276" />
        <source>Client: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="277" />
        <source>Status: %1</source>
        <translation>Stato: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="279" />
        <source>Issued: %1, due %2</source>
        <translation>Emessa: %1, scadenza %2</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="121" />
        <source>Sessions have no price yet. Add a single session to the price list (`billing offering-add --kind single …`), give the engagement a fee (`engagement fee ID 120`) or set one with `settings set billing.session.price 120`.</source>
        <translation>Le sessioni non hanno ancora un prezzo. Aggiungere una sessione singola al listino prezzi (`billing offering-add --kind single …`), assegnare un compenso al percorso (`engagement fee ID 120`) oppure impostarne uno con `settings set billing.session.price 120`.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="297" />
        <source>Net %1, tax %2, total %3</source>
        <translation>Imponibile %1, IVA %2, totale %3</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="301" />
        <source>Paid %1, outstanding %2</source>
        <translation>Pagato %1, da pagare %2</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="346" />
        <source>The invoice's id.</source>
        <translation>L'ID della fattura.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="350" />
        <source>--client ID [--sessions] [--line "DESC;QTY;UNIT_PRICE;TAX%"]... | --client ID --retainer OFFERING_ID --month YYYY-MM</source>
        <translation>--client ID [--sessions] [--line "DESCR;QTÀ;PREZZO_UNITARIO;IVA%"]... | --client ID --retainer ID_VOCE --month YYYY-MM</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="352" />
        <source>Create a draft invoice; prints its id.</source>
        <translation>Creare una bozza di fattura; ne stampa l'ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="354" />
        <source>--sessions adds the client's held sessions that are neither billed yet nor paid by a package (and, when the cancellation policy says so, late cancellations and no-shows). Each --line is "DESCRIPTION;QUANTITY;UNIT_PRICE;TAX_RATE_PERCENT", e.g. "Workbook;2;24.50;7": the unit price is before tax in the workspace currency, with a dot or a comma and no thousands separators. The rate is a percentage or one of the settings' rates by name: standard, reduced or zero; without it the standard rate applies. --retainer with --month bills one month of a monthly retainer from the price list (`billing offerings` lists their ids); each month is billed once. The draft gets its number only when issued.</source>
        <translation>--sessions aggiunge le sessioni svolte del cliente non ancora fatturate né pagate con un pacchetto (e, se previsto dalle condizioni di disdetta, le disdette tardive e le assenze senza preavviso). Ogni --line è "DESCRIZIONE;QUANTITÀ;PREZZO_UNITARIO;ALIQUOTA_PERCENTUALE", ad es. "Quaderno di lavoro;2;24,50;22": il prezzo unitario è al netto delle imposte nella valuta dell'area di lavoro, con punto o virgola e senza separatori delle migliaia. L'aliquota è una percentuale o il nome di una delle aliquote delle impostazioni: standard, reduced o zero; senza di essa si applica l'aliquota ordinaria. --retainer con --month addebita un mese di un canone mensile del listino (`billing offerings` ne elenca gli ID); ogni mese viene fatturato una sola volta. La bozza riceve il numero solo al momento dell'emissione.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="364" />
        <source>The client's id (required).</source>
        <translation>L'ID del cliente (obbligatorio).</translation>
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
        <translation>Fatturare le sessioni svolte e non ancora fatturate.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="366" />
        <source>A line; repeat for more.</source>
        <translation>Una riga; ripetere per aggiungerne altre.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="366" />
        <source>LINE</source>
        <translation>RIGA</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="367" />
        <source>Text printed under the lines.</source>
        <translation>Testo stampato sotto le righe.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="367" />
        <source>TEXT</source>
        <translation>TESTO</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="368" />
        <source>Bill a monthly retainer of the price list.</source>
        <translation>Fatturare un canone mensile del listino.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="369" />
        <source>OFFERING_ID</source>
        <translation>ID_VOCE</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="370" />
        <source>The retainer month billed.</source>
        <translation>Il mese del canone fatturato.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="370" />
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="377" />
        <source>Issue a draft: number it and freeze it; prints the number.</source>
        <translation>Emettere una bozza: numerarla e renderla definitiva; stampa il numero.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="378" />
        <source>The number is the next of the year's gapless sequence. An issued invoice never changes; correct or cancel it with `invoice credit`. The client's credit balance, if any, is applied.</source>
        <translation>Il numero è il successivo della numerazione progressiva senza salti dell'anno. Una fattura emessa non cambia mai; rettificarla o annullarla con `invoice credit`. L'eventuale credito del cliente viene applicato.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="387" />
        <source>[--client ID] [--status STATUS] [--json]</source>
        <translation>[--client ID] [--status STATO] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="388" />
        <source>List invoices and credit notes.</source>
        <translation>Elencare fatture e note di credito.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="389" />
        <source>Only this client's.</source>
        <translation>Solo quelli di questo cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="391" />
        <source>draft|issued|partially-paid|paid|overdue|cancelled.</source>
        <translation>draft|issued|partially-paid|paid|overdue|cancelled.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="392" />
        <source>STATUS</source>
        <translation>STATO</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="393" />
        <source>Print a JSON array.</source>
        <translation>Stampare un array JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="399" />
        <source>ID [--json]</source>
        <translation>ID [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="400" />
        <source>Show one invoice with its lines and what is paid.</source>
        <translation>Mostrare una fattura con le sue righe e quanto è stato pagato.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="402" />
        <source>Print a JSON object.</source>
        <translation>Stampare un oggetto JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="408" />
        <source>ID FILE</source>
        <translation>ID FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="409" />
        <source>Write the invoice as a PDF file.</source>
        <translation>Scrivere la fattura in un file PDF.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="410" />
        <source>The PDF file to write.</source>
        <translation>Il file PDF da scrivere.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="417" />
        <source>Cancel an issued invoice with a credit note; prints its number.</source>
        <translation>Annullare una fattura emessa con una nota di credito; ne stampa il numero.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="418" />
        <source>The credit note negates every line of the invoice and takes the next number. Money already paid on the invoice becomes the client's credit.</source>
        <translation>La nota di credito storna ogni riga della fattura e riceve il numero successivo. Quanto già pagato sulla fattura diventa un credito a favore del cliente.</translation>
    </message>
</context>
<context>
    <name>md::cli::ManPage</name>
    <message>
        <location filename="../app/cli/ManPage.cpp" line="71" />
        <source>work on a MentorDesk workspace without a window</source>
        <translation>lavorare su un'area di lavoro di MentorDesk senza finestra</translation>
    </message>
    <message>
        <location filename="../app/cli/ManPage.cpp" line="73" />
        <source>[global options] COMMAND [options] [arguments]</source>
        <translation>[opzioni globali] COMANDO [opzioni] [argomenti]</translation>
    </message>
    <message>
        <location filename="../app/cli/ManPage.cpp" line="77" />
        <source>Before or after the command.</source>
        <translation>Prima o dopo il comando.</translation>
    </message>
    <message>
        <location filename="../app/cli/ManPage.cpp" line="97" />
        <source>The MentorDesk user guide, under Help in the MentorDesk application.</source>
        <translation>La guida utente di MentorDesk, nel menu Aiuto dell'applicazione MentorDesk.</translation>
    </message>
</context>
<context>
    <name>md::cli::PasswdCommand</name>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="20" />
        <source>Change the workspace passphrase (or set a new one with the recovery key).</source>
        <translation>Cambiare la passphrase dell'area di lavoro (o impostarne una nuova con la chiave di recupero).</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="23" />
        <source>Asks for the current passphrase, then the new one (twice on a terminal). When
standard input is not a terminal, line 1 is the current passphrase and line 2
the new one. The data key, the database and the recovery key stay the same.

Forgot the passphrase? 'passwd --recovery-key' asks for the recovery key
instead of the current passphrase, then sets the new one.</source>
        <translation>Chiede la passphrase attuale, poi quella nuova (due volte in un terminale). Quando lo
standard input non è un terminale, la riga 1 è la passphrase attuale e la riga 2
quella nuova. La chiave dei dati, il database e la chiave di recupero restano invariati.

Passphrase dimenticata? 'passwd --recovery-key' chiede la chiave di recupero
al posto della passphrase attuale, poi imposta quella nuova.</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="39" />
        <source>passwd needs the current passphrase or the recovery key; --keychain does not apply.</source>
        <translation>passwd richiede la passphrase attuale o la chiave di recupero; --keychain non si applica.</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="48" />
        <source>Current passphrase for %1: </source>
        <translation>Passphrase attuale per %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="49" />
        <source>No current passphrase was given on standard input.</source>
        <translation>Nessuna passphrase attuale fornita sullo standard input.</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="59" />
        <location filename="../app/cli/PasswdCommand.cpp" line="84" />
        <source>New passphrase: </source>
        <translation>Nuova passphrase: </translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="59" />
        <location filename="../app/cli/PasswdCommand.cpp" line="84" />
        <source>Repeat the new passphrase: </source>
        <translation>Ripetere la nuova passphrase: </translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="65" />
        <source>The passphrase of %1 was changed.</source>
        <translation>La passphrase di %1 è stata cambiata.</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="74" />
        <source>Recovery key for %1: </source>
        <translation>Chiave di recupero per %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="75" />
        <source>No recovery key was given on standard input.</source>
        <translation>Nessuna chiave di recupero fornita sullo standard input.</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="90" />
        <source>A new passphrase was set for %1 with the recovery key.</source>
        <translation>È stata impostata una nuova passphrase per %1 con la chiave di recupero.</translation>
    </message>
</context>
<context>
    <name>md::cli::PaymentCommands</name>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="40" />
        <source>Give either --invoice or --client.</source>
        <translation>Indicare --invoice oppure --client.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="42" />
        <source>--amount and --date are required.</source>
        <translation>--amount e --date sono obbligatori.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="45" />
        <location filename="../app/cli/PaymentCommands.cpp" line="103" />
        <source>invoice id</source>
        <translation>ID della fattura</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="46" />
        <location filename="../app/cli/PaymentCommands.cpp" line="98" />
        <source>client id</source>
        <translation>ID del cliente</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="52" />
        <source>'%1' is not a date (use YYYY-MM-DD).</source>
        <translation>'%1' non è una data (usare YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="58" />
        <source>Unknown method '%1' (use bank-transfer|card|cash|other).</source>
        <translation>Metodo sconosciuto '%1' (usare bank-transfer|card|cash|other).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="89" />
        <source>The client now has a credit of %1, used by the next invoice.</source>
        <translation>Il cliente ha ora un credito di %1, che verrà utilizzato dalla prossima fattura.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="138" />
        <source>(--invoice ID | --client ID) --amount AMOUNT --date YYYY-MM-DD [--method METHOD]</source>
        <translation>(--invoice ID | --client ID) --amount IMPORTO --date YYYY-MM-DD [--method METODO]</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="139" />
        <source>Record money received; prints the payment's id.</source>
        <translation>Registrare un incasso; stampa l'ID del pagamento.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="140" />
        <source>A payment for an invoice pays it (partly or fully); whatever is paid beyond what it owes becomes the client's credit, which the next invoice uses when issued. A payment for a client settles their open invoices, oldest due date first. AMOUNT is like 120.50 or 120,50.</source>
        <translation>Un pagamento per una fattura la salda (in parte o interamente); quanto pagato in più rispetto al dovuto diventa un credito del cliente, utilizzato dalla prossima fattura al momento dell'emissione. Un pagamento per un cliente salda le sue fatture aperte, a partire dalla scadenza più vecchia. IMPORTO si scrive come 120.50 o 120,50.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="145" />
        <source>The issued invoice paid.</source>
        <translation>La fattura emessa pagata.</translation>
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
        <translation>Il cliente che ha pagato (nessuna fattura in particolare).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="148" />
        <source>The amount received (required).</source>
        <translation>L'importo ricevuto (obbligatorio).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="148" />
        <source>AMOUNT</source>
        <translation>IMPORTO</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="149" />
        <source>The day it was received (required).</source>
        <translation>Il giorno in cui è stato ricevuto (obbligatorio).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="149" />
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="151" />
        <source>bank-transfer|card|cash|other (default: bank-transfer).</source>
        <translation>bank-transfer|card|cash|other (predefinito: bank-transfer).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="152" />
        <source>METHOD</source>
        <translation>METODO</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="153" />
        <source>Bank reference or receipt number.</source>
        <translation>Riferimento bancario o numero di ricevuta.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="153" />
        <source>TEXT</source>
        <translation>TESTO</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="159" />
        <source>[--client ID] [--invoice ID] [--json]</source>
        <translation>[--client ID] [--invoice ID] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="160" />
        <source>List payments received.</source>
        <translation>Elencare i pagamenti ricevuti.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="162" />
        <source>Only this client's.</source>
        <translation>Solo quelli di questo cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="163" />
        <source>Only those for this invoice.</source>
        <translation>Solo quelli per questa fattura.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="164" />
        <source>Print a JSON array.</source>
        <translation>Stampare un array JSON.</translation>
    </message>
</context>
<context>
    <name>md::cli::SearchCommands</name>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="38" />
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="40" />
        <source>engagement</source>
        <translation>percorso</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="42" />
        <source>need</source>
        <translation>bisogno</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="44" />
        <source>goal</source>
        <translation>obiettivo</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="46" />
        <source>action</source>
        <translation>azione</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="48" />
        <source>evaluation</source>
        <translation>valutazione</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="50" />
        <source>session</source>
        <translation>sessione</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="52" />
        <source>agreement</source>
        <translation>accordo</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="54" />
        <source>invoice</source>
        <translation>fattura</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="62" />
        <source> (archived)</source>
        <translation> (archiviato)</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="93" />
        <source>Say what to look for, e.g. %1 search portfolio</source>
        <translation>Indicare che cosa cercare, ad es. %1 search portfolio</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="102" />
        <source>Unknown kind "%1"; choose from %2.</source>
        <translation>Tipo sconosciuto «%1»; scegliere tra %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="113" />
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit richiede un numero da 1 a %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="129" />
        <source>Nothing matches "%1".</source>
        <translation>Nessun risultato per «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="133" />
        <location filename="../app/cli/SearchCommands.cpp" line="163" />
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="133" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="133" />
        <source>CLIENT</source>
        <translation>CLIENTE</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="133" />
        <source>TITLE</source>
        <translation>TITOLO</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="133" />
        <source>MATCH</source>
        <translation>CORRISPONDENZA</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="137" />
        <source>[private] %1</source>
        <translation>[privata] %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="148" />
        <source>QUERY [--kind KIND] [--limit N] [--json]</source>
        <translation>RICERCA [--kind TIPO] [--limit N] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="149" />
        <source>Find clients, engagements, notes, agreements and invoices by any word.</source>
        <translation>Trovare clienti, percorsi, note, accordi e fatture tramite qualsiasi parola.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="151" />
        <source>Every word must occur; a word also finds longer ones that start with it
("port" finds "portfolio"); "a quoted phrase" must occur as written. Case and
accents do not matter ("muller" finds "Müller"). Names and titles that match
come first, then the records where the words occur most, newer before older.
Archived clients are included and marked; a match in a session's private notes
is marked [private].</source>
        <translation>Ogni parola deve comparire; una parola trova anche quelle più lunghe che iniziano con essa
("port" trova "portfolio"); "una frase tra virgolette" deve comparire così come è scritta.
Maiuscole e accenti non contano ("muller" trova "Müller"). Nomi e titoli corrispondenti
vengono per primi, poi i record in cui le parole compaiono più spesso, dai più recenti.
I clienti archiviati sono inclusi e contrassegnati; una corrispondenza nelle note private di una sessione
è contrassegnata con [privata].</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="158" />
        <source>The words to look for, in quotes when there are several.</source>
        <translation>Le parole da cercare, tra virgolette se sono più di una.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="161" />
        <source>Only these kinds (comma separated): client, engagement, need, goal, action, evaluation, session, agreement, invoice.</source>
        <translation>Solo questi tipi (separati da virgole): client, engagement, need, goal, action, evaluation, session, agreement, invoice.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="164" />
        <source>At most N results (default 50).</source>
        <translation>Al massimo N risultati (predefinito 50).</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="164" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="165" />
        <source>Print the results as JSON.</source>
        <translation>Stampare i risultati in JSON.</translation>
    </message>
</context>
<context>
    <name>md::cli::SessionCommands</name>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="64" />
        <source>--count and --until need --repeat.</source>
        <translation>--count e --until richiedono --repeat.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="71" />
        <source>Unknown repeat '%1' (use weekly|biweekly|monthly|monthly-weekday|monthly-last-weekday).</source>
        <translation>Ripetizione sconosciuta '%1' (usare weekly|biweekly|monthly|monthly-weekday|monthly-last-weekday).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="77" />
        <source>A repeating session needs either --count N or --until DATE.</source>
        <translation>Una sessione ricorrente richiede --count N oppure --until DATA.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="87" />
        <source>'%1' is not a number of sessions.</source>
        <translation>'%1' non è un numero di sessioni.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="94" />
        <location filename="../app/cli/SessionCommands.cpp" line="211" />
        <source>'%1' is not a date (use YYYY-MM-DD).</source>
        <translation>'%1' non è una data (usare YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="105" />
        <source>warning: %1</source>
        <translation>attenzione: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="110" />
        <source>--engagement, --start and --duration are required.</source>
        <translation>--engagement, --start e --duration sono obbligatori.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="112" />
        <location filename="../app/cli/SessionCommands.cpp" line="224" />
        <source>engagement id</source>
        <translation>ID del percorso</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="118" />
        <source>'%1' is not a start (use YYYY-MM-DDTHH:MM).</source>
        <translation>'%1' non è un inizio valido (usare YYYY-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="123" />
        <source>'%1' is not a duration in minutes.</source>
        <translation>'%1' non è una durata in minuti.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="129" />
        <source>Unknown format '%1' (use video|phone|in-person).</source>
        <translation>Modalità sconosciuta '%1' (usare video|phone|in-person).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="136" />
        <source>Unknown time zone '%1' (use an IANA name such as Europe/Berlin).</source>
        <translation>Fuso orario sconosciuto '%1' (usare un nome IANA come Europe/Rome).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SessionCommands.cpp" line="197" />
        <source>%1 (%n session(s)).</source>
        <translation>
            <numerusform>%1 (%n sessione).</numerusform>
            <numerusform>%1 (%n sessioni).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="218" />
        <source>client id</source>
        <translation>ID del cliente</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="259" />
        <source>No sessions in this period.</source>
        <translation>Nessuna sessione in questo periodo.</translation>
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
        <translation>INIZIO</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="238" />
        <location filename="../app/cli/SessionCommands.cpp" line="349" />
        <source>ZONE</source>
        <translation>FUSO</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="238" />
        <source>MIN</source>
        <translation>MIN</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="238" />
        <source>CLIENT</source>
        <translation>CLIENTE</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="239" />
        <source>STATUS</source>
        <translation>STATO</translation>
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
        <translation>ID della sessione</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="271" />
        <source>Give exactly one of --private TEXT and --shareable TEXT.</source>
        <translation>Indicare esattamente una tra --private TESTO e --shareable TESTO.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="297" />
        <source>Unknown status '%1' (use planned|held|cancelled-client|cancelled-mentor|no-show).</source>
        <translation>Stato sconosciuto '%1' (usare planned|held|cancelled-client|cancelled-mentor|no-show).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="303" />
        <source>--cancelled-at goes with cancelled-client or cancelled-mentor.</source>
        <translation>--cancelled-at va usato con cancelled-client o cancelled-mentor.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="306" />
        <source>'%1' is not a time (use YYYY-MM-DDTHH:MM).</source>
        <translation>'%1' non è un orario (usare YYYY-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="333" />
        <source>The session's id (see 'session list').</source>
        <translation>L'ID della sessione (vedere 'session list').</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="337" />
        <source>--engagement ID --start YYYY-MM-DDTHH:MM --duration MINUTES [options]</source>
        <translation>--engagement ID --start YYYY-MM-DDTHH:MM --duration MINUTI [opzioni]</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="338" />
        <source>Plan a session or a series and print the new id(s).</source>
        <translation>Pianificare una sessione o una serie e stampare il nuovo ID o i nuovi ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="339" />
        <source>The start is wall-clock time in --tz (default: your time zone from the availability settings); a series keeps that time across daylight-saving changes. A series prints one id per session. Monthly series on the 29th to 31st skip months without that date, as in every calendar program. Clashes with other sessions, imported busy times or your working hours are printed as warnings; the session is planned anyway.</source>
        <translation>L'inizio è l'ora locale in --tz (predefinito: il proprio fuso orario dalle impostazioni di disponibilità); una serie mantiene quell'ora anche con il cambio dell'ora legale. Una serie stampa un ID per sessione. Le serie mensili fissate dal 29 al 31 saltano i mesi senza quella data, come in ogni programma di calendario. Le sovrapposizioni con altre sessioni, con periodi occupati importati o con l'orario di lavoro vengono stampate come avvisi; la sessione viene pianificata comunque.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="346" />
        <source>The engagement's id (required).</source>
        <translation>L'ID del percorso (obbligatorio).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="347" />
        <source>Start, YYYY-MM-DDTHH:MM (required).</source>
        <translation>Inizio, YYYY-MM-DDTHH:MM (obbligatorio).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="348" />
        <source>IANA time zone of the start, e.g. Europe/Berlin.</source>
        <translation>Fuso orario IANA dell'inizio, ad es. Europe/Rome.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="350" />
        <source>Length in minutes (required).</source>
        <translation>Durata in minuti (obbligatoria).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="350" />
        <source>MINUTES</source>
        <translation>MINUTI</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="353" />
        <source>video|phone|in-person (default: the engagement's format, video when it is mixed).</source>
        <translation>video|phone|in-person (predefinito: la modalità del percorso, video se è mista).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="355" />
        <source>FORMAT</source>
        <translation>MODALITÀ</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="356" />
        <source>The place, video link or phone number.</source>
        <translation>Il luogo, il link della videochiamata o il numero di telefono.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="357" />
        <location filename="../app/cli/SessionCommands.cpp" line="358" />
        <location filename="../app/cli/SessionCommands.cpp" line="390" />
        <location filename="../app/cli/SessionCommands.cpp" line="391" />
        <source>TEXT</source>
        <translation>TESTO</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="358" />
        <source>The agenda.</source>
        <translation>L'ordine del giorno.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="360" />
        <source>weekly|biweekly|monthly|monthly-weekday|monthly-last-weekday.</source>
        <translation>weekly|biweekly|monthly|monthly-weekday|monthly-last-weekday.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="361" />
        <source>CADENCE</source>
        <translation>FREQUENZA</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="362" />
        <source>A series ends after N sessions.</source>
        <translation>Una serie termina dopo N sessioni.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="362" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="363" />
        <source>A series ends on this date, YYYY-MM-DD.</source>
        <translation>Una serie termina in questa data, YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="363" />
        <location filename="../app/cli/SessionCommands.cpp" line="373" />
        <location filename="../app/cli/SessionCommands.cpp" line="374" />
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="370" />
        <source>[--from DATE] [--to DATE] [--client ID] [--engagement ID] [--json]</source>
        <translation>[--from DATA] [--to DATA] [--client ID] [--engagement ID] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="371" />
        <source>List sessions, oldest first.</source>
        <translation>Elencare le sessioni, dalla meno recente.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="373" />
        <source>From this day, YYYY-MM-DD.</source>
        <translation>Da questo giorno, YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="374" />
        <source>Up to and including this day.</source>
        <translation>Fino a questo giorno incluso.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="375" />
        <source>Only this client's.</source>
        <translation>Solo quelli di questo cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="376" />
        <source>Only this engagement's.</source>
        <translation>Solo quelli di questo percorso.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="377" />
        <source>Print a JSON array (without private notes).</source>
        <translation>Stampare un array JSON (senza note private).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="383" />
        <source>ID (--private TEXT | --shareable TEXT)</source>
        <translation>ID (--private TESTO | --shareable TESTO)</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="384" />
        <source>Set a session's private or shareable notes.</source>
        <translation>Impostare le note private o condivisibili di una sessione.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="385" />
        <source>Private notes are for you: no session summary or calendar file contains them. export and client export keep them, since those are your own copies; client export --without-private-notes leaves them out. Shareable notes appear in the session summary.</source>
        <translation>Le note private sono per il mentor: nessun riepilogo della sessione né file di calendario le contiene. export e client export le conservano, poiché sono copie proprie; client export --without-private-notes le esclude. Le note condivisibili compaiono nel riepilogo della sessione.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="390" />
        <source>Notes only you will see.</source>
        <translation>Note visibili solo al mentor.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="391" />
        <source>Notes for the summary.</source>
        <translation>Note per il riepilogo.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="397" />
        <source>ID STATUS</source>
        <translation>ID STATO</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="398" />
        <source>Mark a session held, cancelled or missed.</source>
        <translation>Contrassegnare una sessione come svolta, disdetta o persa.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="401" />
        <source>planned, held, cancelled-client, cancelled-mentor or no-show.</source>
        <translation>planned, held, cancelled-client, cancelled-mentor o no-show.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="403" />
        <source>A session the client cancels with less notice than your cancellation policy gives (settings: billing.policy.cancellation_notice_hours) is billed when late cancellations are chargeable; one you cancel never is.</source>
        <translation>Una sessione disdetta dal cliente con un preavviso inferiore a quello previsto dalle condizioni di disdetta (impostazione: billing.policy.cancellation_notice_hours) viene fatturata se le disdette tardive sono fatturabili; una sessione disdetta dal mentor non lo è mai.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="409" />
        <source>When the session was cancelled, YYYY-MM-DDTHH:MM in its time zone (default: now).</source>
        <translation>Quando la sessione è stata disdetta, YYYY-MM-DDTHH:MM nel suo fuso orario (predefinito: adesso).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="410" />
        <source>TIME</source>
        <translation>ORA</translation>
    </message>
</context>
<context>
    <name>md::cli::SettingsCommands</name>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="32" />
        <source>Keys (default in brackets, then an example):</source>
        <translation>Chiavi (valore predefinito tra parentesi quadre, poi un esempio):</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="37" />
        <source>      e.g. %1</source>
        <translation>      ad es. %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="69" />
        <source>There is no setting called '%1'. See `settings set --help` for the keys.</source>
        <translation>Non esiste alcuna impostazione chiamata '%1'. Vedere `settings set --help` per le chiavi.</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="87" />
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="88" />
        <source>Show the mentor profile and the business settings.</source>
        <translation>Mostrare il profilo del mentor e le impostazioni dell'attività.</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="90" />
        <source>Print one JSON object.</source>
        <translation>Stampare un oggetto JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="96" />
        <source>KEY VALUE</source>
        <translation>CHIAVE VALORE</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="97" />
        <source>Change one setting (checked before it is saved).</source>
        <translation>Modificare un'impostazione (verificata prima del salvataggio).</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="100" />
        <source>One of the keys below.</source>
        <translation>Una delle chiavi indicate sotto.</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="101" />
        <source>The new value; "" clears text fields.</source>
        <translation>Il nuovo valore; "" svuota i campi di testo.</translation>
    </message>
</context>
<context>
    <name>md::cli::SummaryCommands</name>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="31" />
        <source>'%1' is not a valid session id (a positive number).</source>
        <translation>'%1' non è un ID sessione valido (un numero positivo).</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="35" />
        <source>Name the file to write (.pdf, .md or .txt).</source>
        <translation>Indicare il file da scrivere (.pdf, .md o .txt).</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="62" />
        <source>ID FILE</source>
        <translation>ID FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="63" />
        <source>Export a session summary as PDF, Markdown or plain text.</source>
        <translation>Esportare il riepilogo di una sessione in PDF, Markdown o testo semplice.</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="64" />
        <source>The format follows the file name: .md for Markdown, .txt for plain text ready to paste into an e-mail, anything else PDF. The summary holds the summary fields and the shareable notes, never the private notes.</source>
        <translation>Il formato dipende dal nome del file: .md per Markdown, .txt per testo semplice pronto da incollare in un'e-mail, qualsiasi altro per PDF. Il riepilogo contiene i campi del riepilogo e le note condivisibili, mai le note private.</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="68" />
        <source>The session's id.</source>
        <translation>L'ID della sessione.</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="69" />
        <source>The file to write.</source>
        <translation>Il file da scrivere.</translation>
    </message>
</context>
<context>
    <name>md::cli::VerifyCommand</name>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="22" />
        <source>Check the database, every signed agreement and the audit log; prints OK or the problems found.</source>
        <translation>Verificare il database, ogni accordo firmato e il registro di controllo; stampa OK o i problemi trovati.</translation>
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
        <translation>Sblocca l'area di lavoro e verifica:
  - il database (controlli di integrità SQLite e delle chiavi esterne);
  - ogni accordo firmato: il PDF, il testo, le immagini delle firme e la
    scansione salvati rispetto al manifest firmato, e la firma del manifest;
  - la catena di hash del registro di controllo degli accordi.
Ogni problema occupa una riga sullo standard output e indica l'accordo
interessato. Termina con stato di uscita 1 se viene trovato un problema.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/VerifyCommand.cpp" line="66" />
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Trovato %n problema.</numerusform>
            <numerusform>Trovati %n problemi.</numerusform>
        </translation>
    </message>
</context>
</TS>
