<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="57" />
        <source>Encrypted client records for independent mentors.</source>
        <translation>Dossiers clients chiffrés pour mentors indépendants.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="62" />
        <source>Open the workspace in DIR instead of the last one.</source>
        <translation>Ouvrir l'espace de travail situé dans DOSSIER au lieu du dernier utilisé.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="63" />
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
</context>
<context>
    <name>md::ActionListModel</name>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="150" />
        <source>Overdue: %1</source>
        <translation>En retard : %1</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="165" />
        <location filename="../ui/pipeline/ActionListModel.cpp" line="176" />
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="185" />
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="187" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="189" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="191" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="193" />
        <source>People to approach</source>
        <translation>Personnes à contacter</translation>
    </message>
</context>
<context>
    <name>md::ActionRepository</name>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="55" />
        <source>There is no goal with id %1.</source>
        <translation>Aucun objectif ne porte l'identifiant %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="70" />
        <location filename="../core/storage/ActionRepository.cpp" line="102" />
        <source>Could not save the action</source>
        <translation>Impossible d'enregistrer l'action</translation>
    </message>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="126" />
        <source>There is no action with id %1.</source>
        <translation>Aucune action ne porte l'identifiant %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="148" />
        <location filename="../core/storage/ActionRepository.cpp" line="153" />
        <source>Could not read the actions</source>
        <translation>Impossible de lire les actions</translation>
    </message>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="167" />
        <source>Could not delete the action</source>
        <translation>Impossible de supprimer l'action</translation>
    </message>
</context>
<context>
    <name>md::ActionsTab</name>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="42" />
        <source>A concrete step, e.g. ask for a stretch project</source>
        <translation>Une étape concrète, par ex. demander un projet plus ambitieux</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="43" />
        <source>Due &amp;by</source>
        <translation>Échéance &amp;le</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="55" />
        <source>Managers, recruiters, peers… separated by commas</source>
        <translation>Managers, recruteurs, pairs… séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="62" />
        <source>&amp;Goal:</source>
        <translation>&amp;Objectif :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="63" />
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="64" />
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="65" />
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="66" />
        <source>&amp;People to approach:</source>
        <translation>&amp;Personnes à contacter :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="70" />
        <source>&amp;New Action</source>
        <translation>&amp;Nouvelle action</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="70" />
        <source>&amp;Save Action</source>
        <translation>&amp;Enregistrer l'action</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="70" />
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="144" />
        <source>(inactive goal)</source>
        <translation>(objectif inactif)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="163" />
        <source>Write an active goal first; actions belong to a goal.</source>
        <translation>Rédigez d'abord un objectif actif ; les actions se rattachent à un objectif.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="182" />
        <source>Saved the action.</source>
        <translation>Action enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="189" />
        <source>Delete Action</source>
        <translation>Supprimer l'action</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="189" />
        <source>Delete this action?</source>
        <translation>Supprimer cette action ?</translation>
    </message>
</context>
<context>
    <name>md::AgeingModel</name>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="237" />
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="239" />
        <source>0–30 days</source>
        <translation>0–30 jours</translation>
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
        <translation>Plus de 90</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="247" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="249" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>md::AgendaView</name>
    <message>
        <location filename="../ui/calendar/AgendaView.cpp" line="28" />
        <source>Filter by client</source>
        <translation>Filtrer par client</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AgendaView.cpp" line="52" />
        <source>No sessions in these four weeks. Double-click a free time in the week view, or use New Session, to plan one.</source>
        <translation>Aucune séance sur ces quatre semaines. Double-cliquez sur un créneau libre dans la vue Semaine, ou utilisez Nouvelle séance, pour en planifier une.</translation>
    </message>
</context>
<context>
    <name>md::AgreedActions</name>
    <message>
        <location filename="../core/scheduling/AgreedActions.cpp" line="54" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>md::Agreement</name>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="29" />
        <source>Mentoring agreement</source>
        <translation>Contrat de mentorat</translation>
    </message>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="31" />
        <source>Confidentiality agreement</source>
        <translation>Accord de confidentialité</translation>
    </message>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="41" />
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="42" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="78" />
        <source>Mentee</source>
        <translation>Mentoré</translation>
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
        <translation>Impossible de lire le journal d'audit</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementAuditLogRepository.cpp" line="47" />
        <source>Could not write to the audit log</source>
        <translation>Impossible d'écrire dans le journal d'audit</translation>
    </message>
</context>
<context>
    <name>md::AgreementContext</name>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="28" />
        <source>your name (set it in the mentor profile)</source>
        <translation>votre nom (à renseigner dans le profil du mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="30" />
        <source>your business name (set it in the mentor profile)</source>
        <translation>le nom de votre entreprise (à renseigner dans le profil du mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="33" />
        <source>your business address (set it in the mentor profile)</source>
        <translation>l'adresse de votre entreprise (à renseigner dans le profil du mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="36" />
        <source>your tax ID (set it in the mentor profile)</source>
        <translation>votre numéro de TVA (à renseigner dans le profil du mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="38" />
        <source>your email address (set it in the mentor profile)</source>
        <translation>votre adresse e-mail (à renseigner dans le profil du mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="41" />
        <source>your phone number (set it in the mentor profile)</source>
        <translation>votre numéro de téléphone (à renseigner dans le profil du mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="44" />
        <location filename="../core/agreements/AgreementContext.cpp" line="46" />
        <source>the client's name (set it on the client)</source>
        <translation>le nom du client (à renseigner sur la fiche du client)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="48" />
        <source>the client's email address (set it on the client)</source>
        <translation>l'adresse e-mail du client (à renseigner sur la fiche du client)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="51" />
        <source>the client's phone number (set it on the client)</source>
        <translation>le numéro de téléphone du client (à renseigner sur la fiche du client)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="54" />
        <source>the client's organisation (set it on the client)</source>
        <translation>l'organisation du client (à renseigner sur la fiche du client)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="57" />
        <source>the client's role (set it on the client)</source>
        <translation>la fonction du client (à renseigner sur la fiche du client)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="59" />
        <source>the engagement's title (set it on the engagement)</source>
        <translation>l'intitulé de l'accompagnement (à renseigner sur l'accompagnement)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="62" />
        <source>the start date (set it on the engagement)</source>
        <translation>la date de début (à renseigner sur l'accompagnement)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="64" />
        <source>the number of sessions (set it on the engagement)</source>
        <translation>le nombre de séances (à renseigner sur l'accompagnement)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="67" />
        <source>how often you meet (set it on the engagement)</source>
        <translation>la fréquence des rencontres (à renseigner sur l'accompagnement)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="70" />
        <source>how you meet (set it on the engagement)</source>
        <translation>les modalités des rencontres (à renseigner sur l'accompagnement)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="72" />
        <source>the fee (set it on the engagement)</source>
        <translation>les honoraires (à renseigner sur l'accompagnement)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="74" />
        <source>the end date (choose one when you generate the agreement)</source>
        <translation>la date de fin (à choisir lors de la génération de l'accord)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="89" />
        <source>%1 (fill it in by hand)</source>
        <translation>%1 (à compléter à la main)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="108" />
        <source>Printed as blank lines to fill in by hand: %1.</source>
        <translation>Imprimés sous forme de lignes vides à compléter à la main : %1.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="121" />
        <source>No agreement can be generated without %1.</source>
        <translation>Aucun accord ne peut être généré sans %1.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="123" />
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="148" />
        <source>every week</source>
        <translation>toutes les semaines</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="150" />
        <source>every two weeks</source>
        <translation>toutes les deux semaines</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="152" />
        <source>once a month</source>
        <translation>une fois par mois</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="160" />
        <source>in person</source>
        <translation>en présentiel</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="162" />
        <source>by video call</source>
        <translation>par visioconférence</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="164" />
        <source>by telephone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="166" />
        <source>in a mix of in-person meetings and video or telephone calls</source>
        <translation>en alternant rencontres en présentiel et échanges par visioconférence ou par téléphone</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="235" />
        <source>Your name (mentor profile)</source>
        <translation>Votre nom (profil du mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="237" />
        <source>Your business name</source>
        <translation>Le nom de votre entreprise</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="239" />
        <source>Your business address</source>
        <translation>L'adresse de votre entreprise</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="241" />
        <source>Your tax id</source>
        <translation>Votre numéro de TVA</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="243" />
        <source>Your e-mail address</source>
        <translation>Votre adresse e-mail</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="245" />
        <source>Your phone number</source>
        <translation>Votre numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="247" />
        <source>The mentee's full name</source>
        <translation>Nom complet du mentoré</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="249" />
        <source>The name the mentee goes by</source>
        <translation>Nom d'usage du mentoré</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="251" />
        <source>The mentee's e-mail address</source>
        <translation>Adresse e-mail du mentoré</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="253" />
        <source>The mentee's phone number</source>
        <translation>Numéro de téléphone du mentoré</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="255" />
        <source>The mentee's organisation</source>
        <translation>Organisation du mentoré</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="257" />
        <source>The mentee's role</source>
        <translation>Fonction du mentoré</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="259" />
        <source>Title of the engagement</source>
        <translation>Intitulé de l'accompagnement</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="261" />
        <source>Start date of the engagement</source>
        <translation>Date de début de l'accompagnement</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="263" />
        <source>Planned number of sessions</source>
        <translation>Nombre de séances prévues</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="265" />
        <source>How often sessions take place</source>
        <translation>Fréquence des séances</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="267" />
        <source>How sessions take place (in person, video…)</source>
        <translation>Modalités des séances (en présentiel, en visio…)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="270" />
        <source>Fees, as noted on the engagement</source>
        <translation>Honoraires, tels qu'indiqués sur l'accompagnement</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="272" />
        <source>Length of a session in minutes</source>
        <translation>Durée d'une séance en minutes</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="274" />
        <source>Hours of notice to cancel a session free of charge</source>
        <translation>Délai de prévenance en heures pour annuler une séance sans frais</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="277" />
        <source>Days to pay an invoice</source>
        <translation>Délai de paiement d'une facture en jours</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="279" />
        <source>Days of notice to end the mentoring early</source>
        <translation>Préavis en jours pour mettre fin au mentorat de manière anticipée</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="282" />
        <source>Years confidentiality lasts after the end</source>
        <translation>Durée de la confidentialité après la fin, en années</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="285" />
        <source>Months notes are kept after the end</source>
        <translation>Durée de conservation des notes après la fin, en mois</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="288" />
        <source>The date the agreement is generated</source>
        <translation>Date de génération de l'accord</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="291" />
        <source>The agreement's end date, if it has one</source>
        <translation>Date de fin de l'accord, le cas échéant</translation>
    </message>
</context>
<context>
    <name>md::AgreementDetailsPanel</name>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="51" />
        <source>Open mentor &amp;profile…</source>
        <translation>Ouvrir le &amp;profil du mentor…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="52" />
        <source>Go to the c&amp;lient</source>
        <translation>Aller au c&amp;lient</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="54" />
        <source>Go to the e&amp;ngagement</source>
        <translation>Aller à l'accompag&amp;nement</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="55" />
        <source>&amp;Fill in the details set since it was generated</source>
        <translation>&amp;Compléter avec les informations à jour</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="58" />
        <source>Generate the draft's text again from its template and the details as they are now</source>
        <translation>Générer à nouveau le texte du brouillon à partir de son modèle et des informations actuelles</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="94" />
        <source>No agreement selected</source>
        <translation>Aucun accord sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="108" />
        <source>Details were set or changed since this draft was generated.</source>
        <translation>Des informations ont été renseignées ou modifiées depuis la génération de ce brouillon.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="131" />
        <source>Client: %1</source>
        <translation>Client : %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="134" />
        <source>Signed on screen on %1</source>
        <translation>Signé à l'écran le %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="137" />
        <source>Signed on paper</source>
        <translation>Signé sur papier</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="138" />
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="142" />
        <source>Template: %1, version %2</source>
        <translation>Modèle : %1, version %2</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="145" />
        <source>Includes confidentiality terms</source>
        <translation>Comprend des clauses de confidentialité</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="146" />
        <source>No confidentiality terms</source>
        <translation>Sans clauses de confidentialité</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="148" />
        <source>Ends on %1</source>
        <translation>Prend fin le %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="150" />
        <source>Amends AGR-%1</source>
        <translation>Modifie AGR-%1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="151" />
        <source>Fingerprint: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Empreinte : &lt;tt&gt;%1&lt;/tt&gt;</translation>
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
        <translation>Accord signé %1 : %2
Signé le %3 UTC ; scellé par MentorDesk %4.

Ce dossier contient l'accord exactement tel qu'il a été signé, ainsi que de quoi vérifier
qu'il n'a pas été modifié depuis. MentorDesk n'est pas nécessaire ; les commandes
ci-dessous fonctionnent dans un terminal sous Linux et macOS, et avec Git Bash ou WSL sous Windows.

FICHIERS
  agreement.pdf        l'accord signé
  manifest.json        une description de ce qui a été signé, avec la somme de contrôle SHA-256
                       de chaque fichier (ne le modifiez pas, pas même ses espaces)
  manifest.sig         la signature numérique Ed25519 de manifest.json (64 octets)
  manifest.sig.base64  la même signature sous forme de texte
  public-key.pem       la clé publique qui permet de vérifier la signature

1. VÉRIFIER LA SIGNATURE DU MANIFESTE (OpenSSL 3.0 ou plus récent)
   openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin \
       -in manifest.json -sigfile manifest.sig
   La commande affiche « Signature Verified Successfully » si manifest.json est authentique.

2. VÉRIFIER LE PDF PAR RAPPORT AU MANIFESTE
   sha256sum agreement.pdf        (macOS : shasum -a 256 agreement.pdf)
   Le résultat doit être égal à la valeur « sha256 » de « pdf » dans manifest.json :
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
LA CLÉ
   Empreinte de la clé publique (première moitié de son SHA-256) : %1
   Clé publique brute, en base64 : %2
   Demandez à votre mentor de confirmer l'empreinte si vous voulez être sûr que la clé est bien la sienne.

Le pied de chaque page indique le numéro de l'accord et l'empreinte de son texte, ce qui permet
de rapprocher une copie imprimée de cet enregistrement.
</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="88" />
        <source>Only a signed agreement can be exported for the client. Save the draft as a PDF instead.</source>
        <translation>Seul un accord signé peut être exporté pour le client. Enregistrez plutôt le brouillon en PDF.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="108" />
        <source>CHECK THE DRAWN SIGNATURE OF THE %1
   sha256sum %2
   The result must equal its "signature_png_sha256" in manifest.json.
</source>
        <translation>VÉRIFIER LA SIGNATURE MANUSCRITE NUMÉRIQUE DU %1
   sha256sum %2
   Le résultat doit être égal à sa valeur « signature_png_sha256 » dans manifest.json.
</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="120" />
        <source>CHECK THE SCAN OF THE SIGNED PAPER ORIGINAL
   sha256sum %1
   The result must equal the "sha256" inside "scan" in manifest.json.
</source>
        <translation>VÉRIFIER LE SCAN DE L'ORIGINAL PAPIER SIGNÉ
   sha256sum %1
   Le résultat doit être égal à la valeur « sha256 » de « scan » dans manifest.json.
</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="131" />
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="135" />
        <source>%1 already exists. Choose an empty folder for the export.</source>
        <translation>%1 existe déjà. Choisissez un dossier vide pour l'export.</translation>
    </message>
</context>
<context>
    <name>md::AgreementListModel</name>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="130" />
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="267" />
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="269" />
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="271" />
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="273" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="275" />
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="277" />
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>md::AgreementManifest</name>
    <message>
        <location filename="../core/agreements/AgreementManifest.cpp" line="90" />
        <source>The manifest is not valid JSON.</source>
        <translation>Le manifeste n'est pas un JSON valide.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementManifest.cpp" line="94" />
        <source>The manifest is not in canonical form.</source>
        <translation>Le manifeste n'est pas sous forme canonique.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementManifest.cpp" line="99" />
        <source>The manifest has an unknown format.</source>
        <translation>Le manifeste est dans un format inconnu.</translation>
    </message>
</context>
<context>
    <name>md::AgreementPdfRenderer</name>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="46" />
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="47" />
        <source>By signing below, the parties confirm that they have read this agreement and agree to its terms.</source>
        <translation>En signant ci-dessous, les parties confirment avoir lu le présent accord et en accepter les termes.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="54" />
        <source>The mentee</source>
        <translation>Le mentoré</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="55" />
        <source>The mentor</source>
        <translation>Le mentor</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="56" />
        <source>Date: ____________________</source>
        <translation>Date : ____________________</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="100" />
        <source>Agreement %1</source>
        <translation>Accord %1</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="103" />
        <source>Fingerprint %1</source>
        <translation>Empreinte %1</translation>
    </message>
</context>
<context>
    <name>md::AgreementRepository</name>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="56" />
        <source>This agreement is signed and can no longer be changed. To change its terms, create an amendment.</source>
        <translation>Cet accord est signé et ne peut plus être modifié. Pour en changer les termes, créez un avenant.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="89" />
        <location filename="../core/storage/AgreementRepository.cpp" line="119" />
        <source>Could not save the agreement</source>
        <translation>Impossible d'enregistrer l'accord</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="101" />
        <source>An agreement needs a title.</source>
        <translation>Un accord doit avoir un intitulé.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="135" />
        <source>Could not delete the agreement</source>
        <translation>Impossible de supprimer l'accord</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="144" />
        <location filename="../core/storage/AgreementRepository.cpp" line="148" />
        <source>Could not read the agreement</source>
        <translation>Impossible de lire l'accord</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="149" />
        <source>Agreement %1 does not exist.</source>
        <translation>L'accord %1 n'existe pas.</translation>
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
        <translation>Impossible de lire les accords</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="228" />
        <location filename="../core/storage/AgreementRepository.cpp" line="242" />
        <source>Could not read the signatures</source>
        <translation>Impossible de lire les signatures</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="252" />
        <location filename="../core/storage/AgreementRepository.cpp" line="255" />
        <source>Could not read the scan</source>
        <translation>Impossible de lire le scan</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="269" />
        <location filename="../core/storage/AgreementRepository.cpp" line="273" />
        <source>Could not read the signed document</source>
        <translation>Impossible de lire le document signé</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="291" />
        <source>Could not store the signed agreement</source>
        <translation>Impossible d'enregistrer l'accord signé</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="345" />
        <source>The agreement was changed or signed elsewhere while it was being signed. Nothing was stored; open it again and sign once more.</source>
        <translation>L'accord a été modifié ou signé ailleurs pendant sa signature. Rien n'a été enregistré ; rouvrez-le et signez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="356" />
        <source>Could not check the engagement's agreements</source>
        <translation>Impossible de vérifier les accords de l'accompagnement</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="403" />
        <location filename="../core/storage/AgreementRepository.cpp" line="410" />
        <source>Could not read the engagements</source>
        <translation>Impossible de lire les accompagnements</translation>
    </message>
</context>
<context>
    <name>md::AgreementService</name>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="286" />
        <source>Only a signed agreement can be amended; edit the draft instead.</source>
        <translation>Seul un accord signé peut faire l'objet d'un avenant ; modifiez plutôt le brouillon.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="326" />
        <source>This agreement amends and replaces agreement %1 of %2 between the same parties. Where the two differ, this agreement applies.</source>
        <translation>Le présent accord modifie et remplace l'accord %1 du %2 conclu entre les mêmes parties. En cas de divergence, le présent accord prévaut.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="309" />
        <source>%1 (amendment to %2)</source>
        <translation>%1 (avenant à %2)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="393" />
        <source>This agreement ends on %1.</source>
        <translation>Le présent accord prend fin le %1.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="369" />
        <source>Signed on screen on %1 UTC</source>
        <translation>Signé à l'écran le %1 UTC</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="107" />
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="119" />
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="176" />
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="208" />
        <source>This agreement is already signed.</source>
        <translation>Cet accord est déjà signé.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="48" />
        <source>The mentee must type their full name.</source>
        <translation>Le mentoré doit saisir son nom complet.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="49" />
        <source>The mentor must type their full name.</source>
        <translation>Le mentor doit saisir son nom complet.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="52" />
        <source>The mentee must confirm the consent statement before signing.</source>
        <translation>Le mentoré doit confirmer la déclaration de consentement avant de signer.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="54" />
        <source>The mentor must confirm the consent statement before signing.</source>
        <translation>Le mentor doit confirmer la déclaration de consentement avant de signer.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="59" />
        <source>The mentee's signature image is too large.</source>
        <translation>L'image de la signature du mentoré est trop volumineuse.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="60" />
        <source>The mentor's signature image is too large.</source>
        <translation>L'image de la signature du mentor est trop volumineuse.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="64" />
        <source>The mentee has not drawn a signature.</source>
        <translation>Le mentoré n'a pas tracé de signature.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="65" />
        <source>The mentor has not drawn a signature.</source>
        <translation>Le mentor n'a pas tracé de signature.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="73" />
        <source>The mentee typed “%1”, which differs from the client's name “%2”. Confirm that “%1” is the name they sign with, or correct it.</source>
        <translation>Le mentoré a saisi « %1 », qui diffère du nom du client « %2 ». Confirmez que « %1 » est bien le nom sous lequel il signe, ou corrigez-le.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="77" />
        <source>The mentor typed “%1”, which differs from the name in the mentor profile “%2”. Confirm that “%1” is the name you sign with, or correct it.</source>
        <translation>Le mentor a saisi « %1 », qui diffère du nom figurant dans le profil du mentor « %2 ». Confirmez que « %1 » est bien le nom sous lequel vous signez, ou corrigez-le.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="184" />
        <source>The paper cannot have been signed on %1: that is in the future.</source>
        <translation>Le document papier ne peut pas avoir été signé le %1 : cette date est dans le futur.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="188" />
        <source>The paper cannot have been signed on %1: the draft was only generated on %2.</source>
        <translation>Le document papier ne peut pas avoir été signé le %1 : le brouillon n'a été généré que le %2.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="195" />
        <source>Attach the scan of the signed paper as a PDF, PNG or JPEG file.</source>
        <translation>Joignez le scan du document papier signé sous forme de fichier PDF, PNG ou JPEG.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="197" />
        <source>The scan is too large (at most 50 MB).</source>
        <translation>Le scan est trop volumineux (50 Mo au maximum).</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="324" />
        <source>Signed by hand on %1; the scan was attached on %2.</source>
        <translation>Signé à la main le %1 ; le scan a été joint le %2.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="327" />
        <source>Signed by hand; the scan was attached on %1.</source>
        <translation>Signé à la main ; le scan a été joint le %1.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="328" />
        <source>Paper signature attached, not checked: MentorDesk keeps the scan as it was attached and does not check the handwriting on it.</source>
        <translation>Signature papier jointe, non vérifiée : MentorDesk conserve le scan tel qu'il a été joint et ne vérifie pas l'écriture manuscrite.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="336" />
        <source>Mentee: %1</source>
        <translation>Mentoré : %1</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="337" />
        <source>Mentor: %1</source>
        <translation>Mentor : %1</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceDrafts.cpp" line="65" />
        <source>A signed agreement has no blanks to fill in.</source>
        <translation>Un accord signé n'a pas de champs vides à compléter.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceDrafts.cpp" line="134" />
        <source>A signed agreement cannot be changed; amend it instead.</source>
        <translation>Un accord signé ne peut pas être modifié ; établissez plutôt un avenant.</translation>
    </message>
</context>
<context>
    <name>md::AgreementSigningKeyRepository</name>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="22" />
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="27" />
        <source>Could not read the signing key</source>
        <translation>Impossible de lire la clé de signature</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="52" />
        <source>The workspace's signing key does not match its public key.</source>
        <translation>La clé de signature de l'espace de travail ne correspond pas à sa clé publique.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="62" />
        <source>The workspace already has a signing key; it is never replaced.</source>
        <translation>L'espace de travail possède déjà une clé de signature ; elle n'est jamais remplacée.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="78" />
        <source>Could not store the signing key</source>
        <translation>Impossible d'enregistrer la clé de signature</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="99" />
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="104" />
        <source>Could not read the earlier signing keys</source>
        <translation>Impossible de lire les anciennes clés de signature</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="111" />
        <source>An earlier signing key must name its workspace and hold a 32-byte public key.</source>
        <translation>Une ancienne clé de signature doit indiquer son espace de travail et contenir une clé publique de 32 octets.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="120" />
        <source>Could not store an earlier signing key</source>
        <translation>Impossible d'enregistrer une ancienne clé de signature</translation>
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
        <translation>Impossible de lire les modèles d'accord</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="65" />
        <source>There is no %1 template in the language "%2".</source>
        <translation>Il n'existe aucun modèle %1 dans la langue « %2 ».</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="85" />
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="88" />
        <source>Could not read the agreement template</source>
        <translation>Impossible de lire le modèle d'accord</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="89" />
        <source>Template %1 does not exist.</source>
        <translation>Le modèle %1 n'existe pas.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="114" />
        <source>A template needs a title.</source>
        <translation>Un modèle doit avoir un intitulé.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="116" />
        <source>A template needs some text.</source>
        <translation>Un modèle doit contenir du texte.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="147" />
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="163" />
        <source>Could not save the template</source>
        <translation>Impossible d'enregistrer le modèle</translation>
    </message>
</context>
<context>
    <name>md::AgreementVerifier</name>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="44" />
        <source>Not signed</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="52" />
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="98" />
        <source>Agreement %1 was erased with its client on %2: nothing of it is left to verify.</source>
        <translation>L'accord %1 a été effacé avec son client le %2 : il n'en reste rien à vérifier.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="115" />
        <source>A signed document is stored, but the agreement is marked as a draft.</source>
        <translation>Un document signé est enregistré, mais l'accord est marqué comme brouillon.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="117" />
        <source>The signed document and its manifest are missing.</source>
        <translation>Le document signé et son manifeste sont manquants.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="144" />
        <source>The manifest was not signed with this workspace's key.</source>
        <translation>Le manifeste n'a pas été signé avec la clé de cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="127" />
        <source>The manifest's signature does not match the manifest.</source>
        <translation>La signature du manifeste ne correspond pas au manifeste.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="156" />
        <source>The stored PDF differs from the one that was signed.</source>
        <translation>Le PDF enregistré diffère de celui qui a été signé.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="158" />
        <source>The stored agreement text differs from the text that was signed.</source>
        <translation>Le texte de l'accord enregistré diffère du texte qui a été signé.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="163" />
        <source>The agreement's stored details differ from the signed manifest.</source>
        <translation>Les informations enregistrées de l'accord diffèrent du manifeste signé.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="151" />
        <source>The manifest belongs to another workspace.</source>
        <translation>Le manifeste appartient à un autre espace de travail.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="35" />
        <source>Paper signature attached, unchanged since %1</source>
        <translation>Signature papier jointe, inchangée depuis le %1</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="50" />
        <source>Unchanged since signing</source>
        <translation>Inchangé depuis la signature</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="63" />
        <source>The scan and the PDF are exactly as they were when the scan was attached. MentorDesk did not check the handwritten signatures on the scan, nor that it shows this agreement.</source>
        <translation>Le scan et le PDF sont exactement tels qu'ils étaient lorsque le scan a été joint. MentorDesk n'a vérifié ni les signatures manuscrites du scan, ni qu'il s'agit bien de cet accord.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="67" />
        <source>The stored PDF, the signatures and the manifest are exactly what was signed on screen.</source>
        <translation>Le PDF enregistré, les signatures et le manifeste correspondent exactement à ce qui a été signé à l'écran.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="170" />
        <source>The number of stored signatures differs from the manifest.</source>
        <translation>Le nombre de signatures enregistrées diffère du manifeste.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="177" />
        <source>The %1's signature is missing.</source>
        <translation>La signature du %1 est manquante.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="181" />
        <source>The %1's signature image differs from the one signed.</source>
        <translation>L'image de la signature du %1 diffère de celle qui a été signée.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="185" />
        <source>The %1's name or consent differs from the manifest.</source>
        <translation>Le nom ou le consentement du %1 diffère du manifeste.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="188" />
        <source>On-screen signatures were added to an agreement signed on paper.</source>
        <translation>Des signatures à l'écran ont été ajoutées à un accord signé sur papier.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="195" />
        <source>The scan of the paper original is missing or was added.</source>
        <translation>Le scan de l'original papier est manquant ou a été ajouté.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="199" />
        <source>The stored scan differs from the one that was attached.</source>
        <translation>Le scan enregistré diffère de celui qui a été joint.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="201" />
        <source>The stored date of the paper signing differs from the manifest.</source>
        <translation>La date de signature papier enregistrée diffère du manifeste.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="216" />
        <source>The signing is not recorded in the audit log.</source>
        <translation>La signature n'est pas consignée dans le journal d'audit.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="221" />
        <source>The audit log's record of this agreement was altered (%1).</source>
        <translation>L'enregistrement de cet accord dans le journal d'audit a été modifié (%1).</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="256" />
        <location filename="../core/agreements/AgreementVerifier.cpp" line="281" />
        <source>Agreement %1: %2</source>
        <translation>Accord %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="274" />
        <source>Agreement %1: audit log entry %2 records its signing, but it is no longer stored as signed.</source>
        <translation>Accord %1 : l'entrée %2 du journal d'audit consigne sa signature, mais il n'est plus enregistré comme signé.</translation>
    </message>
</context>
<context>
    <name>md::AgreementsArea</name>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="56" />
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="61" />
        <source>Generate an agreement for an engagement from a template</source>
        <translation>Générer un accord pour un accompagnement à partir d'un modèle</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="63" />
        <source>&amp;Edit draft…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="66" />
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="67" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="69" />
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="70" />
        <source>&amp;Sign on screen…</source>
        <translation>&amp;Signer à l'écran…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="72" />
        <source>Signed on p&amp;aper…</source>
        <translation>Si&amp;gné sur papier…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="74" />
        <source>Attach the scan of the paper original signed by hand</source>
        <translation>Joindre le scan de l'original papier signé à la main</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="75" />
        <source>E&amp;xport for client…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="77" />
        <source>A&amp;mend…</source>
        <translation>A&amp;venant…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="78" />
        <source>&amp;Delete draft</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="86" />
        <source>P&amp;rint</source>
        <translation>Imp&amp;rimer</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="88" />
        <source>Preview, print or save the agreement as PDF</source>
        <translation>Afficher l'aperçu, imprimer ou enregistrer l'accord en PDF</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="109" />
        <source>&amp;Templates…</source>
        <translation>M&amp;odèles…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="111" />
        <source>Edit the texts agreements are generated from</source>
        <translation>Modifier les textes à partir desquels les accords sont générés</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="113" />
        <source>Mentor &amp;profile…</source>
        <translation>&amp;Profil du mentor…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="115" />
        <source>Your name, business, address and signature, as agreements print them</source>
        <translation>Votre nom, votre entreprise, votre adresse et votre signature, tels qu'ils figurent sur les accords</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="131" />
        <source>Filter by number, client, title or state</source>
        <translation>Filtrer par numéro, client, intitulé ou état</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="314" />
        <source>No agreements yet.

Press New (Ctrl+N) to generate a mentoring agreement or a confidentiality agreement for an engagement.</source>
        <translation>Aucun accord pour l'instant.

Appuyez sur Nouveau (Ctrl+N) pour générer un contrat de mentorat ou un accord de confidentialité pour un accompagnement.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="316" />
        <source>No agreements yet.

Fill in your mentor profile, then press New (Ctrl+N) to generate a mentoring agreement or a confidentiality agreement for an engagement.</source>
        <translation>Aucun accord pour l'instant.

Renseignez votre profil de mentor, puis appuyez sur Nouveau (Ctrl+N) pour générer un contrat de mentorat ou un accord de confidentialité pour un accompagnement.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsArea.cpp" line="421" />
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n accord</numerusform>
            <numerusform>%n accords</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsArea.cpp" line="423" />
        <source>%n ending within %1 days</source>
        <translation>
            <numerusform>%n se termine dans les %1 jours</numerusform>
            <numerusform>%n se terminent dans les %1 jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsArea.cpp" line="425" />
        <source>%n MODIFIED</source>
        <translation>
            <numerusform>%n MODIFIÉ</numerusform>
            <numerusform>%n MODIFIÉS</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="427" />
        <source>AUDIT LOG BROKEN</source>
        <translation>JOURNAL D'AUDIT ENDOMMAGÉ</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsArea.cpp" line="451" />
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="453" />
        <source>Warning: the audit log of signings does not verify. Its record of who signed what and when may have been changed outside MentorDesk; restore a backup or keep the exported copies as evidence.</source>
        <translation>Attention : le journal d'audit des signatures ne peut pas être vérifié. Ce qu'il consigne (qui a signé quoi et quand) a peut-être été modifié en dehors de MentorDesk ; restaurez une sauvegarde ou conservez les copies exportées comme preuve.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="61" />
        <source>Generated %1. Check the text, then print it or sign it on screen.</source>
        <translation>%1 a été généré. Vérifiez le texte, puis imprimez-le ou signez-le à l'écran.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="68" />
        <source>No agreement is selected.</source>
        <translation>Aucun accord n'est sélectionné.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="80" />
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="91" />
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="96" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="114" />
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="124" />
        <source>Save agreement as PDF</source>
        <translation>Enregistrer l'accord en PDF</translation>
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
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="142" />
        <source>Saved %1 (not encrypted).</source>
        <translation>%1 enregistré (non chiffré).</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="153" />
        <source>%1 is signed and frozen.</source>
        <translation>%1 est signé et figé.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="164" />
        <source>%1 is recorded as signed on paper; the scan is attached, not checked.</source>
        <translation>%1 est enregistré comme signé sur papier ; le scan est joint, mais non vérifié.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="175" />
        <source>Export for the client into…</source>
        <translation>Exporter pour le client dans…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="181" />
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="185" />
        <source>Export for client</source>
        <translation>Exporter pour le client</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="186" />
        <source>%n file(s) written to %1 (not encrypted). README.txt explains how the client can check them.</source>
        <translation>
            <numerusform>%n fichier écrit dans %1 (non chiffré). Le fichier README.txt explique au client comment le vérifier.</numerusform>
            <numerusform>%n fichiers écrits dans %1 (non chiffrés). Le fichier README.txt explique au client comment les vérifier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="201" />
        <source>Amend</source>
        <translation>Avenant</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="205" />
        <source>Generated %1, which amends %2.</source>
        <translation>%1 a été généré ; il modifie %2.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="215" />
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="221" />
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="216" />
        <source>Delete the draft %1 “%2”?</source>
        <translation>Supprimer le brouillon %1 « %2 » ?</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="249" />
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="263" />
        <source>Fill in the draft</source>
        <translation>Compléter le brouillon</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="250" />
        <source>The text of %1 was changed by hand. Generating it again from its template replaces those changes.</source>
        <translation>Le texte de %1 a été modifié à la main. Le générer à nouveau à partir de son modèle remplace ces modifications.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="255" />
        <source>&amp;Replace the text</source>
        <translation>&amp;Remplacer le texte</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="267" />
        <source>Filled in %1 from the details as they are now.</source>
        <translation>%1 a été complété à partir des informations actuelles.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="275" />
        <source>Saved your mentor profile.</source>
        <translation>Votre profil de mentor a été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreas.cpp" line="18" />
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
</context>
<context>
    <name>md::AppController</name>
    <message>
        <location filename="../ui/AppController.cpp" line="37" />
        <source>Locked after a period of inactivity.</source>
        <translation>Verrouillé après une période d'inactivité.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="164" />
        <source>The system keychain did not answer, so MentorDesk could not open by itself.</source>
        <translation>Le trousseau du système n'a pas répondu ; MentorDesk n'a donc pas pu s'ouvrir tout seul.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="174" />
        <source>The key remembered on this computer no longer opens this workspace. Enter your passphrase; MentorDesk will remember the right key again.</source>
        <translation>La clé mémorisée sur cet ordinateur n'ouvre plus cet espace de travail. Saisissez votre phrase secrète ; MentorDesk mémorisera de nouveau la bonne clé.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="245" />
        <source>Your workspace is ready. Press Ctrl+N to add your first client.</source>
        <translation>Votre espace de travail est prêt. Appuyez sur Ctrl+N pour ajouter votre premier client.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="253" />
        <source>Open Workspace Folder</source>
        <translation>Ouvrir le dossier de l'espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="388" />
        <source>MentorDesk will open without asking for your passphrase on this computer.</source>
        <translation>Sur cet ordinateur, MentorDesk s'ouvrira sans demander votre phrase secrète.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="393" />
        <source>Not Remembered</source>
        <translation>Non mémorisée</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="394" />
        <source>MentorDesk could not store the key in the system keychain, so it will ask for your passphrase next time.</source>
        <translation>MentorDesk n'a pas pu enregistrer la clé dans le trousseau du système ; votre phrase secrète vous sera donc demandée la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="413" />
        <source>MentorDesk no longer opens by itself on this computer.</source>
        <translation>MentorDesk ne s'ouvre plus automatiquement sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="416" />
        <source>The key could not be removed from the system keychain.</source>
        <translation>Impossible de retirer la clé du trousseau du système.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="431" />
        <source>The workspace was opened with its recovery key and has no passphrase yet. Choose one now; until then only the recovery key opens it.</source>
        <translation>L'espace de travail a été ouvert avec sa clé de récupération et n'a pas encore de phrase secrète. Choisissez-en une maintenant ; d'ici là, seule la clé de récupération permet de l'ouvrir.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="433" />
        <source>You opened the workspace with your recovery key. If you have forgotten your passphrase, choose a new one now.</source>
        <translation>Vous avez ouvert l'espace de travail avec votre clé de récupération. Si vous avez oublié votre phrase secrète, choisissez-en une nouvelle maintenant.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="444" />
        <source>Your passphrase has been changed.</source>
        <translation>Votre phrase secrète a été modifiée.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="471" />
        <source>New recovery key created. The old one no longer opens this workspace.</source>
        <translation>Une nouvelle clé de récupération a été créée. L'ancienne n'ouvre plus cet espace de travail.</translation>
    </message>
</context>
<context>
    <name>md::AtomicFileWriter</name>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="23" />
        <source>The disk is full: %1 could not be written. The previous version of the file is unchanged.</source>
        <translation>Le disque est plein : %1 n'a pas pu être écrit. La version précédente du fichier est intacte.</translation>
    </message>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="26" />
        <source>%1 %2: %3. The previous version of the file is unchanged.</source>
        <translation>%1 %2 : %3. La version précédente du fichier est intacte.</translation>
    </message>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="32" />
        <source>Could not create</source>
        <translation>Impossible de créer</translation>
    </message>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="36" />
        <source>Could not restrict access to</source>
        <translation>Impossible de restreindre l'accès à</translation>
    </message>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="50" />
        <location filename="../core/common/AtomicFile.cpp" line="61" />
        <location filename="../core/common/AtomicFile.cpp" line="63" />
        <source>Could not write</source>
        <translation>Impossible d'écrire</translation>
    </message>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="65" />
        <source>Could not finish writing</source>
        <translation>Impossible de terminer l'écriture de</translation>
    </message>
</context>
<context>
    <name>md::AuditChain</name>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="51" />
        <source>Audit log entry %1</source>
        <translation>Entrée %1 du journal d'audit</translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="57" />
        <source>%1: expected entry %2 here; entries are missing or out of order.</source>
        <translation>%1 : l'entrée %2 était attendue ici ; des entrées manquent ou sont dans le désordre.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="63" />
        <source>%1: does not link to the entry before it.</source>
        <translation>%1 : n'est pas reliée à l'entrée qui la précède.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="67" />
        <source>%1: its content does not match its hash.</source>
        <translation>%1 : son contenu ne correspond pas à son empreinte.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="76" />
        <source>%1: its recorded fields disagree with its content.</source>
        <translation>%1 : ses champs enregistrés ne concordent pas avec son contenu.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="107" />
        <source>Audit log entry %1: the entry before it is missing.</source>
        <translation>Entrée %1 du journal d'audit : l'entrée qui la précède est manquante.</translation>
    </message>
</context>
<context>
    <name>md::AvailabilityDialog</name>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="6" />
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="12" />
        <source>Working hours</source>
        <translation>Heures de travail</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="152" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="142" />
        <source>Minimum &amp;buffer between sessions:</source>
        <translation>&amp;Battement minimal entre deux séances :</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="165" />
        <source>Your &amp;time zone:</source>
        <translation>Votre &amp;fuseau horaire :</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="192" />
        <source>No reminders</source>
        <translation>Aucun rappel</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="195" />
        <source>Remind me </source>
        <extracomment>The spin box reads "Remind me [15] minutes before a session".</extracomment>
        <translation>Me rappeler </translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="198" />
        <source> minutes before a session</source>
        <translation> minutes avant une séance</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="182" />
        <source>&amp;Reminder:</source>
        <translation>&amp;Rappel :</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="213" />
        <source>Days off</source>
        <translation>Jours de congé</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="237" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="244" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>md::AvailabilityRepository</name>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="27" />
        <location filename="../core/storage/AvailabilityRepository.cpp" line="31" />
        <source>Could not read the scheduling settings</source>
        <translation>Impossible de lire les paramètres de planification</translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="42" />
        <source>Could not save the scheduling settings</source>
        <translation>Impossible d'enregistrer les paramètres de planification</translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="69" />
        <location filename="../core/storage/AvailabilityRepository.cpp" line="77" />
        <source>Could not read the working hours</source>
        <translation>Impossible de lire les heures de travail</translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="79" />
        <location filename="../core/storage/AvailabilityRepository.cpp" line="83" />
        <source>Could not read the days off</source>
        <translation>Impossible de lire les jours de congé</translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="91" />
        <location filename="../core/storage/AvailabilityRepository.cpp" line="99" />
        <source>Could not save the working hours</source>
        <translation>Impossible d'enregistrer les heures de travail</translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="105" />
        <source>Could not save the days off</source>
        <translation>Impossible d'enregistrer les jours de congé</translation>
    </message>
</context>
<context>
    <name>md::BackupActions</name>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="34" />
        <source>Last verified backup: %1
in %2</source>
        <translation>Dernière sauvegarde vérifiée : %1
dans %2</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="38" />
        <source>No verified backup in %1 yet. File &gt; Back Up Now makes one.</source>
        <translation>Aucune sauvegarde vérifiée dans %1 pour l'instant. Fichier &gt; Sauvegarder maintenant en crée une.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="44" />
        <source>Backup Not Made</source>
        <translation>Sauvegarde non effectuée</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="47" />
        <source>Your workspace itself is unchanged. The backup folder is set in Edit &gt; Preferences.</source>
        <translation>Votre espace de travail lui-même est intact. Le dossier de sauvegarde se règle dans Édition &gt; Préférences.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="57" />
        <source>Backup written and verified in %1.</source>
        <translation>Sauvegarde écrite et vérifiée dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="92" />
        <source>Restored into %1.</source>
        <translation>Restauré dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="93" />
        <source>Restored. The workspace it replaced is kept in %1.</source>
        <translation>Restauration effectuée. L'espace de travail remplacé est conservé dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="97" />
        <source>Workspace Restored</source>
        <translation>Espace de travail restauré</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="98" />
        <source>The backup is restored and open. The workspace it replaced was moved, not deleted, to:
%1</source>
        <translation>La sauvegarde est restaurée et ouverte. L'espace de travail qu'elle remplace a été déplacé, et non supprimé, vers :
%1</translation>
    </message>
</context>
<context>
    <name>md::BackupController</name>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="58" />
        <source>Unlock the workspace to back it up.</source>
        <translation>Déverrouillez l'espace de travail pour le sauvegarder.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="73" />
        <source>The backup was made, but old backups could not be removed: %1</source>
        <translation>La sauvegarde a été effectuée, mais les anciennes sauvegardes n'ont pas pu être supprimées : %1</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="115" />
        <source>No backup yet</source>
        <translation>Aucune sauvegarde</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backup/BackupController.cpp" line="118" />
        <source>No backup for %n day(s)</source>
        <translation>
            <numerusform>Aucune sauvegarde depuis %n jour</numerusform>
            <numerusform>Aucune sauvegarde depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="123" />
        <source>Backed up today at %1</source>
        <translation>Sauvegardé aujourd'hui à %1</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="125" />
        <source>Backed up yesterday at %1</source>
        <translation>Sauvegardé hier à %1</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="126" />
        <source>Backed up on %1</source>
        <translation>Sauvegardé le %1</translation>
    </message>
</context>
<context>
    <name>md::BackupRestore</name>
    <message>
        <location filename="../core/backup/BackupRestore.cpp" line="32" />
        <source>The backup is damaged and was not restored: %1</source>
        <translation>La sauvegarde est endommagée et n'a pas été restaurée : %1</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupRestore.cpp" line="52" />
        <source>Could not move the current workspace aside to %1; nothing was restored.</source>
        <translation>Impossible de mettre de côté l'espace de travail actuel dans %1 ; rien n'a été restauré.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupRestore.cpp" line="61" />
        <source>%1 The current workspace is safe in %2.</source>
        <translation>%1 L'espace de travail actuel est en sécurité dans %2.</translation>
    </message>
</context>
<context>
    <name>md::BackupService</name>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="79" />
        <location filename="../core/backup/BackupService.cpp" line="87" />
        <source>Could not check the backup</source>
        <translation>Impossible de vérifier la sauvegarde</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="106" />
        <source>The backup folder %1 cannot be created or written to. Choose another one in Preferences, or plug in the drive it is on.</source>
        <translation>Le dossier de sauvegarde %1 ne peut pas être créé ou n'est pas accessible en écriture. Choisissez-en un autre dans les Préférences, ou branchez le disque sur lequel il se trouve.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="119" />
        <location filename="../core/backup/BackupService.cpp" line="139" />
        <source>Could not write to the backup folder %1.</source>
        <translation>Impossible d'écrire dans le dossier de sauvegarde %1.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="147" />
        <location filename="../core/backup/BackupService.cpp" line="158" />
        <location filename="../core/backup/BackupService.cpp" line="162" />
        <source>Could not start the backup</source>
        <translation>Impossible de lancer la sauvegarde</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="165" />
        <location filename="../core/backup/BackupService.cpp" line="171" />
        <source>Could not copy the workspace</source>
        <translation>Impossible de copier l'espace de travail</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="181" />
        <source>Could not finish the backup</source>
        <translation>Impossible de terminer la sauvegarde</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="202" />
        <source>The backup could not be read back, so it was deleted: %1</source>
        <translation>La sauvegarde n'a pas pu être relue ; elle a donc été supprimée : %1</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="210" />
        <source>The backup did not match the workspace, so it was deleted: %1</source>
        <translation>La sauvegarde ne correspondait pas à l'espace de travail ; elle a donc été supprimée : %1</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="230" />
        <source>Could not finish the backup in %1.</source>
        <translation>Impossible de terminer la sauvegarde dans %1.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="243" />
        <source>%1 is not a MentorDesk backup (it has no %2).</source>
        <translation>%1 n'est pas une sauvegarde MentorDesk (il n'y a pas de %2).</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="250" />
        <source>The description of the backup in %1 is damaged.</source>
        <translation>La description de la sauvegarde dans %1 est endommagée.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="254" />
        <source>The backup in %1 was made by a newer MentorDesk.</source>
        <translation>La sauvegarde dans %1 a été créée par une version plus récente de MentorDesk.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="269" />
        <source>The backup in %1 is incomplete.</source>
        <translation>La sauvegarde dans %1 est incomplète.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="304" />
        <source>Restore your newest backup (File › Restore from Backup, or “mentordesk-cli backup restore”).</source>
        <translation>Restaurez votre sauvegarde la plus récente (Fichier › Restaurer une sauvegarde, ou « mentordesk-cli backup restore »).</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="318" />
        <source>No verified backup of this workspace was found in %1. If you keep backups elsewhere, restore one with File › Restore from Backup.</source>
        <translation>Aucune sauvegarde vérifiée de cet espace de travail n'a été trouvée dans %1. Si vous conservez des sauvegardes ailleurs, restaurez-en une avec Fichier › Restaurer une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="322" />
        <source>The newest verified backup of this workspace is from %1: %2. Restore it with File › Restore from Backup, or “mentordesk-cli backup restore "%2"”.</source>
        <translation>La sauvegarde vérifiée la plus récente de cet espace de travail date du %1 : %2. Restaurez-la avec Fichier › Restaurer une sauvegarde, ou « mentordesk-cli backup restore "%2" ».</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="405" />
        <source>%1 already holds a workspace; MentorDesk never restores over one. Choose an empty or new folder.</source>
        <translation>%1 contient déjà un espace de travail ; MentorDesk ne restaure jamais par-dessus. Choisissez un dossier vide ou nouveau.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="412" />
        <source>%1 is not empty. Restore into an empty or new folder.</source>
        <translation>%1 n'est pas vide. Restaurez dans un dossier vide ou nouveau.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="417" />
        <location filename="../core/backup/BackupService.cpp" line="435" />
        <source>Could not create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="426" />
        <source>Could not copy %1 into %2 (is the disk full?).</source>
        <translation>Impossible de copier %1 dans %2 (le disque est-il plein ?).</translation>
    </message>
</context>
<context>
    <name>md::BackupStatusPanel</name>
    <message>
        <location filename="../ui/backup/BackupStatusPanel.cpp" line="15" />
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupStatusPanel.cpp" line="24" />
        <source>Back Up Now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupStatusPanel.cpp" line="39" />
        <source>Backups are not set up for this workspace.</source>
        <translation>Les sauvegardes ne sont pas configurées pour cet espace de travail.</translation>
    </message>
</context>
<context>
    <name>md::BillingArea</name>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="55" />
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="62" />
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="63" />
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="64" />
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="65" />
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="66" />
        <source>Last year</source>
        <translation>L'année dernière</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="69" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="71" />
        <source>Your name and address…</source>
        <translation>Vos nom et adresse…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="73" />
        <source>Business settings…</source>
        <translation>Paramètres de l'activité…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="97" />
        <source>New invoice…</source>
        <translation>Facturer…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="98" />
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="99" />
        <source>Issue…</source>
        <translation>Émettre…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="100" />
        <source>Record payment…</source>
        <translation>Encaisser…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="101" />
        <source>Credit note…</source>
        <translation>Avoir…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="102" />
        <location filename="../ui/billing/BillingArea.cpp" line="461" />
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="103" />
        <source>PDF and print</source>
        <translation>PDF, impression</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="105" />
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="107" />
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="109" />
        <source>Print preview…</source>
        <translation>Aperçu avant impression…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="112" />
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="143" />
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="144" />
        <source>Payments and reports</source>
        <translation>Paiements et rapports</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="145" />
        <source>Price list</source>
        <translation>Grille tarifaire</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="249" />
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/BillingArea.cpp" line="266" />
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n facture</numerusform>
            <numerusform>%n factures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/BillingArea.cpp" line="267" />
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n en retard</numerusform>
            <numerusform>, %n en retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="350" />
        <source>Select an invoice to see what is paid and owed.</source>
        <translation>Sélectionnez une facture pour voir ce qui est payé et ce qui reste dû.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="355" />
        <source>Net %1, tax %2, total %3</source>
        <translation>HT %1, TVA %2, TTC %3</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="358" />
        <source>paid %1</source>
        <translation>payé %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="360" />
        <source>credited %1</source>
        <translation>crédité %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="361" />
        <source>outstanding %1</source>
        <translation>reste dû %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="364" />
        <source>corrects %1</source>
        <translation>corrige %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="382" />
        <source>Draft saved.</source>
        <translation>Brouillon enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="386" />
        <location filename="../ui/billing/BillingArea.cpp" line="403" />
        <location filename="../ui/billing/BillingArea.cpp" line="421" />
        <source>Issued invoice %1.</source>
        <translation>Facture %1 émise.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="413" />
        <location filename="../ui/billing/BillingArea.cpp" line="423" />
        <source>Issue invoice</source>
        <translation>Émettre la facture</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="414" />
        <source>Issue the draft for %1 (%2)?

It gets the next invoice number and can no longer be changed; mistakes are corrected with a credit note.</source>
        <translation>Émettre le brouillon pour %1 (%2) ?

Il reçoit le prochain numéro de facture et ne peut plus être modifié ; les erreurs se corrigent par un avoir.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="434" />
        <source>Payment recorded.</source>
        <translation>Paiement enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="443" />
        <source>Cancel with a credit note</source>
        <translation>Annuler par un avoir</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="444" />
        <source>Cancel invoice %1 (%2) with a credit note?

The credit note takes the next number; what was paid becomes %3's credit.</source>
        <translation>Annuler la facture %1 (%2) par un avoir ?

L'avoir reçoit le prochain numéro ; les sommes déjà payées deviennent un crédit en faveur de %3.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="450" />
        <source>Issued credit note %1.</source>
        <translation>Avoir %1 émis.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="461" />
        <source>Delete this draft invoice for %1?</source>
        <translation>Supprimer ce brouillon de facture pour %1 ?</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="465" />
        <source>Draft deleted.</source>
        <translation>Brouillon supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="474" />
        <source>Saved your name and address.</source>
        <translation>Vos nom et adresse ont été enregistrés.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="29" />
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="42" />
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="33" />
        <source>Save invoice as PDF</source>
        <translation>Enregistrer la facture en PDF</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="34" />
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="45" />
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="54" />
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="64" />
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="73" />
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="93" />
        <source>Export CSV files to</source>
        <translation>Exporter les fichiers CSV vers</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="101" />
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="104" />
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>%n fichier écrit dans %1.</numerusform>
            <numerusform>%n fichiers écrits dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::BillingAreas</name>
    <message>
        <location filename="../ui/billing/BillingAreas.cpp" line="20" />
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
</context>
<context>
    <name>md::BillingDashboardWidget</name>
    <message>
        <location filename="../ui/billing/BillingDashboardWidget.cpp" line="24" />
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDashboardWidget.cpp" line="92" />
        <source>Invoiced (net) this month: &lt;b&gt;%1&lt;/b&gt; · this year: &lt;b&gt;%2&lt;/b&gt; · received this year: %3&lt;br&gt;Outstanding: &lt;b&gt;%4&lt;/b&gt;, of which overdue: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>Facturé (HT) ce mois-ci : &lt;b&gt;%1&lt;/b&gt; · cette année : &lt;b&gt;%2&lt;/b&gt; · encaissé cette année : %3&lt;br&gt;Reste dû : &lt;b&gt;%4&lt;/b&gt;, dont en retard : &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>md::BillingDetailsDialog</name>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="6" />
        <source>Billing details</source>
        <translation>Coordonnées de facturation</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="53" />
        <source>Street and number
Postcode and city
Country</source>
        <translation>Numéro et rue
Code postal et ville
Pays</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="12" />
        <source>Printed under "BILL TO" on invoices issued from now on. Leave the billing name empty to use the client's name.</source>
        <translation>Imprimé sous « FACTURÉ À » sur les factures émises à partir de maintenant. Laissez le nom de facturation vide pour utiliser le nom du client.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="27" />
        <source>Billing &amp;name:</source>
        <translation>&amp;Nom de facturation :</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="40" />
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="62" />
        <source>&amp;Tax ID:</source>
        <translation>Numéro de &amp;TVA :</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="75" />
        <source>Invoice &amp;e-mail:</source>
        <translation>&amp;E-mail de facturation :</translation>
    </message>
</context>
<context>
    <name>md::BillingReports</name>
    <message>
        <location filename="../core/billing/BillingReports.cpp" line="78" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>md::BillingReportsWidget</name>
    <message>
        <location filename="../ui/billing/BillingReportsWidget.cpp" line="83" />
        <source>Year:</source>
        <translation>Année :</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportsWidget.cpp" line="93" />
        <source>Revenue by month</source>
        <translation>Chiffre d'affaires par mois</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportsWidget.cpp" line="94" />
        <source>Owed by client, by age of the invoice</source>
        <translation>Montants dus par client, selon l'ancienneté de la facture</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportsWidget.cpp" line="97" />
        <source>Payments received</source>
        <translation>Paiements reçus</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportsWidget.cpp" line="147" />
        <source>Client credit not yet used: %1</source>
        <translation>Crédit client non encore utilisé : %1</translation>
    </message>
</context>
<context>
    <name>md::BillingService</name>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="165" />
        <source>Missed session (no-show) on %1</source>
        <translation>Séance manquée (absence non excusée) le %1</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="167" />
        <source>Late-cancelled session on %1</source>
        <translation>Séance annulée tardivement le %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingService.cpp" line="170" />
        <source>Mentoring session on %1 (%n min)</source>
        <translation>
            <numerusform>Séance de mentorat du %1 (%n min)</numerusform>
            <numerusform>Séance de mentorat du %1 (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="182" />
        <source>Sessions have no price yet. Set the session price in Billing › Price list, or a fee per session on the engagement.</source>
        <translation>Les séances n'ont pas encore de prix. Définissez le prix d'une séance dans Facturation › Grille tarifaire, ou des honoraires par séance dans l'accompagnement.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="238" />
        <source>This client has no held sessions that are not billed yet.</source>
        <translation>Ce client n'a aucune séance effectuée qui ne soit pas encore facturée.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="256" />
        <source>"%1" is priced in %2, but invoices are in %3.</source>
        <translation>« %1 » est tarifé en %2, mais les factures sont en %3.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="282" />
        <source>This package has already been billed.</source>
        <translation>Ce forfait a déjà été facturé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingService.cpp" line="286" />
        <source>%1: %n session(s), valid until %2</source>
        <translation>
            <numerusform>%1 : %n séance, valable jusqu'au %2</numerusform>
            <numerusform>%1 : %n séances, valable jusqu'au %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingService.cpp" line="289" />
        <source>%1: %n session(s)</source>
        <translation>
            <numerusform>%1 : %n séance</numerusform>
            <numerusform>%1 : %n séances</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="300" />
        <source>The package was sold in %1, but invoices are in %2.</source>
        <translation>Le forfait a été vendu en %1, mais les factures sont en %2.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="308" />
        <source>Choose the month to bill.</source>
        <translation>Choisissez le mois à facturer.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="315" />
        <source>"%1" is not a monthly retainer.</source>
        <translation>« %1 » n'est pas un forfait mensuel.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="322" />
        <source>%1 has already been billed for %2.</source>
        <translation>%1 a déjà été facturé pour %2.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="327" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServiceDocuments.cpp" line="78" />
        <source>Attn. %1</source>
        <translation>À l'attention de %1</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServiceDocuments.cpp" line="82" />
        <source>Tax ID: %1</source>
        <translation>N° de TVA : %1</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="372" />
        <source>Under the small-business exemption no line may carry tax; set every tax rate to 0.</source>
        <translation>En franchise en base de TVA, aucune ligne ne peut être soumise à la TVA ; mettez tous les taux à 0.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="399" />
        <source>Invoice %1 has already been issued.</source>
        <translation>La facture %1 a déjà été émise.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="427" />
        <source>%1 is itself a credit note and cannot be cancelled; to bill the work again, create a new invoice.</source>
        <translation>%1 est elle-même un avoir et ne peut pas être annulée ; pour refacturer la prestation, créez une nouvelle facture.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="429" />
        <source>This document</source>
        <translation>Ce document</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="432" />
        <source>Only an issued invoice can be cancelled by a credit note; a draft can simply be deleted.</source>
        <translation>Seule une facture émise peut être annulée par un avoir ; un brouillon peut simplement être supprimé.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="440" />
        <source>Invoice %1 already has a credit note.</source>
        <translation>La facture %1 a déjà un avoir.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="455" />
        <source>Cancels invoice %1 of %2.</source>
        <translation>Annule la facture %1 du %2.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServicePackages.cpp" line="76" />
        <source>"%1" is not a package.</source>
        <translation>« %1 » n'est pas un forfait.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingServicePackages.cpp" line="157" />
        <source>%n credit(s) of "%1" expire on %2.</source>
        <translation>
            <numerusform>%n crédit de « %1 » expire le %2.</numerusform>
            <numerusform>%n crédits de « %1 » expirent le %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingServicePackages.cpp" line="165" />
        <source>"%1" expired on %2 with %n credit(s) unused.</source>
        <translation>
            <numerusform>« %1 » a expiré le %2 avec %n crédit inutilisé.</numerusform>
            <numerusform>« %1 » a expiré le %2 avec %n crédits inutilisés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServicePackages.cpp" line="174" />
        <source>All credits of "%1" are used: further sessions are billed individually unless a new package is sold.</source>
        <translation>Tous les crédits de « %1 » sont utilisés : les séances suivantes sont facturées à l'unité, sauf si un nouveau forfait est vendu.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServicePackages.cpp" line="180" />
        <source>Only one package credit is left.</source>
        <translation>Il ne reste plus qu'un crédit sur le forfait.</translation>
    </message>
</context>
<context>
    <name>md::BusinessSettings</name>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="64" />
        <location filename="../core/billing/ExemptionWording.cpp" line="92" />
        <source>No VAT is charged: small business exemption.</source>
        <translation>TVA non applicable, art. 293 B du CGI.</translation>
    </message>
</context>
<context>
    <name>md::BusinessSettingsDialog</name>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="14" />
        <source>Business settings</source>
        <translation>Paramètres de l'activité</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="30" />
        <source>Currency and tax</source>
        <translation>Devise et TVA</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="39" />
        <source>&amp;Currency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="56" />
        <source>&amp;Tax:</source>
        <translation>&amp;TVA :</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="69" />
        <source>&amp;Standard rate (%):</source>
        <translation>Taux &amp;normal (%) :</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="82" />
        <source>&amp;Reduced rate (%):</source>
        <translation>Taux &amp;réduit (%) :</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="95" />
        <source>&amp;Exemption wording:</source>
        <translation>&amp;Mention d'exonération :</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="120" />
        <source>&amp;Number pattern:</source>
        <translation>&amp;Format des numéros :</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="133" />
        <source>Payment &amp;due after:</source>
        <translation>&amp;Échéance de paiement :</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="150" />
        <source>&amp;Price of a session:</source>
        <translation>&amp;Prix d'une séance :</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="163" />
        <source>&amp;Late-payment note:</source>
        <translation>Pénalités de ret&amp;ard :</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="176" />
        <source>&amp;Keep issued invoices for:</source>
        <translation>&amp;Conserver les factures émises :</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="186" />
        <source> years after their year</source>
        <translation> ans après leur année</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="211" />
        <source>Account &amp;holder:</source>
        <translation>Tit&amp;ulaire du compte :</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="224" />
        <source>&amp;Bank:</source>
        <translation>&amp;Banque :</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="237" />
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN :</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="250" />
        <source>BI&amp;C:</source>
        <translation>BI&amp;C :</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="282" />
        <source>Cancel free of char&amp;ge until:</source>
        <translation>Annulation sans &amp;frais jusqu'à :</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="306" />
        <source>Policy printed on &amp;invoices:</source>
        <translation>C&amp;onditions imprimées sur les factures :</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="111" />
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="202" />
        <source>Payment by bank transfer</source>
        <translation>Paiement par virement bancaire</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="266" />
        <source>Cancellations</source>
        <translation>Annulations</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.cpp" line="48" />
        <source>Charge VAT or sales tax on each line</source>
        <translation>Appliquer la TVA ou une taxe sur les ventes à chaque ligne</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.cpp" line="50" />
        <source>Small-business exemption: no tax, with the wording below</source>
        <translation>Franchise en base de TVA : pas de TVA, avec la mention ci-dessous</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/BusinessSettingsDialog.cpp" line="54" />
        <source> day(s)</source>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/BusinessSettingsDialog.cpp" line="59" />
        <source> hour(s) before the start</source>
        <translation>
            <numerusform> heure avant le début</numerusform>
            <numerusform> heures avant le début</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="299" />
        <source>Bill sessions the client missed</source>
        <translation>Facturer les séances manquées par le client</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="275" />
        <source>Bill sessions the client cancelled late</source>
        <translation>Facturer les séances annulées tardivement par le client</translation>
    </message>
</context>
<context>
    <name>md::BusinessSettingsKeys</name>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="71" />
        <source>Currency of all amounts (ISO 4217 code).</source>
        <translation>Devise de tous les montants (code ISO 4217).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="74" />
        <source>"vat" to charge tax at the rates below, "exempt" for a small-business exemption (no tax; the exemption text is printed).</source>
        <translation>« vat » pour appliquer la TVA aux taux ci-dessous, « exempt » pour la franchise en base de TVA (pas de TVA ; la mention d'exonération est imprimée).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="77" />
        <source>Standard tax rate in percent (stored as basis points).</source>
        <translation>Taux normal de TVA en pourcentage (enregistré en points de base).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="79" />
        <source>Reduced tax rate in percent.</source>
        <translation>Taux réduit de TVA en pourcentage.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="81" />
        <source>Wording printed on invoices under the exemption.</source>
        <translation>Mention imprimée sur les factures en cas d'exonération.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="84" />
        <source>Invoice number pattern: {YYYY} or {YY} for the year, {NNNN} for the sequence (gapless, restarts every year).</source>
        <translation>Format des numéros de facture : {YYYY} ou {YY} pour l'année, {NNNN} pour la séquence (sans trou, remise à zéro chaque année).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="87" />
        <source>Days from the issue date to the due date.</source>
        <translation>Nombre de jours entre la date d'émission et la date d'échéance.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="89" />
        <source>Note printed about late payment.</source>
        <translation>Mention imprimée concernant les retards de paiement.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="92" />
        <source>Price of one held session before tax, used when the price list has no single session.</source>
        <translation>Prix HT d'une séance effectuée, utilisé lorsque la grille tarifaire ne comporte pas de séance à l'unité.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="95" />
        <source>Bank account holder printed in the payment instructions.</source>
        <translation>Titulaire du compte bancaire imprimé dans les instructions de paiement.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="97" />
        <source>Name of the bank.</source>
        <translation>Nom de la banque.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="98" />
        <source>IBAN (its check digits are verified).</source>
        <translation>IBAN (sa clé de contrôle est vérifiée).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="100" />
        <source>BIC / SWIFT code (8 or 11 characters).</source>
        <translation>Code BIC / SWIFT (8 ou 11 caractères).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="103" />
        <source>Whether sessions the client cancelled late (with less notice than the notice hours) are billed (true/false).</source>
        <translation>Facturer ou non les séances annulées tardivement par le client (avec un délai de prévenance inférieur au nombre d'heures prévu) (true/false).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="107" />
        <source>Hours before a session by which the client can cancel it free of charge; agreements print them.</source>
        <translation>Nombre d'heures avant une séance jusqu'auquel le client peut l'annuler sans frais ; les accords l'indiquent.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="110" />
        <source>Whether no-shows are billed (true/false).</source>
        <translation>Facturer ou non les absences non excusées (true/false).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="112" />
        <source>Cancellation policy wording for agreements and invoices.</source>
        <translation>Texte des conditions d'annulation pour les accords et les factures.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="115" />
        <source>Years an issued invoice is kept after the end of its year, also when its client is erased.</source>
        <translation>Nombre d'années de conservation d'une facture émise après la fin de son année, y compris lorsque son client est effacé.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="135" />
        <source>"%1" is not an ISO 4217 currency code such as EUR.</source>
        <translation>« %1 » n'est pas un code de devise ISO 4217 tel que EUR.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="141" />
        <source>The tax mode is "vat" or "exempt", not "%1".</source>
        <translation>Le mode de TVA est « vat » ou « exempt », pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="160" />
        <source>The retention period is a number of years from 1 to 30.</source>
        <translation>La durée de conservation est un nombre d'années compris entre 1 et 30.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="168" />
        <source>The cancellation notice is a number of hours from 0 to %1.</source>
        <translation>Le délai de prévenance est un nombre d'heures compris entre 0 et %1.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="177" />
        <source>Payment terms are a number of days from 0 to 365.</source>
        <translation>Le délai de paiement est un nombre de jours compris entre 0 et 365.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="206" />
        <source>Write true or false, not "%1".</source>
        <translation>Écrivez true ou false, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="211" />
        <source>There is no setting called "%1".</source>
        <translation>Il n'existe aucun paramètre nommé « %1 ».</translation>
    </message>
</context>
<context>
    <name>md::BusinessSettingsRepository</name>
    <message>
        <location filename="../core/storage/BusinessSettingsRepository.cpp" line="17" />
        <location filename="../core/storage/BusinessSettingsRepository.cpp" line="22" />
        <source>Could not read the business settings</source>
        <translation>Impossible de lire les paramètres de l'activité</translation>
    </message>
    <message>
        <location filename="../core/storage/BusinessSettingsRepository.cpp" line="41" />
        <source>Could not save the setting %1</source>
        <translation>Impossible d'enregistrer le paramètre %1</translation>
    </message>
</context>
<context>
    <name>md::BusyCalendar</name>
    <message>
        <location filename="../core/caldav/BusyCalendar.cpp" line="24" />
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
</context>
<context>
    <name>md::BusyTimeRepository</name>
    <message>
        <location filename="../core/storage/BusyTimeRepository.cpp" line="24" />
        <source>A busy time must end after it starts.</source>
        <translation>Une plage occupée doit se terminer après son début.</translation>
    </message>
    <message>
        <location filename="../core/storage/BusyTimeRepository.cpp" line="39" />
        <source>Could not save the busy times</source>
        <translation>Impossible d'enregistrer les plages occupées</translation>
    </message>
    <message>
        <location filename="../core/storage/BusyTimeRepository.cpp" line="74" />
        <location filename="../core/storage/BusyTimeRepository.cpp" line="88" />
        <location filename="../core/storage/BusyTimeRepository.cpp" line="96" />
        <location filename="../core/storage/BusyTimeRepository.cpp" line="101" />
        <location filename="../core/storage/BusyTimeRepository.cpp" line="111" />
        <location filename="../core/storage/BusyTimeRepository.cpp" line="116" />
        <source>Could not read the busy times</source>
        <translation>Impossible de lire les plages occupées</translation>
    </message>
    <message>
        <location filename="../core/storage/BusyTimeRepository.cpp" line="125" />
        <source>Could not delete the busy times</source>
        <translation>Impossible de supprimer les plages occupées</translation>
    </message>
</context>
<context>
    <name>md::CalDavClient</name>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="34" />
        <source>%1: the event was changed or removed on the server since MentorDesk last saw it, so it was not overwritten.</source>
        <translation>%1 : l'événement a été modifié ou supprimé sur le serveur depuis la dernière fois que MentorDesk l'a vu ; il n'a donc pas été écrasé.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="40" />
        <source>%1: the server has nothing at %2.</source>
        <translation>%1 : le serveur n'a rien à l'adresse %2.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="43" />
        <source>%1: the server does not allow it for this account.</source>
        <translation>%1 : le serveur ne l'autorise pas pour ce compte.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="44" />
        <source>%1: the server answered %2 (HTTP status %3).</source>
        <translation>%1 : le serveur a répondu %2 (statut HTTP %3).</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="63" />
        <source>Reading the calendar server</source>
        <translation>Lecture du serveur de calendrier</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="69" />
        <source>The calendar server %1 redirects in circles.</source>
        <translation>Le serveur de calendrier %1 redirige en boucle.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="102" />
        <source>No calendar account was found at %1. Check the address: it is the CalDAV address your calendar provider gives.</source>
        <translation>Aucun compte de calendrier n'a été trouvé à l'adresse %1. Vérifiez l'adresse : il s'agit de l'adresse CalDAV fournie par votre fournisseur de calendrier.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="131" />
        <source>The server %1 has no calendars for this account (no calendar home). Is it a CalDAV server?</source>
        <translation>Le serveur %1 n'a aucun calendrier pour ce compte (pas de dossier de calendriers). S'agit-il d'un serveur CalDAV ?</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="189" />
        <source>A calendar named %1 is already on the server; choose it instead.</source>
        <translation>Un calendrier nommé %1 existe déjà sur le serveur ; choisissez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="192" />
        <source>Creating the calendar %1</source>
        <translation>Création du calendrier %1</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="207" />
        <source>Publishing a session</source>
        <translation>Publication d'une séance</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="231" />
        <source>Removing a session from the calendar</source>
        <translation>Retrait d'une séance du calendrier</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavXml.cpp" line="151" />
        <source>The server's answer is not a calendar listing.</source>
        <translation>La réponse du serveur n'est pas une liste de calendriers.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavXml.cpp" line="164" />
        <source>The server's answer could not be read (line %1: %2).</source>
        <translation>La réponse du serveur n'a pas pu être lue (ligne %1 : %2).</translation>
    </message>
</context>
<context>
    <name>md::CalendarAccountDialog</name>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="34" />
        <source>Calendar Account</source>
        <translation>Compte de calendrier</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="40" />
        <source>MentorDesk keeps a calendar on your own CalDAV server (Nextcloud, Radicale, Fastmail, iCloud, mailbox.org…) in step with your sessions, so your phone shows them. It sends only the time, "Mentoring session" with the client's initials and the format: never notes, goals or full names.</source>
        <translation>MentorDesk tient un calendrier sur votre propre serveur CalDAV (Nextcloud, Radicale, Fastmail, iCloud, mailbox.org…) à jour de vos séances, pour que votre téléphone les affiche. Il n'envoie que l'horaire, « Séance de mentorat » avec les initiales du client et le format : jamais les notes, les objectifs ni les noms complets.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="84" />
        <source>https://calendar.example.com/</source>
        <translation>https://calendar.example.com/</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="85" />
        <source>&amp;Server address:</source>
        <translation>Adresse du &amp;serveur :</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="88" />
        <source>&amp;User name:</source>
        <translation>Nom d'&amp;utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="93" />
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="96" />
        <source>&amp;Find Calendars</source>
        <translation>&amp;Rechercher les calendriers</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="113" />
        <source>Publish &amp;to:</source>
        <translation>Pu&amp;blier dans :</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="116" />
        <source>New calendar's &amp;name:</source>
        <translation>&amp;Nom du nouveau calendrier :</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="120" />
        <location filename="../ui/calendar/CalendarAccountDialogBusy.cpp" line="28" />
        <source>&amp;Busy times from:</source>
        <translation>Plages &amp;occupées issues de :</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="121" />
        <location filename="../ui/calendar/CalendarAccountDialogBusy.cpp" line="29" />
        <source>Show busy event tit&amp;les</source>
        <translation>Afficher les &amp;titres des plages occupées</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="125" />
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="154" />
        <source>Use the client's preferred na&amp;me in published titles</source>
        <translation>Utiliser le nom d'usa&amp;ge du client dans les titres publiés</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="128" />
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="161" />
        <source>&amp;Disconnect…</source>
        <translation>&amp;Déconnecter…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="175" />
        <source>Disconnect this calendar account? The events MentorDesk published stay on the server (delete them there if you no longer want them); changes not yet sent are dropped, and busy times read from the server are removed. Your sessions in MentorDesk do not change.</source>
        <translation>Déconnecter ce compte de calendrier ? Les événements publiés par MentorDesk restent sur le serveur (supprimez-les sur le serveur si vous n'en voulez plus) ; les modifications pas encore envoyées sont abandonnées et les plages occupées lues sur le serveur sont retirées. Vos séances dans MentorDesk ne changent pas.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="185" />
        <source>&amp;Keep Connected</source>
        <translation>&amp;Rester connecté</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="187" />
        <source>Dis&amp;connect</source>
        <translation>Dé&amp;connecter</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="212" />
        <source>Connected to %1 as %2. Sessions are published to the calendar at %3.</source>
        <translation>Connecté à %1 en tant que %2. Les séances sont publiées dans le calendrier situé à l'adresse %3.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="240" />
        <source>Password kept until this dialog closes</source>
        <translation>Conservé jusqu'à la fermeture de cette fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="303" />
        <source>The account has no calendars yet; MentorDesk will make one.</source>
        <translation>Le compte n'a encore aucun calendrier ; MentorDesk en crée un.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="243" />
        <source>Give the address of your calendar server.</source>
        <translation>Indiquez l'adresse de votre serveur de calendrier.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="254" />
        <source>Give the user name of the calendar account.</source>
        <translation>Indiquez le nom d'utilisateur du compte de calendrier.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="259" />
        <source>Give the password of the calendar account.</source>
        <translation>Indiquez le mot de passe du compte de calendrier.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="263" />
        <location filename="../ui/calendar/CalendarAccountDialogBusy.cpp" line="59" />
        <source>Looking for your calendars on %1…</source>
        <translation>Recherche de vos calendriers sur %1…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="283" />
        <source>A new calendar</source>
        <translation>Un nouveau calendrier</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="339" />
        <source>Give the new calendar a name.</source>
        <translation>Donnez un nom au nouveau calendrier.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="345" />
        <source>The account already has a calendar named %1; choose it above or give another name.</source>
        <translation>Le compte a déjà un calendrier nommé %1 ; choisissez-le ci-dessus ou indiquez un autre nom.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="362" />
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="386" />
        <source>Disconnecting…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialogBusy.cpp" line="112" />
        <source>Saving the busy calendars…</source>
        <translation>Enregistrement des calendriers de plages occupées…</translation>
    </message>
</context>
<context>
    <name>md::CalendarAreas</name>
    <message>
        <location filename="../ui/calendar/CalendarAreas.cpp" line="16" />
        <source>Calendar</source>
        <translation>Calendrier</translation>
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
        <translation>Déplacé sur le serveur au %1</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="41" />
        <source>Cancelled or removed on the server</source>
        <translation>Annulé ou supprimé sur le serveur</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="45" />
        <source>Deleted on the server</source>
        <translation>Supprimé sur le serveur</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="46" />
        <source>The whole series was deleted on the server</source>
        <translation>Toute la série a été supprimée sur le serveur</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="51" />
        <source>Changed on the server, with the same times (e.g. its title)</source>
        <translation>Modifié sur le serveur, aux mêmes horaires (par ex. son titre)</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="58" />
        <source>A deleted session</source>
        <translation>Une séance supprimée</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="62" />
        <source>%1, the whole series</source>
        <extracomment>%1 is the client's name.</extracomment>
        <translation>%1, toute la série</translation>
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
        <translation>Modifications faites sur le serveur de calendrier</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="36" />
        <source>Session in MentorDesk</source>
        <translation>Séance dans MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="36" />
        <source>On the server</source>
        <translation>Sur le serveur</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="49" />
        <source>Accept the server's version</source>
        <translation>Accepter la version du serveur</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="51" />
        <source>Change the session in MentorDesk as it was changed on the server. A deleted event cancels the session, as cancelled by you.</source>
        <translation>Modifier la séance dans MentorDesk comme elle a été modifiée sur le serveur. Un événement supprimé annule la séance, comme une annulation de votre part.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="53" />
        <source>Keep MentorDesk's version</source>
        <translation>Conserver la version de MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="55" />
        <source>Write the session to the server again as MentorDesk has it.</source>
        <translation>Réécrire la séance sur le serveur telle qu'elle est dans MentorDesk.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="101" />
        <source>The calendar server has what MentorDesk published: nothing was changed there.</source>
        <translation>Le serveur de calendrier contient ce que MentorDesk a publié : rien n'y a été modifié.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="104" />
        <source>These events were changed or deleted on the calendar server (on a phone or in another calendar app) after MentorDesk published them. MentorDesk did not overwrite them. Choose for each which version to keep.</source>
        <translation>Ces événements ont été modifiés ou supprimés sur le serveur de calendrier (sur un téléphone ou dans une autre application de calendrier) après leur publication par MentorDesk. MentorDesk ne les a pas écrasés. Choisissez pour chacun la version à conserver.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="160" />
        <source>MentorDesk's version is kept; it goes to the server with the next sync.</source>
        <translation>La version de MentorDesk est conservée ; elle sera envoyée au serveur lors de la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>md::CalendarFileActions</name>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="21" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="27" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="37" />
        <source>Import busy times</source>
        <translation>Importer des plages occupées</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="22" />
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Fichiers de calendrier (*.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="28" />
        <source>%1 could not be imported. Nothing was changed.

%2</source>
        <translation>%1 n'a pas pu être importé. Rien n'a été modifié.

%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="32" />
        <source>%n busy time(s) from %1 will now be checked when you plan sessions.</source>
        <translation>
            <numerusform>%n plage occupée de %1 sera désormais prise en compte lorsque vous planifiez des séances.</numerusform>
            <numerusform>%n plages occupées de %1 seront désormais prises en compte lorsque vous planifiez des séances.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="44" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="55" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="65" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="72" />
        <source>Export sessions</source>
        <translation>Exporter les séances</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="48" />
        <source>MentorDesk sessions.ics</source>
        <translation>Séances MentorDesk.ics</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="50" />
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="55" />
        <source>Sessions of:</source>
        <translation>Séances de :</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="61" />
        <source>Sessions with %1.ics</source>
        <translation>Séances avec %1.ics</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="66" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="97" />
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="78" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="105" />
        <source>Keep an .ics file up to date</source>
        <translation>Tenir un fichier .ics à jour</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="80" />
        <source>MentorDesk can rewrite a calendar file after every change, so a calendar program can subscribe to it. The file holds times, clients' names and agendas, unencrypted; never notes.</source>
        <translation>MentorDesk peut réécrire un fichier de calendrier après chaque modification, afin qu'un logiciel de calendrier puisse s'y abonner. Le fichier contient les horaires, les noms des clients et les ordres du jour, non chiffrés ; jamais les notes.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="83" />
        <source>Your sessions are written to %1 after every change.</source>
        <translation>Vos séances sont écrites dans %1 après chaque modification.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="87" />
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="87" />
        <source>Another file…</source>
        <translation>Autre fichier…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="89" />
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="95" />
        <source>Calendar file to keep up to date</source>
        <translation>Fichier de calendrier à tenir à jour</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="112" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="123" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="130" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="142" />
        <source>Progress report</source>
        <translation>Rapport d'avancement</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="113" />
        <source>There are no engagements yet.</source>
        <translation>Il n'y a encore aucun accompagnement.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="119" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="123" />
        <source>Engagement:</source>
        <translation>Accompagnement :</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="134" />
        <source>Save progress report</source>
        <translation>Enregistrer le rapport d'avancement</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="135" />
        <source>Progress report %1.pdf</source>
        <translation>Rapport d'avancement %1.pdf</translation>
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
        <translation>Disponibilités</translation>
    </message>
</context>
<context>
    <name>md::CalendarObjectReader</name>
    <message>
        <location filename="../core/caldav/CalendarObjectReader.cpp" line="87" />
        <source>The event on the calendar server could not be read.</source>
        <translation>L'événement du serveur de calendrier n'a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarObjectReader.cpp" line="107" />
        <source>The calendar object on the server holds no event.</source>
        <translation>L'objet de calendrier sur le serveur ne contient aucun événement.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarObjectReader.cpp" line="116" />
        <source>The event on the calendar server has no start time.</source>
        <translation>L'événement du serveur de calendrier n'a pas d'heure de début.</translation>
    </message>
</context>
<context>
    <name>md::CalendarPage</name>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="42" />
        <source>&amp;Today</source>
        <translation>&amp;Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="47" />
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="51" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="69" />
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="70" />
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="71" />
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="84" />
        <source>&amp;New Session</source>
        <translation>&amp;Nouvelle séance</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="90" />
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="93" />
        <source>Import busy times (.ics)…</source>
        <translation>Importer des plages occupées (.ics)…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="94" />
        <source>Export sessions (.ics)…</source>
        <translation>Exporter les séances (.ics)…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="95" />
        <source>Keep an .ics file up to date…</source>
        <translation>Tenir un fichier .ics à jour…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="97" />
        <source>Engagement progress report…</source>
        <translation>Rapport d'avancement de l'accompagnement…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="98" />
        <source>Availability…</source>
        <translation>Disponibilités…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="350" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="382" />
        <source>Session with %1 at %2</source>
        <translation>Séance avec %1 à %2</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="389" />
        <source>Upcoming session</source>
        <translation>Séance à venir</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="440" />
        <source>Skip this date of the series? The other sessions stay.</source>
        <translation>Sauter cette date de la série ? Les autres séances sont conservées.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="441" />
        <source>Delete this session with its notes?</source>
        <translation>Supprimer cette séance et ses notes ?</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="442" />
        <source>Delete session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="448" />
        <source>Session removed.</source>
        <translation>Séance supprimée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarPage.cpp" line="458" />
        <source>%n session(s) planned.</source>
        <translation>
            <numerusform>%n séance planifiée.</numerusform>
            <numerusform>%n séances planifiées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="461" />
        <source>Session planned.</source>
        <translation>Séance planifiée.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="481" />
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
</context>
<context>
    <name>md::CalendarPublisher</name>
    <message>
        <location filename="../core/caldav/CalendarPublisher.cpp" line="59" />
        <source>Mentoring session</source>
        <translation>Séance de mentorat</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarPublisher.cpp" line="62" />
        <source>Mentoring session (%1)</source>
        <extracomment>The title of a session on the mentor's calendar server; %1 is the client's initials (or preferred name, when the mentor chose so).</extracomment>
        <translation>Séance de mentorat (%1)</translation>
    </message>
</context>
<context>
    <name>md::CalendarQuestions</name>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="12" />
        <source>Repeating session</source>
        <translation>Séance récurrente</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="17" />
        <source>Note:
%1</source>
        <translation>Remarque :
%1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="18" />
        <source>This session</source>
        <translation>Cette séance</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="20" />
        <source>This and following</source>
        <translation>Celle-ci et les suivantes</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="22" />
        <source>All sessions</source>
        <translation>Toutes les séances</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="47" />
        <source>Conflict</source>
        <translation>Chevauchement</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="48" />
        <source>Move the session anyway?</source>
        <translation>Déplacer la séance malgré tout ?</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="52" />
        <source>Move anyway</source>
        <translation>Déplacer malgré tout</translation>
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
        <translation>Impossible de lire le compte de calendrier</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="108" />
        <source>No calendar account is connected.</source>
        <translation>Aucun compte de calendrier n'est connecté.</translation>
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
        <translation>Impossible d'enregistrer le compte de calendrier</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="155" />
        <source>Could not remove the calendar account</source>
        <translation>Impossible de supprimer le compte de calendrier</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="196" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="205" />
        <source>Could not queue the sessions for the calendar</source>
        <translation>Impossible de mettre en file d'attente les séances pour le calendrier</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="214" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="220" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="227" />
        <source>Could not read the calendar changes</source>
        <translation>Impossible de lire les modifications du calendrier</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="236" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="247" />
        <source>Could not save the calendar changes</source>
        <translation>Impossible d'enregistrer les modifications du calendrier</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="260" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="263" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="275" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="280" />
        <source>Could not read the published sessions</source>
        <translation>Impossible de lire les séances publiées</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="297" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="306" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="317" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="328" />
        <source>Could not save the published sessions</source>
        <translation>Impossible d'enregistrer les séances publiées</translation>
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
        <translation>Impossible de lire les différences du calendrier</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="410" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="419" />
        <source>Could not save the calendar differences</source>
        <translation>Impossible d'enregistrer les différences du calendrier</translation>
    </message>
</context>
<context>
    <name>md::CalendarSyncService</name>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="26" />
        <source>No calendar account is connected. Connect one first (with mentordesk-cli: calendar connect --url URL --user USER).</source>
        <translation>Aucun compte de calendrier n'est connecté. Connectez-en d'abord un (avec mentordesk-cli : calendar connect --url URL --user UTILISATEUR).</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="89" />
        <source>Give the user name of the calendar account.</source>
        <translation>Indiquez le nom d'utilisateur du compte de calendrier.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="91" />
        <source>Give the password of the calendar account.</source>
        <translation>Indiquez le mot de passe du compte de calendrier.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="110" />
        <source>The calendar %1 cannot hold events; choose another one.</source>
        <translation>Le calendrier %1 ne peut pas contenir d'événements ; choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="118" />
        <source>The server has no calendar at %1 for this account.</source>
        <translation>Le serveur n'a aucun calendrier à l'adresse %1 pour ce compte.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="134" />
        <location filename="../core/caldav/CalendarSyncService.cpp" line="203" />
        <source>The account has no calendar named %1.</source>
        <translation>Le compte n'a aucun calendrier nommé %1.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncServiceDifferences.cpp" line="46" />
        <source>There is no calendar difference %1 (it may have been resolved already).</source>
        <translation>La différence de calendrier %1 n'existe pas (elle a peut-être déjà été résolue).</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncServiceSync.cpp" line="113" />
        <source>Events were changed or removed on the server since MentorDesk last saw them; they wait for your choice among the calendar's differences.</source>
        <translation>Des événements ont été modifiés ou supprimés sur le serveur depuis la dernière fois que MentorDesk les a vus ; ils attendent votre choix parmi les différences du calendrier.</translation>
    </message>
</context>
<context>
    <name>md::CalendarSyncStatusWidget</name>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="27" />
        <source>Connect a Calendar…</source>
        <translation>Connecter un calendrier…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="30" />
        <source>Review…</source>
        <translation>Examiner…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="33" />
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="85" />
        <source>Synced just now.</source>
        <translation>Synchronisé à l'instant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="87" />
        <source>Synced %n minute(s) ago.</source>
        <translation>
            <numerusform>Synchronisé il y a %n minute.</numerusform>
            <numerusform>Synchronisé il y a %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="89" />
        <source>Synced %n hour(s) ago.</source>
        <translation>
            <numerusform>Synchronisé il y a %n heure.</numerusform>
            <numerusform>Synchronisé il y a %n heures.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="90" />
        <source>Last synced %1.</source>
        <translation>Dernière synchronisation : %1.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="112" />
        <source>Your sessions are not published to a calendar on your phone.</source>
        <translation>Vos séances ne sont pas publiées dans un calendrier sur votre téléphone.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="119" />
        <source>The last sync did not finish: %1</source>
        <translation>La dernière synchronisation n'a pas abouti : %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="123" />
        <source>Not synced yet.</source>
        <translation>Pas encore synchronisé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="125" />
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n modification en attente d'envoi.</numerusform>
            <numerusform>%n modifications en attente d'envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="127" />
        <source>%n event(s) changed on the calendar server wait for your choice.</source>
        <translation>
            <numerusform>%n événement modifié sur le serveur de calendrier attend votre choix.</numerusform>
            <numerusform>%n événements modifiés sur le serveur de calendrier attendent votre choix.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ChangePassphraseDialog</name>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="26" />
        <source>Change Passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="28" />
        <source>Your recovery key stays valid. If MentorDesk remembers this workspace on this computer, it keeps opening without asking.</source>
        <translation>Votre clé de récupération reste valable. Si MentorDesk mémorise cet espace de travail sur cet ordinateur, il continue de s'ouvrir sans rien demander.</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="55" />
        <source>&amp;Change Passphrase</source>
        <translation>&amp;Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="93" />
        <source>C&amp;urrent passphrase:</source>
        <translation>Phrase secrète &amp;actuelle :</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="93" />
        <source>Rec&amp;overy key:</source>
        <translation>Clé de &amp;récupération :</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="98" />
        <source>Forgot it? Use the recovery key</source>
        <translation>Oubliée ? Utilisez la clé de récupération</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="99" />
        <source>Use the current passphrase</source>
        <translation>Utiliser la phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="151" />
        <source>The current passphrase is not correct.</source>
        <translation>La phrase secrète actuelle est incorrecte.</translation>
    </message>
</context>
<context>
    <name>md::Client</name>
    <message>
        <location filename="../core/domain/Client.cpp" line="34" />
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../core/domain/Client.cpp" line="36" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../core/domain/Client.cpp" line="38" />
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../core/domain/Client.cpp" line="40" />
        <source>Former</source>
        <translation>Ancien</translation>
    </message>
</context>
<context>
    <name>md::ClientBalanceWidget</name>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="25" />
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="36" />
        <source>New invoice…</source>
        <translation>Facturer…</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="38" />
        <source>Sell package…</source>
        <translation>Vendre un forfait…</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="40" />
        <source>Billing details…</source>
        <translation>Coordonnées de facturation…</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="42" />
        <source>The billing name, address and tax id printed on invoices.</source>
        <translation>Le nom, l'adresse et le numéro de TVA de facturation imprimés sur les factures.</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="112" />
        <source>Nothing owed.</source>
        <translation>Rien à payer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="114" />
        <source>Owes %1 on %n invoice(s).</source>
        <translation>
            <numerusform>Doit %1 sur %n facture.</numerusform>
            <numerusform>Doit %1 sur %n factures.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="117" />
        <source>&lt;b&gt;%1 overdue.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 en retard.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="119" />
        <source>Credit of %1, used by the next invoice.</source>
        <translation>Crédit de %1, imputé sur la prochaine facture.</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="145" />
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="154" />
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="169" />
        <source>Sell package</source>
        <translation>Vendre un forfait</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="156" />
        <source>Start an engagement for this client first.</source>
        <translation>Commencez d'abord un accompagnement pour ce client.</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="157" />
        <source>Add a package to the price list first (Billing › Price list).</source>
        <translation>Ajoutez d'abord un forfait à la grille tarifaire (Facturation › Grille tarifaire).</translation>
    </message>
</context>
<context>
    <name>md::ClientEngagementsPanel</name>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="22" />
        <source>Engagements</source>
        <translation>Accompagnements</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="27" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="29" />
        <source>New Engagement…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="131" />
        <source>%1 — %2 (started %3)</source>
        <translation>%1 — %2 (commencé le %3)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="141" />
        <source>No engagement yet.</source>
        <translation>Aucun accompagnement pour l'instant.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="145" />
        <source>Engagements (%1)</source>
        <translation>Accompagnements (%1)</translation>
    </message>
</context>
<context>
    <name>md::ClientErasureRepository</name>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="92" />
        <source>%1: the guard %2 is missing.</source>
        <translation>%1 : le garde-fou %2 est manquant.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="113" />
        <source>Could not read what erasing the client involves</source>
        <translation>Impossible de déterminer ce qu'implique l'effacement du client</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="122" />
        <source>There is no client with id %1.</source>
        <translation>Aucun client ne porte l'identifiant %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="126" />
        <source>Client %1 was already erased; only the anonymous record their kept invoices need is left.</source>
        <translation>Le client %1 a déjà été effacé ; il ne reste que la fiche anonyme nécessaire aux factures conservées.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="132" />
        <source>Erased client %1</source>
        <translation>Client %1 effacé</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="172" />
        <source>Could not erase the client</source>
        <translation>Impossible d'effacer le client</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="276" />
        <source>Could not remove the invoices whose retention ended</source>
        <translation>Impossible de supprimer les factures dont la durée de conservation a expiré</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="327" />
        <location filename="../core/storage/ClientErasureRepository.cpp" line="340" />
        <source>Could not read the erasure log</source>
        <translation>Impossible de lire le journal des effacements</translation>
    </message>
</context>
<context>
    <name>md::ClientForm</name>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="56" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="68" />
        <source>Full &amp;name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="83" />
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="95" />
        <source>&amp;Preferred name:</source>
        <translation>Nom d'&amp;usage :</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="110" />
        <source>What they like to be called</source>
        <translation>Le nom sous lequel la personne souhaite être appelée</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="122" />
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="137" />
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="149" />
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="164" />
        <source>+44 20 7946 0958</source>
        <translation>+33 1 23 45 67 89</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="176" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="189" />
        <source>&amp;Role:</source>
        <translation>Fonct&amp;ion :</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="202" />
        <source>&amp;Time zone:</source>
        <translation>Fuseau &amp;horaire :</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="235" />
        <source>Engagement</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="247" />
        <source>Stat&amp;us:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="260" />
        <source>&amp;Found you through:</source>
        <translation>&amp;Vous a connu par :</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="270" />
        <source>Referral, LinkedIn, a talk…</source>
        <translation>Recommandation, LinkedIn, une conférence…</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="277" />
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes :</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="287" />
        <source>Comma separated, e.g. leadership, career change</source>
        <translation>Séparées par des virgules, par ex. leadership, reconversion</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="297" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="309" />
        <source>&amp;Background:</source>
        <translation>&amp;Parcours :</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="326" />
        <source>Strengths:</source>
        <translation>Points forts :</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="343" />
        <source>&amp;Weaknesses:</source>
        <translation>Points fai&amp;bles :</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="360" />
        <source>Career &amp;aspirations:</source>
        <translation>&amp;Aspirations professionnelles :</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="380" />
        <source>Keep, start, stop doing</source>
        <translation>Continuer, commencer, arrêter</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="392" />
        <source>&amp;Keep doing:</source>
        <translation>&amp;Continuer à faire :</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="409" />
        <source>Start &amp;doing:</source>
        <translation>Co&amp;mmencer à faire :</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="426" />
        <source>Stop do&amp;ing:</source>
        <translation>Arrêter &amp;de faire :</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="478" />
        <source>Archive, export or erase this client</source>
        <translation>Archiver, exporter ou effacer ce client</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="481" />
        <source>&amp;More</source>
        <translation>&amp;Plus</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="514" />
        <location filename="../ui/clients/ClientForm.cpp" line="284" />
        <source>Ar&amp;chive</source>
        <translation>A&amp;rchiver</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="471" />
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="530" />
        <source>Remove this client's personal data for good; issued invoices are kept as the law requires</source>
        <translation>Supprimer définitivement les données personnelles de ce client ; les factures émises sont conservées comme l'exige la loi</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="527" />
        <source>&amp;Erase…</source>
        <translation>E&amp;ffacer…</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="522" />
        <source>Export everything about this client in open formats, for example to answer their request for a copy</source>
        <translation>Exporter toutes les données de ce client dans des formats ouverts, par exemple pour répondre à sa demande de copie</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="519" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="495" />
        <source>Re&amp;vert</source>
        <translation>Rétab&amp;lir</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="502" />
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="70" />
        <source>Same as yours</source>
        <translation>Identique au vôtre</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="79" />
        <location filename="../ui/clients/ClientForm.cpp" line="298" />
        <source>Same as yours</source>
        <comment>document language</comment>
        <translation>Identique à la vôtre</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="81" />
        <source>The language of this client's agreements, invoices and session summaries</source>
        <translation>La langue des accords, des factures et des comptes rendus de séance de ce client</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="82" />
        <source>&amp;Documents in:</source>
        <translation>&amp;Documents en :</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="98" />
        <source>Save the changes (%1)</source>
        <translation>Enregistrer les modifications (%1)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="284" />
        <source>Unar&amp;chive</source>
        <translation>Désa&amp;rchiver</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="286" />
        <source>Return this client to the list</source>
        <translation>Remettre ce client dans la liste</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="287" />
        <source>Hide this client from the list but keep the record</source>
        <translation>Masquer ce client dans la liste tout en conservant sa fiche</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="299" />
        <source>Same as yours (%1)</source>
        <translation>Identique à la vôtre (%1)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="328" />
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="329" />
        <source>Only the full name is required. Everything else can be added later.</source>
        <translation>Seul le nom complet est obligatoire. Tout le reste peut être ajouté plus tard.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="337" />
        <source>Added %1</source>
        <translation>Ajouté le %1</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="340" />
        <source>updated %1</source>
        <translation>modifié le %1</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="344" />
        <source>archived</source>
        <translation>archivé</translation>
    </message>
</context>
<context>
    <name>md::ClientImport</name>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="62" />
        <source>no column is imported as the name</source>
        <translation>aucune colonne n'est importée comme nom</translation>
    </message>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="64" />
        <source>No column is imported as the name. Choose the column that holds the full name, or the first and last names.</source>
        <translation>Aucune colonne n'est importée comme nom. Choisissez la colonne qui contient le nom complet, ou celles du prénom et du nom.</translation>
    </message>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="141" />
        <source>same email as line %1</source>
        <translation>même e-mail que la ligne %1</translation>
    </message>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="142" />
        <source>same name as line %1</source>
        <translation>même nom que la ligne %1</translation>
    </message>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="148" />
        <source>same email as %1</source>
        <translation>même e-mail que %1</translation>
    </message>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="149" />
        <source>same name as an existing client</source>
        <translation>même nom qu'un client existant</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/ClientImport.cpp" line="169" />
        <source>Nothing was imported: %n record(s) cannot be used. %1</source>
        <translation>
            <numerusform>Rien n'a été importé : %n fiche est inutilisable. %1</numerusform>
            <numerusform>Rien n'a été importé : %n fiches sont inutilisables. %1</numerusform>
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
        <translation>%1 (archivé)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="139" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="141" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="143" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="145" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="147" />
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="149" />
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>md::ClientRepository</name>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="114" />
        <location filename="../core/storage/ClientRepository.cpp" line="142" />
        <source>Could not save the client</source>
        <translation>Impossible d'enregistrer le client</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="121" />
        <source>This client has not been saved yet.</source>
        <translation>Ce client n'a pas encore été enregistré.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="151" />
        <location filename="../core/storage/ClientRepository.cpp" line="154" />
        <location filename="../core/storage/ClientRepository.cpp" line="218" />
        <location filename="../core/storage/ClientRepository.cpp" line="221" />
        <source>Could not read the client</source>
        <translation>Impossible de lire le client</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="155" />
        <location filename="../core/storage/ClientRepository.cpp" line="222" />
        <location filename="../core/storage/ClientRepository.cpp" line="268" />
        <source>There is no client with id %1.</source>
        <translation>Aucun client ne porte l'identifiant %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="170" />
        <location filename="../core/storage/ClientRepository.cpp" line="177" />
        <location filename="../core/storage/ClientRepository.cpp" line="203" />
        <location filename="../core/storage/ClientRepository.cpp" line="209" />
        <source>Could not read the clients</source>
        <translation>Impossible de lire les clients</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="249" />
        <location filename="../core/storage/ClientRepository.cpp" line="266" />
        <source>Could not delete the client</source>
        <translation>Impossible de supprimer le client</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/ClientRepository.cpp" line="252" />
        <source>%n signed agreement(s)</source>
        <translation>
            <numerusform>%n accord signé</numerusform>
            <numerusform>%n accords signés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/ClientRepository.cpp" line="254" />
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n facture</numerusform>
            <numerusform>%n factures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/ClientRepository.cpp" line="256" />
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n paiement</numerusform>
            <numerusform>%n paiements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="259" />
        <source>This client cannot be deleted: their %1 must be kept. Archive the client instead; nothing is lost and the list stays tidy.</source>
        <translation>Ce client ne peut pas être supprimé, car les éléments suivants doivent être conservés : %1. Archivez plutôt le client ; rien n'est perdu et la liste reste claire.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="275" />
        <source>Could not count the clients</source>
        <translation>Impossible de compter les clients</translation>
    </message>
</context>
<context>
    <name>md::ClientService</name>
    <message>
        <location filename="../core/clients/ClientService.cpp" line="43" />
        <source>This client was erased: only the anonymous record their kept invoices need is left, and it cannot be edited.</source>
        <translation>Ce client a été effacé : il ne reste que la fiche anonyme nécessaire aux factures conservées, et elle ne peut pas être modifiée.</translation>
    </message>
    <message>
        <location filename="../core/clients/ClientService.cpp" line="88" />
        <location filename="../core/clients/ClientService.cpp" line="97" />
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>md::ClientValidator</name>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="61" />
        <source>Enter the client's full name.</source>
        <translation>Saisissez le nom complet du client.</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="64" />
        <source>The full name is too long (at most 200 characters).</source>
        <translation>Le nom complet est trop long (200 caractères au maximum).</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="67" />
        <source>The preferred name is too long (at most 200 characters).</source>
        <translation>Le nom d'usage est trop long (200 caractères au maximum).</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="70" />
        <source>This is not a valid email address (for example name@example.com).</source>
        <translation>Cette adresse e-mail n'est pas valide (par exemple nom@exemple.fr).</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="73" />
        <source>A phone number has at least five digits and may start with +.</source>
        <translation>Un numéro de téléphone comporte au moins cinq chiffres et peut commencer par +.</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="76" />
        <source>Unknown time zone "%1" (use a name such as Europe/Berlin).</source>
        <translation>Fuseau horaire inconnu « %1 » (utilisez un nom tel que Europe/Paris).</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="81" />
        <source>MentorDesk writes no documents in "%1" (use one of %2).</source>
        <translation>MentorDesk ne rédige aucun document en « %1 » (utilisez l'une des langues suivantes : %2).</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="92" />
        <source>This text is too long (at most 20,000 characters).</source>
        <translation>Ce texte est trop long (20 000 caractères au maximum).</translation>
    </message>
</context>
<context>
    <name>md::ClientsPage</name>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="53" />
        <source>Filter by name, email, organisation or tag</source>
        <translation>Filtrer par nom, e-mail, organisation ou étiquette</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="55" />
        <source>Show arc&amp;hived</source>
        <translation>Voir les arc&amp;hivés</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="57" />
        <source>&amp;New Client</source>
        <translation>&amp;Nouveau client</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="60" />
        <source>Add a client (Ctrl+N)</source>
        <translation>Ajouter un client (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="94" />
        <source>Add Your First Client</source>
        <translation>Ajouter votre premier client</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="165" />
        <source>Clear the client filter</source>
        <translation>Effacer le filtre des clients</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="170" />
        <source>From the client filter into the list</source>
        <translation>Du filtre des clients vers la liste</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="59" />
        <source>the new client</source>
        <translation>le nouveau client</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="61" />
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="61" />
        <source>Save your changes to %1?</source>
        <translation>Enregistrer vos modifications de %1 ?</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="145" />
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="146" />
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="167" />
        <source>Archived %1. Tick "Show archived" to see archived clients.</source>
        <translation>%1 archivé. Cochez « Voir les archivés » pour voir les clients archivés.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="169" />
        <source>Archived %1.</source>
        <translation>%1 archivé.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="170" />
        <source>%1 is back in the client list.</source>
        <translation>%1 est de retour dans la liste des clients.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="51" />
        <source>Delete Client</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="51" />
        <source>Delete %1 for good?</source>
        <translation>Supprimer définitivement %1 ?</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="52" />
        <source>The profile and everything recorded about this client are removed from the workspace. This cannot be undone.

To keep the record but hide it from the list, archive the client instead.</source>
        <translation>Le profil et tout ce qui a été enregistré sur ce client sont retirés de l'espace de travail. Cette action est irréversible.

Pour conserver la fiche tout en la masquant dans la liste, archivez plutôt le client.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="55" />
        <source>Delete for Good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="66" />
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="80" />
        <source>Erase Client</source>
        <translation>Effacer le client</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="80" />
        <source>Erase %1 for good?</source>
        <translation>Effacer définitivement %1 ?</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="82" />
        <source>This cannot be undone. To keep everything but hide the client, archive them instead.</source>
        <translation>Cette action est irréversible. Pour tout conserver tout en masquant le client, archivez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="84" />
        <source>Erase for Good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="95" />
        <source>Client Erased</source>
        <translation>Client effacé</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="100" />
        <source>Erased %1.</source>
        <translation>%1 effacé.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="119" />
        <source>Exported %1 (not encrypted) into %2.</source>
        <translation>%1 exporté (non chiffré) dans %2.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="63" />
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="64" />
        <source>Unlock the workspace to see your clients.</source>
        <translation>Déverrouillez l'espace de travail pour voir vos clients.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="66" />
        <source>No clients yet</source>
        <translation>Aucun client pour l'instant</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="67" />
        <source>No clients yet — press Ctrl+N to add your first mentee.</source>
        <translation>Aucun client pour l'instant — appuyez sur Ctrl+N pour ajouter votre premier mentoré.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="70" />
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="73" />
        <source>No client matches "%1".</source>
        <translation>Aucun client ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="74" />
        <source>No client matches "%1". Archived clients are hidden; tick "Show archived" to search them too.</source>
        <translation>Aucun client ne correspond à « %1 ». Les clients archivés sont masqués ; cochez « Voir les archivés » pour les inclure dans la recherche.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="78" />
        <source>All clients are archived</source>
        <translation>Tous les clients sont archivés</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="79" />
        <source>Tick "Show archived" to see them, or press Ctrl+N to add a new client.</source>
        <translation>Cochez « Voir les archivés » pour les voir, ou appuyez sur Ctrl+N pour ajouter un nouveau client.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="86" />
        <source>Your clients' profiles will appear here.</source>
        <translation>Les profils de vos clients apparaîtront ici.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="87" />
        <source>Select a client to see their profile, or press Ctrl+N to add a new one.</source>
        <translation>Sélectionnez un client pour voir son profil, ou appuyez sur Ctrl+N pour en ajouter un nouveau.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clients/ClientsPageStates.cpp" line="93" />
        <location filename="../ui/clients/ClientsPageStates.cpp" line="96" />
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clients/ClientsPageStates.cpp" line="94" />
        <source>%n archived</source>
        <translation>
            <numerusform>%n archivé</numerusform>
            <numerusform>%n archivés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ColumnMapping</name>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="119" />
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="121" />
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="123" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="125" />
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="127" />
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="129" />
        <source>Preferred name</source>
        <translation>Nom d'usage</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="131" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="133" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="135" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="137" />
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="139" />
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="141" />
        <source>Found you via</source>
        <translation>Vous a connu par</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="143" />
        <source>Background</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="145" />
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>md::ColumnMappingModel</name>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="143" />
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="145" />
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="147" />
        <source>Imported as</source>
        <translation>Importé comme</translation>
    </message>
</context>
<context>
    <name>md::ConflictChecker</name>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="28" />
        <source>another session</source>
        <translation>une autre séance</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="29" />
        <source>the session with %1</source>
        <translation>la séance avec %1</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="44" />
        <source>%1 is one of your days off.</source>
        <translation>Le %1 est l'un de vos jours de congé.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="54" />
        <source>You do not work on %1s.</source>
        <translation>Vous ne travaillez pas le %1.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="69" />
        <source>Outside your working hours (%1–%2).</source>
        <translation>En dehors de vos heures de travail (%1–%2).</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="97" />
        <source>Overlaps with %1 (%2).</source>
        <translation>Chevauche %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="105" />
        <source>Less than %1 minutes from %2 (%3).</source>
        <translation>Moins de %1 minutes avant ou après %2 (%3).</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="115" />
        <source>busy</source>
        <translation>occupé</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="117" />
        <source>Overlaps with “%1” from your other calendar (%2).</source>
        <translation>Chevauche « %1 » de votre autre calendrier (%2).</translation>
    </message>
</context>
<context>
    <name>md::ConsentText</name>
    <message>
        <location filename="../core/agreements/ConsentText.cpp" line="12" />
        <source>I have read this agreement in full and agree to its terms. I intend the signature I draw here, together with my typed name, to be my signature on this agreement, with the same effect as signing it by hand.</source>
        <translation>J'ai lu l'intégralité du présent accord et j'en accepte les termes. La signature que je trace ici, accompagnée de mon nom saisi, vaut signature du présent accord et a la même valeur qu'une signature manuscrite.</translation>
    </message>
</context>
<context>
    <name>md::CsvReader</name>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="18" />
        <source>field %1</source>
        <translation>champ %1</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="61" />
        <location filename="../core/import/CsvReader.cpp" line="85" />
        <source>the field is longer than 1 MB</source>
        <translation>le champ dépasse 1 Mo</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="62" />
        <source>a quoted field is never closed</source>
        <translation>un champ entre guillemets n'est jamais fermé</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="68" />
        <source>text after the closing quote</source>
        <translation>du texte après le guillemet fermant</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="78" />
        <source>a quote inside a field that does not start with one</source>
        <translation>un guillemet à l'intérieur d'un champ qui ne commence pas par un guillemet</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="95" />
        <source>more than %1 fields</source>
        <translation>plus de %1 champs</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="136" />
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="137" />
        <source>Line %1, %2: %3</source>
        <translation>Ligne %1, %2 : %3</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="150" />
        <source>%1 is not UTF-8 text (line %2). Save it as UTF-8 (in a spreadsheet: "CSV UTF-8") and import it again.</source>
        <translation>%1 n'est pas un texte UTF-8 (ligne %2). Enregistrez-le en UTF-8 (dans un tableur : « CSV UTF-8 ») et importez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="163" />
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>Le fichier dépasse %1 Mo ; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="165" />
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="206" />
        <source>more than %1 records; split the file</source>
        <translation>plus de %1 enregistrements ; divisez le fichier</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="223" />
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="246" />
        <source>%1 fields, but the header has %2</source>
        <translation>%1 champs, alors que l'en-tête en compte %2</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="260" />
        <source>The file is not valid CSV: %1</source>
        <translation>Le fichier n'est pas un CSV valide : %1</translation>
    </message>
</context>
<context>
    <name>md::DashboardListModel</name>
    <message>
        <location filename="../ui/pipeline/DashboardListModel.cpp" line="65" />
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardListModel.cpp" line="67" />
        <source>Engagement</source>
        <translation>Accompagnement</translation>
    </message>
</context>
<context>
    <name>md::DashboardPage</name>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="25" />
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="25" />
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="37" />
        <source>Engagements per stage</source>
        <translation>Accompagnements par étape</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="56" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="56" />
        <source>Overdue by</source>
        <translation>Retard</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="57" />
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="57" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="58" />
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="58" />
        <source>Idle for</source>
        <translation>Inactif depuis</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="61" />
        <source>Overdue actions</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="62" />
        <source>Goals due soon</source>
        <translation>Objectifs à échéance proche</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="63" />
        <source>Stale engagements</source>
        <translation>Accompagnements en sommeil</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="119" />
        <source>Double-click to open the engagement</source>
        <translation>Double-cliquez pour ouvrir l'accompagnement</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="202" />
        <source>1 open engagement</source>
        <translation>1 accompagnement en cours</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="202" />
        <source>%1 open engagements</source>
        <translation>%1 accompagnements en cours</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="205" />
        <source>1 overdue action</source>
        <translation>1 action en retard</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="206" />
        <source>%1 overdue actions</source>
        <translation>%1 actions en retard</translation>
    </message>
</context>
<context>
    <name>md::Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="38" />
        <source>The key does not open this workspace (or %1 is not a MentorDesk database). Nothing was changed.</source>
        <translation>La clé n'ouvre pas cet espace de travail (ou %1 n'est pas une base de données MentorDesk). Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="46" />
        <source>The disk is full: the workspace %1 cannot be opened until some space is free. Nothing was changed.</source>
        <translation>Le disque est plein : l'espace de travail %1 ne peut pas être ouvert tant que de l'espace n'a pas été libéré. Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="56" />
        <source>Could not open the workspace database: %1</source>
        <translation>Impossible d'ouvrir la base de données de l'espace de travail : %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="79" />
        <source>Could not read the workspace's data format.</source>
        <translation>Impossible de lire le format de données de l'espace de travail.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="142" />
        <source>Could not start saving: %1</source>
        <translation>Impossible de commencer l'enregistrement : %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="163" />
        <location filename="../core/storage/Database.cpp" line="170" />
        <source>Could not save: %1</source>
        <translation>Impossible d'enregistrer : %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="215" />
        <source>Could not re-encrypt the workspace: %1</source>
        <translation>Impossible de rechiffrer l'espace de travail : %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="223" />
        <source>Could not write pending changes to the database file</source>
        <translation>Impossible d'écrire les modifications en attente dans le fichier de la base de données</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="247" />
        <source>Could not set the page cache</source>
        <translation>Impossible de définir le cache de pages</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="255" />
        <location filename="../core/storage/Database.cpp" line="264" />
        <source>Could not check the database</source>
        <translation>Impossible de vérifier la base de données</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="266" />
        <source>The check stopped before the end: %1</source>
        <translation>La vérification s'est arrêtée avant la fin : %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="273" />
        <source>Row %1 of table %2 points to a missing row in %3.</source>
        <translation>La ligne %1 de la table %2 renvoie à une ligne manquante dans %3.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="278" />
        <source>Could not check the links between records</source>
        <translation>Impossible de vérifier les liens entre les enregistrements</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="279" />
        <source>The links between records could not be checked: %1</source>
        <translation>Les liens entre les enregistrements n'ont pas pu être vérifiés : %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="287" />
        <source>The workspace database %1 is damaged (%2). Nothing was changed. Check it with “mentordesk-cli verify”; if it cannot be read, restore your last backup (File › Restore from Backup, or “mentordesk-cli backup restore”).</source>
        <translation>La base de données de l'espace de travail %1 est endommagée (%2). Rien n'a été modifié. Vérifiez-la avec « mentordesk-cli verify » ; si elle est illisible, restaurez votre dernière sauvegarde (Fichier › Restaurer une sauvegarde, ou « mentordesk-cli backup restore »).</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="305" />
        <source>%1: the workspace database is damaged (%2). Check it with “mentordesk-cli verify”; if it cannot be repaired, restore your last backup (File › Restore from Backup, or “mentordesk-cli backup restore”).</source>
        <translation>%1 : la base de données de l'espace de travail est endommagée (%2). Vérifiez-la avec « mentordesk-cli verify » ; si elle ne peut pas être réparée, restaurez votre dernière sauvegarde (Fichier › Restaurer une sauvegarde, ou « mentordesk-cli backup restore »).</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="313" />
        <source>%1: the disk is full (%2). Nothing was saved.</source>
        <translation>%1 : le disque est plein (%2). Rien n'a été enregistré.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="317" />
        <source>%1: the disk could not be read or written (%2).</source>
        <translation>%1 : le disque n'a pas pu être lu ou écrit (%2).</translation>
    </message>
</context>
<context>
    <name>md::DavTransport</name>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="39" />
        <source>The server address is not valid; give it as https://calendar.example.com/.</source>
        <translation>L'adresse du serveur n'est pas valide ; indiquez-la sous la forme https://calendar.example.com/.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="48" />
        <source>MentorDesk connects to calendar servers only over a secure connection, so that your password is never sent in clear text. Use the server's https:// address.</source>
        <translation>MentorDesk ne se connecte aux serveurs de calendrier que par une connexion sécurisée, afin que votre mot de passe ne soit jamais envoyé en clair. Utilisez l'adresse https:// du serveur.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="51" />
        <source>The server address must start with https://.</source>
        <translation>L'adresse du serveur doit commencer par https://.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="102" />
        <source>The calendar sync was stopped before %1 answered. Changes wait in the workspace and go out on the next sync.</source>
        <translation>La synchronisation du calendrier a été interrompue avant la réponse de %1. Les modifications attendent dans l'espace de travail et partiront lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="115" />
        <source>The calendar server %1 did not accept the user name or password.</source>
        <translation>Le serveur de calendrier %1 n'a pas accepté le nom d'utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="121" />
        <source>The secure connection to %1 failed: its certificate is not valid or not trusted (%2). Check the address; if it is right, the server's administrator must renew or fix the certificate.</source>
        <translation>La connexion sécurisée à %1 a échoué : son certificat n'est pas valide ou n'est pas reconnu comme fiable (%2). Vérifiez l'adresse ; si elle est correcte, l'administrateur du serveur doit renouveler ou corriger le certificat.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="128" />
        <source>The calendar server %1 cannot be reached (%2). Changes wait in the workspace and go out on the next sync.</source>
        <translation>Le serveur de calendrier %1 est injoignable (%2). Les modifications attendent dans l'espace de travail et partiront lors de la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>md::DemoGenerator</name>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="33" />
        <source>The numbers of clients, sessions and invoices cannot be negative.</source>
        <translation>Les nombres de clients, de séances et de factures ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="37" />
        <source>At most %1 clients, sessions or invoices can be generated.</source>
        <translation>Au maximum %1 clients, séances ou factures peuvent être générés.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="42" />
        <source>Sessions and invoices need at least one client.</source>
        <translation>Les séances et les factures nécessitent au moins un client.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="48" />
        <source>This workspace already holds clients; demo data is only generated into an empty workspace.</source>
        <translation>Cet espace de travail contient déjà des clients ; les données de démonstration ne sont générées que dans un espace de travail vide.</translation>
    </message>
</context>
<context>
    <name>md::DocumentLayout</name>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="75" />
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="135" />
        <source>PDF documents can only be made by a program with a graphical environment (start it with QT_QPA_PLATFORM=offscreen on a server).</source>
        <translation>Les documents PDF ne peuvent être produits que par un programme disposant d'un environnement graphique (sur un serveur, lancez-le avec QT_QPA_PLATFORM=offscreen).</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="141" />
        <source>The page is too small for this document.</source>
        <translation>La page est trop petite pour ce document.</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="164" />
        <source>Could not start drawing the document.</source>
        <translation>Impossible de commencer à dessiner le document.</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="173" />
        <source>Could not start a new page.</source>
        <translation>Impossible de commencer une nouvelle page.</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="194" />
        <source>Could not finish drawing the document.</source>
        <translation>Impossible de terminer le dessin du document.</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="203" />
        <source>Could not prepare the PDF in memory.</source>
        <translation>Impossible de préparer le PDF en mémoire.</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="213" />
        <source>The PDF could not be produced.</source>
        <translation>Le PDF n'a pas pu être produit.</translation>
    </message>
</context>
<context>
    <name>md::DraftEditorDialog</name>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.cpp" line="21" />
        <source>Edit draft %1</source>
        <translation>Modifier le brouillon %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.cpp" line="50" />
        <source>%1 was signed elsewhere and can no longer be edited. To change its terms, amend it.</source>
        <translation>%1 a été signé ailleurs et ne peut plus être modifié. Pour en changer les termes, créez un avenant.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.cpp" line="53" />
        <source>%1 was deleted elsewhere.</source>
        <translation>%1 a été supprimé ailleurs.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="44" />
        <source>Ends on</source>
        <translation>Prend fin le</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="70" />
        <source>The text contains confidentiality terms</source>
        <translation>Le texte contient des clauses de confidentialité</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="67" />
        <source>An engagement leaves its first stage only with a signed agreement that has them.</source>
        <translation>Un accompagnement ne quitte sa première étape qu'avec un accord signé qui en contient.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="22" />
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé :</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="35" />
        <source>End date:</source>
        <translation>Date de fin :</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="89" />
        <source>The mentor's letterhead, the signature lines and the footer with the agreement number are added when it is printed.</source>
        <translation>L'en-tête du mentor, les lignes de signature et le pied de page avec le numéro de l'accord sont ajoutés à l'impression.</translation>
    </message>
</context>
<context>
    <name>md::EndingAgreementsWidget</name>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="26" />
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="26" />
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="26" />
        <source>Ends on</source>
        <translation>Prend fin le</translation>
    </message>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="26" />
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="84" />
        <source>Agreements ending soon</source>
        <translation>Accords arrivant bientôt à échéance</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="85" />
        <source>Signed agreements that end within %n day(s)</source>
        <translation>
            <numerusform>Accords signés qui prennent fin dans les %n jour à venir</numerusform>
            <numerusform>Accords signés qui prennent fin dans les %n jours à venir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="103" />
        <source>No agreement ends within %n day(s).</source>
        <translation>
            <numerusform>Aucun accord ne prend fin dans les %n jour à venir.</numerusform>
            <numerusform>Aucun accord ne prend fin dans les %n jours à venir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="120" />
        <source>today</source>
        <translation>aujourd'hui</translation>
    </message>
</context>
<context>
    <name>md::EngagementBoardModel</name>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="166" />
        <source>1 overdue action</source>
        <translation>1 action en retard</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="167" />
        <source>%1 overdue actions</source>
        <translation>%1 actions en retard</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="169" />
        <source>1 goal due soon</source>
        <translation>1 objectif à échéance proche</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="170" />
        <source>%1 goals due soon</source>
        <translation>%1 objectifs à échéance proche</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="173" />
        <source>No activity for a day</source>
        <translation>Aucune activité depuis un jour</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="174" />
        <source>No activity for %1 days</source>
        <translation>Aucune activité depuis %1 jours</translation>
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
        <translation>1 jour dans l'étape</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementCardDelegate.cpp" line="102" />
        <source>%1 days in this stage</source>
        <translation>%1 jours dans l'étape</translation>
    </message>
</context>
<context>
    <name>md::EngagementPackagesWidget</name>
    <message>
        <location filename="../ui/billing/EngagementPackagesWidget.cpp" line="18" />
        <source>Packages</source>
        <translation>Forfaits</translation>
    </message>
</context>
<context>
    <name>md::EngagementPage</name>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="36" />
        <source>← Board</source>
        <translation>← Tableau</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="47" />
        <source>Move &amp;Back</source>
        <translation>&amp;Reculer</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="49" />
        <location filename="../ui/pipeline/EngagementPage.cpp" line="243" />
        <source>&amp;Advance →</source>
        <translation>&amp;Avancer →</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="51" />
        <source>&amp;End</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="55" />
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="56" />
        <source>Maintenance (periodic check-ins)</source>
        <translation>Suivi périodique (points réguliers)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="57" />
        <source>Close Early…</source>
        <translation>Clôturer de manière anticipée…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="68" />
        <source>New &amp;Needs…</source>
        <translation>Nouveaux &amp;besoins…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="70" />
        <source>Start a new engagement for the same client, linked to this one</source>
        <translation>Commencer un nouvel accompagnement pour le même client, lié à celui-ci</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="115" />
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="118" />
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="199" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="203" />
        <source>%1 since yesterday</source>
        <translation>%1 depuis hier</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="204" />
        <source>%1 since today</source>
        <translation>%1 depuis aujourd'hui</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="205" />
        <source>%1 for %2 days</source>
        <translation>%1 depuis %2 jours</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="207" />
        <source> · follows engagement #%1</source>
        <translation> · fait suite à l'accompagnement n° %1</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="215" />
        <source>&lt;b&gt;To end the engagement:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Pour terminer l'accompagnement :&lt;/b&gt; </translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="216" />
        <source>&lt;b&gt;To leave "%1":&lt;/b&gt; </source>
        <translation>&lt;b&gt;Pour quitter « %1 » :&lt;/b&gt; </translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="222" />
        <source>✔ everything is done.</source>
        <translation>✔ tout est fait.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="231" />
        <source>This engagement has ended (%1).</source>
        <translation>Cet accompagnement est terminé (%1).</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="242" />
        <source>&amp;Complete ✔</source>
        <translation>&amp;Terminer ✔</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="270" />
        <source>Now in "%1".</source>
        <translation>Désormais dans « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="283" />
        <source>New Needs</source>
        <translation>Nouveaux besoins</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="286" />
        <source>Started "%1".</source>
        <translation>« %1 » commencé.</translation>
    </message>
</context>
<context>
    <name>md::EngagementRepository</name>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="87" />
        <source>Could not record the change of stage</source>
        <translation>Impossible d'enregistrer le changement d'étape</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="131" />
        <location filename="../core/storage/EngagementRepository.cpp" line="180" />
        <source>Could not save the engagement</source>
        <translation>Impossible d'enregistrer l'accompagnement</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="213" />
        <location filename="../core/storage/EngagementRepository.cpp" line="216" />
        <location filename="../core/storage/EngagementRepository.cpp" line="227" />
        <location filename="../core/storage/EngagementRepository.cpp" line="230" />
        <source>Could not read the engagement</source>
        <translation>Impossible de lire l'accompagnement</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="182" />
        <location filename="../core/storage/EngagementRepository.cpp" line="217" />
        <location filename="../core/storage/EngagementRepository.cpp" line="231" />
        <source>There is no engagement with id %1.</source>
        <translation>Aucun accompagnement ne porte l'identifiant %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="243" />
        <location filename="../core/storage/EngagementRepository.cpp" line="248" />
        <location filename="../core/storage/EngagementRepository.cpp" line="260" />
        <location filename="../core/storage/EngagementRepository.cpp" line="265" />
        <source>Could not read the engagements</source>
        <translation>Impossible de lire les accompagnements</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="277" />
        <source>Could not delete the engagement</source>
        <translation>Impossible de supprimer l'accompagnement</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="289" />
        <location filename="../core/storage/EngagementRepository.cpp" line="294" />
        <source>Could not read the timeline</source>
        <translation>Impossible de lire la chronologie</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="302" />
        <source>A change of stage needs its starting point.</source>
        <translation>Un changement d'étape nécessite son point de départ.</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="304" />
        <source>An override needs a written reason.</source>
        <translation>Un passage en force nécessite une justification écrite.</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="311" />
        <source>The engagement is in "%1" now, not in "%2"; reload and try again.</source>
        <translation>L'accompagnement est maintenant dans « %1 », et non dans « %2 » ; rechargez et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="341" />
        <source>Could not change the stage</source>
        <translation>Impossible de changer d'étape</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="344" />
        <source>The engagement was changed elsewhere; reload and try again.</source>
        <translation>L'accompagnement a été modifié ailleurs ; rechargez et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepositorySql.h" line="72" />
        <source>Could not record the activity</source>
        <translation>Impossible d'enregistrer l'activité</translation>
    </message>
</context>
<context>
    <name>md::EngagementService</name>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="195" />
        <location filename="../core/pipeline/EngagementService.cpp" line="255" />
        <source>An engagement cannot move from "%1" to "%2".</source>
        <translation>Un accompagnement ne peut pas passer de « %1 » à « %2 ».</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="214" />
        <location filename="../core/pipeline/EngagementService.cpp" line="228" />
        <source>The engagement has ended (%1); it cannot advance.</source>
        <translation>L'accompagnement est terminé (%1) ; il ne peut plus avancer.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="242" />
        <source>An override needs a written reason; it is kept in the timeline.</source>
        <translation>Un passage en force nécessite une justification écrite ; elle est conservée dans la chronologie.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="258" />
        <source>Say why the engagement closes early.</source>
        <translation>Indiquez pourquoi l'accompagnement est clôturé de manière anticipée.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="271" />
        <source>"%1" is not finished: %2</source>
        <translation>« %1 » n'est pas terminé : %2</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="305" />
        <source>Choose how the engagement ends: completed, maintenance or closed early.</source>
        <translation>Choisissez comment l'accompagnement se termine : terminé, suivi périodique ou clôturé de manière anticipée.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="329" />
        <source>A follow-up starts once the engagement has reached its evaluation; "%1" is still in "%2".</source>
        <translation>Un nouvel accompagnement de suite commence une fois que l'accompagnement a atteint son évaluation ; « %1 » est encore dans « %2 ».</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="335" />
        <source>%1 (follow-up)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="344" />
        <source>New needs after "%1".</source>
        <translation>Nouveaux besoins après « %1 ».</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementServiceBoard.cpp" line="45" />
        <location filename="../core/pipeline/EngagementServiceBoard.cpp" line="50" />
        <source>There is no engagement with id %1.</source>
        <translation>Aucun accompagnement ne porte l'identifiant %1.</translation>
    </message>
</context>
<context>
    <name>md::ErasurePlan</name>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="9" />
        <source>%1 was erased for good: the profile, %n engagement(s) with their needs, goals, actions and evaluations,</source>
        <translation>
            <numerusform>%1 a été définitivement effacé : le profil, %n accompagnement avec ses besoins, objectifs, actions et évaluations,</numerusform>
            <numerusform>%1 a été définitivement effacé : le profil, %n accompagnements avec leurs besoins, objectifs, actions et évaluations,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="14" />
        <source>Erasing %1 removes for good: the profile, %n engagement(s) with their needs, goals, actions and evaluations,</source>
        <translation>
            <numerusform>L'effacement de %1 supprime définitivement : le profil, %n accompagnement avec ses besoins, objectifs, actions et évaluations,</numerusform>
            <numerusform>L'effacement de %1 supprime définitivement : le profil, %n accompagnements avec leurs besoins, objectifs, actions et évaluations,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="20" />
        <source>%n session(s) with their notes, %1, and %2.</source>
        <translation>
            <numerusform>%n séance avec ses notes, %1 et %2.</numerusform>
            <numerusform>%n séances avec leurs notes, %1 et %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="23" />
        <source>%n agreement(s) with their signatures and scans</source>
        <translation>
            <numerusform>%n accord avec ses signatures et scans</numerusform>
            <numerusform>%n accords avec leurs signatures et scans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="27" />
        <source>%n draft invoice(s)</source>
        <translation>
            <numerusform>%n brouillon de facture</numerusform>
            <numerusform>%n brouillons de facture</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="30" />
        <source>The law requires keeping %n issued invoice(s) and credit note(s), with %1, unchanged until %2. They are shown as "%3" from now on.</source>
        <translation>
            <numerusform>La loi impose de conserver %n facture émise ou avoir, avec %1, sans modification jusqu'au %2. Ce document apparaît désormais sous le nom « %3 ».</numerusform>
            <numerusform>La loi impose de conserver %n factures émises et avoirs, avec %1, sans modification jusqu'au %2. Ils apparaissent désormais sous le nom « %3 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="35" />
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n paiement</numerusform>
            <numerusform>%n paiements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/clients/ClientErasure.cpp" line="39" />
        <source>No invoice has to be kept: nothing of them is left but the anonymous record "%1".</source>
        <translation>Aucune facture ne doit être conservée : il n'en reste que la fiche anonyme « %1 ».</translation>
    </message>
    <message>
        <location filename="../core/clients/ClientErasure.cpp" line="44" />
        <source>Backups made before the erasure still hold the data until they are replaced.</source>
        <translation>Les sauvegardes effectuées avant l'effacement contiennent encore les données jusqu'à leur remplacement.</translation>
    </message>
</context>
<context>
    <name>md::EvaluationRepository</name>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="51" />
        <source>There is no goal with id %1.</source>
        <translation>Aucun objectif ne porte l'identifiant %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="89" />
        <source>Could not save the evaluation</source>
        <translation>Impossible d'enregistrer l'évaluation</translation>
    </message>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="122" />
        <location filename="../core/storage/EvaluationRepository.cpp" line="127" />
        <source>Could not read the evaluations</source>
        <translation>Impossible de lire les évaluations</translation>
    </message>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="138" />
        <source>Could not delete the evaluation</source>
        <translation>Impossible de supprimer l'évaluation</translation>
    </message>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="140" />
        <source>Goal %1 has no evaluation.</source>
        <translation>L'objectif %1 n'a pas d'évaluation.</translation>
    </message>
</context>
<context>
    <name>md::EvaluationTab</name>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="45" />
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="158" />
        <source>Select a goal to evaluate.</source>
        <translation>Sélectionnez un objectif à évaluer.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="59" />
        <source>Your assessment of the mentee's performance</source>
        <translation>Votre appréciation des résultats du mentoré</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="62" />
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="65" />
        <source>What the mentee said</source>
        <translation>Ce que le mentoré a exprimé</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="66" />
        <source>Suggested adjustments</source>
        <translation>Ajustements proposés</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="72" />
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="73" />
        <source>Final value:</source>
        <translation>Valeur finale :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="74" />
        <source>&amp;Assessment:</source>
        <translation>&amp;Appréciation :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="75" />
        <source>Mentee's &amp;rating:</source>
        <translation>&amp;Note du mentoré :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="76" />
        <source>Mentee's &amp;comments:</source>
        <translation>&amp;Commentaires du mentoré :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="77" />
        <source>A&amp;djustments:</source>
        <translation>A&amp;justements :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="80" />
        <source>&amp;Save Evaluation</source>
        <translation>&amp;Enregistrer l'évaluation</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="166" />
        <source>baseline %1, target %2 %3</source>
        <translation>valeur de départ %1, cible %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="192" />
        <source>The final value is not a number.</source>
        <translation>La valeur finale n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="209" />
        <source>Saved the evaluation.</source>
        <translation>Évaluation enregistrée.</translation>
    </message>
</context>
<context>
    <name>md::ExportFlow</name>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="34" />
        <source>Export Workspace</source>
        <translation>Exporter l'espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="35" />
        <location filename="../ui/export/ExportFlow.cpp" line="69" />
        <source>MentorDesk export %1</source>
        <translation>Export MentorDesk %1</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="40" />
        <location filename="../ui/export/ExportFlow.cpp" line="67" />
        <source>Export Client</source>
        <translation>Exporter le client</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="41" />
        <source>Export everything about %1?</source>
        <translation>Exporter toutes les données de %1 ?</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="45" />
        <source>The profile, engagements, sessions with their notes, agreements with their PDFs, invoices and payments of this client, and nothing about anyone else, in open formats (JSON, CSV, PDF). Use it to answer the client's request for a copy of their data.

The export is not encrypted.</source>
        <translation>Le profil, les accompagnements, les séances avec leurs notes, les accords avec leurs PDF, les factures et les paiements de ce client, et rien qui concerne une autre personne, dans des formats ouverts (JSON, CSV, PDF). Utilisez-le pour répondre à la demande du client d'obtenir une copie de ses données.

L'export n'est pas chiffré.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="49" />
        <source>Include my &amp;private session notes</source>
        <translation>Inclure mes notes de séance &amp;privées</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="53" />
        <source>Choose &amp;Folder…</source>
        <translation>Choisir le &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="68" />
        <source>%1 – MentorDesk export %2</source>
        <translation>%1 – Export MentorDesk %2</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="77" />
        <source>Export into…</source>
        <translation>Exporter dans…</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="86" />
        <source>The workspace was locked.</source>
        <translation>L'espace de travail a été verrouillé.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="92" />
        <source>The export could not be written.</source>
        <translation>L'export n'a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="96" />
        <source>Nothing was left half-written; your workspace is unchanged.</source>
        <translation>Rien n'est resté à moitié écrit ; votre espace de travail est intact.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportFlow.cpp" line="104" />
        <source>Exported %n record(s) into %1.</source>
        <translation>
            <numerusform>%n enregistrement exporté dans %1.</numerusform>
            <numerusform>%n enregistrements exportés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="109" />
        <source>Signed agreements: %1. Invoice PDFs: %2. README.txt describes every file.</source>
        <translation>Accords signés : %1. PDF de factures : %2. Le fichier README.txt décrit chaque fichier.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="113" />
        <source>The export is NOT encrypted. Keep it safe, and delete it once it has served its purpose.</source>
        <translation>L'export n'est PAS chiffré. Conservez-le en lieu sûr et supprimez-le une fois qu'il a servi.</translation>
    </message>
</context>
<context>
    <name>md::ExportManifest</name>
    <message>
        <location filename="../core/export/ExportManifest.cpp" line="38" />
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 n'est pas un JSON valide (%2).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportManifest.cpp" line="42" />
        <source>%1 does not describe a MentorDesk export.</source>
        <translation>%1 ne décrit pas un export MentorDesk.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportManifest.cpp" line="45" />
        <source>This export was written in a format this version of MentorDesk does not read (export format %1). Update MentorDesk.</source>
        <translation>Cet export a été écrit dans un format que cette version de MentorDesk ne sait pas lire (format d'export %1). Mettez MentorDesk à jour.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportManifest.cpp" line="58" />
        <source>%1 lacks the data format or the workspace it came from.</source>
        <translation>Il manque à %1 le format de données ou l'espace de travail d'origine.</translation>
    </message>
</context>
<context>
    <name>md::ExportReadme</name>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="10" />
        <source>Mentee profiles: contact, background, strengths and weaknesses, aspirations, what to keep, start and stop doing. Tags are separated by line breaks.</source>
        <translation>Profils des mentorés : coordonnées, parcours, points forts et points faibles, aspirations, ce qu'il faut continuer, commencer et arrêter de faire. Les étiquettes sont séparées par des sauts de ligne.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="15" />
        <source>Settings of the practice as key and value: the mentor profile (profile.*), practice rules (practice.*), billing (billing.*). The agreement signing key is never exported.</source>
        <translation>Paramètres de l'activité sous forme de clés et de valeurs : le profil du mentor (profile.*), les règles de pratique (practice.*), la facturation (billing.*). La clé de signature des accords n'est jamais exportée.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="20" />
        <source>Engagements of the five-stage pipeline, one per need of a client: stage, status, cadence, planned sessions and outcome.</source>
        <translation>Accompagnements du parcours en cinq étapes, un par besoin d'un client : étape, statut, fréquence, séances prévues et résultat.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="24" />
        <source>The timeline of every engagement: each move between stages, when, why, and whether a gate was overridden.</source>
        <translation>La chronologie de chaque accompagnement : chaque passage d'une étape à l'autre, quand, pourquoi, et si une condition a été forcée.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="28" />
        <source>Needs identified in stage 2, with category and priority.</source>
        <translation>Besoins identifiés à l'étape 2, avec leur catégorie et leur priorité.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="31" />
        <source>SMART goals of stage 3: specific, the metric with its baseline and target, attainable, due date.</source>
        <translation>Objectifs SMART de l'étape 3 : spécifique, l'indicateur avec sa valeur de départ et sa cible, atteignable, échéance.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="34" />
        <source>Which need each goal answers (goal_id, need_id).</source>
        <translation>À quel besoin répond chaque objectif (goal_id, need_id).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="36" />
        <source>Progress measured on a goal: date, value, comment.</source>
        <translation>Progression mesurée sur un objectif : date, valeur, commentaire.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="39" />
        <source>The action plan of stage 4: each action of a goal, its due date, status and the people involved.</source>
        <translation>Le plan d'action de l'étape 4 : chaque action d'un objectif, son échéance, son statut et les personnes concernées.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="42" />
        <source>Evaluations of stage 5: the outcome of a goal, the mentor's assessment, the mentee's rating and comments, adjustments.</source>
        <translation>Évaluations de l'étape 5 : le résultat d'un objectif, l'appréciation du mentor, la note et les commentaires du mentoré, les ajustements.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="46" />
        <source>Every version of the agreement templates (HTML with placeholders).</source>
        <translation>Toutes les versions des modèles d'accord (HTML avec champs de fusion).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="49" />
        <source>Agreements: their text (HTML), state (draft or signed), how and when they were signed. The signed PDFs are in agreements/.</source>
        <translation>Accords : leur texte (HTML), leur état (brouillon ou signé), comment et quand ils ont été signés. Les PDF signés se trouvent dans agreements/.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="53" />
        <source>On-screen signatures: who signed, the typed name, the drawn signature (PNG, base64) and the consent.</source>
        <translation>Signatures à l'écran : qui a signé, le nom saisi, la signature tracée (PNG, base64) et le consentement.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="57" />
        <source>Scans of agreements signed on paper (the files are also in agreements/).</source>
        <translation>Scans des accords signés sur papier (les fichiers se trouvent aussi dans agreements/).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="61" />
        <source>What makes a signed agreement provably unchanged: the frozen PDF, its manifest, the Ed25519 signature and the public key that checks it.</source>
        <translation>Ce qui permet de prouver qu'un accord signé est inchangé : le PDF figé, son manifeste, la signature Ed25519 et la clé publique qui permet de la vérifier.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="65" />
        <source>The hash-chained log of everything done to agreements.</source>
        <translation>Le journal chaîné par empreintes de toutes les opérations effectuées sur les accords.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="68" />
        <source>The public keys of the workspaces this one was imported from: the agreements they sealed keep verifying.</source>
        <translation>Les clés publiques des espaces de travail dont celui-ci a été importé : les accords qu'ils ont scellés restent vérifiables.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="72" />
        <source>Recurring sessions (weekly, fortnightly, monthly): the rule, the first start in its time zone, skipped dates.</source>
        <translation>Séances récurrentes (hebdomadaires, toutes les deux semaines, mensuelles) : la règle, le premier début dans son fuseau horaire, les dates sautées.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="76" />
        <source>Every session: start (local time and zone, and UTC), duration, format, status, agenda, notes, agreed actions and next steps.</source>
        <translation>Chaque séance : début (heure locale et fuseau, et UTC), durée, modalité, statut, ordre du jour, notes, actions convenues et prochaines étapes.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="80" />
        <source>The mentor's working hours by weekday.</source>
        <translation>Les heures de travail du mentor par jour de la semaine.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="82" />
        <source>The mentor's days off.</source>
        <translation>Les jours de congé du mentor.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="84" />
        <source>Scheduling settings as key and value (buffer between sessions, calendar export).</source>
        <translation>Paramètres de planification sous forme de clés et de valeurs (battement entre les séances, export du calendrier).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="88" />
        <source>Busy times imported from other calendars.</source>
        <translation>Plages occupées importées d'autres calendriers.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="90" />
        <source>Who an invoice is addressed to, when it is not the mentee (billing name, address, tax number).</source>
        <translation>À qui une facture est adressée lorsque ce n'est pas le mentoré (nom de facturation, adresse, numéro fiscal).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="93" />
        <source>The price list: single sessions, packages and retainers; prices in minor units (cents) with their currency.</source>
        <translation>La grille tarifaire : séances à l'unité, forfaits et forfaits mensuels ; prix en unités mineures (centimes) avec leur devise.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="97" />
        <source>Packages sold to an engagement: sessions included, price, validity.</source>
        <translation>Forfaits vendus pour un accompagnement : séances incluses, prix, validité.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="100" />
        <source>Which session used a credit of which package.</source>
        <translation>Quelle séance a utilisé un crédit de quel forfait.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="102" />
        <source>Invoices and credit notes with their frozen details (bill_to and seller as JSON text) and totals in minor units. The PDFs of issued ones are in invoices/.</source>
        <translation>Factures et avoirs avec leurs informations figées (bill_to et seller sous forme de texte JSON) et leurs totaux en unités mineures. Les PDF des documents émis se trouvent dans invoices/.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="107" />
        <source>The lines of each invoice: quantity in thousandths, unit price and amounts in minor units, tax rate in basis points (1900 = 19 %).</source>
        <translation>Les lignes de chaque facture : quantité en millièmes, prix unitaire et montants en unités mineures, taux de TVA en points de base (1900 = 19 %).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="111" />
        <source>The last invoice number used in each year.</source>
        <translation>Le dernier numéro de facture utilisé pour chaque année.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="113" />
        <source>Payments received, in minor units.</source>
        <translation>Paiements reçus, en unités mineures.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="115" />
        <source>Which invoice each payment paid, and how much of it.</source>
        <translation>Quelle facture chaque paiement a réglée, et pour quel montant.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="125" />
        <source>MentorDesk export of one client's records</source>
        <translation>Export MentorDesk des données d'un client</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="126" />
        <source>MentorDesk export of a whole workspace</source>
        <translation>Export MentorDesk d'un espace de travail complet</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="127" />
        <source>Made on %1 (UTC).</source>
        <translation>Créé le %1 (UTC).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="129" />
        <source>THIS FOLDER IS NOT ENCRYPTED. It holds confidential information about people. Keep it on an encrypted disk, send it only over a secure channel, and delete it when it is no longer needed.</source>
        <translation>CE DOSSIER N'EST PAS CHIFFRÉ. Il contient des informations confidentielles sur des personnes. Conservez-le sur un disque chiffré, ne le transmettez que par un canal sécurisé et supprimez-le lorsqu'il n'est plus nécessaire.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="133" />
        <source>The mentor's private session notes are left out.</source>
        <translation>Les notes de séance privées du mentor ne sont pas incluses.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="135" />
        <source>export.json says what made this export: the data format (schema_version), the workspace it came from and, for one client's export, the client.</source>
        <translation>export.json indique l'origine de cet export : le format de données (schema_version), l'espace de travail d'origine et, pour l'export d'un client, le client concerné.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="138" />
        <source>Folders:</source>
        <translation>Dossiers :</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="139" />
        <source>  json/        one file per kind of record: a JSON array of objects, one per row, with the field names below. Binary values are objects {"base64": "..."}. Times ending in _utc are ISO 8601 in UTC; dates are YYYY-MM-DD; amounts ending in _minor are whole minor units (cents) of the currency beside them.</source>
        <translation>  json/        un fichier par type d'enregistrement : un tableau JSON d'objets, un par ligne, avec les noms de champs ci-dessous. Les valeurs binaires sont des objets {"base64": "..."}. Les heures se terminant par _utc sont au format ISO 8601 en UTC ; les dates sont au format YYYY-MM-DD ; les montants se terminant par _minor sont des unités mineures entières (centimes) de la devise indiquée à côté.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="143" />
        <source>  csv/         clients, sessions, invoices and payments for spreadsheets: UTF-8, comma-separated, every field quoted, amounts in major units (12.50).</source>
        <translation>  csv/         clients, séances, factures et paiements pour les tableurs : UTF-8, séparés par des virgules, chaque champ entre guillemets, montants en unités principales (12.50).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="145" />
        <source>  agreements/  the exact PDF of every signed agreement, and scans of paper signatures.</source>
        <translation>  agreements/  le PDF exact de chaque accord signé, et les scans des signatures papier.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="147" />
        <source>  invoices/    the PDF of every issued invoice and credit note.</source>
        <translation>  invoices/    le PDF de chaque facture et de chaque avoir émis.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="149" />
        <source>Files in json/:</source>
        <translation>Fichiers dans json/ :</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/ExportReadme.cpp" line="153" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="158" />
        <source>Fields: %1</source>
        <translation>Champs : %1</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="161" />
        <source>A whole-workspace export can be read back into a new workspace with `mentordesk-cli --workspace &lt;new folder&gt; import --from &lt;this folder&gt;`.</source>
        <translation>L'export d'un espace de travail complet peut être relu dans un nouvel espace de travail avec `mentordesk-cli --workspace &lt;nouveau dossier&gt; import --from &lt;ce dossier&gt;`.</translation>
    </message>
</context>
<context>
    <name>md::FirstRunWizard</name>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="31" />
        <source>Welcome to MentorDesk</source>
        <translation>Bienvenue dans MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="32" />
        <source>Your clients' details stay on this computer, encrypted.</source>
        <translation>Les données de vos clients restent sur cet ordinateur, chiffrées.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="36" />
        <source>MentorDesk keeps your mentees' profiles, notes and agreements in an encrypted workspace. Nothing in it can be read without your passphrase or your recovery key.</source>
        <translation>MentorDesk conserve les profils, les notes et les accords de vos mentorés dans un espace de travail chiffré. Rien de son contenu ne peut être lu sans votre phrase secrète ou votre clé de récupération.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="41" />
        <source>In the next steps you choose a passphrase and receive a recovery key. Have a printer or a pen and paper ready.</source>
        <translation>Dans les étapes suivantes, vous choisissez une phrase secrète et recevez une clé de récupération. Préparez une imprimante, ou un stylo et du papier.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="44" />
        <source>The workspace will be created in:
%1</source>
        <translation>L'espace de travail sera créé dans :
%1</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="63" />
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="64" />
        <source>You type it to unlock MentorDesk. It cannot be recovered, only replaced with your recovery key.</source>
        <translation>Vous la saisissez pour déverrouiller MentorDesk. Elle ne peut pas être récupérée, seulement remplacée grâce à votre clé de récupération.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="67" />
        <source>&amp;Create Workspace</source>
        <translation>&amp;Créer l'espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="108" />
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="109" />
        <source>Your workspace has been created.</source>
        <translation>Votre espace de travail a été créé.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="112" />
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="132" />
        <source>Unlock automatically?</source>
        <translation>Déverrouiller automatiquement ?</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="133" />
        <source>You can change this whenever you unlock MentorDesk.</source>
        <translation>Vous pouvez modifier ce choix chaque fois que vous déverrouillez MentorDesk.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="151" />
        <source>Looking for this computer's keychain…</source>
        <translation>Recherche du trousseau de cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="163" />
        <source>MentorDesk then keeps the workspace key in this computer's keychain and opens without asking for your passphrase while you are logged in. Anyone who can use your user account can then open your workspace. Locking (Ctrl+L) always asks for the passphrase.</source>
        <translation>MentorDesk conserve alors la clé de l'espace de travail dans le trousseau de cet ordinateur et s'ouvre sans demander votre phrase secrète tant que votre session est ouverte. Toute personne pouvant utiliser votre compte utilisateur peut alors ouvrir votre espace de travail. Le verrouillage (Ctrl+L) demande toujours la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="174" />
        <source>No keychain answered on this computer, so MentorDesk will ask for your passphrase each time it opens.</source>
        <translation>Aucun trousseau n'a répondu sur cet ordinateur ; MentorDesk vous demandera donc votre phrase secrète à chaque ouverture.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="195" />
        <source>Create a MentorDesk Workspace</source>
        <translation>Créer un espace de travail MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="202" />
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Mémoriser sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>md::GateFailureDialog</name>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="20" />
        <source>Not Ready to Leave "%1"</source>
        <translation>Impossible de quitter « %1 » pour l'instant</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="24" />
        <source>%1 cannot leave "%2" yet.</source>
        <translation>%1 ne peut pas encore quitter « %2 ».</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="30" />
        <source>This is what is missing. Select an item and choose Go There to fill it in.</source>
        <translation>Voici ce qui manque. Sélectionnez un élément et choisissez Y aller pour le compléter.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="44" />
        <source>&amp;Go There</source>
        <translation>&amp;Y aller</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="48" />
        <source>Move anyway</source>
        <translation>Déplacer malgré tout</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="49" />
        <source>An override is recorded in the engagement's timeline with your reason.</source>
        <translation>Un passage en force est consigné dans la chronologie de l'accompagnement, avec votre justification.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="56" />
        <source>Why move on without this?</source>
        <translation>Pourquoi passer à la suite sans cela ?</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="59" />
        <source>&amp;Override and Move</source>
        <translation>&amp;Forcer le passage</translation>
    </message>
</context>
<context>
    <name>md::GoalEditor</name>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="33" />
        <source>What exactly will the mentee achieve?</source>
        <translation>Qu'est-ce que le mentoré va précisément accomplir ?</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="49" />
        <source>What is measured</source>
        <translation>Ce qui est mesuré</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="56" />
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="63" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="77" />
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="105" />
        <source>Why it is realistic for the mentee</source>
        <translation>Pourquoi c'est réaliste pour le mentoré</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="141" />
        <source>Due &amp;by</source>
        <translation>Échéance &amp;le</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="165" />
        <source>A&amp;ctive</source>
        <translation>A&amp;ctif</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="162" />
        <source>Inactive goals are set aside: they need no actions</source>
        <translation>Les objectifs inactifs sont mis de côté : ils ne nécessitent aucune action</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="23" />
        <source>&amp;Specific:</source>
        <translation>&amp;Spécifique :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="40" />
        <source>Measurable:</source>
        <translation>Mesurable :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="86" />
        <source>&amp;Attainable:</source>
        <translation>&amp;Atteignable :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="112" />
        <source>&amp;Relevant to:</source>
        <translation>&amp;Pertinent pour :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="132" />
        <source>Time-bound:</source>
        <translation>Temporel :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="178" />
        <source>SMART check:</source>
        <translation>Contrôle SMART :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.cpp" line="142" />
        <source>The baseline is not a number.</source>
        <translation>La valeur de départ n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.cpp" line="143" />
        <source>The target is not a number.</source>
        <translation>La cible n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.cpp" line="161" />
        <source>passes</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.cpp" line="162" />
        <source>fails</source>
        <translation>échoué</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.cpp" line="167" />
        <source>This goal passes the SMART check.</source>
        <translation>Cet objectif satisfait le contrôle SMART.</translation>
    </message>
</context>
<context>
    <name>md::GoalListModel</name>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="138" />
        <source>Passes the SMART check</source>
        <translation>Satisfait le contrôle SMART</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="148" />
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="174" />
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="176" />
        <source>SMART</source>
        <translation>SMART</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="178" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="180" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="182" />
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
</context>
<context>
    <name>md::GoalRepository</name>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="72" />
        <location filename="../core/storage/GoalRepository.cpp" line="83" />
        <source>Could not link the goal to its needs</source>
        <translation>Impossible de relier l'objectif à ses besoins</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="86" />
        <source>Need %1 does not belong to this engagement.</source>
        <translation>Le besoin %1 n'appartient pas à cet accompagnement.</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="97" />
        <location filename="../core/storage/GoalRepository.cpp" line="102" />
        <source>Could not read the goal's needs</source>
        <translation>Impossible de lire les besoins de l'objectif</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="122" />
        <location filename="../core/storage/GoalRepository.cpp" line="152" />
        <source>Could not save the goal</source>
        <translation>Impossible d'enregistrer l'objectif</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="167" />
        <location filename="../core/storage/GoalRepository.cpp" line="170" />
        <location filename="../core/storage/GoalRepository.cpp" line="252" />
        <location filename="../core/storage/GoalRepository.cpp" line="255" />
        <source>Could not read the goal</source>
        <translation>Impossible de lire l'objectif</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="171" />
        <location filename="../core/storage/GoalRepository.cpp" line="225" />
        <location filename="../core/storage/GoalRepository.cpp" line="263" />
        <source>There is no goal with id %1.</source>
        <translation>Aucun objectif ne porte l'identifiant %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="188" />
        <location filename="../core/storage/GoalRepository.cpp" line="193" />
        <source>Could not read the goals</source>
        <translation>Impossible de lire les objectifs</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="212" />
        <source>Could not delete the goal</source>
        <translation>Impossible de supprimer l'objectif</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="237" />
        <source>Could not save the progress entry</source>
        <translation>Impossible d'enregistrer le relevé de progression</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="278" />
        <location filename="../core/storage/GoalRepository.cpp" line="283" />
        <source>Could not read the goals of the need</source>
        <translation>Impossible de lire les objectifs du besoin</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="292" />
        <location filename="../core/storage/GoalRepository.cpp" line="295" />
        <source>Could not read the progress entry</source>
        <translation>Impossible de lire le relevé de progression</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="268" />
        <location filename="../core/storage/GoalRepository.cpp" line="297" />
        <source>There is no progress entry with id %1.</source>
        <translation>Aucun relevé de progression ne porte l'identifiant %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="305" />
        <source>Could not delete the progress entry</source>
        <translation>Impossible de supprimer le relevé de progression</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="318" />
        <location filename="../core/storage/GoalRepository.cpp" line="331" />
        <source>Could not read the goal's progress</source>
        <translation>Impossible de lire la progression de l'objectif</translation>
    </message>
</context>
<context>
    <name>md::GoalsTab</name>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="60" />
        <source>&amp;New Goal</source>
        <translation>&amp;Nouvel objectif</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="60" />
        <source>&amp;Save Goal</source>
        <translation>&amp;Enregistrer l'objectif</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="60" />
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="64" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="78" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="81" />
        <source>Comment (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="82" />
        <source>Add &amp;Value</source>
        <translation>Ajouter une &amp;valeur</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="206" />
        <source>Save the goal to record progress.</source>
        <translation>Enregistrez l'objectif pour suivre sa progression.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="220" />
        <source>final value of the evaluation</source>
        <translation>valeur finale de l'évaluation</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="230" />
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="235" />
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="241" />
        <source>%1% of the way from baseline to target.</source>
        <translation>%1 % du chemin entre la valeur de départ et la cible.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="242" />
        <source>Progress needs a baseline and a target.</source>
        <translation>La progression nécessite une valeur de départ et une cible.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="271" />
        <source>Saved the goal; it passes the SMART check.</source>
        <translation>Objectif enregistré ; il satisfait le contrôle SMART.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="272" />
        <source>Saved the goal as a draft; it is not SMART yet.</source>
        <translation>Objectif enregistré comme brouillon ; il n'est pas encore SMART.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="279" />
        <source>Delete Goal</source>
        <translation>Supprimer l'objectif</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="280" />
        <source>Delete this goal with its progress, actions and evaluation?</source>
        <translation>Supprimer cet objectif avec sa progression, ses actions et son évaluation ?</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="296" />
        <source>Enter the measured value as a number.</source>
        <translation>Saisissez la valeur mesurée sous forme de nombre.</translation>
    </message>
</context>
<context>
    <name>md::Help</name>
    <message>
        <location filename="../ui/help/HelpDialogs.cpp" line="72" />
        <source>User Guide</source>
        <translation>Guide de l'utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpDialogs.cpp" line="82" />
        <source>The user guide is missing from this build.</source>
        <translation>Le guide de l'utilisateur est absent de cette version.</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpDialogs.cpp" line="112" />
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpDialogs.cpp" line="116" />
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpDialogs.cpp" line="117" />
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>md::Iban</name>
    <message>
        <location filename="../core/billing/Iban.cpp" line="57" />
        <source>"%1" is not an IBAN: it must start with a country code and two check digits, followed by letters and digits only.</source>
        <translation>« %1 » n'est pas un IBAN : il doit commencer par un code pays et deux chiffres de contrôle, suivis uniquement de lettres et de chiffres.</translation>
    </message>
    <message>
        <location filename="../core/billing/Iban.cpp" line="63" />
        <source>An IBAN from %1 has %2 characters; "%3" has %4.</source>
        <translation>Un IBAN de %1 comporte %2 caractères ; « %3 » en comporte %4.</translation>
    </message>
    <message>
        <location filename="../core/billing/Iban.cpp" line="71" />
        <source>The IBAN "%1" has a typo: its check digits do not match.</source>
        <translation>L'IBAN « %1 » contient une faute de frappe : ses chiffres de contrôle ne correspondent pas.</translation>
    </message>
    <message>
        <location filename="../core/billing/Iban.cpp" line="92" />
        <source>"%1" is not a BIC: it has 8 or 11 characters, e.g. COBADEFFXXX.</source>
        <translation>« %1 » n'est pas un BIC : il comporte 8 ou 11 caractères, par ex. BNPAFRPPXXX.</translation>
    </message>
</context>
<context>
    <name>md::IcsExporter</name>
    <message>
        <location filename="../core/ics/IcsExporter.cpp" line="11" />
        <source>MentorDesk sessions</source>
        <translation>Séances MentorDesk</translation>
    </message>
</context>
<context>
    <name>md::IcsImporter</name>
    <message>
        <location filename="../core/ics/IcsImporter.cpp" line="20" />
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>md::IcsReader</name>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="101" />
        <source>The time zone “%1” is unknown; its times were read as UTC.</source>
        <translation>Le fuseau horaire « %1 » est inconnu ; ses heures ont été lues en UTC.</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="151" />
        <source>“%1” (the event on line %2)</source>
        <translation>« %1 » (l'événement de la ligne %2)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="152" />
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="180" />
        <source>The calendar file was not imported, none of it: %1 %2.</source>
        <translation>Le fichier de calendrier n'a pas été importé, même en partie : %1 %2.</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="185" />
        <source>repeats too often (expanding it takes about %1 steps; MentorDesk takes at most %2 per event)</source>
        <translation>se répète trop souvent (son développement prend environ %1 étapes ; MentorDesk en accepte au plus %2 par événement)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="224" />
        <location filename="../core/ics/IcsReader.cpp" line="242" />
        <source>brings the repeating events of the file over %1 steps to expand</source>
        <translation>fait dépasser %1 étapes au développement des événements récurrents du fichier</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="246" />
        <location filename="../core/ics/IcsReader.cpp" line="382" />
        <source>takes too long to read</source>
        <translation>est trop long à lire</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="256" />
        <source>has more than %1 dates in the months MentorDesk reads</source>
        <translation>compte plus de %1 dates dans les mois que MentorDesk lit</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="273" />
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="288" />
        <source>this is not an iCalendar file</source>
        <translation>il ne s'agit pas d'un fichier iCalendar</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="370" />
        <source>brings the file over %1 busy times in the months MentorDesk reads</source>
        <translation>fait dépasser %1 plages occupées au fichier dans les mois que MentorDesk lit</translation>
    </message>
</context>
<context>
    <name>md::IcsSyntaxChecker</name>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="36" />
        <source>expected a property name, found “%1”</source>
        <translation>nom de propriété attendu, « %1 » trouvé</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="43" />
        <source>a parameter of %1 has no name or no “=”</source>
        <translation>un paramètre de %1 n'a pas de nom ou pas de « = »</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="51" />
        <source>a quoted parameter value of %1 is not closed</source>
        <translation>une valeur de paramètre entre guillemets de %1 n'est pas fermée</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="73" />
        <source>expected “:” after %1</source>
        <translation>« : » attendu après %1</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="104" />
        <source>“%1” is not a valid date and time</source>
        <translation>« %1 » n'est pas une date et heure valide</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="109" />
        <source>“%1” is not a valid date (YYYYMMDD)</source>
        <translation>« %1 » n'est pas une date valide (YYYYMMDD)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="110" />
        <source>“%1” is not a valid date and time (YYYYMMDDTHHMMSS)</source>
        <translation>« %1 » n'est pas une date et heure valide (YYYYMMDDTHHMMSS)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="120" />
        <source>“%1” in %2 is not a valid date or time</source>
        <translation>« %1 » dans %2 n'est pas une date ou une heure valide</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="131" />
        <source>the repeat rule “%1” cannot be read</source>
        <translation>la règle de récurrence « %1 » est illisible</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="132" />
        <source>the duration “%1” cannot be read</source>
        <translation>la durée « %1 » est illisible</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="139" />
        <source>“%1” is not a UTC offset (+HHMM)</source>
        <translation>« %1 » n'est pas un décalage UTC (+HHMM)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="153" />
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="158" />
        <source>The calendar file is %1 MiB; MentorDesk reads calendar files of up to %2 MiB.</source>
        <translation>Le fichier de calendrier fait %1 Mio ; MentorDesk lit les fichiers de calendrier jusqu'à %2 Mio.</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="172" />
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="175" />
        <source>the %1 of the event on line %2</source>
        <translation>la propriété %1 de l'événement de la ligne %2</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="176" />
        <source>this %1</source>
        <translation>cette %1</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="178" />
        <source>%1 is longer than the %2 KiB MentorDesk reads in one line</source>
        <translation>%1 dépasse les %2 Kio que MentorDesk lit sur une seule ligne</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="196" />
        <source>the file holds a NUL byte</source>
        <translation>le fichier contient un octet NUL</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="220" />
        <source>a continuation line with nothing to continue</source>
        <translation>une ligne de continuation sans rien à continuer</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="242" />
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="251" />
        <source>text after the end of the calendar (END:VCALENDAR)</source>
        <translation>du texte après la fin du calendrier (END:VCALENDAR)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="254" />
        <source>a calendar file starts with BEGIN:VCALENDAR</source>
        <translation>un fichier de calendrier commence par BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="259" />
        <source>BEGIN without a component name</source>
        <translation>BEGIN sans nom de composant</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="269" />
        <source>END:%1 does not close BEGIN:%2 from line %3</source>
        <translation>END:%1 ne ferme pas le BEGIN:%2 de la ligne %3</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="274" />
        <source>the event that starts here has no start time (DTSTART)</source>
        <translation>l'événement qui commence ici n'a pas d'heure de début (DTSTART)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="288" />
        <source>the file ends before END:%1 (opened on line %2)</source>
        <translation>le fichier se termine avant END:%1 (ouvert à la ligne %2)</translation>
    </message>
</context>
<context>
    <name>md::IcsWriter</name>
    <message>
        <location filename="../core/ics/IcsWriter.cpp" line="208" />
        <source>Mentoring session</source>
        <translation>Séance de mentorat</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsWriter.cpp" line="209" />
        <source>Mentoring: %1</source>
        <translation>Mentorat : %1</translation>
    </message>
</context>
<context>
    <name>md::ImportClientsDialog</name>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="6" />
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="96" />
        <source>Import Clients</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="24" />
        <source>&amp;Choose File…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="33" />
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="45" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="56" />
        <source>Duplicates (same email, or same name without one):</source>
        <translation>Doublons (même e-mail, ou même nom en l'absence d'e-mail) :</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="63" />
        <source>&amp;Skip</source>
        <translation>I&amp;gnorer</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="73" />
        <source>&amp;Merge into the existing client</source>
        <translation>&amp;Fusionner avec le client existant</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="77" />
        <source>Choose a CSV or vCard file exported from your contacts or a spreadsheet.</source>
        <translation>Choisissez un fichier CSV ou vCard exporté de vos contacts ou d'un tableur.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="79" />
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="97" />
        <source>Contacts (*.csv *.vcf *.vcard *.txt);;CSV files (*.csv);;vCard files (*.vcf *.vcard)</source>
        <translation>Contacts (*.csv *.vcf *.vcard *.txt);;Fichiers CSV (*.csv);;Fichiers vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="114" />
        <source>The file is larger than %1 MB.</source>
        <translation>Le fichier dépasse %1 Mo.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="116" />
        <source>Could not read the file: %1</source>
        <translation>Impossible de lire le fichier : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="151" />
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="190" />
        <source>%1 to add, %2 to merge, %3 to skip.</source>
        <translation>%1 à ajouter, %2 à fusionner, %3 à ignorer.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="205" />
        <source>Imported from %1: %2 added, %3 merged, %4 skipped.</source>
        <translation>Importé de %1 : %2 ajoutés, %3 fusionnés, %4 ignorés.</translation>
    </message>
</context>
<context>
    <name>md::ImportPreviewModel</name>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="41" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="43" />
        <source>Merge (%1)</source>
        <translation>Fusionner (%1)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="45" />
        <source>Skip (%1)</source>
        <translation>Ignorer (%1)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="56" />
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="58" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="60" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="62" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="64" />
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
</context>
<context>
    <name>md::ImportedContact</name>
    <message>
        <location filename="../core/import/ImportedContact.cpp" line="29" />
        <source>Other e-mail: %1</source>
        <translation>Autre e-mail : %1</translation>
    </message>
    <message>
        <location filename="../core/import/ImportedContact.cpp" line="32" />
        <source>Other phone: %1</source>
        <translation>Autre téléphone : %1</translation>
    </message>
</context>
<context>
    <name>md::Invoice</name>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="53" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="55" />
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="57" />
        <source>Partially paid</source>
        <translation>Partiellement payée</translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="59" />
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="61" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="63" />
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>md::InvoiceCsvExporter</name>
    <message>
        <location filename="../core/export/InvoiceCsvExporter.cpp" line="107" />
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>md::InvoiceEditorDialog</name>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="6" />
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="30" />
        <source>New invoice</source>
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="30" />
        <source>Edit draft invoice</source>
        <translation>Modifier le brouillon de facture</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="53" />
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="63" />
        <source>Add held sessions</source>
        <translation>Ajouter les séances effectuées</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="60" />
        <source>Adds the client's held sessions that are not billed yet and not paid by a package.</source>
        <translation>Ajoute les séances effectuées du client qui ne sont pas encore facturées ni réglées par un forfait.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="17" />
        <source>&amp;Client:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="70" />
        <source>From price list</source>
        <translation>Depuis la grille tarifaire</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="110" />
        <source>&amp;Notes:</source>
        <translation>&amp;Remarques :</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="186" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="131" />
        <source>Single sessions added to Billing › Price list appear here.</source>
        <translation>Les séances à l'unité ajoutées dans Facturation › Grille tarifaire apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="132" />
        <source>Adds a line priced from the price list.</source>
        <translation>Ajoute une ligne au prix de la grille tarifaire.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="77" />
        <source>Remove line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="91" />
        <source>&amp;Tax of the line:</source>
        <translation>&amp;TVA de la ligne :</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="101" />
        <source>The tax rate of the selected line, from the business settings.</source>
        <translation>Le taux de TVA de la ligne sélectionnée, issu des paramètres de l'activité.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="129" />
        <source>Printed under the lines (optional)</source>
        <translation>Imprimé sous les lignes (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="166" />
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="179" />
        <source>Save and issue…</source>
        <translation>Enregistrer et émettre…</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="176" />
        <source>Gives the invoice its number. An issued invoice can no longer be changed, only cancelled by a credit note.</source>
        <translation>Attribue son numéro à la facture. Une facture émise ne peut plus être modifiée, seulement annulée par un avoir.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="268" />
        <source>This client has no held sessions left to bill.</source>
        <translation>Ce client n'a plus de séances effectuées à facturer.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="189" />
        <source>This draft was deleted elsewhere. Copy what you need; it can no longer be saved.</source>
        <translation>Ce brouillon a été supprimé ailleurs. Copiez ce dont vous avez besoin ; il ne peut plus être enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="193" />
        <source>This invoice was issued elsewhere as %1 and can no longer be changed.</source>
        <translation>Cette facture a été émise ailleurs sous le numéro %1 et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="196" />
        <source>This draft was changed elsewhere. Saving replaces those changes with yours.</source>
        <translation>Ce brouillon a été modifié ailleurs. L'enregistrer remplace ces modifications par les vôtres.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="272" />
        <source>Add sessions</source>
        <translation>Ajouter des séances</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="275" />
        <source>Set the session price…</source>
        <translation>Définir le prix d'une séance…</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="285" />
        <source>Mentoring session</source>
        <translation>Séance de mentorat</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="323" />
        <source>Net – · Tax – · Total –</source>
        <translation>HT – · TVA – · TTC –</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="339" />
        <source>%1 % on %2: %3</source>
        <translation>%1 % sur %2 : %3</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="358" />
        <source>Net %1 · Tax %2 · Total %3</source>
        <translation>HT %1 · TVA %2 · TTC %3</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="398" />
        <source>Issue invoice</source>
        <translation>Émettre la facture</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="399" />
        <source>Issue this invoice for %1?

It gets the next invoice number and can no longer be changed afterwards; mistakes are corrected with a credit note.</source>
        <translation>Émettre cette facture pour %1 ?

Elle reçoit le prochain numéro de facture et ne pourra plus être modifiée ; les erreurs se corrigent par un avoir.</translation>
    </message>
</context>
<context>
    <name>md::InvoiceLinesModel</name>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="125" />
        <source>Line %1 needs a description.</source>
        <translation>La ligne %1 doit avoir une désignation.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="128" />
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="234" />
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="236" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="238" />
        <source>Unit price (%1)</source>
        <translation>Prix unitaire (%1)</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="240" />
        <source>Tax %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="242" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>md::InvoiceListModel</name>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="193" />
        <location filename="../ui/billing/InvoiceListModel.cpp" line="231" />
        <source>Draft %1</source>
        <translation>Brouillon %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="194" />
        <location filename="../ui/billing/InvoiceListModel.cpp" line="231" />
        <source>%1 (credit note)</source>
        <translation>%1 (avoir)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/InvoiceListModel.cpp" line="201" />
        <location filename="../ui/billing/InvoiceListModel.cpp" line="225" />
        <source>Overdue (%n day(s))</source>
        <translation>
            <numerusform>En retard (%n jour)</numerusform>
            <numerusform>En retard (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="203" />
        <location filename="../ui/billing/InvoiceListModel.cpp" line="225" />
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="239" />
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="241" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="243" />
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="245" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="247" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="249" />
        <source>Outstanding</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="251" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>md::InvoiceMath</name>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="41" />
        <source>"%1" is not a quantity (write a number such as 1 or 1.5, with at most three decimals, not zero).</source>
        <translation>« %1 » n'est pas une quantité (écrivez un nombre tel que 1 ou 1.5, avec au plus trois décimales, différent de zéro).</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="62" />
        <source>"%1" is not a tax rate (write a percentage between 0 and 100 such as 19 or 7.5).</source>
        <translation>« %1 » n'est pas un taux de TVA (écrivez un pourcentage entre 0 et 100, tel que 20 ou 5.5).</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="80" />
        <source>A line's quantity must be between 0.001 and 1,000,000.</source>
        <translation>La quantité d'une ligne doit être comprise entre 0,001 et 1 000 000.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="82" />
        <source>A line's unit price is too large.</source>
        <translation>Le prix unitaire d'une ligne est trop élevé.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="85" />
        <source>A tax rate must be between 0 and 100 percent.</source>
        <translation>Un taux de TVA doit être compris entre 0 et 100 %.</translation>
    </message>
</context>
<context>
    <name>md::InvoiceNumberPattern</name>
    <message>
        <location filename="../core/billing/InvoiceNumberPattern.cpp" line="27" />
        <source>The invoice number pattern pads to at most 9 digits.</source>
        <translation>Le format des numéros de facture complète au plus à 9 chiffres.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceNumberPattern.cpp" line="36" />
        <source>The invoice number pattern "%1" has an unknown {token}; use {YYYY}, {YY} and {NNNN}.</source>
        <translation>Le format des numéros de facture « %1 » contient un {élément} inconnu ; utilisez {YYYY}, {YY} et {NNNN}.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceNumberPattern.cpp" line="41" />
        <source>The invoice number pattern "%1" needs a year ({YYYY} or {YY}) and exactly one sequence number ({NNNN}), because numbering restarts every year.</source>
        <translation>Le format des numéros de facture « %1 » doit contenir une année ({YYYY} ou {YY}) et exactement un numéro de séquence ({NNNN}), car la numérotation recommence chaque année.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceNumberPattern.cpp" line="48" />
        <source>The invoice number pattern "%1" is too long or holds a \ or ".</source>
        <translation>Le format des numéros de facture « %1 » est trop long ou contient un \ ou un ".</translation>
    </message>
</context>
<context>
    <name>md::InvoicePdfRenderer</name>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="107" />
        <source>Tax ID %1</source>
        <translation>N° de TVA %1</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="113" />
        <source>Draft invoice %1.pdf</source>
        <translation>Brouillon de facture %1.pdf</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="116" />
        <source>Credit note %1.pdf</source>
        <translation>Avoir %1.pdf</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="116" />
        <source>Invoice %1.pdf</source>
        <translation>Facture %1.pdf</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="139" />
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="140" />
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="143" />
        <source>DRAFT – not a valid invoice</source>
        <translation>BROUILLON – facture non valable</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="145" />
        <source>Credit note no.</source>
        <translation>Avoir n°</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="146" />
        <source>Invoice no.</source>
        <translation>Facture n°</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="148" />
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="149" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="154" />
        <source>Due date</source>
        <translation>Date d'échéance</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="159" />
        <source>Corrects invoice</source>
        <translation>Facture rectifiée</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="162" />
        <source>Tax ID</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="163" />
        <source>BILL TO</source>
        <translation>FACTURÉ À</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="167" />
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="168" />
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="170" />
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="171" />
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="172" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="197" />
        <source>Subtotal (net)</source>
        <translation>Sous-total HT</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="206" />
        <source>Tax %1 % on %2</source>
        <translation>TVA %1 % sur %2</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="214" />
        <source>Total tax</source>
        <translation>Total TVA</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="220" />
        <source>Total credited</source>
        <translation>Total crédité</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="221" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="233" />
        <source>Paid / credit applied</source>
        <translation>Payé / crédit imputé</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="235" />
        <source>Paid and credited</source>
        <translation>Payé et crédité</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="236" />
        <source>Cancelled by credit note</source>
        <translation>Annulée par avoir</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="238" />
        <source>Balance due</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="245" />
        <source>PAYMENT</source>
        <translation>PAIEMENT</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="255" />
        <source>The amount of %1 is credited to your account or refunded.</source>
        <translation>Le montant de %1 est porté au crédit de votre compte ou remboursé.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="260" />
        <source>Nothing is to be paid or refunded: the invoice is cancelled.</source>
        <translation>Rien n'est à payer ni à rembourser : la facture est annulée.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="265" />
        <source>Nothing is due: this invoice has been cancelled by a credit note.</source>
        <translation>Aucun montant n'est dû : cette facture a été annulée par un avoir.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="268" />
        <source>Nothing is due: this invoice has been paid.</source>
        <translation>Aucun montant n'est dû : cette facture a été payée.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="273" />
        <source>the invoice number</source>
        <translation>le numéro de facture</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="276" />
        <source>Please transfer %1 by %2, quoting %3.</source>
        <translation>Merci de virer %1 au plus tard le %2, en indiquant %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="279" />
        <source>Please transfer %1 within %n day(s), quoting %2.</source>
        <translation>
            <numerusform>Merci de virer %1 sous %n jour, en indiquant %2.</numerusform>
            <numerusform>Merci de virer %1 sous %n jours, en indiquant %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="285" />
        <source>Account holder</source>
        <translation>Titulaire du compte</translation>
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
        <translation>Banque</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="304" />
        <source>Thank you for your trust.</source>
        <translation>Merci de votre confiance.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="333" />
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="339" />
        <source>The invoice has no lines to print.</source>
        <translation>La facture ne contient aucune ligne à imprimer.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="300" />
        <source>CANCELLATION POLICY</source>
        <translation>CONDITIONS D'ANNULATION</translation>
    </message>
</context>
<context>
    <name>md::InvoiceReadiness</name>
    <message>
        <location filename="../core/billing/InvoiceReadiness.cpp" line="12" />
        <source>your name</source>
        <translation>votre nom</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceReadiness.cpp" line="14" />
        <source>your address</source>
        <translation>votre adresse</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceReadiness.cpp" line="16" />
        <source>your tax number</source>
        <translation>votre numéro fiscal</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceReadiness.cpp" line="18" />
        <source>%1's billing address</source>
        <translation>l'adresse de facturation de %1</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceReadiness.cpp" line="20" />
        <source>your bank details</source>
        <translation>vos coordonnées bancaires</translation>
    </message>
</context>
<context>
    <name>md::InvoiceRecipient</name>
    <message>
        <location filename="../core/billing/InvoiceRecipient.cpp" line="10" />
        <source>Choose a client.</source>
        <translation>Choisissez un client.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/InvoiceRecipient.cpp" line="14" />
        <source>The billing name is longer than %n character(s).</source>
        <translation>
            <numerusform>Le nom de facturation dépasse %n caractère.</numerusform>
            <numerusform>Le nom de facturation dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/InvoiceRecipient.cpp" line="18" />
        <source>The address has more than %n line(s).</source>
        <translation>
            <numerusform>L'adresse comporte plus de %n ligne.</numerusform>
            <numerusform>L'adresse comporte plus de %n lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/InvoiceRecipient.cpp" line="22" />
        <source>An address line is longer than %n character(s).</source>
        <translation>
            <numerusform>Une ligne d'adresse dépasse %n caractère.</numerusform>
            <numerusform>Une ligne d'adresse dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceRecipient.cpp" line="30" />
        <source>'%1' is not a tax id: use letters, digits, spaces, '.', '/' or '-', at most %2 characters.</source>
        <translation>« %1 » n'est pas un numéro fiscal : utilisez des lettres, des chiffres, des espaces, « . », « / » ou « - », %2 caractères au maximum.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceRecipient.cpp" line="37" />
        <source>'%1' is not an e-mail address.</source>
        <translation>« %1 » n'est pas une adresse e-mail.</translation>
    </message>
</context>
<context>
    <name>md::InvoiceRecipientRepository</name>
    <message>
        <location filename="../core/storage/InvoiceRecipientRepository.cpp" line="21" />
        <location filename="../core/storage/InvoiceRecipientRepository.cpp" line="30" />
        <source>Could not read the billing address</source>
        <translation>Impossible de lire l'adresse de facturation</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRecipientRepository.cpp" line="47" />
        <source>Could not save the billing address</source>
        <translation>Impossible d'enregistrer l'adresse de facturation</translation>
    </message>
</context>
<context>
    <name>md::InvoiceRepository</name>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="24" />
        <source>Choose the client to invoice.</source>
        <translation>Choisissez le client à facturer.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="27" />
        <source>"%1" is not an ISO 4217 currency code.</source>
        <translation>« %1 » n'est pas un code de devise ISO 4217.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="30" />
        <source>A credit note must refer to the invoice it corrects.</source>
        <translation>Un avoir doit faire référence à la facture qu'il rectifie.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="32" />
        <source>Only a credit note refers to an invoice.</source>
        <translation>Seul un avoir fait référence à une facture.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="35" />
        <source>Every line needs a description.</source>
        <translation>Chaque ligne doit avoir une désignation.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="47" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="71" />
        <source>Could not save the invoice lines</source>
        <translation>Impossible d'enregistrer les lignes de la facture</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="86" />
        <source>Could not save the invoice totals</source>
        <translation>Impossible d'enregistrer les totaux de la facture</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="114" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="169" />
        <source>Could not save the invoice</source>
        <translation>Impossible d'enregistrer la facture</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="151" />
        <source>Invoice %1 has been issued and can no longer be changed. Issue a credit note to correct it.</source>
        <translation>La facture %1 a été émise et ne peut plus être modifiée. Émettez un avoir pour la rectifier.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="181" />
        <source>Invoice %1 has been issued and cannot be deleted. Issue a credit note to cancel it.</source>
        <translation>La facture %1 a été émise et ne peut pas être supprimée. Émettez un avoir pour l'annuler.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="188" />
        <source>Could not delete the draft</source>
        <translation>Impossible de supprimer le brouillon</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="204" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="221" />
        <source>Could not read the invoice lines</source>
        <translation>Impossible de lire les lignes de la facture</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="101" />
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="108" />
        <source>Could not read the invoices</source>
        <translation>Impossible de lire les factures</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="129" />
        <source>There is no invoice with id %1.</source>
        <translation>Aucune facture ne porte l'identifiant %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="202" />
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="214" />
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="223" />
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="230" />
        <source>Could not read the revenue</source>
        <translation>Impossible de lire le chiffre d'affaires</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="230" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="234" />
        <source>Could not read the invoice numbers</source>
        <translation>Impossible de lire les numéros de facture</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="324" />
        <source>Invoice %1 has already been issued.</source>
        <translation>La facture %1 a déjà été émise.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="241" />
        <source>An invoice needs at least one line.</source>
        <translation>Une facture doit comporter au moins une ligne.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="245" />
        <source>An invoice cannot have a negative total; issue a credit note instead.</source>
        <translation>Une facture ne peut pas avoir un total négatif ; émettez plutôt un avoir.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="249" />
        <source>A credit note cannot have a positive total.</source>
        <translation>Un avoir ne peut pas avoir un total positif.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="252" />
        <source>The due date cannot be before the issue date.</source>
        <translation>La date d'échéance ne peut pas précéder la date d'émission.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="271" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="277" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="282" />
        <source>Could not number the invoice</source>
        <translation>Impossible de numéroter la facture</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="301" />
        <source>Could not issue the invoice</source>
        <translation>Impossible d'émettre la facture</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="303" />
        <source>The invoice was issued meanwhile.</source>
        <translation>La facture a été émise entre-temps.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="340" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="345" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="368" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="373" />
        <source>Could not read what was billed</source>
        <translation>Impossible de lire ce qui a été facturé</translation>
    </message>
</context>
<context>
    <name>md::IssueNotice</name>
    <message>
        <location filename="../ui/billing/IssueNotice.cpp" line="34" />
        <source>your details under Billing › Settings › Your name and address</source>
        <translation>vos coordonnées dans Facturation › Paramètres › Vos nom et adresse</translation>
    </message>
    <message>
        <location filename="../ui/billing/IssueNotice.cpp" line="38" />
        <source>the bank details under Billing › Settings › Business settings</source>
        <translation>les coordonnées bancaires dans Facturation › Paramètres › Paramètres de l'activité</translation>
    </message>
    <message>
        <location filename="../ui/billing/IssueNotice.cpp" line="41" />
        <source>the client's address with Billing details… on the client's page</source>
        <translation>l'adresse du client avec Coordonnées de facturation… sur la page du client</translation>
    </message>
    <message>
        <location filename="../ui/billing/IssueNotice.cpp" line="43" />
        <source>

The invoice will not show %1. An issued invoice cannot be changed, so set %2 first if it needs them.</source>
        <translation>

La facture ne comportera pas %1. Une facture émise ne peut pas être modifiée ; renseignez donc d'abord %2 si elle en a besoin.</translation>
    </message>
</context>
<context>
    <name>md::KeyStore</name>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="28" />
        <source>The keychain holds no key for this workspace, or it is locked.</source>
        <translation>Le trousseau ne contient aucune clé pour cet espace de travail, ou il est verrouillé.</translation>
    </message>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="33" />
        <source>The keychain is locked or refused access.</source>
        <translation>Le trousseau est verrouillé ou a refusé l'accès.</translation>
    </message>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="37" />
        <source>No keychain is available on this computer.</source>
        <translation>Aucun trousseau n'est disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="40" />
        <source>The keychain of this computer did not answer.</source>
        <translation>Le trousseau de cet ordinateur n'a pas répondu.</translation>
    </message>
</context>
<context>
    <name>md::LockedPage</name>
    <message>
        <location filename="../ui/LockedPage.cpp" line="34" />
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="36" />
        <source>&amp;Create Workspace…</source>
        <translation>&amp;Créer un espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="38" />
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="69" />
        <source>MentorDesk is locked</source>
        <translation>MentorDesk est verrouillé</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="69" />
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="71" />
        <source>Your client records are encrypted and closed. Unlock with your passphrase or your recovery key.

%1</source>
        <translation>Vos dossiers clients sont chiffrés et fermés. Déverrouillez-les avec votre phrase secrète ou votre clé de récupération.

%1</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="74" />
        <source>Create a new encrypted workspace for your client records, or open one you already have.</source>
        <translation>Créez un nouvel espace de travail chiffré pour vos dossiers clients, ou ouvrez-en un existant.</translation>
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
        <translation>Rubriques</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112" />
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162" />
        <source>&amp;New Client</source>
        <translation>&amp;Nouveau client</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169" />
        <source>&amp;Import Clients…</source>
        <translation>&amp;Importer des clients…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175" />
        <source>&amp;Export Workspace…</source>
        <translation>&amp;Exporter l'espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180" />
        <source>Exported the workspace (not encrypted) into %1.</source>
        <translation>Espace de travail exporté (non chiffré) dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186" />
        <source>Calendar &amp;Account…</source>
        <translation>Compte de &amp;calendrier…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191" />
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196" />
        <source>Change &amp;Passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="200" />
        <source>New &amp;Recovery Key…</source>
        <translation>Nouvelle clé de &amp;récupération…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204" />
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208" />
        <source>&amp;Restore from Backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212" />
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="217" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="223" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225" />
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263" />
        <source>&amp;Compact Sidebar</source>
        <translation>Barre latérale &amp;compacte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268" />
        <source>Show the areas as icons only, to give the page more room</source>
        <translation>Afficher les zones sous forme d'icônes uniquement, pour laisser plus de place à la page</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="271" />
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="272" />
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l'utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="277" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="281" />
        <source>&amp;About MentorDesk</source>
        <translation>À &amp;propos de MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="285" />
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="410" />
        <source>Workspace folder</source>
        <translation>Dossier de l'espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="429" />
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="430" />
        <source>MentorDesk (locked)</source>
        <translation>MentorDesk (verrouillé)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="490" />
        <source>About MentorDesk</source>
        <translation>À propos de MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="491" />
        <source>&lt;h3&gt;MentorDesk %1&lt;/h3&gt;&lt;p&gt;Clients, engagements, agreements, sessions and billing for independent mentors, kept in an encrypted workspace on your own computer.&lt;/p&gt;&lt;p&gt;Encryption: SQLCipher with a random 256-bit key; your passphrase protects it with Argon2id.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MentorDesk %1&lt;/h3&gt;&lt;p&gt;Clients, accompagnements, accords, séances et facturation pour mentors indépendants, conservés dans un espace de travail chiffré sur votre propre ordinateur.&lt;/p&gt;&lt;p&gt;Chiffrement : SQLCipher avec une clé aléatoire de 256 bits ; votre phrase secrète la protège avec Argon2id.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>md::MentorLetterhead</name>
    <message>
        <location filename="../core/export/MentorLetterhead.cpp" line="24" />
        <source>Tax ID %1</source>
        <translation>N° de TVA %1</translation>
    </message>
</context>
<context>
    <name>md::MentorProfileDialog</name>
    <message>
        <location filename="../ui/agreements/MentorProfileDialog.cpp" line="14" />
        <source>Mentor profile</source>
        <translation>Profil du mentor</translation>
    </message>
</context>
<context>
    <name>md::MentorProfilePage</name>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="188" />
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="203" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="199" />
        <source>Choose &amp;logo…</source>
        <translation>Choisir un &amp;logo…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="206" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="236" />
        <source>Load from &amp;image…</source>
        <translation>Charger depuis une &amp;image…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="243" />
        <source>C&amp;lear</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="34" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="19" />
        <source>Your profile was changed elsewhere while you were editing it. Saving replaces that change with what you see here.</source>
        <translation>Votre profil a été modifié ailleurs pendant que vous le modifiiez. L'enregistrer remplace cette modification par ce que vous voyez ici.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="47" />
        <source>&amp;Business name:</source>
        <translation>Nom de l'&amp;entreprise :</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="60" />
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="77" />
        <source>&amp;Tax ID:</source>
        <translation>Numéro de &amp;TVA :</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="90" />
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail :</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="103" />
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="116" />
        <source>&amp;Documents in:</source>
        <translation>&amp;Documents en :</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="126" />
        <source>The language of your own documents, and of the documents of every client without a language of their own</source>
        <translation>La langue de vos propres documents, et de ceux de chaque client qui n'a pas de langue définie</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="133" />
        <source>Co&amp;untry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="145" />
        <source>The country of your business: it decides the legal wording of a small-business exemption on your invoices</source>
        <translation>Le pays de votre activité : il détermine la mention légale de la franchise en base de TVA sur vos factures</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="158" />
        <source>The two-letter ISO code of the country, such as NL</source>
        <translation>Le code ISO à deux lettres du pays, par exemple FR</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="174" />
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="222" />
        <source>Stored signature:</source>
        <translation>Signature enregistrée :</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="9" />
        <source>Agreements show these details in the letterhead and the parties. The stored signature can be used when you sign on screen. Everything stays in the encrypted workspace.</source>
        <translation>Les accords reprennent ces informations dans l'en-tête et la désignation des parties. La signature enregistrée peut être utilisée lorsque vous signez à l'écran. Tout reste dans l'espace de travail chiffré.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="120" />
        <source>Same as the interface (%1)</source>
        <translation>Identique à l'interface (%1)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="123" />
        <source>From your IBAN or VAT number</source>
        <translation>D'après votre IBAN ou votre numéro de TVA</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="125" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="126" />
        <source>Other…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="168" />
        <source>Enter the two-letter code of your country, such as NL.</source>
        <translation>Saisissez le code à deux lettres de votre pays, par exemple FR.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="171" />
        <source>"%1" is not a country code (two letters, such as NL).</source>
        <translation>« %1 » n'est pas un code pays (deux lettres, par exemple FR).</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="182" />
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="187" />
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="193" />
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="202" />
        <source>Choose an image of your signature</source>
        <translation>Choisir une image de votre signature</translation>
    </message>
</context>
<context>
    <name>md::MentorProfileRepository</name>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="54" />
        <location filename="../core/storage/MentorProfileRepository.cpp" line="72" />
        <source>Could not read the mentor profile</source>
        <translation>Impossible de lire le profil du mentor</translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="77" />
        <source>The logo image is too large (at most 2 MB).</source>
        <translation>L'image du logo est trop volumineuse (2 Mo au maximum).</translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="78" />
        <source>The logo image could not be read. Use a PNG or JPEG file.</source>
        <translation>L'image du logo est illisible. Utilisez un fichier PNG ou JPEG.</translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="82" />
        <source>The signature image is too large (at most 2 MB).</source>
        <translation>L'image de la signature est trop volumineuse (2 Mo au maximum).</translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="83" />
        <source>The signature image could not be read. Use a PNG or JPEG file.</source>
        <translation>L'image de la signature est illisible. Utilisez un fichier PNG ou JPEG.</translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="98" />
        <source>Could not save the mentor profile</source>
        <translation>Impossible d'enregistrer le profil du mentor</translation>
    </message>
</context>
<context>
    <name>md::Migrator</name>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="60" />
        <source>This workspace was saved by a newer version of MentorDesk (data format %1; this version knows up to %2). Update MentorDesk to open it. Nothing was changed.</source>
        <translation>Cet espace de travail a été enregistré par une version plus récente de MentorDesk (format de données %1 ; cette version connaît les formats jusqu'à %2). Mettez MentorDesk à jour pour l'ouvrir. Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="71" />
        <source>Could not update the workspace to data format %1: %2</source>
        <translation>Impossible de mettre à jour l'espace de travail vers le format de données %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="87" />
        <source>Could not update the workspace to data format %1 (%2): %3</source>
        <translation>Impossible de mettre à jour l'espace de travail vers le format de données %1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>md::Money</name>
    <message>
        <location filename="../core/billing/Money.cpp" line="45" />
        <source>"%1" is not an ISO 4217 currency code.</source>
        <translation>« %1 » n'est pas un code de devise ISO 4217.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/Money.cpp" line="52" />
        <source>"%1" is not an amount in %2 (write it like %3, with at most %n decimal(s) and no thousands separators).</source>
        <translation>
            <numerusform>« %1 » n'est pas un montant en %2 (écrivez-le comme %3, avec au plus %n décimale et sans séparateur de milliers).</numerusform>
            <numerusform>« %1 » n'est pas un montant en %2 (écrivez-le comme %3, avec au plus %n décimales et sans séparateur de milliers).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/Money.cpp" line="90" />
        <source>"%1" is not an amount (write it like %2).</source>
        <translation>« %1 » n'est pas un montant (écrivez-le comme %2).</translation>
    </message>
</context>
<context>
    <name>md::MonthView</name>
    <message>
        <location filename="../ui/calendar/MonthView.cpp" line="21" />
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../ui/calendar/MonthView.cpp" line="171" />
        <source>+%1 more</source>
        <translation>+%1 de plus</translation>
    </message>
    <message>
        <location filename="../ui/calendar/MonthView.cpp" line="194" />
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <location filename="../ui/calendar/MonthView.cpp" line="278" />
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
</context>
<context>
    <name>md::MoveFlow</name>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="30" />
        <location filename="../ui/pipeline/MoveFlow.cpp" line="36" />
        <location filename="../ui/pipeline/MoveFlow.cpp" line="86" />
        <source>Move Engagement</source>
        <translation>Déplacer l'accompagnement</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="37" />
        <source>"%1" cannot move from "%2" to "%3". Engagements move one stage forward at a time, or back where rework makes sense.</source>
        <translation>« %1 » ne peut pas passer de « %2 » à « %3 ». Les accompagnements avancent d'une étape à la fois, ou reviennent en arrière lorsqu'une reprise a du sens.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="48" />
        <source>Move Engagement Back</source>
        <translation>Ramener l'accompagnement en arrière</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="49" />
        <source>Why does "%1" go back from "%2" to "%3"? The reason is recorded in the timeline.</source>
        <translation>Pourquoi « %1 » revient-il de « %2 » à « %3 » ? La raison est consignée dans la chronologie.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="57" />
        <source>Close Engagement Early</source>
        <translation>Clôturer l'accompagnement de manière anticipée</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="58" />
        <source>Why does "%1" close early? The reason is kept with the engagement.</source>
        <translation>Pourquoi « %1 » est-il clôturé de manière anticipée ? La raison est conservée avec l'accompagnement.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="66" />
        <source>End Engagement</source>
        <translation>Terminer l'accompagnement</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="67" />
        <source>How did "%1" go? This note is kept as its outcome (optional).</source>
        <translation>Comment « %1 » s'est-il déroulé ? Cette remarque est conservée comme résultat (facultatif).</translation>
    </message>
</context>
<context>
    <name>md::NeedListModel</name>
    <message>
        <location filename="../ui/pipeline/NeedListModel.cpp" line="124" />
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedListModel.cpp" line="126" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedListModel.cpp" line="128" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedListModel.cpp" line="130" />
        <source>Profile links</source>
        <translation>Liens avec le profil</translation>
    </message>
</context>
<context>
    <name>md::NeedRepository</name>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="78" />
        <location filename="../core/storage/NeedRepository.cpp" line="110" />
        <source>Could not save the need</source>
        <translation>Impossible d'enregistrer le besoin</translation>
    </message>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="123" />
        <location filename="../core/storage/NeedRepository.cpp" line="126" />
        <source>Could not read the need</source>
        <translation>Impossible de lire le besoin</translation>
    </message>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="127" />
        <source>There is no need with id %1.</source>
        <translation>Aucun besoin ne porte l'identifiant %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="140" />
        <location filename="../core/storage/NeedRepository.cpp" line="145" />
        <source>Could not read the needs</source>
        <translation>Impossible de lire les besoins</translation>
    </message>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="158" />
        <source>Could not delete the need</source>
        <translation>Impossible de supprimer le besoin</translation>
    </message>
</context>
<context>
    <name>md::NeedsTab</name>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="56" />
        <source>What the mentee needs, in their words.</source>
        <translation>Ce dont le mentoré a besoin, dans ses propres mots.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="75" />
        <source>&amp;Need:</source>
        <translation>&amp;Besoin :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="76" />
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="77" />
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="78" />
        <source>Builds on &amp;strengths:</source>
        <translation>S'appuie sur les points &amp;forts :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="79" />
        <source>Addresses &amp;weaknesses:</source>
        <translation>Traite les points &amp;faibles :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="83" />
        <source>&amp;New Need</source>
        <translation>&amp;Nouveau besoin</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="83" />
        <source>&amp;Save Need</source>
        <translation>&amp;Enregistrer le besoin</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="83" />
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="223" />
        <source>Saved the need.</source>
        <translation>Besoin enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="230" />
        <source>Delete Need</source>
        <translation>Supprimer le besoin</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="231" />
        <source>Delete this need? Goals linked to it lose the link.</source>
        <translation>Supprimer ce besoin ? Les objectifs qui y sont liés perdent ce lien.</translation>
    </message>
</context>
<context>
    <name>md::NewAgreementDialog</name>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="6" />
        <source>New agreement</source>
        <translation>Nouvel accord</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="126" />
        <source>Ends on</source>
        <translation>Prend fin le</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="30" />
        <source>&amp;Engagement:</source>
        <translation>&amp;Accompagnement :</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="17" />
        <source>&amp;Client:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="43" />
        <source>This client has no engagement yet: start one here</source>
        <translation>Ce client n'a pas encore d'accompagnement : commencez-en un ici</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="49" />
        <source>T&amp;itle:</source>
        <translation>&amp;Intitulé :</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="59" />
        <source>e.g. Stepping into a first leadership role</source>
        <translation>par ex. Prendre un premier poste de management</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="66" />
        <source>&amp;Starts on:</source>
        <translation>&amp;Début le :</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="92" />
        <source>Start &amp;engagement</source>
        <translation>C&amp;ommencer l'accompagnement</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="104" />
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="117" />
        <source>End date:</source>
        <translation>Date de fin :</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="163" />
        <source>Open mentor &amp;profile…</source>
        <translation>Ouvrir le &amp;profil du mentor…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="170" />
        <source>Go to the c&amp;lient</source>
        <translation>Aller au c&amp;lient</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="177" />
        <source>Go to the e&amp;ngagement</source>
        <translation>Aller à l'accompag&amp;nement</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.cpp" line="32" />
        <source>&amp;Generate draft</source>
        <translation>&amp;Générer le brouillon</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.cpp" line="95" />
        <source>There is no client yet. Add the client on the Clients page first: an agreement is made with a client, for an engagement.</source>
        <translation>Il n'y a encore aucun client. Ajoutez d'abord le client dans la page Clients : un accord est conclu avec un client, pour un accompagnement.</translation>
    </message>
</context>
<context>
    <name>md::NewEngagementDialog</name>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="6" />
        <source>New Engagement</source>
        <translation>Nouvel accompagnement</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="37" />
        <source>e.g. First steps as a team lead</source>
        <translation>par ex. Premiers pas comme chef d'équipe</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="71" />
        <source>Not decided</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="14" />
        <source>&amp;Client:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="27" />
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="44" />
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="61" />
        <source>Planned s&amp;essions:</source>
        <translation>Séances &amp;prévues :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="84" />
        <source>C&amp;adence:</source>
        <translation>&amp;Fréquence :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="97" />
        <source>&amp;Format:</source>
        <translation>&amp;Modalité :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.cpp" line="37" />
        <source>Add a client first (Clients page).</source>
        <translation>Ajoutez d'abord un client (page Clients).</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.cpp" line="39" />
        <source>&amp;Start Engagement</source>
        <translation>&amp;Commencer l'accompagnement</translation>
    </message>
</context>
<context>
    <name>md::NewPassphraseWidget</name>
    <message>
        <location filename="../ui/security/NewPassphraseWidget.cpp" line="32" />
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <location filename="../ui/security/NewPassphraseWidget.cpp" line="57" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../ui/security/NewPassphraseWidget.cpp" line="59" />
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Répéter la phrase secrète :</translation>
    </message>
    <message>
        <location filename="../ui/security/NewPassphraseWidget.cpp" line="143" />
        <source>The passphrases do not match.</source>
        <translation>Les phrases secrètes ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>md::NewRecoveryKeyDialog</name>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="23" />
        <source>New Recovery Key</source>
        <translation>Nouvelle clé de récupération</translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="29" />
        <source>A new recovery key replaces the current one, which then no longer opens this workspace. Do this when the old key may have been seen by someone else, or is lost.

MentorDesk re-encrypts the workspace under the new key; your passphrase stays the same.</source>
        <translation>Une nouvelle clé de récupération remplace la clé actuelle, qui n'ouvre alors plus cet espace de travail. Faites-le lorsque l'ancienne clé a pu être vue par quelqu'un d'autre, ou qu'elle est perdue.

MentorDesk rechiffre l'espace de travail avec la nouvelle clé ; votre phrase secrète reste la même.</translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="42" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="59" />
        <source>&amp;Create New Key</source>
        <translation>&amp;Créer une nouvelle clé</translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="121" />
        <source>The passphrase is not correct.</source>
        <translation>La phrase secrète est incorrecte.</translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="131" />
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
</context>
<context>
    <name>md::Offering</name>
    <message>
        <location filename="../core/billing/Offering.cpp" line="35" />
        <source>Single session</source>
        <translation>Séance à l'unité</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="37" />
        <source>Package</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="39" />
        <source>Monthly retainer</source>
        <translation>Forfait mensuel</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="50" />
        <source>Give the price-list entry a name.</source>
        <translation>Donnez un nom à l'entrée de la grille tarifaire.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="52" />
        <source>The price has no valid currency.</source>
        <translation>Le prix n'a pas de devise valide.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="54" />
        <source>The price must be zero or more.</source>
        <translation>Le prix doit être supérieur ou égal à zéro.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="57" />
        <source>A tax rate must be between 0 and 100 percent.</source>
        <translation>Un taux de TVA doit être compris entre 0 et 100 %.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="60" />
        <source>A package includes between 1 and 1000 sessions.</source>
        <translation>Un forfait comprend entre 1 et 1000 séances.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="63" />
        <source>A package is valid for 0 (no expiry) to 120 months.</source>
        <translation>Un forfait est valable de 0 (sans expiration) à 120 mois.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="68" />
        <source>%1 of %2 used</source>
        <translation>%1 sur %2 utilisées</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="73" />
        <source>%1, valid until %2</source>
        <translation>%1, valable jusqu'au %2</translation>
    </message>
</context>
<context>
    <name>md::OfferingDialog</name>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="6" />
        <location filename="../ui/billing/OfferingDialog.cpp" line="18" />
        <source>New price-list entry</source>
        <translation>Nouvelle entrée de la grille tarifaire</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.cpp" line="18" />
        <source>Edit price-list entry</source>
        <translation>Modifier l'entrée de la grille tarifaire</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.cpp" line="26" />
        <source>&amp;Price before tax (%1):</source>
        <translation>&amp;Prix HT (%1) :</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="17" />
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="30" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="43" />
        <source>&amp;Price before tax:</source>
        <translation>&amp;Prix HT :</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="56" />
        <source>&amp;Tax rate (%):</source>
        <translation>Taux de T&amp;VA (%) :</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="69" />
        <source>&amp;Sessions in the package:</source>
        <translation>&amp;Séances comprises dans le forfait :</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="89" />
        <source>&amp;Valid for (months):</source>
        <translation>&amp;Validité (mois) :</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="99" />
        <source>no expiry</source>
        <translation>sans expiration</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="109" />
        <source>Offered</source>
        <translation>Proposé</translation>
    </message>
</context>
<context>
    <name>md::OfferingListModel</name>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="132" />
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/OfferingListModel.cpp" line="142" />
        <source>%n session(s), valid %1 months</source>
        <translation>
            <numerusform>%n séance, valable %1 mois</numerusform>
            <numerusform>%n séances, valable %1 mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/OfferingListModel.cpp" line="144" />
        <source>%n session(s), no expiry</source>
        <translation>
            <numerusform>%n séance, sans expiration</numerusform>
            <numerusform>%n séances, sans expiration</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="146" />
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="158" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="160" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="162" />
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="164" />
        <source>Tax %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="166" />
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
</context>
<context>
    <name>md::OfferingRepository</name>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="64" />
        <location filename="../core/storage/OfferingRepository.cpp" line="79" />
        <source>Could not save the price-list entry</source>
        <translation>Impossible d'enregistrer l'entrée de la grille tarifaire</translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="82" />
        <location filename="../core/storage/OfferingRepository.cpp" line="105" />
        <source>There is no price-list entry with id %1.</source>
        <translation>Aucune entrée de la grille tarifaire ne porte l'identifiant %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="91" />
        <source>Could not delete the price-list entry</source>
        <translation>Impossible de supprimer l'entrée de la grille tarifaire</translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="100" />
        <location filename="../core/storage/OfferingRepository.cpp" line="103" />
        <location filename="../core/storage/OfferingRepository.cpp" line="115" />
        <location filename="../core/storage/OfferingRepository.cpp" line="120" />
        <location filename="../core/storage/OfferingRepository.cpp" line="131" />
        <location filename="../core/storage/OfferingRepository.cpp" line="134" />
        <source>Could not read the price list</source>
        <translation>Impossible de lire la grille tarifaire</translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="137" />
        <source>The price list has no %1 entry.</source>
        <translation>La grille tarifaire ne contient aucune entrée %1.</translation>
    </message>
</context>
<context>
    <name>md::OverdueInvoiceModel</name>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="305" />
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="307" />
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="309" />
        <source>Outstanding</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="311" />
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
</context>
<context>
    <name>md::PackageCredits</name>
    <message>
        <location filename="../core/billing/PackageCredits.cpp" line="80" />
        <source>Could not read the session's engagement</source>
        <translation>Impossible de lire l'accompagnement de la séance</translation>
    </message>
    <message>
        <location filename="../core/billing/PackageCredits.cpp" line="91" />
        <source>Could not read the client's packages</source>
        <translation>Impossible de lire les forfaits du client</translation>
    </message>
    <message>
        <location filename="../core/billing/PackageCredits.cpp" line="103" />
        <source>Could not read the packages</source>
        <translation>Impossible de lire les forfaits</translation>
    </message>
</context>
<context>
    <name>md::PackageListModel</name>
    <message>
        <location filename="../ui/billing/PackageListModel.cpp" line="58" />
        <source> (expired)</source>
        <translation> (expiré)</translation>
    </message>
    <message>
        <location filename="../ui/billing/PackageListModel.cpp" line="61" />
        <source>%1 – %2: %3%4</source>
        <translation>%1 – %2 : %3%4</translation>
    </message>
    <message>
        <location filename="../ui/billing/PackageListModel.cpp" line="63" />
        <source>%1: %2%3</source>
        <translation>%1 : %2%3</translation>
    </message>
</context>
<context>
    <name>md::PackageRepository</name>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="59" />
        <source>Choose the engagement the package is for.</source>
        <translation>Choisissez l'accompagnement auquel le forfait est destiné.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="61" />
        <source>Describe the package.</source>
        <translation>Décrivez le forfait.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="63" />
        <source>A package includes at least one session.</source>
        <translation>Un forfait comprend au moins une séance.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="65" />
        <source>The package needs a valid price.</source>
        <translation>Le forfait doit avoir un prix valide.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="67" />
        <source>Enter the date of the sale.</source>
        <translation>Saisissez la date de la vente.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="70" />
        <source>A package cannot expire before it was sold.</source>
        <translation>Un forfait ne peut pas expirer avant d'avoir été vendu.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="89" />
        <source>Could not record the package sale</source>
        <translation>Impossible d'enregistrer la vente du forfait</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="108" />
        <location filename="../core/storage/PackageRepository.cpp" line="125" />
        <location filename="../core/storage/PackageRepository.cpp" line="128" />
        <source>Could not read the package</source>
        <translation>Impossible de lire le forfait</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="111" />
        <source>This package was already used or billed and cannot be removed.</source>
        <translation>Ce forfait a déjà été utilisé ou facturé et ne peut pas être retiré.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="116" />
        <source>Could not remove the package</source>
        <translation>Impossible de retirer le forfait</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="130" />
        <source>There is no package sale with id %1.</source>
        <translation>Aucune vente de forfait ne porte l'identifiant %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="146" />
        <location filename="../core/storage/PackageRepository.cpp" line="156" />
        <source>Could not read the packages</source>
        <translation>Impossible de lire les forfaits</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="165" />
        <location filename="../core/storage/PackageRepository.cpp" line="168" />
        <source>Could not read the engagement</source>
        <translation>Impossible de lire l'accompagnement</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="170" />
        <source>There is no engagement with id %1.</source>
        <translation>Aucun accompagnement ne porte l'identifiant %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="181" />
        <location filename="../core/storage/PackageRepository.cpp" line="186" />
        <source>Could not read the engagements</source>
        <translation>Impossible de lire les accompagnements</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="222" />
        <location filename="../core/storage/PackageRepository.cpp" line="243" />
        <source>Could not read the sessions</source>
        <translation>Impossible de lire les séances</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="270" />
        <location filename="../core/storage/PackageRepository.cpp" line="281" />
        <source>Could not read the package credits</source>
        <translation>Impossible de lire les crédits du forfait</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="287" />
        <source>Could not update the package credits</source>
        <translation>Impossible de mettre à jour les crédits du forfait</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="317" />
        <source>Could not use a package credit</source>
        <translation>Impossible d'utiliser un crédit du forfait</translation>
    </message>
</context>
<context>
    <name>md::PaperSigningDialog</name>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="36" />
        <source>Signed on paper: %1</source>
        <translation>Signé sur papier : %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="38" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="42" />
        <source>Attach the scan of the paper original that both of you signed by hand. MentorDesk keeps the scan as you attach it and does not check the signatures on it: look at the preview to see that it is this agreement (fingerprint %1 in its footer), signed by both of you.</source>
        <translation>Joignez le scan de l'original papier que vous avez tous deux signé à la main. MentorDesk conserve le scan tel que vous le joignez et ne vérifie pas les signatures qui y figurent : regardez l'aperçu pour vous assurer qu'il s'agit bien de cet accord (empreinte %1 dans son pied de page), signé par vous deux.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="53" />
        <source>No scan chosen yet</source>
        <translation>Aucun scan choisi pour l'instant</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="54" />
        <source>&amp;Choose scan…</source>
        <translation>&amp;Choisir le scan…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="66" />
        <source>The scan's first page shows here.</source>
        <translation>La première page du scan s'affiche ici.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="78" />
        <source>&amp;Scan:</source>
        <translation>&amp;Scan :</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="81" />
        <source>Signed by &amp;hand on:</source>
        <translation>Signé à la &amp;main le :</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="84" />
        <source>Once recorded, %1 can no longer be changed: the scan and the agreement's PDF are sealed with this workspace's key. A change later needs an amendment.</source>
        <translation>Une fois enregistré, %1 ne peut plus être modifié : le scan et le PDF de l'accord sont scellés avec la clé de cet espace de travail. Toute modification ultérieure nécessite un avenant.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="97" />
        <source>&amp;Record and freeze</source>
        <translation>&amp;Enregistrer et figer</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="119" />
        <source>Choose the scan of the signed paper</source>
        <translation>Choisir le scan du document papier signé</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="123" />
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="123" />
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="137" />
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
</context>
<context>
    <name>md::PassphraseSlot</name>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="81" />
        <source>The workspace file holds a passphrase entry MentorDesk cannot read.</source>
        <translation>Le fichier de l'espace de travail contient une entrée de phrase secrète que MentorDesk ne sait pas lire.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="86" />
        <source>The workspace file asks for a passphrase check MentorDesk does not accept (Argon2id with %1 passes over %2 KiB; allowed are %3 to %4 passes over %5 KiB to %6 MiB). The file may have been damaged or altered: unlock with the recovery key, which sets it right.</source>
        <translation>Le fichier de l'espace de travail demande une vérification de phrase secrète que MentorDesk n'accepte pas (Argon2id avec %1 passes sur %2 Kio ; sont acceptées de %3 à %4 passes sur %5 Kio à %6 Mio). Le fichier a peut-être été endommagé ou modifié : déverrouillez-le avec la clé de récupération, ce qui rétablit les bons paramètres.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="110" />
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Mémoire insuffisante pour dériver la clé à partir de la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="149" />
        <source>The stored key entry is damaged.</source>
        <translation>L'entrée de clé enregistrée est endommagée.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="162" />
        <source>The passphrase is not correct.</source>
        <translation>La phrase secrète est incorrecte.</translation>
    </message>
</context>
<context>
    <name>md::PassphraseStrength</name>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="55" />
        <source>Use at least 10 characters. Several unrelated words make a passphrase that is both strong and easy to remember.</source>
        <translation>Utilisez au moins 10 caractères. Plusieurs mots sans rapport entre eux forment une phrase secrète à la fois robuste et facile à retenir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/security/PassphraseStrength.cpp" line="57" />
        <source>Too short: use at least 10 characters (%n so far).</source>
        <translation>
            <numerusform>Trop courte : utilisez au moins 10 caractères (%n pour l'instant).</numerusform>
            <numerusform>Trop courte : utilisez au moins 10 caractères (%n pour l'instant).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="59" />
        <source>Strength: weak. Add more words, or mix upper and lower case, digits and symbols.</source>
        <translation>Robustesse : faible. Ajoutez des mots, ou mélangez majuscules et minuscules, chiffres et symboles.</translation>
    </message>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="62" />
        <source>Strength: fair. A few more characters or another word would make it much harder to guess.</source>
        <translation>Robustesse : moyenne. Quelques caractères ou un mot de plus la rendraient beaucoup plus difficile à deviner.</translation>
    </message>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="65" />
        <source>Strength: good.</source>
        <translation>Robustesse : bonne.</translation>
    </message>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="67" />
        <source>Strength: strong.</source>
        <translation>Robustesse : excellente.</translation>
    </message>
</context>
<context>
    <name>md::Payment</name>
    <message>
        <location filename="../core/billing/Payment.cpp" line="34" />
        <source>Bank transfer</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <location filename="../core/billing/Payment.cpp" line="36" />
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../core/billing/Payment.cpp" line="38" />
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../core/billing/Payment.cpp" line="40" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>md::PaymentDialog</name>
    <message>
        <location filename="../ui/billing/PaymentDialog.cpp" line="18" />
        <source>Record payment for %1</source>
        <translation>Enregistrer un paiement pour %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="90" />
        <source>Bank reference or receipt number</source>
        <translation>Référence bancaire ou numéro de reçu</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="17" />
        <source>Client:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="27" />
        <source>Outstanding:</source>
        <translation>Reste dû :</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="37" />
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="50" />
        <source>Received &amp;on:</source>
        <translation>Reçu &amp;le :</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="67" />
        <source>&amp;Method:</source>
        <translation>Mo&amp;yen de paiement :</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="80" />
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="132" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="6" />
        <location filename="../ui/billing/PaymentDialog.ui" line="122" />
        <source>Record payment</source>
        <translation>Enregistrer le paiement</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.cpp" line="22" />
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Montant (%1) :</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.cpp" line="70" />
        <source>%1 more than is owed: it becomes %2's credit and is used by the next invoice.</source>
        <translation>%1 de plus que le montant dû : cette somme devient un crédit en faveur de %2 et sera imputée sur la prochaine facture.</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.cpp" line="75" />
        <source>A partial payment: %1 stays open.</source>
        <translation>Paiement partiel : %1 reste dû.</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.cpp" line="77" />
        <source>Pays the invoice in full.</source>
        <translation>Règle la facture en totalité.</translation>
    </message>
</context>
<context>
    <name>md::PaymentListModel</name>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="79" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="81" />
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="83" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="85" />
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="87" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="89" />
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
</context>
<context>
    <name>md::PaymentRepository</name>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="24" />
        <source>Choose the client who paid.</source>
        <translation>Choisissez le client qui a payé.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="26" />
        <source>A payment must be more than zero.</source>
        <translation>Un paiement doit être supérieur à zéro.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="28" />
        <source>The payment has no valid currency.</source>
        <translation>Le paiement n'a pas de devise valide.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="30" />
        <source>Enter the date the payment was received.</source>
        <translation>Saisissez la date de réception du paiement.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="33" />
        <source>A payment cannot be received in the future.</source>
        <translation>Un paiement ne peut pas être reçu à une date future.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="45" />
        <location filename="../core/storage/PaymentRepository.cpp" line="48" />
        <source>Could not read the invoice</source>
        <translation>Impossible de lire la facture</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="50" />
        <source>Could not read what is owed</source>
        <translation>Impossible de lire les montants dus</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="54" />
        <location filename="../core/storage/PaymentRepository.cpp" line="50" />
        <source>There is no invoice with id %1.</source>
        <translation>Aucune facture ne porte l'identifiant %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="96" />
        <location filename="../core/storage/PaymentAllocations.cpp" line="114" />
        <location filename="../core/storage/PaymentAllocations.cpp" line="121" />
        <source>Could not read the client's credit</source>
        <translation>Impossible de lire le crédit du client</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="184" />
        <source>Could not update the payments</source>
        <translation>Impossible de mettre à jour les paiements</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="54" />
        <source>The invoice belongs to another client.</source>
        <translation>La facture appartient à un autre client.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="57" />
        <source>The payment is in %1 but the invoice in %2.</source>
        <translation>Le paiement est en %1, mais la facture en %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="61" />
        <source>Payments can only be recorded for issued invoices.</source>
        <translation>Les paiements ne peuvent être enregistrés que pour des factures émises.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="77" />
        <location filename="../core/storage/PaymentRepository.cpp" line="76" />
        <source>Could not record the payment</source>
        <translation>Impossible d'enregistrer le paiement</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="95" />
        <location filename="../core/storage/PaymentRepository.cpp" line="99" />
        <source>Could not read the open invoices</source>
        <translation>Impossible de lire les factures non réglées</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="126" />
        <location filename="../core/storage/PaymentRepository.cpp" line="134" />
        <source>Could not read the payment</source>
        <translation>Impossible de lire le paiement</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="136" />
        <source>There is no payment with id %1.</source>
        <translation>Aucun paiement ne porte l'identifiant %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="141" />
        <source>Could not delete the payment</source>
        <translation>Impossible de supprimer le paiement</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="198" />
        <location filename="../core/storage/PaymentRepository.cpp" line="221" />
        <source>Could not read the payments</source>
        <translation>Impossible de lire les paiements</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="150" />
        <location filename="../core/storage/PaymentAllocations.cpp" line="163" />
        <location filename="../core/storage/PaymentRepository.cpp" line="233" />
        <location filename="../core/storage/PaymentRepository.cpp" line="240" />
        <source>Could not read the payments of the invoice</source>
        <translation>Impossible de lire les paiements de la facture</translation>
    </message>
</context>
<context>
    <name>md::Pipeline</name>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="20" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="43" />
        <source>Profile &amp; agreement</source>
        <translation>Profil et accord</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="21" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="44" />
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="22" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="45" />
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="24" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="47" />
        <source>Action plan</source>
        <translation>Plan d'action</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="25" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="49" />
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="30" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="32" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="51" />
        <source>Maintenance</source>
        <translation>Suivi périodique</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="34" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="53" />
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="36" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="55" />
        <source>Closed early</source>
        <translation>Clôturé de manière anticipée</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="59" />
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="61" />
        <source>Every two weeks</source>
        <translation>Toutes les deux semaines</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="62" />
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="67" />
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="69" />
        <source>Video call</source>
        <translation>Visioconférence</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="71" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="73" />
        <source>Mixed</source>
        <translation>Mixte</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="78" />
        <source>Skill gap</source>
        <translation>Lacune de compétences</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="80" />
        <source>Career move</source>
        <translation>Évolution de carrière</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="82" />
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="84" />
        <source>New role</source>
        <translation>Nouveau poste</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="86" />
        <source>Leadership</source>
        <translation>Leadership</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="87" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="91" />
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="93" />
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="94" />
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="98" />
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="99" />
        <source>Doing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="100" />
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="102" />
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="107" />
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="109" />
        <source>Partly achieved</source>
        <translation>Partiellement atteint</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="111" />
        <source>Not achieved</source>
        <translation>Non atteint</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="116" />
        <source>Specific</source>
        <translation>Spécifique</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="118" />
        <source>Measurable</source>
        <translation>Mesurable</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="120" />
        <source>Attainable</source>
        <translation>Atteignable</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="122" />
        <source>Relevant</source>
        <translation>Pertinent</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="124" />
        <source>Time-bound</source>
        <translation>Temporel</translation>
    </message>
</context>
<context>
    <name>md::PipelineArea</name>
    <message>
        <location filename="../ui/pipeline/PipelineArea.cpp" line="91" />
        <source>1 engagement on the board</source>
        <translation>1 accompagnement sur le tableau</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineArea.cpp" line="92" />
        <source>%1 engagements on the board</source>
        <translation>%1 accompagnements sur le tableau</translation>
    </message>
</context>
<context>
    <name>md::PipelineAreas</name>
    <message>
        <location filename="../ui/pipeline/PipelineAreas.cpp" line="17" />
        <source>Pipeline</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineAreas.cpp" line="19" />
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
</context>
<context>
    <name>md::PipelineBoard</name>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="37" />
        <source>&amp;New Engagement</source>
        <translation>&amp;Nouvel accompagnement</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="40" />
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="42" />
        <source>← &amp;Back</source>
        <translation>← &amp;Retour</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="44" />
        <source>Move the selected engagement back a stage to rework it</source>
        <translation>Ramener l'accompagnement sélectionné à l'étape précédente pour le retravailler</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="45" />
        <source>&amp;Advance →</source>
        <translation>&amp;Avancer →</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="47" />
        <source>Move the selected engagement to its next stage</source>
        <translation>Faire passer l'accompagnement sélectionné à l'étape suivante</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="48" />
        <source>&amp;End</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="51" />
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="54" />
        <source>Maintenance (periodic check-ins)</source>
        <translation>Suivi périodique (points réguliers)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="58" />
        <source>Close Early…</source>
        <translation>Clôturer de manière anticipée…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="63" />
        <source>Stale after</source>
        <translation>En sommeil après</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="67" />
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="70" />
        <source>Warn about engagements with no activity for this long</source>
        <translation>Signaler les accompagnements sans activité depuis cette durée</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="84" />
        <source>No engagement is on the board yet. Start one with New Engagement, or from a client's page.</source>
        <translation>Aucun accompagnement n'est encore sur le tableau. Commencez-en un avec Nouvel accompagnement, ou depuis la page d'un client.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="283" />
        <source>Moved to "%1".</source>
        <translation>Déplacé vers « %1 ».</translation>
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
        <translation>Impossible de lire le tableau du parcours</translation>
    </message>
    <message>
        <location filename="../core/storage/PipelineReadModelRepository.cpp" line="116" />
        <source>Could not read the goals due soon</source>
        <translation>Impossible de lire les objectifs à échéance proche</translation>
    </message>
    <message>
        <location filename="../core/storage/PipelineReadModelRepository.cpp" line="146" />
        <source>Could not count the engagements</source>
        <translation>Impossible de compter les accompagnements</translation>
    </message>
    <message>
        <location filename="../core/storage/PipelineReadModelRepository.cpp" line="173" />
        <source>Could not read the overdue actions</source>
        <translation>Impossible de lire les actions en retard</translation>
    </message>
    <message>
        <location filename="../core/storage/PipelineReadModelRepository.cpp" line="201" />
        <source>Could not read the engagements</source>
        <translation>Impossible de lire les accompagnements</translation>
    </message>
</context>
<context>
    <name>md::PipelineValidator</name>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="22" />
        <source>This text is too long (at most %1 characters).</source>
        <translation>Ce texte est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="29" />
        <source>Enter a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="37" />
        <source>Choose the client of this engagement.</source>
        <translation>Choisissez le client de cet accompagnement.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="38" />
        <source>Give the engagement a title.</source>
        <translation>Donnez un intitulé à l'accompagnement.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="41" />
        <source>The title is too long (at most %1 characters).</source>
        <translation>L'intitulé est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="43" />
        <source>Enter the start date.</source>
        <translation>Saisissez la date de début.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="46" />
        <source>The planned number of sessions must be between 0 and %1.</source>
        <translation>Le nombre de séances prévues doit être compris entre 0 et %1.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="50" />
        <source>Say why the engagement closed early.</source>
        <translation>Indiquez pourquoi l'accompagnement a été clôturé de manière anticipée.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="56" />
        <source>The fee per session cannot be negative or larger than an invoice line's price.</source>
        <translation>Les honoraires par séance ne peuvent être ni négatifs ni supérieurs au prix d'une ligne de facture.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="64" />
        <source>Describe the need.</source>
        <translation>Décrivez le besoin.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="71" />
        <source>Say what the goal is.</source>
        <translation>Indiquez l'objectif.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="82" />
        <source>Choose the goal this value belongs to.</source>
        <translation>Choisissez l'objectif auquel cette valeur se rapporte.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="84" />
        <source>Enter the date of the measurement.</source>
        <translation>Saisissez la date de la mesure.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="93" />
        <source>Choose the goal this action serves.</source>
        <translation>Choisissez l'objectif que sert cette action.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="94" />
        <source>Describe the action.</source>
        <translation>Décrivez l'action.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="102" />
        <source>Choose the goal being evaluated.</source>
        <translation>Choisissez l'objectif évalué.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="105" />
        <source>The mentee's rating is from 1 to 5.</source>
        <translation>La note du mentoré va de 1 à 5.</translation>
    </message>
</context>
<context>
    <name>md::PracticeRulesRepository</name>
    <message>
        <location filename="../core/storage/PracticeRulesRepository.cpp" line="18" />
        <location filename="../core/storage/PracticeRulesRepository.cpp" line="39" />
        <source>Could not read the practice settings</source>
        <translation>Impossible de lire les paramètres de pratique</translation>
    </message>
    <message>
        <location filename="../core/storage/PracticeRulesRepository.cpp" line="55" />
        <source>Could not save the setting %1</source>
        <translation>Impossible d'enregistrer le paramètre %1</translation>
    </message>
</context>
<context>
    <name>md::PreferencesDialog</name>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="6" />
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="12" />
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="31" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="34" />
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="41" />
        <source>When MentorDesk has not been used for this long, it locks: the workspace is closed, the key is wiped from memory and the passphrase is needed again.</source>
        <translation>Lorsque MentorDesk n'a pas été utilisé pendant cette durée, il se verrouille : l'espace de travail est fermé, la clé est effacée de la mémoire et la phrase secrète est de nouveau nécessaire.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="51" />
        <source>L&amp;anguage:</source>
        <translation>L&amp;angue :</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="64" />
        <source>A new language takes effect the next time MentorDesk starts.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de MentorDesk.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="74" />
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs :</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="90" />
        <source>This workspace</source>
        <translation>Cet espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="99" />
        <source>&amp;Stale after:</source>
        <translation>&amp;En sommeil après :</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="109" />
        <source> days without activity</source>
        <translation> jours sans activité</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="116" />
        <source>&amp;Remind me:</source>
        <translation>&amp;Me rappeler :</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="126" />
        <source> min before a session</source>
        <translation> min avant une séance</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="129" />
        <source>No reminders</source>
        <translation>Aucun rappel</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="136" />
        <source>&amp;Names in lists:</source>
        <translation>&amp;Noms dans les listes :</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="149" />
        <source>These rules are kept in the encrypted workspace, so every computer that opens it uses the same ones.</source>
        <translation>Ces règles sont conservées dans l'espace de travail chiffré ; chaque ordinateur qui l'ouvre applique donc les mêmes.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="162" />
        <source>Backups on this computer</source>
        <translation>Sauvegardes sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="171" />
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="186" />
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="195" />
        <source>&amp;Keep:</source>
        <translation>&amp;Conserver :</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="207" />
        <source> daily</source>
        <translation> quotidiennes</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="217" />
        <source> weekly</source>
        <translation> hebdomadaires</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="227" />
        <source> monthly</source>
        <translation> mensuelles</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="239" />
        <source>MentorDesk makes a verified backup when you lock or quit after a change, and once a day while open. A USB drive or a synced folder keeps a copy off this computer; the backups are as encrypted as the workspace.</source>
        <translation>MentorDesk effectue une sauvegarde vérifiée lorsque vous verrouillez ou quittez après une modification, et une fois par jour tant qu'il est ouvert. Une clé USB ou un dossier synchronisé conserve une copie en dehors de cet ordinateur ; les sauvegardes sont chiffrées comme l'espace de travail.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="21" />
        <source>&amp;Lock after inactivity:</source>
        <translation>&amp;Verrouiller après une inactivité de :</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="47" />
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="53" />
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="54" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="55" />
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="59" />
        <source>Preferred name (else full name)</source>
        <translation>Nom d'usage (sinon nom complet)</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="61" />
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="63" />
        <source>Which of a client's names the client list, the pipeline, the calendar, billing and search show. Agreements and invoices are not affected.</source>
        <translation>Quel nom du client affichent la liste des clients, le parcours, le calendrier, la facturation et la recherche. Les accords et les factures ne sont pas concernés.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="86" />
        <source>Beside the workspace folder</source>
        <translation>À côté du dossier de l'espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="92" />
        <source>Backup Folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="109" />
        <source>Keep at least one backup: set the daily, weekly or monthly number above 0.</source>
        <translation>Conservez au moins une sauvegarde : réglez le nombre de sauvegardes quotidiennes, hebdomadaires ou mensuelles au-dessus de 0.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="121" />
        <source>The backup folder %1 does not exist or cannot be written to. Plug in the drive or choose another folder.</source>
        <translation>Le dossier de sauvegarde %1 n'existe pas ou n'est pas accessible en écriture. Branchez le disque ou choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>md::PriceListWidget</name>
    <message>
        <location filename="../ui/billing/PriceListWidget.cpp" line="44" />
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/billing/PriceListWidget.cpp" line="46" />
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/billing/PriceListWidget.cpp" line="48" />
        <location filename="../ui/billing/PriceListWidget.cpp" line="89" />
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../ui/billing/PriceListWidget.cpp" line="89" />
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location filename="../ui/billing/PriceListWidget.cpp" line="114" />
        <source>Saved "%1".</source>
        <translation>« %1 » enregistré.</translation>
    </message>
</context>
<context>
    <name>md::ProfileTab</name>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="36" />
        <source>Not decided</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="47" />
        <source>e.g. package of 8 sessions, paid by the employer</source>
        <translation>par ex. forfait de 8 séances, payé par l'employeur</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="50" />
        <source>Before tax. This engagement's held sessions are billed at it, whatever the price list says.</source>
        <translation>Hors taxes. Les séances effectuées de cet accompagnement sont facturées à ce montant, quel que soit le prix de la grille tarifaire.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="54" />
        <source>Your reading of the mentee's profile before the first session: background, what stands out, questions to ask.</source>
        <translation>Votre lecture du profil du mentoré avant la première séance : parcours, ce qui ressort, questions à poser.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="59" />
        <source>Written when the engagement ends.</source>
        <translation>Rédigé à la fin de l'accompagnement.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="64" />
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="65" />
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="66" />
        <source>Planned s&amp;essions:</source>
        <translation>Séances &amp;prévues :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="67" />
        <source>&amp;Cadence:</source>
        <translation>&amp;Fréquence :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="68" />
        <source>&amp;Format:</source>
        <translation>&amp;Modalité :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="69" />
        <source>Fee &amp;note:</source>
        <translation>&amp;Remarque sur les honoraires :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="70" />
        <source>Fee per sess&amp;ion:</source>
        <translation>Honoraires par sé&amp;ance :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="71" />
        <source>O&amp;utcome:</source>
        <translation>Rés&amp;ultat :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="77" />
        <source>Prepare A&amp;greement…</source>
        <translation>Préparer l'a&amp;ccord…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="79" />
        <source>Generate an agreement for this engagement in the Agreements area</source>
        <translation>Générer un accord pour cet accompagnement dans la rubrique Accords</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="86" />
        <source>The client's profile</source>
        <translation>Le profil du client</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="91" />
        <source>&amp;Profile-study notes:</source>
        <translation>Notes d'étude du &amp;profil :</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="96" />
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="211" />
        <source>Background</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="212" />
        <source>Strengths</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="213" />
        <source>Weaknesses</source>
        <translation>Points faibles</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="214" />
        <source>Aspirations</source>
        <translation>Aspirations</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="218" />
        <source>The client's profile is empty. Fill it in on the Clients page; the needs link to its strengths and weaknesses.</source>
        <translation>Le profil du client est vide. Renseignez-le dans la page Clients ; les besoins renvoient à ses points forts et à ses points faibles.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="231" />
        <source>A signed agreement with confidentiality terms is on record.</source>
        <translation>Un accord signé comportant des clauses de confidentialité est enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="233" />
        <source>Leaving this stage also needs a signed agreement with confidentiality terms (see Agreements).</source>
        <translation>Pour quitter cette étape, il faut aussi un accord signé comportant des clauses de confidentialité (voir Accords).</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="278" />
        <source>Saved "%1".</source>
        <translation>« %1 » enregistré.</translation>
    </message>
</context>
<context>
    <name>md::ProgressChart</name>
    <message>
        <location filename="../ui/pipeline/ProgressChart.cpp" line="16" />
        <source>Progress chart</source>
        <translation>Graphique de progression</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProgressChart.cpp" line="41" />
        <source>Enter a baseline and a target to chart progress.</source>
        <translation>Saisissez une valeur de départ et une cible pour représenter la progression.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProgressChart.cpp" line="73" />
        <source>No progress recorded yet.</source>
        <translation>Aucune progression enregistrée pour l'instant.</translation>
    </message>
</context>
<context>
    <name>md::RecoveryKey</name>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="74" />
        <source>Group %1 of the recovery key has the letter O; a recovery key has only the digit 0 (zero).</source>
        <translation>Le groupe %1 de la clé de récupération contient la lettre O ; une clé de récupération ne contient que le chiffre 0 (zéro).</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="79" />
        <source>Group %1 of the recovery key has the letter I or L; a recovery key has only the digit 1 (one).</source>
        <translation>Le groupe %1 de la clé de récupération contient la lettre I ou L ; une clé de récupération ne contient que le chiffre 1 (un).</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="84" />
        <source>Group %1 of the recovery key has a character that is not in a recovery key: it has only the digits 0-9, the letters A-F and dashes.</source>
        <translation>Le groupe %1 de la clé de récupération contient un caractère qui n'apparaît pas dans une clé de récupération : elle ne contient que les chiffres 0-9, les lettres A-F et des tirets.</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="103" />
        <source>Group %1 of the recovery key is too short: every group has four characters.</source>
        <translation>Le groupe %1 de la clé de récupération est trop court : chaque groupe comporte quatre caractères.</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="108" />
        <source>Group %1 of the recovery key is too long: every group has four characters.</source>
        <translation>Le groupe %1 de la clé de récupération est trop long : chaque groupe comporte quatre caractères.</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="127" />
        <source>A recovery key contains only the digits 0-9, the letters A-F and dashes.</source>
        <translation>Une clé de récupération ne contient que les chiffres 0-9, les lettres A-F et des tirets.</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="137" />
        <source>This recovery key is too long: a recovery key has 64 digits and letters (16 groups of four).</source>
        <translation>Cette clé de récupération est trop longue : une clé de récupération comporte 64 chiffres et lettres (16 groupes de quatre).</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="141" />
        <source>A recovery key has 64 digits and letters (16 groups of four); this one has %1.</source>
        <translation>Une clé de récupération comporte 64 chiffres et lettres (16 groupes de quatre) ; celle-ci en comporte %1.</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="146" />
        <source>The recovery key could not be read.</source>
        <translation>La clé de récupération n'a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>md::RecoveryKeyDocument</name>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="27" />
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="31" />
        <source>MentorDesk recovery key</source>
        <translation>Clé de récupération MentorDesk</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="56" />
        <source>Workspace: %1</source>
        <translation>Espace de travail : %1</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="59" />
        <source>Workspace folder: %1</source>
        <translation>Dossier de l'espace de travail : %1</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="62" />
        <source>Workspace ID: %1</source>
        <translation>Identifiant de l'espace de travail : %1</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="65" />
        <source>Made on: %1</source>
        <translation>Créée le : %1</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="72" />
        <source>Keep this page somewhere safe, away from your computer. Anyone who has this key can read every client record in the workspace.</source>
        <translation>Conservez cette page en lieu sûr, loin de votre ordinateur. Toute personne qui possède cette clé peut lire tous les dossiers clients de l'espace de travail.</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="79" />
        <source>In MentorDesk</source>
        <translation>Dans MentorDesk</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="80" />
        <source>On the unlock screen choose "Use recovery key instead" and type the key. Dashes and spaces are optional. Then set a new passphrase with File &gt; Change Passphrase.</source>
        <translation>Sur l'écran de déverrouillage, choisissez « Utiliser plutôt la clé de récupération » et saisissez la clé. Les tirets et les espaces sont facultatifs. Définissez ensuite une nouvelle phrase secrète avec Fichier &gt; Changer la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="88" />
        <source>Without MentorDesk</source>
        <translation>Sans MentorDesk</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="89" />
        <source>The database is a standard SQLCipher 3 file. Open it with the sqlcipher command-line tool:</source>
        <translation>La base de données est un fichier SQLCipher 3 standard. Ouvrez-la avec l'outil en ligne de commande sqlcipher :</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="97" />
        <source>the 64 digits of the key without dashes</source>
        <translation>les 64 chiffres de la clé sans les tirets</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="115" />
        <source>%1 · workspace %2</source>
        <translation>%1 · espace de travail %2</translation>
    </message>
</context>
<context>
    <name>md::RecoveryKeyView</name>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="29" />
        <source>This recovery key opens your workspace if you forget your passphrase. It is shown only now. Print it or write it down and keep it somewhere safe, away from this computer. Anyone who has it can read your client records.</source>
        <translation>Cette clé de récupération ouvre votre espace de travail si vous oubliez votre phrase secrète. Elle n'est affichée que maintenant. Imprimez-la ou notez-la, et conservez-la en lieu sûr, loin de cet ordinateur. Toute personne qui la possède peut lire vos dossiers clients.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="41" />
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="51" />
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="54" />
        <source>Copy the recovery key, to paste it into a password manager. The clipboard is cleared after a minute.</source>
        <translation>Copier la clé de récupération pour la coller dans un gestionnaire de mots de passe. Le presse-papiers est vidé au bout d'une minute.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="58" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="61" />
        <source>Save the recovery key sheet as a PDF, for example on a USB stick you keep apart</source>
        <translation>Enregistrer la fiche de la clé de récupération en PDF, par exemple sur une clé USB conservée à part</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="64" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="66" />
        <source>Print the recovery key sheet to keep it on paper</source>
        <translation>Imprimer la fiche de la clé de récupération pour la conserver sur papier</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="165" />
        <source>The recovery key is no longer shown.</source>
        <translation>La clé de récupération n'est plus affichée.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="178" />
        <source>Save Recovery Key as PDF</source>
        <translation>Enregistrer la clé de récupération en PDF</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="179" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="183" />
        <source>MentorDesk recovery key.pdf</source>
        <translation>Clé de récupération MentorDesk.pdf</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="189" />
        <source>Save Recovery Key</source>
        <translation>Enregistrer la clé de récupération</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="192" />
        <source>Saved as %1. Keep the file apart from this computer.</source>
        <translation>Enregistrée sous %1. Conservez le fichier à l'écart de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="203" />
        <source>Copied. MentorDesk clears the clipboard in a minute if the key is still on it.</source>
        <translation>Copiée. MentorDesk vide le presse-papiers au bout d'une minute si la clé s'y trouve encore.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="76" />
        <source>I have stored my recovery key somewhere safe</source>
        <translation>J'ai conservé ma clé de récupération en lieu sûr</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="152" />
        <location filename="../ui/security/RecoveryKeyView.cpp" line="158" />
        <source>Print Recovery Key</source>
        <translation>Imprimer la clé de récupération</translation>
    </message>
</context>
<context>
    <name>md::Recurrence</name>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="68" />
        <source>The series needs a valid first date and time.</source>
        <translation>La série doit avoir une première date et heure valides.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="71" />
        <source>The repeat interval must be between 1 and 12.</source>
        <translation>L'intervalle de répétition doit être compris entre 1 et 12.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="76" />
        <source>A series ends either after a number of sessions or on a date.</source>
        <translation>Une série se termine soit après un nombre de séances, soit à une date.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="79" />
        <source>A series can have at most %1 sessions.</source>
        <translation>Une série peut comporter au maximum %1 séances.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="82" />
        <source>The series ends before its first session.</source>
        <translation>La série se termine avant sa première séance.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="89" />
        <source>The weekday of the month must be the 1st to the 5th or the last.</source>
        <translation>Le jour de la semaine dans le mois doit être du 1er au 5e, ou le dernier.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="94" />
        <source>The first session is not on the weekday of the month the series repeats on.</source>
        <translation>La première séance ne tombe pas le jour de la semaine du mois sur lequel la série se répète.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="112" />
        <location filename="../core/scheduling/Recurrence.cpp" line="118" />
        <source>The repeat rule is not valid.</source>
        <translation>La règle de répétition n'est pas valide.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="171" />
        <source>Every week on %1</source>
        <translation>Toutes les semaines le %1</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="172" />
        <source>Every two weeks on %1</source>
        <translation>Toutes les deux semaines le %1</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="173" />
        <source>Every %1 weeks on %2</source>
        <translation>Toutes les %1 semaines le %2</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="176" />
        <source>Every month on day %1</source>
        <translation>Tous les mois le %1</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="177" />
        <source>Every %1 months on day %2</source>
        <translation>Tous les %1 mois le %2</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="179" />
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="180" />
        <source>second</source>
        <translation>deuxième</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="181" />
        <source>third</source>
        <translation>troisième</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="182" />
        <source>fourth</source>
        <translation>quatrième</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="183" />
        <source>fifth</source>
        <translation>cinquième</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="185" />
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="187" />
        <source>Every month on the %1 %2</source>
        <translation>Tous les mois le %1 %2</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="188" />
        <source>Every %1 months on the %2 %3</source>
        <translation>Tous les %1 mois le %2 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/scheduling/Recurrence.cpp" line="191" />
        <source>%1, %n time(s)</source>
        <translation>
            <numerusform>%1, %n fois</numerusform>
            <numerusform>%1, %n fois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="193" />
        <source>%1, until %2</source>
        <translation>%1, jusqu'au %2</translation>
    </message>
</context>
<context>
    <name>md::RestoreDialog</name>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="6" />
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="12" />
        <source>A restore makes a workspace from a verified backup. The copy is checked against the backup's checksums before it opens.</source>
        <translation>Une restauration crée un espace de travail à partir d'une sauvegarde vérifiée. La copie est contrôlée à l'aide des sommes de contrôle de la sauvegarde avant son ouverture.</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="27" />
        <source>&amp;Backup:</source>
        <translation>&amp;Sauvegarde :</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="49" />
        <source>Other &amp;Folder…</source>
        <translation>Autre &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="65" />
        <source>Restore as:</source>
        <translation>Restaurer en tant que :</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="72" />
        <source>A &amp;new workspace in this folder:</source>
        <translation>Un &amp;nouvel espace de travail dans ce dossier :</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="87" />
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="96" />
        <source>In &amp;place of the current workspace (it is moved aside, not deleted)</source>
        <translation>À la p&amp;lace de l'espace de travail actuel (il est mis de côté, non supprimé)</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="103" />
        <location filename="../ui/backup/RestoreDialog.cpp" line="49" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="120" />
        <source>Use the &amp;recovery key instead</source>
        <translation>Utiliser plutôt la clé de &amp;récupération</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="127" />
        <source>The passphrase the workspace had when the backup was made, or the recovery key.</source>
        <translation>La phrase secrète de l'espace de travail au moment de la sauvegarde, ou la clé de récupération.</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="28" />
        <source>&amp;Restore</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="49" />
        <source>&amp;Recovery key:</source>
        <translation>Clé de &amp;récupération :</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="84" />
        <source>%1 (automatic)</source>
        <translation>%1 (automatique)</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="89" />
        <source>There is no verified backup in %1. Choose the folder that holds your backups.</source>
        <translation>Il n'y a aucune sauvegarde vérifiée dans %1. Choisissez le dossier qui contient vos sauvegardes.</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="97" />
        <source>Folder with Backups</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="104" />
        <source>Folder for the Restored Workspace</source>
        <translation>Dossier de l'espace de travail restauré</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="117" />
        <source>%1 MB, verified, in %2</source>
        <translation>%1 Mo, vérifiée, dans %2</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="144" />
        <source>%1 already holds a workspace. Choose a new or empty folder.</source>
        <translation>%1 contient déjà un espace de travail. Choisissez un dossier nouveau ou vide.</translation>
    </message>
</context>
<context>
    <name>md::RevenueModel</name>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="142" />
        <source>Year %1</source>
        <translation>Année %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="161" />
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="163" />
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="165" />
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="167" />
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="169" />
        <source>Received</source>
        <translation>Encaissé</translation>
    </message>
</context>
<context>
    <name>md::RichTextEditor</name>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="44" />
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="49" />
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="52" />
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="54" />
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="56" />
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="68" />
        <source>Insert placeholder</source>
        <translation>Insérer un champ de fusion</translation>
    </message>
</context>
<context>
    <name>md::ScanPreview</name>
    <message>
        <location filename="../ui/agreements/ScanPreview.cpp" line="17" />
        <source>No preview of PDF files on this computer (pdftoppm from poppler-utils is not installed). Open the file yourself to check it before you attach it.</source>
        <translation>Aucun aperçu des fichiers PDF sur cet ordinateur (pdftoppm, du paquet poppler-utils, n'est pas installé). Ouvrez vous-même le fichier pour le vérifier avant de le joindre.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/ScanPreview.cpp" line="28" />
        <source>Could not prepare the preview of the PDF.</source>
        <translation>Impossible de préparer l'aperçu du PDF.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/ScanPreview.cpp" line="39" />
        <location filename="../ui/agreements/ScanPreview.cpp" line="44" />
        <source>The PDF could not be shown: it may be damaged or protected.</source>
        <translation>Le PDF n'a pas pu être affiché : il est peut-être endommagé ou protégé.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/ScanPreview.cpp" line="58" />
        <source>This file is neither a PDF nor a PNG or JPEG image.</source>
        <translation>Ce fichier n'est ni un PDF, ni une image PNG ou JPEG.</translation>
    </message>
</context>
<context>
    <name>md::SchedulingService</name>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="45" />
        <source>A session belongs to an engagement.</source>
        <translation>Une séance appartient à un accompagnement.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="47" />
        <source>A session needs a start date and time.</source>
        <translation>Une séance doit avoir une date et une heure de début.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="50" />
        <location filename="../core/scheduling/SchedulingService.cpp" line="339" />
        <source>A session lasts between 1 minute and 24 hours.</source>
        <translation>Une séance dure entre 1 minute et 24 heures.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="59" />
        <source>The session on %1 has not begun yet: it can be marked "%2" once it has started. Until then it stays planned.</source>
        <translation>La séance du %1 n'a pas encore commencé : elle pourra être marquée « %2 » une fois commencée. D'ici là, elle reste planifiée.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="67" />
        <source>A session cannot have been cancelled in the future: give the time the cancellation came, or leave it to be now.</source>
        <translation>Une séance ne peut pas avoir été annulée dans le futur : indiquez l'heure à laquelle l'annulation est arrivée, ou laissez l'heure actuelle.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="173" />
        <location filename="../core/scheduling/SchedulingService.cpp" line="268" />
        <source>This session has not been saved yet.</source>
        <translation>Cette séance n'a pas encore été enregistrée.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="336" />
        <source>A series belongs to an engagement.</source>
        <translation>Une série appartient à un accompagnement.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="344" />
        <source>This series has no sessions.</source>
        <translation>Cette série ne comporte aucune séance.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingServiceCalendar.cpp" line="30" />
        <source>The buffer must be between 0 and 1440 minutes.</source>
        <translation>Le battement doit être compris entre 0 et 1440 minutes.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingServiceCalendar.cpp" line="34" />
        <source>Working hours must end after they start.</source>
        <translation>Les heures de travail doivent se terminer après leur début.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingServiceCalendar.cpp" line="65" />
        <source>Busy times need the name of their source.</source>
        <translation>Les plages occupées doivent indiquer le nom de leur source.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingServiceCalendar.cpp" line="127" />
        <source>Choose a client to export.</source>
        <translation>Choisissez un client à exporter.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingServiceConflicts.cpp" line="61" />
        <location filename="../core/scheduling/SchedulingServiceConflicts.cpp" line="153" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>md::SearchController</name>
    <message>
        <location filename="../ui/search/SearchController.cpp" line="27" />
        <source>Search everything (Ctrl+K)</source>
        <translation>Tout rechercher (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchController.cpp" line="28" />
        <source>Search the workspace</source>
        <translation>Rechercher dans l'espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchController.cpp" line="34" />
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchController.cpp" line="47" />
        <source>Search &amp;Everything</source>
        <translation>&amp;Tout rechercher</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchController.cpp" line="68" />
        <source>“%1” is no longer there.</source>
        <translation>« %1 » n'existe plus.</translation>
    </message>
</context>
<context>
    <name>md::SearchRepository</name>
    <message>
        <location filename="../core/storage/SearchRepository.cpp" line="129" />
        <location filename="../core/storage/SearchRepository.cpp" line="165" />
        <source>Could not search the workspace</source>
        <translation>Impossible d'effectuer la recherche dans l'espace de travail</translation>
    </message>
    <message>
        <location filename="../core/storage/SearchRepository.cpp" line="223" />
        <source>Could not rebuild the search index</source>
        <translation>Impossible de reconstruire l'index de recherche</translation>
    </message>
    <message>
        <location filename="../core/storage/SearchRepository.cpp" line="227" />
        <source>Could not tidy the search index</source>
        <translation>Impossible de nettoyer l'index de recherche</translation>
    </message>
</context>
<context>
    <name>md::SearchResultsPage</name>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="37" />
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="58" />
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="60" />
        <source>Engagements</source>
        <translation>Accompagnements</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="62" />
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="64" />
        <source>SMART goals</source>
        <translation>Objectifs SMART</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="66" />
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="68" />
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="70" />
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="72" />
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="74" />
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="82" />
        <source>Session on %1 at %2 · %3</source>
        <translation>Séance du %1 à %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="86" />
        <source>Draft invoice</source>
        <translation>Brouillon de facture</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="88" />
        <source>Evaluation of “%1”</source>
        <translation>Évaluation de « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="91" />
        <location filename="../ui/search/SearchResultsPage.cpp" line="96" />
        <source>(archived)</source>
        <translation>(archivé)</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="98" />
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="109" />
        <source>Nothing matches “%1”. Try fewer or shorter words.</source>
        <translation>Aucun résultat pour « %1 ». Essayez avec moins de mots ou des mots plus courts.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/SearchResultsPage.cpp" line="112" />
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n résultat pour « %1 »</numerusform>
            <numerusform>%n résultats pour « %1 »</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::SearchService</name>
    <message>
        <location filename="../core/search/SearchService.cpp" line="40" />
        <source>The number of results must be between 1 and %1.</source>
        <translation>Le nombre de résultats doit être compris entre 1 et %1.</translation>
    </message>
</context>
<context>
    <name>md::SellPackageDialog</name>
    <message>
        <location filename="../ui/billing/SellPackageDialog.ui" line="6" />
        <source>Sell package</source>
        <translation>Vendre un forfait</translation>
    </message>
    <message>
        <location filename="../ui/billing/SellPackageDialog.ui" line="15" />
        <source>&amp;Engagement:</source>
        <translation>&amp;Accompagnement :</translation>
    </message>
    <message>
        <location filename="../ui/billing/SellPackageDialog.ui" line="28" />
        <source>&amp;Package:</source>
        <translation>&amp;Forfait :</translation>
    </message>
    <message>
        <location filename="../ui/billing/SellPackageDialog.ui" line="41" />
        <source>The engagement gets the package's sessions as credits, and an invoice draft bills the price. If the client paid elsewhere, delete the draft: the credits stay.</source>
        <translation>L'accompagnement reçoit les séances du forfait sous forme de crédits, et un brouillon de facture en facture le prix. Si le client a payé par un autre moyen, supprimez le brouillon : les crédits restent.</translation>
    </message>
</context>
<context>
    <name>md::SeriesPlanner</name>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="137" />
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="152" />
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="262" />
        <source>The session is not part of this series.</source>
        <translation>La séance ne fait pas partie de cette série.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="139" />
        <source>A session needs a duration.</source>
        <translation>Une séance doit avoir une durée.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="142" />
        <source>A session lasts between 1 minute and 24 hours.</source>
        <translation>Une séance dure entre 1 minute et 24 heures.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="144" />
        <source>The new start time is not valid.</source>
        <translation>La nouvelle heure de début n'est pas valide.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="264" />
        <source>A session that was held cannot be skipped.</source>
        <translation>Une séance qui a eu lieu ne peut pas être sautée.</translation>
    </message>
</context>
<context>
    <name>md::Session</name>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="20" />
        <location filename="../core/scheduling/Session.cpp" line="33" />
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="22" />
        <location filename="../core/scheduling/Session.cpp" line="35" />
        <source>Video call</source>
        <translation>Visioconférence</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="24" />
        <location filename="../core/scheduling/Session.cpp" line="37" />
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="142" />
        <location filename="../core/scheduling/Session.cpp" line="75" />
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="144" />
        <location filename="../core/scheduling/Session.cpp" line="77" />
        <source>Held</source>
        <translation>Effectuée</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="146" />
        <location filename="../core/scheduling/Session.cpp" line="79" />
        <source>Cancelled by the client</source>
        <translation>Annulée par le client</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="148" />
        <location filename="../core/scheduling/Session.cpp" line="81" />
        <source>Cancelled by the mentor</source>
        <translation>Annulée par le mentor</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="150" />
        <location filename="../core/scheduling/Session.cpp" line="83" />
        <source>No-show</source>
        <translation>Absence non excusée</translation>
    </message>
</context>
<context>
    <name>md::SessionEditFlow</name>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="19" />
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="28" />
        <source>Session saved.</source>
        <translation>Séance enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="23" />
        <source>Cancel which sessions of the series?</source>
        <translation>Annuler quelles séances de la série ?</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="24" />
        <source>Change which sessions of the series?</source>
        <translation>Modifier quelles séances de la série ?</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="29" />
        <source>Sessions saved.</source>
        <translation>Séances enregistrées.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="58" />
        <source>Session moved.</source>
        <translation>Séance déplacée.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="62" />
        <source>Move which sessions of the series?</source>
        <translation>Déplacer quelles séances de la série ?</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="73" />
        <source>Conflicts could not be checked: %1</source>
        <translation>Les chevauchements n'ont pas pu être vérifiés : %1</translation>
    </message>
</context>
<context>
    <name>md::SessionEditorDialog</name>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="27" />
        <source>&amp;Engagement:</source>
        <translation>&amp;Accompagnement :</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="40" />
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="94" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="84" />
        <source>&amp;Duration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="125" />
        <source>Place, video link or phone number</source>
        <translation>Lieu, lien de visioconférence ou numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="110" />
        <source>&amp;Format:</source>
        <translation>&amp;Modalité :</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="134" />
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="151" />
        <source>o&amp;n</source>
        <translation>l&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="195" />
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="200" />
        <source>until</source>
        <translation>jusqu'au</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="208" />
        <source> sessions</source>
        <translation> séances</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="179" />
        <source>&amp;Repeat:</source>
        <translation>&amp;Répétition :</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="260" />
        <source>What you plan to cover</source>
        <translation>Ce que vous prévoyez d'aborder</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="247" />
        <source>&amp;Agenda:</source>
        <translation>&amp;Ordre du jour :</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="21" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="293" />
        <source>Only for you: never in a summary, export or calendar file</source>
        <translation>Pour vous uniquement : jamais dans un compte rendu, un export ou un fichier de calendrier</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="313" />
        <source>Appears in the summary for your mentee</source>
        <translation>Figure dans le compte rendu destiné à votre mentoré</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="280" />
        <source>&amp;Private notes:</source>
        <translation>Notes &amp;privées :</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="300" />
        <source>S&amp;hareable notes:</source>
        <translation>Notes partagea&amp;bles :</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="274" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="337" />
        <source>One per line; “- ” makes a list</source>
        <translation>Une par ligne ; « - » crée une liste</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="368" />
        <source>One action per line</source>
        <translation>Une action par ligne</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="327" />
        <source>Topics:</source>
        <translation>Sujets :</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="344" />
        <source>Progress on goals:</source>
        <translation>Progression des objectifs :</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="358" />
        <source>Agreed actions:</source>
        <translation>Actions convenues :</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="375" />
        <source>Add to the action plan…</source>
        <translation>Ajouter au plan d'action…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="382" />
        <source>Next steps:</source>
        <translation>Prochaines étapes :</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="321" />
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="59" />
        <source>Summary</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="49" />
        <source>time not recorded</source>
        <translation>heure non enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="57" />
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="198" />
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="62" />
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="64" />
        <source>Save as Markdown…</source>
        <translation>Enregistrer en Markdown…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="66" />
        <source>Copy as text for an e-mail</source>
        <translation>Copier sous forme de texte pour un e-mail</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="68" />
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="70" />
        <source>Export as calendar file (.ics)…</source>
        <translation>Exporter en fichier de calendrier (.ics)…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="122" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="151" />
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="198" />
        <source>Skip this date…</source>
        <translation>Sauter cette date…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="199" />
        <source>Session with %1</source>
        <translation>Séance avec %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="245" />
        <source>Cancelled by you: never billed.</source>
        <translation>Annulée par vous : jamais facturée.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="247" />
        <source>When the client cancelled was not recorded, so it is not billed.</source>
        <translation>Le moment de l'annulation par le client n'a pas été enregistré ; elle n'est donc pas facturée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="249" />
        <source>Cancelled in time (at least %n hour(s) before the start): not billed.</source>
        <translation>
            <numerusform>Annulée à temps (au moins %n heure avant le début) : non facturée.</numerusform>
            <numerusform>Annulée à temps (au moins %n heures avant le début) : non facturée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="252" />
        <source>Cancelled late (less than %n hour(s) before the start): billed, as your cancellation policy says.</source>
        <translation>
            <numerusform>Annulée tardivement (moins de %n heure avant le début) : facturée, comme le prévoient vos conditions d'annulation.</numerusform>
            <numerusform>Annulée tardivement (moins de %n heures avant le début) : facturée, comme le prévoient vos conditions d'annulation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="256" />
        <source>Cancelled late (less than %n hour(s) before the start); your cancellation policy does not bill late cancellations.</source>
        <translation>
            <numerusform>Annulée tardivement (moins de %n heure avant le début) ; vos conditions d'annulation ne facturent pas les annulations tardives.</numerusform>
            <numerusform>Annulée tardivement (moins de %n heures avant le début) ; vos conditions d'annulation ne facturent pas les annulations tardives.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="274" />
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="276" />
        <source>Every week on %1</source>
        <translation>Toutes les semaines le %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="278" />
        <source>Every two weeks on %1</source>
        <translation>Toutes les deux semaines le %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="280" />
        <source>Every month on day %1</source>
        <translation>Tous les mois le %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="362" />
        <source>For %1: %2, %3–%4 (%5)</source>
        <translation>Pour %1 : %2, %3–%4 (%5)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="374" />
        <source>Part of a series: %1.</source>
        <translation>Fait partie d'une série : %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="380" />
        <source>%n session(s), the last on %1.</source>
        <translation>
            <numerusform>%n séance, la dernière le %1.</numerusform>
            <numerusform>%n séances, la dernière le %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="401" />
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="413" />
        <source>No engagement</source>
        <translation>Aucun accompagnement</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="414" />
        <source>Sessions belong to an engagement. Start one in the pipeline first.</source>
        <translation>Les séances appartiennent à un accompagnement. Commencez-en d'abord un dans le parcours.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="419" />
        <source>Repeat</source>
        <translation>Répétition</translation>
    </message>
</context>
<context>
    <name>md::SessionListModel</name>
    <message>
        <location filename="../ui/calendar/SessionListModel.cpp" line="82" />
        <source> (%1 their time)</source>
        <translation> (%1 chez le client)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionListModel.cpp" line="113" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionListModel.cpp" line="115" />
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionListModel.cpp" line="117" />
        <source>Format</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionListModel.cpp" line="119" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>md::SessionReportRepository</name>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="33" />
        <location filename="../core/storage/SessionReportRepository.cpp" line="36" />
        <source>Could not read the engagement</source>
        <translation>Impossible de lire l'accompagnement</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="38" />
        <source>There is no engagement with id %1.</source>
        <translation>Aucun accompagnement ne porte l'identifiant %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="59" />
        <location filename="../core/storage/SessionReportRepository.cpp" line="63" />
        <source>Could not read the workspace's tables</source>
        <translation>Impossible de lire les tables de l'espace de travail</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="154" />
        <location filename="../core/storage/SessionReportRepository.cpp" line="168" />
        <source>Could not read the goals</source>
        <translation>Impossible de lire les objectifs</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="181" />
        <location filename="../core/storage/SessionReportRepository.cpp" line="191" />
        <source>Could not read the actions</source>
        <translation>Impossible de lire les actions</translation>
    </message>
</context>
<context>
    <name>md::SessionRepository</name>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="124" />
        <location filename="../core/storage/SessionRepository.cpp" line="162" />
        <source>Could not save the session</source>
        <translation>Impossible d'enregistrer la séance</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="165" />
        <location filename="../core/storage/SessionRepository.cpp" line="187" />
        <source>There is no session with id %1.</source>
        <translation>Aucune séance ne porte l'identifiant %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="174" />
        <source>Could not delete the session</source>
        <translation>Impossible de supprimer la séance</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="138" />
        <location filename="../core/storage/SessionRepository.cpp" line="183" />
        <location filename="../core/storage/SessionRepository.cpp" line="186" />
        <source>Could not read the session</source>
        <translation>Impossible de lire la séance</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="264" />
        <location filename="../core/storage/SessionRepository.cpp" line="274" />
        <location filename="../core/storage/SessionRepository.cpp" line="315" />
        <location filename="../core/storage/SessionRepository.cpp" line="320" />
        <source>Could not read the sessions</source>
        <translation>Impossible de lire les séances</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="354" />
        <location filename="../core/storage/SessionRepository.cpp" line="357" />
        <source>Could not read the engagement</source>
        <translation>Impossible de lire l'accompagnement</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="359" />
        <source>There is no engagement with id %1.</source>
        <translation>Aucun accompagnement ne porte l'identifiant %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="368" />
        <location filename="../core/storage/SessionRepository.cpp" line="373" />
        <location filename="../core/storage/SessionRepository.cpp" line="384" />
        <location filename="../core/storage/SessionRepository.cpp" line="389" />
        <source>Could not read the engagements</source>
        <translation>Impossible de lire les accompagnements</translation>
    </message>
</context>
<context>
    <name>md::SessionSeriesRepository</name>
    <message>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="102" />
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="120" />
        <source>Could not save the series</source>
        <translation>Impossible d'enregistrer la série</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="122" />
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="135" />
        <source>There is no series with id %1.</source>
        <translation>Aucune série ne porte l'identifiant %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="131" />
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="134" />
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="157" />
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="162" />
        <source>Could not read the series</source>
        <translation>Impossible de lire la série</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="171" />
        <source>Could not delete the series</source>
        <translation>Impossible de supprimer la série</translation>
    </message>
</context>
<context>
    <name>md::SessionSpanRepository</name>
    <message>
        <location filename="../core/storage/SessionSpanRepository.cpp" line="36" />
        <source>Could not read the sessions</source>
        <translation>Impossible de lire les séances</translation>
    </message>
</context>
<context>
    <name>md::SessionSummaryActions</name>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="27" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="58" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="66" />
        <source>Summary</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="48" />
        <source>Session summary %1 %2.%3</source>
        <translation>Compte rendu de séance %1 %2.%3</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="51" />
        <source>Save summary</source>
        <translation>Enregistrer le compte rendu</translation>
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
        <translation>Exporter en fichier de calendrier</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="73" />
        <source>Save the session first.</source>
        <translation>Enregistrez d'abord la séance.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="81" />
        <source>Session %1 %2.ics</source>
        <translation>Séance %1 %2.ics</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="85" />
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="100" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="109" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="116" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="126" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="129" />
        <source>Action plan</source>
        <translation>Plan d'action</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="101" />
        <source>This engagement has no goals yet. Actions belong to a goal.</source>
        <translation>Cet accompagnement n'a pas encore d'objectifs. Les actions se rattachent à un objectif.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="109" />
        <source>Add the agreed actions to the goal:</source>
        <translation>Ajouter les actions convenues à l'objectif :</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="119" />
        <source>%n action(s) added to “%1”.</source>
        <translation>
            <numerusform>%n action ajoutée à « %1 ».</numerusform>
            <numerusform>%n actions ajoutées à « %1 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="122" />
        <source>%n action(s) were already in the plan.</source>
        <translation>
            <numerusform>%n action figurait déjà dans le plan.</numerusform>
            <numerusform>%n actions figuraient déjà dans le plan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="124" />
        <source>Not added:</source>
        <translation>Non ajoutées :</translation>
    </message>
</context>
<context>
    <name>md::SessionSummaryDocument</name>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="39" />
        <source>Session summary</source>
        <translation>Compte rendu de séance</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="46" />
        <source>Topics discussed</source>
        <translation>Sujets abordés</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="47" />
        <source>Progress on goals</source>
        <translation>Progression des objectifs</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="49" />
        <source>Agreed actions</source>
        <translation>Actions convenues</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="51" />
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="52" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="62" />
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="64" />
        <source>Engagement</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="67" />
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="68" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="72" />
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="77" />
        <source>Format</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="79" />
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="81" />
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="87" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="96" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="110" />
        <source>No summary has been written for this session yet.</source>
        <translation>Aucun compte rendu n'a encore été rédigé pour cette séance.</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="168" />
        <source>Session summary · %1 · %2</source>
        <translation>Compte rendu de séance · %1 · %2</translation>
    </message>
</context>
<context>
    <name>md::SessionSummaryReport</name>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="25" />
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="27" />
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="29" />
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="30" />
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="61" />
        <source>Progress report</source>
        <translation>Rapport d'avancement</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="76" />
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="84" />
        <source>%1 still planned</source>
        <translation>à venir : %1</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="87" />
        <source>%1 cancelled</source>
        <translation>annulées : %1</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="90" />
        <source>%1 missed</source>
        <translation>absences non excusées : %1</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="97" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="98" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="99" />
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="110" />
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="114" />
        <source>No goals recorded yet.</source>
        <translation>Aucun objectif enregistré pour l'instant.</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="118" />
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="119" />
        <source>Start</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="120" />
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="121" />
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="122" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="133" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="160" />
        <source>for “%1”</source>
        <translation>pour « %1 »</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="162" />
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="175" />
        <source>Actions done</source>
        <translation>Actions réalisées</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="176" />
        <source>None yet.</source>
        <translation>Aucune pour l'instant.</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="177" />
        <source>Open actions</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="178" />
        <source>Nothing open.</source>
        <translation>Rien en cours.</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="186" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="191" />
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="194" />
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="196" />
        <source>Started</source>
        <translation>Commencé le</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="198" />
        <source>Report date</source>
        <translation>Date du rapport</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="212" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="213" />
        <source>Progress report · %1 · %2</source>
        <translation>Rapport d'avancement · %1 · %2</translation>
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
        <translation> · %1 (fuseau %2)</translation>
    </message>
</context>
<context>
    <name>md::SessionTally</name>
    <message numerus="yes">
        <location filename="../core/export/SessionSummaryReport.cpp" line="44" />
        <location filename="../core/scheduling/SessionTally.cpp" line="34" />
        <source>%n held</source>
        <translation>
            <numerusform>%n effectuée</numerusform>
            <numerusform>%n effectuées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/SessionSummaryReport.cpp" line="45" />
        <location filename="../core/scheduling/SessionTally.cpp" line="35" />
        <source>%1 of %n held</source>
        <translation>
            <numerusform>%1 sur %n effectuée</numerusform>
            <numerusform>%1 sur %n effectuées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::SettingsCatalog</name>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="43" />
        <source>%1 image, %2 KB</source>
        <translation>Image %1, %2 Ko</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="59" />
        <source>Your name as printed on invoices and agreements.</source>
        <translation>Votre nom tel qu'il figure sur les factures et les accords.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="61" />
        <source>Business or trading name (optional).</source>
        <translation>Raison sociale ou nom commercial (facultatif).</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="64" />
        <source>Postal address; write \n between lines on the command line.</source>
        <translation>Adresse postale ; en ligne de commande, écrivez \n entre les lignes.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="66" />
        <source>Your VAT or tax number.</source>
        <translation>Votre numéro de TVA ou numéro fiscal.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="68" />
        <source>Contact e-mail.</source>
        <translation>E-mail de contact.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="70" />
        <source>Contact phone.</source>
        <translation>Téléphone de contact.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="73" />
        <source>Language of your documents and the default for each client's (%1); empty follows the interface language.</source>
        <translation>Langue de vos documents et langue par défaut de ceux de chaque client (%1) ; vide, elle suit la langue de l'interface.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="78" />
        <source>Country of your business (ISO code such as DE, FR, IT): it decides the legal wording of a small-business exemption. Empty takes the IBAN's country.</source>
        <translation>Pays de votre activité (code ISO tel que DE, FR, IT) : il détermine la mention légale de la franchise en base de TVA. Vide, c'est le pays de l'IBAN qui est pris.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="82" />
        <source>Logo printed on invoices: path of a PNG or JPEG file (empty removes it).</source>
        <translation>Logo imprimé sur les factures : chemin d'un fichier PNG ou JPEG (vide pour le retirer).</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="88" />
        <source>An open engagement without activity for this many days is shown as stale (%1 to %2).</source>
        <translation>Un accompagnement en cours sans activité depuis ce nombre de jours est signalé comme en sommeil (de %1 à %2).</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="94" />
        <source>Minutes before a session that MentorDesk reminds you; 0 turns reminders off.</source>
        <translation>Nombre de minutes avant une séance auquel MentorDesk vous la rappelle ; 0 désactive les rappels.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="142" />
        <location filename="../core/settings/SettingsCatalog.cpp" line="215" />
        <source>There is no setting called "%1".</source>
        <translation>Il n'existe aucun paramètre nommé « %1 ».</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="159" />
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 doit être un nombre entier compris entre %2 et %3.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="187" />
        <source>MentorDesk writes no documents in "%1" (use one of %2).</source>
        <translation>MentorDesk ne rédige aucun document en « %1 » (utilisez l'une des langues suivantes : %2).</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="197" />
        <source>"%1" is not a country code (two letters, such as DE).</source>
        <translation>« %1 » n'est pas un code pays (deux lettres, tel que FR).</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="208" />
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>md::SettingsService</name>
    <message>
        <location filename="../core/settings/SettingsService.cpp" line="70" />
        <source>An engagement can be called stale after %1 to %2 days.</source>
        <translation>Un accompagnement peut être considéré comme en sommeil après %1 à %2 jours.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsService.cpp" line="75" />
        <source>A reminder can come at most %1 minutes before a session.</source>
        <translation>Un rappel peut intervenir au plus %1 minutes avant une séance.</translation>
    </message>
</context>
<context>
    <name>md::Sidecar</name>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="39" />
        <source>No workspace file at %1.</source>
        <translation>Aucun fichier d'espace de travail dans %1.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="43" />
        <location filename="../core/workspace/Sidecar.cpp" line="50" />
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="28" />
        <source>The workspace file %1 is damaged (%2). The database itself can still be opened with the recovery key.</source>
        <translation>Le fichier de l'espace de travail %1 est endommagé (%2). La base de données elle-même peut encore être ouverte avec la clé de récupération.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="45" />
        <location filename="../core/workspace/Sidecar.cpp" line="56" />
        <source>it is far too large to be one</source>
        <translation>il est bien trop volumineux pour en être un</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="61" />
        <source>it is not a JSON object</source>
        <translation>ce n'est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="68" />
        <source>This workspace was made by a newer version of MentorDesk. Update MentorDesk to open it; nothing was changed.</source>
        <translation>Cet espace de travail a été créé par une version plus récente de MentorDesk. Mettez MentorDesk à jour pour l'ouvrir ; rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="71" />
        <source>it has no format version</source>
        <translation>il n'a pas de version de format</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="86" />
        <source>it has %1 passphrase entries</source>
        <translation>il contient %1 entrées de phrase secrète</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="95" />
        <source>The workspace file %1 is incomplete. The database itself can still be opened with the recovery key.</source>
        <translation>Le fichier de l'espace de travail %1 est incomplet. La base de données elle-même peut encore être ouverte avec la clé de récupération.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="99" />
        <source>its workspace id is not valid</source>
        <translation>son identifiant d'espace de travail n'est pas valide</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="103" />
        <source>its pending key fingerprint is not valid</source>
        <translation>l'empreinte de sa clé en attente n'est pas valide</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="106" />
        <source>its page size %1 is not 4096</source>
        <translation>sa taille de page %1 n'est pas 4096</translation>
    </message>
</context>
<context>
    <name>md::SignaturePad</name>
    <message>
        <location filename="../ui/agreements/SignaturePad.cpp" line="85" />
        <source>Signature pad</source>
        <translation>Zone de signature</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignaturePad.cpp" line="86" />
        <source>Draw your signature with the mouse, a pen or a finger.</source>
        <translation>Tracez votre signature avec la souris, un stylet ou le doigt.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignaturePad.cpp" line="246" />
        <source>Sign above the line</source>
        <translation>Signez au-dessus de la ligne</translation>
    </message>
</context>
<context>
    <name>md::SignerName</name>
    <message>
        <location filename="../core/agreements/SignerName.cpp" line="27" />
        <source>Signed as “%1”; the mentor confirmed this differs from the client's name “%2”.</source>
        <translation>Signé sous le nom « %1 » ; le mentor a confirmé que ce nom diffère de celui du client « %2 ».</translation>
    </message>
    <message>
        <location filename="../core/agreements/SignerName.cpp" line="29" />
        <source>Signed as “%1”; the mentor confirmed this differs from the name in the mentor profile “%2”.</source>
        <translation>Signé sous le nom « %1 » ; le mentor a confirmé que ce nom diffère de celui du profil du mentor « %2 ».</translation>
    </message>
</context>
<context>
    <name>md::SignerPanel</name>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="93" />
        <source>Mentee: %1</source>
        <translation>Mentoré : %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="94" />
        <source>Mentor: %1</source>
        <translation>Mentor : %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="34" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="36" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="38" />
        <source>C&amp;lear</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="44" />
        <source>Use my &amp;stored signature</source>
        <translation>Utiliser ma signature &amp;enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="53" />
        <source>Full name of the %1</source>
        <translation>Nom complet du %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="59" />
        <source>I, the mentor, confirm the mentee signs with this name</source>
        <translation>Moi, le mentor, je confirme que le mentoré signe sous ce nom</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="60" />
        <source>I confirm that I sign with this name</source>
        <translation>Je confirme que je signe sous ce nom</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="64" />
        <source>I agree to the statement above</source>
        <translation>J'accepte la déclaration ci-dessus</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="68" />
        <source>Full name (typed):</source>
        <translation>Nom complet (saisi) :</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="116" />
        <source>“%1” differs from the client's name “%2”. The signed agreement will say so.</source>
        <translation>« %1 » diffère du nom du client « %2 ». L'accord signé le mentionnera.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="118" />
        <source>“%1” differs from the name in your mentor profile “%2”. The signed agreement will say so.</source>
        <translation>« %1 » diffère du nom figurant dans votre profil de mentor « %2 ». L'accord signé le mentionnera.</translation>
    </message>
</context>
<context>
    <name>md::SigningDialog</name>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="25" />
        <source>Sign %1</source>
        <translation>Signer %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="27" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="29" />
        <source>Both of you sign below, each with the name you sign with. Fingerprint: %1</source>
        <translation>Signez tous les deux ci-dessous, chacun avec le nom sous lequel il signe. Empreinte : %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="46" />
        <source>&amp;Sign and freeze</source>
        <translation>&amp;Signer et figer</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="95" />
        <source>%1 was deleted elsewhere.</source>
        <translation>%1 a été supprimé ailleurs.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="97" />
        <source>%1 was signed elsewhere meanwhile.</source>
        <translation>%1 a été signé ailleurs entre-temps.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="98" />
        <source>%1 was changed elsewhere. Close this window and open it again to sign the current text.</source>
        <translation>%1 a été modifié ailleurs. Fermez cette fenêtre et rouvrez-la pour signer le texte actuel.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="112" />
        <source>Sign and freeze %1</source>
        <translation>Signer et figer %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="113" />
        <source>Once signed, %1 can no longer be changed: its PDF is stored as it is now, with both signatures, and sealed with this workspace's key. A change later needs an amendment signed again.</source>
        <translation>Une fois signé, %1 ne peut plus être modifié : son PDF est conservé tel qu'il est maintenant, avec les deux signatures, et scellé avec la clé de cet espace de travail. Toute modification ultérieure nécessite un avenant signé à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="119" />
        <source>Sign and &amp;freeze</source>
        <translation>Signer et &amp;figer</translation>
    </message>
</context>
<context>
    <name>md::SigningKey</name>
    <message>
        <location filename="../core/crypto/SigningKey.cpp" line="42" />
        <source>An Ed25519 seed must be 32 bytes long.</source>
        <translation>Une graine Ed25519 doit faire 32 octets.</translation>
    </message>
    <message>
        <location filename="../core/crypto/SigningKey.cpp" line="53" />
        <source>The stored signing key has the wrong length.</source>
        <translation>La clé de signature enregistrée n'a pas la bonne longueur.</translation>
    </message>
    <message>
        <location filename="../core/crypto/SigningKey.cpp" line="63" />
        <source>The stored signing key is damaged: its two halves do not match.</source>
        <translation>La clé de signature enregistrée est endommagée : ses deux moitiés ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>md::SmartCheck</name>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="43" />
        <source>Say what exactly the mentee will achieve.</source>
        <translation>Indiquez précisément ce que le mentoré va accomplir.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="46" />
        <source>Describe the result in a full phrase (at least %1 words), not just a topic.</source>
        <translation>Décrivez le résultat par une phrase complète (au moins %1 mots), et pas seulement par un thème.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="51" />
        <source>Name what will be measured.</source>
        <translation>Indiquez ce qui sera mesuré.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="54" />
        <source>Give the unit of the measure (for example interviews, %, hours).</source>
        <translation>Indiquez l'unité de mesure (par exemple entretiens, %, heures).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="57" />
        <source>Enter where the mentee starts (the baseline).</source>
        <translation>Saisissez le point de départ du mentoré (la valeur de départ).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="60" />
        <source>Enter the value to reach (the target).</source>
        <translation>Saisissez la valeur à atteindre (la cible).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="63" />
        <source>The target equals the baseline, so there is nothing to measure.</source>
        <translation>La cible est égale à la valeur de départ ; il n'y a donc rien à mesurer.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="68" />
        <source>Explain why the goal is realistic for the mentee.</source>
        <translation>Expliquez pourquoi l'objectif est réaliste pour le mentoré.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="72" />
        <source>Link the goal to at least one need.</source>
        <translation>Reliez l'objectif à au moins un besoin.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="77" />
        <source>The goal is linked to a need that no longer exists.</source>
        <translation>L'objectif est relié à un besoin qui n'existe plus.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="85" />
        <source>Set a due date.</source>
        <translation>Fixez une échéance.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="88" />
        <source>The due date must come after the engagement's start (%1).</source>
        <translation>L'échéance doit être postérieure au début de l'accompagnement (%1).</translation>
    </message>
</context>
<context>
    <name>md::SqlCipherDriver</name>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="85" />
        <source>Could not open the workspace database.</source>
        <translation>Impossible d'ouvrir la base de données de l'espace de travail.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="111" />
        <source>No valid key was given.</source>
        <translation>Aucune clé valide n'a été fournie.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="116" />
        <source>The database file %1 does not exist.</source>
        <translation>Le fichier de base de données %1 n'existe pas.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="118" />
        <source>The file is a plain, unencrypted SQLite database; MentorDesk only opens encrypted workspaces.</source>
        <translation>Le fichier est une base de données SQLite ordinaire, non chiffrée ; MentorDesk n'ouvre que des espaces de travail chiffrés.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="125" />
        <source>The disk is full.</source>
        <translation>Le disque est plein.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="152" />
        <source>SQLCipher refused the key.</source>
        <translation>SQLCipher a refusé la clé.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="156" />
        <source>Could not set the page size.</source>
        <translation>Impossible de définir la taille de page.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="162" />
        <source>The key does not open this database, or the file is not a MentorDesk database, or it is damaged.</source>
        <translation>La clé n'ouvre pas cette base de données, ou le fichier n'est pas une base de données MentorDesk, ou il est endommagé.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="177" />
        <source>This build of SQLite has no encryption (SQLCipher missing).</source>
        <translation>Cette version de SQLite ne prend pas en charge le chiffrement (SQLCipher manquant).</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="253" />
        <location filename="../core/storage/SqlCipherDriver.cpp" line="262" />
        <source>The script failed</source>
        <translation>Le script a échoué</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="275" />
        <source>Could not re-encrypt the database</source>
        <translation>Impossible de rechiffrer la base de données</translation>
    </message>
</context>
<context>
    <name>md::StageGate</name>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="38" />
        <source>Profile-study notes are written.</source>
        <translation>Les notes d'étude du profil sont rédigées.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="42" />
        <source>Write your profile-study notes on the mentee.</source>
        <translation>Rédigez vos notes d'étude du profil du mentoré.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="46" />
        <source>A signed agreement with confidentiality terms is on record.</source>
        <translation>Un accord signé comportant des clauses de confidentialité est enregistré.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="51" />
        <source>Have the mentee sign an agreement with confidentiality terms.</source>
        <translation>Faites signer au mentoré un accord comportant des clauses de confidentialité.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="55" />
        <source>At least one need is recorded.</source>
        <translation>Au moins un besoin est enregistré.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="58" />
        <source>Record at least one need.</source>
        <translation>Enregistrez au moins un besoin.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="62" />
        <source>At least one active goal passes the SMART check.</source>
        <translation>Au moins un objectif actif satisfait le contrôle SMART.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="71" />
        <source>Goal "%1" is not SMART yet (%2).</source>
        <translation>L'objectif « %1 » n'est pas encore SMART (%2).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="76" />
        <source>Write at least one SMART goal.</source>
        <translation>Rédigez au moins un objectif SMART.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="82" />
        <source>At least one goal is active.</source>
        <translation>Au moins un objectif est actif.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="89" />
        <source>No goal is active: reactivate a goal or write a new one.</source>
        <translation>Aucun objectif n'est actif : réactivez un objectif ou rédigez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="93" />
        <source>Every active goal has at least one action to do or in progress.</source>
        <translation>Chaque objectif actif comporte au moins une action à faire ou en cours.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="99" />
        <source>Plan an open action for goal "%1".</source>
        <translation>Planifiez une action en cours pour l'objectif « %1 ».</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="104" />
        <source>Every goal is evaluated.</source>
        <translation>Chaque objectif est évalué.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="109" />
        <source>Evaluate goal "%1".</source>
        <translation>Évaluez l'objectif « %1 ».</translation>
    </message>
</context>
<context>
    <name>md::SystemKeyStore</name>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="136" />
        <source>The keychain entry for this workspace is damaged.</source>
        <translation>L'entrée du trousseau pour cet espace de travail est endommagée.</translation>
    </message>
</context>
<context>
    <name>md::TableDigests</name>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="96" />
        <source>The checksum key is missing.</source>
        <translation>La clé de la somme de contrôle est manquante.</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="104" />
        <location filename="../core/backup/TableDigest.cpp" line="109" />
        <source>Could not list the tables</source>
        <translation>Impossible de lister les tables</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="117" />
        <location filename="../core/backup/TableDigest.cpp" line="128" />
        <source>Could not read the table %1</source>
        <translation>Impossible de lire la table %1</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="143" />
        <source>The table %1 is missing.</source>
        <translation>La table %1 est manquante.</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="145" />
        <source>The table %1 has %2 rows instead of %3.</source>
        <translation>La table %1 comporte %2 lignes au lieu de %3.</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="150" />
        <source>The rows of the table %1 differ.</source>
        <translation>Les lignes de la table %1 diffèrent.</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="156" />
        <source>The table %1 was not expected.</source>
        <translation>La table %1 n'était pas attendue.</translation>
    </message>
</context>
<context>
    <name>md::TableDump</name>
    <message>
        <location filename="../core/storage/TableDump.cpp" line="93" />
        <location filename="../core/storage/TableDump.cpp" line="98" />
        <source>Could not list the tables</source>
        <translation>Impossible de lister les tables</translation>
    </message>
    <message>
        <location filename="../core/storage/TableDump.cpp" line="106" />
        <location filename="../core/storage/TableDump.cpp" line="111" />
        <source>Could not read the table %1</source>
        <translation>Impossible de lire la table %1</translation>
    </message>
    <message>
        <location filename="../core/storage/TableDump.cpp" line="135" />
        <location filename="../core/storage/TableDump.cpp" line="139" />
        <location filename="../core/storage/TableDump.cpp" line="150" />
        <source>Could not read the workspace</source>
        <translation>Impossible de lire l'espace de travail</translation>
    </message>
</context>
<context>
    <name>md::TableLoader</name>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="18" />
        <source>Loading tables needs a transaction around it.</source>
        <translation>Le chargement des tables doit se faire dans une transaction.</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="23" />
        <location filename="../core/storage/TableLoader.cpp" line="27" />
        <source>Could not read the workspace's rules</source>
        <translation>Impossible de lire les règles de l'espace de travail</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="31" />
        <location filename="../core/storage/TableLoader.cpp" line="35" />
        <source>Could not prepare the workspace for the import</source>
        <translation>Impossible de préparer l'espace de travail pour l'import</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="45" />
        <source>Could not read the table %1</source>
        <translation>Impossible de lire la table %1</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="52" />
        <source>Could not empty the table %1</source>
        <translation>Impossible de vider la table %1</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="67" />
        <source>Could not write the table %1</source>
        <translation>Impossible d'écrire la table %1</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="73" />
        <source>Could not write a record of %1</source>
        <translation>Impossible d'écrire un enregistrement de %1</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="82" />
        <source>Could not check the imported records</source>
        <translation>Impossible de vérifier les enregistrements importés</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="85" />
        <source>a record of %1 (row %2) refers to a missing record of %3</source>
        <translation>un enregistrement de %1 (ligne %2) fait référence à un enregistrement manquant de %3</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="91" />
        <source>The records do not fit together: %1.</source>
        <translation>Les enregistrements ne concordent pas : %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="95" />
        <source>Could not restore the workspace's rules</source>
        <translation>Impossible de rétablir les règles de l'espace de travail</translation>
    </message>
</context>
<context>
    <name>md::TaxRates</name>
    <message>
        <location filename="../core/billing/TaxRates.cpp" line="25" />
        <source>Standard</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../core/billing/TaxRates.cpp" line="28" />
        <source>Reduced</source>
        <translation>Réduit</translation>
    </message>
    <message>
        <location filename="../core/billing/TaxRates.cpp" line="31" />
        <source>Zero</source>
        <translation>Zéro</translation>
    </message>
    <message>
        <location filename="../core/billing/TaxRates.cpp" line="34" />
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../core/billing/TaxRates.cpp" line="72" />
        <source>No reduced tax rate is set yet: set it under Billing › Settings › Business settings, or give the rate as a percentage.</source>
        <translation>Aucun taux réduit de TVA n'est encore défini : définissez-le dans Facturation › Paramètres › Paramètres de l'activité, ou indiquez le taux en pourcentage.</translation>
    </message>
</context>
<context>
    <name>md::TemplateEditorDialog</name>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="27" />
        <source>Agreement templates</source>
        <translation>Modèles d'accord</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="42" />
        <source>This template contains confidentiality terms</source>
        <translation>Ce modèle contient des clauses de confidentialité</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="50" />
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="51" />
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé :</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="57" />
        <source>Placeholders in double braces are filled in from your profile, the client and the engagement when an agreement is generated. One without a value stops the generation and is named.</source>
        <translation>Les champs de fusion entre doubles accolades sont remplis à partir de votre profil, du client et de l'accompagnement lors de la génération d'un accord. Un champ sans valeur interrompt la génération et est signalé.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="68" />
        <source>&amp;Save as new version</source>
        <translation>&amp;Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="71" />
        <source>Start from the &amp;built-in text</source>
        <translation>Partir du texte i&amp;ntégré</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="108" />
        <source>Version %1 (built in)</source>
        <translation>Version %1 (intégrée)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="110" />
        <source>Version %1 of %2%3</source>
        <translation>Version %1 du %2%3</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="114" />
        <source> (built in)</source>
        <translation> (intégrée)</translation>
    </message>
</context>
<context>
    <name>md::TemplateRenderer</name>
    <message>
        <location filename="../core/agreements/TemplateRenderer.cpp" line="102" />
        <source>unknown placeholders: %1</source>
        <translation>champs de fusion inconnus : %1</translation>
    </message>
    <message>
        <location filename="../core/agreements/TemplateRenderer.cpp" line="108" />
        <source> (placeholder names are lower case, with dots and underscores, like {{client.full_name}})</source>
        <translation> (les noms des champs de fusion sont en minuscules, avec des points et des tirets bas, comme {{client.full_name}})</translation>
    </message>
    <message>
        <location filename="../core/agreements/TemplateRenderer.cpp" line="115" />
        <source>placeholders without a value: %1</source>
        <translation>champs de fusion sans valeur : %1</translation>
    </message>
    <message>
        <location filename="../core/agreements/TemplateRenderer.cpp" line="117" />
        <source>The agreement cannot be generated. The template has %1. Fill in the missing details (mentor profile, client or engagement) or correct the template.</source>
        <translation>L'accord ne peut pas être généré. Problèmes dans le modèle : %1. Complétez les informations manquantes (profil du mentor, client ou accompagnement) ou corrigez le modèle.</translation>
    </message>
</context>
<context>
    <name>md::TimelineModel</name>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="88" />
        <source>(created)</source>
        <translation>(créé)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="92" />
        <source>Override: %1</source>
        <translation>Passage en force : %1</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="103" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="105" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="107" />
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="109" />
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>md::UnlockDialog</name>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="40" />
        <source>The key could not be remembered.</source>
        <translation>La clé n'a pas pu être mémorisée.</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="50" />
        <source>Unlock MentorDesk</source>
        <translation>Déverrouiller MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="52" />
        <source>Unlock your workspace</source>
        <translation>Déverrouillez votre espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="67" />
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="71" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="77" />
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="82" />
        <source>&amp;Recovery key:</source>
        <translation>Clé de &amp;récupération :</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="92" />
        <source>Re&amp;member on this computer</source>
        <translation>&amp;Mémoriser sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="95" />
        <source>Keep the workspace key in the system keychain and open MentorDesk without asking while you are logged in</source>
        <translation>Conserver la clé de l'espace de travail dans le trousseau du système et ouvrir MentorDesk sans rien demander tant que votre session est ouverte</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="98" />
        <source>No keychain answered on this computer, so MentorDesk cannot remember the key here.</source>
        <translation>Aucun trousseau n'a répondu sur cet ordinateur ; MentorDesk ne peut donc pas y mémoriser la clé.</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="112" />
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="116" />
        <source>&amp;Restore from Backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="163" />
        <source>Use recovery key instead</source>
        <translation>Utiliser plutôt la clé de récupération</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="164" />
        <source>Use passphrase instead</source>
        <translation>Utiliser plutôt la phrase secrète</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="200" />
        <source>The passphrase is not correct. Check Caps Lock and the keyboard layout, or use your recovery key instead.</source>
        <translation>La phrase secrète est incorrecte. Vérifiez le verrouillage des majuscules et la disposition du clavier, ou utilisez plutôt votre clé de récupération.</translation>
    </message>
</context>
<context>
    <name>md::UpcomingSessionRepository</name>
    <message>
        <location filename="../core/storage/UpcomingSessionRepository.cpp" line="52" />
        <source>Could not read the upcoming sessions</source>
        <translation>Impossible de lire les séances à venir</translation>
    </message>
    <message>
        <location filename="../core/storage/UpcomingSessionRepository.cpp" line="79" />
        <source>Could not count the sessions</source>
        <translation>Impossible de compter les séances</translation>
    </message>
</context>
<context>
    <name>md::UpcomingSessionsWidget</name>
    <message>
        <location filename="../ui/calendar/UpcomingSessionsWidget.cpp" line="31" />
        <source>Upcoming sessions</source>
        <translation>Séances à venir</translation>
    </message>
    <message>
        <location filename="../ui/calendar/UpcomingSessionsWidget.cpp" line="48" />
        <location filename="../ui/calendar/UpcomingSessionsWidget.cpp" line="154" />
        <source>Nothing planned for the coming days.</source>
        <translation>Rien de prévu pour les prochains jours.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/UpcomingSessionsWidget.cpp" line="166" />
        <source>%1: the last planned session is near (%2).</source>
        <translation>%1 : la dernière séance prévue approche (%2).</translation>
    </message>
</context>
<context>
    <name>md::VCardReader</name>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="156" />
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>Le fichier dépasse %1 Mo ; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="197" />
        <source>not a vCard property (NAME:value)</source>
        <translation>pas une propriété vCard (NOM:valeur)</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="219" />
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD sans BEGIN:VCARD</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="235" />
        <source>a card without a name</source>
        <translation>une carte sans nom</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="240" />
        <source>more than %1 cards; split the file</source>
        <translation>plus de %1 cartes ; divisez le fichier</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="246" />
        <source>a property outside BEGIN:VCARD … END:VCARD</source>
        <translation>une propriété en dehors de BEGIN:VCARD … END:VCARD</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="252" />
        <source>the value is longer than 1 MB</source>
        <translation>la valeur dépasse 1 Mo</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="260" />
        <source>broken quoted-printable text</source>
        <translation>texte quoted-printable corrompu</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="268" />
        <source>vCard version %1 is not supported (2.1, 3.0 and 4.0 are)</source>
        <translation>la version %1 de vCard n'est pas prise en charge (les versions 2.1, 3.0 et 4.0 le sont)</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="307" />
        <source>BEGIN:VCARD without END:VCARD</source>
        <translation>BEGIN:VCARD sans END:VCARD</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="313" />
        <source>The file is not a valid vCard file: %1</source>
        <translation>Le fichier n'est pas un fichier vCard valide : %1</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="316" />
        <source>The file holds no vCard (BEGIN:VCARD).</source>
        <translation>Le fichier ne contient aucune vCard (BEGIN:VCARD).</translation>
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
        <translation>Brouillon – pas encore signé</translation>
    </message>
</context>
<context>
    <name>md::WeekGrid</name>
    <message>
        <location filename="../ui/calendar/WeekGrid.cpp" line="46" />
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../ui/calendar/WeekGrid.cpp" line="237" />
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <location filename="../ui/calendar/WeekGrid.cpp" line="237" />
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../ui/calendar/WeekGrid.cpp" line="351" />
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <location filename="../ui/calendar/WeekGrid.cpp" line="473" />
        <source>Busy in your other calendar</source>
        <translation>Occupé dans votre autre calendrier</translation>
    </message>
</context>
<context>
    <name>md::Workspace</name>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="41" />
        <source>The passphrase is not correct. Check Caps Lock and the keyboard layout, or unlock with your recovery key.</source>
        <translation>La phrase secrète est incorrecte. Vérifiez le verrouillage des majuscules et la disposition du clavier, ou déverrouillez avec votre clé de récupération.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="50" />
        <source>This workspace has no passphrase yet: its workspace file was rebuilt with the recovery key. Unlock with the recovery key and choose a new passphrase (with mentordesk-cli: passwd --recovery-key).</source>
        <translation>Cet espace de travail n'a pas encore de phrase secrète : son fichier d'espace de travail a été reconstruit avec la clé de récupération. Déverrouillez avec la clé de récupération et choisissez une nouvelle phrase secrète (avec mentordesk-cli : passwd --recovery-key).</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="61" />
        <source>the key is right, but the file no longer reads as a database</source>
        <translation>la clé est correcte, mais le fichier n'est plus lisible comme base de données</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="176" />
        <source>There is already a workspace in %1. Open it instead; MentorDesk never replaces a workspace.</source>
        <translation>Il existe déjà un espace de travail dans %1. Ouvrez-le plutôt ; MentorDesk ne remplace jamais un espace de travail.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="180" />
        <source>Choose a passphrase.</source>
        <translation>Choisissez une phrase secrète.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="183" />
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="190" />
        <source>Could not restrict access to the folder %1.</source>
        <translation>Impossible de restreindre l'accès au dossier %1.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="213" />
        <source>The new database is not encrypted; MentorDesk stopped to protect your data.</source>
        <translation>La nouvelle base de données n'est pas chiffrée ; MentorDesk s'est arrêté pour protéger vos données.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="326" />
        <source>Group %1 of the recovery key is not right; the other groups match this workspace. Compare that group of four with your printed key. Nothing was changed.</source>
        <translation>Le groupe %1 de la clé de récupération n'est pas correct ; les autres groupes correspondent à cet espace de travail. Comparez ce groupe de quatre avec votre clé imprimée. Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="331" />
        <source>This recovery key does not open this workspace. Check each group of four characters against your printout. Nothing was changed.</source>
        <translation>Cette clé de récupération n'ouvre pas cet espace de travail. Vérifiez chaque groupe de quatre caractères par rapport à votre copie imprimée. Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="338" />
        <source>Could not keep a copy of the damaged workspace file as %1.</source>
        <translation>Impossible de conserver une copie du fichier d'espace de travail endommagé sous %1.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="362" />
        <source>The key remembered on this computer does not belong to this workspace. Unlock with your passphrase.</source>
        <translation>La clé mémorisée sur cet ordinateur n'appartient pas à cet espace de travail. Déverrouillez avec votre phrase secrète.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="370" />
        <location filename="../core/workspace/Workspace.cpp" line="385" />
        <source>Choose a new passphrase.</source>
        <translation>Choisissez une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="391" />
        <source>This recovery key does not belong to this workspace.</source>
        <translation>Cette clé de récupération n'appartient pas à cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="469" />
        <source>This recovery key does not open the workspace database (or the database is damaged). Nothing was changed.</source>
        <translation>Cette clé de récupération n'ouvre pas la base de données de l'espace de travail (ou la base de données est endommagée). Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="486" />
        <source>Could not keep the damaged workspace file as %1; nothing was changed.</source>
        <translation>Impossible de conserver le fichier d'espace de travail endommagé sous %1 ; rien n'a été modifié.</translation>
    </message>
</context>
<context>
    <name>md::WorkspaceExporter</name>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="86" />
        <source>%1 holds a workspace; export into an empty or new folder.</source>
        <translation>%1 contient un espace de travail ; exportez dans un dossier vide ou nouveau.</translation>
    </message>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="91" />
        <source>%1 is not empty; export into an empty or new folder.</source>
        <translation>%1 n'est pas vide ; exportez dans un dossier vide ou nouveau.</translation>
    </message>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="96" />
        <location filename="../core/export/WorkspaceExporter.cpp" line="138" />
        <location filename="../core/export/WorkspaceExporter.cpp" line="193" />
        <source>Could not create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="102" />
        <source>Could not write to %1.</source>
        <translation>Impossible d'écrire dans %1.</translation>
    </message>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="126" />
        <source>Could not finish the export in %1.</source>
        <translation>Impossible de terminer l'export dans %1.</translation>
    </message>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="237" />
        <source>Could not create the document folders.</source>
        <translation>Impossible de créer les dossiers des documents.</translation>
    </message>
</context>
<context>
    <name>md::WorkspaceIdentity</name>
    <message>
        <location filename="../core/storage/WorkspaceIdentity.cpp" line="22" />
        <source>Could not record the workspace id</source>
        <translation>Impossible d'enregistrer l'identifiant de l'espace de travail</translation>
    </message>
    <message>
        <location filename="../core/storage/WorkspaceIdentity.cpp" line="31" />
        <source>Could not read the workspace id</source>
        <translation>Impossible de lire l'identifiant de l'espace de travail</translation>
    </message>
</context>
<context>
    <name>md::WorkspaceImporter</name>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="36" />
        <source>the field "%1" is unknown</source>
        <translation>le champ « %1 » est inconnu</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="44" />
        <source>the field "%1" is missing</source>
        <translation>le champ « %1 » est manquant</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="63" />
        <source>the field "%1" holds no valid base64 data</source>
        <translation>le champ « %1 » ne contient pas de données base64 valides</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="71" />
        <source>the field "%1" holds a list</source>
        <translation>le champ « %1 » contient une liste</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="81" />
        <source>%1 cannot be read: %2.</source>
        <translation>%1 est illisible : %2.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="93" />
        <location filename="../core/import/WorkspaceImporter.cpp" line="155" />
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 ne peut pas être ouvert : %2.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="101" />
        <source>it does not hold a list of records</source>
        <translation>il ne contient pas de liste d'enregistrements</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="107" />
        <source>record %1 is not a record</source>
        <translation>l'enregistrement %1 n'est pas un enregistrement</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="126" />
        <source>text follows the list of records</source>
        <translation>du texte suit la liste des enregistrements</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="136" />
        <source>line %1 is not a record</source>
        <translation>la ligne %1 n'est pas un enregistrement</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="141" />
        <source>the list of records is cut short</source>
        <translation>la liste des enregistrements est tronquée</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="149" />
        <source>There is no folder %1.</source>
        <translation>Le dossier %1 n'existe pas.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="152" />
        <source>%1 is not a MentorDesk export: it has no %2.</source>
        <translation>%1 n'est pas un export MentorDesk : il n'y a pas de %2.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="173" />
        <source>This export holds one client's data, not a whole workspace. Only an export of a whole workspace (File &gt; Export Workspace, or 'export --to') can become a workspace.</source>
        <translation>Cet export contient les données d'un seul client, et non d'un espace de travail complet. Seul l'export d'un espace de travail complet (Fichier &gt; Exporter l'espace de travail, ou 'export --to') peut devenir un espace de travail.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="178" />
        <source>This export was made by a newer version of MentorDesk (data format %1; this version knows up to %2). Update MentorDesk to import it.</source>
        <translation>Cet export a été créé par une version plus récente de MentorDesk (format de données %1 ; cette version connaît les formats jusqu'à %2). Mettez MentorDesk à jour pour l'importer.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="186" />
        <source>This export was made by an earlier version of MentorDesk (data format %1; this version writes %2). Open the workspace it came from with this version and export it again.</source>
        <translation>Cet export a été créé par une version plus ancienne de MentorDesk (format de données %1 ; cette version écrit le format %2). Ouvrez l'espace de travail d'origine avec cette version et exportez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="207" />
        <source>The export is incomplete: %1 is missing.</source>
        <translation>L'export est incomplet : %1 est manquant.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="212" />
        <source>The export holds json/%1, which is no table of this data format.</source>
        <translation>L'export contient json/%1, qui ne correspond à aucune table de ce format de données.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="228" />
        <source>This workspace already holds records; an export is imported into a new workspace only.</source>
        <translation>Cet espace de travail contient déjà des enregistrements ; un export ne peut être importé que dans un nouvel espace de travail.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="243" />
        <source>%1, record %2</source>
        <translation>%1, enregistrement %2</translation>
    </message>
</context>
<context>
    <name>md::cli::AgreementCommands</name>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="68" />
        <source>Unknown template '%1' (use mentoring|confidentiality).</source>
        <translation>Modèle inconnu '%1' (utilisez mentoring|confidentiality).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="78" />
        <location filename="../app/cli/AgreementCommands.cpp" line="154" />
        <source>'%1' is not a date (use YYYY-MM-DD).</source>
        <translation>'%1' n'est pas une date (utilisez YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="87" />
        <source>--engagement is required.</source>
        <translation>--engagement est obligatoire.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="89" />
        <location filename="../app/cli/AgreementCommands.cpp" line="181" />
        <source>engagement id</source>
        <translation>identifiant de l'accompagnement</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="108" />
        <location filename="../app/cli/AgreementCommands.cpp" line="126" />
        <location filename="../app/cli/AgreementCommands.cpp" line="142" />
        <location filename="../app/cli/AgreementCommands.cpp" line="258" />
        <source>agreement id</source>
        <translation>identifiant de l'accord</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="125" />
        <source>Give the agreement's id and the PDF file to write.</source>
        <translation>Indiquez l'identifiant de l'accord et le fichier PDF à écrire.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="147" />
        <source>--on-paper SCAN_FILE is required (on-screen signing happens in the app).</source>
        <translation>--on-paper FICHIER_SCAN est obligatoire (la signature à l'écran se fait dans l'application).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="158" />
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
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
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="196" />
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="196" />
        <source>VERIFICATION</source>
        <translation>VÉRIFICATION</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="197" />
        <source>CLIENT</source>
        <translation>CLIENT</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="197" />
        <source>TITLE</source>
        <translation>INTITULÉ</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="240" />
        <source>No agreements yet. Generate one with: %1 agreement create --engagement ID</source>
        <translation>Aucun accord pour l'instant. Générez-en un avec : %1 agreement create --engagement ID</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="249" />
        <source>At least one signed agreement was modified; run '%1 verify'.</source>
        <translation>Au moins un accord signé a été modifié ; exécutez '%1 verify'.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="257" />
        <source>Give the agreement's id and the folder to export to.</source>
        <translation>Indiquez l'identifiant de l'accord et le dossier d'export.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="306" />
        <source>The agreement's id (see 'agreement list').</source>
        <translation>L'identifiant de l'accord (voir 'agreement list').</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="308" />
        <source>mentoring (default) or confidentiality.</source>
        <translation>mentoring (par défaut) ou confidentiality.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="308" />
        <source>TEMPLATE</source>
        <translation>MODÈLE</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="310" />
        <source>The date the agreement ends, YYYY-MM-DD (default: open-ended).</source>
        <translation>La date de fin de l'accord, YYYY-MM-DD (par défaut : sans date de fin).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="311" />
        <location filename="../app/cli/AgreementCommands.cpp" line="362" />
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="316" />
        <source>--engagement ID [--template mentoring|confidentiality] [--end-date DATE]</source>
        <translation>--engagement ID [--template mentoring|confidentiality] [--end-date DATE]</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="317" />
        <source>Generate a draft agreement for an engagement and print its id.</source>
        <translation>Générer un brouillon d'accord pour un accompagnement et afficher son identifiant.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="325" />
        <source>The engagement's id (required).</source>
        <translation>L'identifiant de l'accompagnement (obligatoire).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="332" />
        <source>ID [--end-date DATE]</source>
        <translation>ID [--end-date DATE]</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="333" />
        <source>Generate a draft that amends a signed agreement; print its id.</source>
        <translation>Générer un brouillon modifiant un accord signé ; afficher son identifiant.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="341" />
        <source>ID FILE</source>
        <translation>ID FICHIER</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="342" />
        <source>Write an agreement as PDF (a signed one: exactly the signed bytes).</source>
        <translation>Écrire un accord en PDF (pour un accord signé : exactement les octets signés).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="343" />
        <source>The file is written unencrypted: keep it safe or delete it after use.</source>
        <translation>Le fichier est écrit sans chiffrement : conservez-le en lieu sûr ou supprimez-le après usage.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="344" />
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="344" />
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="351" />
        <source>Record that a printed agreement was signed by hand, with its scan.</source>
        <translation>Consigner qu'un accord imprimé a été signé à la main, avec son scan.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="169" />
        <source>Agreement %1 is recorded as signed by hand on %2; the scan is attached, not checked. Fingerprint %3.</source>
        <translation>L'accord %1 est enregistré comme signé à la main le %2 ; le scan est joint, mais non vérifié. Empreinte %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="318" />
        <source>The newest version of the template is filled in from your profile (see 'agreement profile'), the client and the engagement. A detail that is not set yet (your business name or address, the client's email, the fee, ...) prints as a blank line to fill in by hand; the blanks are listed on standard error. Only your name and the client's name are required.</source>
        <translation>La version la plus récente du modèle est remplie à partir de votre profil (voir 'agreement profile'), du client et de l'accompagnement. Une information non encore renseignée (nom ou adresse de votre entreprise, e-mail du client, honoraires…) est imprimée sous forme de ligne vide à compléter à la main ; les champs vides sont listés sur la sortie d'erreur standard. Seuls votre nom et celui du client sont obligatoires.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="350" />
        <source>ID --on-paper SCAN_FILE [--signed-on DATE]</source>
        <translation>ID --on-paper FICHIER_SCAN [--signed-on DATE]</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="352" />
        <source>The scan (PDF, PNG or JPEG) is stored in the workspace as it is; the handwritten signatures on it are not checked. The agreement is frozen: its PDF, a manifest and the manifest's signature are stored and no later change is possible.</source>
        <translation>Le scan (PDF, PNG ou JPEG) est conservé tel quel dans l'espace de travail ; les signatures manuscrites qu'il contient ne sont pas vérifiées. L'accord est figé : son PDF, un manifeste et la signature du manifeste sont enregistrés, et aucune modification ultérieure n'est possible.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="358" />
        <source>The scan of the signed paper.</source>
        <translation>Le scan du document papier signé.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="358" />
        <source>SCAN_FILE</source>
        <translation>FICHIER_SCAN</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="360" />
        <source>The day the paper was signed, YYYY-MM-DD (default: today); not before the draft was generated, not in the future.</source>
        <translation>Le jour de la signature du document papier, YYYY-MM-DD (par défaut : aujourd'hui) ; ni avant la génération du brouillon, ni dans le futur.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="368" />
        <source>[--json] [--engagement ID]</source>
        <translation>[--json] [--engagement ID]</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="369" />
        <source>List agreements with their state and verification.</source>
        <translation>Lister les accords avec leur état et leur vérification.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="370" />
        <source>Exits with status 1 when a signed agreement does not verify.</source>
        <translation>Se termine avec le code de sortie 1 lorsqu'un accord signé ne passe pas la vérification.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="371" />
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="372" />
        <source>Only this engagement's.</source>
        <translation>Uniquement ceux de cet accompagnement.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="378" />
        <source>ID DIR</source>
        <translation>ID DOSSIER</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="379" />
        <source>Export a signed agreement for the client, with what proves it.</source>
        <translation>Exporter un accord signé pour le client, avec ce qui le prouve.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="380" />
        <source>Writes agreement.pdf, manifest.json, manifest.sig (raw Ed25519 signature), manifest.sig.base64, public-key.pem, the signature images or the scan, and a README.txt on checking them with sha256sum and openssl. Existing files are never overwritten.</source>
        <translation>Écrit agreement.pdf, manifest.json, manifest.sig (signature Ed25519 brute), manifest.sig.base64, public-key.pem, les images des signatures ou le scan, ainsi qu'un README.txt expliquant comment les vérifier avec sha256sum et openssl. Les fichiers existants ne sont jamais écrasés.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="384" />
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="384" />
        <source>The folder to write to.</source>
        <translation>Le dossier de destination.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="390" />
        <source>[--name TEXT] [--business-name TEXT] [--address TEXT] [...]</source>
        <translation>[--name TEXTE] [--business-name TEXTE] [--address TEXTE] [...]</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="391" />
        <source>Show or change your mentor profile, as agreements print it.</source>
        <translation>Afficher ou modifier votre profil de mentor, tel que les accords l'impriment.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="392" />
        <source>Prints the profile as JSON after applying the options given. In --address, \n starts a new line.</source>
        <translation>Affiche le profil au format JSON après application des options indiquées. Dans --address, \n commence une nouvelle ligne.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="397" />
        <source>Set %1.</source>
        <translation>Définir %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="397" />
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
</context>
<context>
    <name>md::cli::BackupCommands</name>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="57" />
        <source>%1  %2 MB  %3%4</source>
        <translation>%1  %2 Mo  %3%4</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="61" />
        <source>  (automatic)</source>
        <translation>  (automatique)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/BackupCommands.cpp" line="92" />
        <source>Backup written and verified: %1 rows in %n table(s) are identical to the workspace.</source>
        <translation>
            <numerusform>Sauvegarde écrite et vérifiée : %1 lignes dans %n table sont identiques à l'espace de travail.</numerusform>
            <numerusform>Sauvegarde écrite et vérifiée : %1 lignes dans %n tables sont identiques à l'espace de travail.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="116" />
        <source>No verified backups in %1.</source>
        <translation>Aucune sauvegarde vérifiée dans %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="123" />
        <source>  (another workspace)</source>
        <translation>  (autre espace de travail)</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="132" />
        <source>Recovery key of the backup: </source>
        <translation>Clé de récupération de la sauvegarde : </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="133" />
        <source>Passphrase of the backup (the one the workspace had then): </source>
        <translation>Phrase secrète de la sauvegarde (celle de l'espace de travail à ce moment-là) : </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="134" />
        <source>No recovery key was given on standard input.</source>
        <translation>Aucune clé de récupération n'a été fournie sur l'entrée standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="135" />
        <source>No passphrase was given on standard input.</source>
        <translation>Aucune phrase secrète n'a été fournie sur l'entrée standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="157" />
        <source>Name the backup folder to check.</source>
        <translation>Indiquez le dossier de sauvegarde à vérifier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/BackupCommands.cpp" line="177" />
        <source>The backup is damaged: %n problem(s) found.</source>
        <translation>
            <numerusform>La sauvegarde est endommagée : %n problème détecté.</numerusform>
            <numerusform>La sauvegarde est endommagée : %n problèmes détectés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="187" />
        <source>Name the backup folder to restore.</source>
        <translation>Indiquez le dossier de sauvegarde à restaurer.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="190" />
        <source>Give the new workspace folder with --to DIR; a restore never replaces a workspace in place.</source>
        <translation>Indiquez le dossier du nouvel espace de travail avec --to DOSSIER ; une restauration ne remplace jamais un espace de travail en place.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="198" />
        <source>%1 already holds a workspace; MentorDesk never restores over one. Choose an empty or new folder.</source>
        <translation>%1 contient déjà un espace de travail ; MentorDesk ne restaure jamais par-dessus. Choisissez un dossier vide ou nouveau.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="211" />
        <source>Restored the backup of %1 into %2. Open it with: %3 --workspace "%2"</source>
        <translation>La sauvegarde de %1 a été restaurée dans %2. Ouvrez-la avec : %3 --workspace "%2"</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="223" />
        <source>[--to DIR] [--json]</source>
        <translation>[--to DOSSIER] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="224" />
        <source>Write a verified, encrypted backup of the workspace.</source>
        <translation>Écrire une sauvegarde vérifiée et chiffrée de l'espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="226" />
        <source>Copies every committed change (also those still in the write-ahead log) into a new
folder named after the date and time, encrypted under the same key: the recovery
key opens it. The copy is read back and compared table by table before it is
kept; a backup that does not match is deleted and the command fails. Works while
MentorDesk is open. Without --to, the backup folder of this computer's
preferences is used (by default beside the workspace folder).</source>
        <translation>Copie toutes les modifications validées (y compris celles encore dans le journal
d'écriture anticipée) dans un nouveau dossier nommé d'après la date et l'heure, chiffré
avec la même clé : la clé de récupération l'ouvre. La copie est relue et comparée table
par table avant d'être conservée ; une sauvegarde non conforme est supprimée et la commande
échoue. Fonctionne même lorsque MentorDesk est ouvert. Sans --to, le dossier de sauvegarde
des préférences de cet ordinateur est utilisé (par défaut, à côté du dossier de l'espace de travail).</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="233" />
        <source>The folder to write the backup into.</source>
        <translation>Le dossier dans lequel écrire la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="233" />
        <location filename="../app/cli/BackupCommands.cpp" line="243" />
        <location filename="../app/cli/BackupCommands.cpp" line="267" />
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="234" />
        <source>Print the backup as JSON.</source>
        <translation>Afficher la sauvegarde au format JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="240" />
        <source>[--from DIR] [--json]</source>
        <translation>[--from DOSSIER] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="241" />
        <source>List the verified backups, newest first.</source>
        <translation>Lister les sauvegardes vérifiées, de la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="242" />
        <source>Needs no passphrase: the description of each backup holds no client data.</source>
        <translation>Aucune phrase secrète n'est nécessaire : la description de chaque sauvegarde ne contient aucune donnée client.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="243" />
        <source>The folder to look in.</source>
        <translation>Le dossier dans lequel chercher.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="244" />
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="250" />
        <location filename="../app/cli/BackupCommands.cpp" line="255" />
        <location filename="../app/cli/BackupCommands.cpp" line="268" />
        <source>BACKUP</source>
        <translation>SAUVEGARDE</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="251" />
        <source>Check a backup: integrity and every table against its checksums.</source>
        <translation>Vérifier une sauvegarde : intégrité et chaque table par rapport à ses sommes de contrôle.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="252" />
        <source>Asks for the passphrase the workspace had when the backup was made (or,
with --recovery-key, the recovery key). Prints OK, or the problems
found and exits with status 1. The backup itself is not modified.</source>
        <translation>Demande la phrase secrète qu'avait l'espace de travail au moment de la sauvegarde (ou,
avec --recovery-key, la clé de récupération). Affiche OK, ou les problèmes
détectés, et se termine alors avec le code de sortie 1. La sauvegarde elle-même n'est pas modifiée.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="255" />
        <location filename="../app/cli/BackupCommands.cpp" line="268" />
        <source>A backup folder (or its backup.json).</source>
        <translation>Un dossier de sauvegarde (ou son fichier backup.json).</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="261" />
        <source>BACKUP --to DIR</source>
        <translation>SAUVEGARDE --to DOSSIER</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="262" />
        <source>Restore a backup into a new workspace folder.</source>
        <translation>Restaurer une sauvegarde dans un nouveau dossier d'espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="263" />
        <source>The folder must be new or empty: the live workspace is never replaced
in place. The restored copy is opened with the passphrase of the backup
(or the recovery key) and checked against its checksums; when it does
not match, nothing is left behind.</source>
        <translation>Le dossier doit être nouveau ou vide : l'espace de travail actif n'est jamais remplacé
en place. La copie restaurée est ouverte avec la phrase secrète de la sauvegarde
(ou la clé de récupération) et vérifiée à l'aide de ses sommes de contrôle ; en cas
de non-conformité, rien n'est laissé sur le disque.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="267" />
        <source>The new workspace folder.</source>
        <translation>Le nouveau dossier d'espace de travail.</translation>
    </message>
</context>
<context>
    <name>md::cli::BillingCommands</name>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="80" />
        <source>--kind must be single, package or retainer.</source>
        <translation>--kind doit valoir single, package ou retainer.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="83" />
        <source>--name is required.</source>
        <translation>--name est obligatoire.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="85" />
        <source>--price is required.</source>
        <translation>--price est obligatoire.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="93" />
        <source>--sessions and --months take a whole number.</source>
        <translation>--sessions et --months attendent un nombre entier.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="120" />
        <source>--engagement and --offering are required.</source>
        <translation>--engagement et --offering sont obligatoires.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="122" />
        <source>engagement id</source>
        <translation>identifiant de l'accompagnement</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="125" />
        <source>offering id</source>
        <translation>identifiant de l'offre</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="133" />
        <source>'%1' is not a date: write YYYY-MM-DD.</source>
        <translation>'%1' n'est pas une date : écrivez YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="168" />
        <source>'%1' is not a year.</source>
        <translation>'%1' n'est pas une année.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="206" />
        <source>Revenue %1 (%2): month, net, tax, gross, received</source>
        <translation>Chiffre d'affaires %1 (%2) : mois, HT, TVA, TTC, encaissé</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="213" />
        <source>Owed by client: 0-30, 31-60, 61-90, over 90 days, total</source>
        <translation>Dû par client : 0-30, 31-60, 61-90, plus de 90 jours, total</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="226" />
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="227" />
        <source>Write invoices.csv, invoice_lines.csv and payments.csv.</source>
        <translation>Écrire invoices.csv, invoice_lines.csv et payments.csv.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="229" />
        <source>CSV as RFC 4180 (every field quoted, CRLF line ends), UTF-8, amounts with a dot as decimal separator and dates as YYYY-MM-DD, whatever the language settings. Drafts are left out.</source>
        <translation>CSV selon la RFC 4180 (chaque champ entre guillemets, fins de ligne CRLF), UTF-8, montants avec un point comme séparateur décimal et dates au format YYYY-MM-DD, quels que soient les paramètres de langue. Les brouillons ne sont pas inclus.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="233" />
        <source>Folder to write to (made if missing).</source>
        <translation>Dossier de destination (créé s'il n'existe pas).</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="239" />
        <source>[--year YEAR] [--json]</source>
        <translation>[--year ANNÉE] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="240" />
        <source>Revenue by month and what each client owes, by age.</source>
        <translation>Chiffre d'affaires par mois et montants dus par chaque client, selon leur ancienneté.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="242" />
        <source>The year (default: this year).</source>
        <translation>L'année (par défaut : l'année en cours).</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="242" />
        <source>YEAR</source>
        <translation>ANNÉE</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="243" />
        <source>Print a JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="249" />
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="250" />
        <source>List the price list with its ids.</source>
        <translation>Lister la grille tarifaire avec ses identifiants.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="251" />
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="258" />
        <source>--kind single|package|retainer --name NAME --price AMOUNT [--tax-rate PERCENT] [--sessions N] [--months N]</source>
        <translation>--kind single|package|retainer --name NOM --price MONTANT [--tax-rate POURCENTAGE] [--sessions N] [--months N]</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="260" />
        <source>Add an entry to the price list; prints its id.</source>
        <translation>Ajouter une entrée à la grille tarifaire ; affiche son identifiant.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="262" />
        <source>The price is before tax, per session, per package or per month, in the workspace currency. Packages take --sessions (sessions included) and --months (validity, 0 = no expiry). Without --tax-rate the standard rate applies.</source>
        <translation>Le prix s'entend hors taxes, par séance, par forfait ou par mois, dans la devise de l'espace de travail. Les forfaits acceptent --sessions (séances comprises) et --months (validité, 0 = sans expiration). Sans --tax-rate, le taux normal s'applique.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="266" />
        <source>single, package or retainer.</source>
        <translation>single, package ou retainer.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="266" />
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="267" />
        <source>The name printed on invoices.</source>
        <translation>Le nom imprimé sur les factures.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="267" />
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="268" />
        <source>The price before tax.</source>
        <translation>Le prix hors taxes.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="268" />
        <source>AMOUNT</source>
        <translation>MONTANT</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="269" />
        <source>The tax rate in percent.</source>
        <translation>Le taux de TVA en pourcentage.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="269" />
        <source>PERCENT</source>
        <translation>POURCENTAGE</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="270" />
        <source>Packages: sessions included.</source>
        <translation>Forfaits : séances comprises.</translation>
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
        <translation>Forfaits : mois de validité.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="277" />
        <source>--engagement ID --offering ID [--date YYYY-MM-DD]</source>
        <translation>--engagement ID --offering ID [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="278" />
        <source>Sell a package of the price list to an engagement; prints the id of its invoice draft.</source>
        <translation>Vendre un forfait de la grille tarifaire à un accompagnement ; affiche l'identifiant de son brouillon de facture.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="281" />
        <source>The engagement gets the package's sessions as credits, valid from the date of sale (default: today) for the package's months; its held sessions use them. The draft invoice bills the package's price; issue it with `invoice issue`.</source>
        <translation>L'accompagnement reçoit les séances du forfait sous forme de crédits, valables à partir de la date de vente (par défaut : aujourd'hui) pendant le nombre de mois du forfait ; ses séances effectuées les utilisent. Le brouillon de facture facture le prix du forfait ; émettez-le avec `invoice issue`.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="285" />
        <source>The engagement's id (required).</source>
        <translation>L'identifiant de l'accompagnement (obligatoire).</translation>
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
        <translation>L'identifiant du forfait, issu de `billing offerings`.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="288" />
        <source>The date of sale.</source>
        <translation>La date de vente.</translation>
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
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="50" />
        <source>Give the server's address with --url.</source>
        <translation>Indiquez l'adresse du serveur avec --url.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="52" />
        <source>Give the user name with --user.</source>
        <translation>Indiquez le nom d'utilisateur avec --user.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="61" />
        <source>Password of %1 on %2: </source>
        <translation>Mot de passe de %1 sur %2 : </translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="62" />
        <source>No password for the calendar server was given on standard input.</source>
        <translation>Aucun mot de passe pour le serveur de calendrier n'a été fourni sur l'entrée standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="77" />
        <source>Connected: sessions will be published to %1.</source>
        <translation>Connecté : les séances seront publiées dans %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CalendarCommands.cpp" line="80" />
        <source>%n change(s) waiting; run 'calendar sync' to send them.</source>
        <translation>
            <numerusform>%n modification en attente ; exécutez 'calendar sync' pour l'envoyer.</numerusform>
            <numerusform>%n modifications en attente ; exécutez 'calendar sync' pour les envoyer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="94" />
        <source>Published %1, removed %2.</source>
        <extracomment>Counts of calendar events (a series counts once) sent to the server.</extracomment>
        <translation>Publiées : %1, supprimées : %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CalendarCommands.cpp" line="97" />
        <source>%n event(s) were changed on the server and were not overwritten.</source>
        <translation>
            <numerusform>%n événement a été modifié sur le serveur et n'a pas été écrasé.</numerusform>
            <numerusform>%n événements ont été modifiés sur le serveur et n'ont pas été écrasés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CalendarCommands.cpp" line="101" />
        <source>Read %n busy time(s) from the other calendars.</source>
        <translation>
            <numerusform>%n plage occupée lue dans les autres calendriers.</numerusform>
            <numerusform>%n plages occupées lues dans les autres calendriers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CalendarCommands.cpp" line="105" />
        <source>%n change(s) still waiting.</source>
        <translation>
            <numerusform>%n modification encore en attente.</numerusform>
            <numerusform>%n modifications encore en attente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="108" />
        <source>Changed on the server: %1, waiting for your choice (see 'calendar differences').</source>
        <translation>Modifié sur le serveur : %1, en attente de votre choix (voir 'calendar differences').</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="124" />
        <source>No calendar account is connected.</source>
        <translation>Aucun compte de calendrier n'est connecté.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="127" />
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="128" />
        <source>User: %1</source>
        <translation>Utilisateur : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="129" />
        <source>Calendar: %1</source>
        <translation>Calendrier : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="130" />
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="131" />
        <source>Changes waiting: %1</source>
        <translation>Modifications en attente : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="132" />
        <source>Events changed on the server: %1</source>
        <translation>Modifié sur le serveur : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="134" />
        <source>See them with 'calendar differences'.</source>
        <translation>Consultez-les avec 'calendar differences'.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="136" />
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="142" />
        <source>Give either --busy-titles or --no-busy-titles, not both.</source>
        <translation>Indiquez soit --busy-titles, soit --no-busy-titles, mais pas les deux.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="158" />
        <source>No calendar is read for busy times now; the busy times read before were removed.</source>
        <translation>Plus aucun calendrier n'est lu pour les plages occupées ; celles lues auparavant ont été retirées.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="162" />
        <source>Busy times are read from %1 on the next 'calendar sync'.</source>
        <translation>Les plages occupées seront lues dans %1 au prochain 'calendar sync'.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="174" />
        <source>The calendar account was removed from this workspace; the events already published stay on the server.</source>
        <translation>Le compte de calendrier a été retiré de cet espace de travail ; les événements déjà publiés restent sur le serveur.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="186" />
        <source>--url URL --user USER [--calendar NAME] [--busy NAME]... [--busy-titles]</source>
        <translation>--url URL --user UTILISATEUR [--calendar NOM] [--busy NOM]... [--busy-titles]</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="187" />
        <source>Connect a CalDAV calendar account to publish the sessions to.</source>
        <translation>Connecter un compte de calendrier CalDAV dans lequel publier les séances.</translation>
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
        <translation>Recherche les calendriers du compte sur le serveur (l'adresse peut être celle du serveur lui-même,
par ex. https://cloud.example.com/) et publie dans le calendrier nommé NOM
(« MentorDesk » s'il n'est pas indiqué), qui est créé s'il n'existe pas. Demande la
phrase secrète de l'espace de travail, puis le mot de passe du serveur ; lorsque l'entrée standard n'est pas un
terminal, la ligne 1 est la phrase secrète et la ligne 2 le mot de passe. Le mot de passe est conservé
uniquement dans l'espace de travail chiffré. Une adresse sécurisée (https://) est obligatoire.

Les événements publiés affichent « Séance de mentorat » avec les initiales du client et le
format : jamais de notes, d'objectifs, de lieux, de liens, d'adresses e-mail ni de noms complets.

Les événements des calendriers indiqués avec --busy (à répéter pour plusieurs) sont lus
à chaque synchronisation comme plages occupées pour les alertes de chevauchement, sous le titre « Occupé » sauf si
--busy-titles est indiqué.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="203" />
        <source>The CalDAV server's address.</source>
        <translation>L'adresse du serveur CalDAV.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="203" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="204" />
        <source>The user name on the server.</source>
        <translation>Le nom d'utilisateur sur le serveur.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="204" />
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="205" />
        <source>The calendar to publish to.</source>
        <translation>Le calendrier dans lequel publier.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="205" />
        <location filename="../app/cli/CalendarCommands.cpp" line="207" />
        <location filename="../app/cli/CalendarCommands.cpp" line="240" />
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="206" />
        <location filename="../app/cli/CalendarCommands.cpp" line="239" />
        <source>Another calendar whose events are busy times.</source>
        <translation>Un autre calendrier dont les événements sont des plages occupées.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="208" />
        <location filename="../app/cli/CalendarCommands.cpp" line="241" />
        <source>Keep the titles of the busy times.</source>
        <translation>Conserver les titres des plages occupées.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="214" />
        <source>Send the session changes waiting for the calendar server.</source>
        <translation>Envoyer les modifications de séances en attente pour le serveur de calendrier.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="216" />
        <source>Changes wait in the workspace while the server cannot be reached and go out on
the next sync. An event changed or deleted on the server is not overwritten: it
is listed by 'calendar differences' for your choice.</source>
        <translation>Les modifications attendent dans l'espace de travail tant que le serveur est
injoignable et partiront lors de la prochaine synchronisation. Un événement
modifié ou supprimé sur le serveur n'est pas écrasé : il est listé par
'calendar differences' pour que vous choisissiez.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="224" />
        <source>Show the calendar account, the last sync and what is waiting.</source>
        <translation>Afficher le compte de calendrier, la dernière synchronisation et ce qui est en attente.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="230" />
        <source>[--busy NAME]... [--busy-titles | --no-busy-titles]</source>
        <translation>[--busy NOM]... [--busy-titles | --no-busy-titles]</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="231" />
        <source>Choose the other calendars whose events are busy times.</source>
        <translation>Choisir les autres calendriers dont les événements sont des plages occupées.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="233" />
        <source>Replaces the calendars read as busy times with those named with --busy (repeat
it for several; none: no calendar is read). The busy times of a calendar no
longer named are removed at once; the next sync reads the ones named. Their
titles are kept with --busy-titles, shown as "Busy" with --no-busy-titles, and
stay as they were without either.</source>
        <translation>Remplace les calendriers lus comme plages occupées par ceux indiqués avec --busy
(à répéter pour plusieurs ; sans --busy, aucun calendrier n'est lu). Les plages
occupées d'un calendrier qui n'est plus indiqué sont retirées aussitôt ; la
prochaine synchronisation lit ceux indiqués. Leurs titres sont conservés avec
--busy-titles, affichés comme « Occupé » avec --no-busy-titles, et restent tels
quels sans l'une ni l'autre de ces options.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="242" />
        <source>Show the busy times as "Busy" only.</source>
        <translation>Afficher les plages occupées uniquement comme « Occupé ».</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="250" />
        <source>Remove the calendar account from this workspace.</source>
        <translation>Retirer le compte de calendrier de cet espace de travail.</translation>
    </message>
</context>
<context>
    <name>md::cli::CalendarDifferenceCommands</name>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="68" />
        <source>No differences: the server has what MentorDesk published.</source>
        <translation>Aucune différence : le serveur contient ce que MentorDesk a publié.</translation>
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
        <translation>SÉANCE</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="73" />
        <source>ON THE SERVER</source>
        <translation>SUR LE SERVEUR</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="78" />
        <source>Take one into MentorDesk with 'calendar accept ID', or keep MentorDesk's version with 'calendar overwrite ID'.</source>
        <translation>Reprenez-en une dans MentorDesk avec 'calendar accept ID', ou conservez la version de MentorDesk avec 'calendar overwrite ID'.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="85" />
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="101" />
        <source>difference id</source>
        <translation>identifiant de la différence</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="95" />
        <source>Warning: %1</source>
        <translation>Attention : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="96" />
        <source>The server's version is now in MentorDesk.</source>
        <translation>La version du serveur est maintenant dans MentorDesk.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="110" />
        <source>The server has MentorDesk's version again.</source>
        <translation>Le serveur a de nouveau la version de MentorDesk.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="111" />
        <source>MentorDesk's version is kept; it goes to the server with the next sync.</source>
        <translation>La version de MentorDesk est conservée ; elle sera envoyée au serveur lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="120" />
        <source>The difference's id, as 'calendar differences' lists it.</source>
        <translation>L'identifiant de la différence, tel que 'calendar differences' l'affiche.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="125" />
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="126" />
        <source>List the events changed or deleted on the calendar server.</source>
        <translation>Lister les événements modifiés ou supprimés sur le serveur de calendrier.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="128" />
        <source>An event published by MentorDesk and then changed or deleted on the server (on
a phone, in another calendar app) is not overwritten: each change is listed here
until you accept it into MentorDesk (calendar accept) or keep MentorDesk's
version (calendar overwrite). Until then MentorDesk's own changes to that event
wait too. 'calendar sync' finds the differences.</source>
        <translation>Un événement publié par MentorDesk puis modifié ou supprimé sur le serveur (sur
un téléphone, dans une autre application de calendrier) n'est pas écrasé :
chaque modification est listée ici jusqu'à ce que vous l'acceptiez dans
MentorDesk (calendar accept) ou que vous conserviez la version de MentorDesk
(calendar overwrite). D'ici là, les modifications que MentorDesk apporte à cet
événement attendent elles aussi. 'calendar sync' détecte les différences.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="133" />
        <source>Print the list as JSON.</source>
        <translation>Afficher la liste au format JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="140" />
        <source>Take the server's version of an event into MentorDesk.</source>
        <translation>Reprendre dans MentorDesk la version d'un événement modifiée sur le serveur.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="142" />
        <source>A moved event moves the session; an event or occurrence deleted or cancelled on
the server cancels the session, as cancelled by you (its notes stay). A series
deleted on the server cancels its planned sessions still to come. Conflicts with
other sessions or busy times are shown as warnings.</source>
        <translation>Un événement déplacé déplace la séance ; la suppression ou l'annulation d'un
événement ou d'une occurrence sur le serveur annule la séance, comme une
annulation de votre part (ses notes sont conservées). Une série supprimée sur le
serveur annule ses séances planifiées encore à venir. Les chevauchements avec
d'autres séances ou des plages occupées sont affichés comme avertissements.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="154" />
        <source>Keep MentorDesk's version of an event, overwriting the server's.</source>
        <translation>Conserver la version de MentorDesk d'un événement, en écrasant celle du serveur.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="156" />
        <source>The event is written to the server again as MentorDesk has it (an event deleted
there is made again), at once when the server can be reached, else with the next
sync.</source>
        <translation>L'événement est réécrit sur le serveur tel qu'il est dans MentorDesk (un
événement supprimé sur le serveur est recréé), immédiatement si le serveur est
joignable, sinon lors de la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>md::cli::CliRunner</name>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="53" />
        <source>The workspace folder (default: %1).</source>
        <translation>Le dossier de l'espace de travail (par défaut : %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="55" />
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="57" />
        <source>Try the key remembered in the system keychain first; if that fails for any reason, ask as usual.</source>
        <translation>Essayer d'abord la clé mémorisée dans le trousseau du système ; en cas d'échec, quelle qu'en soit la raison, demander comme d'habitude.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="60" />
        <source>Unlock with the recovery key (read like a passphrase) instead.</source>
        <translation>Déverrouiller plutôt avec la clé de récupération (lue comme une phrase secrète).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="62" />
        <source>Show this help; 'COMMAND --help' shows one command.</source>
        <translation>Afficher cette aide ; 'COMMANDE --help' affiche l'aide d'une commande.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="63" />
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="82" />
        <source>Print the manual page (roff).</source>
        <translation>Afficher la page de manuel (roff).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="107" />
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="116" />
        <location filename="../app/cli/CliRunner.cpp" line="127" />
        <source>Unknown command '%1'.</source>
        <translation>Commande inconnue '%1'.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="126" />
        <source>'%1' needs a sub-command.</source>
        <translation>'%1' nécessite une sous-commande.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="147" />
        <source>--version goes before the command.</source>
        <translation>--version se place avant la commande.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="155" />
        <source>Missing argument %1.</source>
        <translation>Argument %1 manquant.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="159" />
        <source>Unexpected argument '%1'.</source>
        <translation>Argument inattendu '%1'.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="168" />
        <source>--workspace needs a folder.</source>
        <translation>--workspace nécessite un dossier.</translation>
    </message>
</context>
<context>
    <name>md::cli::ClientBillingCommand</name>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="66" />
        <source>Billing name: %1</source>
        <translation>Nom de facturation : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="67" />
        <source>(the client's name)</source>
        <translation>(le nom du client)</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="69" />
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="69" />
        <source> (none)</source>
        <translation> (aucune)</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="73" />
        <source>Tax ID: %1</source>
        <translation>N° de TVA : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="73" />
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="74" />
        <source>Printed under BILL TO:</source>
        <translation>Imprimé sous FACTURÉ À :</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="80" />
        <source>client id</source>
        <translation>identifiant du client</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="119" />
        <source>ID [--name TEXT] [--address TEXT] [--tax-id TEXT] [--json]</source>
        <translation>ID [--name TEXTE] [--address TEXTE] [--tax-id TEXTE] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="120" />
        <source>Show or set the billing name, address and tax id for invoices.</source>
        <translation>Afficher ou définir le nom, l'adresse et le numéro de TVA de facturation.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="122" />
        <source>Without options, shows the client's billing details and how they are printed under BILL TO. With options, sets the given fields (an empty value clears one) and shows the result. In --address, \n starts a new line, e.g. "Example Ltd\n1 Main Street\n12345 Berlin". Invoices issued from now on print these details; issued invoices keep what they were sent with.</source>
        <translation>Sans option, affiche les coordonnées de facturation du client et la façon dont elles sont imprimées sous FACTURÉ À. Avec des options, définit les champs indiqués (une valeur vide efface un champ) et affiche le résultat. Dans --address, \n commence une nouvelle ligne, par ex. "Exemple SARL\n1 rue Principale\n75001 Paris". Les factures émises à partir de maintenant impriment ces coordonnées ; les factures déjà émises conservent celles avec lesquelles elles ont été envoyées.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="127" />
        <source>The client's id.</source>
        <translation>L'identifiant du client.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="129" />
        <source>Billing name (a company); empty = the client's name.</source>
        <translation>Nom de facturation (une société) ; vide = le nom du client.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="130" />
        <location filename="../app/cli/ClientBillingCommand.cpp" line="131" />
        <location filename="../app/cli/ClientBillingCommand.cpp" line="132" />
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="131" />
        <source>Postal address; \n for new lines.</source>
        <translation>Adresse postale ; \n pour les sauts de ligne.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="132" />
        <source>The client's VAT id or tax number.</source>
        <translation>Le numéro de TVA intracommunautaire ou le numéro fiscal du client.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="133" />
        <source>Print a JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
</context>
<context>
    <name>md::cli::ClientCommands</name>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="35" />
        <source>Full name (required).</source>
        <translation>Nom complet (obligatoire).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="36" />
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="38" />
        <source>The name they like to be called.</source>
        <translation>Le nom sous lequel la personne souhaite être appelée.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="39" />
        <source>Preferred name</source>
        <translation>Nom d'usage</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="41" />
        <source>Email address.</source>
        <translation>Adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="42" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="44" />
        <source>Phone number.</source>
        <translation>Numéro de téléphone.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="45" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="47" />
        <source>Employer or organisation.</source>
        <translation>Employeur ou organisation.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="48" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="50" />
        <source>Current role or job title.</source>
        <translation>Fonction ou intitulé de poste actuel.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="51" />
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="53" />
        <source>IANA time zone, e.g. Europe/Berlin.</source>
        <translation>Fuseau horaire IANA, par ex. Europe/Paris.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="54" />
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="56" />
        <source>How they found you.</source>
        <translation>Comment la personne vous a connu.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="57" />
        <source>Found you via</source>
        <translation>Vous a connu par</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="59" />
        <source>Background.</source>
        <translation>Parcours.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="60" />
        <source>Background</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="62" />
        <source>Strengths.</source>
        <translation>Points forts.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="63" />
        <source>Strengths</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="65" />
        <source>Weaknesses.</source>
        <translation>Points faibles.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="66" />
        <source>Weaknesses</source>
        <translation>Points faibles</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="68" />
        <source>Career aspirations.</source>
        <translation>Aspirations professionnelles.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="69" />
        <source>Aspirations</source>
        <translation>Aspirations</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="71" />
        <source>What they want to keep doing.</source>
        <translation>Ce que la personne veut continuer à faire.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="72" />
        <source>Keep doing</source>
        <translation>Continuer à faire</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="74" />
        <source>What they want to start doing.</source>
        <translation>Ce que la personne veut commencer à faire.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="75" />
        <source>Start doing</source>
        <translation>Commencer à faire</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="77" />
        <source>What they want to stop doing.</source>
        <translation>Ce que la personne veut arrêter de faire.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="78" />
        <source>Stop doing</source>
        <translation>Arrêter de faire</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="117" />
        <source>The client's id (see 'client list').</source>
        <translation>L'identifiant du client (voir 'client list').</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="151" />
        <source>Language of the client's agreements, invoices and summaries: one of %1 (default: yours, the setting profile.language).</source>
        <translation>Langue des accords, des factures et des comptes rendus du client : l'une des valeurs %1 (par défaut : la vôtre, le paramètre profile.language).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="154" />
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="189" />
        <source>'%1' is not a client id (a positive number).</source>
        <translation>'%1' n'est pas un identifiant de client (un nombre positif).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="201" />
        <source>--name is required.</source>
        <translation>--name est obligatoire.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="169" />
        <source>Unknown status '%1' (use %2).</source>
        <translation>Statut inconnu '%1' (utilisez %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="180" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="148" />
        <location filename="../app/cli/ClientCommands.cpp" line="263" />
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="246" />
        <source>Updated client %1.</source>
        <translation>Client %1 modifié.</translation>
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
        <translation> (archivé)</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="283" />
        <source>No clients yet. Add one with: %1 client add --name NAME</source>
        <translation>Aucun client pour l'instant. Ajoutez-en un avec : %1 client add --name NOM</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="301" />
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="302" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="304" />
        <source>Document language</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="305" />
        <source>yours</source>
        <translation>la vôtre</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="307" />
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="307" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="307" />
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="308" />
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="309" />
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="352" />
        <source>Archived client %1.</source>
        <translation>Client %1 archivé.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="352" />
        <source>Restored client %1.</source>
        <translation>Client %1 restauré.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="364" />
        <source>Deleting a client cannot be undone; add --yes to confirm (or archive instead).</source>
        <translation>La suppression d'un client est irréversible ; ajoutez --yes pour confirmer (ou archivez-le plutôt).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="374" />
        <source>Deleted client %1 (%2).</source>
        <translation>Client %1 (%2) supprimé.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="384" />
        <source>--name NAME [options]</source>
        <translation>--name NOM [options]</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="385" />
        <source>Add a client and print the new id.</source>
        <translation>Ajouter un client et afficher le nouvel identifiant.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="146" />
        <source>Comma-separated tags, e.g. a,b.</source>
        <translation>Étiquettes séparées par des virgules, par ex. a,b.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="146" />
        <source>TAGS</source>
        <translation>ÉTIQUETTES</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="148" />
        <source>One of %1 (default: prospect).</source>
        <translation>L'une des valeurs %1 (par défaut : prospect).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="392" />
        <source>ID [options]</source>
        <translation>ID [options]</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="393" />
        <source>Change a client's profile: only the fields given.</source>
        <translation>Modifier le profil d'un client : uniquement les champs indiqués.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="394" />
        <source>Takes the options of 'client add'. An option given empty clears its field (--language "" makes the client's documents follow yours); --tags replaces every tag.</source>
        <translation>Accepte les options de 'client add'. Une option indiquée vide efface son champ (--language "" fait suivre aux documents du client la langue des vôtres) ; --tags remplace toutes les étiquettes.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="404" />
        <source>[--json] [--all]</source>
        <translation>[--json] [--all]</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="405" />
        <source>List the clients (without archived ones unless --all).</source>
        <translation>Lister les clients (sans les clients archivés, sauf avec --all).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="406" />
        <source>Print a JSON array of clients.</source>
        <translation>Afficher un tableau JSON des clients.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="407" />
        <source>Include archived clients.</source>
        <translation>Inclure les clients archivés.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="413" />
        <source>ID [--json]</source>
        <translation>ID [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="414" />
        <source>Show one client's profile.</source>
        <translation>Afficher le profil d'un client.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="416" />
        <source>Print the client as a JSON object.</source>
        <translation>Afficher le client sous forme d'objet JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="423" />
        <source>Archive a client (hidden from lists, kept in the workspace).</source>
        <translation>Archiver un client (masqué dans les listes, conservé dans l'espace de travail).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="433" />
        <source>Bring an archived client back.</source>
        <translation>Restaurer un client archivé.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="442" />
        <source>ID --yes</source>
        <translation>ID --yes</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="443" />
        <source>Delete a client for good (the freed pages are overwritten).</source>
        <translation>Supprimer définitivement un client (les pages libérées sont écrasées).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="445" />
        <source>Confirm that the client is deleted.</source>
        <translation>Confirmer la suppression du client.</translation>
    </message>
</context>
<context>
    <name>md::cli::ClientImportCommand</name>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="61" />
        <source>Name the CSV or vCard file to import.</source>
        <translation>Indiquez le fichier CSV ou vCard à importer.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="66" />
        <source>--duplicates is "skip" or "merge", not "%1".</source>
        <translation>--duplicates vaut « skip » ou « merge », pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="72" />
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="74" />
        <source>%1 is larger than %2 MB; split it into smaller files.</source>
        <translation>%1 dépasse %2 Mo ; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="85" />
        <source>--map is for CSV files; vCard fields are fixed.</source>
        <translation>--map concerne les fichiers CSV ; les champs vCard sont fixes.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="102" />
        <source>--map takes FIELD=HEADER; "%1" names no field. Fields: name, first-name, middle-name, last-name, preferred-name, email, phone, organisation, role, timezone, source, background, tags, ignore.</source>
        <translation>--map attend CHAMP=EN-TÊTE ; « %1 » ne désigne aucun champ. Champs : name, first-name, middle-name, last-name, preferred-name, email, phone, organisation, role, timezone, source, background, tags, ignore.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="108" />
        <source>The file has no column "%1". Its columns: %2</source>
        <translation>Le fichier n'a pas de colonne « %1 ». Ses colonnes : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="151" />
        <source>Line %1: %2 %3 (%4)</source>
        <translation>Ligne %1 : %2 %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="153" />
        <source>merge</source>
        <translation>fusionner</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="154" />
        <source>skip</source>
        <translation>ignorer</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="162" />
        <source>Dry run: %1 would be added, %2 merged and %3 skipped. Nothing was changed.</source>
        <translation>Simulation : %1 seraient ajoutés, %2 fusionnés et %3 ignorés. Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="169" />
        <source>Imported from %1: %2 added, %3 merged, %4 skipped.</source>
        <translation>Importé de %1 : %2 ajoutés, %3 fusionnés, %4 ignorés.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="181" />
        <source>FILE [--dry-run] [--duplicates skip|merge] [--map FIELD=HEADER]…</source>
        <translation>FICHIER [--dry-run] [--duplicates skip|merge] [--map CHAMP=EN-TÊTE]…</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="182" />
        <source>Import clients from a CSV or vCard file.</source>
        <translation>Importer des clients à partir d'un fichier CSV ou vCard.</translation>
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
        <translation>Lit un fichier CSV (UTF-8, avec ou sans indicateur d'ordre des octets, séparé par des virgules
ou des points-virgules) avec une ligne d'en-tête, tel que l'écrivent Google Contacts, Outlook,
LinkedIn ou un tableur, ou un fichier vCard 2.1, 3.0 ou 4.0. Les colonnes sont associées aux
champs du profil d'après leur nom ; --map email="Work E-mail" en associe une à la main. C'est
tout ou rien : un enregistrement mal formé est signalé avec sa ligne, sa colonne et la raison,
et rien n'est importé. Un client ayant le même e-mail (ou, à défaut, le même nom) qu'un client
existant ou qu'une ligne précédente est un doublon : il est ignoré ou, avec --duplicates merge,
utilisé pour compléter les champs vides et ajouter des étiquettes. --dry-run montre
ce qui se passerait.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="194" />
        <source>Show what would be imported; change nothing.</source>
        <translation>Montrer ce qui serait importé ; ne rien modifier.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="195" />
        <source>skip (the default) or merge.</source>
        <translation>skip (par défaut) ou merge.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="195" />
        <source>POLICY</source>
        <translation>RÈGLE</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="196" />
        <source>Import the column HEADER as FIELD (repeatable).</source>
        <translation>Importer la colonne EN-TÊTE comme CHAMP (répétable).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="197" />
        <source>FIELD=HEADER</source>
        <translation>CHAMP=EN-TÊTE</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="198" />
        <source>Print the plan as JSON.</source>
        <translation>Afficher le plan au format JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="199" />
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="199" />
        <source>A .csv or .vcf file.</source>
        <translation>Un fichier .csv ou .vcf.</translation>
    </message>
</context>
<context>
    <name>md::cli::CommandContext</name>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="29" />
        <source>There is no workspace in %1. Create one with: %2 --workspace "%1" init</source>
        <translation>Il n'y a aucun espace de travail dans %1. Créez-en un avec : %2 --workspace "%1" init</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="48" />
        <source>Recovery key for %1: </source>
        <translation>Clé de récupération pour %1 : </translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="49" />
        <source>Passphrase for %1: </source>
        <translation>Phrase secrète pour %1 : </translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="51" />
        <source>No recovery key was given on standard input.</source>
        <translation>Aucune clé de récupération n'a été fournie sur l'entrée standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="52" />
        <source>No passphrase was given on standard input.</source>
        <translation>Aucune phrase secrète n'a été fournie sur l'entrée standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="83" />
        <source>The workspace file was damaged and has been rebuilt; the damaged file is kept as %1.</source>
        <translation>Le fichier de l'espace de travail était endommagé et a été reconstruit ; le fichier endommagé est conservé sous %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="88" />
        <source>This workspace has no passphrase now: only the recovery key opens it. Set a new passphrase with: %1 --workspace "%2" passwd --recovery-key</source>
        <translation>Cet espace de travail n'a plus de phrase secrète : seule la clé de récupération l'ouvre. Définissez une nouvelle phrase secrète avec : %1 --workspace "%2" passwd --recovery-key</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="119" />
        <source>Cannot use the system keychain: %1</source>
        <translation>Impossible d'utiliser le trousseau du système : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="128" />
        <source>The system keychain did not provide the key; reading the passphrase from standard input.</source>
        <translation>Le trousseau du système n'a pas fourni la clé ; lecture de la phrase secrète sur l'entrée standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="137" />
        <source>The key in the system keychain did not open the workspace (%1); falling back to standard input.</source>
        <translation>La clé du trousseau du système n'a pas ouvert l'espace de travail (%1) ; lecture sur l'entrée standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="165" />
        <source>No new passphrase was given on standard input.</source>
        <translation>Aucune nouvelle phrase secrète n'a été fournie sur l'entrée standard.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CommandContext.cpp" line="169" />
        <source>The passphrase is too short: use at least %n characters.</source>
        <translation>
            <numerusform>La phrase secrète est trop courte : utilisez au moins %n caractère.</numerusform>
            <numerusform>La phrase secrète est trop courte : utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="176" />
        <source>The new passphrase was not repeated.</source>
        <translation>La nouvelle phrase secrète n'a pas été répétée.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="181" />
        <source>The two passphrases do not match.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="194" />
        <source>%1 The output above is incomplete.</source>
        <translation>%1 La sortie ci-dessus est incomplète.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="201" />
        <source>'%1' is not a valid %2 (a positive number).</source>
        <translation>'%1' n'est pas un %2 valide (un nombre positif).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="212" />
        <source>Try '%1 --help' for more information.</source>
        <translation>Essayez '%1 --help' pour plus d'informations.</translation>
    </message>
</context>
<context>
    <name>md::cli::Console</name>
    <message>
        <location filename="../app/cli/Console.cpp" line="269" />
        <source>Could not read from standard input.</source>
        <translation>Impossible de lire l'entrée standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/Console.cpp" line="273" />
        <source>Standard input ended before a line was read.</source>
        <translation>L'entrée standard s'est terminée avant qu'une ligne ait été lue.</translation>
    </message>
</context>
<context>
    <name>md::cli::DemoCommands</name>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="33" />
        <source>Create a new workspace filled with invented demo data.</source>
        <translation>Créer un nouvel espace de travail rempli de données de démonstration fictives.</translation>
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
        <translation>Crée un nouvel espace de travail comme le fait 'init' (phrase secrète, clé de récupération,
dossier qui ne doit pas encore en contenir un) et le remplit au moyen des mêmes services que
l'application : clients avec des profils complets, accompagnements à toutes les étapes avec leurs
besoins, objectifs, actions et évaluations, accords signés, séries et séances isolées sur les
trois années précédant aujourd'hui et les trois mois à venir, grille tarifaire, factures avec
paiements. Tous les noms et textes sont fictifs ; la même graine produit les mêmes données.
La progression s'affiche sur la sortie d'erreur standard, le résumé sur la sortie
standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="44" />
        <source>How many clients (required).</source>
        <translation>Nombre de clients (obligatoire).</translation>
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
        <translation>Nombre de séances, passées et planifiées (obligatoire).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="48" />
        <source>How many invoices (default: 3 for every 20 sessions).</source>
        <translation>Nombre de factures (par défaut : 3 pour 20 séances).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="50" />
        <source>The seed of the invented data (default: 1).</source>
        <translation>La graine des données fictives (par défaut : 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="51" />
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="63" />
        <source>--%1 takes a whole number from 0 on, not '%2'.</source>
        <translation>--%1 attend un nombre entier à partir de 0, pas '%2'.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="72" />
        <source>--clients and --sessions are required.</source>
        <translation>--clients et --sessions sont obligatoires.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="94" />
        <source>--seed takes a whole number from 0 to 4294967295, not '%1'.</source>
        <translation>--seed attend un nombre entier compris entre 0 et 4294967295, pas '%1'.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="98" />
        <source>Sessions and invoices need at least one client.</source>
        <translation>Les séances et les factures nécessitent au moins un client.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="115" />
        <source>Generating demo data: %1% (%2 of %3 steps)</source>
        <translation>Génération des données de démonstration : %1 % (%2 étapes sur %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="124" />
        <source>The demo data could not be generated: %1 The workspace in %2 holds what was written before the failure.</source>
        <translation>Les données de démonstration n'ont pas pu être générées : %1 L'espace de travail dans %2 contient ce qui a été écrit avant l'échec.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="128" />
        <source>Generated %1 clients, %2 engagements, %3 agreements, %4 sessions, %5 invoices and %6 payments in %7 s.</source>
        <translation>%1 clients, %2 accompagnements, %3 accords, %4 séances, %5 factures et %6 paiements générés en %7 s.</translation>
    </message>
</context>
<context>
    <name>md::cli::EngagementCommands</name>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="71" />
        <source>--client and --title are required.</source>
        <translation>--client et --title sont obligatoires.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="73" />
        <location filename="../app/cli/EngagementCommands.cpp" line="177" />
        <source>client id</source>
        <translation>identifiant du client</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="84" />
        <source>'%1' is not a number of sessions.</source>
        <translation>'%1' n'est pas un nombre de séances.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="90" />
        <source>Unknown cadence '%1' (use %2).</source>
        <translation>Fréquence inconnue '%1' (utilisez %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="97" />
        <source>Unknown format '%1' (use %2).</source>
        <translation>Modalité inconnue '%1' (utilisez %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="106" />
        <source>'%1' is not a date (use YYYY-MM-DD).</source>
        <translation>'%1' n'est pas une date (utilisez YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="157" />
        <source>Give the fee per session, e.g. 120 (0 removes it).</source>
        <translation>Indiquez les honoraires par séance, par ex. 120 (0 les supprime).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="202" />
        <source>No engagements yet. Start one with: %1 engagement add --client ID --title TEXT</source>
        <translation>Aucun accompagnement pour l'instant. Commencez-en un avec : %1 engagement add --client ID --title TEXTE</translation>
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
        <translation>CLIENT</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="209" />
        <source>TITLE</source>
        <translation>INTITULÉ</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="209" />
        <source>STAGE</source>
        <translation>ÉTAPE</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="209" />
        <source>DAYS</source>
        <translation>JOURS</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="239" />
        <source>Engagement %1: %2</source>
        <translation>Accompagnement %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="240" />
        <source>Client:   %1 (id %2)</source>
        <translation>Client :   %1 (id %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="241" />
        <source>Stage:    %1 (%2 days)</source>
        <translation>Étape :    %1 (%2 jours)</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="245" />
        <source>Started:  %1; %2 sessions planned, %3, %4</source>
        <translation>Début :    %1 ; %2 séances prévues, %3, %4</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="251" />
        <source>Follows engagement %1</source>
        <translation>Fait suite à l'accompagnement %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="253" />
        <source>Outcome:  %1</source>
        <translation>Résultat : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="255" />
        <source>Timeline:</source>
        <translation>Chronologie :</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="260" />
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="261" />
        <source>created in %1</source>
        <translation>créé dans %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="263" />
        <source> [override]</source>
        <translation> [passage en force]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="269" />
        <source>Needs (%1):</source>
        <translation>Besoins (%1) :</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="276" />
        <source>Goals (%1):</source>
        <translation>Objectifs (%1) :</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="285" />
        <source> (passes)</source>
        <translation> (réussi)</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="285" />
        <source> (fails: lower-case letters)</source>
        <translation> (échec : lettres en minuscules)</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="287" />
        <source>, progress %1%</source>
        <translation>, progression %1 %</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="289" />
        <source>, inactive</source>
        <translation>, inactif</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="298" />
        <source> (due %1)</source>
        <translation> (échéance %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="300" />
        <source> OVERDUE</source>
        <translation> EN RETARD</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="302" />
        <source>; with %1</source>
        <translation>; avec %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="306" />
        <source>      evaluated: %1</source>
        <translation>      évalué : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="312" />
        <source>Ready to leave "%1".</source>
        <translation>Prêt à quitter « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="314" />
        <source>To leave "%1":</source>
        <translation>Pour quitter « %1 » :</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="410" />
        <source>A note on fees, as agreements print it.</source>
        <translation>Une remarque sur les honoraires, telle que les accords l'impriment.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="412" />
        <source>The fee per session before tax, e.g. 120.00, billed for the engagement's held sessions before the price list's price.</source>
        <translation>Les honoraires HT par séance, par ex. 120.00, facturés pour les séances effectuées de l'accompagnement avant le prix de la grille tarifaire.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="414" />
        <source>AMOUNT</source>
        <translation>MONTANT</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="421" />
        <source>ID AMOUNT [--fee-note TEXT]</source>
        <translation>ID MONTANT [--fee-note TEXTE]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="422" />
        <source>Set an engagement's fee per session (0 removes it).</source>
        <translation>Définir les honoraires par séance d'un accompagnement (0 les supprime).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="423" />
        <source>Invoices from held sessions bill this fee; without one, the price list's single session; without either, the session price of the settings.</source>
        <translation>Les factures établies à partir des séances effectuées appliquent ces honoraires ; à défaut, la séance à l'unité de la grille tarifaire ; à défaut des deux, le prix d'une séance défini dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="427" />
        <source>Before tax, in the workspace currency, e.g. 120.00.</source>
        <translation>Hors taxes, dans la devise de l'espace de travail, par ex. 120.00.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="428" />
        <source>Also change the note on fees.</source>
        <translation>Modifier aussi la remarque sur les honoraires.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="153" />
        <location filename="../app/cli/EngagementCommands.cpp" line="322" />
        <location filename="../app/cli/EngagementCommands.cpp" line="350" />
        <source>engagement id</source>
        <translation>identifiant de l'accompagnement</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="358" />
        <source>--override needs a written reason; it is kept in the timeline.</source>
        <translation>--override nécessite une justification écrite ; elle est conservée dans la chronologie.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="367" />
        <source>Engagement %1 cannot leave "%2" yet. Missing:</source>
        <translation>L'accompagnement %1 ne peut pas encore quitter « %2 ». Manquant :</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="371" />
        <source>Fill these in, or move anyway with --override REASON.</source>
        <translation>Complétez ces éléments, ou passez malgré tout avec --override RAISON.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="375" />
        <source>Engagement %1: %2 -&gt; %3</source>
        <translation>Accompagnement %1 : %2 -&gt; %3</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="380" />
        <source>Override recorded in the timeline: %1</source>
        <translation>Passage en force consigné dans la chronologie : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="389" />
        <source>The engagement's id (see 'engagement list').</source>
        <translation>L'identifiant de l'accompagnement (voir 'engagement list').</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="393" />
        <source>--client ID --title TEXT [options]</source>
        <translation>--client ID --title TEXTE [options]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="394" />
        <source>Start an engagement for a client and print its id.</source>
        <translation>Commencer un accompagnement pour un client et afficher son identifiant.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="396" />
        <source>The client's id (required).</source>
        <translation>L'identifiant du client (obligatoire).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="397" />
        <source>A short title (required).</source>
        <translation>Un intitulé court (obligatoire).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="397" />
        <location filename="../app/cli/EngagementCommands.cpp" line="409" />
        <location filename="../app/cli/EngagementCommands.cpp" line="410" />
        <location filename="../app/cli/EngagementCommands.cpp" line="428" />
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="398" />
        <source>Planned number of sessions.</source>
        <translation>Nombre de séances prévues.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="398" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="401" />
        <source>One of %1 (default: biweekly).</source>
        <translation>L'une des valeurs %1 (par défaut : biweekly).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="402" />
        <source>CADENCE</source>
        <translation>FRÉQUENCE</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="404" />
        <source>One of %1 (default: video).</source>
        <translation>L'une des valeurs %1 (par défaut : video).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="406" />
        <source>FORMAT</source>
        <translation>MODALITÉ</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="407" />
        <source>Start date, YYYY-MM-DD (default: today).</source>
        <translation>Date de début, YYYY-MM-DD (par défaut : aujourd'hui).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="408" />
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="409" />
        <source>Your profile-study notes.</source>
        <translation>Vos notes d'étude du profil.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="434" />
        <source>[--json] [--client ID]</source>
        <translation>[--json] [--client ID]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="435" />
        <source>List engagements with their stage and days in it.</source>
        <translation>Lister les accompagnements avec leur étape et le nombre de jours passés dans celle-ci.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="436" />
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="437" />
        <source>Only this client's.</source>
        <translation>Uniquement ceux de ce client.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="443" />
        <source>ID [--json]</source>
        <translation>ID [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="444" />
        <source>Show an engagement: stage, timeline, needs, goals, actions.</source>
        <translation>Afficher un accompagnement : étape, chronologie, besoins, objectifs, actions.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="445" />
        <source>Goals show their SMART status (a lower-case letter fails) and progress from baseline to target; the end lists what the current stage still needs before the engagement can advance.</source>
        <translation>Les objectifs indiquent leur statut SMART (une lettre en minuscule signale un échec) et leur progression de la valeur de départ vers la cible ; la fin de la sortie liste ce qu'il manque encore à l'étape actuelle pour que l'accompagnement puisse avancer.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="449" />
        <source>Print a JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="455" />
        <source>ID [--override REASON]</source>
        <translation>ID [--override RAISON]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="456" />
        <source>Move an engagement to its next stage, through the stage's gate.</source>
        <translation>Faire passer un accompagnement à l'étape suivante, en contrôlant les conditions de l'étape.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="457" />
        <source>When the current stage's work is incomplete, nothing changes: the missing items are listed and the exit status is 1. --override moves anyway; the reason is recorded in the timeline.</source>
        <translation>Lorsque le travail de l'étape actuelle est incomplet, rien ne change : les éléments manquants sont listés et le code de sortie est 1. --override fait passer malgré tout ; la raison est consignée dans la chronologie.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="462" />
        <source>Move although the gate fails, for this reason.</source>
        <translation>Passer malgré l'échec du contrôle, pour cette raison.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="462" />
        <source>REASON</source>
        <translation>RAISON</translation>
    </message>
</context>
<context>
    <name>md::cli::ErasureCommands</name>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="29" />
        <source>client id</source>
        <translation>identifiant du client</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="41" />
        <source>Erasing cannot be undone; add --yes to erase.</source>
        <translation>L'effacement est irréversible ; ajoutez --yes pour effacer.</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="58" />
        <source>No kept invoice has reached the end of its retention period.</source>
        <translation>Aucune facture conservée n'a atteint la fin de sa durée de conservation.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ErasureCommands.cpp" line="61" />
        <source>Removed %n invoice(s) of erased clients whose retention period ended.</source>
        <translation>
            <numerusform>%n facture de clients effacés dont la durée de conservation a expiré a été supprimée.</numerusform>
            <numerusform>%n factures de clients effacés dont la durée de conservation a expiré ont été supprimées.</numerusform>
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
        <translation>Effacer définitivement les données personnelles d'un client (art. 17 du RGPD).</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="74" />
        <source>Removes the profile, engagements, sessions with their notes, agreements with
their signatures and scans, draft invoices and billing details. Issued invoices,
credit notes and their payments are kept unchanged, shown under an anonymous
label, until their retention period ends (billing.retention_years after the end
of their year; see 'retention purge'). Without --yes, shows what would happen.</source>
        <translation>Supprime le profil, les accompagnements, les séances avec leurs notes, les accords avec
leurs signatures et scans, les brouillons de facture et les coordonnées de facturation. Les factures émises,
les avoirs et leurs paiements sont conservés sans modification, sous un libellé anonyme,
jusqu'à la fin de leur durée de conservation (billing.retention_years après la fin
de leur année ; voir 'retention purge'). Sans --yes, montre ce qui se passerait.</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="79" />
        <source>The client's id (see 'client list').</source>
        <translation>L'identifiant du client (voir 'client list').</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="80" />
        <source>Confirm the erasure.</source>
        <translation>Confirmer l'effacement.</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="87" />
        <source>Remove the kept invoices of erased clients whose retention ended.</source>
        <translation>Supprimer les factures conservées de clients effacés dont la durée de conservation a expiré.</translation>
    </message>
</context>
<context>
    <name>md::cli::ExportCommands</name>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="40" />
        <source>Exported %1 records, %2 signed agreements and %3 invoices into %4.</source>
        <translation>%1 enregistrements, %2 accords signés et %3 factures exportés dans %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="46" />
        <source>The export is NOT encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>L'export n'est PAS chiffré : conservez-le en lieu sûr et supprimez-le lorsqu'il n'est plus nécessaire.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="54" />
        <location filename="../app/cli/ExportCommands.cpp" line="67" />
        <source>Give the folder to export into with --to DIR.</source>
        <translation>Indiquez le dossier d'export avec --to DOSSIER.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="63" />
        <source>client id</source>
        <translation>identifiant du client</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="82" />
        <source>Give the export folder to import with --from DIR.</source>
        <translation>Indiquez le dossier d'export à importer avec --from DOSSIER.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="103" />
        <source>Imported %1 records into %2.</source>
        <translation>%1 enregistrements importés dans %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="108" />
        <source>Agreements signed in the workspace the export came from keep verifying here; new ones are signed with this workspace's own key.</source>
        <translation>Les accords signés dans l'espace de travail d'origine de l'export restent vérifiables ici ; les nouveaux sont signés avec la clé propre à cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="115" />
        <source>A new or empty folder.</source>
        <translation>Un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="115" />
        <location filename="../app/cli/ExportCommands.cpp" line="154" />
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="118" />
        <source>--to DIR</source>
        <translation>--to DOSSIER</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="119" />
        <source>Write the whole workspace in open formats (JSON, CSV, PDF).</source>
        <translation>Écrire l'espace de travail complet dans des formats ouverts (JSON, CSV, PDF).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="120" />
        <source>One JSON file per kind of record (described in the README.txt written with
them), CSV files of clients, sessions, invoices and payments, the exact PDF
of every signed agreement and the PDF of every issued invoice. The folder
is readable by you only, but it is NOT encrypted.</source>
        <translation>Un fichier JSON par type d'enregistrement (décrits dans le README.txt écrit avec
eux), des fichiers CSV des clients, séances, factures et paiements, le PDF exact
de chaque accord signé et le PDF de chaque facture émise. Le dossier
n'est lisible que par vous, mais il n'est PAS chiffré.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="130" />
        <source>ID --to DIR [--without-private-notes]</source>
        <translation>ID --to DOSSIER [--without-private-notes]</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="131" />
        <source>Write everything about one client (their right of access and portability).</source>
        <translation>Écrire toutes les données d'un client (son droit d'accès et à la portabilité).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="134" />
        <source>The profile, engagements, needs, goals, actions, evaluations, sessions with
their notes, agreements with their PDFs, invoices and payments of this
client, and nothing about anyone else. Your private session notes are
included unless --without-private-notes is given.</source>
        <translation>Le profil, les accompagnements, besoins, objectifs, actions, évaluations, séances avec
leurs notes, accords avec leurs PDF, factures et paiements de ce
client, et rien qui concerne une autre personne. Vos notes de séance privées sont
incluses, sauf si --without-private-notes est indiqué.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="139" />
        <source>Leave your private session notes out.</source>
        <translation>Exclure vos notes de séance privées.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="140" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="140" />
        <source>The client's id (see client list).</source>
        <translation>L'identifiant du client (voir client list).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="146" />
        <source>--from DIR</source>
        <translation>--from DOSSIER</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="147" />
        <source>Create a new workspace from a whole-workspace export.</source>
        <translation>Créer un nouvel espace de travail à partir de l'export d'un espace de travail complet.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="149" />
        <source>Creates a new workspace as 'init' does (the passphrase, the recovery key) in the
--workspace folder, which must be new or empty, and reads every record of the
export into it, with the same ids. Signed agreements stay provably unchanged.
All or nothing: when a file of the export is damaged or incomplete, the error
names it and no workspace is created. Exports of one client cannot be imported.</source>
        <translation>Crée un nouvel espace de travail comme le fait 'init' (phrase secrète, clé de récupération) dans le
dossier --workspace, qui doit être nouveau ou vide, et y lit chaque enregistrement de
l'export, avec les mêmes identifiants. Les accords signés restent inchangés de manière prouvable.
Tout ou rien : lorsqu'un fichier de l'export est endommagé ou incomplet, l'erreur
le nomme et aucun espace de travail n'est créé. Les exports d'un seul client ne peuvent pas être importés.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="154" />
        <source>The export folder.</source>
        <translation>Le dossier d'export.</translation>
    </message>
</context>
<context>
    <name>md::cli::HelpFormatter</name>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="114" />
        <source>[global options]</source>
        <translation>[options globales]</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="145" />
        <source>Usage: %1 [global options] COMMAND [options] [arguments]

</source>
        <translation>Utilisation : %1 [options globales] COMMANDE [options] [arguments]

</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="122" />
        <source>MentorDesk keeps a mentor's clients in an encrypted workspace. This program works on the
same workspace as the MentorDesk application, without a window.

</source>
        <translation>MentorDesk conserve les clients d'un mentor dans un espace de travail chiffré. Ce programme travaille sur le
même espace de travail que l'application MentorDesk, sans fenêtre.

</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="148" />
        <source>Global options (before or after the command):
</source>
        <translation>Options globales (avant ou après la commande) :
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="127" />
        <source>Passphrases and recovery keys are read from standard input: on a terminal you are asked
without echo; otherwise each one is a line of input (passwd reads the current passphrase,
then the new one). A new passphrase needs at least %1 characters.

</source>
        <translation>Les phrases secrètes et les clés de récupération sont lues sur l'entrée standard : dans un terminal, elles vous sont demandées
sans écho ; sinon, chacune est une ligne de l'entrée (passwd lit la phrase secrète actuelle,
puis la nouvelle). Une nouvelle phrase secrète doit comporter au moins %1 caractères.

</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="132" />
        <source>Lists (client, session, invoice, payment and agreement list) are written as they are
read. Should reading fail midway (a damaged workspace), the command exits with status 1
and says so on standard error: what it printed is then incomplete, and a --json
array is left unclosed, so it is not valid JSON.

</source>
        <translation>Les listes (client, session, invoice, payment et agreement list) sont écrites au fur et à mesure
de leur lecture. Si la lecture échoue en cours de route (espace de travail endommagé), la commande se termine avec le code 1
et le signale sur la sortie d'erreur standard : ce qu'elle a affiché est alors incomplet, et un tableau --json
reste non fermé ; ce n'est donc pas du JSON valide.

</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="152" />
        <source>Commands:
</source>
        <translation>Commandes :
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="139" />
        <source>Exit status: 0 on success, 1 when the command failed, 2 for a wrong command line.
</source>
        <translation>Code de sortie : 0 en cas de succès, 1 en cas d'échec de la commande, 2 pour une ligne de commande incorrecte.
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="167" />
        <source>Usage: %1

</source>
        <translation>Utilisation : %1

</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="173" />
        <source>Arguments:
</source>
        <translation>Arguments :
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="176" />
        <source>Options:
</source>
        <translation>Options :
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="177" />
        <source>Global options:
</source>
        <translation>Options globales :
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="182" />
        <source>Commands of '%1':
</source>
        <translation>Commandes de '%1' :
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="187" />
        <source>Run '%1 COMMAND --help' for the options of one command.
</source>
        <translation>Exécutez '%1 COMMANDE --help' pour les options d'une commande.
</translation>
    </message>
</context>
<context>
    <name>md::cli::IcsCommands</name>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="34" />
        <source>Name the file to write.</source>
        <translation>Indiquez le fichier à écrire.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="45" />
        <source>'%1' is not a valid client id (a positive number).</source>
        <translation>'%1' n'est pas un identifiant de client valide (un nombre positif).</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="49" />
        <source>'%1' is not a valid session id (a positive number).</source>
        <translation>'%1' n'est pas un identifiant de séance valide (un nombre positif).</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="52" />
        <source>Give either --client or --session, not both.</source>
        <translation>Indiquez soit --client, soit --session, mais pas les deux.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="73" />
        <source>Name the .ics file to import.</source>
        <translation>Indiquez le fichier .ics à importer.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="79" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="81" />
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/IcsCommands.cpp" line="82" />
        <source>%n busy time(s)</source>
        <translation>
            <numerusform>%n plage occupée</numerusform>
            <numerusform>%n plages occupées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/IcsCommands.cpp" line="83" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="84" />
        <source>Imported %1 from %2 of %3.</source>
        <translation>Importation : %1 à partir de %2 de %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="94" />
        <source>[--client ID | --session ID] FILE</source>
        <translation>[--client ID | --session ID] FICHIER</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="95" />
        <source>Write sessions to an iCalendar (.ics) file.</source>
        <translation>Écrire des séances dans un fichier iCalendar (.ics).</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="96" />
        <source>Series keep their repeat rule and skipped dates; cancelled sessions are marked cancelled. UIDs stay the same between exports, so importing again updates instead of duplicating. Notes are never written, only the agenda. With --session, one session goes out on its own (a series member as a single event).</source>
        <translation>Les séries conservent leur règle de répétition et leurs dates sautées ; les séances annulées sont marquées comme annulées. Les UID restent identiques d'un export à l'autre ; une nouvelle importation met donc à jour au lieu de dupliquer. Les notes ne sont jamais écrites, seul l'ordre du jour l'est. Avec --session, une seule séance est exportée (une séance d'une série devient un événement isolé).</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="101" />
        <source>The .ics file to write.</source>
        <translation>Le fichier .ics à écrire.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="103" />
        <source>Only this client's sessions.</source>
        <translation>Uniquement les séances de ce client.</translation>
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
        <translation>Uniquement cette séance.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="110" />
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="111" />
        <source>Read another calendar's .ics file as busy times.</source>
        <translation>Lire le fichier .ics d'un autre calendrier comme plages occupées.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="112" />
        <source>Busy times are used for conflict warnings. Importing the same file again replaces its busy times. A malformed file is reported with its line number and changes nothing.</source>
        <translation>Les plages occupées servent aux alertes de chevauchement. Importer à nouveau le même fichier remplace ses plages occupées. Un fichier mal formé est signalé avec son numéro de ligne et ne modifie rien.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="115" />
        <source>The .ics file to read.</source>
        <translation>Le fichier .ics à lire.</translation>
    </message>
</context>
<context>
    <name>md::cli::InitCommand</name>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="24" />
        <source>Create a new encrypted workspace and print its recovery key.</source>
        <translation>Créer un nouvel espace de travail chiffré et afficher sa clé de récupération.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="26" />
        <source>Asks for the new passphrase twice on a terminal, or reads one line from standard
input. The recovery key is printed once on standard output: keep it safe, it
opens the workspace when the passphrase is lost (also in the sqlcipher tool).
An existing workspace is never overwritten. With --keychain the key is also
remembered in the system keychain.</source>
        <translation>Demande deux fois la nouvelle phrase secrète dans un terminal, ou lit une ligne sur l'entrée
standard. La clé de récupération est affichée une seule fois sur la sortie standard : conservez-la en lieu sûr,
elle ouvre l'espace de travail en cas de perte de la phrase secrète (y compris dans l'outil sqlcipher).
Un espace de travail existant n'est jamais écrasé. Avec --keychain, la clé est aussi
mémorisée dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="50" />
        <source>A workspace already exists in %1; it was left unchanged.</source>
        <translation>Un espace de travail existe déjà dans %1 ; il n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="56" />
        <source>%1 is not empty; give a new or empty folder for the workspace.</source>
        <translation>%1 n'est pas vide ; indiquez un dossier nouveau ou vide pour l'espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="59" />
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète : </translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="59" />
        <source>Repeat the passphrase: </source>
        <translation>Répétez la phrase secrète : </translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="81" />
        <source>No workspace was created.</source>
        <translation>Aucun espace de travail n'a été créé.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="83" />
        <source>The workspace could not be moved into %1. No workspace was created.</source>
        <translation>L'espace de travail n'a pas pu être déplacé dans %1. Aucun espace de travail n'a été créé.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="92" />
        <source>Warning: the key could not be remembered in the system keychain; use the passphrase to unlock.</source>
        <translation>Avertissement : la clé n'a pas pu être mémorisée dans le trousseau du système ; utilisez la phrase secrète pour déverrouiller.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="98" />
        <source>Created an encrypted workspace in %1.
Your recovery key follows. It is shown only this once: write it down or print it and keep it
safe. With it you can open your data if you forget the passphrase.</source>
        <translation>Espace de travail chiffré créé dans %1.
Votre clé de récupération suit. Elle n'est affichée que cette fois : notez-la ou imprimez-la et conservez-la
en lieu sûr. Elle vous permet d'ouvrir vos données si vous oubliez la phrase secrète.</translation>
    </message>
</context>
<context>
    <name>md::cli::InvoiceCommands</name>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="59" />
        <source>'%1' is not a line: write "DESCRIPTION;QUANTITY;UNIT_PRICE[;TAX_RATE_PERCENT]".</source>
        <translation>'%1' n'est pas une ligne : écrivez "DÉSIGNATION;QUANTITÉ;PRIX_UNITAIRE[;TAUX_TVA_POURCENT]".</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="71" />
        <source>'%1' has no description.</source>
        <translation>'%1' n'a pas de désignation.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="90" />
        <source>--client is required.</source>
        <translation>--client est obligatoire.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="91" />
        <location filename="../app/cli/InvoiceCommands.cpp" line="206" />
        <source>client id</source>
        <translation>identifiant du client</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="98" />
        <source>Give --sessions, one or more --line, or --retainer with --month.</source>
        <translation>Indiquez --sessions, une ou plusieurs options --line, ou --retainer avec --month.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="134" />
        <source>--retainer and --month go together.</source>
        <translation>--retainer et --month vont ensemble.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="137" />
        <source>A retainer invoice bills one month: leave out --sessions and --line.</source>
        <translation>Une facture de forfait mensuel facture un mois : omettez --sessions et --line.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="139" />
        <source>retainer offering id</source>
        <translation>identifiant du forfait mensuel</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="146" />
        <source>'%1' is not a month: write YYYY-MM, e.g. 2026-03.</source>
        <translation>'%1' n'est pas un mois : écrivez YYYY-MM, par ex. 2026-03.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="160" />
        <location filename="../app/cli/InvoiceCommands.cpp" line="255" />
        <location filename="../app/cli/InvoiceCommands.cpp" line="309" />
        <location filename="../app/cli/InvoiceCommands.cpp" line="331" />
        <source>invoice id</source>
        <translation>identifiant de la facture</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="179" />
        <source>warning: the invoice does not show %1; set them with %2.</source>
        <translation>attention : la facture ne comporte pas %1 ; renseignez ces informations avec %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="215" />
        <source>Unknown status '%1' (use draft|issued|partially-paid|paid|overdue|cancelled).</source>
        <translation>Statut inconnu '%1' (utilisez draft|issued|partially-paid|paid|overdue|cancelled).</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="243" />
        <source>credit note</source>
        <translation>avoir</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="274" />
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="274" />
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="275" />
        <source>(draft %1)</source>
        <translation>(brouillon %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="276" />
        <source>Client: %1</source>
        <translation>Client : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="277" />
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="279" />
        <source>Issued: %1, due %2</source>
        <translation>Émise le : %1, échéance le %2</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="121" />
        <source>Sessions have no price yet. Add a single session to the price list (`billing offering-add --kind single …`), give the engagement a fee (`engagement fee ID 120`) or set one with `settings set billing.session.price 120`.</source>
        <translation>Les séances n'ont pas encore de prix. Ajoutez une séance à l'unité à la grille tarifaire (`billing offering-add --kind single …`), attribuez des honoraires à l'accompagnement (`engagement fee ID 120`) ou définissez-en avec `settings set billing.session.price 120`.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="297" />
        <source>Net %1, tax %2, total %3</source>
        <translation>HT %1, TVA %2, TTC %3</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="301" />
        <source>Paid %1, outstanding %2</source>
        <translation>Payé %1, reste dû %2</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="346" />
        <source>The invoice's id.</source>
        <translation>L'identifiant de la facture.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="350" />
        <source>--client ID [--sessions] [--line "DESC;QTY;UNIT_PRICE;TAX%"]... | --client ID --retainer OFFERING_ID --month YYYY-MM</source>
        <translation>--client ID [--sessions] [--line "DÉSIG;QTÉ;PRIX_UNITAIRE;TVA%"]... | --client ID --retainer ID_OFFRE --month YYYY-MM</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="352" />
        <source>Create a draft invoice; prints its id.</source>
        <translation>Créer un brouillon de facture ; affiche son identifiant.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="354" />
        <source>--sessions adds the client's held sessions that are neither billed yet nor paid by a package (and, when the cancellation policy says so, late cancellations and no-shows). Each --line is "DESCRIPTION;QUANTITY;UNIT_PRICE;TAX_RATE_PERCENT", e.g. "Workbook;2;24.50;7": the unit price is before tax in the workspace currency, with a dot or a comma and no thousands separators. The rate is a percentage or one of the settings' rates by name: standard, reduced or zero; without it the standard rate applies. --retainer with --month bills one month of a monthly retainer from the price list (`billing offerings` lists their ids); each month is billed once. The draft gets its number only when issued.</source>
        <translation>--sessions ajoute les séances effectuées du client qui ne sont ni encore facturées ni réglées par un forfait (ainsi que, si les conditions d'annulation le prévoient, les annulations tardives et les absences non excusées). Chaque --line s'écrit "DÉSIGNATION;QUANTITÉ;PRIX_UNITAIRE;TAUX_TVA_POURCENT", par ex. "Cahier d'exercices;2;24,50;5,5" : le prix unitaire s'entend hors taxes dans la devise de l'espace de travail, avec un point ou une virgule et sans séparateur de milliers. Le taux est un pourcentage ou le nom de l'un des taux des paramètres : standard, reduced ou zero ; sans taux, le taux normal s'applique. --retainer avec --month facture un mois d'un forfait mensuel de la grille tarifaire (`billing offerings` liste leurs identifiants) ; chaque mois n'est facturé qu'une fois. Le brouillon ne reçoit son numéro qu'à l'émission.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="364" />
        <source>The client's id (required).</source>
        <translation>L'identifiant du client (obligatoire).</translation>
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
        <translation>Facturer les séances effectuées et non encore facturées.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="366" />
        <source>A line; repeat for more.</source>
        <translation>Une ligne ; à répéter pour en ajouter.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="366" />
        <source>LINE</source>
        <translation>LIGNE</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="367" />
        <source>Text printed under the lines.</source>
        <translation>Texte imprimé sous les lignes.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="367" />
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="368" />
        <source>Bill a monthly retainer of the price list.</source>
        <translation>Facturer un forfait mensuel de la grille tarifaire.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="369" />
        <source>OFFERING_ID</source>
        <translation>ID_OFFRE</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="370" />
        <source>The retainer month billed.</source>
        <translation>Le mois du forfait mensuel facturé.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="370" />
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="377" />
        <source>Issue a draft: number it and freeze it; prints the number.</source>
        <translation>Émettre un brouillon : le numéroter et le figer ; affiche le numéro.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="378" />
        <source>The number is the next of the year's gapless sequence. An issued invoice never changes; correct or cancel it with `invoice credit`. The client's credit balance, if any, is applied.</source>
        <translation>Le numéro est le suivant dans la séquence sans trou de l'année. Une facture émise ne change jamais ; rectifiez-la ou annulez-la avec `invoice credit`. Le crédit éventuel du client est imputé.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="387" />
        <source>[--client ID] [--status STATUS] [--json]</source>
        <translation>[--client ID] [--status STATUT] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="388" />
        <source>List invoices and credit notes.</source>
        <translation>Lister les factures et les avoirs.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="389" />
        <source>Only this client's.</source>
        <translation>Uniquement ceux de ce client.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="391" />
        <source>draft|issued|partially-paid|paid|overdue|cancelled.</source>
        <translation>draft|issued|partially-paid|paid|overdue|cancelled.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="392" />
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="393" />
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="399" />
        <source>ID [--json]</source>
        <translation>ID [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="400" />
        <source>Show one invoice with its lines and what is paid.</source>
        <translation>Afficher une facture avec ses lignes et ce qui est payé.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="402" />
        <source>Print a JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="408" />
        <source>ID FILE</source>
        <translation>ID FICHIER</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="409" />
        <source>Write the invoice as a PDF file.</source>
        <translation>Écrire la facture dans un fichier PDF.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="410" />
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="417" />
        <source>Cancel an issued invoice with a credit note; prints its number.</source>
        <translation>Annuler une facture émise par un avoir ; affiche son numéro.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="418" />
        <source>The credit note negates every line of the invoice and takes the next number. Money already paid on the invoice becomes the client's credit.</source>
        <translation>L'avoir reprend en négatif chaque ligne de la facture et reçoit le numéro suivant. Les sommes déjà payées sur la facture deviennent un crédit en faveur du client.</translation>
    </message>
</context>
<context>
    <name>md::cli::ManPage</name>
    <message>
        <location filename="../app/cli/ManPage.cpp" line="71" />
        <source>work on a MentorDesk workspace without a window</source>
        <translation>travailler sur un espace de travail MentorDesk sans fenêtre</translation>
    </message>
    <message>
        <location filename="../app/cli/ManPage.cpp" line="73" />
        <source>[global options] COMMAND [options] [arguments]</source>
        <translation>[options globales] COMMANDE [options] [arguments]</translation>
    </message>
    <message>
        <location filename="../app/cli/ManPage.cpp" line="77" />
        <source>Before or after the command.</source>
        <translation>Avant ou après la commande.</translation>
    </message>
    <message>
        <location filename="../app/cli/ManPage.cpp" line="97" />
        <source>The MentorDesk user guide, under Help in the MentorDesk application.</source>
        <translation>Le guide de l'utilisateur de MentorDesk, dans le menu Aide de l'application MentorDesk.</translation>
    </message>
</context>
<context>
    <name>md::cli::PasswdCommand</name>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="20" />
        <source>Change the workspace passphrase (or set a new one with the recovery key).</source>
        <translation>Changer la phrase secrète de l'espace de travail (ou en définir une nouvelle avec la clé de récupération).</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="23" />
        <source>Asks for the current passphrase, then the new one (twice on a terminal). When
standard input is not a terminal, line 1 is the current passphrase and line 2
the new one. The data key, the database and the recovery key stay the same.

Forgot the passphrase? 'passwd --recovery-key' asks for the recovery key
instead of the current passphrase, then sets the new one.</source>
        <translation>Demande la phrase secrète actuelle, puis la nouvelle (deux fois dans un terminal). Lorsque
l'entrée standard n'est pas un terminal, la ligne 1 est la phrase secrète actuelle et la ligne 2
la nouvelle. La clé de données, la base de données et la clé de récupération restent les mêmes.

Phrase secrète oubliée ? 'passwd --recovery-key' demande la clé de récupération
au lieu de la phrase secrète actuelle, puis définit la nouvelle.</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="39" />
        <source>passwd needs the current passphrase or the recovery key; --keychain does not apply.</source>
        <translation>passwd nécessite la phrase secrète actuelle ou la clé de récupération ; --keychain ne s'applique pas.</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="48" />
        <source>Current passphrase for %1: </source>
        <translation>Phrase secrète actuelle pour %1 : </translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="49" />
        <source>No current passphrase was given on standard input.</source>
        <translation>Aucune phrase secrète actuelle n'a été fournie sur l'entrée standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="59" />
        <location filename="../app/cli/PasswdCommand.cpp" line="84" />
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète : </translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="59" />
        <location filename="../app/cli/PasswdCommand.cpp" line="84" />
        <source>Repeat the new passphrase: </source>
        <translation>Répétez la nouvelle phrase secrète : </translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="65" />
        <source>The passphrase of %1 was changed.</source>
        <translation>La phrase secrète de %1 a été modifiée.</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="74" />
        <source>Recovery key for %1: </source>
        <translation>Clé de récupération pour %1 : </translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="75" />
        <source>No recovery key was given on standard input.</source>
        <translation>Aucune clé de récupération n'a été fournie sur l'entrée standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="90" />
        <source>A new passphrase was set for %1 with the recovery key.</source>
        <translation>Une nouvelle phrase secrète a été définie pour %1 avec la clé de récupération.</translation>
    </message>
</context>
<context>
    <name>md::cli::PaymentCommands</name>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="40" />
        <source>Give either --invoice or --client.</source>
        <translation>Indiquez soit --invoice, soit --client.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="42" />
        <source>--amount and --date are required.</source>
        <translation>--amount et --date sont obligatoires.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="45" />
        <location filename="../app/cli/PaymentCommands.cpp" line="103" />
        <source>invoice id</source>
        <translation>identifiant de la facture</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="46" />
        <location filename="../app/cli/PaymentCommands.cpp" line="98" />
        <source>client id</source>
        <translation>identifiant du client</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="52" />
        <source>'%1' is not a date (use YYYY-MM-DD).</source>
        <translation>'%1' n'est pas une date (utilisez YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="58" />
        <source>Unknown method '%1' (use bank-transfer|card|cash|other).</source>
        <translation>Moyen de paiement inconnu '%1' (utilisez bank-transfer|card|cash|other).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="89" />
        <source>The client now has a credit of %1, used by the next invoice.</source>
        <translation>Le client dispose désormais d'un crédit de %1, imputé sur la prochaine facture.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="138" />
        <source>(--invoice ID | --client ID) --amount AMOUNT --date YYYY-MM-DD [--method METHOD]</source>
        <translation>(--invoice ID | --client ID) --amount MONTANT --date YYYY-MM-DD [--method MOYEN]</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="139" />
        <source>Record money received; prints the payment's id.</source>
        <translation>Enregistrer une somme reçue ; affiche l'identifiant du paiement.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="140" />
        <source>A payment for an invoice pays it (partly or fully); whatever is paid beyond what it owes becomes the client's credit, which the next invoice uses when issued. A payment for a client settles their open invoices, oldest due date first. AMOUNT is like 120.50 or 120,50.</source>
        <translation>Un paiement affecté à une facture la règle (en partie ou en totalité) ; ce qui dépasse le montant dû devient un crédit en faveur du client, imputé sur la prochaine facture lors de son émission. Un paiement affecté à un client règle ses factures non soldées, en commençant par l'échéance la plus ancienne. MONTANT s'écrit par ex. 120.50 ou 120,50.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="145" />
        <source>The issued invoice paid.</source>
        <translation>La facture émise réglée.</translation>
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
        <translation>Le client qui a payé (sans facture particulière).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="148" />
        <source>The amount received (required).</source>
        <translation>Le montant reçu (obligatoire).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="148" />
        <source>AMOUNT</source>
        <translation>MONTANT</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="149" />
        <source>The day it was received (required).</source>
        <translation>Le jour de réception (obligatoire).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="149" />
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="151" />
        <source>bank-transfer|card|cash|other (default: bank-transfer).</source>
        <translation>bank-transfer|card|cash|other (par défaut : bank-transfer).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="152" />
        <source>METHOD</source>
        <translation>MOYEN</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="153" />
        <source>Bank reference or receipt number.</source>
        <translation>Référence bancaire ou numéro de reçu.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="153" />
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="159" />
        <source>[--client ID] [--invoice ID] [--json]</source>
        <translation>[--client ID] [--invoice ID] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="160" />
        <source>List payments received.</source>
        <translation>Lister les paiements reçus.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="162" />
        <source>Only this client's.</source>
        <translation>Uniquement ceux de ce client.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="163" />
        <source>Only those for this invoice.</source>
        <translation>Uniquement ceux de cette facture.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="164" />
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
</context>
<context>
    <name>md::cli::SearchCommands</name>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="38" />
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="40" />
        <source>engagement</source>
        <translation>accompagnement</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="42" />
        <source>need</source>
        <translation>besoin</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="44" />
        <source>goal</source>
        <translation>objectif</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="46" />
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="48" />
        <source>evaluation</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="50" />
        <source>session</source>
        <translation>séance</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="52" />
        <source>agreement</source>
        <translation>accord</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="54" />
        <source>invoice</source>
        <translation>facture</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="62" />
        <source> (archived)</source>
        <translation> (archivé)</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="93" />
        <source>Say what to look for, e.g. %1 search portfolio</source>
        <translation>Indiquez ce qu'il faut rechercher, par ex. %1 search portfolio</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="102" />
        <source>Unknown kind "%1"; choose from %2.</source>
        <translation>Type inconnu « %1 » ; choisissez parmi %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="113" />
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit attend un nombre compris entre 1 et %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="129" />
        <source>Nothing matches "%1".</source>
        <translation>Aucun résultat pour « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="133" />
        <location filename="../app/cli/SearchCommands.cpp" line="163" />
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="133" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="133" />
        <source>CLIENT</source>
        <translation>CLIENT</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="133" />
        <source>TITLE</source>
        <translation>INTITULÉ</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="133" />
        <source>MATCH</source>
        <translation>CORRESPONDANCE</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="137" />
        <source>[private] %1</source>
        <translation>[privé] %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="148" />
        <source>QUERY [--kind KIND] [--limit N] [--json]</source>
        <translation>RECHERCHE [--kind TYPE] [--limit N] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="149" />
        <source>Find clients, engagements, notes, agreements and invoices by any word.</source>
        <translation>Trouver des clients, accompagnements, notes, accords et factures à partir de n'importe quel mot.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="151" />
        <source>Every word must occur; a word also finds longer ones that start with it
("port" finds "portfolio"); "a quoted phrase" must occur as written. Case and
accents do not matter ("muller" finds "Müller"). Names and titles that match
come first, then the records where the words occur most, newer before older.
Archived clients are included and marked; a match in a session's private notes
is marked [private].</source>
        <translation>Chaque mot doit apparaître ; un mot trouve aussi les mots plus longs qui commencent par lui
("port" trouve "portfolio") ; "une expression entre guillemets" doit apparaître telle quelle. La casse et
les accents sont ignorés ("muller" trouve "Müller"). Les noms et intitulés correspondants
viennent en premier, puis les enregistrements où les mots apparaissent le plus, les plus récents d'abord.
Les clients archivés sont inclus et signalés ; une correspondance dans les notes privées d'une séance
est marquée [privé].</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="158" />
        <source>The words to look for, in quotes when there are several.</source>
        <translation>Les mots à rechercher, entre guillemets s'il y en a plusieurs.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="161" />
        <source>Only these kinds (comma separated): client, engagement, need, goal, action, evaluation, session, agreement, invoice.</source>
        <translation>Uniquement ces types (séparés par des virgules) : client, engagement, need, goal, action, evaluation, session, agreement, invoice.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="164" />
        <source>At most N results (default 50).</source>
        <translation>Au plus N résultats (50 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="164" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="165" />
        <source>Print the results as JSON.</source>
        <translation>Afficher les résultats au format JSON.</translation>
    </message>
</context>
<context>
    <name>md::cli::SessionCommands</name>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="64" />
        <source>--count and --until need --repeat.</source>
        <translation>--count et --until nécessitent --repeat.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="71" />
        <source>Unknown repeat '%1' (use weekly|biweekly|monthly|monthly-weekday|monthly-last-weekday).</source>
        <translation>Répétition inconnue '%1' (utilisez weekly|biweekly|monthly|monthly-weekday|monthly-last-weekday).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="77" />
        <source>A repeating session needs either --count N or --until DATE.</source>
        <translation>Une séance récurrente nécessite soit --count N, soit --until DATE.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="87" />
        <source>'%1' is not a number of sessions.</source>
        <translation>'%1' n'est pas un nombre de séances.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="94" />
        <location filename="../app/cli/SessionCommands.cpp" line="211" />
        <source>'%1' is not a date (use YYYY-MM-DD).</source>
        <translation>'%1' n'est pas une date (utilisez YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="105" />
        <source>warning: %1</source>
        <translation>attention : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="110" />
        <source>--engagement, --start and --duration are required.</source>
        <translation>--engagement, --start et --duration sont obligatoires.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="112" />
        <location filename="../app/cli/SessionCommands.cpp" line="224" />
        <source>engagement id</source>
        <translation>identifiant de l'accompagnement</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="118" />
        <source>'%1' is not a start (use YYYY-MM-DDTHH:MM).</source>
        <translation>'%1' n'est pas un début valide (utilisez YYYY-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="123" />
        <source>'%1' is not a duration in minutes.</source>
        <translation>'%1' n'est pas une durée en minutes.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="129" />
        <source>Unknown format '%1' (use video|phone|in-person).</source>
        <translation>Modalité inconnue '%1' (utilisez video|phone|in-person).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="136" />
        <source>Unknown time zone '%1' (use an IANA name such as Europe/Berlin).</source>
        <translation>Fuseau horaire inconnu '%1' (utilisez un nom IANA tel que Europe/Paris).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SessionCommands.cpp" line="197" />
        <source>%1 (%n session(s)).</source>
        <translation>
            <numerusform>%1 (%n séance).</numerusform>
            <numerusform>%1 (%n séances).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="218" />
        <source>client id</source>
        <translation>identifiant du client</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="259" />
        <source>No sessions in this period.</source>
        <translation>Aucune séance sur cette période.</translation>
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
        <translation>DÉBUT</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="238" />
        <location filename="../app/cli/SessionCommands.cpp" line="349" />
        <source>ZONE</source>
        <translation>FUSEAU</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="238" />
        <source>MIN</source>
        <translation>MIN</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="238" />
        <source>CLIENT</source>
        <translation>CLIENT</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="239" />
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="239" />
        <source>SERIES</source>
        <translation>SÉRIE</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="267" />
        <location filename="../app/cli/SessionCommands.cpp" line="289" />
        <source>session id</source>
        <translation>identifiant de la séance</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="271" />
        <source>Give exactly one of --private TEXT and --shareable TEXT.</source>
        <translation>Indiquez exactement une option parmi --private TEXTE et --shareable TEXTE.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="297" />
        <source>Unknown status '%1' (use planned|held|cancelled-client|cancelled-mentor|no-show).</source>
        <translation>Statut inconnu '%1' (utilisez planned|held|cancelled-client|cancelled-mentor|no-show).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="303" />
        <source>--cancelled-at goes with cancelled-client or cancelled-mentor.</source>
        <translation>--cancelled-at s'utilise avec cancelled-client ou cancelled-mentor.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="306" />
        <source>'%1' is not a time (use YYYY-MM-DDTHH:MM).</source>
        <translation>'%1' n'est pas une heure (utilisez YYYY-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="333" />
        <source>The session's id (see 'session list').</source>
        <translation>L'identifiant de la séance (voir 'session list').</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="337" />
        <source>--engagement ID --start YYYY-MM-DDTHH:MM --duration MINUTES [options]</source>
        <translation>--engagement ID --start YYYY-MM-DDTHH:MM --duration MINUTES [options]</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="338" />
        <source>Plan a session or a series and print the new id(s).</source>
        <translation>Planifier une séance ou une série et afficher le ou les nouveaux identifiants.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="339" />
        <source>The start is wall-clock time in --tz (default: your time zone from the availability settings); a series keeps that time across daylight-saving changes. A series prints one id per session. Monthly series on the 29th to 31st skip months without that date, as in every calendar program. Clashes with other sessions, imported busy times or your working hours are printed as warnings; the session is planned anyway.</source>
        <translation>Le début s'exprime en heure locale dans --tz (par défaut : votre fuseau horaire issu des paramètres de disponibilité) ; une série conserve cette heure lors des changements d'heure. Une série affiche un identifiant par séance. Les séries mensuelles fixées du 29 au 31 sautent les mois qui n'ont pas cette date, comme dans tout logiciel de calendrier. Les chevauchements avec d'autres séances, des plages occupées importées ou vos heures de travail sont affichés comme avertissements ; la séance est planifiée malgré tout.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="346" />
        <source>The engagement's id (required).</source>
        <translation>L'identifiant de l'accompagnement (obligatoire).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="347" />
        <source>Start, YYYY-MM-DDTHH:MM (required).</source>
        <translation>Début, YYYY-MM-DDTHH:MM (obligatoire).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="348" />
        <source>IANA time zone of the start, e.g. Europe/Berlin.</source>
        <translation>Fuseau horaire IANA du début, par ex. Europe/Paris.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="350" />
        <source>Length in minutes (required).</source>
        <translation>Durée en minutes (obligatoire).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="350" />
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="353" />
        <source>video|phone|in-person (default: the engagement's format, video when it is mixed).</source>
        <translation>video|phone|in-person (par défaut : le format de l'accompagnement, video s'il est mixte).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="355" />
        <source>FORMAT</source>
        <translation>MODALITÉ</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="356" />
        <source>The place, video link or phone number.</source>
        <translation>Le lieu, le lien de visioconférence ou le numéro de téléphone.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="357" />
        <location filename="../app/cli/SessionCommands.cpp" line="358" />
        <location filename="../app/cli/SessionCommands.cpp" line="390" />
        <location filename="../app/cli/SessionCommands.cpp" line="391" />
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="358" />
        <source>The agenda.</source>
        <translation>L'ordre du jour.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="360" />
        <source>weekly|biweekly|monthly|monthly-weekday|monthly-last-weekday.</source>
        <translation>weekly|biweekly|monthly|monthly-weekday|monthly-last-weekday.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="361" />
        <source>CADENCE</source>
        <translation>FRÉQUENCE</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="362" />
        <source>A series ends after N sessions.</source>
        <translation>Une série se termine après N séances.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="362" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="363" />
        <source>A series ends on this date, YYYY-MM-DD.</source>
        <translation>Une série se termine à cette date, YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="363" />
        <location filename="../app/cli/SessionCommands.cpp" line="373" />
        <location filename="../app/cli/SessionCommands.cpp" line="374" />
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="370" />
        <source>[--from DATE] [--to DATE] [--client ID] [--engagement ID] [--json]</source>
        <translation>[--from DATE] [--to DATE] [--client ID] [--engagement ID] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="371" />
        <source>List sessions, oldest first.</source>
        <translation>Lister les séances, de la plus ancienne à la plus récente.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="373" />
        <source>From this day, YYYY-MM-DD.</source>
        <translation>À partir de ce jour, YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="374" />
        <source>Up to and including this day.</source>
        <translation>Jusqu'à ce jour inclus.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="375" />
        <source>Only this client's.</source>
        <translation>Uniquement ceux de ce client.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="376" />
        <source>Only this engagement's.</source>
        <translation>Uniquement ceux de cet accompagnement.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="377" />
        <source>Print a JSON array (without private notes).</source>
        <translation>Afficher un tableau JSON (sans les notes privées).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="383" />
        <source>ID (--private TEXT | --shareable TEXT)</source>
        <translation>ID (--private TEXTE | --shareable TEXTE)</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="384" />
        <source>Set a session's private or shareable notes.</source>
        <translation>Définir les notes privées ou partageables d'une séance.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="385" />
        <source>Private notes are for you: no session summary or calendar file contains them. export and client export keep them, since those are your own copies; client export --without-private-notes leaves them out. Shareable notes appear in the session summary.</source>
        <translation>Les notes privées sont pour vous : aucun compte rendu de séance ni fichier de calendrier ne les contient. export et client export les conservent, puisqu'il s'agit de vos propres copies ; client export --without-private-notes les exclut. Les notes partageables figurent dans le compte rendu de séance.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="390" />
        <source>Notes only you will see.</source>
        <translation>Notes que vous seul verrez.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="391" />
        <source>Notes for the summary.</source>
        <translation>Notes pour le compte rendu.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="397" />
        <source>ID STATUS</source>
        <translation>ID STATUT</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="398" />
        <source>Mark a session held, cancelled or missed.</source>
        <translation>Marquer une séance comme effectuée, annulée ou manquée.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="401" />
        <source>planned, held, cancelled-client, cancelled-mentor or no-show.</source>
        <translation>planned, held, cancelled-client, cancelled-mentor ou no-show.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="403" />
        <source>A session the client cancels with less notice than your cancellation policy gives (settings: billing.policy.cancellation_notice_hours) is billed when late cancellations are chargeable; one you cancel never is.</source>
        <translation>Une séance que le client annule avec un délai de prévenance inférieur à celui de vos conditions d'annulation (paramètre : billing.policy.cancellation_notice_hours) est facturée lorsque les annulations tardives sont facturables ; une séance que vous annulez ne l'est jamais.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="409" />
        <source>When the session was cancelled, YYYY-MM-DDTHH:MM in its time zone (default: now).</source>
        <translation>Moment de l'annulation de la séance, au format YYYY-MM-DDTHH:MM dans son fuseau horaire (par défaut : maintenant).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="410" />
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
</context>
<context>
    <name>md::cli::SettingsCommands</name>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="32" />
        <source>Keys (default in brackets, then an example):</source>
        <translation>Clés (valeur par défaut entre crochets, puis un exemple) :</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="37" />
        <source>      e.g. %1</source>
        <translation>      par ex. %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="69" />
        <source>There is no setting called '%1'. See `settings set --help` for the keys.</source>
        <translation>Il n'existe aucun paramètre nommé '%1'. Voir `settings set --help` pour la liste des clés.</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="87" />
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="88" />
        <source>Show the mentor profile and the business settings.</source>
        <translation>Afficher le profil du mentor et les paramètres de l'activité.</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="90" />
        <source>Print one JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="96" />
        <source>KEY VALUE</source>
        <translation>CLÉ VALEUR</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="97" />
        <source>Change one setting (checked before it is saved).</source>
        <translation>Modifier un paramètre (vérifié avant d'être enregistré).</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="100" />
        <source>One of the keys below.</source>
        <translation>L'une des clés ci-dessous.</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="101" />
        <source>The new value; "" clears text fields.</source>
        <translation>La nouvelle valeur ; "" efface les champs de texte.</translation>
    </message>
</context>
<context>
    <name>md::cli::SummaryCommands</name>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="31" />
        <source>'%1' is not a valid session id (a positive number).</source>
        <translation>'%1' n'est pas un identifiant de séance valide (un nombre positif).</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="35" />
        <source>Name the file to write (.pdf, .md or .txt).</source>
        <translation>Indiquez le fichier à écrire (.pdf, .md ou .txt).</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="62" />
        <source>ID FILE</source>
        <translation>ID FICHIER</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="63" />
        <source>Export a session summary as PDF, Markdown or plain text.</source>
        <translation>Exporter le compte rendu d'une séance en PDF, Markdown ou texte brut.</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="64" />
        <source>The format follows the file name: .md for Markdown, .txt for plain text ready to paste into an e-mail, anything else PDF. The summary holds the summary fields and the shareable notes, never the private notes.</source>
        <translation>Le format dépend du nom du fichier : .md pour Markdown, .txt pour du texte brut prêt à coller dans un e-mail, tout autre nom pour du PDF. Le compte rendu contient les champs du compte rendu et les notes partageables, jamais les notes privées.</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="68" />
        <source>The session's id.</source>
        <translation>L'identifiant de la séance.</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="69" />
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
</context>
<context>
    <name>md::cli::VerifyCommand</name>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="22" />
        <source>Check the database, every signed agreement and the audit log; prints OK or the problems found.</source>
        <translation>Vérifier la base de données, chaque accord signé et le journal d'audit ; affiche OK ou les problèmes détectés.</translation>
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
        <translation>Déverrouille l'espace de travail et vérifie :
  - la base de données (contrôles d'intégrité SQLite et des clés étrangères) ;
  - chaque accord signé : le PDF, le texte, les images de signature et le
    scan enregistrés par rapport à son manifeste signé, ainsi que la signature du manifeste ;
  - la chaîne d'empreintes du journal d'audit des accords.
Chaque problème occupe une ligne sur la sortie standard et nomme l'accord
concerné. Se termine avec le code de sortie 1 si un problème est détecté.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/VerifyCommand.cpp" line="66" />
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problème détecté.</numerusform>
            <numerusform>%n problèmes détectés.</numerusform>
        </translation>
    </message>
</context>
</TS>
