<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="57" />
        <source>Encrypted client records for independent mentors.</source>
        <translation>Expedientes cifrados de clientes para mentores independientes.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="62" />
        <source>Open the workspace in DIR instead of the last one.</source>
        <translation>Abrir el espacio de trabajo en DIR en lugar del último utilizado.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="63" />
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
</context>
<context>
    <name>md::ActionListModel</name>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="150" />
        <source>Overdue: %1</source>
        <translation>Vencida: %1</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="165" />
        <location filename="../ui/pipeline/ActionListModel.cpp" line="176" />
        <source>%1 (overdue)</source>
        <translation>%1 (vencida)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="185" />
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="187" />
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="189" />
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="191" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="193" />
        <source>People to approach</source>
        <translation>Personas a contactar</translation>
    </message>
</context>
<context>
    <name>md::ActionRepository</name>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="55" />
        <source>There is no goal with id %1.</source>
        <translation>No existe ningún objetivo con el id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="70" />
        <location filename="../core/storage/ActionRepository.cpp" line="102" />
        <source>Could not save the action</source>
        <translation>No se pudo guardar la acción</translation>
    </message>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="126" />
        <source>There is no action with id %1.</source>
        <translation>No existe ninguna acción con el id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="148" />
        <location filename="../core/storage/ActionRepository.cpp" line="153" />
        <source>Could not read the actions</source>
        <translation>No se pudieron leer las acciones</translation>
    </message>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="167" />
        <source>Could not delete the action</source>
        <translation>No se pudo eliminar la acción</translation>
    </message>
</context>
<context>
    <name>md::ActionsTab</name>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="42" />
        <source>A concrete step, e.g. ask for a stretch project</source>
        <translation>Un paso concreto, p. ej., pedir un proyecto que suponga un reto</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="43" />
        <source>Due &amp;by</source>
        <translation>&amp;Vence el</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="55" />
        <source>Managers, recruiters, peers… separated by commas</source>
        <translation>Responsables, reclutadores, colegas… separados por comas</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="62" />
        <source>&amp;Goal:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="63" />
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="64" />
        <source>Due:</source>
        <translation>Vence:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="65" />
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="66" />
        <source>&amp;People to approach:</source>
        <translation>&amp;Personas a contactar:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="70" />
        <source>&amp;New Action</source>
        <translation>&amp;Nueva acción</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="70" />
        <source>&amp;Save Action</source>
        <translation>&amp;Guardar acción</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="70" />
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="144" />
        <source>(inactive goal)</source>
        <translation>(objetivo inactivo)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="163" />
        <source>Write an active goal first; actions belong to a goal.</source>
        <translation>Escriba primero un objetivo activo; las acciones pertenecen a un objetivo.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="182" />
        <source>Saved the action.</source>
        <translation>Acción guardada.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="189" />
        <source>Delete Action</source>
        <translation>Eliminar acción</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="189" />
        <source>Delete this action?</source>
        <translation>¿Desea eliminar esta acción?</translation>
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
        <translation>0–30 días</translation>
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
        <translation>Más de 90</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="247" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="249" />
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
</context>
<context>
    <name>md::AgendaView</name>
    <message>
        <location filename="../ui/calendar/AgendaView.cpp" line="28" />
        <source>Filter by client</source>
        <translation>Filtrar por cliente</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AgendaView.cpp" line="52" />
        <source>No sessions in these four weeks. Double-click a free time in the week view, or use New Session, to plan one.</source>
        <translation>No hay sesiones en estas cuatro semanas. Para planificar una, haga doble clic en un hueco libre de la vista semanal o use Nueva sesión.</translation>
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
        <translation>Acuerdo de mentoría</translation>
    </message>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="31" />
        <source>Confidentiality agreement</source>
        <translation>Acuerdo de confidencialidad</translation>
    </message>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="41" />
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="42" />
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="78" />
        <source>Mentee</source>
        <translation>Mentorado</translation>
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
        <translation>No se pudo leer el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementAuditLogRepository.cpp" line="47" />
        <source>Could not write to the audit log</source>
        <translation>No se pudo escribir en el registro de auditoría</translation>
    </message>
</context>
<context>
    <name>md::AgreementContext</name>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="28" />
        <source>your name (set it in the mentor profile)</source>
        <translation>su nombre (indíquelo en el perfil del mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="30" />
        <source>your business name (set it in the mentor profile)</source>
        <translation>el nombre de su empresa (indíquelo en el perfil del mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="33" />
        <source>your business address (set it in the mentor profile)</source>
        <translation>la dirección de su empresa (indíquela en el perfil del mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="36" />
        <source>your tax ID (set it in the mentor profile)</source>
        <translation>su NIF (indíquelo en el perfil del mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="38" />
        <source>your email address (set it in the mentor profile)</source>
        <translation>su dirección de correo electrónico (indíquela en el perfil del mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="41" />
        <source>your phone number (set it in the mentor profile)</source>
        <translation>su número de teléfono (indíquelo en el perfil del mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="44" />
        <location filename="../core/agreements/AgreementContext.cpp" line="46" />
        <source>the client's name (set it on the client)</source>
        <translation>el nombre del cliente (indíquelo en la ficha del cliente)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="48" />
        <source>the client's email address (set it on the client)</source>
        <translation>la dirección de correo electrónico del cliente (indíquela en la ficha del cliente)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="51" />
        <source>the client's phone number (set it on the client)</source>
        <translation>el número de teléfono del cliente (indíquelo en la ficha del cliente)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="54" />
        <source>the client's organisation (set it on the client)</source>
        <translation>la organización del cliente (indíquela en la ficha del cliente)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="57" />
        <source>the client's role (set it on the client)</source>
        <translation>el puesto del cliente (indíquelo en la ficha del cliente)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="59" />
        <source>the engagement's title (set it on the engagement)</source>
        <translation>el título del proceso de mentoría (indíquelo en el proceso de mentoría)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="62" />
        <source>the start date (set it on the engagement)</source>
        <translation>la fecha de inicio (indíquela en el proceso de mentoría)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="64" />
        <source>the number of sessions (set it on the engagement)</source>
        <translation>el número de sesiones (indíquelo en el proceso de mentoría)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="67" />
        <source>how often you meet (set it on the engagement)</source>
        <translation>la frecuencia de las reuniones (indíquela en el proceso de mentoría)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="70" />
        <source>how you meet (set it on the engagement)</source>
        <translation>la modalidad de las reuniones (indíquela en el proceso de mentoría)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="72" />
        <source>the fee (set it on the engagement)</source>
        <translation>los honorarios (indíquelos en el proceso de mentoría)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="74" />
        <source>the end date (choose one when you generate the agreement)</source>
        <translation>la fecha de finalización (elíjala al generar el acuerdo)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="89" />
        <source>%1 (fill it in by hand)</source>
        <translation>%1 (a rellenar a mano)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="108" />
        <source>Printed as blank lines to fill in by hand: %1.</source>
        <translation>Se imprimirán líneas en blanco para rellenar a mano: %1.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="121" />
        <source>No agreement can be generated without %1.</source>
        <translation>No se puede generar ningún acuerdo sin %1.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="123" />
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="148" />
        <source>every week</source>
        <translation>cada semana</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="150" />
        <source>every two weeks</source>
        <translation>cada dos semanas</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="152" />
        <source>once a month</source>
        <translation>una vez al mes</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="160" />
        <source>in person</source>
        <translation>de forma presencial</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="162" />
        <source>by video call</source>
        <translation>por videollamada</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="164" />
        <source>by telephone</source>
        <translation>por teléfono</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="166" />
        <source>in a mix of in-person meetings and video or telephone calls</source>
        <translation>combinando reuniones presenciales con videollamadas o llamadas telefónicas</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="235" />
        <source>Your name (mentor profile)</source>
        <translation>Su nombre (perfil del mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="237" />
        <source>Your business name</source>
        <translation>El nombre de su empresa</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="239" />
        <source>Your business address</source>
        <translation>La dirección de su empresa</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="241" />
        <source>Your tax id</source>
        <translation>Su NIF</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="243" />
        <source>Your e-mail address</source>
        <translation>Su dirección de correo electrónico</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="245" />
        <source>Your phone number</source>
        <translation>Su número de teléfono</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="247" />
        <source>The mentee's full name</source>
        <translation>Nombre completo del mentorado</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="249" />
        <source>The name the mentee goes by</source>
        <translation>Nombre con el que se hace llamar el mentorado</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="251" />
        <source>The mentee's e-mail address</source>
        <translation>Dirección de correo electrónico del mentorado</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="253" />
        <source>The mentee's phone number</source>
        <translation>Número de teléfono del mentorado</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="255" />
        <source>The mentee's organisation</source>
        <translation>Organización del mentorado</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="257" />
        <source>The mentee's role</source>
        <translation>Puesto del mentorado</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="259" />
        <source>Title of the engagement</source>
        <translation>Título del proceso de mentoría</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="261" />
        <source>Start date of the engagement</source>
        <translation>Fecha de inicio del proceso de mentoría</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="263" />
        <source>Planned number of sessions</source>
        <translation>Número de sesiones previstas</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="265" />
        <source>How often sessions take place</source>
        <translation>Frecuencia de las sesiones</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="267" />
        <source>How sessions take place (in person, video…)</source>
        <translation>Modalidad de las sesiones (presencial, videollamada…)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="270" />
        <source>Fees, as noted on the engagement</source>
        <translation>Honorarios, tal como constan en el proceso de mentoría</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="272" />
        <source>Length of a session in minutes</source>
        <translation>Duración de una sesión en minutos</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="274" />
        <source>Hours of notice to cancel a session free of charge</source>
        <translation>Horas de antelación para cancelar una sesión sin coste</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="277" />
        <source>Days to pay an invoice</source>
        <translation>Días para pagar una factura</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="279" />
        <source>Days of notice to end the mentoring early</source>
        <translation>Días de preaviso para terminar la mentoría anticipadamente</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="282" />
        <source>Years confidentiality lasts after the end</source>
        <translation>Años que dura la confidencialidad tras la finalización</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="285" />
        <source>Months notes are kept after the end</source>
        <translation>Meses que se conservan las notas tras la finalización</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="288" />
        <source>The date the agreement is generated</source>
        <translation>Fecha en que se genera el acuerdo</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="291" />
        <source>The agreement's end date, if it has one</source>
        <translation>Fecha de finalización del acuerdo, si la tiene</translation>
    </message>
</context>
<context>
    <name>md::AgreementDetailsPanel</name>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="51" />
        <source>Open mentor &amp;profile…</source>
        <translation>Abrir el perfil del men&amp;tor…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="52" />
        <source>Go to the c&amp;lient</source>
        <translation>Ir al c&amp;liente</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="54" />
        <source>Go to the e&amp;ngagement</source>
        <translation>Ir al pr&amp;oceso de mentoría</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="55" />
        <source>&amp;Fill in the details set since it was generated</source>
        <translation>&amp;Completar con los datos nuevos</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="58" />
        <source>Generate the draft's text again from its template and the details as they are now</source>
        <translation>Volver a generar el texto del borrador a partir de su plantilla y de los datos actuales</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="94" />
        <source>No agreement selected</source>
        <translation>Ningún acuerdo seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="108" />
        <source>Details were set or changed since this draft was generated.</source>
        <translation>Se han indicado o cambiado datos desde que se generó este borrador.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="131" />
        <source>Client: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="134" />
        <source>Signed on screen on %1</source>
        <translation>Firmado en pantalla el %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="137" />
        <source>Signed on paper</source>
        <translation>Firmado en papel</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="138" />
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="142" />
        <source>Template: %1, version %2</source>
        <translation>Plantilla: %1, versión %2</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="145" />
        <source>Includes confidentiality terms</source>
        <translation>Incluye cláusulas de confidencialidad</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="146" />
        <source>No confidentiality terms</source>
        <translation>Sin cláusulas de confidencialidad</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="148" />
        <source>Ends on %1</source>
        <translation>Finaliza el %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="150" />
        <source>Amends AGR-%1</source>
        <translation>Modifica AGR-%1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="151" />
        <source>Fingerprint: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Huella digital: &lt;tt&gt;%1&lt;/tt&gt;</translation>
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
        <translation>Acuerdo firmado %1: %2
Firmado el %3 UTC; sellado por MentorDesk %4.

Esta carpeta contiene el acuerdo exactamente tal como se firmó, junto con lo necesario para comprobar
que no se ha modificado desde entonces. No necesita MentorDesk para ello: los comandos
siguientes funcionan en un terminal de Linux y macOS, y con Git Bash o WSL en Windows.

ARCHIVOS
  agreement.pdf        el acuerdo firmado
  manifest.json        una descripción de lo que se firmó, con la suma de comprobación SHA-256
                       de cada archivo (no lo edite, ni siquiera sus espacios)
  manifest.sig         la firma digital Ed25519 de manifest.json (64 bytes)
  manifest.sig.base64  la misma firma en forma de texto
  public-key.pem       la clave pública con la que se comprueba la firma

1. COMPRUEBE LA FIRMA DEL MANIFIESTO (OpenSSL 3.0 o posterior)
   openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin \
       -in manifest.json -sigfile manifest.sig
   Si manifest.json es auténtico, se muestra "Signature Verified Successfully".

2. COMPRUEBE EL PDF CON EL MANIFIESTO
   sha256sum agreement.pdf        (macOS: shasum -a 256 agreement.pdf)
   El resultado debe coincidir con el valor "sha256" dentro de "pdf" en manifest.json:
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
LA CLAVE
   Huella digital de la clave pública (primera mitad de su SHA-256): %1
   Clave pública sin formato, en base64: %2
   Si quiere asegurarse de que la clave es de su mentor, pídale que le confirme la huella digital.

El pie de cada página muestra el número del acuerdo y la huella digital de su texto, de modo que
una copia impresa pueda cotejarse con este registro.
</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="88" />
        <source>Only a signed agreement can be exported for the client. Save the draft as a PDF instead.</source>
        <translation>Solo se puede exportar para el cliente un acuerdo firmado. Guarde el borrador como PDF.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="108" />
        <source>CHECK THE DRAWN SIGNATURE OF THE %1
   sha256sum %2
   The result must equal its "signature_png_sha256" in manifest.json.
</source>
        <translation>COMPRUEBE LA FIRMA MANUSCRITA EN PANTALLA DEL %1
   sha256sum %2
   El resultado debe coincidir con su valor "signature_png_sha256" en manifest.json.
</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="120" />
        <source>CHECK THE SCAN OF THE SIGNED PAPER ORIGINAL
   sha256sum %1
   The result must equal the "sha256" inside "scan" in manifest.json.
</source>
        <translation>COMPRUEBE EL ESCANEO DEL ORIGINAL FIRMADO EN PAPEL
   sha256sum %1
   El resultado debe coincidir con el valor "sha256" dentro de "scan" en manifest.json.
</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="131" />
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="135" />
        <source>%1 already exists. Choose an empty folder for the export.</source>
        <translation>%1 ya existe. Elija una carpeta vacía para la exportación.</translation>
    </message>
</context>
<context>
    <name>md::AgreementListModel</name>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="130" />
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="267" />
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="269" />
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="271" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="273" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="275" />
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="277" />
        <source>Ends</source>
        <translation>Finaliza</translation>
    </message>
</context>
<context>
    <name>md::AgreementManifest</name>
    <message>
        <location filename="../core/agreements/AgreementManifest.cpp" line="90" />
        <source>The manifest is not valid JSON.</source>
        <translation>El manifiesto no es un JSON válido.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementManifest.cpp" line="94" />
        <source>The manifest is not in canonical form.</source>
        <translation>El manifiesto no está en forma canónica.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementManifest.cpp" line="99" />
        <source>The manifest has an unknown format.</source>
        <translation>El manifiesto tiene un formato desconocido.</translation>
    </message>
</context>
<context>
    <name>md::AgreementPdfRenderer</name>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="46" />
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="47" />
        <source>By signing below, the parties confirm that they have read this agreement and agree to its terms.</source>
        <translation>Con su firma, las partes confirman que han leído este acuerdo y aceptan sus términos.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="54" />
        <source>The mentee</source>
        <translation>El mentorado</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="55" />
        <source>The mentor</source>
        <translation>El mentor</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="56" />
        <source>Date: ____________________</source>
        <translation>Fecha: ____________________</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="100" />
        <source>Agreement %1</source>
        <translation>Acuerdo %1</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="103" />
        <source>Fingerprint %1</source>
        <translation>Huella digital %1</translation>
    </message>
</context>
<context>
    <name>md::AgreementRepository</name>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="56" />
        <source>This agreement is signed and can no longer be changed. To change its terms, create an amendment.</source>
        <translation>Este acuerdo está firmado y ya no se puede modificar. Para cambiar sus términos, cree una modificación.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="89" />
        <location filename="../core/storage/AgreementRepository.cpp" line="119" />
        <source>Could not save the agreement</source>
        <translation>No se pudo guardar el acuerdo</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="101" />
        <source>An agreement needs a title.</source>
        <translation>Un acuerdo necesita un título.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="135" />
        <source>Could not delete the agreement</source>
        <translation>No se pudo eliminar el acuerdo</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="144" />
        <location filename="../core/storage/AgreementRepository.cpp" line="148" />
        <source>Could not read the agreement</source>
        <translation>No se pudo leer el acuerdo</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="149" />
        <source>Agreement %1 does not exist.</source>
        <translation>El acuerdo %1 no existe.</translation>
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
        <translation>No se pudieron leer los acuerdos</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="228" />
        <location filename="../core/storage/AgreementRepository.cpp" line="242" />
        <source>Could not read the signatures</source>
        <translation>No se pudieron leer las firmas</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="252" />
        <location filename="../core/storage/AgreementRepository.cpp" line="255" />
        <source>Could not read the scan</source>
        <translation>No se pudo leer el escaneo</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="269" />
        <location filename="../core/storage/AgreementRepository.cpp" line="273" />
        <source>Could not read the signed document</source>
        <translation>No se pudo leer el documento firmado</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="291" />
        <source>Could not store the signed agreement</source>
        <translation>No se pudo almacenar el acuerdo firmado</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="345" />
        <source>The agreement was changed or signed elsewhere while it was being signed. Nothing was stored; open it again and sign once more.</source>
        <translation>El acuerdo se modificó o se firmó en otro lugar mientras se estaba firmando. No se ha guardado nada; ábralo de nuevo y vuelva a firmarlo.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="356" />
        <source>Could not check the engagement's agreements</source>
        <translation>No se pudieron comprobar los acuerdos del proceso de mentoría</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="403" />
        <location filename="../core/storage/AgreementRepository.cpp" line="410" />
        <source>Could not read the engagements</source>
        <translation>No se pudieron leer los procesos de mentoría</translation>
    </message>
</context>
<context>
    <name>md::AgreementService</name>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="286" />
        <source>Only a signed agreement can be amended; edit the draft instead.</source>
        <translation>Solo se puede modificar un acuerdo firmado; edite el borrador en su lugar.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="326" />
        <source>This agreement amends and replaces agreement %1 of %2 between the same parties. Where the two differ, this agreement applies.</source>
        <translation>Este acuerdo modifica y sustituye el acuerdo %1 de %2 entre las mismas partes. En caso de discrepancia entre ambos, prevalece el presente acuerdo.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="309" />
        <source>%1 (amendment to %2)</source>
        <translation>%1 (modificación de %2)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="393" />
        <source>This agreement ends on %1.</source>
        <translation>Este acuerdo finaliza el %1.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="369" />
        <source>Signed on screen on %1 UTC</source>
        <translation>Firmado en pantalla el %1 UTC</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="107" />
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="119" />
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="176" />
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="208" />
        <source>This agreement is already signed.</source>
        <translation>Este acuerdo ya está firmado.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="48" />
        <source>The mentee must type their full name.</source>
        <translation>El mentorado debe escribir su nombre completo.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="49" />
        <source>The mentor must type their full name.</source>
        <translation>El mentor debe escribir su nombre completo.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="52" />
        <source>The mentee must confirm the consent statement before signing.</source>
        <translation>El mentorado debe confirmar la declaración de consentimiento antes de firmar.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="54" />
        <source>The mentor must confirm the consent statement before signing.</source>
        <translation>El mentor debe confirmar la declaración de consentimiento antes de firmar.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="59" />
        <source>The mentee's signature image is too large.</source>
        <translation>La imagen de la firma del mentorado es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="60" />
        <source>The mentor's signature image is too large.</source>
        <translation>La imagen de la firma del mentor es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="64" />
        <source>The mentee has not drawn a signature.</source>
        <translation>El mentorado no ha dibujado ninguna firma.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="65" />
        <source>The mentor has not drawn a signature.</source>
        <translation>El mentor no ha dibujado ninguna firma.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="73" />
        <source>The mentee typed “%1”, which differs from the client's name “%2”. Confirm that “%1” is the name they sign with, or correct it.</source>
        <translation>El mentorado ha escrito «%1», que no coincide con el nombre del cliente, «%2». Confirme que «%1» es el nombre con el que firma o corríjalo.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="77" />
        <source>The mentor typed “%1”, which differs from the name in the mentor profile “%2”. Confirm that “%1” is the name you sign with, or correct it.</source>
        <translation>El mentor ha escrito «%1», que no coincide con el nombre del perfil del mentor, «%2». Confirme que «%1» es el nombre con el que usted firma o corríjalo.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="184" />
        <source>The paper cannot have been signed on %1: that is in the future.</source>
        <translation>El papel no puede haberse firmado el %1: esa fecha es futura.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="188" />
        <source>The paper cannot have been signed on %1: the draft was only generated on %2.</source>
        <translation>El papel no puede haberse firmado el %1: el borrador no se generó hasta el %2.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="195" />
        <source>Attach the scan of the signed paper as a PDF, PNG or JPEG file.</source>
        <translation>Adjunte el escaneo del papel firmado como archivo PDF, PNG o JPEG.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="197" />
        <source>The scan is too large (at most 50 MB).</source>
        <translation>El escaneo es demasiado grande (máximo 50 MB).</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="324" />
        <source>Signed by hand on %1; the scan was attached on %2.</source>
        <translation>Firmado a mano el %1; el escaneo se adjuntó el %2.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="327" />
        <source>Signed by hand; the scan was attached on %1.</source>
        <translation>Firmado a mano; el escaneo se adjuntó el %1.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="328" />
        <source>Paper signature attached, not checked: MentorDesk keeps the scan as it was attached and does not check the handwriting on it.</source>
        <translation>Firma en papel adjunta, sin verificar: MentorDesk conserva el escaneo tal como se adjuntó y no comprueba la escritura manuscrita que contiene.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="336" />
        <source>Mentee: %1</source>
        <translation>Mentorado: %1</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="337" />
        <source>Mentor: %1</source>
        <translation>Mentor: %1</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceDrafts.cpp" line="65" />
        <source>A signed agreement has no blanks to fill in.</source>
        <translation>Un acuerdo firmado no tiene espacios en blanco que completar.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceDrafts.cpp" line="134" />
        <source>A signed agreement cannot be changed; amend it instead.</source>
        <translation>Un acuerdo firmado no se puede modificar; cree una modificación en su lugar.</translation>
    </message>
</context>
<context>
    <name>md::AgreementSigningKeyRepository</name>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="22" />
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="27" />
        <source>Could not read the signing key</source>
        <translation>No se pudo leer la clave de firma</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="52" />
        <source>The workspace's signing key does not match its public key.</source>
        <translation>La clave de firma del espacio de trabajo no coincide con su clave pública.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="62" />
        <source>The workspace already has a signing key; it is never replaced.</source>
        <translation>El espacio de trabajo ya tiene una clave de firma; nunca se sustituye.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="78" />
        <source>Could not store the signing key</source>
        <translation>No se pudo almacenar la clave de firma</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="99" />
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="104" />
        <source>Could not read the earlier signing keys</source>
        <translation>No se pudieron leer las claves de firma anteriores</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="111" />
        <source>An earlier signing key must name its workspace and hold a 32-byte public key.</source>
        <translation>Una clave de firma anterior debe indicar su espacio de trabajo y contener una clave pública de 32 bytes.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="120" />
        <source>Could not store an earlier signing key</source>
        <translation>No se pudo almacenar una clave de firma anterior</translation>
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
        <translation>No se pudieron leer las plantillas de acuerdo</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="65" />
        <source>There is no %1 template in the language "%2".</source>
        <translation>No hay ninguna plantilla de %1 en el idioma "%2".</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="85" />
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="88" />
        <source>Could not read the agreement template</source>
        <translation>No se pudo leer la plantilla de acuerdo</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="89" />
        <source>Template %1 does not exist.</source>
        <translation>La plantilla %1 no existe.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="114" />
        <source>A template needs a title.</source>
        <translation>Una plantilla necesita un título.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="116" />
        <source>A template needs some text.</source>
        <translation>Una plantilla necesita algo de texto.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="147" />
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="163" />
        <source>Could not save the template</source>
        <translation>No se pudo guardar la plantilla</translation>
    </message>
</context>
<context>
    <name>md::AgreementVerifier</name>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="44" />
        <source>Not signed</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="52" />
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="98" />
        <source>Agreement %1 was erased with its client on %2: nothing of it is left to verify.</source>
        <translation>El acuerdo %1 se borró junto con su cliente el %2: no queda nada que verificar.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="115" />
        <source>A signed document is stored, but the agreement is marked as a draft.</source>
        <translation>Hay un documento firmado almacenado, pero el acuerdo está marcado como borrador.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="117" />
        <source>The signed document and its manifest are missing.</source>
        <translation>Faltan el documento firmado y su manifiesto.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="144" />
        <source>The manifest was not signed with this workspace's key.</source>
        <translation>El manifiesto no se firmó con la clave de este espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="127" />
        <source>The manifest's signature does not match the manifest.</source>
        <translation>La firma del manifiesto no coincide con el manifiesto.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="156" />
        <source>The stored PDF differs from the one that was signed.</source>
        <translation>El PDF almacenado difiere del que se firmó.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="158" />
        <source>The stored agreement text differs from the text that was signed.</source>
        <translation>El texto almacenado del acuerdo difiere del texto que se firmó.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="163" />
        <source>The agreement's stored details differ from the signed manifest.</source>
        <translation>Los datos almacenados del acuerdo difieren del manifiesto firmado.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="151" />
        <source>The manifest belongs to another workspace.</source>
        <translation>El manifiesto pertenece a otro espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="35" />
        <source>Paper signature attached, unchanged since %1</source>
        <translation>Firma en papel adjunta, sin cambios desde el %1</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="50" />
        <source>Unchanged since signing</source>
        <translation>Sin cambios desde la firma</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="63" />
        <source>The scan and the PDF are exactly as they were when the scan was attached. MentorDesk did not check the handwritten signatures on the scan, nor that it shows this agreement.</source>
        <translation>El escaneo y el PDF están exactamente igual que cuando se adjuntó el escaneo. MentorDesk no ha comprobado las firmas manuscritas del escaneo ni que este corresponda a este acuerdo.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="67" />
        <source>The stored PDF, the signatures and the manifest are exactly what was signed on screen.</source>
        <translation>El PDF almacenado, las firmas y el manifiesto son exactamente lo que se firmó en pantalla.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="170" />
        <source>The number of stored signatures differs from the manifest.</source>
        <translation>El número de firmas almacenadas difiere del manifiesto.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="177" />
        <source>The %1's signature is missing.</source>
        <translation>Falta la firma del %1.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="181" />
        <source>The %1's signature image differs from the one signed.</source>
        <translation>La imagen de la firma del %1 difiere de la firmada.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="185" />
        <source>The %1's name or consent differs from the manifest.</source>
        <translation>El nombre o el consentimiento del %1 difiere del manifiesto.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="188" />
        <source>On-screen signatures were added to an agreement signed on paper.</source>
        <translation>Se añadieron firmas en pantalla a un acuerdo firmado en papel.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="195" />
        <source>The scan of the paper original is missing or was added.</source>
        <translation>Falta el escaneo del original en papel o se añadió después.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="199" />
        <source>The stored scan differs from the one that was attached.</source>
        <translation>El escaneo almacenado difiere del que se adjuntó.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="201" />
        <source>The stored date of the paper signing differs from the manifest.</source>
        <translation>La fecha almacenada de la firma en papel difiere del manifiesto.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="216" />
        <source>The signing is not recorded in the audit log.</source>
        <translation>La firma no consta en el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="221" />
        <source>The audit log's record of this agreement was altered (%1).</source>
        <translation>El registro de auditoría de este acuerdo fue alterado (%1).</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="256" />
        <location filename="../core/agreements/AgreementVerifier.cpp" line="281" />
        <source>Agreement %1: %2</source>
        <translation>Acuerdo %1: %2</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="274" />
        <source>Agreement %1: audit log entry %2 records its signing, but it is no longer stored as signed.</source>
        <translation>Acuerdo %1: la entrada %2 del registro de auditoría registra su firma, pero ya no está almacenado como firmado.</translation>
    </message>
</context>
<context>
    <name>md::AgreementsArea</name>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="56" />
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="61" />
        <source>Generate an agreement for an engagement from a template</source>
        <translation>Generar un acuerdo para un proceso de mentoría a partir de una plantilla</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="63" />
        <source>&amp;Edit draft…</source>
        <translation>&amp;Editar borrador…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="66" />
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="67" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="69" />
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="70" />
        <source>&amp;Sign on screen…</source>
        <translation>&amp;Firmar en pantalla…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="72" />
        <source>Signed on p&amp;aper…</source>
        <translation>Firmado en p&amp;apel…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="74" />
        <source>Attach the scan of the paper original signed by hand</source>
        <translation>Adjuntar el escaneo del original en papel firmado a mano</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="75" />
        <source>E&amp;xport for client…</source>
        <translation>E&amp;xportar para el cliente…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="77" />
        <source>A&amp;mend…</source>
        <translation>&amp;Modificar…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="78" />
        <source>&amp;Delete draft</source>
        <translation>Eliminar &amp;borrador</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="86" />
        <source>P&amp;rint</source>
        <translation>Imp&amp;rimir</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="88" />
        <source>Preview, print or save the agreement as PDF</source>
        <translation>Ver, imprimir o guardar el acuerdo como PDF</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="109" />
        <source>&amp;Templates…</source>
        <translation>&amp;Plantillas…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="111" />
        <source>Edit the texts agreements are generated from</source>
        <translation>Editar los textos a partir de los cuales se generan los acuerdos</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="113" />
        <source>Mentor &amp;profile…</source>
        <translation>Perfil del men&amp;tor…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="115" />
        <source>Your name, business, address and signature, as agreements print them</source>
        <translation>Su nombre, empresa, dirección y firma, tal como aparecen en los acuerdos</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="131" />
        <source>Filter by number, client, title or state</source>
        <translation>Filtrar por número, cliente, título o estado</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="314" />
        <source>No agreements yet.

Press New (Ctrl+N) to generate a mentoring agreement or a confidentiality agreement for an engagement.</source>
        <translation>Aún no hay acuerdos.

Pulse Nuevo (Ctrl+N) para generar un contrato de mentoría o un acuerdo de confidencialidad para un proceso de mentoría.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="316" />
        <source>No agreements yet.

Fill in your mentor profile, then press New (Ctrl+N) to generate a mentoring agreement or a confidentiality agreement for an engagement.</source>
        <translation>Aún no hay acuerdos.

Rellene su perfil de mentor y pulse Nuevo (Ctrl+N) para generar un acuerdo de mentoría o un acuerdo de confidencialidad para un proceso de mentoría.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsArea.cpp" line="421" />
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n acuerdo</numerusform>
            <numerusform>%n acuerdos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsArea.cpp" line="423" />
        <source>%n ending within %1 days</source>
        <translation>
            <numerusform>%n finaliza en los próximos %1 días</numerusform>
            <numerusform>%n finalizan en los próximos %1 días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsArea.cpp" line="425" />
        <source>%n MODIFIED</source>
        <translation>
            <numerusform>%n MODIFICADO</numerusform>
            <numerusform>%n MODIFICADOS</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="427" />
        <source>AUDIT LOG BROKEN</source>
        <translation>REGISTRO DE AUDITORÍA DAÑADO</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsArea.cpp" line="451" />
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="453" />
        <source>Warning: the audit log of signings does not verify. Its record of who signed what and when may have been changed outside MentorDesk; restore a backup or keep the exported copies as evidence.</source>
        <translation>Atención: el registro de auditoría de las firmas no supera la verificación. Su constancia de quién firmó qué y cuándo puede haberse modificado fuera de MentorDesk; restaure una copia de seguridad o conserve las copias exportadas como prueba.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="61" />
        <source>Generated %1. Check the text, then print it or sign it on screen.</source>
        <translation>%1 generado. Revise el texto y, a continuación, imprímalo o fírmelo en pantalla.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="68" />
        <source>No agreement is selected.</source>
        <translation>No hay ningún acuerdo seleccionado.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="80" />
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="91" />
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="96" />
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="114" />
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="124" />
        <source>Save agreement as PDF</source>
        <translation>Guardar el acuerdo como PDF</translation>
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
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="142" />
        <source>Saved %1 (not encrypted).</source>
        <translation>%1 guardado (sin cifrar).</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="153" />
        <source>%1 is signed and frozen.</source>
        <translation>%1 está firmado y bloqueado.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="164" />
        <source>%1 is recorded as signed on paper; the scan is attached, not checked.</source>
        <translation>%1 consta como firmado en papel; el escaneo está adjunto, sin verificar.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="175" />
        <source>Export for the client into…</source>
        <translation>Exportar para el cliente en…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="181" />
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="185" />
        <source>Export for client</source>
        <translation>Exportar para el cliente</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="186" />
        <source>%n file(s) written to %1 (not encrypted). README.txt explains how the client can check them.</source>
        <translation>
            <numerusform>%n archivo escrito en %1 (sin cifrar). README.txt explica cómo puede comprobarlo el cliente.</numerusform>
            <numerusform>%n archivos escritos en %1 (sin cifrar). README.txt explica cómo puede comprobarlos el cliente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="201" />
        <source>Amend</source>
        <translation>Modificar</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="205" />
        <source>Generated %1, which amends %2.</source>
        <translation>Se ha generado %1, que modifica %2.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="215" />
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="221" />
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="216" />
        <source>Delete the draft %1 “%2”?</source>
        <translation>¿Desea eliminar el borrador %1 «%2»?</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="249" />
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="263" />
        <source>Fill in the draft</source>
        <translation>Completar el borrador</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="250" />
        <source>The text of %1 was changed by hand. Generating it again from its template replaces those changes.</source>
        <translation>El texto de %1 se modificó a mano. Al volver a generarlo a partir de su plantilla, esos cambios se perderán.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="255" />
        <source>&amp;Replace the text</source>
        <translation>&amp;Sustituir el texto</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="267" />
        <source>Filled in %1 from the details as they are now.</source>
        <translation>Se ha completado %1 con los datos actuales.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="275" />
        <source>Saved your mentor profile.</source>
        <translation>Perfil de mentor guardado.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreas.cpp" line="18" />
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
</context>
<context>
    <name>md::AppController</name>
    <message>
        <location filename="../ui/AppController.cpp" line="37" />
        <source>Locked after a period of inactivity.</source>
        <translation>Bloqueado tras un periodo de inactividad.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="164" />
        <source>The system keychain did not answer, so MentorDesk could not open by itself.</source>
        <translation>El llavero del sistema no respondió, por lo que MentorDesk no pudo abrirse por sí solo.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="174" />
        <source>The key remembered on this computer no longer opens this workspace. Enter your passphrase; MentorDesk will remember the right key again.</source>
        <translation>La clave recordada en este equipo ya no abre este espacio de trabajo. Introduzca su frase de contraseña; MentorDesk volverá a recordar la clave correcta.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="245" />
        <source>Your workspace is ready. Press Ctrl+N to add your first client.</source>
        <translation>Su espacio de trabajo está listo. Pulse Ctrl+N para añadir su primer cliente.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="253" />
        <source>Open Workspace Folder</source>
        <translation>Abrir la carpeta del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="388" />
        <source>MentorDesk will open without asking for your passphrase on this computer.</source>
        <translation>MentorDesk se abrirá en este equipo sin pedirle la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="393" />
        <source>Not Remembered</source>
        <translation>No recordada</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="394" />
        <source>MentorDesk could not store the key in the system keychain, so it will ask for your passphrase next time.</source>
        <translation>MentorDesk no pudo guardar la clave en el llavero del sistema, por lo que le pedirá la frase de contraseña la próxima vez.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="413" />
        <source>MentorDesk no longer opens by itself on this computer.</source>
        <translation>MentorDesk ya no se abre por sí solo en este equipo.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="416" />
        <source>The key could not be removed from the system keychain.</source>
        <translation>No se pudo quitar la clave del llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="431" />
        <source>The workspace was opened with its recovery key and has no passphrase yet. Choose one now; until then only the recovery key opens it.</source>
        <translation>El espacio de trabajo se abrió con su clave de recuperación y todavía no tiene frase de contraseña. Elija una ahora; hasta entonces, solo la clave de recuperación podrá abrirlo.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="433" />
        <source>You opened the workspace with your recovery key. If you have forgotten your passphrase, choose a new one now.</source>
        <translation>Ha abierto el espacio de trabajo con su clave de recuperación. Si ha olvidado su frase de contraseña, elija una nueva ahora.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="444" />
        <source>Your passphrase has been changed.</source>
        <translation>Su frase de contraseña se ha cambiado.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="471" />
        <source>New recovery key created. The old one no longer opens this workspace.</source>
        <translation>Se ha creado una nueva clave de recuperación. La anterior ya no abre este espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>md::AtomicFileWriter</name>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="23" />
        <source>The disk is full: %1 could not be written. The previous version of the file is unchanged.</source>
        <translation>El disco está lleno: no se pudo escribir %1. La versión anterior del archivo no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="26" />
        <source>%1 %2: %3. The previous version of the file is unchanged.</source>
        <translation>%1 %2: %3. La versión anterior del archivo no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="32" />
        <source>Could not create</source>
        <translation>No se pudo crear</translation>
    </message>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="36" />
        <source>Could not restrict access to</source>
        <translation>No se pudo restringir el acceso a</translation>
    </message>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="50" />
        <location filename="../core/common/AtomicFile.cpp" line="61" />
        <location filename="../core/common/AtomicFile.cpp" line="63" />
        <source>Could not write</source>
        <translation>No se pudo escribir</translation>
    </message>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="65" />
        <source>Could not finish writing</source>
        <translation>No se pudo terminar de escribir</translation>
    </message>
</context>
<context>
    <name>md::AuditChain</name>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="51" />
        <source>Audit log entry %1</source>
        <translation>Entrada %1 del registro de auditoría</translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="57" />
        <source>%1: expected entry %2 here; entries are missing or out of order.</source>
        <translation>%1: se esperaba aquí la entrada %2; faltan entradas o están desordenadas.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="63" />
        <source>%1: does not link to the entry before it.</source>
        <translation>%1: no enlaza con la entrada anterior.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="67" />
        <source>%1: its content does not match its hash.</source>
        <translation>%1: su contenido no coincide con su hash.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="76" />
        <source>%1: its recorded fields disagree with its content.</source>
        <translation>%1: sus campos registrados no concuerdan con su contenido.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="107" />
        <source>Audit log entry %1: the entry before it is missing.</source>
        <translation>Entrada %1 del registro de auditoría: falta la entrada anterior.</translation>
    </message>
</context>
<context>
    <name>md::AvailabilityDialog</name>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="6" />
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="12" />
        <source>Working hours</source>
        <translation>Horario de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="152" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="142" />
        <source>Minimum &amp;buffer between sessions:</source>
        <translation>&amp;Margen mínimo entre sesiones:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="165" />
        <source>Your &amp;time zone:</source>
        <translation>Su &amp;zona horaria:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="192" />
        <source>No reminders</source>
        <translation>Sin recordatorios</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="195" />
        <source>Remind me </source>
        <extracomment>The spin box reads "Remind me [15] minutes before a session".</extracomment>
        <translation>Avisarme </translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="198" />
        <source> minutes before a session</source>
        <translation> minutos antes de una sesión</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="182" />
        <source>&amp;Reminder:</source>
        <translation>&amp;Recordatorio:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="213" />
        <source>Days off</source>
        <translation>Días libres</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="237" />
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="244" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>md::AvailabilityRepository</name>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="27" />
        <location filename="../core/storage/AvailabilityRepository.cpp" line="31" />
        <source>Could not read the scheduling settings</source>
        <translation>No se pudo leer la configuración de la agenda</translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="42" />
        <source>Could not save the scheduling settings</source>
        <translation>No se pudo guardar la configuración de la agenda</translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="69" />
        <location filename="../core/storage/AvailabilityRepository.cpp" line="77" />
        <source>Could not read the working hours</source>
        <translation>No se pudo leer el horario de trabajo</translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="79" />
        <location filename="../core/storage/AvailabilityRepository.cpp" line="83" />
        <source>Could not read the days off</source>
        <translation>No se pudieron leer los días libres</translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="91" />
        <location filename="../core/storage/AvailabilityRepository.cpp" line="99" />
        <source>Could not save the working hours</source>
        <translation>No se pudo guardar el horario de trabajo</translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="105" />
        <source>Could not save the days off</source>
        <translation>No se pudieron guardar los días libres</translation>
    </message>
</context>
<context>
    <name>md::BackupActions</name>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="34" />
        <source>Last verified backup: %1
in %2</source>
        <translation>Última copia de seguridad verificada: %1
en %2</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="38" />
        <source>No verified backup in %1 yet. File &gt; Back Up Now makes one.</source>
        <translation>Todavía no hay ninguna copia de seguridad verificada en %1. Archivo &gt; Hacer copia de seguridad ahora crea una.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="44" />
        <source>Backup Not Made</source>
        <translation>Copia de seguridad no realizada</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="47" />
        <source>Your workspace itself is unchanged. The backup folder is set in Edit &gt; Preferences.</source>
        <translation>Su espacio de trabajo no ha cambiado. La carpeta de copias de seguridad se configura en Edición &gt; Preferencias.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="57" />
        <source>Backup written and verified in %1.</source>
        <translation>Copia de seguridad escrita y verificada en %1.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="92" />
        <source>Restored into %1.</source>
        <translation>Restaurada en %1.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="93" />
        <source>Restored. The workspace it replaced is kept in %1.</source>
        <translation>Restaurada. El espacio de trabajo sustituido se conserva en %1.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="97" />
        <source>Workspace Restored</source>
        <translation>Espacio de trabajo restaurado</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="98" />
        <source>The backup is restored and open. The workspace it replaced was moved, not deleted, to:
%1</source>
        <translation>La copia de seguridad se ha restaurado y está abierta. El espacio de trabajo al que sustituye se ha movido, no eliminado, a:
%1</translation>
    </message>
</context>
<context>
    <name>md::BackupController</name>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="58" />
        <source>Unlock the workspace to back it up.</source>
        <translation>Desbloquee el espacio de trabajo para hacer una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="73" />
        <source>The backup was made, but old backups could not be removed: %1</source>
        <translation>La copia de seguridad se ha realizado, pero no se pudieron eliminar las copias antiguas: %1</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="115" />
        <source>No backup yet</source>
        <translation>Aún no hay copia de seguridad</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backup/BackupController.cpp" line="118" />
        <source>No backup for %n day(s)</source>
        <translation>
            <numerusform>Sin copia de seguridad desde hace %n día</numerusform>
            <numerusform>Sin copia de seguridad desde hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="123" />
        <source>Backed up today at %1</source>
        <translation>Copia de seguridad hoy a las %1</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="125" />
        <source>Backed up yesterday at %1</source>
        <translation>Copia de seguridad ayer a las %1</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="126" />
        <source>Backed up on %1</source>
        <translation>Copia de seguridad el %1</translation>
    </message>
</context>
<context>
    <name>md::BackupRestore</name>
    <message>
        <location filename="../core/backup/BackupRestore.cpp" line="32" />
        <source>The backup is damaged and was not restored: %1</source>
        <translation>La copia de seguridad está dañada y no se ha restaurado: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupRestore.cpp" line="52" />
        <source>Could not move the current workspace aside to %1; nothing was restored.</source>
        <translation>No se pudo apartar el espacio de trabajo actual a %1; no se ha restaurado nada.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupRestore.cpp" line="61" />
        <source>%1 The current workspace is safe in %2.</source>
        <translation>%1 El espacio de trabajo actual está a salvo en %2.</translation>
    </message>
</context>
<context>
    <name>md::BackupService</name>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="79" />
        <location filename="../core/backup/BackupService.cpp" line="87" />
        <source>Could not check the backup</source>
        <translation>No se pudo comprobar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="106" />
        <source>The backup folder %1 cannot be created or written to. Choose another one in Preferences, or plug in the drive it is on.</source>
        <translation>No se puede crear la carpeta de copias de seguridad %1 ni escribir en ella. Elija otra en Preferencias o conecte la unidad en la que se encuentra.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="119" />
        <location filename="../core/backup/BackupService.cpp" line="139" />
        <source>Could not write to the backup folder %1.</source>
        <translation>No se pudo escribir en la carpeta de copias de seguridad %1.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="147" />
        <location filename="../core/backup/BackupService.cpp" line="158" />
        <location filename="../core/backup/BackupService.cpp" line="162" />
        <source>Could not start the backup</source>
        <translation>No se pudo iniciar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="165" />
        <location filename="../core/backup/BackupService.cpp" line="171" />
        <source>Could not copy the workspace</source>
        <translation>No se pudo copiar el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="181" />
        <source>Could not finish the backup</source>
        <translation>No se pudo terminar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="202" />
        <source>The backup could not be read back, so it was deleted: %1</source>
        <translation>No se pudo volver a leer la copia de seguridad, por lo que se ha eliminado: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="210" />
        <source>The backup did not match the workspace, so it was deleted: %1</source>
        <translation>La copia de seguridad no coincidía con el espacio de trabajo, por lo que se ha eliminado: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="230" />
        <source>Could not finish the backup in %1.</source>
        <translation>No se pudo terminar la copia de seguridad en %1.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="243" />
        <source>%1 is not a MentorDesk backup (it has no %2).</source>
        <translation>%1 no es una copia de seguridad de MentorDesk (no contiene %2).</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="250" />
        <source>The description of the backup in %1 is damaged.</source>
        <translation>La descripción de la copia de seguridad de %1 está dañada.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="254" />
        <source>The backup in %1 was made by a newer MentorDesk.</source>
        <translation>La copia de seguridad de %1 se hizo con una versión más reciente de MentorDesk.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="269" />
        <source>The backup in %1 is incomplete.</source>
        <translation>La copia de seguridad de %1 está incompleta.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="304" />
        <source>Restore your newest backup (File › Restore from Backup, or “mentordesk-cli backup restore”).</source>
        <translation>Restaure su copia de seguridad más reciente (Archivo › Restaurar desde copia de seguridad, o «mentordesk-cli backup restore»).</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="318" />
        <source>No verified backup of this workspace was found in %1. If you keep backups elsewhere, restore one with File › Restore from Backup.</source>
        <translation>No se ha encontrado ninguna copia de seguridad verificada de este espacio de trabajo en %1. Si guarda copias en otro lugar, restaure una con Archivo › Restaurar desde copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="322" />
        <source>The newest verified backup of this workspace is from %1: %2. Restore it with File › Restore from Backup, or “mentordesk-cli backup restore "%2"”.</source>
        <translation>La copia de seguridad verificada más reciente de este espacio de trabajo es del %1: %2. Restáurela con Archivo › Restaurar desde copia de seguridad, o «mentordesk-cli backup restore "%2"».</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="405" />
        <source>%1 already holds a workspace; MentorDesk never restores over one. Choose an empty or new folder.</source>
        <translation>%1 ya contiene un espacio de trabajo; MentorDesk nunca restaura sobre uno existente. Elija una carpeta vacía o nueva.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="412" />
        <source>%1 is not empty. Restore into an empty or new folder.</source>
        <translation>%1 no está vacía. Restaure en una carpeta vacía o nueva.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="417" />
        <location filename="../core/backup/BackupService.cpp" line="435" />
        <source>Could not create %1.</source>
        <translation>No se pudo crear %1.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="426" />
        <source>Could not copy %1 into %2 (is the disk full?).</source>
        <translation>No se pudo copiar %1 en %2 (¿está lleno el disco?).</translation>
    </message>
</context>
<context>
    <name>md::BackupStatusPanel</name>
    <message>
        <location filename="../ui/backup/BackupStatusPanel.cpp" line="15" />
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupStatusPanel.cpp" line="24" />
        <source>Back Up Now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupStatusPanel.cpp" line="39" />
        <source>Backups are not set up for this workspace.</source>
        <translation>Las copias de seguridad no están configuradas para este espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>md::BillingArea</name>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="55" />
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="62" />
        <source>All time</source>
        <translation>Todo el periodo</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="63" />
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="64" />
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="65" />
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="66" />
        <source>Last year</source>
        <translation>Año pasado</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="69" />
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="71" />
        <source>Your name and address…</source>
        <translation>Su nombre y dirección…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="73" />
        <source>Business settings…</source>
        <translation>Configuración del negocio…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="97" />
        <source>New invoice…</source>
        <translation>Nueva factura…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="98" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="99" />
        <source>Issue…</source>
        <translation>Emitir…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="100" />
        <source>Record payment…</source>
        <translation>Registrar pago…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="101" />
        <source>Credit note…</source>
        <translation>Factura rectificativa…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="102" />
        <location filename="../ui/billing/BillingArea.cpp" line="461" />
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="103" />
        <source>PDF and print</source>
        <translation>PDF e impresión</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="105" />
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="107" />
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="109" />
        <source>Print preview…</source>
        <translation>Vista previa de impresión…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="112" />
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="143" />
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="144" />
        <source>Payments and reports</source>
        <translation>Pagos e informes</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="145" />
        <source>Price list</source>
        <translation>Lista de precios</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="249" />
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/BillingArea.cpp" line="266" />
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n factura</numerusform>
            <numerusform>%n facturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/BillingArea.cpp" line="267" />
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n vencida</numerusform>
            <numerusform>, %n vencidas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="350" />
        <source>Select an invoice to see what is paid and owed.</source>
        <translation>Seleccione una factura para ver lo pagado y lo pendiente.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="355" />
        <source>Net %1, tax %2, total %3</source>
        <translation>Base %1, impuestos %2, total %3</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="358" />
        <source>paid %1</source>
        <translation>pagado %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="360" />
        <source>credited %1</source>
        <translation>abonado %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="361" />
        <source>outstanding %1</source>
        <translation>pendiente %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="364" />
        <source>corrects %1</source>
        <translation>rectifica %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="382" />
        <source>Draft saved.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="386" />
        <location filename="../ui/billing/BillingArea.cpp" line="403" />
        <location filename="../ui/billing/BillingArea.cpp" line="421" />
        <source>Issued invoice %1.</source>
        <translation>Factura %1 emitida.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="413" />
        <location filename="../ui/billing/BillingArea.cpp" line="423" />
        <source>Issue invoice</source>
        <translation>Emitir factura</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="414" />
        <source>Issue the draft for %1 (%2)?

It gets the next invoice number and can no longer be changed; mistakes are corrected with a credit note.</source>
        <translation>¿Desea emitir el borrador para %1 (%2)?

Recibirá el siguiente número de factura y ya no podrá modificarse; los errores se corrigen con una factura rectificativa.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="434" />
        <source>Payment recorded.</source>
        <translation>Pago registrado.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="443" />
        <source>Cancel with a credit note</source>
        <translation>Anular con una factura rectificativa</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="444" />
        <source>Cancel invoice %1 (%2) with a credit note?

The credit note takes the next number; what was paid becomes %3's credit.</source>
        <translation>¿Desea anular la factura %1 (%2) con una factura rectificativa?

La factura rectificativa recibe el siguiente número; lo ya pagado pasa a ser saldo a favor de %3.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="450" />
        <source>Issued credit note %1.</source>
        <translation>Factura rectificativa %1 emitida.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="461" />
        <source>Delete this draft invoice for %1?</source>
        <translation>¿Desea eliminar este borrador de factura para %1?</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="465" />
        <source>Draft deleted.</source>
        <translation>Borrador eliminado.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="474" />
        <source>Saved your name and address.</source>
        <translation>Nombre y dirección guardados.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="29" />
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="42" />
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="33" />
        <source>Save invoice as PDF</source>
        <translation>Guardar la factura como PDF</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="34" />
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="45" />
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="54" />
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="64" />
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="73" />
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="93" />
        <source>Export CSV files to</source>
        <translation>Exportar archivos CSV a</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="101" />
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="104" />
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>Se ha escrito %n archivo en %1.</numerusform>
            <numerusform>Se han escrito %n archivos en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::BillingAreas</name>
    <message>
        <location filename="../ui/billing/BillingAreas.cpp" line="20" />
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
</context>
<context>
    <name>md::BillingDashboardWidget</name>
    <message>
        <location filename="../ui/billing/BillingDashboardWidget.cpp" line="24" />
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDashboardWidget.cpp" line="92" />
        <source>Invoiced (net) this month: &lt;b&gt;%1&lt;/b&gt; · this year: &lt;b&gt;%2&lt;/b&gt; · received this year: %3&lt;br&gt;Outstanding: &lt;b&gt;%4&lt;/b&gt;, of which overdue: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>Facturado (base) este mes: &lt;b&gt;%1&lt;/b&gt; · este año: &lt;b&gt;%2&lt;/b&gt; · cobrado este año: %3&lt;br&gt;Pendiente: &lt;b&gt;%4&lt;/b&gt;, del cual vencido: &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>md::BillingDetailsDialog</name>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="6" />
        <source>Billing details</source>
        <translation>Datos de facturación</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="53" />
        <source>Street and number
Postcode and city
Country</source>
        <translation>Calle y número
Código postal y ciudad
País</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="12" />
        <source>Printed under "BILL TO" on invoices issued from now on. Leave the billing name empty to use the client's name.</source>
        <translation>Se imprime bajo "FACTURAR A" en las facturas que se emitan a partir de ahora. Deje vacío el nombre de facturación para usar el nombre del cliente.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="27" />
        <source>Billing &amp;name:</source>
        <translation>&amp;Nombre de facturación:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="40" />
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="62" />
        <source>&amp;Tax ID:</source>
        <translation>N&amp;IF:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="75" />
        <source>Invoice &amp;e-mail:</source>
        <translation>Correo &amp;electrónico para facturas:</translation>
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
        <translation>Año:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportsWidget.cpp" line="93" />
        <source>Revenue by month</source>
        <translation>Ingresos por mes</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportsWidget.cpp" line="94" />
        <source>Owed by client, by age of the invoice</source>
        <translation>Pendiente por cliente, según la antigüedad de la factura</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportsWidget.cpp" line="97" />
        <source>Payments received</source>
        <translation>Pagos recibidos</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportsWidget.cpp" line="147" />
        <source>Client credit not yet used: %1</source>
        <translation>Saldo a favor de clientes aún sin usar: %1</translation>
    </message>
</context>
<context>
    <name>md::BillingService</name>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="165" />
        <source>Missed session (no-show) on %1</source>
        <translation>Sesión perdida (ausencia sin aviso) el %1</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="167" />
        <source>Late-cancelled session on %1</source>
        <translation>Sesión cancelada tardíamente el %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingService.cpp" line="170" />
        <source>Mentoring session on %1 (%n min)</source>
        <translation>
            <numerusform>Sesión de mentoría el %1 (%n min)</numerusform>
            <numerusform>Sesión de mentoría el %1 (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="182" />
        <source>Sessions have no price yet. Set the session price in Billing › Price list, or a fee per session on the engagement.</source>
        <translation>Las sesiones aún no tienen precio. Indique el precio de la sesión en Facturación › Lista de precios, o unos honorarios por sesión en el proceso de mentoría.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="238" />
        <source>This client has no held sessions that are not billed yet.</source>
        <translation>Este cliente no tiene sesiones realizadas pendientes de facturar.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="256" />
        <source>"%1" is priced in %2, but invoices are in %3.</source>
        <translation>"%1" tiene un precio en %2, pero las facturas son en %3.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="282" />
        <source>This package has already been billed.</source>
        <translation>Este paquete ya se ha facturado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingService.cpp" line="286" />
        <source>%1: %n session(s), valid until %2</source>
        <translation>
            <numerusform>%1: %n sesión, válida hasta el %2</numerusform>
            <numerusform>%1: %n sesiones, válidas hasta el %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingService.cpp" line="289" />
        <source>%1: %n session(s)</source>
        <translation>
            <numerusform>%1: %n sesión</numerusform>
            <numerusform>%1: %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="300" />
        <source>The package was sold in %1, but invoices are in %2.</source>
        <translation>El paquete se vendió en %1, pero las facturas son en %2.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="308" />
        <source>Choose the month to bill.</source>
        <translation>Elija el mes que desea facturar.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="315" />
        <source>"%1" is not a monthly retainer.</source>
        <translation>"%1" no es una cuota mensual.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="322" />
        <source>%1 has already been billed for %2.</source>
        <translation>%1 ya se ha facturado para %2.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="327" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServiceDocuments.cpp" line="78" />
        <source>Attn. %1</source>
        <translation>A la atención de %1</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServiceDocuments.cpp" line="82" />
        <source>Tax ID: %1</source>
        <translation>NIF: %1</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="372" />
        <source>Under the small-business exemption no line may carry tax; set every tax rate to 0.</source>
        <translation>Con la exención de IVA ninguna línea puede llevar impuestos; ponga todos los tipos impositivos a 0.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="399" />
        <source>Invoice %1 has already been issued.</source>
        <translation>La factura %1 ya se ha emitido.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="427" />
        <source>%1 is itself a credit note and cannot be cancelled; to bill the work again, create a new invoice.</source>
        <translation>%1 es en sí misma una factura rectificativa y no se puede anular; para volver a facturar el trabajo, cree una factura nueva.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="429" />
        <source>This document</source>
        <translation>Este documento</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="432" />
        <source>Only an issued invoice can be cancelled by a credit note; a draft can simply be deleted.</source>
        <translation>Solo una factura emitida se puede anular con una factura rectificativa; un borrador puede eliminarse sin más.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="440" />
        <source>Invoice %1 already has a credit note.</source>
        <translation>La factura %1 ya tiene una factura rectificativa.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="455" />
        <source>Cancels invoice %1 of %2.</source>
        <translation>Anula la factura %1 del %2.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServicePackages.cpp" line="76" />
        <source>"%1" is not a package.</source>
        <translation>"%1" no es un paquete.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingServicePackages.cpp" line="157" />
        <source>%n credit(s) of "%1" expire on %2.</source>
        <translation>
            <numerusform>%n crédito de "%1" caduca el %2.</numerusform>
            <numerusform>%n créditos de "%1" caducan el %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingServicePackages.cpp" line="165" />
        <source>"%1" expired on %2 with %n credit(s) unused.</source>
        <translation>
            <numerusform>"%1" caducó el %2 con %n crédito sin usar.</numerusform>
            <numerusform>"%1" caducó el %2 con %n créditos sin usar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServicePackages.cpp" line="174" />
        <source>All credits of "%1" are used: further sessions are billed individually unless a new package is sold.</source>
        <translation>Se han usado todos los créditos de "%1": las siguientes sesiones se facturan por separado, salvo que se venda un nuevo paquete.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServicePackages.cpp" line="180" />
        <source>Only one package credit is left.</source>
        <translation>Solo queda un crédito del paquete.</translation>
    </message>
</context>
<context>
    <name>md::BusinessSettings</name>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="64" />
        <location filename="../core/billing/ExemptionWording.cpp" line="92" />
        <source>No VAT is charged: small business exemption.</source>
        <translation>No se repercute IVA: operación acogida a la exención de IVA.</translation>
    </message>
</context>
<context>
    <name>md::BusinessSettingsDialog</name>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="14" />
        <source>Business settings</source>
        <translation>Configuración del negocio</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="30" />
        <source>Currency and tax</source>
        <translation>Moneda e impuestos</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="39" />
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="56" />
        <source>&amp;Tax:</source>
        <translation>&amp;Impuestos:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="69" />
        <source>&amp;Standard rate (%):</source>
        <translation>Tipo &amp;general (%):</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="82" />
        <source>&amp;Reduced rate (%):</source>
        <translation>Tipo &amp;reducido (%):</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="95" />
        <source>&amp;Exemption wording:</source>
        <translation>Texto de la e&amp;xención:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="120" />
        <source>&amp;Number pattern:</source>
        <translation>&amp;Formato de numeración:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="133" />
        <source>Payment &amp;due after:</source>
        <translation>&amp;Vencimiento del pago a los:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="150" />
        <source>&amp;Price of a session:</source>
        <translation>&amp;Precio de una sesión:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="163" />
        <source>&amp;Late-payment note:</source>
        <translation>&amp;Nota sobre pagos atrasados:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="176" />
        <source>&amp;Keep issued invoices for:</source>
        <translation>&amp;Conservar las facturas emitidas durante:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="186" />
        <source> years after their year</source>
        <translation> años tras el de su emisión</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="211" />
        <source>Account &amp;holder:</source>
        <translation>&amp;Titular de la cuenta:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="224" />
        <source>&amp;Bank:</source>
        <translation>&amp;Banco:</translation>
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
        <translation>Cancelación &amp;gratuita hasta:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="306" />
        <source>Policy printed on &amp;invoices:</source>
        <translation>Condiciones impresas en las f&amp;acturas:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="111" />
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="202" />
        <source>Payment by bank transfer</source>
        <translation>Pago por transferencia bancaria</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="266" />
        <source>Cancellations</source>
        <translation>Cancelaciones</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.cpp" line="48" />
        <source>Charge VAT or sales tax on each line</source>
        <translation>Aplicar IVA u otro impuesto sobre las ventas a cada línea</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.cpp" line="50" />
        <source>Small-business exemption: no tax, with the wording below</source>
        <translation>Exención de IVA: sin impuestos, con el texto siguiente</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/BusinessSettingsDialog.cpp" line="54" />
        <source> day(s)</source>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/BusinessSettingsDialog.cpp" line="59" />
        <source> hour(s) before the start</source>
        <translation>
            <numerusform> hora antes del inicio</numerusform>
            <numerusform> horas antes del inicio</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="299" />
        <source>Bill sessions the client missed</source>
        <translation>Facturar las sesiones a las que el cliente no asistió</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="275" />
        <source>Bill sessions the client cancelled late</source>
        <translation>Facturar las sesiones que el cliente canceló tardíamente</translation>
    </message>
</context>
<context>
    <name>md::BusinessSettingsKeys</name>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="71" />
        <source>Currency of all amounts (ISO 4217 code).</source>
        <translation>Moneda de todos los importes (código ISO 4217).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="74" />
        <source>"vat" to charge tax at the rates below, "exempt" for a small-business exemption (no tax; the exemption text is printed).</source>
        <translation>"vat" para aplicar impuestos con los tipos siguientes, "exempt" para la exención de IVA (sin impuestos; se imprime el texto de la exención).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="77" />
        <source>Standard tax rate in percent (stored as basis points).</source>
        <translation>Tipo impositivo general en porcentaje (se almacena en puntos básicos).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="79" />
        <source>Reduced tax rate in percent.</source>
        <translation>Tipo impositivo reducido en porcentaje.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="81" />
        <source>Wording printed on invoices under the exemption.</source>
        <translation>Texto impreso en las facturas acogidas a la exención.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="84" />
        <source>Invoice number pattern: {YYYY} or {YY} for the year, {NNNN} for the sequence (gapless, restarts every year).</source>
        <translation>Formato del número de factura: {YYYY} o {YY} para el año, {NNNN} para el número correlativo (sin saltos, se reinicia cada año).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="87" />
        <source>Days from the issue date to the due date.</source>
        <translation>Días desde la fecha de emisión hasta la fecha de vencimiento.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="89" />
        <source>Note printed about late payment.</source>
        <translation>Nota impresa sobre los pagos atrasados.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="92" />
        <source>Price of one held session before tax, used when the price list has no single session.</source>
        <translation>Precio de una sesión realizada antes de impuestos, que se usa cuando la lista de precios no tiene sesión individual.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="95" />
        <source>Bank account holder printed in the payment instructions.</source>
        <translation>Titular de la cuenta bancaria que figura en las instrucciones de pago.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="97" />
        <source>Name of the bank.</source>
        <translation>Nombre del banco.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="98" />
        <source>IBAN (its check digits are verified).</source>
        <translation>IBAN (se verifican sus dígitos de control).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="100" />
        <source>BIC / SWIFT code (8 or 11 characters).</source>
        <translation>Código BIC / SWIFT (8 u 11 caracteres).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="103" />
        <source>Whether sessions the client cancelled late (with less notice than the notice hours) are billed (true/false).</source>
        <translation>Si se facturan las sesiones que el cliente canceló tarde (con menos antelación que las horas de preaviso) (true/false).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="107" />
        <source>Hours before a session by which the client can cancel it free of charge; agreements print them.</source>
        <translation>Horas antes de una sesión hasta las que el cliente puede cancelarla sin coste; los acuerdos las incluyen.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="110" />
        <source>Whether no-shows are billed (true/false).</source>
        <translation>Si se facturan las ausencias sin aviso (true/false).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="112" />
        <source>Cancellation policy wording for agreements and invoices.</source>
        <translation>Texto de la política de cancelación para acuerdos y facturas.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="115" />
        <source>Years an issued invoice is kept after the end of its year, also when its client is erased.</source>
        <translation>Años que se conserva una factura emitida tras el final de su año, también cuando se borra su cliente.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="135" />
        <source>"%1" is not an ISO 4217 currency code such as EUR.</source>
        <translation>"%1" no es un código de moneda ISO 4217 como EUR.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="141" />
        <source>The tax mode is "vat" or "exempt", not "%1".</source>
        <translation>El régimen fiscal es "vat" o "exempt", no "%1".</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="160" />
        <source>The retention period is a number of years from 1 to 30.</source>
        <translation>El periodo de conservación es un número de años entre 1 y 30.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="168" />
        <source>The cancellation notice is a number of hours from 0 to %1.</source>
        <translation>El preaviso de cancelación es un número de horas entre 0 y %1.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="177" />
        <source>Payment terms are a number of days from 0 to 365.</source>
        <translation>El plazo de pago es un número de días entre 0 y 365.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="206" />
        <source>Write true or false, not "%1".</source>
        <translation>Escriba true o false, no "%1".</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="211" />
        <source>There is no setting called "%1".</source>
        <translation>No existe ningún ajuste llamado "%1".</translation>
    </message>
</context>
<context>
    <name>md::BusinessSettingsRepository</name>
    <message>
        <location filename="../core/storage/BusinessSettingsRepository.cpp" line="17" />
        <location filename="../core/storage/BusinessSettingsRepository.cpp" line="22" />
        <source>Could not read the business settings</source>
        <translation>No se pudo leer la configuración del negocio</translation>
    </message>
    <message>
        <location filename="../core/storage/BusinessSettingsRepository.cpp" line="41" />
        <source>Could not save the setting %1</source>
        <translation>No se pudo guardar el ajuste %1</translation>
    </message>
</context>
<context>
    <name>md::BusyCalendar</name>
    <message>
        <location filename="../core/caldav/BusyCalendar.cpp" line="24" />
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
</context>
<context>
    <name>md::BusyTimeRepository</name>
    <message>
        <location filename="../core/storage/BusyTimeRepository.cpp" line="24" />
        <source>A busy time must end after it starts.</source>
        <translation>Un periodo ocupado debe terminar después de empezar.</translation>
    </message>
    <message>
        <location filename="../core/storage/BusyTimeRepository.cpp" line="39" />
        <source>Could not save the busy times</source>
        <translation>No se pudieron guardar los periodos ocupados</translation>
    </message>
    <message>
        <location filename="../core/storage/BusyTimeRepository.cpp" line="74" />
        <location filename="../core/storage/BusyTimeRepository.cpp" line="88" />
        <location filename="../core/storage/BusyTimeRepository.cpp" line="96" />
        <location filename="../core/storage/BusyTimeRepository.cpp" line="101" />
        <location filename="../core/storage/BusyTimeRepository.cpp" line="111" />
        <location filename="../core/storage/BusyTimeRepository.cpp" line="116" />
        <source>Could not read the busy times</source>
        <translation>No se pudieron leer los periodos ocupados</translation>
    </message>
    <message>
        <location filename="../core/storage/BusyTimeRepository.cpp" line="125" />
        <source>Could not delete the busy times</source>
        <translation>No se pudieron eliminar los periodos ocupados</translation>
    </message>
</context>
<context>
    <name>md::CalDavClient</name>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="34" />
        <source>%1: the event was changed or removed on the server since MentorDesk last saw it, so it was not overwritten.</source>
        <translation>%1: el evento se modificó o se eliminó en el servidor desde la última vez que MentorDesk lo vio, por lo que no se ha sobrescrito.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="40" />
        <source>%1: the server has nothing at %2.</source>
        <translation>%1: el servidor no tiene nada en %2.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="43" />
        <source>%1: the server does not allow it for this account.</source>
        <translation>%1: el servidor no lo permite para esta cuenta.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="44" />
        <source>%1: the server answered %2 (HTTP status %3).</source>
        <translation>%1: el servidor respondió %2 (estado HTTP %3).</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="63" />
        <source>Reading the calendar server</source>
        <translation>Leyendo el servidor de calendario</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="69" />
        <source>The calendar server %1 redirects in circles.</source>
        <translation>El servidor de calendario %1 redirige en círculo.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="102" />
        <source>No calendar account was found at %1. Check the address: it is the CalDAV address your calendar provider gives.</source>
        <translation>No se encontró ninguna cuenta de calendario en %1. Compruebe la dirección: es la dirección CalDAV que le da su proveedor de calendario.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="131" />
        <source>The server %1 has no calendars for this account (no calendar home). Is it a CalDAV server?</source>
        <translation>El servidor %1 no tiene calendarios para esta cuenta (no hay carpeta de calendarios). ¿Es un servidor CalDAV?</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="189" />
        <source>A calendar named %1 is already on the server; choose it instead.</source>
        <translation>Ya hay un calendario llamado %1 en el servidor; elíjalo en su lugar.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="192" />
        <source>Creating the calendar %1</source>
        <translation>Creando el calendario %1</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="207" />
        <source>Publishing a session</source>
        <translation>Publicando una sesión</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="231" />
        <source>Removing a session from the calendar</source>
        <translation>Quitando una sesión del calendario</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavXml.cpp" line="151" />
        <source>The server's answer is not a calendar listing.</source>
        <translation>La respuesta del servidor no es una lista de calendarios.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavXml.cpp" line="164" />
        <source>The server's answer could not be read (line %1: %2).</source>
        <translation>No se pudo leer la respuesta del servidor (línea %1: %2).</translation>
    </message>
</context>
<context>
    <name>md::CalendarAccountDialog</name>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="34" />
        <source>Calendar Account</source>
        <translation>Cuenta de calendario</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="40" />
        <source>MentorDesk keeps a calendar on your own CalDAV server (Nextcloud, Radicale, Fastmail, iCloud, mailbox.org…) in step with your sessions, so your phone shows them. It sends only the time, "Mentoring session" with the client's initials and the format: never notes, goals or full names.</source>
        <translation>MentorDesk mantiene un calendario en su propio servidor CalDAV (Nextcloud, Radicale, Fastmail, iCloud, mailbox.org…) al día con sus sesiones, para que las vea en su teléfono. Solo envía la hora, "Sesión de mentoría" con las iniciales del cliente y la modalidad: nunca notas, objetivos ni nombres completos.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="84" />
        <source>https://calendar.example.com/</source>
        <translation>https://calendar.example.com/</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="85" />
        <source>&amp;Server address:</source>
        <translation>Dirección del &amp;servidor:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="88" />
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="93" />
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="96" />
        <source>&amp;Find Calendars</source>
        <translation>&amp;Buscar calendarios</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="113" />
        <source>Publish &amp;to:</source>
        <translation>Publicar &amp;en:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="116" />
        <source>New calendar's &amp;name:</source>
        <translation>&amp;Nombre del nuevo calendario:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="120" />
        <location filename="../ui/calendar/CalendarAccountDialogBusy.cpp" line="28" />
        <source>&amp;Busy times from:</source>
        <translation>&amp;Periodos ocupados de:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="121" />
        <location filename="../ui/calendar/CalendarAccountDialogBusy.cpp" line="29" />
        <source>Show busy event tit&amp;les</source>
        <translation>Mostrar los &amp;títulos de los periodos ocupados</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="125" />
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="154" />
        <source>Use the client's preferred na&amp;me in published titles</source>
        <translation>Usar el nombre pre&amp;ferido del cliente en los títulos publicados</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="128" />
        <source>&amp;Connect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="161" />
        <source>&amp;Disconnect…</source>
        <translation>&amp;Desconectar…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="175" />
        <source>Disconnect this calendar account? The events MentorDesk published stay on the server (delete them there if you no longer want them); changes not yet sent are dropped, and busy times read from the server are removed. Your sessions in MentorDesk do not change.</source>
        <translation>¿Desea desconectar esta cuenta de calendario? Los eventos que publicó MentorDesk permanecen en el servidor (elimínelos allí si ya no los quiere); los cambios aún no enviados se descartan y se quitan los periodos ocupados leídos del servidor. Sus sesiones en MentorDesk no cambian.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="185" />
        <source>&amp;Keep Connected</source>
        <translation>&amp;Mantener conectada</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="187" />
        <source>Dis&amp;connect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="212" />
        <source>Connected to %1 as %2. Sessions are published to the calendar at %3.</source>
        <translation>Conectado a %1 como %2. Las sesiones se publican en el calendario %3.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="240" />
        <source>Password kept until this dialog closes</source>
        <translation>Se conserva hasta que se cierre esta ventana</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="303" />
        <source>The account has no calendars yet; MentorDesk will make one.</source>
        <translation>La cuenta aún no tiene calendarios; MentorDesk creará uno.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="243" />
        <source>Give the address of your calendar server.</source>
        <translation>Indique la dirección de su servidor de calendario.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="254" />
        <source>Give the user name of the calendar account.</source>
        <translation>Indique el nombre de usuario de la cuenta de calendario.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="259" />
        <source>Give the password of the calendar account.</source>
        <translation>Indique la contraseña de la cuenta de calendario.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="263" />
        <location filename="../ui/calendar/CalendarAccountDialogBusy.cpp" line="59" />
        <source>Looking for your calendars on %1…</source>
        <translation>Buscando sus calendarios en %1…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="283" />
        <source>A new calendar</source>
        <translation>Un calendario nuevo</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="339" />
        <source>Give the new calendar a name.</source>
        <translation>Indique un nombre para el nuevo calendario.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="345" />
        <source>The account already has a calendar named %1; choose it above or give another name.</source>
        <translation>La cuenta ya tiene un calendario llamado %1; elíjalo arriba o indique otro nombre.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="362" />
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="386" />
        <source>Disconnecting…</source>
        <translation>Desconectando…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialogBusy.cpp" line="112" />
        <source>Saving the busy calendars…</source>
        <translation>Guardando los calendarios de periodos ocupados…</translation>
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
        <translation>Movido en el servidor al %1</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="41" />
        <source>Cancelled or removed on the server</source>
        <translation>Cancelado o eliminado en el servidor</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="45" />
        <source>Deleted on the server</source>
        <translation>Eliminado en el servidor</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="46" />
        <source>The whole series was deleted on the server</source>
        <translation>Toda la serie se eliminó en el servidor</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="51" />
        <source>Changed on the server, with the same times (e.g. its title)</source>
        <translation>Modificado en el servidor, con el mismo horario (p. ej., su título)</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="58" />
        <source>A deleted session</source>
        <translation>Una sesión eliminada</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="62" />
        <source>%1, the whole series</source>
        <extracomment>%1 is the client's name.</extracomment>
        <translation>%1, toda la serie</translation>
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
        <translation>Cambios hechos en el servidor de calendario</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="36" />
        <source>Session in MentorDesk</source>
        <translation>Sesión en MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="36" />
        <source>On the server</source>
        <translation>En el servidor</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="49" />
        <source>Accept the server's version</source>
        <translation>Aceptar la versión del servidor</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="51" />
        <source>Change the session in MentorDesk as it was changed on the server. A deleted event cancels the session, as cancelled by you.</source>
        <translation>Cambiar la sesión en MentorDesk tal como se cambió en el servidor. Un evento eliminado cancela la sesión, que consta como cancelada por usted.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="53" />
        <source>Keep MentorDesk's version</source>
        <translation>Conservar la versión de MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="55" />
        <source>Write the session to the server again as MentorDesk has it.</source>
        <translation>Volver a escribir la sesión en el servidor tal como está en MentorDesk.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="101" />
        <source>The calendar server has what MentorDesk published: nothing was changed there.</source>
        <translation>El servidor de calendario tiene lo que publicó MentorDesk: allí no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="104" />
        <source>These events were changed or deleted on the calendar server (on a phone or in another calendar app) after MentorDesk published them. MentorDesk did not overwrite them. Choose for each which version to keep.</source>
        <translation>Estos eventos se modificaron o eliminaron en el servidor de calendario (en un teléfono o en otra aplicación de calendario) después de que MentorDesk los publicara. MentorDesk no los ha sobrescrito. Elija para cada uno qué versión desea conservar.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="160" />
        <source>MentorDesk's version is kept; it goes to the server with the next sync.</source>
        <translation>Se conserva la versión de MentorDesk; se enviará al servidor en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>md::CalendarFileActions</name>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="21" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="27" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="37" />
        <source>Import busy times</source>
        <translation>Importar periodos ocupados</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="22" />
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Archivos de calendario (*.ics);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="28" />
        <source>%1 could not be imported. Nothing was changed.

%2</source>
        <translation>No se pudo importar %1. No se ha cambiado nada.

%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="32" />
        <source>%n busy time(s) from %1 will now be checked when you plan sessions.</source>
        <translation>
            <numerusform>A partir de ahora, %n periodo ocupado de %1 se tendrá en cuenta al planificar sesiones.</numerusform>
            <numerusform>A partir de ahora, %n periodos ocupados de %1 se tendrán en cuenta al planificar sesiones.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="44" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="55" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="65" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="72" />
        <source>Export sessions</source>
        <translation>Exportar sesiones</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="48" />
        <source>MentorDesk sessions.ics</source>
        <translation>Sesiones de MentorDesk.ics</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="50" />
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="55" />
        <source>Sessions of:</source>
        <translation>Sesiones de:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="61" />
        <source>Sessions with %1.ics</source>
        <translation>Sesiones con %1.ics</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="66" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="97" />
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="78" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="105" />
        <source>Keep an .ics file up to date</source>
        <translation>Mantener actualizado un archivo .ics</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="80" />
        <source>MentorDesk can rewrite a calendar file after every change, so a calendar program can subscribe to it. The file holds times, clients' names and agendas, unencrypted; never notes.</source>
        <translation>MentorDesk puede reescribir un archivo de calendario después de cada cambio, para que un programa de calendario pueda suscribirse a él. El archivo contiene horarios, nombres de clientes y temas de las sesiones, sin cifrar; nunca notas.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="83" />
        <source>Your sessions are written to %1 after every change.</source>
        <translation>Sus sesiones se escriben en %1 después de cada cambio.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="87" />
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="87" />
        <source>Another file…</source>
        <translation>Otro archivo…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="89" />
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="95" />
        <source>Calendar file to keep up to date</source>
        <translation>Archivo de calendario que se mantendrá actualizado</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="112" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="123" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="130" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="142" />
        <source>Progress report</source>
        <translation>Informe de progreso</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="113" />
        <source>There are no engagements yet.</source>
        <translation>Todavía no hay procesos de mentoría.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="119" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="123" />
        <source>Engagement:</source>
        <translation>Proceso de mentoría:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="134" />
        <source>Save progress report</source>
        <translation>Guardar el informe de progreso</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="135" />
        <source>Progress report %1.pdf</source>
        <translation>Informe de progreso %1.pdf</translation>
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
        <translation>Disponibilidad</translation>
    </message>
</context>
<context>
    <name>md::CalendarObjectReader</name>
    <message>
        <location filename="../core/caldav/CalendarObjectReader.cpp" line="87" />
        <source>The event on the calendar server could not be read.</source>
        <translation>No se pudo leer el evento del servidor de calendario.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarObjectReader.cpp" line="107" />
        <source>The calendar object on the server holds no event.</source>
        <translation>El objeto de calendario del servidor no contiene ningún evento.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarObjectReader.cpp" line="116" />
        <source>The event on the calendar server has no start time.</source>
        <translation>El evento del servidor de calendario no tiene hora de inicio.</translation>
    </message>
</context>
<context>
    <name>md::CalendarPage</name>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="42" />
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="47" />
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="51" />
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="69" />
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="70" />
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="71" />
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="84" />
        <source>&amp;New Session</source>
        <translation>&amp;Nueva sesión</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="90" />
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="93" />
        <source>Import busy times (.ics)…</source>
        <translation>Importar periodos ocupados (.ics)…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="94" />
        <source>Export sessions (.ics)…</source>
        <translation>Exportar sesiones (.ics)…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="95" />
        <source>Keep an .ics file up to date…</source>
        <translation>Mantener actualizado un archivo .ics…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="97" />
        <source>Engagement progress report…</source>
        <translation>Informe de progreso del proceso de mentoría…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="98" />
        <source>Availability…</source>
        <translation>Disponibilidad…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="350" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="382" />
        <source>Session with %1 at %2</source>
        <translation>Sesión con %1 a las %2</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="389" />
        <source>Upcoming session</source>
        <translation>Próxima sesión</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="440" />
        <source>Skip this date of the series? The other sessions stay.</source>
        <translation>¿Desea omitir esta fecha de la serie? Las demás sesiones se mantienen.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="441" />
        <source>Delete this session with its notes?</source>
        <translation>¿Desea eliminar esta sesión junto con sus notas?</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="442" />
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="448" />
        <source>Session removed.</source>
        <translation>Sesión eliminada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarPage.cpp" line="458" />
        <source>%n session(s) planned.</source>
        <translation>
            <numerusform>%n sesión planificada.</numerusform>
            <numerusform>%n sesiones planificadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="461" />
        <source>Session planned.</source>
        <translation>Sesión planificada.</translation>
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
        <translation>Sesión de mentoría</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarPublisher.cpp" line="62" />
        <source>Mentoring session (%1)</source>
        <extracomment>The title of a session on the mentor's calendar server; %1 is the client's initials (or preferred name, when the mentor chose so).</extracomment>
        <translation>Sesión de mentoría (%1)</translation>
    </message>
</context>
<context>
    <name>md::CalendarQuestions</name>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="12" />
        <source>Repeating session</source>
        <translation>Sesión periódica</translation>
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
        <translation>Esta sesión</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="20" />
        <source>This and following</source>
        <translation>Esta y las siguientes</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="22" />
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="47" />
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="48" />
        <source>Move the session anyway?</source>
        <translation>¿Desea mover la sesión de todos modos?</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="52" />
        <source>Move anyway</source>
        <translation>Mover de todos modos</translation>
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
        <translation>No se pudo leer la cuenta de calendario</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="108" />
        <source>No calendar account is connected.</source>
        <translation>No hay ninguna cuenta de calendario conectada.</translation>
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
        <translation>No se pudo guardar la cuenta de calendario</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="155" />
        <source>Could not remove the calendar account</source>
        <translation>No se pudo quitar la cuenta de calendario</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="196" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="205" />
        <source>Could not queue the sessions for the calendar</source>
        <translation>No se pudieron poner en cola las sesiones para el calendario</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="214" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="220" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="227" />
        <source>Could not read the calendar changes</source>
        <translation>No se pudieron leer los cambios del calendario</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="236" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="247" />
        <source>Could not save the calendar changes</source>
        <translation>No se pudieron guardar los cambios del calendario</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="260" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="263" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="275" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="280" />
        <source>Could not read the published sessions</source>
        <translation>No se pudieron leer las sesiones publicadas</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="297" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="306" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="317" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="328" />
        <source>Could not save the published sessions</source>
        <translation>No se pudieron guardar las sesiones publicadas</translation>
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
        <translation>No se pudieron leer las diferencias del calendario</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="410" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="419" />
        <source>Could not save the calendar differences</source>
        <translation>No se pudieron guardar las diferencias del calendario</translation>
    </message>
</context>
<context>
    <name>md::CalendarSyncService</name>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="26" />
        <source>No calendar account is connected. Connect one first (with mentordesk-cli: calendar connect --url URL --user USER).</source>
        <translation>No hay ninguna cuenta de calendario conectada. Conecte una primero (con mentordesk-cli: calendar connect --url URL --user USUARIO).</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="89" />
        <source>Give the user name of the calendar account.</source>
        <translation>Indique el nombre de usuario de la cuenta de calendario.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="91" />
        <source>Give the password of the calendar account.</source>
        <translation>Indique la contraseña de la cuenta de calendario.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="110" />
        <source>The calendar %1 cannot hold events; choose another one.</source>
        <translation>El calendario %1 no admite eventos; elija otro.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="118" />
        <source>The server has no calendar at %1 for this account.</source>
        <translation>El servidor no tiene ningún calendario en %1 para esta cuenta.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="134" />
        <location filename="../core/caldav/CalendarSyncService.cpp" line="203" />
        <source>The account has no calendar named %1.</source>
        <translation>La cuenta no tiene ningún calendario llamado %1.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncServiceDifferences.cpp" line="46" />
        <source>There is no calendar difference %1 (it may have been resolved already).</source>
        <translation>No existe la diferencia de calendario %1 (puede que ya se haya resuelto).</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncServiceSync.cpp" line="113" />
        <source>Events were changed or removed on the server since MentorDesk last saw them; they wait for your choice among the calendar's differences.</source>
        <translation>Se han modificado o eliminado eventos en el servidor desde la última vez que MentorDesk los vio; quedan a la espera de su decisión entre las diferencias del calendario.</translation>
    </message>
</context>
<context>
    <name>md::CalendarSyncStatusWidget</name>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="27" />
        <source>Connect a Calendar…</source>
        <translation>Conectar un calendario…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="30" />
        <source>Review…</source>
        <translation>Revisar…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="33" />
        <source>Try Again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="85" />
        <source>Synced just now.</source>
        <translation>Sincronizado hace un momento.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="87" />
        <source>Synced %n minute(s) ago.</source>
        <translation>
            <numerusform>Sincronizado hace %n minuto.</numerusform>
            <numerusform>Sincronizado hace %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="89" />
        <source>Synced %n hour(s) ago.</source>
        <translation>
            <numerusform>Sincronizado hace %n hora.</numerusform>
            <numerusform>Sincronizado hace %n horas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="90" />
        <source>Last synced %1.</source>
        <translation>Última sincronización: %1.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="112" />
        <source>Your sessions are not published to a calendar on your phone.</source>
        <translation>Sus sesiones no se publican en ningún calendario de su teléfono.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="119" />
        <source>The last sync did not finish: %1</source>
        <translation>La última sincronización no terminó: %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="123" />
        <source>Not synced yet.</source>
        <translation>Aún no se ha sincronizado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="125" />
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n cambio pendiente de enviar.</numerusform>
            <numerusform>%n cambios pendientes de enviar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="127" />
        <source>%n event(s) changed on the calendar server wait for your choice.</source>
        <translation>
            <numerusform>%n evento modificado en el servidor de calendario espera su decisión.</numerusform>
            <numerusform>%n eventos modificados en el servidor de calendario esperan su decisión.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ChangePassphraseDialog</name>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="26" />
        <source>Change Passphrase</source>
        <translation>Cambiar frase de contraseña</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="28" />
        <source>Your recovery key stays valid. If MentorDesk remembers this workspace on this computer, it keeps opening without asking.</source>
        <translation>Su clave de recuperación sigue siendo válida. Si MentorDesk recuerda este espacio de trabajo en este equipo, seguirá abriéndose sin preguntar.</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="55" />
        <source>&amp;Change Passphrase</source>
        <translation>&amp;Cambiar frase de contraseña</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="93" />
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase de contraseña ac&amp;tual:</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="93" />
        <source>Rec&amp;overy key:</source>
        <translation>Clave de rec&amp;uperación:</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="98" />
        <source>Forgot it? Use the recovery key</source>
        <translation>¿La ha olvidado? Use la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="99" />
        <source>Use the current passphrase</source>
        <translation>Usar la frase de contraseña actual</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="151" />
        <source>The current passphrase is not correct.</source>
        <translation>La frase de contraseña actual no es correcta.</translation>
    </message>
</context>
<context>
    <name>md::Client</name>
    <message>
        <location filename="../core/domain/Client.cpp" line="34" />
        <source>Prospect</source>
        <translation>Cliente potencial</translation>
    </message>
    <message>
        <location filename="../core/domain/Client.cpp" line="36" />
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../core/domain/Client.cpp" line="38" />
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../core/domain/Client.cpp" line="40" />
        <source>Former</source>
        <translation>Antiguo</translation>
    </message>
</context>
<context>
    <name>md::ClientBalanceWidget</name>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="25" />
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="36" />
        <source>New invoice…</source>
        <translation>Nueva factura…</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="38" />
        <source>Sell package…</source>
        <translation>Vender paquete…</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="40" />
        <source>Billing details…</source>
        <translation>Datos de facturación…</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="42" />
        <source>The billing name, address and tax id printed on invoices.</source>
        <translation>El nombre de facturación, la dirección y el NIF que figuran en las facturas.</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="112" />
        <source>Nothing owed.</source>
        <translation>Nada pendiente.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="114" />
        <source>Owes %1 on %n invoice(s).</source>
        <translation>
            <numerusform>Debe %1 en %n factura.</numerusform>
            <numerusform>Debe %1 en %n facturas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="117" />
        <source>&lt;b&gt;%1 overdue.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 vencido.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="119" />
        <source>Credit of %1, used by the next invoice.</source>
        <translation>Saldo a favor de %1, que se aplicará en la próxima factura.</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="145" />
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="154" />
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="169" />
        <source>Sell package</source>
        <translation>Vender paquete</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="156" />
        <source>Start an engagement for this client first.</source>
        <translation>Inicie primero un proceso de mentoría para este cliente.</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="157" />
        <source>Add a package to the price list first (Billing › Price list).</source>
        <translation>Añada primero un paquete a la lista de precios (Facturación › Lista de precios).</translation>
    </message>
</context>
<context>
    <name>md::ClientEngagementsPanel</name>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="22" />
        <source>Engagements</source>
        <translation>Procesos de mentoría</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="27" />
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="29" />
        <source>New Engagement…</source>
        <translation>Nuevo proceso de mentoría…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="131" />
        <source>%1 — %2 (started %3)</source>
        <translation>%1 — %2 (iniciado el %3)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="141" />
        <source>No engagement yet.</source>
        <translation>Todavía no hay ningún proceso de mentoría.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="145" />
        <source>Engagements (%1)</source>
        <translation>Procesos de mentoría (%1)</translation>
    </message>
</context>
<context>
    <name>md::ClientErasureRepository</name>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="92" />
        <source>%1: the guard %2 is missing.</source>
        <translation>%1: falta la protección %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="113" />
        <source>Could not read what erasing the client involves</source>
        <translation>No se pudo leer lo que implica borrar al cliente</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="122" />
        <source>There is no client with id %1.</source>
        <translation>No existe ningún cliente con el id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="126" />
        <source>Client %1 was already erased; only the anonymous record their kept invoices need is left.</source>
        <translation>El cliente %1 ya se borró; solo queda el registro anónimo que necesitan las facturas que se conservan.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="132" />
        <source>Erased client %1</source>
        <translation>Cliente %1 borrado</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="172" />
        <source>Could not erase the client</source>
        <translation>No se pudo borrar al cliente</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="276" />
        <source>Could not remove the invoices whose retention ended</source>
        <translation>No se pudieron eliminar las facturas cuyo periodo de conservación ha terminado</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="327" />
        <location filename="../core/storage/ClientErasureRepository.cpp" line="340" />
        <source>Could not read the erasure log</source>
        <translation>No se pudo leer el registro de borrados</translation>
    </message>
</context>
<context>
    <name>md::ClientForm</name>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="56" />
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="68" />
        <source>Full &amp;name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="83" />
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="95" />
        <source>&amp;Preferred name:</source>
        <translation>Nombre &amp;preferido:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="110" />
        <source>What they like to be called</source>
        <translation>Cómo prefiere que le llamen</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="122" />
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="137" />
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="149" />
        <source>P&amp;hone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="164" />
        <source>+44 20 7946 0958</source>
        <translation>+34 912 345 678</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="176" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="189" />
        <source>&amp;Role:</source>
        <translation>P&amp;uesto:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="202" />
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="235" />
        <source>Engagement</source>
        <translation>Proceso de mentoría</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="247" />
        <source>Stat&amp;us:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="260" />
        <source>&amp;Found you through:</source>
        <translation>&amp;Cómo le conoció:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="270" />
        <source>Referral, LinkedIn, a talk…</source>
        <translation>Recomendación, LinkedIn, una charla…</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="277" />
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="287" />
        <source>Comma separated, e.g. leadership, career change</source>
        <translation>Separadas por comas, p. ej., liderazgo, cambio de carrera</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="297" />
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="309" />
        <source>&amp;Background:</source>
        <translation>Tra&amp;yectoria:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="326" />
        <source>Strengths:</source>
        <translation>Fortalezas:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="343" />
        <source>&amp;Weaknesses:</source>
        <translation>&amp;Debilidades:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="360" />
        <source>Career &amp;aspirations:</source>
        <translation>&amp;Aspiraciones profesionales:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="380" />
        <source>Keep, start, stop doing</source>
        <translation>Seguir, empezar y dejar de hacer</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="392" />
        <source>&amp;Keep doing:</source>
        <translation>&amp;Seguir haciendo:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="409" />
        <source>Start &amp;doing:</source>
        <translation>E&amp;mpezar a hacer:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="426" />
        <source>Stop do&amp;ing:</source>
        <translation>De&amp;jar de hacer:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="478" />
        <source>Archive, export or erase this client</source>
        <translation>Archivar, exportar o borrar este cliente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="481" />
        <source>&amp;More</source>
        <translation>&amp;Más</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="514" />
        <location filename="../ui/clients/ClientForm.cpp" line="284" />
        <source>Ar&amp;chive</source>
        <translation>Arc&amp;hivar</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="471" />
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="530" />
        <source>Remove this client's personal data for good; issued invoices are kept as the law requires</source>
        <translation>Eliminar definitivamente los datos personales de este cliente; las facturas emitidas se conservan según exige la ley</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="527" />
        <source>&amp;Erase…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="522" />
        <source>Export everything about this client in open formats, for example to answer their request for a copy</source>
        <translation>Exportar todo lo relativo a este cliente en formatos abiertos, por ejemplo para atender su solicitud de una copia</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="519" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="495" />
        <source>Re&amp;vert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="502" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="70" />
        <source>Same as yours</source>
        <translation>Igual que la suya</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="79" />
        <location filename="../ui/clients/ClientForm.cpp" line="298" />
        <source>Same as yours</source>
        <comment>document language</comment>
        <translation>Igual que el suyo</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="81" />
        <source>The language of this client's agreements, invoices and session summaries</source>
        <translation>El idioma de los acuerdos, las facturas y los resúmenes de sesión de este cliente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="82" />
        <source>&amp;Documents in:</source>
        <translation>&amp;Documentos en:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="98" />
        <source>Save the changes (%1)</source>
        <translation>Guardar los cambios (%1)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="284" />
        <source>Unar&amp;chive</source>
        <translation>Desarc&amp;hivar</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="286" />
        <source>Return this client to the list</source>
        <translation>Devolver este cliente a la lista</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="287" />
        <source>Hide this client from the list but keep the record</source>
        <translation>Ocultar este cliente de la lista, pero conservar su ficha</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="299" />
        <source>Same as yours (%1)</source>
        <translation>Igual que el suyo (%1)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="328" />
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="329" />
        <source>Only the full name is required. Everything else can be added later.</source>
        <translation>Solo el nombre completo es obligatorio. Todo lo demás puede añadirse más adelante.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="337" />
        <source>Added %1</source>
        <translation>Añadido el %1</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="340" />
        <source>updated %1</source>
        <translation>actualizado el %1</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="344" />
        <source>archived</source>
        <translation>archivado</translation>
    </message>
</context>
<context>
    <name>md::ClientImport</name>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="62" />
        <source>no column is imported as the name</source>
        <translation>ninguna columna se importa como nombre</translation>
    </message>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="64" />
        <source>No column is imported as the name. Choose the column that holds the full name, or the first and last names.</source>
        <translation>Ninguna columna se importa como nombre. Elija la columna que contiene el nombre completo, o las del nombre y los apellidos.</translation>
    </message>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="141" />
        <source>same email as line %1</source>
        <translation>mismo correo electrónico que la línea %1</translation>
    </message>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="142" />
        <source>same name as line %1</source>
        <translation>mismo nombre que la línea %1</translation>
    </message>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="148" />
        <source>same email as %1</source>
        <translation>mismo correo electrónico que %1</translation>
    </message>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="149" />
        <source>same name as an existing client</source>
        <translation>mismo nombre que un cliente existente</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/ClientImport.cpp" line="169" />
        <source>Nothing was imported: %n record(s) cannot be used. %1</source>
        <translation>
            <numerusform>No se ha importado nada: %n registro no se puede usar. %1</numerusform>
            <numerusform>No se ha importado nada: %n registros no se pueden usar. %1</numerusform>
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
        <translation>%1 (archivado)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="139" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="141" />
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="143" />
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="145" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="147" />
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="149" />
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>md::ClientRepository</name>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="114" />
        <location filename="../core/storage/ClientRepository.cpp" line="142" />
        <source>Could not save the client</source>
        <translation>No se pudo guardar el cliente</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="121" />
        <source>This client has not been saved yet.</source>
        <translation>Este cliente aún no se ha guardado.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="151" />
        <location filename="../core/storage/ClientRepository.cpp" line="154" />
        <location filename="../core/storage/ClientRepository.cpp" line="218" />
        <location filename="../core/storage/ClientRepository.cpp" line="221" />
        <source>Could not read the client</source>
        <translation>No se pudo leer el cliente</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="155" />
        <location filename="../core/storage/ClientRepository.cpp" line="222" />
        <location filename="../core/storage/ClientRepository.cpp" line="268" />
        <source>There is no client with id %1.</source>
        <translation>No existe ningún cliente con el id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="170" />
        <location filename="../core/storage/ClientRepository.cpp" line="177" />
        <location filename="../core/storage/ClientRepository.cpp" line="203" />
        <location filename="../core/storage/ClientRepository.cpp" line="209" />
        <source>Could not read the clients</source>
        <translation>No se pudieron leer los clientes</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="249" />
        <location filename="../core/storage/ClientRepository.cpp" line="266" />
        <source>Could not delete the client</source>
        <translation>No se pudo eliminar el cliente</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/ClientRepository.cpp" line="252" />
        <source>%n signed agreement(s)</source>
        <translation>
            <numerusform>%n acuerdo firmado</numerusform>
            <numerusform>%n acuerdos firmados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/ClientRepository.cpp" line="254" />
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n factura</numerusform>
            <numerusform>%n facturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/ClientRepository.cpp" line="256" />
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n pago</numerusform>
            <numerusform>%n pagos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="259" />
        <source>This client cannot be deleted: their %1 must be kept. Archive the client instead; nothing is lost and the list stays tidy.</source>
        <translation>Este cliente no se puede eliminar: deben conservarse sus registros (%1). Archive al cliente en su lugar; no se pierde nada y la lista sigue ordenada.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="275" />
        <source>Could not count the clients</source>
        <translation>No se pudieron contar los clientes</translation>
    </message>
</context>
<context>
    <name>md::ClientService</name>
    <message>
        <location filename="../core/clients/ClientService.cpp" line="43" />
        <source>This client was erased: only the anonymous record their kept invoices need is left, and it cannot be edited.</source>
        <translation>Este cliente se borró: solo queda el registro anónimo que necesitan las facturas que se conservan, y no se puede editar.</translation>
    </message>
    <message>
        <location filename="../core/clients/ClientService.cpp" line="88" />
        <location filename="../core/clients/ClientService.cpp" line="97" />
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
</context>
<context>
    <name>md::ClientValidator</name>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="61" />
        <source>Enter the client's full name.</source>
        <translation>Introduzca el nombre completo del cliente.</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="64" />
        <source>The full name is too long (at most 200 characters).</source>
        <translation>El nombre completo es demasiado largo (máximo 200 caracteres).</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="67" />
        <source>The preferred name is too long (at most 200 characters).</source>
        <translation>El nombre preferido es demasiado largo (máximo 200 caracteres).</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="70" />
        <source>This is not a valid email address (for example name@example.com).</source>
        <translation>No es una dirección de correo electrónico válida (por ejemplo, nombre@ejemplo.com).</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="73" />
        <source>A phone number has at least five digits and may start with +.</source>
        <translation>Un número de teléfono tiene al menos cinco dígitos y puede empezar por +.</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="76" />
        <source>Unknown time zone "%1" (use a name such as Europe/Berlin).</source>
        <translation>Zona horaria desconocida "%1" (use un nombre como Europe/Madrid).</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="81" />
        <source>MentorDesk writes no documents in "%1" (use one of %2).</source>
        <translation>MentorDesk no redacta documentos en "%1" (use uno de %2).</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="92" />
        <source>This text is too long (at most 20,000 characters).</source>
        <translation>Este texto es demasiado largo (máximo 20.000 caracteres).</translation>
    </message>
</context>
<context>
    <name>md::ClientsPage</name>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="53" />
        <source>Filter by name, email, organisation or tag</source>
        <translation>Filtrar por nombre, correo electrónico, organización o etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="55" />
        <source>Show arc&amp;hived</source>
        <translation>Mostrar arc&amp;hivados</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="57" />
        <source>&amp;New Client</source>
        <translation>&amp;Nuevo cliente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="60" />
        <source>Add a client (Ctrl+N)</source>
        <translation>Añadir un cliente (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="94" />
        <source>Add Your First Client</source>
        <translation>Añadir su primer cliente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="165" />
        <source>Clear the client filter</source>
        <translation>Borrar el filtro de clientes</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="170" />
        <source>From the client filter into the list</source>
        <translation>Del filtro de clientes a la lista</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="59" />
        <source>the new client</source>
        <translation>el nuevo cliente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="61" />
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="61" />
        <source>Save your changes to %1?</source>
        <translation>¿Desea guardar los cambios en %1?</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="145" />
        <source>Added %1.</source>
        <translation>%1 añadido.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="146" />
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="167" />
        <source>Archived %1. Tick "Show archived" to see archived clients.</source>
        <translation>%1 archivado. Marque "Mostrar archivados" para ver los clientes archivados.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="169" />
        <source>Archived %1.</source>
        <translation>%1 archivado.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="170" />
        <source>%1 is back in the client list.</source>
        <translation>%1 vuelve a estar en la lista de clientes.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="51" />
        <source>Delete Client</source>
        <translation>Eliminar cliente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="51" />
        <source>Delete %1 for good?</source>
        <translation>¿Desea eliminar a %1 definitivamente?</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="52" />
        <source>The profile and everything recorded about this client are removed from the workspace. This cannot be undone.

To keep the record but hide it from the list, archive the client instead.</source>
        <translation>El perfil y todo lo registrado sobre este cliente se eliminarán del espacio de trabajo. Esta acción no se puede deshacer.

Para conservar la ficha pero ocultarla de la lista, archive al cliente en su lugar.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="55" />
        <source>Delete for Good</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="66" />
        <source>Deleted %1.</source>
        <translation>%1 eliminado.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="80" />
        <source>Erase Client</source>
        <translation>Borrar cliente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="80" />
        <source>Erase %1 for good?</source>
        <translation>¿Desea borrar a %1 definitivamente?</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="82" />
        <source>This cannot be undone. To keep everything but hide the client, archive them instead.</source>
        <translation>Esta acción no se puede deshacer. Para conservarlo todo pero ocultar al cliente, archívelo en su lugar.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="84" />
        <source>Erase for Good</source>
        <translation>Borrar definitivamente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="95" />
        <source>Client Erased</source>
        <translation>Cliente borrado</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="100" />
        <source>Erased %1.</source>
        <translation>%1 borrado.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="119" />
        <source>Exported %1 (not encrypted) into %2.</source>
        <translation>%1 exportado (sin cifrar) en %2.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="63" />
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="64" />
        <source>Unlock the workspace to see your clients.</source>
        <translation>Desbloquee el espacio de trabajo para ver sus clientes.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="66" />
        <source>No clients yet</source>
        <translation>Aún no hay clientes</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="67" />
        <source>No clients yet — press Ctrl+N to add your first mentee.</source>
        <translation>Aún no hay clientes: pulse Ctrl+N para añadir a su primer mentorado.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="70" />
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="73" />
        <source>No client matches "%1".</source>
        <translation>Ningún cliente coincide con "%1".</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="74" />
        <source>No client matches "%1". Archived clients are hidden; tick "Show archived" to search them too.</source>
        <translation>Ningún cliente coincide con "%1". Los clientes archivados están ocultos; marque "Mostrar archivados" para buscar también entre ellos.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="78" />
        <source>All clients are archived</source>
        <translation>Todos los clientes están archivados</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="79" />
        <source>Tick "Show archived" to see them, or press Ctrl+N to add a new client.</source>
        <translation>Marque "Mostrar archivados" para verlos o pulse Ctrl+N para añadir un cliente nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="86" />
        <source>Your clients' profiles will appear here.</source>
        <translation>Aquí aparecerán los perfiles de sus clientes.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="87" />
        <source>Select a client to see their profile, or press Ctrl+N to add a new one.</source>
        <translation>Seleccione un cliente para ver su perfil o pulse Ctrl+N para añadir uno nuevo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clients/ClientsPageStates.cpp" line="93" />
        <location filename="../ui/clients/ClientsPageStates.cpp" line="96" />
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clients/ClientsPageStates.cpp" line="94" />
        <source>%n archived</source>
        <translation>
            <numerusform>%n archivado</numerusform>
            <numerusform>%n archivados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ColumnMapping</name>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="119" />
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="121" />
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="123" />
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="125" />
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="127" />
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="129" />
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="131" />
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="133" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="135" />
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="137" />
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="139" />
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="141" />
        <source>Found you via</source>
        <translation>Cómo le conoció</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="143" />
        <source>Background</source>
        <translation>Trayectoria</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="145" />
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>md::ColumnMappingModel</name>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="143" />
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="145" />
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="147" />
        <source>Imported as</source>
        <translation>Se importa como</translation>
    </message>
</context>
<context>
    <name>md::ConflictChecker</name>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="28" />
        <source>another session</source>
        <translation>otra sesión</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="29" />
        <source>the session with %1</source>
        <translation>la sesión con %1</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="44" />
        <source>%1 is one of your days off.</source>
        <translation>%1 es uno de sus días libres.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="54" />
        <source>You do not work on %1s.</source>
        <translation>%1 no es uno de sus días laborables.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="69" />
        <source>Outside your working hours (%1–%2).</source>
        <translation>Fuera de su horario de trabajo (%1–%2).</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="97" />
        <source>Overlaps with %1 (%2).</source>
        <translation>Se solapa con %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="105" />
        <source>Less than %1 minutes from %2 (%3).</source>
        <translation>A menos de %1 minutos de %2 (%3).</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="115" />
        <source>busy</source>
        <translation>ocupado</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="117" />
        <source>Overlaps with “%1” from your other calendar (%2).</source>
        <translation>Se solapa con «%1» de su otro calendario (%2).</translation>
    </message>
</context>
<context>
    <name>md::ConsentText</name>
    <message>
        <location filename="../core/agreements/ConsentText.cpp" line="12" />
        <source>I have read this agreement in full and agree to its terms. I intend the signature I draw here, together with my typed name, to be my signature on this agreement, with the same effect as signing it by hand.</source>
        <translation>He leído este acuerdo en su totalidad y acepto sus términos. Es mi voluntad que la firma que trazo aquí, junto con mi nombre escrito, constituya mi firma de este acuerdo, con el mismo efecto que una firma manuscrita.</translation>
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
        <translation>el campo ocupa más de 1 MB</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="62" />
        <source>a quoted field is never closed</source>
        <translation>un campo entre comillas no se cierra nunca</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="68" />
        <source>text after the closing quote</source>
        <translation>texto después de las comillas de cierre</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="78" />
        <source>a quote inside a field that does not start with one</source>
        <translation>comillas dentro de un campo que no empieza con ellas</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="95" />
        <source>more than %1 fields</source>
        <translation>más de %1 campos</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="136" />
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="137" />
        <source>Line %1, %2: %3</source>
        <translation>Línea %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="150" />
        <source>%1 is not UTF-8 text (line %2). Save it as UTF-8 (in a spreadsheet: "CSV UTF-8") and import it again.</source>
        <translation>%1 no es texto UTF-8 (línea %2). Guárdelo como UTF-8 (en una hoja de cálculo: "CSV UTF-8") e impórtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="163" />
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>El archivo ocupa más de %1 MB; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="165" />
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="206" />
        <source>more than %1 records; split the file</source>
        <translation>más de %1 registros; divida el archivo</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="223" />
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="246" />
        <source>%1 fields, but the header has %2</source>
        <translation>%1 campos, pero la cabecera tiene %2</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="260" />
        <source>The file is not valid CSV: %1</source>
        <translation>El archivo no es un CSV válido: %1</translation>
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
        <translation>Proceso de mentoría</translation>
    </message>
</context>
<context>
    <name>md::DashboardPage</name>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="25" />
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="25" />
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="37" />
        <source>Engagements per stage</source>
        <translation>Procesos de mentoría por etapa</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="56" />
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="56" />
        <source>Overdue by</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="57" />
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="57" />
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="58" />
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="58" />
        <source>Idle for</source>
        <translation>Inactividad</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="61" />
        <source>Overdue actions</source>
        <translation>Acciones vencidas</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="62" />
        <source>Goals due soon</source>
        <translation>Objetivos que vencen pronto</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="63" />
        <source>Stale engagements</source>
        <translation>Procesos de mentoría estancados</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="119" />
        <source>Double-click to open the engagement</source>
        <translation>Doble clic para abrir el proceso de mentoría</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="202" />
        <source>1 open engagement</source>
        <translation>1 proceso de mentoría abierto</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="202" />
        <source>%1 open engagements</source>
        <translation>%1 procesos de mentoría abiertos</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="205" />
        <source>1 overdue action</source>
        <translation>1 acción vencida</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="206" />
        <source>%1 overdue actions</source>
        <translation>%1 acciones vencidas</translation>
    </message>
</context>
<context>
    <name>md::Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="38" />
        <source>The key does not open this workspace (or %1 is not a MentorDesk database). Nothing was changed.</source>
        <translation>La clave no abre este espacio de trabajo (o %1 no es una base de datos de MentorDesk). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="46" />
        <source>The disk is full: the workspace %1 cannot be opened until some space is free. Nothing was changed.</source>
        <translation>El disco está lleno: el espacio de trabajo %1 no se puede abrir hasta que haya espacio libre. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="56" />
        <source>Could not open the workspace database: %1</source>
        <translation>No se pudo abrir la base de datos del espacio de trabajo: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="79" />
        <source>Could not read the workspace's data format.</source>
        <translation>No se pudo leer el formato de datos del espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="142" />
        <source>Could not start saving: %1</source>
        <translation>No se pudo empezar a guardar: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="163" />
        <location filename="../core/storage/Database.cpp" line="170" />
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="215" />
        <source>Could not re-encrypt the workspace: %1</source>
        <translation>No se pudo volver a cifrar el espacio de trabajo: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="223" />
        <source>Could not write pending changes to the database file</source>
        <translation>No se pudieron escribir los cambios pendientes en el archivo de la base de datos</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="247" />
        <source>Could not set the page cache</source>
        <translation>No se pudo configurar la caché de páginas</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="255" />
        <location filename="../core/storage/Database.cpp" line="264" />
        <source>Could not check the database</source>
        <translation>No se pudo comprobar la base de datos</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="266" />
        <source>The check stopped before the end: %1</source>
        <translation>La comprobación se detuvo antes de terminar: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="273" />
        <source>Row %1 of table %2 points to a missing row in %3.</source>
        <translation>La fila %1 de la tabla %2 apunta a una fila inexistente de %3.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="278" />
        <source>Could not check the links between records</source>
        <translation>No se pudieron comprobar los vínculos entre registros</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="279" />
        <source>The links between records could not be checked: %1</source>
        <translation>No se pudieron comprobar los vínculos entre registros: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="287" />
        <source>The workspace database %1 is damaged (%2). Nothing was changed. Check it with “mentordesk-cli verify”; if it cannot be read, restore your last backup (File › Restore from Backup, or “mentordesk-cli backup restore”).</source>
        <translation>La base de datos del espacio de trabajo %1 está dañada (%2). No se ha cambiado nada. Compruébela con «mentordesk-cli verify»; si no se puede leer, restaure su última copia de seguridad (Archivo › Restaurar desde copia de seguridad, o «mentordesk-cli backup restore»).</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="305" />
        <source>%1: the workspace database is damaged (%2). Check it with “mentordesk-cli verify”; if it cannot be repaired, restore your last backup (File › Restore from Backup, or “mentordesk-cli backup restore”).</source>
        <translation>%1: la base de datos del espacio de trabajo está dañada (%2). Compruébela con «mentordesk-cli verify»; si no se puede reparar, restaure su última copia de seguridad (Archivo › Restaurar desde copia de seguridad, o «mentordesk-cli backup restore»).</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="313" />
        <source>%1: the disk is full (%2). Nothing was saved.</source>
        <translation>%1: el disco está lleno (%2). No se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="317" />
        <source>%1: the disk could not be read or written (%2).</source>
        <translation>%1: no se pudo leer ni escribir en el disco (%2).</translation>
    </message>
</context>
<context>
    <name>md::DavTransport</name>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="39" />
        <source>The server address is not valid; give it as https://calendar.example.com/.</source>
        <translation>La dirección del servidor no es válida; indíquela como https://calendar.example.com/.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="48" />
        <source>MentorDesk connects to calendar servers only over a secure connection, so that your password is never sent in clear text. Use the server's https:// address.</source>
        <translation>MentorDesk solo se conecta a servidores de calendario mediante una conexión segura, para que su contraseña nunca se envíe en texto sin cifrar. Use la dirección https:// del servidor.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="51" />
        <source>The server address must start with https://.</source>
        <translation>La dirección del servidor debe empezar por https://.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="102" />
        <source>The calendar sync was stopped before %1 answered. Changes wait in the workspace and go out on the next sync.</source>
        <translation>La sincronización del calendario se detuvo antes de que %1 respondiera. Los cambios esperan en el espacio de trabajo y se envían en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="115" />
        <source>The calendar server %1 did not accept the user name or password.</source>
        <translation>El servidor de calendario %1 no aceptó el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="121" />
        <source>The secure connection to %1 failed: its certificate is not valid or not trusted (%2). Check the address; if it is right, the server's administrator must renew or fix the certificate.</source>
        <translation>La conexión segura con %1 ha fallado: su certificado no es válido o no es de confianza (%2). Compruebe la dirección; si es correcta, el administrador del servidor debe renovar o corregir el certificado.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="128" />
        <source>The calendar server %1 cannot be reached (%2). Changes wait in the workspace and go out on the next sync.</source>
        <translation>No se puede conectar con el servidor de calendario %1 (%2). Los cambios esperan en el espacio de trabajo y se envían en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>md::DemoGenerator</name>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="33" />
        <source>The numbers of clients, sessions and invoices cannot be negative.</source>
        <translation>El número de clientes, sesiones y facturas no puede ser negativo.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="37" />
        <source>At most %1 clients, sessions or invoices can be generated.</source>
        <translation>Se pueden generar como máximo %1 clientes, sesiones o facturas.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="42" />
        <source>Sessions and invoices need at least one client.</source>
        <translation>Las sesiones y las facturas necesitan al menos un cliente.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="48" />
        <source>This workspace already holds clients; demo data is only generated into an empty workspace.</source>
        <translation>Este espacio de trabajo ya contiene clientes; los datos de demostración solo se generan en un espacio de trabajo vacío.</translation>
    </message>
</context>
<context>
    <name>md::DocumentLayout</name>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="75" />
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="135" />
        <source>PDF documents can only be made by a program with a graphical environment (start it with QT_QPA_PLATFORM=offscreen on a server).</source>
        <translation>Los documentos PDF solo pueden generarse desde un programa con entorno gráfico (en un servidor, inícielo con QT_QPA_PLATFORM=offscreen).</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="141" />
        <source>The page is too small for this document.</source>
        <translation>La página es demasiado pequeña para este documento.</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="164" />
        <source>Could not start drawing the document.</source>
        <translation>No se pudo empezar a dibujar el documento.</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="173" />
        <source>Could not start a new page.</source>
        <translation>No se pudo empezar una página nueva.</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="194" />
        <source>Could not finish drawing the document.</source>
        <translation>No se pudo terminar de dibujar el documento.</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="203" />
        <source>Could not prepare the PDF in memory.</source>
        <translation>No se pudo preparar el PDF en memoria.</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="213" />
        <source>The PDF could not be produced.</source>
        <translation>No se pudo generar el PDF.</translation>
    </message>
</context>
<context>
    <name>md::DraftEditorDialog</name>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.cpp" line="21" />
        <source>Edit draft %1</source>
        <translation>Editar el borrador %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.cpp" line="50" />
        <source>%1 was signed elsewhere and can no longer be edited. To change its terms, amend it.</source>
        <translation>%1 se firmó en otro lugar y ya no se puede editar. Para cambiar sus términos, modifíquelo.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.cpp" line="53" />
        <source>%1 was deleted elsewhere.</source>
        <translation>%1 se eliminó en otro lugar.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="44" />
        <source>Ends on</source>
        <translation>Finaliza el</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="70" />
        <source>The text contains confidentiality terms</source>
        <translation>El texto contiene cláusulas de confidencialidad</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="67" />
        <source>An engagement leaves its first stage only with a signed agreement that has them.</source>
        <translation>Un proceso de mentoría solo sale de su primera etapa con un acuerdo firmado que las incluya.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="22" />
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="35" />
        <source>End date:</source>
        <translation>Fecha de finalización:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="89" />
        <source>The mentor's letterhead, the signature lines and the footer with the agreement number are added when it is printed.</source>
        <translation>El membrete del mentor, las líneas de firma y el pie con el número del acuerdo se añaden al imprimirlo.</translation>
    </message>
</context>
<context>
    <name>md::EndingAgreementsWidget</name>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="26" />
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="26" />
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="26" />
        <source>Ends on</source>
        <translation>Finaliza el</translation>
    </message>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="26" />
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="84" />
        <source>Agreements ending soon</source>
        <translation>Acuerdos que finalizan pronto</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="85" />
        <source>Signed agreements that end within %n day(s)</source>
        <translation>
            <numerusform>Acuerdos firmados que finalizan en los próximos %n día</numerusform>
            <numerusform>Acuerdos firmados que finalizan en los próximos %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="103" />
        <source>No agreement ends within %n day(s).</source>
        <translation>
            <numerusform>Ningún acuerdo finaliza en el próximo %n día.</numerusform>
            <numerusform>Ningún acuerdo finaliza en los próximos %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="120" />
        <source>today</source>
        <translation>hoy</translation>
    </message>
</context>
<context>
    <name>md::EngagementBoardModel</name>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="166" />
        <source>1 overdue action</source>
        <translation>1 acción vencida</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="167" />
        <source>%1 overdue actions</source>
        <translation>%1 acciones vencidas</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="169" />
        <source>1 goal due soon</source>
        <translation>1 objetivo vence pronto</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="170" />
        <source>%1 goals due soon</source>
        <translation>%1 objetivos vencen pronto</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="173" />
        <source>No activity for a day</source>
        <translation>Sin actividad desde hace un día</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="174" />
        <source>No activity for %1 days</source>
        <translation>Sin actividad desde hace %1 días</translation>
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
        <translation>1 día en esta etapa</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementCardDelegate.cpp" line="102" />
        <source>%1 days in this stage</source>
        <translation>%1 días en esta etapa</translation>
    </message>
</context>
<context>
    <name>md::EngagementPackagesWidget</name>
    <message>
        <location filename="../ui/billing/EngagementPackagesWidget.cpp" line="18" />
        <source>Packages</source>
        <translation>Paquetes</translation>
    </message>
</context>
<context>
    <name>md::EngagementPage</name>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="36" />
        <source>← Board</source>
        <translation>← Tablero</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="47" />
        <source>Move &amp;Back</source>
        <translation>&amp;Retroceder</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="49" />
        <location filename="../ui/pipeline/EngagementPage.cpp" line="243" />
        <source>&amp;Advance →</source>
        <translation>&amp;Avanzar →</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="51" />
        <source>&amp;End</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="55" />
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="56" />
        <source>Maintenance (periodic check-ins)</source>
        <translation>Mantenimiento (seguimiento periódico)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="57" />
        <source>Close Early…</source>
        <translation>Cerrar anticipadamente…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="68" />
        <source>New &amp;Needs…</source>
        <translation>Nuevas &amp;necesidades…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="70" />
        <source>Start a new engagement for the same client, linked to this one</source>
        <translation>Iniciar un nuevo proceso de mentoría para el mismo cliente, vinculado a este</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="115" />
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="118" />
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="199" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="203" />
        <source>%1 since yesterday</source>
        <translation>%1 desde ayer</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="204" />
        <source>%1 since today</source>
        <translation>%1 desde hoy</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="205" />
        <source>%1 for %2 days</source>
        <translation>%1 desde hace %2 días</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="207" />
        <source> · follows engagement #%1</source>
        <translation> · continúa el proceso de mentoría n.º %1</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="215" />
        <source>&lt;b&gt;To end the engagement:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Para finalizar el proceso de mentoría:&lt;/b&gt; </translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="216" />
        <source>&lt;b&gt;To leave "%1":&lt;/b&gt; </source>
        <translation>&lt;b&gt;Para salir de "%1":&lt;/b&gt; </translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="222" />
        <source>✔ everything is done.</source>
        <translation>✔ todo está hecho.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="231" />
        <source>This engagement has ended (%1).</source>
        <translation>Este proceso de mentoría ha finalizado (%1).</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="242" />
        <source>&amp;Complete ✔</source>
        <translation>&amp;Completar ✔</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="270" />
        <source>Now in "%1".</source>
        <translation>Ahora en "%1".</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="283" />
        <source>New Needs</source>
        <translation>Nuevas necesidades</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="286" />
        <source>Started "%1".</source>
        <translation>Se ha iniciado "%1".</translation>
    </message>
</context>
<context>
    <name>md::EngagementRepository</name>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="87" />
        <source>Could not record the change of stage</source>
        <translation>No se pudo registrar el cambio de etapa</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="131" />
        <location filename="../core/storage/EngagementRepository.cpp" line="180" />
        <source>Could not save the engagement</source>
        <translation>No se pudo guardar el proceso de mentoría</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="213" />
        <location filename="../core/storage/EngagementRepository.cpp" line="216" />
        <location filename="../core/storage/EngagementRepository.cpp" line="227" />
        <location filename="../core/storage/EngagementRepository.cpp" line="230" />
        <source>Could not read the engagement</source>
        <translation>No se pudo leer el proceso de mentoría</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="182" />
        <location filename="../core/storage/EngagementRepository.cpp" line="217" />
        <location filename="../core/storage/EngagementRepository.cpp" line="231" />
        <source>There is no engagement with id %1.</source>
        <translation>No existe ningún proceso de mentoría con el id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="243" />
        <location filename="../core/storage/EngagementRepository.cpp" line="248" />
        <location filename="../core/storage/EngagementRepository.cpp" line="260" />
        <location filename="../core/storage/EngagementRepository.cpp" line="265" />
        <source>Could not read the engagements</source>
        <translation>No se pudieron leer los procesos de mentoría</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="277" />
        <source>Could not delete the engagement</source>
        <translation>No se pudo eliminar el proceso de mentoría</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="289" />
        <location filename="../core/storage/EngagementRepository.cpp" line="294" />
        <source>Could not read the timeline</source>
        <translation>No se pudo leer la cronología</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="302" />
        <source>A change of stage needs its starting point.</source>
        <translation>Un cambio de etapa necesita su punto de partida.</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="304" />
        <source>An override needs a written reason.</source>
        <translation>Para forzar el paso hace falta un motivo por escrito.</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="311" />
        <source>The engagement is in "%1" now, not in "%2"; reload and try again.</source>
        <translation>El proceso de mentoría está ahora en "%1", no en "%2"; vuelva a cargarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="341" />
        <source>Could not change the stage</source>
        <translation>No se pudo cambiar la etapa</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="344" />
        <source>The engagement was changed elsewhere; reload and try again.</source>
        <translation>El proceso de mentoría se modificó en otro lugar; vuelva a cargarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepositorySql.h" line="72" />
        <source>Could not record the activity</source>
        <translation>No se pudo registrar la actividad</translation>
    </message>
</context>
<context>
    <name>md::EngagementService</name>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="195" />
        <location filename="../core/pipeline/EngagementService.cpp" line="255" />
        <source>An engagement cannot move from "%1" to "%2".</source>
        <translation>Un proceso de mentoría no puede pasar de "%1" a "%2".</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="214" />
        <location filename="../core/pipeline/EngagementService.cpp" line="228" />
        <source>The engagement has ended (%1); it cannot advance.</source>
        <translation>El proceso de mentoría ha finalizado (%1); no puede avanzar.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="242" />
        <source>An override needs a written reason; it is kept in the timeline.</source>
        <translation>Para forzar el paso hace falta un motivo por escrito; se conserva en la cronología.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="258" />
        <source>Say why the engagement closes early.</source>
        <translation>Indique por qué se cierra anticipadamente el proceso de mentoría.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="271" />
        <source>"%1" is not finished: %2</source>
        <translation>"%1" no está terminado: %2</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="305" />
        <source>Choose how the engagement ends: completed, maintenance or closed early.</source>
        <translation>Elija cómo finaliza el proceso de mentoría: completado, mantenimiento o cerrado anticipadamente.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="329" />
        <source>A follow-up starts once the engagement has reached its evaluation; "%1" is still in "%2".</source>
        <translation>Un proceso de continuación empieza cuando el proceso de mentoría ha llegado a su evaluación; "%1" sigue en "%2".</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="335" />
        <source>%1 (follow-up)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="344" />
        <source>New needs after "%1".</source>
        <translation>Nuevas necesidades tras "%1".</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementServiceBoard.cpp" line="45" />
        <location filename="../core/pipeline/EngagementServiceBoard.cpp" line="50" />
        <source>There is no engagement with id %1.</source>
        <translation>No existe ningún proceso de mentoría con el id %1.</translation>
    </message>
</context>
<context>
    <name>md::ErasurePlan</name>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="9" />
        <source>%1 was erased for good: the profile, %n engagement(s) with their needs, goals, actions and evaluations,</source>
        <translation>
            <numerusform>%1 se ha borrado definitivamente: el perfil, %n proceso de mentoría con sus necesidades, objetivos, acciones y evaluaciones,</numerusform>
            <numerusform>%1 se ha borrado definitivamente: el perfil, %n procesos de mentoría con sus necesidades, objetivos, acciones y evaluaciones,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="14" />
        <source>Erasing %1 removes for good: the profile, %n engagement(s) with their needs, goals, actions and evaluations,</source>
        <translation>
            <numerusform>Borrar a %1 elimina definitivamente: el perfil, %n proceso de mentoría con sus necesidades, objetivos, acciones y evaluaciones,</numerusform>
            <numerusform>Borrar a %1 elimina definitivamente: el perfil, %n procesos de mentoría con sus necesidades, objetivos, acciones y evaluaciones,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="20" />
        <source>%n session(s) with their notes, %1, and %2.</source>
        <translation>
            <numerusform>%n sesión con sus notas, %1 y %2.</numerusform>
            <numerusform>%n sesiones con sus notas, %1 y %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="23" />
        <source>%n agreement(s) with their signatures and scans</source>
        <translation>
            <numerusform>%n acuerdo con sus firmas y escaneos</numerusform>
            <numerusform>%n acuerdos con sus firmas y escaneos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="27" />
        <source>%n draft invoice(s)</source>
        <translation>
            <numerusform>%n borrador de factura</numerusform>
            <numerusform>%n borradores de factura</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="30" />
        <source>The law requires keeping %n issued invoice(s) and credit note(s), with %1, unchanged until %2. They are shown as "%3" from now on.</source>
        <translation>
            <numerusform>La ley obliga a conservar sin cambios %n factura emitida o factura rectificativa, con %1, hasta el %2. A partir de ahora se muestra como "%3".</numerusform>
            <numerusform>La ley obliga a conservar sin cambios %n facturas emitidas y facturas rectificativas, con %1, hasta el %2. A partir de ahora se muestran como "%3".</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="35" />
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n pago</numerusform>
            <numerusform>%n pagos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/clients/ClientErasure.cpp" line="39" />
        <source>No invoice has to be kept: nothing of them is left but the anonymous record "%1".</source>
        <translation>No hay que conservar ninguna factura: de ellas solo queda el registro anónimo "%1".</translation>
    </message>
    <message>
        <location filename="../core/clients/ClientErasure.cpp" line="44" />
        <source>Backups made before the erasure still hold the data until they are replaced.</source>
        <translation>Las copias de seguridad realizadas antes del borrado siguen conteniendo los datos hasta que se sustituyan.</translation>
    </message>
</context>
<context>
    <name>md::EvaluationRepository</name>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="51" />
        <source>There is no goal with id %1.</source>
        <translation>No existe ningún objetivo con el id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="89" />
        <source>Could not save the evaluation</source>
        <translation>No se pudo guardar la evaluación</translation>
    </message>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="122" />
        <location filename="../core/storage/EvaluationRepository.cpp" line="127" />
        <source>Could not read the evaluations</source>
        <translation>No se pudieron leer las evaluaciones</translation>
    </message>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="138" />
        <source>Could not delete the evaluation</source>
        <translation>No se pudo eliminar la evaluación</translation>
    </message>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="140" />
        <source>Goal %1 has no evaluation.</source>
        <translation>El objetivo %1 no tiene evaluación.</translation>
    </message>
</context>
<context>
    <name>md::EvaluationTab</name>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="45" />
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="158" />
        <source>Select a goal to evaluate.</source>
        <translation>Seleccione un objetivo para evaluarlo.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="59" />
        <source>Your assessment of the mentee's performance</source>
        <translation>Su valoración del desempeño del mentorado</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="62" />
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="65" />
        <source>What the mentee said</source>
        <translation>Lo que dijo el mentorado</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="66" />
        <source>Suggested adjustments</source>
        <translation>Ajustes propuestos</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="72" />
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="73" />
        <source>Final value:</source>
        <translation>Valor final:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="74" />
        <source>&amp;Assessment:</source>
        <translation>&amp;Valoración:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="75" />
        <source>Mentee's &amp;rating:</source>
        <translation>Puntuación del &amp;mentorado:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="76" />
        <source>Mentee's &amp;comments:</source>
        <translation>&amp;Comentarios del mentorado:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="77" />
        <source>A&amp;djustments:</source>
        <translation>A&amp;justes:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="80" />
        <source>&amp;Save Evaluation</source>
        <translation>&amp;Guardar evaluación</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="166" />
        <source>baseline %1, target %2 %3</source>
        <translation>valor inicial %1, meta %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="192" />
        <source>The final value is not a number.</source>
        <translation>El valor final no es un número.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="209" />
        <source>Saved the evaluation.</source>
        <translation>Evaluación guardada.</translation>
    </message>
</context>
<context>
    <name>md::ExportFlow</name>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="34" />
        <source>Export Workspace</source>
        <translation>Exportar espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="35" />
        <location filename="../ui/export/ExportFlow.cpp" line="69" />
        <source>MentorDesk export %1</source>
        <translation>Exportación de MentorDesk %1</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="40" />
        <location filename="../ui/export/ExportFlow.cpp" line="67" />
        <source>Export Client</source>
        <translation>Exportar cliente</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="41" />
        <source>Export everything about %1?</source>
        <translation>¿Desea exportar todo lo relativo a %1?</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="45" />
        <source>The profile, engagements, sessions with their notes, agreements with their PDFs, invoices and payments of this client, and nothing about anyone else, in open formats (JSON, CSV, PDF). Use it to answer the client's request for a copy of their data.

The export is not encrypted.</source>
        <translation>El perfil, los procesos de mentoría, las sesiones con sus notas, los acuerdos con sus PDF, las facturas y los pagos de este cliente, y nada sobre otras personas, en formatos abiertos (JSON, CSV, PDF). Úselo para atender la solicitud del cliente de una copia de sus datos.

La exportación no está cifrada.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="49" />
        <source>Include my &amp;private session notes</source>
        <translation>Incluir mis notas &amp;privadas de las sesiones</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="53" />
        <source>Choose &amp;Folder…</source>
        <translation>Elegir &amp;carpeta…</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="68" />
        <source>%1 – MentorDesk export %2</source>
        <translation>%1 – Exportación de MentorDesk %2</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="77" />
        <source>Export into…</source>
        <translation>Exportar en…</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="86" />
        <source>The workspace was locked.</source>
        <translation>El espacio de trabajo se ha bloqueado.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="92" />
        <source>The export could not be written.</source>
        <translation>No se pudo escribir la exportación.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="96" />
        <source>Nothing was left half-written; your workspace is unchanged.</source>
        <translation>No ha quedado nada escrito a medias; su espacio de trabajo no ha cambiado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportFlow.cpp" line="104" />
        <source>Exported %n record(s) into %1.</source>
        <translation>
            <numerusform>Se ha exportado %n registro en %1.</numerusform>
            <numerusform>Se han exportado %n registros en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="109" />
        <source>Signed agreements: %1. Invoice PDFs: %2. README.txt describes every file.</source>
        <translation>Acuerdos firmados: %1. PDF de facturas: %2. README.txt describe cada archivo.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="113" />
        <source>The export is NOT encrypted. Keep it safe, and delete it once it has served its purpose.</source>
        <translation>La exportación NO está cifrada. Guárdela en un lugar seguro y elimínela cuando haya cumplido su finalidad.</translation>
    </message>
</context>
<context>
    <name>md::ExportManifest</name>
    <message>
        <location filename="../core/export/ExportManifest.cpp" line="38" />
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 no es un JSON válido (%2).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportManifest.cpp" line="42" />
        <source>%1 does not describe a MentorDesk export.</source>
        <translation>%1 no describe una exportación de MentorDesk.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportManifest.cpp" line="45" />
        <source>This export was written in a format this version of MentorDesk does not read (export format %1). Update MentorDesk.</source>
        <translation>Esta exportación se escribió en un formato que esta versión de MentorDesk no puede leer (formato de exportación %1). Actualice MentorDesk.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportManifest.cpp" line="58" />
        <source>%1 lacks the data format or the workspace it came from.</source>
        <translation>A %1 le falta el formato de datos o el espacio de trabajo de procedencia.</translation>
    </message>
</context>
<context>
    <name>md::ExportReadme</name>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="10" />
        <source>Mentee profiles: contact, background, strengths and weaknesses, aspirations, what to keep, start and stop doing. Tags are separated by line breaks.</source>
        <translation>Perfiles de los mentorados: contacto, trayectoria, fortalezas y debilidades, aspiraciones, qué seguir, empezar y dejar de hacer. Las etiquetas están separadas por saltos de línea.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="15" />
        <source>Settings of the practice as key and value: the mentor profile (profile.*), practice rules (practice.*), billing (billing.*). The agreement signing key is never exported.</source>
        <translation>Configuración de la actividad como clave y valor: el perfil del mentor (profile.*), las normas de la actividad (practice.*) y la facturación (billing.*). La clave de firma de acuerdos nunca se exporta.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="20" />
        <source>Engagements of the five-stage pipeline, one per need of a client: stage, status, cadence, planned sessions and outcome.</source>
        <translation>Procesos de mentoría del flujo de cinco etapas, uno por cada necesidad de un cliente: etapa, estado, frecuencia, sesiones previstas y resultado.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="24" />
        <source>The timeline of every engagement: each move between stages, when, why, and whether a gate was overridden.</source>
        <translation>La cronología de cada proceso de mentoría: cada paso entre etapas, cuándo, por qué y si se forzó algún requisito.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="28" />
        <source>Needs identified in stage 2, with category and priority.</source>
        <translation>Necesidades identificadas en la etapa 2, con categoría y prioridad.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="31" />
        <source>SMART goals of stage 3: specific, the metric with its baseline and target, attainable, due date.</source>
        <translation>Objetivos SMART de la etapa 3: específico, el indicador con su valor inicial y su meta, alcanzable, fecha límite.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="34" />
        <source>Which need each goal answers (goal_id, need_id).</source>
        <translation>A qué necesidad responde cada objetivo (goal_id, need_id).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="36" />
        <source>Progress measured on a goal: date, value, comment.</source>
        <translation>Progreso medido en un objetivo: fecha, valor, comentario.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="39" />
        <source>The action plan of stage 4: each action of a goal, its due date, status and the people involved.</source>
        <translation>El plan de acción de la etapa 4: cada acción de un objetivo, su fecha de vencimiento, su estado y las personas implicadas.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="42" />
        <source>Evaluations of stage 5: the outcome of a goal, the mentor's assessment, the mentee's rating and comments, adjustments.</source>
        <translation>Evaluaciones de la etapa 5: el resultado de un objetivo, la valoración del mentor, la puntuación y los comentarios del mentorado, los ajustes.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="46" />
        <source>Every version of the agreement templates (HTML with placeholders).</source>
        <translation>Todas las versiones de las plantillas de acuerdo (HTML con marcadores).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="49" />
        <source>Agreements: their text (HTML), state (draft or signed), how and when they were signed. The signed PDFs are in agreements/.</source>
        <translation>Acuerdos: su texto (HTML), su estado (borrador o firmado), cómo y cuándo se firmaron. Los PDF firmados están en agreements/.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="53" />
        <source>On-screen signatures: who signed, the typed name, the drawn signature (PNG, base64) and the consent.</source>
        <translation>Firmas en pantalla: quién firmó, el nombre escrito, la firma dibujada (PNG, base64) y el consentimiento.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="57" />
        <source>Scans of agreements signed on paper (the files are also in agreements/).</source>
        <translation>Escaneos de los acuerdos firmados en papel (los archivos también están en agreements/).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="61" />
        <source>What makes a signed agreement provably unchanged: the frozen PDF, its manifest, the Ed25519 signature and the public key that checks it.</source>
        <translation>Lo que permite demostrar que un acuerdo firmado no ha cambiado: el PDF bloqueado, su manifiesto, la firma Ed25519 y la clave pública que la comprueba.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="65" />
        <source>The hash-chained log of everything done to agreements.</source>
        <translation>El registro encadenado mediante hash de todo lo realizado con los acuerdos.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="68" />
        <source>The public keys of the workspaces this one was imported from: the agreements they sealed keep verifying.</source>
        <translation>Las claves públicas de los espacios de trabajo desde los que se importó este: los acuerdos que sellaron siguen pudiendo verificarse.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="72" />
        <source>Recurring sessions (weekly, fortnightly, monthly): the rule, the first start in its time zone, skipped dates.</source>
        <translation>Sesiones periódicas (semanales, quincenales, mensuales): la regla, el primer inicio en su zona horaria y las fechas omitidas.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="76" />
        <source>Every session: start (local time and zone, and UTC), duration, format, status, agenda, notes, agreed actions and next steps.</source>
        <translation>Todas las sesiones: inicio (hora y zona locales, y UTC), duración, modalidad, estado, temas, notas, acciones acordadas y próximos pasos.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="80" />
        <source>The mentor's working hours by weekday.</source>
        <translation>El horario de trabajo del mentor por día de la semana.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="82" />
        <source>The mentor's days off.</source>
        <translation>Los días libres del mentor.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="84" />
        <source>Scheduling settings as key and value (buffer between sessions, calendar export).</source>
        <translation>Configuración de la agenda como clave y valor (margen entre sesiones, exportación del calendario).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="88" />
        <source>Busy times imported from other calendars.</source>
        <translation>Periodos ocupados importados de otros calendarios.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="90" />
        <source>Who an invoice is addressed to, when it is not the mentee (billing name, address, tax number).</source>
        <translation>A quién va dirigida una factura cuando no es el mentorado (nombre de facturación, dirección, número fiscal).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="93" />
        <source>The price list: single sessions, packages and retainers; prices in minor units (cents) with their currency.</source>
        <translation>La lista de precios: sesiones individuales, paquetes y cuotas mensuales; precios en unidades menores (céntimos) con su moneda.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="97" />
        <source>Packages sold to an engagement: sessions included, price, validity.</source>
        <translation>Paquetes vendidos a un proceso de mentoría: sesiones incluidas, precio, validez.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="100" />
        <source>Which session used a credit of which package.</source>
        <translation>Qué sesión consumió un crédito de qué paquete.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="102" />
        <source>Invoices and credit notes with their frozen details (bill_to and seller as JSON text) and totals in minor units. The PDFs of issued ones are in invoices/.</source>
        <translation>Facturas y facturas rectificativas con sus datos bloqueados (bill_to y seller como texto JSON) y totales en unidades menores. Los PDF de las emitidas están en invoices/.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="107" />
        <source>The lines of each invoice: quantity in thousandths, unit price and amounts in minor units, tax rate in basis points (1900 = 19 %).</source>
        <translation>Las líneas de cada factura: cantidad en milésimas, precio unitario e importes en unidades menores, tipo impositivo en puntos básicos (1900 = 19 %).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="111" />
        <source>The last invoice number used in each year.</source>
        <translation>El último número de factura usado en cada año.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="113" />
        <source>Payments received, in minor units.</source>
        <translation>Pagos recibidos, en unidades menores.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="115" />
        <source>Which invoice each payment paid, and how much of it.</source>
        <translation>Qué factura pagó cada pago y por qué importe.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="125" />
        <source>MentorDesk export of one client's records</source>
        <translation>Exportación de MentorDesk de los registros de un cliente</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="126" />
        <source>MentorDesk export of a whole workspace</source>
        <translation>Exportación de MentorDesk de un espacio de trabajo completo</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="127" />
        <source>Made on %1 (UTC).</source>
        <translation>Realizada el %1 (UTC).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="129" />
        <source>THIS FOLDER IS NOT ENCRYPTED. It holds confidential information about people. Keep it on an encrypted disk, send it only over a secure channel, and delete it when it is no longer needed.</source>
        <translation>ESTA CARPETA NO ESTÁ CIFRADA. Contiene información confidencial sobre personas. Guárdela en un disco cifrado, envíela solo por un canal seguro y elimínela cuando ya no sea necesaria.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="133" />
        <source>The mentor's private session notes are left out.</source>
        <translation>Las notas privadas de las sesiones del mentor no se incluyen.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="135" />
        <source>export.json says what made this export: the data format (schema_version), the workspace it came from and, for one client's export, the client.</source>
        <translation>export.json indica qué generó esta exportación: el formato de datos (schema_version), el espacio de trabajo de procedencia y, en la exportación de un cliente, el cliente.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="138" />
        <source>Folders:</source>
        <translation>Carpetas:</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="139" />
        <source>  json/        one file per kind of record: a JSON array of objects, one per row, with the field names below. Binary values are objects {"base64": "..."}. Times ending in _utc are ISO 8601 in UTC; dates are YYYY-MM-DD; amounts ending in _minor are whole minor units (cents) of the currency beside them.</source>
        <translation>  json/        un archivo por tipo de registro: una matriz JSON de objetos, uno por fila, con los nombres de campo indicados abajo. Los valores binarios son objetos {"base64": "..."}. Las horas terminadas en _utc están en ISO 8601 en UTC; las fechas son AAAA-MM-DD; los importes terminados en _minor son unidades menores enteras (céntimos) de la moneda que los acompaña.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="143" />
        <source>  csv/         clients, sessions, invoices and payments for spreadsheets: UTF-8, comma-separated, every field quoted, amounts in major units (12.50).</source>
        <translation>  csv/         clientes, sesiones, facturas y pagos para hojas de cálculo: UTF-8, separados por comas, cada campo entre comillas, importes en unidades mayores (12.50).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="145" />
        <source>  agreements/  the exact PDF of every signed agreement, and scans of paper signatures.</source>
        <translation>  agreements/  el PDF exacto de cada acuerdo firmado y los escaneos de las firmas en papel.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="147" />
        <source>  invoices/    the PDF of every issued invoice and credit note.</source>
        <translation>  invoices/    el PDF de cada factura y factura rectificativa emitida.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="149" />
        <source>Files in json/:</source>
        <translation>Archivos en json/:</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/ExportReadme.cpp" line="153" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="158" />
        <source>Fields: %1</source>
        <translation>Campos: %1</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="161" />
        <source>A whole-workspace export can be read back into a new workspace with `mentordesk-cli --workspace &lt;new folder&gt; import --from &lt;this folder&gt;`.</source>
        <translation>La exportación de un espacio de trabajo completo puede volver a cargarse en un espacio de trabajo nuevo con `mentordesk-cli --workspace &lt;carpeta nueva&gt; import --from &lt;esta carpeta&gt;`.</translation>
    </message>
</context>
<context>
    <name>md::FirstRunWizard</name>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="31" />
        <source>Welcome to MentorDesk</source>
        <translation>Bienvenido a MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="32" />
        <source>Your clients' details stay on this computer, encrypted.</source>
        <translation>Los datos de sus clientes permanecen cifrados en este equipo.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="36" />
        <source>MentorDesk keeps your mentees' profiles, notes and agreements in an encrypted workspace. Nothing in it can be read without your passphrase or your recovery key.</source>
        <translation>MentorDesk guarda los perfiles, las notas y los acuerdos de sus mentorados en un espacio de trabajo cifrado. Nada de su contenido puede leerse sin su frase de contraseña o su clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="41" />
        <source>In the next steps you choose a passphrase and receive a recovery key. Have a printer or a pen and paper ready.</source>
        <translation>En los pasos siguientes elegirá una frase de contraseña y recibirá una clave de recuperación. Tenga a mano una impresora, o papel y bolígrafo.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="44" />
        <source>The workspace will be created in:
%1</source>
        <translation>El espacio de trabajo se creará en:
%1</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="63" />
        <source>Choose a passphrase</source>
        <translation>Elija una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="64" />
        <source>You type it to unlock MentorDesk. It cannot be recovered, only replaced with your recovery key.</source>
        <translation>La escribirá para desbloquear MentorDesk. No se puede recuperar; solo puede sustituirse con su clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="67" />
        <source>&amp;Create Workspace</source>
        <translation>&amp;Crear espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="108" />
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="109" />
        <source>Your workspace has been created.</source>
        <translation>Se ha creado su espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="112" />
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="132" />
        <source>Unlock automatically?</source>
        <translation>¿Desbloquear automáticamente?</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="133" />
        <source>You can change this whenever you unlock MentorDesk.</source>
        <translation>Puede cambiarlo siempre que desbloquee MentorDesk.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="151" />
        <source>Looking for this computer's keychain…</source>
        <translation>Buscando el llavero del sistema de este equipo…</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="163" />
        <source>MentorDesk then keeps the workspace key in this computer's keychain and opens without asking for your passphrase while you are logged in. Anyone who can use your user account can then open your workspace. Locking (Ctrl+L) always asks for the passphrase.</source>
        <translation>MentorDesk guardará entonces la clave del espacio de trabajo en el llavero del sistema de este equipo y se abrirá sin pedirle la frase de contraseña mientras tenga la sesión iniciada. Cualquier persona que pueda usar su cuenta de usuario podrá abrir su espacio de trabajo. Al bloquear (Ctrl+L) siempre se pide la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="174" />
        <source>No keychain answered on this computer, so MentorDesk will ask for your passphrase each time it opens.</source>
        <translation>Ningún llavero del sistema respondió en este equipo, por lo que MentorDesk le pedirá la frase de contraseña cada vez que se abra.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="195" />
        <source>Create a MentorDesk Workspace</source>
        <translation>Crear un espacio de trabajo de MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="202" />
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Recordar en este equipo</translation>
    </message>
</context>
<context>
    <name>md::GateFailureDialog</name>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="20" />
        <source>Not Ready to Leave "%1"</source>
        <translation>Aún no se puede salir de "%1"</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="24" />
        <source>%1 cannot leave "%2" yet.</source>
        <translation>%1 todavía no puede salir de "%2".</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="30" />
        <source>This is what is missing. Select an item and choose Go There to fill it in.</source>
        <translation>Esto es lo que falta. Seleccione un elemento y elija Ir allí para completarlo.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="44" />
        <source>&amp;Go There</source>
        <translation>&amp;Ir allí</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="48" />
        <source>Move anyway</source>
        <translation>Mover de todos modos</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="49" />
        <source>An override is recorded in the engagement's timeline with your reason.</source>
        <translation>El paso forzado se registra en la cronología del proceso de mentoría junto con su motivo.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="56" />
        <source>Why move on without this?</source>
        <translation>¿Por qué avanzar sin esto?</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="59" />
        <source>&amp;Override and Move</source>
        <translation>&amp;Forzar y avanzar</translation>
    </message>
</context>
<context>
    <name>md::GoalEditor</name>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="33" />
        <source>What exactly will the mentee achieve?</source>
        <translation>¿Qué logrará exactamente el mentorado?</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="49" />
        <source>What is measured</source>
        <translation>Qué se mide</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="56" />
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="63" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="77" />
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="105" />
        <source>Why it is realistic for the mentee</source>
        <translation>Por qué es realista para el mentorado</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="141" />
        <source>Due &amp;by</source>
        <translation>&amp;Vence el</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="165" />
        <source>A&amp;ctive</source>
        <translation>A&amp;ctivo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="162" />
        <source>Inactive goals are set aside: they need no actions</source>
        <translation>Los objetivos inactivos quedan aparcados: no necesitan acciones</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="23" />
        <source>&amp;Specific:</source>
        <translation>E&amp;specífico:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="40" />
        <source>Measurable:</source>
        <translation>Medible:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="86" />
        <source>&amp;Attainable:</source>
        <translation>&amp;Alcanzable:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="112" />
        <source>&amp;Relevant to:</source>
        <translation>&amp;Relevante para:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="132" />
        <source>Time-bound:</source>
        <translation>Con plazo:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="178" />
        <source>SMART check:</source>
        <translation>Comprobación SMART:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.cpp" line="142" />
        <source>The baseline is not a number.</source>
        <translation>El valor inicial no es un número.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.cpp" line="143" />
        <source>The target is not a number.</source>
        <translation>La meta no es un número.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.cpp" line="161" />
        <source>passes</source>
        <translation>cumple</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.cpp" line="162" />
        <source>fails</source>
        <translation>no cumple</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.cpp" line="167" />
        <source>This goal passes the SMART check.</source>
        <translation>Este objetivo supera la comprobación SMART.</translation>
    </message>
</context>
<context>
    <name>md::GoalListModel</name>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="138" />
        <source>Passes the SMART check</source>
        <translation>Supera la comprobación SMART</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="148" />
        <source>%1 (inactive)</source>
        <translation>%1 (inactivo)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="174" />
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="176" />
        <source>SMART</source>
        <translation>SMART</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="178" />
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="180" />
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="182" />
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
</context>
<context>
    <name>md::GoalRepository</name>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="72" />
        <location filename="../core/storage/GoalRepository.cpp" line="83" />
        <source>Could not link the goal to its needs</source>
        <translation>No se pudo vincular el objetivo a sus necesidades</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="86" />
        <source>Need %1 does not belong to this engagement.</source>
        <translation>La necesidad %1 no pertenece a este proceso de mentoría.</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="97" />
        <location filename="../core/storage/GoalRepository.cpp" line="102" />
        <source>Could not read the goal's needs</source>
        <translation>No se pudieron leer las necesidades del objetivo</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="122" />
        <location filename="../core/storage/GoalRepository.cpp" line="152" />
        <source>Could not save the goal</source>
        <translation>No se pudo guardar el objetivo</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="167" />
        <location filename="../core/storage/GoalRepository.cpp" line="170" />
        <location filename="../core/storage/GoalRepository.cpp" line="252" />
        <location filename="../core/storage/GoalRepository.cpp" line="255" />
        <source>Could not read the goal</source>
        <translation>No se pudo leer el objetivo</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="171" />
        <location filename="../core/storage/GoalRepository.cpp" line="225" />
        <location filename="../core/storage/GoalRepository.cpp" line="263" />
        <source>There is no goal with id %1.</source>
        <translation>No existe ningún objetivo con el id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="188" />
        <location filename="../core/storage/GoalRepository.cpp" line="193" />
        <source>Could not read the goals</source>
        <translation>No se pudieron leer los objetivos</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="212" />
        <source>Could not delete the goal</source>
        <translation>No se pudo eliminar el objetivo</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="237" />
        <source>Could not save the progress entry</source>
        <translation>No se pudo guardar el registro de progreso</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="278" />
        <location filename="../core/storage/GoalRepository.cpp" line="283" />
        <source>Could not read the goals of the need</source>
        <translation>No se pudieron leer los objetivos de la necesidad</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="292" />
        <location filename="../core/storage/GoalRepository.cpp" line="295" />
        <source>Could not read the progress entry</source>
        <translation>No se pudo leer el registro de progreso</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="268" />
        <location filename="../core/storage/GoalRepository.cpp" line="297" />
        <source>There is no progress entry with id %1.</source>
        <translation>No existe ningún registro de progreso con el id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="305" />
        <source>Could not delete the progress entry</source>
        <translation>No se pudo eliminar el registro de progreso</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="318" />
        <location filename="../core/storage/GoalRepository.cpp" line="331" />
        <source>Could not read the goal's progress</source>
        <translation>No se pudo leer el progreso del objetivo</translation>
    </message>
</context>
<context>
    <name>md::GoalsTab</name>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="60" />
        <source>&amp;New Goal</source>
        <translation>&amp;Nuevo objetivo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="60" />
        <source>&amp;Save Goal</source>
        <translation>&amp;Guardar objetivo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="60" />
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="64" />
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="78" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="81" />
        <source>Comment (optional)</source>
        <translation>Comentario (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="82" />
        <source>Add &amp;Value</source>
        <translation>Añadir &amp;valor</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="206" />
        <source>Save the goal to record progress.</source>
        <translation>Guarde el objetivo para registrar el progreso.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="220" />
        <source>final value of the evaluation</source>
        <translation>valor final de la evaluación</translation>
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
        <translation>%1 % del camino entre el valor inicial y la meta.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="242" />
        <source>Progress needs a baseline and a target.</source>
        <translation>Para medir el progreso hacen falta un valor inicial y una meta.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="271" />
        <source>Saved the goal; it passes the SMART check.</source>
        <translation>Objetivo guardado; supera la comprobación SMART.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="272" />
        <source>Saved the goal as a draft; it is not SMART yet.</source>
        <translation>Objetivo guardado como borrador; todavía no es SMART.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="279" />
        <source>Delete Goal</source>
        <translation>Eliminar objetivo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="280" />
        <source>Delete this goal with its progress, actions and evaluation?</source>
        <translation>¿Desea eliminar este objetivo con su progreso, sus acciones y su evaluación?</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="296" />
        <source>Enter the measured value as a number.</source>
        <translation>Introduzca el valor medido como un número.</translation>
    </message>
</context>
<context>
    <name>md::Help</name>
    <message>
        <location filename="../ui/help/HelpDialogs.cpp" line="72" />
        <source>User Guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpDialogs.cpp" line="82" />
        <source>The user guide is missing from this build.</source>
        <translation>Esta compilación no incluye la guía del usuario.</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpDialogs.cpp" line="112" />
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpDialogs.cpp" line="116" />
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpDialogs.cpp" line="117" />
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>md::Iban</name>
    <message>
        <location filename="../core/billing/Iban.cpp" line="57" />
        <source>"%1" is not an IBAN: it must start with a country code and two check digits, followed by letters and digits only.</source>
        <translation>"%1" no es un IBAN: debe empezar por un código de país y dos dígitos de control, seguidos solo de letras y dígitos.</translation>
    </message>
    <message>
        <location filename="../core/billing/Iban.cpp" line="63" />
        <source>An IBAN from %1 has %2 characters; "%3" has %4.</source>
        <translation>Un IBAN de %1 tiene %2 caracteres; "%3" tiene %4.</translation>
    </message>
    <message>
        <location filename="../core/billing/Iban.cpp" line="71" />
        <source>The IBAN "%1" has a typo: its check digits do not match.</source>
        <translation>El IBAN "%1" tiene una errata: sus dígitos de control no coinciden.</translation>
    </message>
    <message>
        <location filename="../core/billing/Iban.cpp" line="92" />
        <source>"%1" is not a BIC: it has 8 or 11 characters, e.g. COBADEFFXXX.</source>
        <translation>"%1" no es un BIC: tiene 8 u 11 caracteres, p. ej., COBADEFFXXX.</translation>
    </message>
</context>
<context>
    <name>md::IcsExporter</name>
    <message>
        <location filename="../core/ics/IcsExporter.cpp" line="11" />
        <source>MentorDesk sessions</source>
        <translation>Sesiones de MentorDesk</translation>
    </message>
</context>
<context>
    <name>md::IcsImporter</name>
    <message>
        <location filename="../core/ics/IcsImporter.cpp" line="20" />
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
</context>
<context>
    <name>md::IcsReader</name>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="101" />
        <source>The time zone “%1” is unknown; its times were read as UTC.</source>
        <translation>La zona horaria «%1» es desconocida; sus horas se han leído como UTC.</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="151" />
        <source>“%1” (the event on line %2)</source>
        <translation>«%1» (el evento de la línea %2)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="152" />
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="180" />
        <source>The calendar file was not imported, none of it: %1 %2.</source>
        <translation>No se ha importado el archivo de calendario, ninguna parte de él: %1 %2.</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="185" />
        <source>repeats too often (expanding it takes about %1 steps; MentorDesk takes at most %2 per event)</source>
        <translation>se repite con demasiada frecuencia (desarrollarlo requiere unos %1 pasos; MentorDesk admite como máximo %2 por evento)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="224" />
        <location filename="../core/ics/IcsReader.cpp" line="242" />
        <source>brings the repeating events of the file over %1 steps to expand</source>
        <translation>hace que los eventos periódicos del archivo superen los %1 pasos de desarrollo</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="246" />
        <location filename="../core/ics/IcsReader.cpp" line="382" />
        <source>takes too long to read</source>
        <translation>tarda demasiado en leerse</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="256" />
        <source>has more than %1 dates in the months MentorDesk reads</source>
        <translation>tiene más de %1 fechas en los meses que lee MentorDesk</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="273" />
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="288" />
        <source>this is not an iCalendar file</source>
        <translation>no es un archivo iCalendar</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="370" />
        <source>brings the file over %1 busy times in the months MentorDesk reads</source>
        <translation>hace que el archivo supere los %1 periodos ocupados en los meses que lee MentorDesk</translation>
    </message>
</context>
<context>
    <name>md::IcsSyntaxChecker</name>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="36" />
        <source>expected a property name, found “%1”</source>
        <translation>se esperaba un nombre de propiedad y se ha encontrado «%1»</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="43" />
        <source>a parameter of %1 has no name or no “=”</source>
        <translation>un parámetro de %1 no tiene nombre o le falta «=»</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="51" />
        <source>a quoted parameter value of %1 is not closed</source>
        <translation>un valor de parámetro de %1 entre comillas no está cerrado</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="73" />
        <source>expected “:” after %1</source>
        <translation>se esperaba «:» después de %1</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="104" />
        <source>“%1” is not a valid date and time</source>
        <translation>«%1» no es una fecha y hora válida</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="109" />
        <source>“%1” is not a valid date (YYYYMMDD)</source>
        <translation>«%1» no es una fecha válida (AAAAMMDD)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="110" />
        <source>“%1” is not a valid date and time (YYYYMMDDTHHMMSS)</source>
        <translation>«%1» no es una fecha y hora válida (AAAAMMDDTHHMMSS)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="120" />
        <source>“%1” in %2 is not a valid date or time</source>
        <translation>«%1» en %2 no es una fecha ni una hora válida</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="131" />
        <source>the repeat rule “%1” cannot be read</source>
        <translation>no se puede leer la regla de repetición «%1»</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="132" />
        <source>the duration “%1” cannot be read</source>
        <translation>no se puede leer la duración «%1»</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="139" />
        <source>“%1” is not a UTC offset (+HHMM)</source>
        <translation>«%1» no es un desfase UTC (+HHMM)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="153" />
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="158" />
        <source>The calendar file is %1 MiB; MentorDesk reads calendar files of up to %2 MiB.</source>
        <translation>El archivo de calendario ocupa %1 MiB; MentorDesk lee archivos de calendario de hasta %2 MiB.</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="172" />
        <source>line</source>
        <translation>línea</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="175" />
        <source>the %1 of the event on line %2</source>
        <translation>el campo %1 del evento de la línea %2</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="176" />
        <source>this %1</source>
        <translation>este campo %1</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="178" />
        <source>%1 is longer than the %2 KiB MentorDesk reads in one line</source>
        <translation>%1 supera los %2 KiB que MentorDesk lee en una sola línea</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="196" />
        <source>the file holds a NUL byte</source>
        <translation>el archivo contiene un byte NUL</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="220" />
        <source>a continuation line with nothing to continue</source>
        <translation>una línea de continuación sin nada que continuar</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="242" />
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="251" />
        <source>text after the end of the calendar (END:VCALENDAR)</source>
        <translation>texto después del final del calendario (END:VCALENDAR)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="254" />
        <source>a calendar file starts with BEGIN:VCALENDAR</source>
        <translation>un archivo de calendario empieza por BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="259" />
        <source>BEGIN without a component name</source>
        <translation>BEGIN sin nombre de componente</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="269" />
        <source>END:%1 does not close BEGIN:%2 from line %3</source>
        <translation>END:%1 no cierra el BEGIN:%2 de la línea %3</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="274" />
        <source>the event that starts here has no start time (DTSTART)</source>
        <translation>el evento que empieza aquí no tiene hora de inicio (DTSTART)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="288" />
        <source>the file ends before END:%1 (opened on line %2)</source>
        <translation>el archivo termina antes de END:%1 (abierto en la línea %2)</translation>
    </message>
</context>
<context>
    <name>md::IcsWriter</name>
    <message>
        <location filename="../core/ics/IcsWriter.cpp" line="208" />
        <source>Mentoring session</source>
        <translation>Sesión de mentoría</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsWriter.cpp" line="209" />
        <source>Mentoring: %1</source>
        <translation>Mentoría: %1</translation>
    </message>
</context>
<context>
    <name>md::ImportClientsDialog</name>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="6" />
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="96" />
        <source>Import Clients</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="24" />
        <source>&amp;Choose File…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="33" />
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="45" />
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="56" />
        <source>Duplicates (same email, or same name without one):</source>
        <translation>Duplicados (mismo correo electrónico o, si no lo hay, mismo nombre):</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="63" />
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="73" />
        <source>&amp;Merge into the existing client</source>
        <translation>&amp;Combinar con el cliente existente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="77" />
        <source>Choose a CSV or vCard file exported from your contacts or a spreadsheet.</source>
        <translation>Elija un archivo CSV o vCard exportado de sus contactos o de una hoja de cálculo.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="79" />
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="97" />
        <source>Contacts (*.csv *.vcf *.vcard *.txt);;CSV files (*.csv);;vCard files (*.vcf *.vcard)</source>
        <translation>Contactos (*.csv *.vcf *.vcard *.txt);;Archivos CSV (*.csv);;Archivos vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="114" />
        <source>The file is larger than %1 MB.</source>
        <translation>El archivo ocupa más de %1 MB.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="116" />
        <source>Could not read the file: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="151" />
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="190" />
        <source>%1 to add, %2 to merge, %3 to skip.</source>
        <translation>%1 para añadir, %2 para combinar, %3 para omitir.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="205" />
        <source>Imported from %1: %2 added, %3 merged, %4 skipped.</source>
        <translation>Importado desde %1: %2 añadidos, %3 combinados, %4 omitidos.</translation>
    </message>
</context>
<context>
    <name>md::ImportPreviewModel</name>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="41" />
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="43" />
        <source>Merge (%1)</source>
        <translation>Combinar (%1)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="45" />
        <source>Skip (%1)</source>
        <translation>Omitir (%1)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="56" />
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="58" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="60" />
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="62" />
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="64" />
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
</context>
<context>
    <name>md::ImportedContact</name>
    <message>
        <location filename="../core/import/ImportedContact.cpp" line="29" />
        <source>Other e-mail: %1</source>
        <translation>Otro correo electrónico: %1</translation>
    </message>
    <message>
        <location filename="../core/import/ImportedContact.cpp" line="32" />
        <source>Other phone: %1</source>
        <translation>Otro teléfono: %1</translation>
    </message>
</context>
<context>
    <name>md::Invoice</name>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="53" />
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="55" />
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="57" />
        <source>Partially paid</source>
        <translation>Pagada parcialmente</translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="59" />
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="61" />
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="63" />
        <source>Cancelled</source>
        <translation>Anulada</translation>
    </message>
</context>
<context>
    <name>md::InvoiceCsvExporter</name>
    <message>
        <location filename="../core/export/InvoiceCsvExporter.cpp" line="107" />
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>md::InvoiceEditorDialog</name>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="6" />
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="30" />
        <source>New invoice</source>
        <translation>Nueva factura</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="30" />
        <source>Edit draft invoice</source>
        <translation>Editar borrador de factura</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="53" />
        <source>Add line</source>
        <translation>Añadir línea</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="63" />
        <source>Add held sessions</source>
        <translation>Añadir sesiones realizadas</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="60" />
        <source>Adds the client's held sessions that are not billed yet and not paid by a package.</source>
        <translation>Añade las sesiones realizadas del cliente que aún no se han facturado ni se han pagado con un paquete.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="17" />
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="70" />
        <source>From price list</source>
        <translation>De la lista de precios</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="110" />
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="186" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="131" />
        <source>Single sessions added to Billing › Price list appear here.</source>
        <translation>Aquí aparecen las sesiones individuales añadidas en Facturación › Lista de precios.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="132" />
        <source>Adds a line priced from the price list.</source>
        <translation>Añade una línea con el precio de la lista de precios.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="77" />
        <source>Remove line</source>
        <translation>Quitar línea</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="91" />
        <source>&amp;Tax of the line:</source>
        <translation>&amp;Impuesto de la línea:</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="101" />
        <source>The tax rate of the selected line, from the business settings.</source>
        <translation>El tipo impositivo de la línea seleccionada, según la configuración del negocio.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="129" />
        <source>Printed under the lines (optional)</source>
        <translation>Se imprime debajo de las líneas (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="166" />
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="179" />
        <source>Save and issue…</source>
        <translation>Guardar y emitir…</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="176" />
        <source>Gives the invoice its number. An issued invoice can no longer be changed, only cancelled by a credit note.</source>
        <translation>Asigna a la factura su número. Una factura emitida ya no se puede modificar; solo puede anularse con una factura rectificativa.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="268" />
        <source>This client has no held sessions left to bill.</source>
        <translation>Este cliente no tiene sesiones realizadas pendientes de facturar.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="189" />
        <source>This draft was deleted elsewhere. Copy what you need; it can no longer be saved.</source>
        <translation>Este borrador se eliminó en otro lugar. Copie lo que necesite; ya no se puede guardar.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="193" />
        <source>This invoice was issued elsewhere as %1 and can no longer be changed.</source>
        <translation>Esta factura se emitió en otro lugar como %1 y ya no se puede modificar.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="196" />
        <source>This draft was changed elsewhere. Saving replaces those changes with yours.</source>
        <translation>Este borrador se modificó en otro lugar. Al guardar, esos cambios se sustituirán por los suyos.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="272" />
        <source>Add sessions</source>
        <translation>Añadir sesiones</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="275" />
        <source>Set the session price…</source>
        <translation>Indicar el precio de la sesión…</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="285" />
        <source>Mentoring session</source>
        <translation>Sesión de mentoría</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="323" />
        <source>Net – · Tax – · Total –</source>
        <translation>Base – · Impuestos – · Total –</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="339" />
        <source>%1 % on %2: %3</source>
        <translation>%1 % sobre %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="358" />
        <source>Net %1 · Tax %2 · Total %3</source>
        <translation>Base %1 · Impuestos %2 · Total %3</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="398" />
        <source>Issue invoice</source>
        <translation>Emitir factura</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="399" />
        <source>Issue this invoice for %1?

It gets the next invoice number and can no longer be changed afterwards; mistakes are corrected with a credit note.</source>
        <translation>¿Desea emitir esta factura para %1?

Recibirá el siguiente número de factura y después ya no podrá modificarse; los errores se corrigen con una factura rectificativa.</translation>
    </message>
</context>
<context>
    <name>md::InvoiceLinesModel</name>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="125" />
        <source>Line %1 needs a description.</source>
        <translation>La línea %1 necesita una descripción.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="128" />
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="234" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="236" />
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="238" />
        <source>Unit price (%1)</source>
        <translation>Precio unitario (%1)</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="240" />
        <source>Tax %</source>
        <translation>Impuesto %</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="242" />
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>md::InvoiceListModel</name>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="193" />
        <location filename="../ui/billing/InvoiceListModel.cpp" line="231" />
        <source>Draft %1</source>
        <translation>Borrador %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="194" />
        <location filename="../ui/billing/InvoiceListModel.cpp" line="231" />
        <source>%1 (credit note)</source>
        <translation>%1 (factura rectificativa)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/InvoiceListModel.cpp" line="201" />
        <location filename="../ui/billing/InvoiceListModel.cpp" line="225" />
        <source>Overdue (%n day(s))</source>
        <translation>
            <numerusform>Vencida (%n día)</numerusform>
            <numerusform>Vencida (%n días)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="203" />
        <location filename="../ui/billing/InvoiceListModel.cpp" line="225" />
        <source>Credit note</source>
        <translation>Factura rectificativa</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="239" />
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="241" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="243" />
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="245" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="247" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="249" />
        <source>Outstanding</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="251" />
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
</context>
<context>
    <name>md::InvoiceMath</name>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="41" />
        <source>"%1" is not a quantity (write a number such as 1 or 1.5, with at most three decimals, not zero).</source>
        <translation>"%1" no es una cantidad (escriba un número distinto de cero, como 1 o 1,5, con tres decimales como máximo).</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="62" />
        <source>"%1" is not a tax rate (write a percentage between 0 and 100 such as 19 or 7.5).</source>
        <translation>"%1" no es un tipo impositivo (escriba un porcentaje entre 0 y 100, como 21 o 10,5).</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="80" />
        <source>A line's quantity must be between 0.001 and 1,000,000.</source>
        <translation>La cantidad de una línea debe estar entre 0,001 y 1.000.000.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="82" />
        <source>A line's unit price is too large.</source>
        <translation>El precio unitario de una línea es demasiado alto.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="85" />
        <source>A tax rate must be between 0 and 100 percent.</source>
        <translation>Un tipo impositivo debe estar entre el 0 y el 100 por ciento.</translation>
    </message>
</context>
<context>
    <name>md::InvoiceNumberPattern</name>
    <message>
        <location filename="../core/billing/InvoiceNumberPattern.cpp" line="27" />
        <source>The invoice number pattern pads to at most 9 digits.</source>
        <translation>El formato de numeración de facturas rellena hasta 9 dígitos como máximo.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceNumberPattern.cpp" line="36" />
        <source>The invoice number pattern "%1" has an unknown {token}; use {YYYY}, {YY} and {NNNN}.</source>
        <translation>El formato de numeración de facturas "%1" contiene un {token} desconocido; use {YYYY}, {YY} y {NNNN}.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceNumberPattern.cpp" line="41" />
        <source>The invoice number pattern "%1" needs a year ({YYYY} or {YY}) and exactly one sequence number ({NNNN}), because numbering restarts every year.</source>
        <translation>El formato de numeración de facturas "%1" necesita un año ({YYYY} o {YY}) y exactamente un número correlativo ({NNNN}), porque la numeración se reinicia cada año.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceNumberPattern.cpp" line="48" />
        <source>The invoice number pattern "%1" is too long or holds a \ or ".</source>
        <translation>El formato de numeración de facturas "%1" es demasiado largo o contiene \ o ".</translation>
    </message>
</context>
<context>
    <name>md::InvoicePdfRenderer</name>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="107" />
        <source>Tax ID %1</source>
        <translation>NIF %1</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="113" />
        <source>Draft invoice %1.pdf</source>
        <translation>Borrador de factura %1.pdf</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="116" />
        <source>Credit note %1.pdf</source>
        <translation>Factura rectificativa %1.pdf</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="116" />
        <source>Invoice %1.pdf</source>
        <translation>Factura %1.pdf</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="139" />
        <source>Credit note</source>
        <translation>Factura rectificativa</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="140" />
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="143" />
        <source>DRAFT – not a valid invoice</source>
        <translation>BORRADOR – no es una factura válida</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="145" />
        <source>Credit note no.</source>
        <translation>N.º de factura rectificativa</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="146" />
        <source>Invoice no.</source>
        <translation>N.º de factura</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="148" />
        <source>(draft)</source>
        <translation>(borrador)</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="149" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="154" />
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="159" />
        <source>Corrects invoice</source>
        <translation>Rectifica la factura</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="162" />
        <source>Tax ID</source>
        <translation>NIF</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="163" />
        <source>BILL TO</source>
        <translation>FACTURAR A</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="167" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="168" />
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="170" />
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="171" />
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="172" />
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="197" />
        <source>Subtotal (net)</source>
        <translation>Subtotal (base imponible)</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="206" />
        <source>Tax %1 % on %2</source>
        <translation>Impuesto %1 % sobre %2</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="214" />
        <source>Total tax</source>
        <translation>Total impuestos</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="220" />
        <source>Total credited</source>
        <translation>Total abonado</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="221" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="233" />
        <source>Paid / credit applied</source>
        <translation>Pagado / saldo aplicado</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="235" />
        <source>Paid and credited</source>
        <translation>Pagado y abonado</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="236" />
        <source>Cancelled by credit note</source>
        <translation>Anulada por factura rectificativa</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="238" />
        <source>Balance due</source>
        <translation>Importe pendiente</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="245" />
        <source>PAYMENT</source>
        <translation>PAGO</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="255" />
        <source>The amount of %1 is credited to your account or refunded.</source>
        <translation>El importe de %1 se abona en su cuenta o se le reembolsa.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="260" />
        <source>Nothing is to be paid or refunded: the invoice is cancelled.</source>
        <translation>No hay nada que pagar ni que reembolsar: la factura está anulada.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="265" />
        <source>Nothing is due: this invoice has been cancelled by a credit note.</source>
        <translation>No hay ningún importe pendiente: esta factura se ha anulado mediante una factura rectificativa.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="268" />
        <source>Nothing is due: this invoice has been paid.</source>
        <translation>No hay ningún importe pendiente: esta factura está pagada.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="273" />
        <source>the invoice number</source>
        <translation>el número de factura</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="276" />
        <source>Please transfer %1 by %2, quoting %3.</source>
        <translation>Le rogamos que transfiera %1 antes del %2, indicando %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="279" />
        <source>Please transfer %1 within %n day(s), quoting %2.</source>
        <translation>
            <numerusform>Le rogamos que transfiera %1 en un plazo de %n día, indicando %2.</numerusform>
            <numerusform>Le rogamos que transfiera %1 en un plazo de %n días, indicando %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="285" />
        <source>Account holder</source>
        <translation>Titular de la cuenta</translation>
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
        <translation>Banco</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="304" />
        <source>Thank you for your trust.</source>
        <translation>Gracias por su confianza.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="333" />
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="339" />
        <source>The invoice has no lines to print.</source>
        <translation>La factura no tiene líneas que imprimir.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="300" />
        <source>CANCELLATION POLICY</source>
        <translation>POLÍTICA DE CANCELACIÓN</translation>
    </message>
</context>
<context>
    <name>md::InvoiceReadiness</name>
    <message>
        <location filename="../core/billing/InvoiceReadiness.cpp" line="12" />
        <source>your name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceReadiness.cpp" line="14" />
        <source>your address</source>
        <translation>su dirección</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceReadiness.cpp" line="16" />
        <source>your tax number</source>
        <translation>su número fiscal</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceReadiness.cpp" line="18" />
        <source>%1's billing address</source>
        <translation>la dirección de facturación de %1</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceReadiness.cpp" line="20" />
        <source>your bank details</source>
        <translation>sus datos bancarios</translation>
    </message>
</context>
<context>
    <name>md::InvoiceRecipient</name>
    <message>
        <location filename="../core/billing/InvoiceRecipient.cpp" line="10" />
        <source>Choose a client.</source>
        <translation>Elija un cliente.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/InvoiceRecipient.cpp" line="14" />
        <source>The billing name is longer than %n character(s).</source>
        <translation>
            <numerusform>El nombre de facturación supera %n carácter.</numerusform>
            <numerusform>El nombre de facturación supera los %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/InvoiceRecipient.cpp" line="18" />
        <source>The address has more than %n line(s).</source>
        <translation>
            <numerusform>La dirección tiene más de %n línea.</numerusform>
            <numerusform>La dirección tiene más de %n líneas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/InvoiceRecipient.cpp" line="22" />
        <source>An address line is longer than %n character(s).</source>
        <translation>
            <numerusform>Una línea de la dirección supera %n carácter.</numerusform>
            <numerusform>Una línea de la dirección supera los %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceRecipient.cpp" line="30" />
        <source>'%1' is not a tax id: use letters, digits, spaces, '.', '/' or '-', at most %2 characters.</source>
        <translation>'%1' no es un número fiscal: use letras, dígitos, espacios, '.', '/' o '-', con un máximo de %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceRecipient.cpp" line="37" />
        <source>'%1' is not an e-mail address.</source>
        <translation>'%1' no es una dirección de correo electrónico.</translation>
    </message>
</context>
<context>
    <name>md::InvoiceRecipientRepository</name>
    <message>
        <location filename="../core/storage/InvoiceRecipientRepository.cpp" line="21" />
        <location filename="../core/storage/InvoiceRecipientRepository.cpp" line="30" />
        <source>Could not read the billing address</source>
        <translation>No se pudo leer la dirección de facturación</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRecipientRepository.cpp" line="47" />
        <source>Could not save the billing address</source>
        <translation>No se pudo guardar la dirección de facturación</translation>
    </message>
</context>
<context>
    <name>md::InvoiceRepository</name>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="24" />
        <source>Choose the client to invoice.</source>
        <translation>Elija el cliente al que desea facturar.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="27" />
        <source>"%1" is not an ISO 4217 currency code.</source>
        <translation>"%1" no es un código de moneda ISO 4217.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="30" />
        <source>A credit note must refer to the invoice it corrects.</source>
        <translation>Una factura rectificativa debe hacer referencia a la factura que rectifica.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="32" />
        <source>Only a credit note refers to an invoice.</source>
        <translation>Solo una factura rectificativa hace referencia a una factura.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="35" />
        <source>Every line needs a description.</source>
        <translation>Cada línea necesita una descripción.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="47" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="71" />
        <source>Could not save the invoice lines</source>
        <translation>No se pudieron guardar las líneas de la factura</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="86" />
        <source>Could not save the invoice totals</source>
        <translation>No se pudieron guardar los totales de la factura</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="114" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="169" />
        <source>Could not save the invoice</source>
        <translation>No se pudo guardar la factura</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="151" />
        <source>Invoice %1 has been issued and can no longer be changed. Issue a credit note to correct it.</source>
        <translation>La factura %1 se ha emitido y ya no se puede modificar. Emita una factura rectificativa para corregirla.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="181" />
        <source>Invoice %1 has been issued and cannot be deleted. Issue a credit note to cancel it.</source>
        <translation>La factura %1 se ha emitido y no se puede eliminar. Emita una factura rectificativa para anularla.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="188" />
        <source>Could not delete the draft</source>
        <translation>No se pudo eliminar el borrador</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="204" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="221" />
        <source>Could not read the invoice lines</source>
        <translation>No se pudieron leer las líneas de la factura</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="101" />
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="108" />
        <source>Could not read the invoices</source>
        <translation>No se pudieron leer las facturas</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="129" />
        <source>There is no invoice with id %1.</source>
        <translation>No existe ninguna factura con el id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="202" />
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="214" />
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="223" />
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="230" />
        <source>Could not read the revenue</source>
        <translation>No se pudieron leer los ingresos</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="230" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="234" />
        <source>Could not read the invoice numbers</source>
        <translation>No se pudieron leer los números de factura</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="324" />
        <source>Invoice %1 has already been issued.</source>
        <translation>La factura %1 ya se ha emitido.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="241" />
        <source>An invoice needs at least one line.</source>
        <translation>Una factura necesita al menos una línea.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="245" />
        <source>An invoice cannot have a negative total; issue a credit note instead.</source>
        <translation>Una factura no puede tener un total negativo; emita una factura rectificativa en su lugar.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="249" />
        <source>A credit note cannot have a positive total.</source>
        <translation>Una factura rectificativa no puede tener un total positivo.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="252" />
        <source>The due date cannot be before the issue date.</source>
        <translation>La fecha de vencimiento no puede ser anterior a la fecha de emisión.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="271" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="277" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="282" />
        <source>Could not number the invoice</source>
        <translation>No se pudo numerar la factura</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="301" />
        <source>Could not issue the invoice</source>
        <translation>No se pudo emitir la factura</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="303" />
        <source>The invoice was issued meanwhile.</source>
        <translation>La factura se ha emitido mientras tanto.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="340" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="345" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="368" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="373" />
        <source>Could not read what was billed</source>
        <translation>No se pudo leer lo facturado</translation>
    </message>
</context>
<context>
    <name>md::IssueNotice</name>
    <message>
        <location filename="../ui/billing/IssueNotice.cpp" line="34" />
        <source>your details under Billing › Settings › Your name and address</source>
        <translation>sus datos en Facturación › Configuración › Su nombre y dirección</translation>
    </message>
    <message>
        <location filename="../ui/billing/IssueNotice.cpp" line="38" />
        <source>the bank details under Billing › Settings › Business settings</source>
        <translation>los datos bancarios en Facturación › Configuración › Configuración del negocio</translation>
    </message>
    <message>
        <location filename="../ui/billing/IssueNotice.cpp" line="41" />
        <source>the client's address with Billing details… on the client's page</source>
        <translation>la dirección del cliente con Datos de facturación… en la página del cliente</translation>
    </message>
    <message>
        <location filename="../ui/billing/IssueNotice.cpp" line="43" />
        <source>

The invoice will not show %1. An issued invoice cannot be changed, so set %2 first if it needs them.</source>
        <translation>

La factura no mostrará %1. Una factura emitida no se puede modificar; por eso, indique antes %2 si la factura los necesita.</translation>
    </message>
</context>
<context>
    <name>md::KeyStore</name>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="28" />
        <source>The keychain holds no key for this workspace, or it is locked.</source>
        <translation>El llavero del sistema no contiene ninguna clave para este espacio de trabajo, o está bloqueado.</translation>
    </message>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="33" />
        <source>The keychain is locked or refused access.</source>
        <translation>El llavero del sistema está bloqueado o ha denegado el acceso.</translation>
    </message>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="37" />
        <source>No keychain is available on this computer.</source>
        <translation>No hay ningún llavero del sistema disponible en este equipo.</translation>
    </message>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="40" />
        <source>The keychain of this computer did not answer.</source>
        <translation>El llavero del sistema de este equipo no respondió.</translation>
    </message>
</context>
<context>
    <name>md::LockedPage</name>
    <message>
        <location filename="../ui/LockedPage.cpp" line="34" />
        <source>&amp;Unlock…</source>
        <translation>&amp;Desbloquear…</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="36" />
        <source>&amp;Create Workspace…</source>
        <translation>&amp;Crear espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="38" />
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="69" />
        <source>MentorDesk is locked</source>
        <translation>MentorDesk está bloqueado</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="69" />
        <source>No workspace open</source>
        <translation>No hay ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="71" />
        <source>Your client records are encrypted and closed. Unlock with your passphrase or your recovery key.

%1</source>
        <translation>Los expedientes de sus clientes están cifrados y cerrados. Desbloquéelos con su frase de contraseña o su clave de recuperación.

%1</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="74" />
        <source>Create a new encrypted workspace for your client records, or open one you already have.</source>
        <translation>Cree un nuevo espacio de trabajo cifrado para los expedientes de sus clientes o abra uno que ya tenga.</translation>
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
        <translation>Áreas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112" />
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162" />
        <source>&amp;New Client</source>
        <translation>&amp;Nuevo cliente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169" />
        <source>&amp;Import Clients…</source>
        <translation>&amp;Importar clientes…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175" />
        <source>&amp;Export Workspace…</source>
        <translation>&amp;Exportar espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180" />
        <source>Exported the workspace (not encrypted) into %1.</source>
        <translation>Espacio de trabajo exportado (sin cifrar) en %1.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186" />
        <source>Calendar &amp;Account…</source>
        <translation>Cuenta de ca&amp;lendario…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191" />
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196" />
        <source>Change &amp;Passphrase…</source>
        <translation>Cambiar &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="200" />
        <source>New &amp;Recovery Key…</source>
        <translation>Nueva &amp;clave de recuperación…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204" />
        <source>&amp;Back Up Now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208" />
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurar desde copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212" />
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="217" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="223" />
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225" />
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263" />
        <source>&amp;Compact Sidebar</source>
        <translation>Barra lateral &amp;compacta</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268" />
        <source>Show the areas as icons only, to give the page more room</source>
        <translation>Mostrar las áreas solo como iconos, para dar más espacio a la página</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="271" />
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="272" />
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="277" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="281" />
        <source>&amp;About MentorDesk</source>
        <translation>Acerca &amp;de MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="285" />
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="410" />
        <source>Workspace folder</source>
        <translation>Carpeta del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="429" />
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="430" />
        <source>MentorDesk (locked)</source>
        <translation>MentorDesk (bloqueado)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="490" />
        <source>About MentorDesk</source>
        <translation>Acerca de MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="491" />
        <source>&lt;h3&gt;MentorDesk %1&lt;/h3&gt;&lt;p&gt;Clients, engagements, agreements, sessions and billing for independent mentors, kept in an encrypted workspace on your own computer.&lt;/p&gt;&lt;p&gt;Encryption: SQLCipher with a random 256-bit key; your passphrase protects it with Argon2id.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MentorDesk %1&lt;/h3&gt;&lt;p&gt;Clientes, procesos de mentoría, acuerdos, sesiones y facturación para mentores independientes, guardados en un espacio de trabajo cifrado en su propio equipo.&lt;/p&gt;&lt;p&gt;Cifrado: SQLCipher con una clave aleatoria de 256 bits, protegida por su frase de contraseña mediante Argon2id.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>md::MentorLetterhead</name>
    <message>
        <location filename="../core/export/MentorLetterhead.cpp" line="24" />
        <source>Tax ID %1</source>
        <translation>NIF %1</translation>
    </message>
</context>
<context>
    <name>md::MentorProfileDialog</name>
    <message>
        <location filename="../ui/agreements/MentorProfileDialog.cpp" line="14" />
        <source>Mentor profile</source>
        <translation>Perfil del mentor</translation>
    </message>
</context>
<context>
    <name>md::MentorProfilePage</name>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="188" />
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="203" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="199" />
        <source>Choose &amp;logo…</source>
        <translation>Elegir &amp;logotipo…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="206" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="236" />
        <source>Load from &amp;image…</source>
        <translation>Cargar desde &amp;imagen…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="243" />
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="34" />
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="19" />
        <source>Your profile was changed elsewhere while you were editing it. Saving replaces that change with what you see here.</source>
        <translation>Su perfil se modificó en otro lugar mientras lo editaba. Al guardar, ese cambio se sustituirá por lo que ve aquí.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="47" />
        <source>&amp;Business name:</source>
        <translation>Nombre de la &amp;empresa:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="60" />
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="77" />
        <source>&amp;Tax ID:</source>
        <translation>N&amp;IF:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="90" />
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="103" />
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="116" />
        <source>&amp;Documents in:</source>
        <translation>&amp;Documentos en:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="126" />
        <source>The language of your own documents, and of the documents of every client without a language of their own</source>
        <translation>El idioma de sus propios documentos y de los de cada cliente que no tenga uno propio</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="133" />
        <source>Co&amp;untry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="145" />
        <source>The country of your business: it decides the legal wording of a small-business exemption on your invoices</source>
        <translation>El país de su negocio: determina el texto legal de la exención de IVA en sus facturas</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="158" />
        <source>The two-letter ISO code of the country, such as NL</source>
        <translation>El código ISO de dos letras del país, como NL</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="174" />
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="222" />
        <source>Stored signature:</source>
        <translation>Firma guardada:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="9" />
        <source>Agreements show these details in the letterhead and the parties. The stored signature can be used when you sign on screen. Everything stays in the encrypted workspace.</source>
        <translation>Los acuerdos muestran estos datos en el membrete y en las partes. La firma guardada puede usarse cuando firme en pantalla. Todo permanece en el espacio de trabajo cifrado.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="120" />
        <source>Same as the interface (%1)</source>
        <translation>Igual que la interfaz (%1)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="123" />
        <source>From your IBAN or VAT number</source>
        <translation>Según su IBAN o su número de IVA</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="125" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="126" />
        <source>Other…</source>
        <translation>Otro…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="168" />
        <source>Enter the two-letter code of your country, such as NL.</source>
        <translation>Introduzca el código de dos letras de su país, como NL.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="171" />
        <source>"%1" is not a country code (two letters, such as NL).</source>
        <translation>"%1" no es un código de país (dos letras, como NL).</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="182" />
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="187" />
        <source>Choose a logo</source>
        <translation>Elija un logotipo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="193" />
        <source>Could not read %1.</source>
        <translation>No se pudo leer %1.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="202" />
        <source>Choose an image of your signature</source>
        <translation>Elija una imagen de su firma</translation>
    </message>
</context>
<context>
    <name>md::MentorProfileRepository</name>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="54" />
        <location filename="../core/storage/MentorProfileRepository.cpp" line="72" />
        <source>Could not read the mentor profile</source>
        <translation>No se pudo leer el perfil del mentor</translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="77" />
        <source>The logo image is too large (at most 2 MB).</source>
        <translation>La imagen del logotipo es demasiado grande (máximo 2 MB).</translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="78" />
        <source>The logo image could not be read. Use a PNG or JPEG file.</source>
        <translation>No se pudo leer la imagen del logotipo. Use un archivo PNG o JPEG.</translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="82" />
        <source>The signature image is too large (at most 2 MB).</source>
        <translation>La imagen de la firma es demasiado grande (máximo 2 MB).</translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="83" />
        <source>The signature image could not be read. Use a PNG or JPEG file.</source>
        <translation>No se pudo leer la imagen de la firma. Use un archivo PNG o JPEG.</translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="98" />
        <source>Could not save the mentor profile</source>
        <translation>No se pudo guardar el perfil del mentor</translation>
    </message>
</context>
<context>
    <name>md::Migrator</name>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="60" />
        <source>This workspace was saved by a newer version of MentorDesk (data format %1; this version knows up to %2). Update MentorDesk to open it. Nothing was changed.</source>
        <translation>Este espacio de trabajo se guardó con una versión más reciente de MentorDesk (formato de datos %1; esta versión admite hasta el %2). Actualice MentorDesk para abrirlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="71" />
        <source>Could not update the workspace to data format %1: %2</source>
        <translation>No se pudo actualizar el espacio de trabajo al formato de datos %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="87" />
        <source>Could not update the workspace to data format %1 (%2): %3</source>
        <translation>No se pudo actualizar el espacio de trabajo al formato de datos %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>md::Money</name>
    <message>
        <location filename="../core/billing/Money.cpp" line="45" />
        <source>"%1" is not an ISO 4217 currency code.</source>
        <translation>"%1" no es un código de moneda ISO 4217.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/Money.cpp" line="52" />
        <source>"%1" is not an amount in %2 (write it like %3, with at most %n decimal(s) and no thousands separators).</source>
        <translation>
            <numerusform>"%1" no es un importe en %2 (escríbalo como %3, con %n decimal como máximo y sin separadores de miles).</numerusform>
            <numerusform>"%1" no es un importe en %2 (escríbalo como %3, con %n decimales como máximo y sin separadores de miles).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/Money.cpp" line="90" />
        <source>"%1" is not an amount (write it like %2).</source>
        <translation>"%1" no es un importe (escríbalo como %2).</translation>
    </message>
</context>
<context>
    <name>md::MonthView</name>
    <message>
        <location filename="../ui/calendar/MonthView.cpp" line="21" />
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../ui/calendar/MonthView.cpp" line="171" />
        <source>+%1 more</source>
        <translation>+%1 más</translation>
    </message>
    <message>
        <location filename="../ui/calendar/MonthView.cpp" line="194" />
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <location filename="../ui/calendar/MonthView.cpp" line="278" />
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
</context>
<context>
    <name>md::MoveFlow</name>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="30" />
        <location filename="../ui/pipeline/MoveFlow.cpp" line="36" />
        <location filename="../ui/pipeline/MoveFlow.cpp" line="86" />
        <source>Move Engagement</source>
        <translation>Mover proceso de mentoría</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="37" />
        <source>"%1" cannot move from "%2" to "%3". Engagements move one stage forward at a time, or back where rework makes sense.</source>
        <translation>"%1" no puede pasar de "%2" a "%3". Los procesos de mentoría avanzan de etapa en etapa, o retroceden cuando tiene sentido rehacer algo.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="48" />
        <source>Move Engagement Back</source>
        <translation>Retroceder proceso de mentoría</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="49" />
        <source>Why does "%1" go back from "%2" to "%3"? The reason is recorded in the timeline.</source>
        <translation>¿Por qué retrocede "%1" de "%2" a "%3"? El motivo se registra en la cronología.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="57" />
        <source>Close Engagement Early</source>
        <translation>Cerrar proceso de mentoría anticipadamente</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="58" />
        <source>Why does "%1" close early? The reason is kept with the engagement.</source>
        <translation>¿Por qué se cierra anticipadamente "%1"? El motivo se conserva con el proceso de mentoría.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="66" />
        <source>End Engagement</source>
        <translation>Finalizar proceso de mentoría</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="67" />
        <source>How did "%1" go? This note is kept as its outcome (optional).</source>
        <translation>¿Cómo ha ido "%1"? Esta nota se conserva como su resultado (opcional).</translation>
    </message>
</context>
<context>
    <name>md::NeedListModel</name>
    <message>
        <location filename="../ui/pipeline/NeedListModel.cpp" line="124" />
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedListModel.cpp" line="126" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedListModel.cpp" line="128" />
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedListModel.cpp" line="130" />
        <source>Profile links</source>
        <translation>Vínculos con el perfil</translation>
    </message>
</context>
<context>
    <name>md::NeedRepository</name>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="78" />
        <location filename="../core/storage/NeedRepository.cpp" line="110" />
        <source>Could not save the need</source>
        <translation>No se pudo guardar la necesidad</translation>
    </message>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="123" />
        <location filename="../core/storage/NeedRepository.cpp" line="126" />
        <source>Could not read the need</source>
        <translation>No se pudo leer la necesidad</translation>
    </message>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="127" />
        <source>There is no need with id %1.</source>
        <translation>No existe ninguna necesidad con el id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="140" />
        <location filename="../core/storage/NeedRepository.cpp" line="145" />
        <source>Could not read the needs</source>
        <translation>No se pudieron leer las necesidades</translation>
    </message>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="158" />
        <source>Could not delete the need</source>
        <translation>No se pudo eliminar la necesidad</translation>
    </message>
</context>
<context>
    <name>md::NeedsTab</name>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="56" />
        <source>What the mentee needs, in their words.</source>
        <translation>Lo que necesita el mentorado, con sus propias palabras.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="75" />
        <source>&amp;Need:</source>
        <translation>&amp;Necesidad:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="76" />
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="77" />
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="78" />
        <source>Builds on &amp;strengths:</source>
        <translation>Se apoya en las &amp;fortalezas:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="79" />
        <source>Addresses &amp;weaknesses:</source>
        <translation>Aborda las &amp;debilidades:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="83" />
        <source>&amp;New Need</source>
        <translation>&amp;Nueva necesidad</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="83" />
        <source>&amp;Save Need</source>
        <translation>&amp;Guardar necesidad</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="83" />
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="223" />
        <source>Saved the need.</source>
        <translation>Necesidad guardada.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="230" />
        <source>Delete Need</source>
        <translation>Eliminar necesidad</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="231" />
        <source>Delete this need? Goals linked to it lose the link.</source>
        <translation>¿Desea eliminar esta necesidad? Los objetivos vinculados a ella perderán el vínculo.</translation>
    </message>
</context>
<context>
    <name>md::NewAgreementDialog</name>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="6" />
        <source>New agreement</source>
        <translation>Nuevo acuerdo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="126" />
        <source>Ends on</source>
        <translation>Finaliza el</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="30" />
        <source>&amp;Engagement:</source>
        <translation>&amp;Proceso de mentoría:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="17" />
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="43" />
        <source>This client has no engagement yet: start one here</source>
        <translation>Este cliente aún no tiene ningún proceso de mentoría: inicie uno aquí</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="49" />
        <source>T&amp;itle:</source>
        <translation>T&amp;ítulo:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="59" />
        <source>e.g. Stepping into a first leadership role</source>
        <translation>p. ej., Asumir un primer puesto de liderazgo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="66" />
        <source>&amp;Starts on:</source>
        <translation>&amp;Empieza el:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="92" />
        <source>Start &amp;engagement</source>
        <translation>Iniciar proceso de m&amp;entoría</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="104" />
        <source>&amp;Template:</source>
        <translation>Pl&amp;antilla:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="117" />
        <source>End date:</source>
        <translation>Fecha de finalización:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="163" />
        <source>Open mentor &amp;profile…</source>
        <translation>Abrir el perfil del men&amp;tor…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="170" />
        <source>Go to the c&amp;lient</source>
        <translation>Ir al c&amp;liente</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="177" />
        <source>Go to the e&amp;ngagement</source>
        <translation>Ir al pr&amp;oceso de mentoría</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.cpp" line="32" />
        <source>&amp;Generate draft</source>
        <translation>&amp;Generar borrador</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.cpp" line="95" />
        <source>There is no client yet. Add the client on the Clients page first: an agreement is made with a client, for an engagement.</source>
        <translation>Todavía no hay ningún cliente. Añada primero el cliente en la página Clientes: un acuerdo se celebra con un cliente, para un proceso de mentoría.</translation>
    </message>
</context>
<context>
    <name>md::NewEngagementDialog</name>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="6" />
        <source>New Engagement</source>
        <translation>Nuevo proceso de mentoría</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="37" />
        <source>e.g. First steps as a team lead</source>
        <translation>p. ej., Primeros pasos como jefe de equipo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="71" />
        <source>Not decided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="14" />
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="27" />
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="44" />
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="61" />
        <source>Planned s&amp;essions:</source>
        <translation>&amp;Sesiones previstas:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="84" />
        <source>C&amp;adence:</source>
        <translation>&amp;Frecuencia:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="97" />
        <source>&amp;Format:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.cpp" line="37" />
        <source>Add a client first (Clients page).</source>
        <translation>Añada primero un cliente (página Clientes).</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.cpp" line="39" />
        <source>&amp;Start Engagement</source>
        <translation>&amp;Iniciar proceso de mentoría</translation>
    </message>
</context>
<context>
    <name>md::NewPassphraseWidget</name>
    <message>
        <location filename="../ui/security/NewPassphraseWidget.cpp" line="32" />
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../ui/security/NewPassphraseWidget.cpp" line="57" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../ui/security/NewPassphraseWidget.cpp" line="59" />
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repita la frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../ui/security/NewPassphraseWidget.cpp" line="143" />
        <source>The passphrases do not match.</source>
        <translation>Las frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>md::NewRecoveryKeyDialog</name>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="23" />
        <source>New Recovery Key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="29" />
        <source>A new recovery key replaces the current one, which then no longer opens this workspace. Do this when the old key may have been seen by someone else, or is lost.

MentorDesk re-encrypts the workspace under the new key; your passphrase stays the same.</source>
        <translation>Una nueva clave de recuperación sustituye a la actual, que dejará de abrir este espacio de trabajo. Hágalo si otra persona puede haber visto la clave anterior o si la ha perdido.

MentorDesk vuelve a cifrar el espacio de trabajo con la nueva clave; su frase de contraseña no cambia.</translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="42" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="59" />
        <source>&amp;Create New Key</source>
        <translation>&amp;Crear nueva clave</translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="121" />
        <source>The passphrase is not correct.</source>
        <translation>La frase de contraseña no es correcta.</translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="131" />
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
</context>
<context>
    <name>md::Offering</name>
    <message>
        <location filename="../core/billing/Offering.cpp" line="35" />
        <source>Single session</source>
        <translation>Sesión individual</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="37" />
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="39" />
        <source>Monthly retainer</source>
        <translation>Cuota mensual</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="50" />
        <source>Give the price-list entry a name.</source>
        <translation>Asigne un nombre a la entrada de la lista de precios.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="52" />
        <source>The price has no valid currency.</source>
        <translation>El precio no tiene una moneda válida.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="54" />
        <source>The price must be zero or more.</source>
        <translation>El precio debe ser cero o mayor.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="57" />
        <source>A tax rate must be between 0 and 100 percent.</source>
        <translation>Un tipo impositivo debe estar entre el 0 y el 100 por ciento.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="60" />
        <source>A package includes between 1 and 1000 sessions.</source>
        <translation>Un paquete incluye entre 1 y 1000 sesiones.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="63" />
        <source>A package is valid for 0 (no expiry) to 120 months.</source>
        <translation>Un paquete tiene una validez de 0 (sin caducidad) a 120 meses.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="68" />
        <source>%1 of %2 used</source>
        <translation>%1 de %2 usadas</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="73" />
        <source>%1, valid until %2</source>
        <translation>%1, válido hasta el %2</translation>
    </message>
</context>
<context>
    <name>md::OfferingDialog</name>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="6" />
        <location filename="../ui/billing/OfferingDialog.cpp" line="18" />
        <source>New price-list entry</source>
        <translation>Nueva entrada de la lista de precios</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.cpp" line="18" />
        <source>Edit price-list entry</source>
        <translation>Editar entrada de la lista de precios</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.cpp" line="26" />
        <source>&amp;Price before tax (%1):</source>
        <translation>&amp;Precio sin impuestos (%1):</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="17" />
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="30" />
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="43" />
        <source>&amp;Price before tax:</source>
        <translation>&amp;Precio sin impuestos:</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="56" />
        <source>&amp;Tax rate (%):</source>
        <translation>Tipo &amp;impositivo (%):</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="69" />
        <source>&amp;Sessions in the package:</source>
        <translation>&amp;Sesiones del paquete:</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="89" />
        <source>&amp;Valid for (months):</source>
        <translation>&amp;Validez (meses):</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="99" />
        <source>no expiry</source>
        <translation>sin caducidad</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="109" />
        <source>Offered</source>
        <translation>Se ofrece</translation>
    </message>
</context>
<context>
    <name>md::OfferingListModel</name>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="132" />
        <source>%1 (inactive)</source>
        <translation>%1 (inactivo)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/OfferingListModel.cpp" line="142" />
        <source>%n session(s), valid %1 months</source>
        <translation>
            <numerusform>%n sesión, válida %1 meses</numerusform>
            <numerusform>%n sesiones, válidas %1 meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/OfferingListModel.cpp" line="144" />
        <source>%n session(s), no expiry</source>
        <translation>
            <numerusform>%n sesión, sin caducidad</numerusform>
            <numerusform>%n sesiones, sin caducidad</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="146" />
        <source>per month</source>
        <translation>al mes</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="158" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="160" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="162" />
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="164" />
        <source>Tax %</source>
        <translation>Impuesto %</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="166" />
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
</context>
<context>
    <name>md::OfferingRepository</name>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="64" />
        <location filename="../core/storage/OfferingRepository.cpp" line="79" />
        <source>Could not save the price-list entry</source>
        <translation>No se pudo guardar la entrada de la lista de precios</translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="82" />
        <location filename="../core/storage/OfferingRepository.cpp" line="105" />
        <source>There is no price-list entry with id %1.</source>
        <translation>No existe ninguna entrada de la lista de precios con el id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="91" />
        <source>Could not delete the price-list entry</source>
        <translation>No se pudo eliminar la entrada de la lista de precios</translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="100" />
        <location filename="../core/storage/OfferingRepository.cpp" line="103" />
        <location filename="../core/storage/OfferingRepository.cpp" line="115" />
        <location filename="../core/storage/OfferingRepository.cpp" line="120" />
        <location filename="../core/storage/OfferingRepository.cpp" line="131" />
        <location filename="../core/storage/OfferingRepository.cpp" line="134" />
        <source>Could not read the price list</source>
        <translation>No se pudo leer la lista de precios</translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="137" />
        <source>The price list has no %1 entry.</source>
        <translation>La lista de precios no tiene ninguna entrada de tipo %1.</translation>
    </message>
</context>
<context>
    <name>md::OverdueInvoiceModel</name>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="305" />
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="307" />
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="309" />
        <source>Outstanding</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="311" />
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
</context>
<context>
    <name>md::PackageCredits</name>
    <message>
        <location filename="../core/billing/PackageCredits.cpp" line="80" />
        <source>Could not read the session's engagement</source>
        <translation>No se pudo leer el proceso de mentoría de la sesión</translation>
    </message>
    <message>
        <location filename="../core/billing/PackageCredits.cpp" line="91" />
        <source>Could not read the client's packages</source>
        <translation>No se pudieron leer los paquetes del cliente</translation>
    </message>
    <message>
        <location filename="../core/billing/PackageCredits.cpp" line="103" />
        <source>Could not read the packages</source>
        <translation>No se pudieron leer los paquetes</translation>
    </message>
</context>
<context>
    <name>md::PackageListModel</name>
    <message>
        <location filename="../ui/billing/PackageListModel.cpp" line="58" />
        <source> (expired)</source>
        <translation> (caducado)</translation>
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
        <translation>Elija el proceso de mentoría al que corresponde el paquete.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="61" />
        <source>Describe the package.</source>
        <translation>Describa el paquete.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="63" />
        <source>A package includes at least one session.</source>
        <translation>Un paquete incluye al menos una sesión.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="65" />
        <source>The package needs a valid price.</source>
        <translation>El paquete necesita un precio válido.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="67" />
        <source>Enter the date of the sale.</source>
        <translation>Introduzca la fecha de la venta.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="70" />
        <source>A package cannot expire before it was sold.</source>
        <translation>Un paquete no puede caducar antes de haberse vendido.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="89" />
        <source>Could not record the package sale</source>
        <translation>No se pudo registrar la venta del paquete</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="108" />
        <location filename="../core/storage/PackageRepository.cpp" line="125" />
        <location filename="../core/storage/PackageRepository.cpp" line="128" />
        <source>Could not read the package</source>
        <translation>No se pudo leer el paquete</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="111" />
        <source>This package was already used or billed and cannot be removed.</source>
        <translation>Este paquete ya se ha usado o facturado y no se puede quitar.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="116" />
        <source>Could not remove the package</source>
        <translation>No se pudo quitar el paquete</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="130" />
        <source>There is no package sale with id %1.</source>
        <translation>No existe ninguna venta de paquete con el id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="146" />
        <location filename="../core/storage/PackageRepository.cpp" line="156" />
        <source>Could not read the packages</source>
        <translation>No se pudieron leer los paquetes</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="165" />
        <location filename="../core/storage/PackageRepository.cpp" line="168" />
        <source>Could not read the engagement</source>
        <translation>No se pudo leer el proceso de mentoría</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="170" />
        <source>There is no engagement with id %1.</source>
        <translation>No existe ningún proceso de mentoría con el id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="181" />
        <location filename="../core/storage/PackageRepository.cpp" line="186" />
        <source>Could not read the engagements</source>
        <translation>No se pudieron leer los procesos de mentoría</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="222" />
        <location filename="../core/storage/PackageRepository.cpp" line="243" />
        <source>Could not read the sessions</source>
        <translation>No se pudieron leer las sesiones</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="270" />
        <location filename="../core/storage/PackageRepository.cpp" line="281" />
        <source>Could not read the package credits</source>
        <translation>No se pudieron leer los créditos del paquete</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="287" />
        <source>Could not update the package credits</source>
        <translation>No se pudieron actualizar los créditos del paquete</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="317" />
        <source>Could not use a package credit</source>
        <translation>No se pudo usar un crédito del paquete</translation>
    </message>
</context>
<context>
    <name>md::PaperSigningDialog</name>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="36" />
        <source>Signed on paper: %1</source>
        <translation>Firmado en papel: %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="38" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="42" />
        <source>Attach the scan of the paper original that both of you signed by hand. MentorDesk keeps the scan as you attach it and does not check the signatures on it: look at the preview to see that it is this agreement (fingerprint %1 in its footer), signed by both of you.</source>
        <translation>Adjunte el escaneo del original en papel que ambos han firmado a mano. MentorDesk conserva el escaneo tal como lo adjunta y no comprueba las firmas que contiene: mire la vista previa para asegurarse de que es este acuerdo (huella digital %1 en su pie), firmado por ambos.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="53" />
        <source>No scan chosen yet</source>
        <translation>Aún no se ha elegido ningún escaneo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="54" />
        <source>&amp;Choose scan…</source>
        <translation>&amp;Elegir escaneo…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="66" />
        <source>The scan's first page shows here.</source>
        <translation>Aquí se muestra la primera página del escaneo.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="78" />
        <source>&amp;Scan:</source>
        <translation>E&amp;scaneo:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="81" />
        <source>Signed by &amp;hand on:</source>
        <translation>Firmado a &amp;mano el:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="84" />
        <source>Once recorded, %1 can no longer be changed: the scan and the agreement's PDF are sealed with this workspace's key. A change later needs an amendment.</source>
        <translation>Una vez registrado, %1 ya no se podrá modificar: el escaneo y el PDF del acuerdo quedan sellados con la clave de este espacio de trabajo. Cualquier cambio posterior requerirá una modificación.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="97" />
        <source>&amp;Record and freeze</source>
        <translation>&amp;Registrar y bloquear</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="119" />
        <source>Choose the scan of the signed paper</source>
        <translation>Elija el escaneo del papel firmado</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="123" />
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Escaneos (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="123" />
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="137" />
        <source>Could not read %1.</source>
        <translation>No se pudo leer %1.</translation>
    </message>
</context>
<context>
    <name>md::PassphraseSlot</name>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="81" />
        <source>The workspace file holds a passphrase entry MentorDesk cannot read.</source>
        <translation>El archivo del espacio de trabajo contiene una entrada de frase de contraseña que MentorDesk no puede leer.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="86" />
        <source>The workspace file asks for a passphrase check MentorDesk does not accept (Argon2id with %1 passes over %2 KiB; allowed are %3 to %4 passes over %5 KiB to %6 MiB). The file may have been damaged or altered: unlock with the recovery key, which sets it right.</source>
        <translation>El archivo del espacio de trabajo pide una comprobación de frase de contraseña que MentorDesk no acepta (Argon2id con %1 pasadas sobre %2 KiB; se admiten de %3 a %4 pasadas sobre %5 KiB a %6 MiB). Es posible que el archivo se haya dañado o alterado: desbloquéelo con la clave de recuperación, que lo corrige.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="110" />
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>No hay memoria suficiente para derivar la clave a partir de la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="149" />
        <source>The stored key entry is damaged.</source>
        <translation>La entrada de clave almacenada está dañada.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="162" />
        <source>The passphrase is not correct.</source>
        <translation>La frase de contraseña no es correcta.</translation>
    </message>
</context>
<context>
    <name>md::PassphraseStrength</name>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="55" />
        <source>Use at least 10 characters. Several unrelated words make a passphrase that is both strong and easy to remember.</source>
        <translation>Use al menos 10 caracteres. Varias palabras sin relación entre sí forman una frase de contraseña segura y fácil de recordar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/security/PassphraseStrength.cpp" line="57" />
        <source>Too short: use at least 10 characters (%n so far).</source>
        <translation>
            <numerusform>Demasiado corta: use al menos 10 caracteres (por ahora, %n).</numerusform>
            <numerusform>Demasiado corta: use al menos 10 caracteres (por ahora, %n).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="59" />
        <source>Strength: weak. Add more words, or mix upper and lower case, digits and symbols.</source>
        <translation>Seguridad: débil. Añada más palabras o combine mayúsculas y minúsculas, dígitos y símbolos.</translation>
    </message>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="62" />
        <source>Strength: fair. A few more characters or another word would make it much harder to guess.</source>
        <translation>Seguridad: aceptable. Unos pocos caracteres más u otra palabra la harían mucho más difícil de adivinar.</translation>
    </message>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="65" />
        <source>Strength: good.</source>
        <translation>Seguridad: buena.</translation>
    </message>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="67" />
        <source>Strength: strong.</source>
        <translation>Seguridad: alta.</translation>
    </message>
</context>
<context>
    <name>md::Payment</name>
    <message>
        <location filename="../core/billing/Payment.cpp" line="34" />
        <source>Bank transfer</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <location filename="../core/billing/Payment.cpp" line="36" />
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../core/billing/Payment.cpp" line="38" />
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location filename="../core/billing/Payment.cpp" line="40" />
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>md::PaymentDialog</name>
    <message>
        <location filename="../ui/billing/PaymentDialog.cpp" line="18" />
        <source>Record payment for %1</source>
        <translation>Registrar pago de %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="90" />
        <source>Bank reference or receipt number</source>
        <translation>Referencia bancaria o número de recibo</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="17" />
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="27" />
        <source>Outstanding:</source>
        <translation>Pendiente:</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="37" />
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="50" />
        <source>Received &amp;on:</source>
        <translation>Recibido &amp;el:</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="67" />
        <source>&amp;Method:</source>
        <translation>&amp;Forma de pago:</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="80" />
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="132" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="6" />
        <location filename="../ui/billing/PaymentDialog.ui" line="122" />
        <source>Record payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.cpp" line="22" />
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Importe (%1):</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.cpp" line="70" />
        <source>%1 more than is owed: it becomes %2's credit and is used by the next invoice.</source>
        <translation>%1 más de lo adeudado: pasa a ser saldo a favor de %2 y se aplicará en la próxima factura.</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.cpp" line="75" />
        <source>A partial payment: %1 stays open.</source>
        <translation>Pago parcial: quedan %1 pendientes.</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.cpp" line="77" />
        <source>Pays the invoice in full.</source>
        <translation>Paga la factura por completo.</translation>
    </message>
</context>
<context>
    <name>md::PaymentListModel</name>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="79" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="81" />
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="83" />
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="85" />
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="87" />
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="89" />
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
</context>
<context>
    <name>md::PaymentRepository</name>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="24" />
        <source>Choose the client who paid.</source>
        <translation>Elija el cliente que ha pagado.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="26" />
        <source>A payment must be more than zero.</source>
        <translation>Un pago debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="28" />
        <source>The payment has no valid currency.</source>
        <translation>El pago no tiene una moneda válida.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="30" />
        <source>Enter the date the payment was received.</source>
        <translation>Introduzca la fecha en que se recibió el pago.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="33" />
        <source>A payment cannot be received in the future.</source>
        <translation>Un pago no puede recibirse en el futuro.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="45" />
        <location filename="../core/storage/PaymentRepository.cpp" line="48" />
        <source>Could not read the invoice</source>
        <translation>No se pudo leer la factura</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="50" />
        <source>Could not read what is owed</source>
        <translation>No se pudo leer lo adeudado</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="54" />
        <location filename="../core/storage/PaymentRepository.cpp" line="50" />
        <source>There is no invoice with id %1.</source>
        <translation>No existe ninguna factura con el id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="96" />
        <location filename="../core/storage/PaymentAllocations.cpp" line="114" />
        <location filename="../core/storage/PaymentAllocations.cpp" line="121" />
        <source>Could not read the client's credit</source>
        <translation>No se pudo leer el saldo a favor del cliente</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="184" />
        <source>Could not update the payments</source>
        <translation>No se pudieron actualizar los pagos</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="54" />
        <source>The invoice belongs to another client.</source>
        <translation>La factura pertenece a otro cliente.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="57" />
        <source>The payment is in %1 but the invoice in %2.</source>
        <translation>El pago está en %1, pero la factura en %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="61" />
        <source>Payments can only be recorded for issued invoices.</source>
        <translation>Solo se pueden registrar pagos de facturas emitidas.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="77" />
        <location filename="../core/storage/PaymentRepository.cpp" line="76" />
        <source>Could not record the payment</source>
        <translation>No se pudo registrar el pago</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="95" />
        <location filename="../core/storage/PaymentRepository.cpp" line="99" />
        <source>Could not read the open invoices</source>
        <translation>No se pudieron leer las facturas pendientes</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="126" />
        <location filename="../core/storage/PaymentRepository.cpp" line="134" />
        <source>Could not read the payment</source>
        <translation>No se pudo leer el pago</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="136" />
        <source>There is no payment with id %1.</source>
        <translation>No existe ningún pago con el id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="141" />
        <source>Could not delete the payment</source>
        <translation>No se pudo eliminar el pago</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="198" />
        <location filename="../core/storage/PaymentRepository.cpp" line="221" />
        <source>Could not read the payments</source>
        <translation>No se pudieron leer los pagos</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="150" />
        <location filename="../core/storage/PaymentAllocations.cpp" line="163" />
        <location filename="../core/storage/PaymentRepository.cpp" line="233" />
        <location filename="../core/storage/PaymentRepository.cpp" line="240" />
        <source>Could not read the payments of the invoice</source>
        <translation>No se pudieron leer los pagos de la factura</translation>
    </message>
</context>
<context>
    <name>md::Pipeline</name>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="20" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="43" />
        <source>Profile &amp; agreement</source>
        <translation>Perfil y acuerdo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="21" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="44" />
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="22" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="45" />
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="24" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="47" />
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="25" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="49" />
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="30" />
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="32" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="51" />
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="34" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="53" />
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="36" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="55" />
        <source>Closed early</source>
        <translation>Cerrado anticipadamente</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="59" />
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="61" />
        <source>Every two weeks</source>
        <translation>Quincenal</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="62" />
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="67" />
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="69" />
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="71" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="73" />
        <source>Mixed</source>
        <translation>Mixta</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="78" />
        <source>Skill gap</source>
        <translation>Carencia de competencias</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="80" />
        <source>Career move</source>
        <translation>Cambio profesional</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="82" />
        <source>Promotion</source>
        <translation>Ascenso</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="84" />
        <source>New role</source>
        <translation>Nuevo puesto</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="86" />
        <source>Leadership</source>
        <translation>Liderazgo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="87" />
        <source>Other</source>
        <translation>Otro</translation>
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
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="98" />
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="99" />
        <source>Doing</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="100" />
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="102" />
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="107" />
        <source>Achieved</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="109" />
        <source>Partly achieved</source>
        <translation>Logrado en parte</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="111" />
        <source>Not achieved</source>
        <translation>No logrado</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="116" />
        <source>Specific</source>
        <translation>Específico</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="118" />
        <source>Measurable</source>
        <translation>Medible</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="120" />
        <source>Attainable</source>
        <translation>Alcanzable</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="122" />
        <source>Relevant</source>
        <translation>Relevante</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="124" />
        <source>Time-bound</source>
        <translation>Con plazo</translation>
    </message>
</context>
<context>
    <name>md::PipelineArea</name>
    <message>
        <location filename="../ui/pipeline/PipelineArea.cpp" line="91" />
        <source>1 engagement on the board</source>
        <translation>1 proceso de mentoría en el tablero</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineArea.cpp" line="92" />
        <source>%1 engagements on the board</source>
        <translation>%1 procesos de mentoría en el tablero</translation>
    </message>
</context>
<context>
    <name>md::PipelineAreas</name>
    <message>
        <location filename="../ui/pipeline/PipelineAreas.cpp" line="17" />
        <source>Pipeline</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineAreas.cpp" line="19" />
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
</context>
<context>
    <name>md::PipelineBoard</name>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="37" />
        <source>&amp;New Engagement</source>
        <translation>&amp;Nuevo proceso de mentoría</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="40" />
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="42" />
        <source>← &amp;Back</source>
        <translation>← &amp;Retroceder</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="44" />
        <source>Move the selected engagement back a stage to rework it</source>
        <translation>Retroceder una etapa el proceso de mentoría seleccionado para rehacerla</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="45" />
        <source>&amp;Advance →</source>
        <translation>&amp;Avanzar →</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="47" />
        <source>Move the selected engagement to its next stage</source>
        <translation>Pasar el proceso de mentoría seleccionado a su siguiente etapa</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="48" />
        <source>&amp;End</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="51" />
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="54" />
        <source>Maintenance (periodic check-ins)</source>
        <translation>Mantenimiento (seguimiento periódico)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="58" />
        <source>Close Early…</source>
        <translation>Cerrar anticipadamente…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="63" />
        <source>Stale after</source>
        <translation>Estancado tras</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="67" />
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="70" />
        <source>Warn about engagements with no activity for this long</source>
        <translation>Avisar de los procesos de mentoría sin actividad durante este tiempo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="84" />
        <source>No engagement is on the board yet. Start one with New Engagement, or from a client's page.</source>
        <translation>Todavía no hay ningún proceso de mentoría en el tablero. Inicie uno con Nuevo proceso de mentoría o desde la página de un cliente.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="283" />
        <source>Moved to "%1".</source>
        <translation>Movido a "%1".</translation>
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
        <translation>No se pudo leer el tablero del flujo</translation>
    </message>
    <message>
        <location filename="../core/storage/PipelineReadModelRepository.cpp" line="116" />
        <source>Could not read the goals due soon</source>
        <translation>No se pudieron leer los objetivos que vencen pronto</translation>
    </message>
    <message>
        <location filename="../core/storage/PipelineReadModelRepository.cpp" line="146" />
        <source>Could not count the engagements</source>
        <translation>No se pudieron contar los procesos de mentoría</translation>
    </message>
    <message>
        <location filename="../core/storage/PipelineReadModelRepository.cpp" line="173" />
        <source>Could not read the overdue actions</source>
        <translation>No se pudieron leer las acciones vencidas</translation>
    </message>
    <message>
        <location filename="../core/storage/PipelineReadModelRepository.cpp" line="201" />
        <source>Could not read the engagements</source>
        <translation>No se pudieron leer los procesos de mentoría</translation>
    </message>
</context>
<context>
    <name>md::PipelineValidator</name>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="22" />
        <source>This text is too long (at most %1 characters).</source>
        <translation>Este texto es demasiado largo (máximo %1 caracteres).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="29" />
        <source>Enter a number.</source>
        <translation>Introduzca un número.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="37" />
        <source>Choose the client of this engagement.</source>
        <translation>Elija el cliente de este proceso de mentoría.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="38" />
        <source>Give the engagement a title.</source>
        <translation>Asigne un título al proceso de mentoría.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="41" />
        <source>The title is too long (at most %1 characters).</source>
        <translation>El título es demasiado largo (máximo %1 caracteres).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="43" />
        <source>Enter the start date.</source>
        <translation>Introduzca la fecha de inicio.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="46" />
        <source>The planned number of sessions must be between 0 and %1.</source>
        <translation>El número de sesiones previstas debe estar entre 0 y %1.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="50" />
        <source>Say why the engagement closed early.</source>
        <translation>Indique por qué se cerró anticipadamente el proceso de mentoría.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="56" />
        <source>The fee per session cannot be negative or larger than an invoice line's price.</source>
        <translation>Los honorarios por sesión no pueden ser negativos ni superar el precio máximo de una línea de factura.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="64" />
        <source>Describe the need.</source>
        <translation>Describa la necesidad.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="71" />
        <source>Say what the goal is.</source>
        <translation>Indique en qué consiste el objetivo.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="82" />
        <source>Choose the goal this value belongs to.</source>
        <translation>Elija el objetivo al que pertenece este valor.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="84" />
        <source>Enter the date of the measurement.</source>
        <translation>Introduzca la fecha de la medición.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="93" />
        <source>Choose the goal this action serves.</source>
        <translation>Elija el objetivo al que sirve esta acción.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="94" />
        <source>Describe the action.</source>
        <translation>Describa la acción.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="102" />
        <source>Choose the goal being evaluated.</source>
        <translation>Elija el objetivo que se evalúa.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="105" />
        <source>The mentee's rating is from 1 to 5.</source>
        <translation>La puntuación del mentorado va de 1 a 5.</translation>
    </message>
</context>
<context>
    <name>md::PracticeRulesRepository</name>
    <message>
        <location filename="../core/storage/PracticeRulesRepository.cpp" line="18" />
        <location filename="../core/storage/PracticeRulesRepository.cpp" line="39" />
        <source>Could not read the practice settings</source>
        <translation>No se pudo leer la configuración de la actividad</translation>
    </message>
    <message>
        <location filename="../core/storage/PracticeRulesRepository.cpp" line="55" />
        <source>Could not save the setting %1</source>
        <translation>No se pudo guardar el ajuste %1</translation>
    </message>
</context>
<context>
    <name>md::PreferencesDialog</name>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="6" />
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="12" />
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="31" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="34" />
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="41" />
        <source>When MentorDesk has not been used for this long, it locks: the workspace is closed, the key is wiped from memory and the passphrase is needed again.</source>
        <translation>Si MentorDesk no se usa durante este tiempo, se bloquea: el espacio de trabajo se cierra, la clave se borra de la memoria y vuelve a pedirse la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="51" />
        <source>L&amp;anguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="64" />
        <source>A new language takes effect the next time MentorDesk starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie MentorDesk.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="74" />
        <source>&amp;Colours:</source>
        <translation>Co&amp;lores:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="90" />
        <source>This workspace</source>
        <translation>Este espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="99" />
        <source>&amp;Stale after:</source>
        <translation>&amp;Estancado tras:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="109" />
        <source> days without activity</source>
        <translation> días sin actividad</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="116" />
        <source>&amp;Remind me:</source>
        <translation>&amp;Recordármelo:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="126" />
        <source> min before a session</source>
        <translation> min antes de una sesión</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="129" />
        <source>No reminders</source>
        <translation>Sin recordatorios</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="136" />
        <source>&amp;Names in lists:</source>
        <translation>&amp;Nombres en listas:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="149" />
        <source>These rules are kept in the encrypted workspace, so every computer that opens it uses the same ones.</source>
        <translation>Estas reglas se guardan en el espacio de trabajo cifrado, de modo que todos los equipos que lo abran usan las mismas.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="162" />
        <source>Backups on this computer</source>
        <translation>Copias de seguridad en este equipo</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="171" />
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="186" />
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="195" />
        <source>&amp;Keep:</source>
        <translation>C&amp;onservar:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="207" />
        <source> daily</source>
        <translation> diarias</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="217" />
        <source> weekly</source>
        <translation> semanales</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="227" />
        <source> monthly</source>
        <translation> mensuales</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="239" />
        <source>MentorDesk makes a verified backup when you lock or quit after a change, and once a day while open. A USB drive or a synced folder keeps a copy off this computer; the backups are as encrypted as the workspace.</source>
        <translation>MentorDesk hace una copia de seguridad verificada cuando usted bloquea o sale tras un cambio, y una vez al día mientras está abierto. Una unidad USB o una carpeta sincronizada guarda una copia fuera de este equipo; las copias de seguridad están tan cifradas como el espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="21" />
        <source>&amp;Lock after inactivity:</source>
        <translation>&amp;Bloquear tras inactividad:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="47" />
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="53" />
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="54" />
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="55" />
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="59" />
        <source>Preferred name (else full name)</source>
        <translation>Nombre preferido (si no, nombre completo)</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="61" />
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="63" />
        <source>Which of a client's names the client list, the pipeline, the calendar, billing and search show. Agreements and invoices are not affected.</source>
        <translation>Qué nombre del cliente se muestra en la lista de clientes, el flujo, el calendario, la facturación y la búsqueda. Los acuerdos y las facturas no se ven afectados.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="86" />
        <source>Beside the workspace folder</source>
        <translation>Junto a la carpeta del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="92" />
        <source>Backup Folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="109" />
        <source>Keep at least one backup: set the daily, weekly or monthly number above 0.</source>
        <translation>Conserve al menos una copia de seguridad: indique un número mayor que 0 de copias diarias, semanales o mensuales.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="121" />
        <source>The backup folder %1 does not exist or cannot be written to. Plug in the drive or choose another folder.</source>
        <translation>La carpeta de copias de seguridad %1 no existe o no se puede escribir en ella. Conecte la unidad o elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>md::PriceListWidget</name>
    <message>
        <location filename="../ui/billing/PriceListWidget.cpp" line="44" />
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../ui/billing/PriceListWidget.cpp" line="46" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../ui/billing/PriceListWidget.cpp" line="48" />
        <location filename="../ui/billing/PriceListWidget.cpp" line="89" />
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location filename="../ui/billing/PriceListWidget.cpp" line="89" />
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <location filename="../ui/billing/PriceListWidget.cpp" line="114" />
        <source>Saved "%1".</source>
        <translation>"%1" guardado.</translation>
    </message>
</context>
<context>
    <name>md::ProfileTab</name>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="36" />
        <source>Not decided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="47" />
        <source>e.g. package of 8 sessions, paid by the employer</source>
        <translation>p. ej., paquete de 8 sesiones, pagado por la empresa</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="50" />
        <source>Before tax. This engagement's held sessions are billed at it, whatever the price list says.</source>
        <translation>Sin impuestos. Las sesiones realizadas de este proceso de mentoría se facturan a este importe, diga lo que diga la lista de precios.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="54" />
        <source>Your reading of the mentee's profile before the first session: background, what stands out, questions to ask.</source>
        <translation>Su lectura del perfil del mentorado antes de la primera sesión: trayectoria, lo que destaca, preguntas que plantear.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="59" />
        <source>Written when the engagement ends.</source>
        <translation>Se escribe al finalizar el proceso de mentoría.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="64" />
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="65" />
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="66" />
        <source>Planned s&amp;essions:</source>
        <translation>&amp;Sesiones previstas:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="67" />
        <source>&amp;Cadence:</source>
        <translation>&amp;Frecuencia:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="68" />
        <source>&amp;Format:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="69" />
        <source>Fee &amp;note:</source>
        <translation>&amp;Nota sobre honorarios:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="70" />
        <source>Fee per sess&amp;ion:</source>
        <translation>&amp;Honorarios por sesión:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="71" />
        <source>O&amp;utcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="77" />
        <source>Prepare A&amp;greement…</source>
        <translation>Preparar a&amp;cuerdo…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="79" />
        <source>Generate an agreement for this engagement in the Agreements area</source>
        <translation>Generar un acuerdo para este proceso de mentoría en el área Acuerdos</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="86" />
        <source>The client's profile</source>
        <translation>El perfil del cliente</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="91" />
        <source>&amp;Profile-study notes:</source>
        <translation>&amp;Notas del estudio del perfil:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="96" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="211" />
        <source>Background</source>
        <translation>Trayectoria</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="212" />
        <source>Strengths</source>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="213" />
        <source>Weaknesses</source>
        <translation>Debilidades</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="214" />
        <source>Aspirations</source>
        <translation>Aspiraciones</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="218" />
        <source>The client's profile is empty. Fill it in on the Clients page; the needs link to its strengths and weaknesses.</source>
        <translation>El perfil del cliente está vacío. Rellénelo en la página Clientes; las necesidades se vinculan a sus fortalezas y debilidades.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="231" />
        <source>A signed agreement with confidentiality terms is on record.</source>
        <translation>Consta un acuerdo firmado con cláusulas de confidencialidad.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="233" />
        <source>Leaving this stage also needs a signed agreement with confidentiality terms (see Agreements).</source>
        <translation>Para salir de esta etapa también hace falta un acuerdo firmado con cláusulas de confidencialidad (véase Acuerdos).</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="278" />
        <source>Saved "%1".</source>
        <translation>"%1" guardado.</translation>
    </message>
</context>
<context>
    <name>md::ProgressChart</name>
    <message>
        <location filename="../ui/pipeline/ProgressChart.cpp" line="16" />
        <source>Progress chart</source>
        <translation>Gráfico de progreso</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProgressChart.cpp" line="41" />
        <source>Enter a baseline and a target to chart progress.</source>
        <translation>Introduzca un valor inicial y una meta para representar el progreso.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProgressChart.cpp" line="73" />
        <source>No progress recorded yet.</source>
        <translation>Aún no se ha registrado ningún progreso.</translation>
    </message>
</context>
<context>
    <name>md::RecoveryKey</name>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="74" />
        <source>Group %1 of the recovery key has the letter O; a recovery key has only the digit 0 (zero).</source>
        <translation>El grupo %1 de la clave de recuperación contiene la letra O; una clave de recuperación solo tiene el dígito 0 (cero).</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="79" />
        <source>Group %1 of the recovery key has the letter I or L; a recovery key has only the digit 1 (one).</source>
        <translation>El grupo %1 de la clave de recuperación contiene la letra I o L; una clave de recuperación solo tiene el dígito 1 (uno).</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="84" />
        <source>Group %1 of the recovery key has a character that is not in a recovery key: it has only the digits 0-9, the letters A-F and dashes.</source>
        <translation>El grupo %1 de la clave de recuperación contiene un carácter que no existe en una clave de recuperación: solo tiene los dígitos 0-9, las letras A-F y guiones.</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="103" />
        <source>Group %1 of the recovery key is too short: every group has four characters.</source>
        <translation>El grupo %1 de la clave de recuperación es demasiado corto: cada grupo tiene cuatro caracteres.</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="108" />
        <source>Group %1 of the recovery key is too long: every group has four characters.</source>
        <translation>El grupo %1 de la clave de recuperación es demasiado largo: cada grupo tiene cuatro caracteres.</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="127" />
        <source>A recovery key contains only the digits 0-9, the letters A-F and dashes.</source>
        <translation>Una clave de recuperación solo contiene los dígitos 0-9, las letras A-F y guiones.</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="137" />
        <source>This recovery key is too long: a recovery key has 64 digits and letters (16 groups of four).</source>
        <translation>Esta clave de recuperación es demasiado larga: una clave de recuperación tiene 64 dígitos y letras (16 grupos de cuatro).</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="141" />
        <source>A recovery key has 64 digits and letters (16 groups of four); this one has %1.</source>
        <translation>Una clave de recuperación tiene 64 dígitos y letras (16 grupos de cuatro); esta tiene %1.</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="146" />
        <source>The recovery key could not be read.</source>
        <translation>No se pudo leer la clave de recuperación.</translation>
    </message>
</context>
<context>
    <name>md::RecoveryKeyDocument</name>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="27" />
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="31" />
        <source>MentorDesk recovery key</source>
        <translation>Clave de recuperación de MentorDesk</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="56" />
        <source>Workspace: %1</source>
        <translation>Espacio de trabajo: %1</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="59" />
        <source>Workspace folder: %1</source>
        <translation>Carpeta del espacio de trabajo: %1</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="62" />
        <source>Workspace ID: %1</source>
        <translation>ID del espacio de trabajo: %1</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="65" />
        <source>Made on: %1</source>
        <translation>Fecha de creación: %1</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="72" />
        <source>Keep this page somewhere safe, away from your computer. Anyone who has this key can read every client record in the workspace.</source>
        <translation>Guarde esta página en un lugar seguro, lejos de su equipo. Cualquier persona que tenga esta clave puede leer todos los expedientes de clientes del espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="79" />
        <source>In MentorDesk</source>
        <translation>En MentorDesk</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="80" />
        <source>On the unlock screen choose "Use recovery key instead" and type the key. Dashes and spaces are optional. Then set a new passphrase with File &gt; Change Passphrase.</source>
        <translation>En la pantalla de desbloqueo, elija "Usar la clave de recuperación en su lugar" y escriba la clave. Los guiones y los espacios son opcionales. Después, establezca una nueva frase de contraseña con Archivo &gt; Cambiar frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="88" />
        <source>Without MentorDesk</source>
        <translation>Sin MentorDesk</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="89" />
        <source>The database is a standard SQLCipher 3 file. Open it with the sqlcipher command-line tool:</source>
        <translation>La base de datos es un archivo estándar de SQLCipher 3. Ábrala con la herramienta de línea de comandos sqlcipher:</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="97" />
        <source>the 64 digits of the key without dashes</source>
        <translation>los 64 dígitos de la clave sin guiones</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="115" />
        <source>%1 · workspace %2</source>
        <translation>%1 · espacio de trabajo %2</translation>
    </message>
</context>
<context>
    <name>md::RecoveryKeyView</name>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="29" />
        <source>This recovery key opens your workspace if you forget your passphrase. It is shown only now. Print it or write it down and keep it somewhere safe, away from this computer. Anyone who has it can read your client records.</source>
        <translation>Esta clave de recuperación abre su espacio de trabajo si olvida su frase de contraseña. Solo se muestra ahora. Imprímala o anótela y guárdela en un lugar seguro, lejos de este equipo. Cualquier persona que la tenga puede leer los expedientes de sus clientes.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="41" />
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="51" />
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="54" />
        <source>Copy the recovery key, to paste it into a password manager. The clipboard is cleared after a minute.</source>
        <translation>Copiar la clave de recuperación para pegarla en un gestor de contraseñas. El portapapeles se vacía al cabo de un minuto.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="58" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="61" />
        <source>Save the recovery key sheet as a PDF, for example on a USB stick you keep apart</source>
        <translation>Guardar la hoja de la clave de recuperación como PDF, por ejemplo en una memoria USB que guarde aparte</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="64" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="66" />
        <source>Print the recovery key sheet to keep it on paper</source>
        <translation>Imprimir la hoja de la clave de recuperación para conservarla en papel</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="165" />
        <source>The recovery key is no longer shown.</source>
        <translation>La clave de recuperación ya no se muestra.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="178" />
        <source>Save Recovery Key as PDF</source>
        <translation>Guardar la clave de recuperación como PDF</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="179" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="183" />
        <source>MentorDesk recovery key.pdf</source>
        <translation>Clave de recuperación de MentorDesk.pdf</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="189" />
        <source>Save Recovery Key</source>
        <translation>Guardar la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="192" />
        <source>Saved as %1. Keep the file apart from this computer.</source>
        <translation>Guardada como %1. Guarde el archivo separado de este equipo.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="203" />
        <source>Copied. MentorDesk clears the clipboard in a minute if the key is still on it.</source>
        <translation>Copiada. MentorDesk vaciará el portapapeles dentro de un minuto si la clave sigue en él.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="76" />
        <source>I have stored my recovery key somewhere safe</source>
        <translation>He guardado mi clave de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="152" />
        <location filename="../ui/security/RecoveryKeyView.cpp" line="158" />
        <source>Print Recovery Key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
</context>
<context>
    <name>md::Recurrence</name>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="68" />
        <source>The series needs a valid first date and time.</source>
        <translation>La serie necesita una primera fecha y hora válidas.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="71" />
        <source>The repeat interval must be between 1 and 12.</source>
        <translation>El intervalo de repetición debe estar entre 1 y 12.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="76" />
        <source>A series ends either after a number of sessions or on a date.</source>
        <translation>Una serie termina o bien tras un número de sesiones o bien en una fecha.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="79" />
        <source>A series can have at most %1 sessions.</source>
        <translation>Una serie puede tener como máximo %1 sesiones.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="82" />
        <source>The series ends before its first session.</source>
        <translation>La serie termina antes de su primera sesión.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="89" />
        <source>The weekday of the month must be the 1st to the 5th or the last.</source>
        <translation>El día de la semana del mes debe ser del 1.º al 5.º o el último.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="94" />
        <source>The first session is not on the weekday of the month the series repeats on.</source>
        <translation>La primera sesión no cae en el día de la semana del mes en que se repite la serie.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="112" />
        <location filename="../core/scheduling/Recurrence.cpp" line="118" />
        <source>The repeat rule is not valid.</source>
        <translation>La regla de repetición no es válida.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="171" />
        <source>Every week on %1</source>
        <translation>Cada semana, el %1</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="172" />
        <source>Every two weeks on %1</source>
        <translation>Cada dos semanas, el %1</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="173" />
        <source>Every %1 weeks on %2</source>
        <translation>Cada %1 semanas, el %2</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="176" />
        <source>Every month on day %1</source>
        <translation>Cada mes, el día %1</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="177" />
        <source>Every %1 months on day %2</source>
        <translation>Cada %1 meses, el día %2</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="179" />
        <source>first</source>
        <translation>primer</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="180" />
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="181" />
        <source>third</source>
        <translation>tercer</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="182" />
        <source>fourth</source>
        <translation>cuarto</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="183" />
        <source>fifth</source>
        <translation>quinto</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="185" />
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="187" />
        <source>Every month on the %1 %2</source>
        <translation>Cada mes, el %1 %2</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="188" />
        <source>Every %1 months on the %2 %3</source>
        <translation>Cada %1 meses, el %2 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/scheduling/Recurrence.cpp" line="191" />
        <source>%1, %n time(s)</source>
        <translation>
            <numerusform>%1, %n vez</numerusform>
            <numerusform>%1, %n veces</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="193" />
        <source>%1, until %2</source>
        <translation>%1, hasta el %2</translation>
    </message>
</context>
<context>
    <name>md::RestoreDialog</name>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="6" />
        <source>Restore from Backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="12" />
        <source>A restore makes a workspace from a verified backup. The copy is checked against the backup's checksums before it opens.</source>
        <translation>Una restauración crea un espacio de trabajo a partir de una copia de seguridad verificada. La copia se comprueba con las sumas de comprobación de la copia de seguridad antes de abrirse.</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="27" />
        <source>&amp;Backup:</source>
        <translation>&amp;Copia de seguridad:</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="49" />
        <source>Other &amp;Folder…</source>
        <translation>Otra &amp;carpeta…</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="65" />
        <source>Restore as:</source>
        <translation>Restaurar como:</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="72" />
        <source>A &amp;new workspace in this folder:</source>
        <translation>Un espacio de trabajo &amp;nuevo en esta carpeta:</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="87" />
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="96" />
        <source>In &amp;place of the current workspace (it is moved aside, not deleted)</source>
        <translation>En &amp;lugar del espacio de trabajo actual (se aparta, no se elimina)</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="103" />
        <location filename="../ui/backup/RestoreDialog.cpp" line="49" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="120" />
        <source>Use the &amp;recovery key instead</source>
        <translation>Usar la clave de &amp;recuperación en su lugar</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="127" />
        <source>The passphrase the workspace had when the backup was made, or the recovery key.</source>
        <translation>La frase de contraseña que tenía el espacio de trabajo cuando se hizo la copia de seguridad, o la clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="28" />
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="49" />
        <source>&amp;Recovery key:</source>
        <translation>Clave de &amp;recuperación:</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="84" />
        <source>%1 (automatic)</source>
        <translation>%1 (automática)</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="89" />
        <source>There is no verified backup in %1. Choose the folder that holds your backups.</source>
        <translation>No hay ninguna copia de seguridad verificada en %1. Elija la carpeta que contiene sus copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="97" />
        <source>Folder with Backups</source>
        <translation>Carpeta con copias de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="104" />
        <source>Folder for the Restored Workspace</source>
        <translation>Carpeta para el espacio de trabajo restaurado</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="117" />
        <source>%1 MB, verified, in %2</source>
        <translation>%1 MB, verificada, en %2</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="144" />
        <source>%1 already holds a workspace. Choose a new or empty folder.</source>
        <translation>%1 ya contiene un espacio de trabajo. Elija una carpeta nueva o vacía.</translation>
    </message>
</context>
<context>
    <name>md::RevenueModel</name>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="142" />
        <source>Year %1</source>
        <translation>Año %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="161" />
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="163" />
        <source>Net</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="165" />
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="167" />
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="169" />
        <source>Received</source>
        <translation>Cobrado</translation>
    </message>
</context>
<context>
    <name>md::RichTextEditor</name>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="44" />
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="49" />
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="52" />
        <source>Heading</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="54" />
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="56" />
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="68" />
        <source>Insert placeholder</source>
        <translation>Insertar marcador</translation>
    </message>
</context>
<context>
    <name>md::ScanPreview</name>
    <message>
        <location filename="../ui/agreements/ScanPreview.cpp" line="17" />
        <source>No preview of PDF files on this computer (pdftoppm from poppler-utils is not installed). Open the file yourself to check it before you attach it.</source>
        <translation>No hay vista previa de archivos PDF en este equipo (pdftoppm, de poppler-utils, no está instalado). Abra usted mismo el archivo para comprobarlo antes de adjuntarlo.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/ScanPreview.cpp" line="28" />
        <source>Could not prepare the preview of the PDF.</source>
        <translation>No se pudo preparar la vista previa del PDF.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/ScanPreview.cpp" line="39" />
        <location filename="../ui/agreements/ScanPreview.cpp" line="44" />
        <source>The PDF could not be shown: it may be damaged or protected.</source>
        <translation>No se pudo mostrar el PDF: puede estar dañado o protegido.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/ScanPreview.cpp" line="58" />
        <source>This file is neither a PDF nor a PNG or JPEG image.</source>
        <translation>Este archivo no es un PDF ni una imagen PNG o JPEG.</translation>
    </message>
</context>
<context>
    <name>md::SchedulingService</name>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="45" />
        <source>A session belongs to an engagement.</source>
        <translation>Una sesión pertenece a un proceso de mentoría.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="47" />
        <source>A session needs a start date and time.</source>
        <translation>Una sesión necesita una fecha y hora de inicio.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="50" />
        <location filename="../core/scheduling/SchedulingService.cpp" line="339" />
        <source>A session lasts between 1 minute and 24 hours.</source>
        <translation>Una sesión dura entre 1 minuto y 24 horas.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="59" />
        <source>The session on %1 has not begun yet: it can be marked "%2" once it has started. Until then it stays planned.</source>
        <translation>La sesión del %1 aún no ha empezado: podrá marcarse como "%2" una vez iniciada. Hasta entonces, sigue planificada.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="67" />
        <source>A session cannot have been cancelled in the future: give the time the cancellation came, or leave it to be now.</source>
        <translation>Una sesión no puede haberse cancelado en el futuro: indique la hora en que llegó la cancelación, o déjelo para que sea ahora.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="173" />
        <location filename="../core/scheduling/SchedulingService.cpp" line="268" />
        <source>This session has not been saved yet.</source>
        <translation>Esta sesión aún no se ha guardado.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="336" />
        <source>A series belongs to an engagement.</source>
        <translation>Una serie pertenece a un proceso de mentoría.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="344" />
        <source>This series has no sessions.</source>
        <translation>Esta serie no tiene sesiones.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingServiceCalendar.cpp" line="30" />
        <source>The buffer must be between 0 and 1440 minutes.</source>
        <translation>El margen debe estar entre 0 y 1440 minutos.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingServiceCalendar.cpp" line="34" />
        <source>Working hours must end after they start.</source>
        <translation>El horario de trabajo debe terminar después de empezar.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingServiceCalendar.cpp" line="65" />
        <source>Busy times need the name of their source.</source>
        <translation>Los periodos ocupados necesitan el nombre de su origen.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingServiceCalendar.cpp" line="127" />
        <source>Choose a client to export.</source>
        <translation>Elija un cliente para exportar.</translation>
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
        <translation>Buscar en todo (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchController.cpp" line="28" />
        <source>Search the workspace</source>
        <translation>Buscar en el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchController.cpp" line="34" />
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchController.cpp" line="47" />
        <source>Search &amp;Everything</source>
        <translation>Buscar en &amp;todo</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchController.cpp" line="68" />
        <source>“%1” is no longer there.</source>
        <translation>«%1» ya no existe.</translation>
    </message>
</context>
<context>
    <name>md::SearchRepository</name>
    <message>
        <location filename="../core/storage/SearchRepository.cpp" line="129" />
        <location filename="../core/storage/SearchRepository.cpp" line="165" />
        <source>Could not search the workspace</source>
        <translation>No se pudo buscar en el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../core/storage/SearchRepository.cpp" line="223" />
        <source>Could not rebuild the search index</source>
        <translation>No se pudo reconstruir el índice de búsqueda</translation>
    </message>
    <message>
        <location filename="../core/storage/SearchRepository.cpp" line="227" />
        <source>Could not tidy the search index</source>
        <translation>No se pudo depurar el índice de búsqueda</translation>
    </message>
</context>
<context>
    <name>md::SearchResultsPage</name>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="37" />
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="58" />
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="60" />
        <source>Engagements</source>
        <translation>Procesos de mentoría</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="62" />
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="64" />
        <source>SMART goals</source>
        <translation>Objetivos SMART</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="66" />
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="68" />
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="70" />
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="72" />
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="74" />
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="82" />
        <source>Session on %1 at %2 · %3</source>
        <translation>Sesión del %1 a las %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="86" />
        <source>Draft invoice</source>
        <translation>Borrador de factura</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="88" />
        <source>Evaluation of “%1”</source>
        <translation>Evaluación de «%1»</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="91" />
        <location filename="../ui/search/SearchResultsPage.cpp" line="96" />
        <source>(archived)</source>
        <translation>(archivado)</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="98" />
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="109" />
        <source>Nothing matches “%1”. Try fewer or shorter words.</source>
        <translation>Nada coincide con «%1». Pruebe con menos palabras o con palabras más cortas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/SearchResultsPage.cpp" line="112" />
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n resultado para «%1»</numerusform>
            <numerusform>%n resultados para «%1»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::SearchService</name>
    <message>
        <location filename="../core/search/SearchService.cpp" line="40" />
        <source>The number of results must be between 1 and %1.</source>
        <translation>El número de resultados debe estar entre 1 y %1.</translation>
    </message>
</context>
<context>
    <name>md::SellPackageDialog</name>
    <message>
        <location filename="../ui/billing/SellPackageDialog.ui" line="6" />
        <source>Sell package</source>
        <translation>Vender paquete</translation>
    </message>
    <message>
        <location filename="../ui/billing/SellPackageDialog.ui" line="15" />
        <source>&amp;Engagement:</source>
        <translation>&amp;Proceso de mentoría:</translation>
    </message>
    <message>
        <location filename="../ui/billing/SellPackageDialog.ui" line="28" />
        <source>&amp;Package:</source>
        <translation>Pa&amp;quete:</translation>
    </message>
    <message>
        <location filename="../ui/billing/SellPackageDialog.ui" line="41" />
        <source>The engagement gets the package's sessions as credits, and an invoice draft bills the price. If the client paid elsewhere, delete the draft: the credits stay.</source>
        <translation>El proceso de mentoría recibe las sesiones del paquete como créditos, y un borrador de factura cobra el precio. Si el cliente pagó por otra vía, elimine el borrador: los créditos se mantienen.</translation>
    </message>
</context>
<context>
    <name>md::SeriesPlanner</name>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="137" />
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="152" />
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="262" />
        <source>The session is not part of this series.</source>
        <translation>La sesión no forma parte de esta serie.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="139" />
        <source>A session needs a duration.</source>
        <translation>Una sesión necesita una duración.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="142" />
        <source>A session lasts between 1 minute and 24 hours.</source>
        <translation>Una sesión dura entre 1 minuto y 24 horas.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="144" />
        <source>The new start time is not valid.</source>
        <translation>La nueva hora de inicio no es válida.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="264" />
        <source>A session that was held cannot be skipped.</source>
        <translation>Una sesión ya realizada no se puede omitir.</translation>
    </message>
</context>
<context>
    <name>md::Session</name>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="20" />
        <location filename="../core/scheduling/Session.cpp" line="33" />
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="22" />
        <location filename="../core/scheduling/Session.cpp" line="35" />
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="24" />
        <location filename="../core/scheduling/Session.cpp" line="37" />
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="142" />
        <location filename="../core/scheduling/Session.cpp" line="75" />
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="144" />
        <location filename="../core/scheduling/Session.cpp" line="77" />
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="146" />
        <location filename="../core/scheduling/Session.cpp" line="79" />
        <source>Cancelled by the client</source>
        <translation>Cancelada por el cliente</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="148" />
        <location filename="../core/scheduling/Session.cpp" line="81" />
        <source>Cancelled by the mentor</source>
        <translation>Cancelada por el mentor</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="150" />
        <location filename="../core/scheduling/Session.cpp" line="83" />
        <source>No-show</source>
        <translation>Ausencia sin aviso</translation>
    </message>
</context>
<context>
    <name>md::SessionEditFlow</name>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="19" />
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="28" />
        <source>Session saved.</source>
        <translation>Sesión guardada.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="23" />
        <source>Cancel which sessions of the series?</source>
        <translation>¿Qué sesiones de la serie desea cancelar?</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="24" />
        <source>Change which sessions of the series?</source>
        <translation>¿Qué sesiones de la serie desea cambiar?</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="29" />
        <source>Sessions saved.</source>
        <translation>Sesiones guardadas.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="58" />
        <source>Session moved.</source>
        <translation>Sesión movida.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="62" />
        <source>Move which sessions of the series?</source>
        <translation>¿Qué sesiones de la serie desea mover?</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="73" />
        <source>Conflicts could not be checked: %1</source>
        <translation>No se pudieron comprobar los conflictos: %1</translation>
    </message>
</context>
<context>
    <name>md::SessionEditorDialog</name>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="27" />
        <source>&amp;Engagement:</source>
        <translation>&amp;Proceso de mentoría:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="40" />
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="94" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="84" />
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="125" />
        <source>Place, video link or phone number</source>
        <translation>Lugar, enlace de vídeo o número de teléfono</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="110" />
        <source>&amp;Format:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="134" />
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="151" />
        <source>o&amp;n</source>
        <translation>e&amp;l</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="195" />
        <source>after</source>
        <translation>tras</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="200" />
        <source>until</source>
        <translation>hasta el</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="208" />
        <source> sessions</source>
        <translation> sesiones</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="179" />
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="260" />
        <source>What you plan to cover</source>
        <translation>Lo que tiene previsto tratar</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="247" />
        <source>&amp;Agenda:</source>
        <translation>Tem&amp;as:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="21" />
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="293" />
        <source>Only for you: never in a summary, export or calendar file</source>
        <translation>Solo para usted: nunca en un resumen, una exportación o un archivo de calendario</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="313" />
        <source>Appears in the summary for your mentee</source>
        <translation>Aparece en el resumen para su mentorado</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="280" />
        <source>&amp;Private notes:</source>
        <translation>Notas pri&amp;vadas:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="300" />
        <source>S&amp;hareable notes:</source>
        <translation>Notas &amp;compartibles:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="274" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="337" />
        <source>One per line; “- ” makes a list</source>
        <translation>Una por línea; «- » crea una lista</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="368" />
        <source>One action per line</source>
        <translation>Una acción por línea</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="327" />
        <source>Topics:</source>
        <translation>Temas tratados:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="344" />
        <source>Progress on goals:</source>
        <translation>Progreso en los objetivos:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="358" />
        <source>Agreed actions:</source>
        <translation>Acciones acordadas:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="375" />
        <source>Add to the action plan…</source>
        <translation>Añadir al plan de acción…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="382" />
        <source>Next steps:</source>
        <translation>Próximos pasos:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="321" />
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="59" />
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="49" />
        <source>time not recorded</source>
        <translation>hora no registrada</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="57" />
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="198" />
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="62" />
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="64" />
        <source>Save as Markdown…</source>
        <translation>Guardar como Markdown…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="66" />
        <source>Copy as text for an e-mail</source>
        <translation>Copiar como texto para un correo electrónico</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="68" />
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="70" />
        <source>Export as calendar file (.ics)…</source>
        <translation>Exportar como archivo de calendario (.ics)…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="122" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="151" />
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="198" />
        <source>Skip this date…</source>
        <translation>Omitir esta fecha…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="199" />
        <source>Session with %1</source>
        <translation>Sesión con %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="245" />
        <source>Cancelled by you: never billed.</source>
        <translation>Cancelada por usted: nunca se factura.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="247" />
        <source>When the client cancelled was not recorded, so it is not billed.</source>
        <translation>No se registró cuándo canceló el cliente, por lo que no se factura.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="249" />
        <source>Cancelled in time (at least %n hour(s) before the start): not billed.</source>
        <translation>
            <numerusform>Cancelada a tiempo (al menos %n hora antes del inicio): no se factura.</numerusform>
            <numerusform>Cancelada a tiempo (al menos %n horas antes del inicio): no se factura.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="252" />
        <source>Cancelled late (less than %n hour(s) before the start): billed, as your cancellation policy says.</source>
        <translation>
            <numerusform>Cancelada tarde (menos de %n hora antes del inicio): se factura, según su política de cancelación.</numerusform>
            <numerusform>Cancelada tarde (menos de %n horas antes del inicio): se factura, según su política de cancelación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="256" />
        <source>Cancelled late (less than %n hour(s) before the start); your cancellation policy does not bill late cancellations.</source>
        <translation>
            <numerusform>Cancelada tarde (menos de %n hora antes del inicio); su política de cancelación no factura las cancelaciones tardías.</numerusform>
            <numerusform>Cancelada tarde (menos de %n horas antes del inicio); su política de cancelación no factura las cancelaciones tardías.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="274" />
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="276" />
        <source>Every week on %1</source>
        <translation>Cada semana, el %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="278" />
        <source>Every two weeks on %1</source>
        <translation>Cada dos semanas, el %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="280" />
        <source>Every month on day %1</source>
        <translation>Cada mes, el día %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="362" />
        <source>For %1: %2, %3–%4 (%5)</source>
        <translation>Para %1: %2, %3–%4 (%5)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="374" />
        <source>Part of a series: %1.</source>
        <translation>Parte de una serie: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="380" />
        <source>%n session(s), the last on %1.</source>
        <translation>
            <numerusform>%n sesión, la última el %1.</numerusform>
            <numerusform>%n sesiones, la última el %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="401" />
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="413" />
        <source>No engagement</source>
        <translation>Sin proceso de mentoría</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="414" />
        <source>Sessions belong to an engagement. Start one in the pipeline first.</source>
        <translation>Las sesiones pertenecen a un proceso de mentoría. Inicie primero uno en el flujo.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="419" />
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
</context>
<context>
    <name>md::SessionListModel</name>
    <message>
        <location filename="../ui/calendar/SessionListModel.cpp" line="82" />
        <source> (%1 their time)</source>
        <translation> (%1, hora del cliente)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionListModel.cpp" line="113" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionListModel.cpp" line="115" />
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionListModel.cpp" line="117" />
        <source>Format</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionListModel.cpp" line="119" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>md::SessionReportRepository</name>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="33" />
        <location filename="../core/storage/SessionReportRepository.cpp" line="36" />
        <source>Could not read the engagement</source>
        <translation>No se pudo leer el proceso de mentoría</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="38" />
        <source>There is no engagement with id %1.</source>
        <translation>No existe ningún proceso de mentoría con el id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="59" />
        <location filename="../core/storage/SessionReportRepository.cpp" line="63" />
        <source>Could not read the workspace's tables</source>
        <translation>No se pudieron leer las tablas del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="154" />
        <location filename="../core/storage/SessionReportRepository.cpp" line="168" />
        <source>Could not read the goals</source>
        <translation>No se pudieron leer los objetivos</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="181" />
        <location filename="../core/storage/SessionReportRepository.cpp" line="191" />
        <source>Could not read the actions</source>
        <translation>No se pudieron leer las acciones</translation>
    </message>
</context>
<context>
    <name>md::SessionRepository</name>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="124" />
        <location filename="../core/storage/SessionRepository.cpp" line="162" />
        <source>Could not save the session</source>
        <translation>No se pudo guardar la sesión</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="165" />
        <location filename="../core/storage/SessionRepository.cpp" line="187" />
        <source>There is no session with id %1.</source>
        <translation>No existe ninguna sesión con el id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="174" />
        <source>Could not delete the session</source>
        <translation>No se pudo eliminar la sesión</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="138" />
        <location filename="../core/storage/SessionRepository.cpp" line="183" />
        <location filename="../core/storage/SessionRepository.cpp" line="186" />
        <source>Could not read the session</source>
        <translation>No se pudo leer la sesión</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="264" />
        <location filename="../core/storage/SessionRepository.cpp" line="274" />
        <location filename="../core/storage/SessionRepository.cpp" line="315" />
        <location filename="../core/storage/SessionRepository.cpp" line="320" />
        <source>Could not read the sessions</source>
        <translation>No se pudieron leer las sesiones</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="354" />
        <location filename="../core/storage/SessionRepository.cpp" line="357" />
        <source>Could not read the engagement</source>
        <translation>No se pudo leer el proceso de mentoría</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="359" />
        <source>There is no engagement with id %1.</source>
        <translation>No existe ningún proceso de mentoría con el id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="368" />
        <location filename="../core/storage/SessionRepository.cpp" line="373" />
        <location filename="../core/storage/SessionRepository.cpp" line="384" />
        <location filename="../core/storage/SessionRepository.cpp" line="389" />
        <source>Could not read the engagements</source>
        <translation>No se pudieron leer los procesos de mentoría</translation>
    </message>
</context>
<context>
    <name>md::SessionSeriesRepository</name>
    <message>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="102" />
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="120" />
        <source>Could not save the series</source>
        <translation>No se pudo guardar la serie</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="122" />
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="135" />
        <source>There is no series with id %1.</source>
        <translation>No existe ninguna serie con el id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="131" />
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="134" />
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="157" />
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="162" />
        <source>Could not read the series</source>
        <translation>No se pudo leer la serie</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="171" />
        <source>Could not delete the series</source>
        <translation>No se pudo eliminar la serie</translation>
    </message>
</context>
<context>
    <name>md::SessionSpanRepository</name>
    <message>
        <location filename="../core/storage/SessionSpanRepository.cpp" line="36" />
        <source>Could not read the sessions</source>
        <translation>No se pudieron leer las sesiones</translation>
    </message>
</context>
<context>
    <name>md::SessionSummaryActions</name>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="27" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="58" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="66" />
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="48" />
        <source>Session summary %1 %2.%3</source>
        <translation>Resumen de la sesión %1 %2.%3</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="51" />
        <source>Save summary</source>
        <translation>Guardar el resumen</translation>
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
        <translation>Exportar como archivo de calendario</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="73" />
        <source>Save the session first.</source>
        <translation>Guarde primero la sesión.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="81" />
        <source>Session %1 %2.ics</source>
        <translation>Sesión %1 %2.ics</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="85" />
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="100" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="109" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="116" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="126" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="129" />
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="101" />
        <source>This engagement has no goals yet. Actions belong to a goal.</source>
        <translation>Este proceso de mentoría todavía no tiene objetivos. Las acciones pertenecen a un objetivo.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="109" />
        <source>Add the agreed actions to the goal:</source>
        <translation>Añadir las acciones acordadas al objetivo:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="119" />
        <source>%n action(s) added to “%1”.</source>
        <translation>
            <numerusform>%n acción añadida a «%1».</numerusform>
            <numerusform>%n acciones añadidas a «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="122" />
        <source>%n action(s) were already in the plan.</source>
        <translation>
            <numerusform>%n acción ya estaba en el plan.</numerusform>
            <numerusform>%n acciones ya estaban en el plan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="124" />
        <source>Not added:</source>
        <translation>No añadidas:</translation>
    </message>
</context>
<context>
    <name>md::SessionSummaryDocument</name>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="39" />
        <source>Session summary</source>
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="46" />
        <source>Topics discussed</source>
        <translation>Temas tratados</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="47" />
        <source>Progress on goals</source>
        <translation>Progreso en los objetivos</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="49" />
        <source>Agreed actions</source>
        <translation>Acciones acordadas</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="51" />
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="52" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="62" />
        <source>Mentee</source>
        <translation>Mentorado</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="64" />
        <source>Engagement</source>
        <translation>Proceso de mentoría</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="67" />
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="68" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="72" />
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="77" />
        <source>Format</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="79" />
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="81" />
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="87" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="96" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="110" />
        <source>No summary has been written for this session yet.</source>
        <translation>Todavía no se ha redactado ningún resumen de esta sesión.</translation>
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
        <translation>Resumen de la sesión · %1 · %2</translation>
    </message>
</context>
<context>
    <name>md::SessionSummaryReport</name>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="25" />
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="27" />
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="29" />
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="30" />
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="61" />
        <source>Progress report</source>
        <translation>Informe de progreso</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="76" />
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="84" />
        <source>%1 still planned</source>
        <translation>%1 aún planificadas</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="87" />
        <source>%1 cancelled</source>
        <translation>%1 canceladas</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="90" />
        <source>%1 missed</source>
        <translation>%1 perdidas</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="97" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="98" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="99" />
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="110" />
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="114" />
        <source>No goals recorded yet.</source>
        <translation>Aún no se ha registrado ningún objetivo.</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="118" />
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="119" />
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="120" />
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="121" />
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="122" />
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="133" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="160" />
        <source>for “%1”</source>
        <translation>para «%1»</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="162" />
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="175" />
        <source>Actions done</source>
        <translation>Acciones realizadas</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="176" />
        <source>None yet.</source>
        <translation>Ninguna por ahora.</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="177" />
        <source>Open actions</source>
        <translation>Acciones pendientes</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="178" />
        <source>Nothing open.</source>
        <translation>Nada pendiente.</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="186" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="191" />
        <source>Mentee</source>
        <translation>Mentorado</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="194" />
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="196" />
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="198" />
        <source>Report date</source>
        <translation>Fecha del informe</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="212" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="213" />
        <source>Progress report · %1 · %2</source>
        <translation>Informe de progreso · %1 · %2</translation>
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
        <translation> · %1 en %2</translation>
    </message>
</context>
<context>
    <name>md::SessionTally</name>
    <message numerus="yes">
        <location filename="../core/export/SessionSummaryReport.cpp" line="44" />
        <location filename="../core/scheduling/SessionTally.cpp" line="34" />
        <source>%n held</source>
        <translation>
            <numerusform>%n realizada</numerusform>
            <numerusform>%n realizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/SessionSummaryReport.cpp" line="45" />
        <location filename="../core/scheduling/SessionTally.cpp" line="35" />
        <source>%1 of %n held</source>
        <translation>
            <numerusform>%1 de %n realizada</numerusform>
            <numerusform>%1 de %n realizadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::SettingsCatalog</name>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="43" />
        <source>%1 image, %2 KB</source>
        <translation>Imagen %1, %2 KB</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="59" />
        <source>Your name as printed on invoices and agreements.</source>
        <translation>Su nombre tal como aparece en facturas y acuerdos.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="61" />
        <source>Business or trading name (optional).</source>
        <translation>Nombre de la empresa o nombre comercial (opcional).</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="64" />
        <source>Postal address; write \n between lines on the command line.</source>
        <translation>Dirección postal; en la línea de comandos, escriba \n entre líneas.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="66" />
        <source>Your VAT or tax number.</source>
        <translation>Su número de IVA o NIF.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="68" />
        <source>Contact e-mail.</source>
        <translation>Correo electrónico de contacto.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="70" />
        <source>Contact phone.</source>
        <translation>Teléfono de contacto.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="73" />
        <source>Language of your documents and the default for each client's (%1); empty follows the interface language.</source>
        <translation>Idioma de sus documentos y el predeterminado para los de cada cliente (%1); si está vacío, se usa el idioma de la interfaz.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="78" />
        <source>Country of your business (ISO code such as DE, FR, IT): it decides the legal wording of a small-business exemption. Empty takes the IBAN's country.</source>
        <translation>País de su negocio (código ISO como DE, FR, IT): determina el texto legal de la exención de IVA. Si está vacío, se toma el país del IBAN.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="82" />
        <source>Logo printed on invoices: path of a PNG or JPEG file (empty removes it).</source>
        <translation>Logotipo impreso en las facturas: ruta de un archivo PNG o JPEG (vacío lo elimina).</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="88" />
        <source>An open engagement without activity for this many days is shown as stale (%1 to %2).</source>
        <translation>Un proceso de mentoría abierto sin actividad durante este número de días se muestra como estancado (de %1 a %2).</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="94" />
        <source>Minutes before a session that MentorDesk reminds you; 0 turns reminders off.</source>
        <translation>Minutos antes de una sesión en que MentorDesk se lo recuerda; 0 desactiva los recordatorios.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="142" />
        <location filename="../core/settings/SettingsCatalog.cpp" line="215" />
        <source>There is no setting called "%1".</source>
        <translation>No existe ningún ajuste llamado "%1".</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="159" />
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 debe ser un número entero de %2 a %3.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="187" />
        <source>MentorDesk writes no documents in "%1" (use one of %2).</source>
        <translation>MentorDesk no redacta documentos en "%1" (use uno de %2).</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="197" />
        <source>"%1" is not a country code (two letters, such as DE).</source>
        <translation>"%1" no es un código de país (dos letras, como DE).</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="208" />
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
</context>
<context>
    <name>md::SettingsService</name>
    <message>
        <location filename="../core/settings/SettingsService.cpp" line="70" />
        <source>An engagement can be called stale after %1 to %2 days.</source>
        <translation>Un proceso de mentoría puede considerarse estancado tras %1 a %2 días.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsService.cpp" line="75" />
        <source>A reminder can come at most %1 minutes before a session.</source>
        <translation>Un recordatorio puede producirse como máximo %1 minutos antes de una sesión.</translation>
    </message>
</context>
<context>
    <name>md::Sidecar</name>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="39" />
        <source>No workspace file at %1.</source>
        <translation>No hay ningún archivo de espacio de trabajo en %1.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="43" />
        <location filename="../core/workspace/Sidecar.cpp" line="50" />
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="28" />
        <source>The workspace file %1 is damaged (%2). The database itself can still be opened with the recovery key.</source>
        <translation>El archivo del espacio de trabajo %1 está dañado (%2). La base de datos en sí todavía puede abrirse con la clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="45" />
        <location filename="../core/workspace/Sidecar.cpp" line="56" />
        <source>it is far too large to be one</source>
        <translation>es demasiado grande para serlo</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="61" />
        <source>it is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="68" />
        <source>This workspace was made by a newer version of MentorDesk. Update MentorDesk to open it; nothing was changed.</source>
        <translation>Este espacio de trabajo se creó con una versión más reciente de MentorDesk. Actualice MentorDesk para abrirlo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="71" />
        <source>it has no format version</source>
        <translation>no tiene versión de formato</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="86" />
        <source>it has %1 passphrase entries</source>
        <translation>tiene %1 entradas de frase de contraseña</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="95" />
        <source>The workspace file %1 is incomplete. The database itself can still be opened with the recovery key.</source>
        <translation>El archivo del espacio de trabajo %1 está incompleto. La base de datos en sí todavía puede abrirse con la clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="99" />
        <source>its workspace id is not valid</source>
        <translation>su id de espacio de trabajo no es válido</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="103" />
        <source>its pending key fingerprint is not valid</source>
        <translation>la huella digital de su clave pendiente no es válida</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="106" />
        <source>its page size %1 is not 4096</source>
        <translation>su tamaño de página %1 no es 4096</translation>
    </message>
</context>
<context>
    <name>md::SignaturePad</name>
    <message>
        <location filename="../ui/agreements/SignaturePad.cpp" line="85" />
        <source>Signature pad</source>
        <translation>Panel de firma</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignaturePad.cpp" line="86" />
        <source>Draw your signature with the mouse, a pen or a finger.</source>
        <translation>Dibuje su firma con el ratón, un lápiz o un dedo.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignaturePad.cpp" line="246" />
        <source>Sign above the line</source>
        <translation>Firme encima de la línea</translation>
    </message>
</context>
<context>
    <name>md::SignerName</name>
    <message>
        <location filename="../core/agreements/SignerName.cpp" line="27" />
        <source>Signed as “%1”; the mentor confirmed this differs from the client's name “%2”.</source>
        <translation>Firmado como «%1»; el mentor confirmó que difiere del nombre del cliente, «%2».</translation>
    </message>
    <message>
        <location filename="../core/agreements/SignerName.cpp" line="29" />
        <source>Signed as “%1”; the mentor confirmed this differs from the name in the mentor profile “%2”.</source>
        <translation>Firmado como «%1»; el mentor confirmó que difiere del nombre del perfil del mentor, «%2».</translation>
    </message>
</context>
<context>
    <name>md::SignerPanel</name>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="93" />
        <source>Mentee: %1</source>
        <translation>Mentorado: %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="94" />
        <source>Mentor: %1</source>
        <translation>Mentor: %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="34" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="36" />
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="38" />
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="44" />
        <source>Use my &amp;stored signature</source>
        <translation>Usar mi firma &amp;guardada</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="53" />
        <source>Full name of the %1</source>
        <translation>Nombre completo del %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="59" />
        <source>I, the mentor, confirm the mentee signs with this name</source>
        <translation>Yo, el mentor, confirmo que el mentorado firma con este nombre</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="60" />
        <source>I confirm that I sign with this name</source>
        <translation>Confirmo que firmo con este nombre</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="64" />
        <source>I agree to the statement above</source>
        <translation>Acepto la declaración anterior</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="68" />
        <source>Full name (typed):</source>
        <translation>Nombre completo (escrito):</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="116" />
        <source>“%1” differs from the client's name “%2”. The signed agreement will say so.</source>
        <translation>«%1» difiere del nombre del cliente, «%2». El acuerdo firmado lo hará constar.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="118" />
        <source>“%1” differs from the name in your mentor profile “%2”. The signed agreement will say so.</source>
        <translation>«%1» difiere del nombre de su perfil de mentor, «%2». El acuerdo firmado lo hará constar.</translation>
    </message>
</context>
<context>
    <name>md::SigningDialog</name>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="25" />
        <source>Sign %1</source>
        <translation>Firmar %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="27" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="29" />
        <source>Both of you sign below, each with the name you sign with. Fingerprint: %1</source>
        <translation>Firmen ambos a continuación, cada uno con el nombre con el que firma. Huella digital: %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="46" />
        <source>&amp;Sign and freeze</source>
        <translation>&amp;Firmar y bloquear</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="95" />
        <source>%1 was deleted elsewhere.</source>
        <translation>%1 se eliminó en otro lugar.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="97" />
        <source>%1 was signed elsewhere meanwhile.</source>
        <translation>%1 se ha firmado en otro lugar mientras tanto.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="98" />
        <source>%1 was changed elsewhere. Close this window and open it again to sign the current text.</source>
        <translation>%1 se modificó en otro lugar. Cierre esta ventana y vuelva a abrirla para firmar el texto actual.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="112" />
        <source>Sign and freeze %1</source>
        <translation>Firmar y bloquear %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="113" />
        <source>Once signed, %1 can no longer be changed: its PDF is stored as it is now, with both signatures, and sealed with this workspace's key. A change later needs an amendment signed again.</source>
        <translation>Una vez firmado, %1 ya no se podrá modificar: su PDF se guarda tal como está ahora, con ambas firmas, y se sella con la clave de este espacio de trabajo. Cualquier cambio posterior requerirá una modificación firmada de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="119" />
        <source>Sign and &amp;freeze</source>
        <translation>Firmar y &amp;bloquear</translation>
    </message>
</context>
<context>
    <name>md::SigningKey</name>
    <message>
        <location filename="../core/crypto/SigningKey.cpp" line="42" />
        <source>An Ed25519 seed must be 32 bytes long.</source>
        <translation>Una semilla Ed25519 debe tener 32 bytes.</translation>
    </message>
    <message>
        <location filename="../core/crypto/SigningKey.cpp" line="53" />
        <source>The stored signing key has the wrong length.</source>
        <translation>La clave de firma almacenada tiene una longitud incorrecta.</translation>
    </message>
    <message>
        <location filename="../core/crypto/SigningKey.cpp" line="63" />
        <source>The stored signing key is damaged: its two halves do not match.</source>
        <translation>La clave de firma almacenada está dañada: sus dos mitades no coinciden.</translation>
    </message>
</context>
<context>
    <name>md::SmartCheck</name>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="43" />
        <source>Say what exactly the mentee will achieve.</source>
        <translation>Indique qué logrará exactamente el mentorado.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="46" />
        <source>Describe the result in a full phrase (at least %1 words), not just a topic.</source>
        <translation>Describa el resultado con una frase completa (al menos %1 palabras), no solo un tema.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="51" />
        <source>Name what will be measured.</source>
        <translation>Indique qué se va a medir.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="54" />
        <source>Give the unit of the measure (for example interviews, %, hours).</source>
        <translation>Indique la unidad de medida (por ejemplo, entrevistas, %, horas).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="57" />
        <source>Enter where the mentee starts (the baseline).</source>
        <translation>Introduzca el punto de partida del mentorado (el valor inicial).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="60" />
        <source>Enter the value to reach (the target).</source>
        <translation>Introduzca el valor que se quiere alcanzar (la meta).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="63" />
        <source>The target equals the baseline, so there is nothing to measure.</source>
        <translation>La meta es igual al valor inicial, así que no hay nada que medir.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="68" />
        <source>Explain why the goal is realistic for the mentee.</source>
        <translation>Explique por qué el objetivo es realista para el mentorado.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="72" />
        <source>Link the goal to at least one need.</source>
        <translation>Vincule el objetivo al menos a una necesidad.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="77" />
        <source>The goal is linked to a need that no longer exists.</source>
        <translation>El objetivo está vinculado a una necesidad que ya no existe.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="85" />
        <source>Set a due date.</source>
        <translation>Fije una fecha límite.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="88" />
        <source>The due date must come after the engagement's start (%1).</source>
        <translation>La fecha límite debe ser posterior al inicio del proceso de mentoría (%1).</translation>
    </message>
</context>
<context>
    <name>md::SqlCipherDriver</name>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="85" />
        <source>Could not open the workspace database.</source>
        <translation>No se pudo abrir la base de datos del espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="111" />
        <source>No valid key was given.</source>
        <translation>No se ha proporcionado ninguna clave válida.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="116" />
        <source>The database file %1 does not exist.</source>
        <translation>El archivo de base de datos %1 no existe.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="118" />
        <source>The file is a plain, unencrypted SQLite database; MentorDesk only opens encrypted workspaces.</source>
        <translation>El archivo es una base de datos SQLite normal, sin cifrar; MentorDesk solo abre espacios de trabajo cifrados.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="125" />
        <source>The disk is full.</source>
        <translation>El disco está lleno.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="152" />
        <source>SQLCipher refused the key.</source>
        <translation>SQLCipher ha rechazado la clave.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="156" />
        <source>Could not set the page size.</source>
        <translation>No se pudo establecer el tamaño de página.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="162" />
        <source>The key does not open this database, or the file is not a MentorDesk database, or it is damaged.</source>
        <translation>La clave no abre esta base de datos, o el archivo no es una base de datos de MentorDesk, o está dañado.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="177" />
        <source>This build of SQLite has no encryption (SQLCipher missing).</source>
        <translation>Esta compilación de SQLite no tiene cifrado (falta SQLCipher).</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="253" />
        <location filename="../core/storage/SqlCipherDriver.cpp" line="262" />
        <source>The script failed</source>
        <translation>El script ha fallado</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="275" />
        <source>Could not re-encrypt the database</source>
        <translation>No se pudo volver a cifrar la base de datos</translation>
    </message>
</context>
<context>
    <name>md::StageGate</name>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="38" />
        <source>Profile-study notes are written.</source>
        <translation>Las notas del estudio del perfil están redactadas.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="42" />
        <source>Write your profile-study notes on the mentee.</source>
        <translation>Redacte sus notas del estudio del perfil del mentorado.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="46" />
        <source>A signed agreement with confidentiality terms is on record.</source>
        <translation>Consta un acuerdo firmado con cláusulas de confidencialidad.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="51" />
        <source>Have the mentee sign an agreement with confidentiality terms.</source>
        <translation>Pida al mentorado que firme un acuerdo con cláusulas de confidencialidad.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="55" />
        <source>At least one need is recorded.</source>
        <translation>Hay al menos una necesidad registrada.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="58" />
        <source>Record at least one need.</source>
        <translation>Registre al menos una necesidad.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="62" />
        <source>At least one active goal passes the SMART check.</source>
        <translation>Al menos un objetivo activo supera la comprobación SMART.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="71" />
        <source>Goal "%1" is not SMART yet (%2).</source>
        <translation>El objetivo "%1" todavía no es SMART (%2).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="76" />
        <source>Write at least one SMART goal.</source>
        <translation>Redacte al menos un objetivo SMART.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="82" />
        <source>At least one goal is active.</source>
        <translation>Hay al menos un objetivo activo.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="89" />
        <source>No goal is active: reactivate a goal or write a new one.</source>
        <translation>No hay ningún objetivo activo: reactive un objetivo o redacte uno nuevo.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="93" />
        <source>Every active goal has at least one action to do or in progress.</source>
        <translation>Cada objetivo activo tiene al menos una acción pendiente o en curso.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="99" />
        <source>Plan an open action for goal "%1".</source>
        <translation>Planifique una acción pendiente para el objetivo "%1".</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="104" />
        <source>Every goal is evaluated.</source>
        <translation>Todos los objetivos están evaluados.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="109" />
        <source>Evaluate goal "%1".</source>
        <translation>Evalúe el objetivo "%1".</translation>
    </message>
</context>
<context>
    <name>md::SystemKeyStore</name>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="136" />
        <source>The keychain entry for this workspace is damaged.</source>
        <translation>La entrada del llavero del sistema para este espacio de trabajo está dañada.</translation>
    </message>
</context>
<context>
    <name>md::TableDigests</name>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="96" />
        <source>The checksum key is missing.</source>
        <translation>Falta la clave de las sumas de comprobación.</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="104" />
        <location filename="../core/backup/TableDigest.cpp" line="109" />
        <source>Could not list the tables</source>
        <translation>No se pudieron enumerar las tablas</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="117" />
        <location filename="../core/backup/TableDigest.cpp" line="128" />
        <source>Could not read the table %1</source>
        <translation>No se pudo leer la tabla %1</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="143" />
        <source>The table %1 is missing.</source>
        <translation>Falta la tabla %1.</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="145" />
        <source>The table %1 has %2 rows instead of %3.</source>
        <translation>La tabla %1 tiene %2 filas en lugar de %3.</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="150" />
        <source>The rows of the table %1 differ.</source>
        <translation>Las filas de la tabla %1 difieren.</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="156" />
        <source>The table %1 was not expected.</source>
        <translation>La tabla %1 no se esperaba.</translation>
    </message>
</context>
<context>
    <name>md::TableDump</name>
    <message>
        <location filename="../core/storage/TableDump.cpp" line="93" />
        <location filename="../core/storage/TableDump.cpp" line="98" />
        <source>Could not list the tables</source>
        <translation>No se pudieron enumerar las tablas</translation>
    </message>
    <message>
        <location filename="../core/storage/TableDump.cpp" line="106" />
        <location filename="../core/storage/TableDump.cpp" line="111" />
        <source>Could not read the table %1</source>
        <translation>No se pudo leer la tabla %1</translation>
    </message>
    <message>
        <location filename="../core/storage/TableDump.cpp" line="135" />
        <location filename="../core/storage/TableDump.cpp" line="139" />
        <location filename="../core/storage/TableDump.cpp" line="150" />
        <source>Could not read the workspace</source>
        <translation>No se pudo leer el espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>md::TableLoader</name>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="18" />
        <source>Loading tables needs a transaction around it.</source>
        <translation>La carga de tablas debe hacerse dentro de una transacción.</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="23" />
        <location filename="../core/storage/TableLoader.cpp" line="27" />
        <source>Could not read the workspace's rules</source>
        <translation>No se pudieron leer las reglas del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="31" />
        <location filename="../core/storage/TableLoader.cpp" line="35" />
        <source>Could not prepare the workspace for the import</source>
        <translation>No se pudo preparar el espacio de trabajo para la importación</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="45" />
        <source>Could not read the table %1</source>
        <translation>No se pudo leer la tabla %1</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="52" />
        <source>Could not empty the table %1</source>
        <translation>No se pudo vaciar la tabla %1</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="67" />
        <source>Could not write the table %1</source>
        <translation>No se pudo escribir la tabla %1</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="73" />
        <source>Could not write a record of %1</source>
        <translation>No se pudo escribir un registro de %1</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="82" />
        <source>Could not check the imported records</source>
        <translation>No se pudieron comprobar los registros importados</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="85" />
        <source>a record of %1 (row %2) refers to a missing record of %3</source>
        <translation>un registro de %1 (fila %2) hace referencia a un registro inexistente de %3</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="91" />
        <source>The records do not fit together: %1.</source>
        <translation>Los registros no encajan entre sí: %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="95" />
        <source>Could not restore the workspace's rules</source>
        <translation>No se pudieron restaurar las reglas del espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>md::TaxRates</name>
    <message>
        <location filename="../core/billing/TaxRates.cpp" line="25" />
        <source>Standard</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../core/billing/TaxRates.cpp" line="28" />
        <source>Reduced</source>
        <translation>Reducido</translation>
    </message>
    <message>
        <location filename="../core/billing/TaxRates.cpp" line="31" />
        <source>Zero</source>
        <translation>Cero</translation>
    </message>
    <message>
        <location filename="../core/billing/TaxRates.cpp" line="34" />
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../core/billing/TaxRates.cpp" line="72" />
        <source>No reduced tax rate is set yet: set it under Billing › Settings › Business settings, or give the rate as a percentage.</source>
        <translation>Aún no se ha configurado ningún tipo impositivo reducido: configúrelo en Facturación › Configuración › Configuración del negocio, o indique el tipo como porcentaje.</translation>
    </message>
</context>
<context>
    <name>md::TemplateEditorDialog</name>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="27" />
        <source>Agreement templates</source>
        <translation>Plantillas de acuerdo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="42" />
        <source>This template contains confidentiality terms</source>
        <translation>Esta plantilla contiene cláusulas de confidencialidad</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="50" />
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="51" />
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="57" />
        <source>Placeholders in double braces are filled in from your profile, the client and the engagement when an agreement is generated. One without a value stops the generation and is named.</source>
        <translation>Los marcadores entre llaves dobles se rellenan a partir de su perfil, del cliente y del proceso de mentoría al generar un acuerdo. Si alguno no tiene valor, la generación se detiene y se indica cuál.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="68" />
        <source>&amp;Save as new version</source>
        <translation>&amp;Guardar como nueva versión</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="71" />
        <source>Start from the &amp;built-in text</source>
        <translation>Empezar a partir del texto &amp;predefinido</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="108" />
        <source>Version %1 (built in)</source>
        <translation>Versión %1 (predefinida)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="110" />
        <source>Version %1 of %2%3</source>
        <translation>Versión %1 del %2%3</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="114" />
        <source> (built in)</source>
        <translation> (predefinida)</translation>
    </message>
</context>
<context>
    <name>md::TemplateRenderer</name>
    <message>
        <location filename="../core/agreements/TemplateRenderer.cpp" line="102" />
        <source>unknown placeholders: %1</source>
        <translation>marcadores desconocidos: %1</translation>
    </message>
    <message>
        <location filename="../core/agreements/TemplateRenderer.cpp" line="108" />
        <source> (placeholder names are lower case, with dots and underscores, like {{client.full_name}})</source>
        <translation> (los nombres de los marcadores van en minúsculas, con puntos y guiones bajos, como {{client.full_name}})</translation>
    </message>
    <message>
        <location filename="../core/agreements/TemplateRenderer.cpp" line="115" />
        <source>placeholders without a value: %1</source>
        <translation>marcadores sin valor: %1</translation>
    </message>
    <message>
        <location filename="../core/agreements/TemplateRenderer.cpp" line="117" />
        <source>The agreement cannot be generated. The template has %1. Fill in the missing details (mentor profile, client or engagement) or correct the template.</source>
        <translation>No se puede generar el acuerdo. La plantilla contiene %1. Complete los datos que faltan (perfil del mentor, cliente o proceso de mentoría) o corrija la plantilla.</translation>
    </message>
</context>
<context>
    <name>md::TimelineModel</name>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="88" />
        <source>(created)</source>
        <translation>(creado)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="92" />
        <source>Override: %1</source>
        <translation>Paso forzado: %1</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="103" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="105" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="107" />
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="109" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>md::UnlockDialog</name>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="40" />
        <source>The key could not be remembered.</source>
        <translation>No se pudo recordar la clave.</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="50" />
        <source>Unlock MentorDesk</source>
        <translation>Desbloquear MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="52" />
        <source>Unlock your workspace</source>
        <translation>Desbloquee su espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="67" />
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="71" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="77" />
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="82" />
        <source>&amp;Recovery key:</source>
        <translation>Clave de &amp;recuperación:</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="92" />
        <source>Re&amp;member on this computer</source>
        <translation>Re&amp;cordar en este equipo</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="95" />
        <source>Keep the workspace key in the system keychain and open MentorDesk without asking while you are logged in</source>
        <translation>Guardar la clave del espacio de trabajo en el llavero del sistema y abrir MentorDesk sin preguntar mientras tenga la sesión iniciada</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="98" />
        <source>No keychain answered on this computer, so MentorDesk cannot remember the key here.</source>
        <translation>Ningún llavero del sistema respondió en este equipo, por lo que MentorDesk no puede recordar la clave aquí.</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="112" />
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="116" />
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurar desde copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="163" />
        <source>Use recovery key instead</source>
        <translation>Usar la clave de recuperación en su lugar</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="164" />
        <source>Use passphrase instead</source>
        <translation>Usar la frase de contraseña en su lugar</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="200" />
        <source>The passphrase is not correct. Check Caps Lock and the keyboard layout, or use your recovery key instead.</source>
        <translation>La frase de contraseña no es correcta. Compruebe el Bloq Mayús y la distribución del teclado, o use su clave de recuperación en su lugar.</translation>
    </message>
</context>
<context>
    <name>md::UpcomingSessionRepository</name>
    <message>
        <location filename="../core/storage/UpcomingSessionRepository.cpp" line="52" />
        <source>Could not read the upcoming sessions</source>
        <translation>No se pudieron leer las próximas sesiones</translation>
    </message>
    <message>
        <location filename="../core/storage/UpcomingSessionRepository.cpp" line="79" />
        <source>Could not count the sessions</source>
        <translation>No se pudieron contar las sesiones</translation>
    </message>
</context>
<context>
    <name>md::UpcomingSessionsWidget</name>
    <message>
        <location filename="../ui/calendar/UpcomingSessionsWidget.cpp" line="31" />
        <source>Upcoming sessions</source>
        <translation>Próximas sesiones</translation>
    </message>
    <message>
        <location filename="../ui/calendar/UpcomingSessionsWidget.cpp" line="48" />
        <location filename="../ui/calendar/UpcomingSessionsWidget.cpp" line="154" />
        <source>Nothing planned for the coming days.</source>
        <translation>No hay nada planificado para los próximos días.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/UpcomingSessionsWidget.cpp" line="166" />
        <source>%1: the last planned session is near (%2).</source>
        <translation>%1: se acerca la última sesión planificada (%2).</translation>
    </message>
</context>
<context>
    <name>md::VCardReader</name>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="156" />
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>El archivo ocupa más de %1 MB; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="197" />
        <source>not a vCard property (NAME:value)</source>
        <translation>no es una propiedad vCard (NOMBRE:valor)</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="219" />
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD sin BEGIN:VCARD</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="235" />
        <source>a card without a name</source>
        <translation>una tarjeta sin nombre</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="240" />
        <source>more than %1 cards; split the file</source>
        <translation>más de %1 tarjetas; divida el archivo</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="246" />
        <source>a property outside BEGIN:VCARD … END:VCARD</source>
        <translation>una propiedad fuera de BEGIN:VCARD … END:VCARD</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="252" />
        <source>the value is longer than 1 MB</source>
        <translation>el valor ocupa más de 1 MB</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="260" />
        <source>broken quoted-printable text</source>
        <translation>texto quoted-printable dañado</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="268" />
        <source>vCard version %1 is not supported (2.1, 3.0 and 4.0 are)</source>
        <translation>no se admite la versión %1 de vCard (se admiten la 2.1, la 3.0 y la 4.0)</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="307" />
        <source>BEGIN:VCARD without END:VCARD</source>
        <translation>BEGIN:VCARD sin END:VCARD</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="313" />
        <source>The file is not a valid vCard file: %1</source>
        <translation>El archivo no es un archivo vCard válido: %1</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="316" />
        <source>The file holds no vCard (BEGIN:VCARD).</source>
        <translation>El archivo no contiene ninguna vCard (BEGIN:VCARD).</translation>
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
        <translation>Borrador – aún sin firmar</translation>
    </message>
</context>
<context>
    <name>md::WeekGrid</name>
    <message>
        <location filename="../ui/calendar/WeekGrid.cpp" line="46" />
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../ui/calendar/WeekGrid.cpp" line="237" />
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <location filename="../ui/calendar/WeekGrid.cpp" line="237" />
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../ui/calendar/WeekGrid.cpp" line="351" />
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <location filename="../ui/calendar/WeekGrid.cpp" line="473" />
        <source>Busy in your other calendar</source>
        <translation>Ocupado en su otro calendario</translation>
    </message>
</context>
<context>
    <name>md::Workspace</name>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="41" />
        <source>The passphrase is not correct. Check Caps Lock and the keyboard layout, or unlock with your recovery key.</source>
        <translation>La frase de contraseña no es correcta. Compruebe el Bloq Mayús y la distribución del teclado, o desbloquee con su clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="50" />
        <source>This workspace has no passphrase yet: its workspace file was rebuilt with the recovery key. Unlock with the recovery key and choose a new passphrase (with mentordesk-cli: passwd --recovery-key).</source>
        <translation>Este espacio de trabajo todavía no tiene frase de contraseña: su archivo de espacio de trabajo se reconstruyó con la clave de recuperación. Desbloquéelo con la clave de recuperación y elija una nueva frase de contraseña (con mentordesk-cli: passwd --recovery-key).</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="61" />
        <source>the key is right, but the file no longer reads as a database</source>
        <translation>la clave es correcta, pero el archivo ya no se puede leer como base de datos</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="176" />
        <source>There is already a workspace in %1. Open it instead; MentorDesk never replaces a workspace.</source>
        <translation>Ya hay un espacio de trabajo en %1. Ábralo en su lugar; MentorDesk nunca sustituye un espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="180" />
        <source>Choose a passphrase.</source>
        <translation>Elija una frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="183" />
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="190" />
        <source>Could not restrict access to the folder %1.</source>
        <translation>No se pudo restringir el acceso a la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="213" />
        <source>The new database is not encrypted; MentorDesk stopped to protect your data.</source>
        <translation>La nueva base de datos no está cifrada; MentorDesk se ha detenido para proteger sus datos.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="326" />
        <source>Group %1 of the recovery key is not right; the other groups match this workspace. Compare that group of four with your printed key. Nothing was changed.</source>
        <translation>El grupo %1 de la clave de recuperación no es correcto; los demás grupos coinciden con este espacio de trabajo. Compare ese grupo de cuatro con su clave impresa. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="331" />
        <source>This recovery key does not open this workspace. Check each group of four characters against your printout. Nothing was changed.</source>
        <translation>Esta clave de recuperación no abre este espacio de trabajo. Compruebe cada grupo de cuatro caracteres con su copia impresa. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="338" />
        <source>Could not keep a copy of the damaged workspace file as %1.</source>
        <translation>No se pudo conservar una copia del archivo dañado del espacio de trabajo como %1.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="362" />
        <source>The key remembered on this computer does not belong to this workspace. Unlock with your passphrase.</source>
        <translation>La clave recordada en este equipo no pertenece a este espacio de trabajo. Desbloquéelo con su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="370" />
        <location filename="../core/workspace/Workspace.cpp" line="385" />
        <source>Choose a new passphrase.</source>
        <translation>Elija una nueva frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="391" />
        <source>This recovery key does not belong to this workspace.</source>
        <translation>Esta clave de recuperación no pertenece a este espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="469" />
        <source>This recovery key does not open the workspace database (or the database is damaged). Nothing was changed.</source>
        <translation>Esta clave de recuperación no abre la base de datos del espacio de trabajo (o la base de datos está dañada). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="486" />
        <source>Could not keep the damaged workspace file as %1; nothing was changed.</source>
        <translation>No se pudo conservar el archivo dañado del espacio de trabajo como %1; no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>md::WorkspaceExporter</name>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="86" />
        <source>%1 holds a workspace; export into an empty or new folder.</source>
        <translation>%1 contiene un espacio de trabajo; exporte en una carpeta vacía o nueva.</translation>
    </message>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="91" />
        <source>%1 is not empty; export into an empty or new folder.</source>
        <translation>%1 no está vacía; exporte en una carpeta vacía o nueva.</translation>
    </message>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="96" />
        <location filename="../core/export/WorkspaceExporter.cpp" line="138" />
        <location filename="../core/export/WorkspaceExporter.cpp" line="193" />
        <source>Could not create %1.</source>
        <translation>No se pudo crear %1.</translation>
    </message>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="102" />
        <source>Could not write to %1.</source>
        <translation>No se pudo escribir en %1.</translation>
    </message>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="126" />
        <source>Could not finish the export in %1.</source>
        <translation>No se pudo terminar la exportación en %1.</translation>
    </message>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="237" />
        <source>Could not create the document folders.</source>
        <translation>No se pudieron crear las carpetas de documentos.</translation>
    </message>
</context>
<context>
    <name>md::WorkspaceIdentity</name>
    <message>
        <location filename="../core/storage/WorkspaceIdentity.cpp" line="22" />
        <source>Could not record the workspace id</source>
        <translation>No se pudo registrar el id del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../core/storage/WorkspaceIdentity.cpp" line="31" />
        <source>Could not read the workspace id</source>
        <translation>No se pudo leer el id del espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>md::WorkspaceImporter</name>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="36" />
        <source>the field "%1" is unknown</source>
        <translation>el campo "%1" es desconocido</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="44" />
        <source>the field "%1" is missing</source>
        <translation>falta el campo "%1"</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="63" />
        <source>the field "%1" holds no valid base64 data</source>
        <translation>el campo "%1" no contiene datos base64 válidos</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="71" />
        <source>the field "%1" holds a list</source>
        <translation>el campo "%1" contiene una lista</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="81" />
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="93" />
        <location filename="../core/import/WorkspaceImporter.cpp" line="155" />
        <source>%1 cannot be opened: %2.</source>
        <translation>No se puede abrir %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="101" />
        <source>it does not hold a list of records</source>
        <translation>no contiene una lista de registros</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="107" />
        <source>record %1 is not a record</source>
        <translation>el registro %1 no es un registro</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="126" />
        <source>text follows the list of records</source>
        <translation>hay texto después de la lista de registros</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="136" />
        <source>line %1 is not a record</source>
        <translation>la línea %1 no es un registro</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="141" />
        <source>the list of records is cut short</source>
        <translation>la lista de registros está cortada</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="149" />
        <source>There is no folder %1.</source>
        <translation>No existe la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="152" />
        <source>%1 is not a MentorDesk export: it has no %2.</source>
        <translation>%1 no es una exportación de MentorDesk: no contiene %2.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="173" />
        <source>This export holds one client's data, not a whole workspace. Only an export of a whole workspace (File &gt; Export Workspace, or 'export --to') can become a workspace.</source>
        <translation>Esta exportación contiene los datos de un cliente, no de un espacio de trabajo completo. Solo la exportación de un espacio de trabajo completo (Archivo &gt; Exportar espacio de trabajo, o 'export --to') puede convertirse en un espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="178" />
        <source>This export was made by a newer version of MentorDesk (data format %1; this version knows up to %2). Update MentorDesk to import it.</source>
        <translation>Esta exportación se hizo con una versión más reciente de MentorDesk (formato de datos %1; esta versión admite hasta el %2). Actualice MentorDesk para importarla.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="186" />
        <source>This export was made by an earlier version of MentorDesk (data format %1; this version writes %2). Open the workspace it came from with this version and export it again.</source>
        <translation>Esta exportación se hizo con una versión anterior de MentorDesk (formato de datos %1; esta versión escribe el %2). Abra con esta versión el espacio de trabajo de procedencia y vuelva a exportarlo.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="207" />
        <source>The export is incomplete: %1 is missing.</source>
        <translation>La exportación está incompleta: falta %1.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="212" />
        <source>The export holds json/%1, which is no table of this data format.</source>
        <translation>La exportación contiene json/%1, que no es ninguna tabla de este formato de datos.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="228" />
        <source>This workspace already holds records; an export is imported into a new workspace only.</source>
        <translation>Este espacio de trabajo ya contiene registros; una exportación solo se importa en un espacio de trabajo nuevo.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="243" />
        <source>%1, record %2</source>
        <translation>%1, registro %2</translation>
    </message>
</context>
<context>
    <name>md::cli::AgreementCommands</name>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="68" />
        <source>Unknown template '%1' (use mentoring|confidentiality).</source>
        <translation>Plantilla desconocida '%1' (use mentoring|confidentiality).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="78" />
        <location filename="../app/cli/AgreementCommands.cpp" line="154" />
        <source>'%1' is not a date (use YYYY-MM-DD).</source>
        <translation>'%1' no es una fecha (use AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="87" />
        <source>--engagement is required.</source>
        <translation>--engagement es obligatorio.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="89" />
        <location filename="../app/cli/AgreementCommands.cpp" line="181" />
        <source>engagement id</source>
        <translation>id del proceso de mentoría</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="108" />
        <location filename="../app/cli/AgreementCommands.cpp" line="126" />
        <location filename="../app/cli/AgreementCommands.cpp" line="142" />
        <location filename="../app/cli/AgreementCommands.cpp" line="258" />
        <source>agreement id</source>
        <translation>id del acuerdo</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="125" />
        <source>Give the agreement's id and the PDF file to write.</source>
        <translation>Indique el id del acuerdo y el archivo PDF que se escribirá.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="147" />
        <source>--on-paper SCAN_FILE is required (on-screen signing happens in the app).</source>
        <translation>--on-paper ARCHIVO_ESCANEO es obligatorio (la firma en pantalla se hace en la aplicación).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="158" />
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
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
        <translation>NÚMERO</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="196" />
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="196" />
        <source>VERIFICATION</source>
        <translation>VERIFICACIÓN</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="197" />
        <source>CLIENT</source>
        <translation>CLIENTE</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="197" />
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="240" />
        <source>No agreements yet. Generate one with: %1 agreement create --engagement ID</source>
        <translation>Aún no hay acuerdos. Genere uno con: %1 agreement create --engagement ID</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="249" />
        <source>At least one signed agreement was modified; run '%1 verify'.</source>
        <translation>Al menos un acuerdo firmado se ha modificado; ejecute '%1 verify'.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="257" />
        <source>Give the agreement's id and the folder to export to.</source>
        <translation>Indique el id del acuerdo y la carpeta en la que se exportará.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="306" />
        <source>The agreement's id (see 'agreement list').</source>
        <translation>El id del acuerdo (véase 'agreement list').</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="308" />
        <source>mentoring (default) or confidentiality.</source>
        <translation>mentoring (predeterminado) o confidentiality.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="308" />
        <source>TEMPLATE</source>
        <translation>PLANTILLA</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="310" />
        <source>The date the agreement ends, YYYY-MM-DD (default: open-ended).</source>
        <translation>La fecha de finalización del acuerdo, AAAA-MM-DD (predeterminado: sin fecha de finalización).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="311" />
        <location filename="../app/cli/AgreementCommands.cpp" line="362" />
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="316" />
        <source>--engagement ID [--template mentoring|confidentiality] [--end-date DATE]</source>
        <translation>--engagement ID [--template mentoring|confidentiality] [--end-date FECHA]</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="317" />
        <source>Generate a draft agreement for an engagement and print its id.</source>
        <translation>Generar un borrador de acuerdo para un proceso de mentoría y mostrar su id.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="325" />
        <source>The engagement's id (required).</source>
        <translation>El id del proceso de mentoría (obligatorio).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="332" />
        <source>ID [--end-date DATE]</source>
        <translation>ID [--end-date FECHA]</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="333" />
        <source>Generate a draft that amends a signed agreement; print its id.</source>
        <translation>Generar un borrador que modifica un acuerdo firmado; muestra su id.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="341" />
        <source>ID FILE</source>
        <translation>ID ARCHIVO</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="342" />
        <source>Write an agreement as PDF (a signed one: exactly the signed bytes).</source>
        <translation>Escribir un acuerdo como PDF (si está firmado: exactamente los bytes firmados).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="343" />
        <source>The file is written unencrypted: keep it safe or delete it after use.</source>
        <translation>El archivo se escribe sin cifrar: guárdelo en un lugar seguro o elimínelo después de usarlo.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="344" />
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="344" />
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se escribirá.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="351" />
        <source>Record that a printed agreement was signed by hand, with its scan.</source>
        <translation>Registrar que un acuerdo impreso se firmó a mano, con su escaneo.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="169" />
        <source>Agreement %1 is recorded as signed by hand on %2; the scan is attached, not checked. Fingerprint %3.</source>
        <translation>El acuerdo %1 consta como firmado a mano el %2; el escaneo está adjunto, sin verificar. Huella digital %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="318" />
        <source>The newest version of the template is filled in from your profile (see 'agreement profile'), the client and the engagement. A detail that is not set yet (your business name or address, the client's email, the fee, ...) prints as a blank line to fill in by hand; the blanks are listed on standard error. Only your name and the client's name are required.</source>
        <translation>La versión más reciente de la plantilla se rellena a partir de su perfil (véase 'agreement profile'), del cliente y del proceso de mentoría. Un dato que aún no está configurado (el nombre o la dirección de su empresa, el correo electrónico del cliente, los honorarios, ...) se imprime como una línea en blanco para rellenar a mano; los huecos se enumeran en la salida de error estándar. Solo son obligatorios su nombre y el nombre del cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="350" />
        <source>ID --on-paper SCAN_FILE [--signed-on DATE]</source>
        <translation>ID --on-paper ARCHIVO_ESCANEO [--signed-on FECHA]</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="352" />
        <source>The scan (PDF, PNG or JPEG) is stored in the workspace as it is; the handwritten signatures on it are not checked. The agreement is frozen: its PDF, a manifest and the manifest's signature are stored and no later change is possible.</source>
        <translation>El escaneo (PDF, PNG o JPEG) se guarda tal cual en el espacio de trabajo; las firmas manuscritas que contiene no se comprueban. El acuerdo queda bloqueado: se guardan su PDF, un manifiesto y la firma del manifiesto, y no es posible ningún cambio posterior.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="358" />
        <source>The scan of the signed paper.</source>
        <translation>El escaneo del papel firmado.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="358" />
        <source>SCAN_FILE</source>
        <translation>ARCHIVO_ESCANEO</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="360" />
        <source>The day the paper was signed, YYYY-MM-DD (default: today); not before the draft was generated, not in the future.</source>
        <translation>El día en que se firmó el papel, AAAA-MM-DD (predeterminado: hoy); no anterior a la generación del borrador ni futuro.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="368" />
        <source>[--json] [--engagement ID]</source>
        <translation>[--json] [--engagement ID]</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="369" />
        <source>List agreements with their state and verification.</source>
        <translation>Enumerar los acuerdos con su estado y su verificación.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="370" />
        <source>Exits with status 1 when a signed agreement does not verify.</source>
        <translation>Termina con el código de salida 1 si un acuerdo firmado no supera la verificación.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="371" />
        <source>Print a JSON array.</source>
        <translation>Mostrar una matriz JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="372" />
        <source>Only this engagement's.</source>
        <translation>Solo los de este proceso de mentoría.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="378" />
        <source>ID DIR</source>
        <translation>ID DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="379" />
        <source>Export a signed agreement for the client, with what proves it.</source>
        <translation>Exportar un acuerdo firmado para el cliente, con lo que lo acredita.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="380" />
        <source>Writes agreement.pdf, manifest.json, manifest.sig (raw Ed25519 signature), manifest.sig.base64, public-key.pem, the signature images or the scan, and a README.txt on checking them with sha256sum and openssl. Existing files are never overwritten.</source>
        <translation>Escribe agreement.pdf, manifest.json, manifest.sig (firma Ed25519 sin formato), manifest.sig.base64, public-key.pem, las imágenes de las firmas o el escaneo, y un README.txt que explica cómo comprobarlos con sha256sum y openssl. Los archivos existentes nunca se sobrescriben.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="384" />
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="384" />
        <source>The folder to write to.</source>
        <translation>La carpeta en la que se escribirá.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="390" />
        <source>[--name TEXT] [--business-name TEXT] [--address TEXT] [...]</source>
        <translation>[--name TEXTO] [--business-name TEXTO] [--address TEXTO] [...]</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="391" />
        <source>Show or change your mentor profile, as agreements print it.</source>
        <translation>Mostrar o cambiar su perfil de mentor, tal como aparece en los acuerdos.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="392" />
        <source>Prints the profile as JSON after applying the options given. In --address, \n starts a new line.</source>
        <translation>Muestra el perfil como JSON tras aplicar las opciones indicadas. En --address, \n empieza una línea nueva.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="397" />
        <source>Set %1.</source>
        <translation>Establecer %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="397" />
        <source>TEXT</source>
        <translation>TEXTO</translation>
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
        <translation>  (automática)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/BackupCommands.cpp" line="92" />
        <source>Backup written and verified: %1 rows in %n table(s) are identical to the workspace.</source>
        <translation>
            <numerusform>Copia de seguridad escrita y verificada: %1 filas en %n tabla son idénticas al espacio de trabajo.</numerusform>
            <numerusform>Copia de seguridad escrita y verificada: %1 filas en %n tablas son idénticas al espacio de trabajo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="116" />
        <source>No verified backups in %1.</source>
        <translation>No hay copias de seguridad verificadas en %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="123" />
        <source>  (another workspace)</source>
        <translation>  (otro espacio de trabajo)</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="132" />
        <source>Recovery key of the backup: </source>
        <translation>Clave de recuperación de la copia de seguridad: </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="133" />
        <source>Passphrase of the backup (the one the workspace had then): </source>
        <translation>Frase de contraseña de la copia de seguridad (la que tenía entonces el espacio de trabajo): </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="134" />
        <source>No recovery key was given on standard input.</source>
        <translation>No se ha proporcionado ninguna clave de recuperación por la entrada estándar.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="135" />
        <source>No passphrase was given on standard input.</source>
        <translation>No se ha proporcionado ninguna frase de contraseña por la entrada estándar.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="157" />
        <source>Name the backup folder to check.</source>
        <translation>Indique la carpeta de la copia de seguridad que desea comprobar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/BackupCommands.cpp" line="177" />
        <source>The backup is damaged: %n problem(s) found.</source>
        <translation>
            <numerusform>La copia de seguridad está dañada: se ha encontrado %n problema.</numerusform>
            <numerusform>La copia de seguridad está dañada: se han encontrado %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="187" />
        <source>Name the backup folder to restore.</source>
        <translation>Indique la carpeta de la copia de seguridad que desea restaurar.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="190" />
        <source>Give the new workspace folder with --to DIR; a restore never replaces a workspace in place.</source>
        <translation>Indique la carpeta del nuevo espacio de trabajo con --to DIR; una restauración nunca sustituye un espacio de trabajo en su sitio.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="198" />
        <source>%1 already holds a workspace; MentorDesk never restores over one. Choose an empty or new folder.</source>
        <translation>%1 ya contiene un espacio de trabajo; MentorDesk nunca restaura sobre uno existente. Elija una carpeta vacía o nueva.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="211" />
        <source>Restored the backup of %1 into %2. Open it with: %3 --workspace "%2"</source>
        <translation>Copia de seguridad de %1 restaurada en %2. Ábrala con: %3 --workspace "%2"</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="223" />
        <source>[--to DIR] [--json]</source>
        <translation>[--to DIR] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="224" />
        <source>Write a verified, encrypted backup of the workspace.</source>
        <translation>Escribir una copia de seguridad verificada y cifrada del espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="226" />
        <source>Copies every committed change (also those still in the write-ahead log) into a new
folder named after the date and time, encrypted under the same key: the recovery
key opens it. The copy is read back and compared table by table before it is
kept; a backup that does not match is deleted and the command fails. Works while
MentorDesk is open. Without --to, the backup folder of this computer's
preferences is used (by default beside the workspace folder).</source>
        <translation>Copia todos los cambios confirmados (también los que aún están en el registro de escritura anticipada) en una
carpeta nueva con el nombre de la fecha y la hora, cifrada con la misma clave: la clave de
recuperación la abre. La copia se vuelve a leer y se compara tabla por tabla antes de
conservarla; una copia que no coincide se elimina y el comando falla. Funciona con
MentorDesk abierto. Sin --to, se usa la carpeta de copias de seguridad de las preferencias
de este equipo (por defecto, junto a la carpeta del espacio de trabajo).</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="233" />
        <source>The folder to write the backup into.</source>
        <translation>La carpeta en la que se escribirá la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="233" />
        <location filename="../app/cli/BackupCommands.cpp" line="243" />
        <location filename="../app/cli/BackupCommands.cpp" line="267" />
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="234" />
        <source>Print the backup as JSON.</source>
        <translation>Mostrar la copia de seguridad como JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="240" />
        <source>[--from DIR] [--json]</source>
        <translation>[--from DIR] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="241" />
        <source>List the verified backups, newest first.</source>
        <translation>Enumerar las copias de seguridad verificadas, de la más reciente a la más antigua.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="242" />
        <source>Needs no passphrase: the description of each backup holds no client data.</source>
        <translation>No necesita frase de contraseña: la descripción de cada copia de seguridad no contiene datos de clientes.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="243" />
        <source>The folder to look in.</source>
        <translation>La carpeta en la que buscar.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="244" />
        <source>Print a JSON array.</source>
        <translation>Mostrar una matriz JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="250" />
        <location filename="../app/cli/BackupCommands.cpp" line="255" />
        <location filename="../app/cli/BackupCommands.cpp" line="268" />
        <source>BACKUP</source>
        <translation>COPIA</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="251" />
        <source>Check a backup: integrity and every table against its checksums.</source>
        <translation>Comprobar una copia de seguridad: integridad y cada tabla con sus sumas de comprobación.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="252" />
        <source>Asks for the passphrase the workspace had when the backup was made (or,
with --recovery-key, the recovery key). Prints OK, or the problems
found and exits with status 1. The backup itself is not modified.</source>
        <translation>Pide la frase de contraseña que tenía el espacio de trabajo cuando se hizo la copia de seguridad
(o, con --recovery-key, la clave de recuperación). Muestra OK o los problemas
encontrados y termina con el código de salida 1. La copia de seguridad en sí no se modifica.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="255" />
        <location filename="../app/cli/BackupCommands.cpp" line="268" />
        <source>A backup folder (or its backup.json).</source>
        <translation>Una carpeta de copia de seguridad (o su backup.json).</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="261" />
        <source>BACKUP --to DIR</source>
        <translation>COPIA --to DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="262" />
        <source>Restore a backup into a new workspace folder.</source>
        <translation>Restaurar una copia de seguridad en una nueva carpeta de espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="263" />
        <source>The folder must be new or empty: the live workspace is never replaced
in place. The restored copy is opened with the passphrase of the backup
(or the recovery key) and checked against its checksums; when it does
not match, nothing is left behind.</source>
        <translation>La carpeta debe ser nueva o estar vacía: el espacio de trabajo en uso nunca se sustituye
en su sitio. La copia restaurada se abre con la frase de contraseña de la copia de seguridad
(o la clave de recuperación) y se comprueba con sus sumas de comprobación; si no
coincide, no queda nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="267" />
        <source>The new workspace folder.</source>
        <translation>La carpeta del nuevo espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>md::cli::BillingCommands</name>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="80" />
        <source>--kind must be single, package or retainer.</source>
        <translation>--kind debe ser single, package o retainer.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="83" />
        <source>--name is required.</source>
        <translation>--name es obligatorio.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="85" />
        <source>--price is required.</source>
        <translation>--price es obligatorio.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="93" />
        <source>--sessions and --months take a whole number.</source>
        <translation>--sessions y --months admiten un número entero.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="120" />
        <source>--engagement and --offering are required.</source>
        <translation>--engagement y --offering son obligatorios.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="122" />
        <source>engagement id</source>
        <translation>id del proceso de mentoría</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="125" />
        <source>offering id</source>
        <translation>id de la oferta</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="133" />
        <source>'%1' is not a date: write YYYY-MM-DD.</source>
        <translation>'%1' no es una fecha: escriba AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="168" />
        <source>'%1' is not a year.</source>
        <translation>'%1' no es un año.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="206" />
        <source>Revenue %1 (%2): month, net, tax, gross, received</source>
        <translation>Ingresos %1 (%2): mes, base, impuestos, bruto, cobrado</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="213" />
        <source>Owed by client: 0-30, 31-60, 61-90, over 90 days, total</source>
        <translation>Pendiente por cliente: 0-30, 31-60, 61-90, más de 90 días, total</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="226" />
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="227" />
        <source>Write invoices.csv, invoice_lines.csv and payments.csv.</source>
        <translation>Escribir invoices.csv, invoice_lines.csv y payments.csv.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="229" />
        <source>CSV as RFC 4180 (every field quoted, CRLF line ends), UTF-8, amounts with a dot as decimal separator and dates as YYYY-MM-DD, whatever the language settings. Drafts are left out.</source>
        <translation>CSV según RFC 4180 (cada campo entre comillas, fin de línea CRLF), UTF-8, importes con punto como separador decimal y fechas como AAAA-MM-DD, sea cual sea la configuración de idioma. Los borradores no se incluyen.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="233" />
        <source>Folder to write to (made if missing).</source>
        <translation>Carpeta en la que se escribirá (se crea si no existe).</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="239" />
        <source>[--year YEAR] [--json]</source>
        <translation>[--year AÑO] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="240" />
        <source>Revenue by month and what each client owes, by age.</source>
        <translation>Ingresos por mes y lo que debe cada cliente, según antigüedad.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="242" />
        <source>The year (default: this year).</source>
        <translation>El año (predeterminado: el año en curso).</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="242" />
        <source>YEAR</source>
        <translation>AÑO</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="243" />
        <source>Print a JSON object.</source>
        <translation>Mostrar un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="249" />
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="250" />
        <source>List the price list with its ids.</source>
        <translation>Mostrar la lista de precios con sus ids.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="251" />
        <source>Print a JSON array.</source>
        <translation>Mostrar una matriz JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="258" />
        <source>--kind single|package|retainer --name NAME --price AMOUNT [--tax-rate PERCENT] [--sessions N] [--months N]</source>
        <translation>--kind single|package|retainer --name NOMBRE --price IMPORTE [--tax-rate PORCENTAJE] [--sessions N] [--months N]</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="260" />
        <source>Add an entry to the price list; prints its id.</source>
        <translation>Añadir una entrada a la lista de precios; muestra su id.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="262" />
        <source>The price is before tax, per session, per package or per month, in the workspace currency. Packages take --sessions (sessions included) and --months (validity, 0 = no expiry). Without --tax-rate the standard rate applies.</source>
        <translation>El precio es sin impuestos, por sesión, por paquete o por mes, en la moneda del espacio de trabajo. Los paquetes admiten --sessions (sesiones incluidas) y --months (validez, 0 = sin caducidad). Sin --tax-rate se aplica el tipo general.</translation>
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
        <translation>El nombre que figura en las facturas.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="267" />
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="268" />
        <source>The price before tax.</source>
        <translation>El precio sin impuestos.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="268" />
        <source>AMOUNT</source>
        <translation>IMPORTE</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="269" />
        <source>The tax rate in percent.</source>
        <translation>El tipo impositivo en porcentaje.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="269" />
        <source>PERCENT</source>
        <translation>PORCENTAJE</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="270" />
        <source>Packages: sessions included.</source>
        <translation>Paquetes: sesiones incluidas.</translation>
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
        <translation>Paquetes: meses de validez.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="277" />
        <source>--engagement ID --offering ID [--date YYYY-MM-DD]</source>
        <translation>--engagement ID --offering ID [--date AAAA-MM-DD]</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="278" />
        <source>Sell a package of the price list to an engagement; prints the id of its invoice draft.</source>
        <translation>Vender un paquete de la lista de precios a un proceso de mentoría; muestra el id de su borrador de factura.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="281" />
        <source>The engagement gets the package's sessions as credits, valid from the date of sale (default: today) for the package's months; its held sessions use them. The draft invoice bills the package's price; issue it with `invoice issue`.</source>
        <translation>El proceso de mentoría recibe las sesiones del paquete como créditos, válidos desde la fecha de venta (predeterminado: hoy) durante los meses del paquete; sus sesiones realizadas los consumen. El borrador de factura cobra el precio del paquete; emítalo con `invoice issue`.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="285" />
        <source>The engagement's id (required).</source>
        <translation>El id del proceso de mentoría (obligatorio).</translation>
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
        <translation>El id del paquete según `billing offerings`.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="288" />
        <source>The date of sale.</source>
        <translation>La fecha de venta.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="288" />
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>md::cli::CalendarCommands</name>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="43" />
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="50" />
        <source>Give the server's address with --url.</source>
        <translation>Indique la dirección del servidor con --url.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="52" />
        <source>Give the user name with --user.</source>
        <translation>Indique el nombre de usuario con --user.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="61" />
        <source>Password of %1 on %2: </source>
        <translation>Contraseña de %1 en %2: </translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="62" />
        <source>No password for the calendar server was given on standard input.</source>
        <translation>No se ha proporcionado ninguna contraseña del servidor de calendario por la entrada estándar.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="77" />
        <source>Connected: sessions will be published to %1.</source>
        <translation>Conectado: las sesiones se publicarán en %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CalendarCommands.cpp" line="80" />
        <source>%n change(s) waiting; run 'calendar sync' to send them.</source>
        <translation>
            <numerusform>%n cambio pendiente; ejecute 'calendar sync' para enviarlo.</numerusform>
            <numerusform>%n cambios pendientes; ejecute 'calendar sync' para enviarlos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="94" />
        <source>Published %1, removed %2.</source>
        <extracomment>Counts of calendar events (a series counts once) sent to the server.</extracomment>
        <translation>Publicados: %1; eliminados: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CalendarCommands.cpp" line="97" />
        <source>%n event(s) were changed on the server and were not overwritten.</source>
        <translation>
            <numerusform>%n evento se modificó en el servidor y no se ha sobrescrito.</numerusform>
            <numerusform>%n eventos se modificaron en el servidor y no se han sobrescrito.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CalendarCommands.cpp" line="101" />
        <source>Read %n busy time(s) from the other calendars.</source>
        <translation>
            <numerusform>Se ha leído %n periodo ocupado de los otros calendarios.</numerusform>
            <numerusform>Se han leído %n periodos ocupados de los otros calendarios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CalendarCommands.cpp" line="105" />
        <source>%n change(s) still waiting.</source>
        <translation>
            <numerusform>%n cambio sigue pendiente.</numerusform>
            <numerusform>%n cambios siguen pendientes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="108" />
        <source>Changed on the server: %1, waiting for your choice (see 'calendar differences').</source>
        <translation>Eventos modificados en el servidor: %1, a la espera de su decisión (véase 'calendar differences').</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="124" />
        <source>No calendar account is connected.</source>
        <translation>No hay ninguna cuenta de calendario conectada.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="127" />
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="128" />
        <source>User: %1</source>
        <translation>Usuario: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="129" />
        <source>Calendar: %1</source>
        <translation>Calendario: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="130" />
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="131" />
        <source>Changes waiting: %1</source>
        <translation>Cambios pendientes: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="132" />
        <source>Events changed on the server: %1</source>
        <translation>Eventos modificados en el servidor: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="134" />
        <source>See them with 'calendar differences'.</source>
        <translation>Consúltelos con 'calendar differences'.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="136" />
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="142" />
        <source>Give either --busy-titles or --no-busy-titles, not both.</source>
        <translation>Indique --busy-titles o --no-busy-titles, no ambos.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="158" />
        <source>No calendar is read for busy times now; the busy times read before were removed.</source>
        <translation>Ya no se lee ningún calendario para los periodos ocupados; se han quitado los periodos ocupados leídos antes.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="162" />
        <source>Busy times are read from %1 on the next 'calendar sync'.</source>
        <translation>Los periodos ocupados se leerán de %1 en el próximo 'calendar sync'.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="174" />
        <source>The calendar account was removed from this workspace; the events already published stay on the server.</source>
        <translation>Se ha quitado la cuenta de calendario de este espacio de trabajo; los eventos ya publicados permanecen en el servidor.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="186" />
        <source>--url URL --user USER [--calendar NAME] [--busy NAME]... [--busy-titles]</source>
        <translation>--url URL --user USUARIO [--calendar NOMBRE] [--busy NOMBRE]... [--busy-titles]</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="187" />
        <source>Connect a CalDAV calendar account to publish the sessions to.</source>
        <translation>Conectar una cuenta de calendario CalDAV en la que publicar las sesiones.</translation>
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
        <translation>Busca los calendarios de la cuenta en el servidor (la dirección puede ser la del propio servidor,
p. ej., https://cloud.example.com/) y publica en el calendario llamado NOMBRE
("MentorDesk" si no se indica), que se crea si no existe. Pide la frase de contraseña
del espacio de trabajo y después la contraseña del servidor; si la entrada estándar no es un
terminal, la línea 1 es la frase de contraseña y la línea 2 la contraseña. La contraseña se guarda
solo dentro del espacio de trabajo cifrado. Se requiere una dirección segura (https://).

Los eventos publicados muestran "Sesión de mentoría" con las iniciales del cliente y la
modalidad: nunca notas, objetivos, lugares, enlaces, direcciones de correo electrónico ni nombres completos.

Los eventos de los calendarios indicados con --busy (repítalo para varios) se leen
en cada sincronización como periodos ocupados para los avisos de conflicto, con el título "Ocupado" salvo que
se indique --busy-titles.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="203" />
        <source>The CalDAV server's address.</source>
        <translation>La dirección del servidor CalDAV.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="203" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="204" />
        <source>The user name on the server.</source>
        <translation>El nombre de usuario en el servidor.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="204" />
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="205" />
        <source>The calendar to publish to.</source>
        <translation>El calendario en el que publicar.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="205" />
        <location filename="../app/cli/CalendarCommands.cpp" line="207" />
        <location filename="../app/cli/CalendarCommands.cpp" line="240" />
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="206" />
        <location filename="../app/cli/CalendarCommands.cpp" line="239" />
        <source>Another calendar whose events are busy times.</source>
        <translation>Otro calendario cuyos eventos son periodos ocupados.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="208" />
        <location filename="../app/cli/CalendarCommands.cpp" line="241" />
        <source>Keep the titles of the busy times.</source>
        <translation>Conservar los títulos de los periodos ocupados.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="214" />
        <source>Send the session changes waiting for the calendar server.</source>
        <translation>Enviar los cambios de sesiones pendientes al servidor de calendario.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="216" />
        <source>Changes wait in the workspace while the server cannot be reached and go out on
the next sync. An event changed or deleted on the server is not overwritten: it
is listed by 'calendar differences' for your choice.</source>
        <translation>Los cambios esperan en el espacio de trabajo mientras no se puede conectar con
el servidor y se envían en la próxima sincronización. Un evento modificado o
eliminado en el servidor no se sobrescribe: aparece en 'calendar differences'
para que usted decida.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="224" />
        <source>Show the calendar account, the last sync and what is waiting.</source>
        <translation>Mostrar la cuenta de calendario, la última sincronización y lo que está pendiente.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="230" />
        <source>[--busy NAME]... [--busy-titles | --no-busy-titles]</source>
        <translation>[--busy NOMBRE]... [--busy-titles | --no-busy-titles]</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="231" />
        <source>Choose the other calendars whose events are busy times.</source>
        <translation>Elegir los otros calendarios cuyos eventos son periodos ocupados.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="233" />
        <source>Replaces the calendars read as busy times with those named with --busy (repeat
it for several; none: no calendar is read). The busy times of a calendar no
longer named are removed at once; the next sync reads the ones named. Their
titles are kept with --busy-titles, shown as "Busy" with --no-busy-titles, and
stay as they were without either.</source>
        <translation>Sustituye los calendarios leídos como periodos ocupados por los indicados con
--busy (repítalo para varios; sin --busy, no se lee ningún calendario). Los
periodos ocupados de un calendario que ya no se indica se quitan de inmediato;
la próxima sincronización lee los indicados. Sus títulos se conservan con
--busy-titles, se muestran como "Ocupado" con --no-busy-titles y, sin ninguna
de las dos opciones, se quedan como estaban.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="242" />
        <source>Show the busy times as "Busy" only.</source>
        <translation>Mostrar los periodos ocupados solo como "Ocupado".</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="250" />
        <source>Remove the calendar account from this workspace.</source>
        <translation>Quitar la cuenta de calendario de este espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>md::cli::CalendarDifferenceCommands</name>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="68" />
        <source>No differences: the server has what MentorDesk published.</source>
        <translation>No hay diferencias: el servidor tiene lo que publicó MentorDesk.</translation>
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
        <translation>SESIÓN</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="73" />
        <source>ON THE SERVER</source>
        <translation>EN EL SERVIDOR</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="78" />
        <source>Take one into MentorDesk with 'calendar accept ID', or keep MentorDesk's version with 'calendar overwrite ID'.</source>
        <translation>Incorpore una a MentorDesk con 'calendar accept ID' o conserve la versión de MentorDesk con 'calendar overwrite ID'.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="85" />
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="101" />
        <source>difference id</source>
        <translation>id de la diferencia</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="95" />
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="96" />
        <source>The server's version is now in MentorDesk.</source>
        <translation>La versión del servidor ya está en MentorDesk.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="110" />
        <source>The server has MentorDesk's version again.</source>
        <translation>El servidor vuelve a tener la versión de MentorDesk.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="111" />
        <source>MentorDesk's version is kept; it goes to the server with the next sync.</source>
        <translation>Se conserva la versión de MentorDesk; se enviará al servidor en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="120" />
        <source>The difference's id, as 'calendar differences' lists it.</source>
        <translation>El id de la diferencia, tal como lo muestra 'calendar differences'.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="125" />
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="126" />
        <source>List the events changed or deleted on the calendar server.</source>
        <translation>Enumerar los eventos modificados o eliminados en el servidor de calendario.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="128" />
        <source>An event published by MentorDesk and then changed or deleted on the server (on
a phone, in another calendar app) is not overwritten: each change is listed here
until you accept it into MentorDesk (calendar accept) or keep MentorDesk's
version (calendar overwrite). Until then MentorDesk's own changes to that event
wait too. 'calendar sync' finds the differences.</source>
        <translation>Un evento publicado por MentorDesk y modificado o eliminado después en el
servidor (en un teléfono, en otra aplicación de calendario) no se sobrescribe:
cada cambio aparece aquí hasta que usted lo incorpore a MentorDesk
(calendar accept) o conserve la versión de MentorDesk (calendar overwrite).
Mientras tanto, los cambios que haga MentorDesk en ese evento también esperan.
'calendar sync' detecta las diferencias.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="133" />
        <source>Print the list as JSON.</source>
        <translation>Mostrar la lista como JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="140" />
        <source>Take the server's version of an event into MentorDesk.</source>
        <translation>Incorporar a MentorDesk la versión del servidor de un evento.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="142" />
        <source>A moved event moves the session; an event or occurrence deleted or cancelled on
the server cancels the session, as cancelled by you (its notes stay). A series
deleted on the server cancels its planned sessions still to come. Conflicts with
other sessions or busy times are shown as warnings.</source>
        <translation>Un evento movido mueve la sesión; un evento o una repetición eliminados o
cancelados en el servidor cancelan la sesión, que consta como cancelada por
usted (sus notas se conservan). Una serie eliminada en el servidor cancela sus
próximas sesiones planificadas. Los conflictos con otras sesiones o con periodos
ocupados se muestran como avisos.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="154" />
        <source>Keep MentorDesk's version of an event, overwriting the server's.</source>
        <translation>Conservar la versión de MentorDesk de un evento y sobrescribir la del servidor.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="156" />
        <source>The event is written to the server again as MentorDesk has it (an event deleted
there is made again), at once when the server can be reached, else with the next
sync.</source>
        <translation>El evento se vuelve a escribir en el servidor tal como está en MentorDesk (si se
eliminó allí, se vuelve a crear): de inmediato si se puede conectar con el
servidor y, si no, en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>md::cli::CliRunner</name>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="53" />
        <source>The workspace folder (default: %1).</source>
        <translation>La carpeta del espacio de trabajo (predeterminada: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="55" />
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="57" />
        <source>Try the key remembered in the system keychain first; if that fails for any reason, ask as usual.</source>
        <translation>Probar primero la clave recordada en el llavero del sistema; si falla por cualquier motivo, preguntar como de costumbre.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="60" />
        <source>Unlock with the recovery key (read like a passphrase) instead.</source>
        <translation>Desbloquear con la clave de recuperación (se lee como una frase de contraseña).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="62" />
        <source>Show this help; 'COMMAND --help' shows one command.</source>
        <translation>Mostrar esta ayuda; 'COMANDO --help' muestra la de un comando.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="63" />
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="82" />
        <source>Print the manual page (roff).</source>
        <translation>Mostrar la página del manual (roff).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="107" />
        <source>No command given.</source>
        <translation>No se ha indicado ningún comando.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="116" />
        <location filename="../app/cli/CliRunner.cpp" line="127" />
        <source>Unknown command '%1'.</source>
        <translation>Comando desconocido '%1'.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="126" />
        <source>'%1' needs a sub-command.</source>
        <translation>'%1' necesita un subcomando.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="147" />
        <source>--version goes before the command.</source>
        <translation>--version va antes del comando.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="155" />
        <source>Missing argument %1.</source>
        <translation>Falta el argumento %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="159" />
        <source>Unexpected argument '%1'.</source>
        <translation>Argumento inesperado '%1'.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="168" />
        <source>--workspace needs a folder.</source>
        <translation>--workspace necesita una carpeta.</translation>
    </message>
</context>
<context>
    <name>md::cli::ClientBillingCommand</name>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="66" />
        <source>Billing name: %1</source>
        <translation>Nombre de facturación: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="67" />
        <source>(the client's name)</source>
        <translation>(el nombre del cliente)</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="69" />
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="69" />
        <source> (none)</source>
        <translation> (ninguna)</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="73" />
        <source>Tax ID: %1</source>
        <translation>NIF: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="73" />
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="74" />
        <source>Printed under BILL TO:</source>
        <translation>Se imprime bajo FACTURAR A:</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="80" />
        <source>client id</source>
        <translation>id del cliente</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="119" />
        <source>ID [--name TEXT] [--address TEXT] [--tax-id TEXT] [--json]</source>
        <translation>ID [--name TEXTO] [--address TEXTO] [--tax-id TEXTO] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="120" />
        <source>Show or set the billing name, address and tax id for invoices.</source>
        <translation>Mostrar o establecer el nombre de facturación, la dirección y el NIF de las facturas.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="122" />
        <source>Without options, shows the client's billing details and how they are printed under BILL TO. With options, sets the given fields (an empty value clears one) and shows the result. In --address, \n starts a new line, e.g. "Example Ltd\n1 Main Street\n12345 Berlin". Invoices issued from now on print these details; issued invoices keep what they were sent with.</source>
        <translation>Sin opciones, muestra los datos de facturación del cliente y cómo se imprimen bajo FACTURAR A. Con opciones, establece los campos indicados (un valor vacío lo borra) y muestra el resultado. En --address, \n empieza una línea nueva, p. ej., "Ejemplo S.L.\nCalle Mayor 1\n28013 Madrid". Las facturas que se emitan a partir de ahora incluirán estos datos; las ya emitidas conservan los datos con los que se enviaron.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="127" />
        <source>The client's id.</source>
        <translation>El id del cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="129" />
        <source>Billing name (a company); empty = the client's name.</source>
        <translation>Nombre de facturación (una empresa); vacío = el nombre del cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="130" />
        <location filename="../app/cli/ClientBillingCommand.cpp" line="131" />
        <location filename="../app/cli/ClientBillingCommand.cpp" line="132" />
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="131" />
        <source>Postal address; \n for new lines.</source>
        <translation>Dirección postal; \n para nuevas líneas.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="132" />
        <source>The client's VAT id or tax number.</source>
        <translation>El número de IVA o NIF del cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="133" />
        <source>Print a JSON object.</source>
        <translation>Mostrar un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>md::cli::ClientCommands</name>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="35" />
        <source>Full name (required).</source>
        <translation>Nombre completo (obligatorio).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="36" />
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="38" />
        <source>The name they like to be called.</source>
        <translation>El nombre con el que prefiere que le llamen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="39" />
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="41" />
        <source>Email address.</source>
        <translation>Dirección de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="42" />
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="44" />
        <source>Phone number.</source>
        <translation>Número de teléfono.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="45" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="47" />
        <source>Employer or organisation.</source>
        <translation>Empresa u organización.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="48" />
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="50" />
        <source>Current role or job title.</source>
        <translation>Puesto o cargo actual.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="51" />
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="53" />
        <source>IANA time zone, e.g. Europe/Berlin.</source>
        <translation>Zona horaria IANA, p. ej., Europe/Madrid.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="54" />
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="56" />
        <source>How they found you.</source>
        <translation>Cómo le conoció.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="57" />
        <source>Found you via</source>
        <translation>Cómo le conoció</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="59" />
        <source>Background.</source>
        <translation>Trayectoria.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="60" />
        <source>Background</source>
        <translation>Trayectoria</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="62" />
        <source>Strengths.</source>
        <translation>Fortalezas.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="63" />
        <source>Strengths</source>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="65" />
        <source>Weaknesses.</source>
        <translation>Debilidades.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="66" />
        <source>Weaknesses</source>
        <translation>Debilidades</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="68" />
        <source>Career aspirations.</source>
        <translation>Aspiraciones profesionales.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="69" />
        <source>Aspirations</source>
        <translation>Aspiraciones</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="71" />
        <source>What they want to keep doing.</source>
        <translation>Lo que quiere seguir haciendo.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="72" />
        <source>Keep doing</source>
        <translation>Seguir haciendo</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="74" />
        <source>What they want to start doing.</source>
        <translation>Lo que quiere empezar a hacer.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="75" />
        <source>Start doing</source>
        <translation>Empezar a hacer</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="77" />
        <source>What they want to stop doing.</source>
        <translation>Lo que quiere dejar de hacer.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="78" />
        <source>Stop doing</source>
        <translation>Dejar de hacer</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="117" />
        <source>The client's id (see 'client list').</source>
        <translation>El id del cliente (véase 'client list').</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="151" />
        <source>Language of the client's agreements, invoices and summaries: one of %1 (default: yours, the setting profile.language).</source>
        <translation>Idioma de los acuerdos, las facturas y los resúmenes del cliente: uno de %1 (predeterminado: el suyo, el ajuste profile.language).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="154" />
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="189" />
        <source>'%1' is not a client id (a positive number).</source>
        <translation>'%1' no es un id de cliente (un número positivo).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="201" />
        <source>--name is required.</source>
        <translation>--name es obligatorio.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="169" />
        <source>Unknown status '%1' (use %2).</source>
        <translation>Estado desconocido '%1' (use %2).</translation>
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
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="148" />
        <location filename="../app/cli/ClientCommands.cpp" line="263" />
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="246" />
        <source>Updated client %1.</source>
        <translation>Cliente %1 actualizado.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="263" />
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="263" />
        <source>ORGANISATION</source>
        <translation>ORGANIZACIÓN</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="271" />
        <source> (archived)</source>
        <translation> (archivado)</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="283" />
        <source>No clients yet. Add one with: %1 client add --name NAME</source>
        <translation>Aún no hay clientes. Añada uno con: %1 client add --name NOMBRE</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="301" />
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="302" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="304" />
        <source>Document language</source>
        <translation>Idioma de los documentos</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="305" />
        <source>yours</source>
        <translation>el suyo</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="307" />
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="307" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="307" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="308" />
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="309" />
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="352" />
        <source>Archived client %1.</source>
        <translation>Cliente %1 archivado.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="352" />
        <source>Restored client %1.</source>
        <translation>Cliente %1 restaurado.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="364" />
        <source>Deleting a client cannot be undone; add --yes to confirm (or archive instead).</source>
        <translation>La eliminación de un cliente no se puede deshacer; añada --yes para confirmarla (o archívelo en su lugar).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="374" />
        <source>Deleted client %1 (%2).</source>
        <translation>Cliente %1 (%2) eliminado.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="384" />
        <source>--name NAME [options]</source>
        <translation>--name NOMBRE [opciones]</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="385" />
        <source>Add a client and print the new id.</source>
        <translation>Añadir un cliente y mostrar el nuevo id.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="146" />
        <source>Comma-separated tags, e.g. a,b.</source>
        <translation>Etiquetas separadas por comas, p. ej., a,b.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="146" />
        <source>TAGS</source>
        <translation>ETIQUETAS</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="148" />
        <source>One of %1 (default: prospect).</source>
        <translation>Uno de %1 (predeterminado: prospect).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="392" />
        <source>ID [options]</source>
        <translation>ID [opciones]</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="393" />
        <source>Change a client's profile: only the fields given.</source>
        <translation>Cambiar el perfil de un cliente: solo los campos indicados.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="394" />
        <source>Takes the options of 'client add'. An option given empty clears its field (--language "" makes the client's documents follow yours); --tags replaces every tag.</source>
        <translation>Admite las opciones de 'client add'. Una opción indicada vacía borra su campo (--language "" hace que los documentos del cliente usen el mismo idioma que los suyos); --tags sustituye todas las etiquetas.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="404" />
        <source>[--json] [--all]</source>
        <translation>[--json] [--all]</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="405" />
        <source>List the clients (without archived ones unless --all).</source>
        <translation>Enumerar los clientes (sin los archivados, salvo con --all).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="406" />
        <source>Print a JSON array of clients.</source>
        <translation>Mostrar una matriz JSON de clientes.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="407" />
        <source>Include archived clients.</source>
        <translation>Incluir los clientes archivados.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="413" />
        <source>ID [--json]</source>
        <translation>ID [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="414" />
        <source>Show one client's profile.</source>
        <translation>Mostrar el perfil de un cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="416" />
        <source>Print the client as a JSON object.</source>
        <translation>Mostrar el cliente como un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="423" />
        <source>Archive a client (hidden from lists, kept in the workspace).</source>
        <translation>Archivar un cliente (oculto en las listas, conservado en el espacio de trabajo).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="433" />
        <source>Bring an archived client back.</source>
        <translation>Recuperar un cliente archivado.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="442" />
        <source>ID --yes</source>
        <translation>ID --yes</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="443" />
        <source>Delete a client for good (the freed pages are overwritten).</source>
        <translation>Eliminar un cliente definitivamente (las páginas liberadas se sobrescriben).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="445" />
        <source>Confirm that the client is deleted.</source>
        <translation>Confirmar que se elimina el cliente.</translation>
    </message>
</context>
<context>
    <name>md::cli::ClientImportCommand</name>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="61" />
        <source>Name the CSV or vCard file to import.</source>
        <translation>Indique el archivo CSV o vCard que desea importar.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="66" />
        <source>--duplicates is "skip" or "merge", not "%1".</source>
        <translation>--duplicates es "skip" o "merge", no "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="72" />
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="74" />
        <source>%1 is larger than %2 MB; split it into smaller files.</source>
        <translation>%1 ocupa más de %2 MB; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="85" />
        <source>--map is for CSV files; vCard fields are fixed.</source>
        <translation>--map es para archivos CSV; los campos de vCard son fijos.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="102" />
        <source>--map takes FIELD=HEADER; "%1" names no field. Fields: name, first-name, middle-name, last-name, preferred-name, email, phone, organisation, role, timezone, source, background, tags, ignore.</source>
        <translation>--map admite CAMPO=CABECERA; "%1" no designa ningún campo. Campos: name, first-name, middle-name, last-name, preferred-name, email, phone, organisation, role, timezone, source, background, tags, ignore.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="108" />
        <source>The file has no column "%1". Its columns: %2</source>
        <translation>El archivo no tiene ninguna columna "%1". Sus columnas: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="151" />
        <source>Line %1: %2 %3 (%4)</source>
        <translation>Línea %1: %2 %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="153" />
        <source>merge</source>
        <translation>combinar</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="154" />
        <source>skip</source>
        <translation>omitir</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="162" />
        <source>Dry run: %1 would be added, %2 merged and %3 skipped. Nothing was changed.</source>
        <translation>Simulación: se añadirían %1, se combinarían %2 y se omitirían %3. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="169" />
        <source>Imported from %1: %2 added, %3 merged, %4 skipped.</source>
        <translation>Importado desde %1: %2 añadidos, %3 combinados, %4 omitidos.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="181" />
        <source>FILE [--dry-run] [--duplicates skip|merge] [--map FIELD=HEADER]…</source>
        <translation>ARCHIVO [--dry-run] [--duplicates skip|merge] [--map CAMPO=CABECERA]…</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="182" />
        <source>Import clients from a CSV or vCard file.</source>
        <translation>Importar clientes desde un archivo CSV o vCard.</translation>
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
        <translation>Lee archivos CSV (UTF-8, con o sin marca de orden de bytes, separados por comas o punto y coma) con
una fila de cabecera, tal como los escriben Google Contacts, Outlook, LinkedIn o una hoja de cálculo, o
vCard 2.1, 3.0 o 4.0. Las columnas se asignan a los campos del perfil según sus
nombres; --map email="Work E-mail" asigna una a mano. Es todo o nada: un
registro mal formado se notifica con su línea, columna y motivo, y no se importa
nada. Un cliente con el mismo correo electrónico (o, si no lo tiene, el mismo nombre) que uno
existente, o que una línea anterior, es un duplicado: se omite o, con
--duplicates merge, se usa para rellenar los campos vacíos y añadir etiquetas. --dry-run muestra
lo que ocurriría.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="194" />
        <source>Show what would be imported; change nothing.</source>
        <translation>Mostrar lo que se importaría; no cambiar nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="195" />
        <source>skip (the default) or merge.</source>
        <translation>skip (predeterminado) o merge.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="195" />
        <source>POLICY</source>
        <translation>CRITERIO</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="196" />
        <source>Import the column HEADER as FIELD (repeatable).</source>
        <translation>Importar la columna CABECERA como CAMPO (repetible).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="197" />
        <source>FIELD=HEADER</source>
        <translation>CAMPO=CABECERA</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="198" />
        <source>Print the plan as JSON.</source>
        <translation>Mostrar el plan como JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="199" />
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="199" />
        <source>A .csv or .vcf file.</source>
        <translation>Un archivo .csv o .vcf.</translation>
    </message>
</context>
<context>
    <name>md::cli::CommandContext</name>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="29" />
        <source>There is no workspace in %1. Create one with: %2 --workspace "%1" init</source>
        <translation>No hay ningún espacio de trabajo en %1. Cree uno con: %2 --workspace "%1" init</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="48" />
        <source>Recovery key for %1: </source>
        <translation>Clave de recuperación de %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="49" />
        <source>Passphrase for %1: </source>
        <translation>Frase de contraseña de %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="51" />
        <source>No recovery key was given on standard input.</source>
        <translation>No se ha proporcionado ninguna clave de recuperación por la entrada estándar.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="52" />
        <source>No passphrase was given on standard input.</source>
        <translation>No se ha proporcionado ninguna frase de contraseña por la entrada estándar.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="83" />
        <source>The workspace file was damaged and has been rebuilt; the damaged file is kept as %1.</source>
        <translation>El archivo del espacio de trabajo estaba dañado y se ha reconstruido; el archivo dañado se conserva como %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="88" />
        <source>This workspace has no passphrase now: only the recovery key opens it. Set a new passphrase with: %1 --workspace "%2" passwd --recovery-key</source>
        <translation>Este espacio de trabajo no tiene ahora frase de contraseña: solo la clave de recuperación lo abre. Establezca una nueva frase de contraseña con: %1 --workspace "%2" passwd --recovery-key</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="119" />
        <source>Cannot use the system keychain: %1</source>
        <translation>No se puede usar el llavero del sistema: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="128" />
        <source>The system keychain did not provide the key; reading the passphrase from standard input.</source>
        <translation>El llavero del sistema no proporcionó la clave; se leerá la frase de contraseña de la entrada estándar.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="137" />
        <source>The key in the system keychain did not open the workspace (%1); falling back to standard input.</source>
        <translation>La clave del llavero del sistema no ha abierto el espacio de trabajo (%1); se usará la entrada estándar.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="165" />
        <source>No new passphrase was given on standard input.</source>
        <translation>No se ha proporcionado ninguna frase de contraseña nueva por la entrada estándar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CommandContext.cpp" line="169" />
        <source>The passphrase is too short: use at least %n characters.</source>
        <translation>
            <numerusform>La frase de contraseña es demasiado corta: use al menos %n carácter.</numerusform>
            <numerusform>La frase de contraseña es demasiado corta: use al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="176" />
        <source>The new passphrase was not repeated.</source>
        <translation>No se ha repetido la nueva frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="181" />
        <source>The two passphrases do not match.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="194" />
        <source>%1 The output above is incomplete.</source>
        <translation>%1 La salida anterior está incompleta.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="201" />
        <source>'%1' is not a valid %2 (a positive number).</source>
        <translation>'%1' no es un %2 válido (un número positivo).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="212" />
        <source>Try '%1 --help' for more information.</source>
        <translation>Pruebe '%1 --help' para obtener más información.</translation>
    </message>
</context>
<context>
    <name>md::cli::Console</name>
    <message>
        <location filename="../app/cli/Console.cpp" line="269" />
        <source>Could not read from standard input.</source>
        <translation>No se pudo leer de la entrada estándar.</translation>
    </message>
    <message>
        <location filename="../app/cli/Console.cpp" line="273" />
        <source>Standard input ended before a line was read.</source>
        <translation>La entrada estándar terminó antes de leer una línea.</translation>
    </message>
</context>
<context>
    <name>md::cli::DemoCommands</name>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="33" />
        <source>Create a new workspace filled with invented demo data.</source>
        <translation>Crear un espacio de trabajo nuevo lleno de datos de demostración inventados.</translation>
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
        <translation>Crea un espacio de trabajo nuevo igual que 'init' (la frase de contraseña, la clave de recuperación, la
carpeta, que aún no debe contener ninguno) y lo rellena mediante los mismos servicios que usa
la aplicación: clientes con perfiles completos, procesos de mentoría en todas las etapas con sus
necesidades, objetivos, acciones y evaluaciones, acuerdos firmados, series y sesiones
individuales a lo largo de los tres años hasta hoy y los tres meses siguientes, la lista
de precios y facturas con pagos. Todos los nombres y textos son inventados; la misma semilla
produce los mismos datos. El progreso se escribe en la salida de error estándar y el resumen en la salida
estándar.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="44" />
        <source>How many clients (required).</source>
        <translation>Cuántos clientes (obligatorio).</translation>
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
        <translation>Cuántas sesiones, pasadas y planificadas (obligatorio).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="48" />
        <source>How many invoices (default: 3 for every 20 sessions).</source>
        <translation>Cuántas facturas (predeterminado: 3 por cada 20 sesiones).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="50" />
        <source>The seed of the invented data (default: 1).</source>
        <translation>La semilla de los datos inventados (predeterminada: 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="51" />
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="63" />
        <source>--%1 takes a whole number from 0 on, not '%2'.</source>
        <translation>--%1 admite un número entero a partir de 0, no '%2'.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="72" />
        <source>--clients and --sessions are required.</source>
        <translation>--clients y --sessions son obligatorios.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="94" />
        <source>--seed takes a whole number from 0 to 4294967295, not '%1'.</source>
        <translation>--seed admite un número entero de 0 a 4294967295, no '%1'.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="98" />
        <source>Sessions and invoices need at least one client.</source>
        <translation>Las sesiones y las facturas necesitan al menos un cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="115" />
        <source>Generating demo data: %1% (%2 of %3 steps)</source>
        <translation>Generando datos de demostración: %1 % (%2 de %3 pasos)</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="124" />
        <source>The demo data could not be generated: %1 The workspace in %2 holds what was written before the failure.</source>
        <translation>No se pudieron generar los datos de demostración: %1 El espacio de trabajo de %2 contiene lo que se escribió antes del fallo.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="128" />
        <source>Generated %1 clients, %2 engagements, %3 agreements, %4 sessions, %5 invoices and %6 payments in %7 s.</source>
        <translation>Se han generado %1 clientes, %2 procesos de mentoría, %3 acuerdos, %4 sesiones, %5 facturas y %6 pagos en %7 s.</translation>
    </message>
</context>
<context>
    <name>md::cli::EngagementCommands</name>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="71" />
        <source>--client and --title are required.</source>
        <translation>--client y --title son obligatorios.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="73" />
        <location filename="../app/cli/EngagementCommands.cpp" line="177" />
        <source>client id</source>
        <translation>id del cliente</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="84" />
        <source>'%1' is not a number of sessions.</source>
        <translation>'%1' no es un número de sesiones.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="90" />
        <source>Unknown cadence '%1' (use %2).</source>
        <translation>Frecuencia desconocida '%1' (use %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="97" />
        <source>Unknown format '%1' (use %2).</source>
        <translation>Modalidad desconocida '%1' (use %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="106" />
        <source>'%1' is not a date (use YYYY-MM-DD).</source>
        <translation>'%1' no es una fecha (use AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="157" />
        <source>Give the fee per session, e.g. 120 (0 removes it).</source>
        <translation>Indique los honorarios por sesión, p. ej., 120 (0 los quita).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="202" />
        <source>No engagements yet. Start one with: %1 engagement add --client ID --title TEXT</source>
        <translation>Aún no hay procesos de mentoría. Inicie uno con: %1 engagement add --client ID --title TEXTO</translation>
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
        <translation>TÍTULO</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="209" />
        <source>STAGE</source>
        <translation>ETAPA</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="209" />
        <source>DAYS</source>
        <translation>DÍAS</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="239" />
        <source>Engagement %1: %2</source>
        <translation>Proceso de mentoría %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="240" />
        <source>Client:   %1 (id %2)</source>
        <translation>Cliente:  %1 (id %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="241" />
        <source>Stage:    %1 (%2 days)</source>
        <translation>Etapa:    %1 (%2 días)</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="245" />
        <source>Started:  %1; %2 sessions planned, %3, %4</source>
        <translation>Inicio:   %1; %2 sesiones previstas, %3, %4</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="251" />
        <source>Follows engagement %1</source>
        <translation>Continúa el proceso de mentoría %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="253" />
        <source>Outcome:  %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="255" />
        <source>Timeline:</source>
        <translation>Cronología:</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="260" />
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="261" />
        <source>created in %1</source>
        <translation>creado en %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="263" />
        <source> [override]</source>
        <translation> [paso forzado]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="269" />
        <source>Needs (%1):</source>
        <translation>Necesidades (%1):</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="276" />
        <source>Goals (%1):</source>
        <translation>Objetivos (%1):</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="285" />
        <source> (passes)</source>
        <translation> (cumple)</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="285" />
        <source> (fails: lower-case letters)</source>
        <translation> (no cumple: letras en minúscula)</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="287" />
        <source>, progress %1%</source>
        <translation>, progreso %1 %</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="289" />
        <source>, inactive</source>
        <translation>, inactivo</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="298" />
        <source> (due %1)</source>
        <translation> (vence el %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="300" />
        <source> OVERDUE</source>
        <translation> VENCIDA</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="302" />
        <source>; with %1</source>
        <translation>; con %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="306" />
        <source>      evaluated: %1</source>
        <translation>      evaluado: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="312" />
        <source>Ready to leave "%1".</source>
        <translation>Listo para salir de "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="314" />
        <source>To leave "%1":</source>
        <translation>Para salir de "%1":</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="410" />
        <source>A note on fees, as agreements print it.</source>
        <translation>Una nota sobre los honorarios, tal como la incluyen los acuerdos.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="412" />
        <source>The fee per session before tax, e.g. 120.00, billed for the engagement's held sessions before the price list's price.</source>
        <translation>Los honorarios por sesión sin impuestos, p. ej., 120.00, que se facturan por las sesiones realizadas del proceso de mentoría en lugar del precio de la lista de precios.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="414" />
        <source>AMOUNT</source>
        <translation>IMPORTE</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="421" />
        <source>ID AMOUNT [--fee-note TEXT]</source>
        <translation>ID IMPORTE [--fee-note TEXTO]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="422" />
        <source>Set an engagement's fee per session (0 removes it).</source>
        <translation>Establecer los honorarios por sesión de un proceso de mentoría (0 los quita).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="423" />
        <source>Invoices from held sessions bill this fee; without one, the price list's single session; without either, the session price of the settings.</source>
        <translation>Las facturas de sesiones realizadas cobran estos honorarios; si no los hay, el precio de la sesión individual de la lista de precios; si no hay ninguno de los dos, el precio de la sesión de la configuración.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="427" />
        <source>Before tax, in the workspace currency, e.g. 120.00.</source>
        <translation>Sin impuestos, en la moneda del espacio de trabajo, p. ej., 120.00.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="428" />
        <source>Also change the note on fees.</source>
        <translation>Cambiar también la nota sobre los honorarios.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="153" />
        <location filename="../app/cli/EngagementCommands.cpp" line="322" />
        <location filename="../app/cli/EngagementCommands.cpp" line="350" />
        <source>engagement id</source>
        <translation>id del proceso de mentoría</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="358" />
        <source>--override needs a written reason; it is kept in the timeline.</source>
        <translation>--override necesita un motivo por escrito; se conserva en la cronología.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="367" />
        <source>Engagement %1 cannot leave "%2" yet. Missing:</source>
        <translation>El proceso de mentoría %1 todavía no puede salir de "%2". Falta:</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="371" />
        <source>Fill these in, or move anyway with --override REASON.</source>
        <translation>Complete estos puntos o avance de todos modos con --override MOTIVO.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="375" />
        <source>Engagement %1: %2 -&gt; %3</source>
        <translation>Proceso de mentoría %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="380" />
        <source>Override recorded in the timeline: %1</source>
        <translation>Paso forzado registrado en la cronología: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="389" />
        <source>The engagement's id (see 'engagement list').</source>
        <translation>El id del proceso de mentoría (véase 'engagement list').</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="393" />
        <source>--client ID --title TEXT [options]</source>
        <translation>--client ID --title TEXTO [opciones]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="394" />
        <source>Start an engagement for a client and print its id.</source>
        <translation>Iniciar un proceso de mentoría para un cliente y mostrar su id.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="396" />
        <source>The client's id (required).</source>
        <translation>El id del cliente (obligatorio).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="397" />
        <source>A short title (required).</source>
        <translation>Un título breve (obligatorio).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="397" />
        <location filename="../app/cli/EngagementCommands.cpp" line="409" />
        <location filename="../app/cli/EngagementCommands.cpp" line="410" />
        <location filename="../app/cli/EngagementCommands.cpp" line="428" />
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="398" />
        <source>Planned number of sessions.</source>
        <translation>Número de sesiones previstas.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="398" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="401" />
        <source>One of %1 (default: biweekly).</source>
        <translation>Uno de %1 (predeterminado: biweekly).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="402" />
        <source>CADENCE</source>
        <translation>FRECUENCIA</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="404" />
        <source>One of %1 (default: video).</source>
        <translation>Uno de %1 (predeterminado: video).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="406" />
        <source>FORMAT</source>
        <translation>MODALIDAD</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="407" />
        <source>Start date, YYYY-MM-DD (default: today).</source>
        <translation>Fecha de inicio, AAAA-MM-DD (predeterminada: hoy).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="408" />
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="409" />
        <source>Your profile-study notes.</source>
        <translation>Sus notas del estudio del perfil.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="434" />
        <source>[--json] [--client ID]</source>
        <translation>[--json] [--client ID]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="435" />
        <source>List engagements with their stage and days in it.</source>
        <translation>Enumerar los procesos de mentoría con su etapa y los días que llevan en ella.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="436" />
        <source>Print a JSON array.</source>
        <translation>Mostrar una matriz JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="437" />
        <source>Only this client's.</source>
        <translation>Solo los de este cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="443" />
        <source>ID [--json]</source>
        <translation>ID [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="444" />
        <source>Show an engagement: stage, timeline, needs, goals, actions.</source>
        <translation>Mostrar un proceso de mentoría: etapa, cronología, necesidades, objetivos, acciones.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="445" />
        <source>Goals show their SMART status (a lower-case letter fails) and progress from baseline to target; the end lists what the current stage still needs before the engagement can advance.</source>
        <translation>Los objetivos muestran su estado SMART (una letra en minúscula indica que no se cumple) y el progreso desde el valor inicial hasta la meta; al final se enumera lo que la etapa actual aún necesita para que el proceso de mentoría pueda avanzar.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="449" />
        <source>Print a JSON object.</source>
        <translation>Mostrar un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="455" />
        <source>ID [--override REASON]</source>
        <translation>ID [--override MOTIVO]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="456" />
        <source>Move an engagement to its next stage, through the stage's gate.</source>
        <translation>Pasar un proceso de mentoría a su siguiente etapa, superando los requisitos de la etapa.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="457" />
        <source>When the current stage's work is incomplete, nothing changes: the missing items are listed and the exit status is 1. --override moves anyway; the reason is recorded in the timeline.</source>
        <translation>Si el trabajo de la etapa actual está incompleto, no cambia nada: se enumeran los elementos que faltan y el código de salida es 1. --override avanza de todos modos; el motivo se registra en la cronología.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="462" />
        <source>Move although the gate fails, for this reason.</source>
        <translation>Avanzar aunque no se cumplan los requisitos, por este motivo.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="462" />
        <source>REASON</source>
        <translation>MOTIVO</translation>
    </message>
</context>
<context>
    <name>md::cli::ErasureCommands</name>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="29" />
        <source>client id</source>
        <translation>id del cliente</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="41" />
        <source>Erasing cannot be undone; add --yes to erase.</source>
        <translation>El borrado no se puede deshacer; añada --yes para borrar.</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="58" />
        <source>No kept invoice has reached the end of its retention period.</source>
        <translation>Ninguna factura conservada ha llegado al final de su periodo de conservación.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ErasureCommands.cpp" line="61" />
        <source>Removed %n invoice(s) of erased clients whose retention period ended.</source>
        <translation>
            <numerusform>Se ha eliminado %n factura de clientes borrados cuyo periodo de conservación ha terminado.</numerusform>
            <numerusform>Se han eliminado %n facturas de clientes borrados cuyo periodo de conservación ha terminado.</numerusform>
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
        <translation>Borrar definitivamente los datos personales de un cliente (art. 17 del RGPD).</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="74" />
        <source>Removes the profile, engagements, sessions with their notes, agreements with
their signatures and scans, draft invoices and billing details. Issued invoices,
credit notes and their payments are kept unchanged, shown under an anonymous
label, until their retention period ends (billing.retention_years after the end
of their year; see 'retention purge'). Without --yes, shows what would happen.</source>
        <translation>Elimina el perfil, los procesos de mentoría, las sesiones con sus notas, los acuerdos con
sus firmas y escaneos, los borradores de factura y los datos de facturación. Las facturas emitidas,
las facturas rectificativas y sus pagos se conservan sin cambios, con una etiqueta
anónima, hasta que termina su periodo de conservación (billing.retention_years tras el final
de su año; véase 'retention purge'). Sin --yes, muestra lo que ocurriría.</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="79" />
        <source>The client's id (see 'client list').</source>
        <translation>El id del cliente (véase 'client list').</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="80" />
        <source>Confirm the erasure.</source>
        <translation>Confirmar el borrado.</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="87" />
        <source>Remove the kept invoices of erased clients whose retention ended.</source>
        <translation>Eliminar las facturas conservadas de clientes borrados cuyo periodo de conservación ha terminado.</translation>
    </message>
</context>
<context>
    <name>md::cli::ExportCommands</name>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="40" />
        <source>Exported %1 records, %2 signed agreements and %3 invoices into %4.</source>
        <translation>Se han exportado %1 registros, %2 acuerdos firmados y %3 facturas en %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="46" />
        <source>The export is NOT encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>La exportación NO está cifrada: guárdela en un lugar seguro y elimínela cuando ya no sea necesaria.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="54" />
        <location filename="../app/cli/ExportCommands.cpp" line="67" />
        <source>Give the folder to export into with --to DIR.</source>
        <translation>Indique la carpeta en la que se exportará con --to DIR.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="63" />
        <source>client id</source>
        <translation>id del cliente</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="82" />
        <source>Give the export folder to import with --from DIR.</source>
        <translation>Indique la carpeta de exportación que se importará con --from DIR.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="103" />
        <source>Imported %1 records into %2.</source>
        <translation>Se han importado %1 registros en %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="108" />
        <source>Agreements signed in the workspace the export came from keep verifying here; new ones are signed with this workspace's own key.</source>
        <translation>Los acuerdos firmados en el espacio de trabajo de procedencia de la exportación siguen pudiendo verificarse aquí; los nuevos se firman con la clave propia de este espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="115" />
        <source>A new or empty folder.</source>
        <translation>Una carpeta nueva o vacía.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="115" />
        <location filename="../app/cli/ExportCommands.cpp" line="154" />
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="118" />
        <source>--to DIR</source>
        <translation>--to DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="119" />
        <source>Write the whole workspace in open formats (JSON, CSV, PDF).</source>
        <translation>Escribir todo el espacio de trabajo en formatos abiertos (JSON, CSV, PDF).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="120" />
        <source>One JSON file per kind of record (described in the README.txt written with
them), CSV files of clients, sessions, invoices and payments, the exact PDF
of every signed agreement and the PDF of every issued invoice. The folder
is readable by you only, but it is NOT encrypted.</source>
        <translation>Un archivo JSON por tipo de registro (descrito en el README.txt que se escribe con
ellos), archivos CSV de clientes, sesiones, facturas y pagos, el PDF exacto
de cada acuerdo firmado y el PDF de cada factura emitida. Solo usted puede leer
la carpeta, pero NO está cifrada.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="130" />
        <source>ID --to DIR [--without-private-notes]</source>
        <translation>ID --to DIR [--without-private-notes]</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="131" />
        <source>Write everything about one client (their right of access and portability).</source>
        <translation>Escribir todo lo relativo a un cliente (su derecho de acceso y de portabilidad).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="134" />
        <source>The profile, engagements, needs, goals, actions, evaluations, sessions with
their notes, agreements with their PDFs, invoices and payments of this
client, and nothing about anyone else. Your private session notes are
included unless --without-private-notes is given.</source>
        <translation>El perfil, los procesos de mentoría, las necesidades, los objetivos, las acciones, las evaluaciones, las sesiones con
sus notas, los acuerdos con sus PDF, las facturas y los pagos de este
cliente, y nada sobre otras personas. Sus notas privadas de las sesiones se
incluyen, salvo que se indique --without-private-notes.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="139" />
        <source>Leave your private session notes out.</source>
        <translation>Excluir sus notas privadas de las sesiones.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="140" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="140" />
        <source>The client's id (see client list).</source>
        <translation>El id del cliente (véase client list).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="146" />
        <source>--from DIR</source>
        <translation>--from DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="147" />
        <source>Create a new workspace from a whole-workspace export.</source>
        <translation>Crear un espacio de trabajo nuevo a partir de la exportación de un espacio de trabajo completo.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="149" />
        <source>Creates a new workspace as 'init' does (the passphrase, the recovery key) in the
--workspace folder, which must be new or empty, and reads every record of the
export into it, with the same ids. Signed agreements stay provably unchanged.
All or nothing: when a file of the export is damaged or incomplete, the error
names it and no workspace is created. Exports of one client cannot be imported.</source>
        <translation>Crea un espacio de trabajo nuevo igual que 'init' (la frase de contraseña, la clave de recuperación) en la
carpeta de --workspace, que debe ser nueva o estar vacía, y carga en él todos los registros de la
exportación, con los mismos ids. Se sigue pudiendo demostrar que los acuerdos firmados no han cambiado.
Todo o nada: si un archivo de la exportación está dañado o incompleto, el error
lo indica y no se crea ningún espacio de trabajo. Las exportaciones de un solo cliente no se pueden importar.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="154" />
        <source>The export folder.</source>
        <translation>La carpeta de exportación.</translation>
    </message>
</context>
<context>
    <name>md::cli::HelpFormatter</name>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="114" />
        <source>[global options]</source>
        <translation>[opciones globales]</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="145" />
        <source>Usage: %1 [global options] COMMAND [options] [arguments]

</source>
        <translation>Uso: %1 [opciones globales] COMANDO [opciones] [argumentos]

</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="122" />
        <source>MentorDesk keeps a mentor's clients in an encrypted workspace. This program works on the
same workspace as the MentorDesk application, without a window.

</source>
        <translation>MentorDesk guarda los clientes de un mentor en un espacio de trabajo cifrado. Este programa trabaja con el
mismo espacio de trabajo que la aplicación MentorDesk, sin ventana.

</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="148" />
        <source>Global options (before or after the command):
</source>
        <translation>Opciones globales (antes o después del comando):
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="127" />
        <source>Passphrases and recovery keys are read from standard input: on a terminal you are asked
without echo; otherwise each one is a line of input (passwd reads the current passphrase,
then the new one). A new passphrase needs at least %1 characters.

</source>
        <translation>Las frases de contraseña y las claves de recuperación se leen de la entrada estándar: en un terminal se piden
sin eco; en otro caso, cada una es una línea de entrada (passwd lee la frase de contraseña actual
y después la nueva). Una frase de contraseña nueva necesita al menos %1 caracteres.

</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="132" />
        <source>Lists (client, session, invoice, payment and agreement list) are written as they are
read. Should reading fail midway (a damaged workspace), the command exits with status 1
and says so on standard error: what it printed is then incomplete, and a --json
array is left unclosed, so it is not valid JSON.

</source>
        <translation>Las listas (client, session, invoice, payment y agreement list) se escriben a medida que se
leen. Si la lectura falla a mitad (un espacio de trabajo dañado), el comando termina con el código de salida 1
y lo indica en la salida de error estándar: lo mostrado estará entonces incompleto, y una matriz --json
quedará sin cerrar, por lo que no será un JSON válido.

</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="152" />
        <source>Commands:
</source>
        <translation>Comandos:
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="139" />
        <source>Exit status: 0 on success, 1 when the command failed, 2 for a wrong command line.
</source>
        <translation>Código de salida: 0 si todo va bien, 1 si el comando ha fallado, 2 si la línea de comandos es incorrecta.
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
        <translation>Argumentos:
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="176" />
        <source>Options:
</source>
        <translation>Opciones:
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="177" />
        <source>Global options:
</source>
        <translation>Opciones globales:
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="182" />
        <source>Commands of '%1':
</source>
        <translation>Comandos de '%1':
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="187" />
        <source>Run '%1 COMMAND --help' for the options of one command.
</source>
        <translation>Ejecute '%1 COMANDO --help' para ver las opciones de un comando.
</translation>
    </message>
</context>
<context>
    <name>md::cli::IcsCommands</name>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="34" />
        <source>Name the file to write.</source>
        <translation>Indique el archivo que se escribirá.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="45" />
        <source>'%1' is not a valid client id (a positive number).</source>
        <translation>'%1' no es un id de cliente válido (un número positivo).</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="49" />
        <source>'%1' is not a valid session id (a positive number).</source>
        <translation>'%1' no es un id de sesión válido (un número positivo).</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="52" />
        <source>Give either --client or --session, not both.</source>
        <translation>Indique --client o --session, no ambos.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="73" />
        <source>Name the .ics file to import.</source>
        <translation>Indique el archivo .ics que desea importar.</translation>
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
            <numerusform>%n periodo ocupado</numerusform>
            <numerusform>%n periodos ocupados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/IcsCommands.cpp" line="83" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="84" />
        <source>Imported %1 from %2 of %3.</source>
        <translation>Se han importado %1 de %2 de %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="94" />
        <source>[--client ID | --session ID] FILE</source>
        <translation>[--client ID | --session ID] ARCHIVO</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="95" />
        <source>Write sessions to an iCalendar (.ics) file.</source>
        <translation>Escribir sesiones en un archivo iCalendar (.ics).</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="96" />
        <source>Series keep their repeat rule and skipped dates; cancelled sessions are marked cancelled. UIDs stay the same between exports, so importing again updates instead of duplicating. Notes are never written, only the agenda. With --session, one session goes out on its own (a series member as a single event).</source>
        <translation>Las series conservan su regla de repetición y sus fechas omitidas; las sesiones canceladas se marcan como canceladas. Los UID se mantienen entre exportaciones, de modo que al volver a importar se actualiza en lugar de duplicar. Las notas nunca se escriben, solo los temas. Con --session, se exporta una sola sesión (un elemento de una serie como evento individual).</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="101" />
        <source>The .ics file to write.</source>
        <translation>El archivo .ics que se escribirá.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="103" />
        <source>Only this client's sessions.</source>
        <translation>Solo las sesiones de este cliente.</translation>
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
        <translation>Solo esta sesión.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="110" />
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="111" />
        <source>Read another calendar's .ics file as busy times.</source>
        <translation>Leer el archivo .ics de otro calendario como periodos ocupados.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="112" />
        <source>Busy times are used for conflict warnings. Importing the same file again replaces its busy times. A malformed file is reported with its line number and changes nothing.</source>
        <translation>Los periodos ocupados se usan para avisar de conflictos. Al volver a importar el mismo archivo se sustituyen sus periodos ocupados. Un archivo mal formado se notifica con su número de línea y no cambia nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="115" />
        <source>The .ics file to read.</source>
        <translation>El archivo .ics que se leerá.</translation>
    </message>
</context>
<context>
    <name>md::cli::InitCommand</name>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="24" />
        <source>Create a new encrypted workspace and print its recovery key.</source>
        <translation>Crear un espacio de trabajo cifrado nuevo y mostrar su clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="26" />
        <source>Asks for the new passphrase twice on a terminal, or reads one line from standard
input. The recovery key is printed once on standard output: keep it safe, it
opens the workspace when the passphrase is lost (also in the sqlcipher tool).
An existing workspace is never overwritten. With --keychain the key is also
remembered in the system keychain.</source>
        <translation>Pide dos veces la nueva frase de contraseña en un terminal, o lee una línea de la entrada
estándar. La clave de recuperación se muestra una sola vez en la salida estándar: guárdela en un lugar seguro;
abre el espacio de trabajo si se pierde la frase de contraseña (también en la herramienta sqlcipher).
Un espacio de trabajo existente nunca se sobrescribe. Con --keychain, la clave también se
recuerda en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="50" />
        <source>A workspace already exists in %1; it was left unchanged.</source>
        <translation>Ya existe un espacio de trabajo en %1; no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="56" />
        <source>%1 is not empty; give a new or empty folder for the workspace.</source>
        <translation>%1 no está vacía; indique una carpeta nueva o vacía para el espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="59" />
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="59" />
        <source>Repeat the passphrase: </source>
        <translation>Repita la frase de contraseña: </translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="81" />
        <source>No workspace was created.</source>
        <translation>No se ha creado ningún espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="83" />
        <source>The workspace could not be moved into %1. No workspace was created.</source>
        <translation>No se pudo mover el espacio de trabajo a %1. No se ha creado ningún espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="92" />
        <source>Warning: the key could not be remembered in the system keychain; use the passphrase to unlock.</source>
        <translation>Aviso: no se pudo recordar la clave en el llavero del sistema; use la frase de contraseña para desbloquear.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="98" />
        <source>Created an encrypted workspace in %1.
Your recovery key follows. It is shown only this once: write it down or print it and keep it
safe. With it you can open your data if you forget the passphrase.</source>
        <translation>Se ha creado un espacio de trabajo cifrado en %1.
A continuación figura su clave de recuperación. Solo se muestra esta vez: anótela o imprímala y guárdela
en un lugar seguro. Con ella podrá abrir sus datos si olvida la frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>md::cli::InvoiceCommands</name>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="59" />
        <source>'%1' is not a line: write "DESCRIPTION;QUANTITY;UNIT_PRICE[;TAX_RATE_PERCENT]".</source>
        <translation>'%1' no es una línea: escriba "DESCRIPCIÓN;CANTIDAD;PRECIO_UNITARIO[;TIPO_IMPOSITIVO_PORCENTAJE]".</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="71" />
        <source>'%1' has no description.</source>
        <translation>'%1' no tiene descripción.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="90" />
        <source>--client is required.</source>
        <translation>--client es obligatorio.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="91" />
        <location filename="../app/cli/InvoiceCommands.cpp" line="206" />
        <source>client id</source>
        <translation>id del cliente</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="98" />
        <source>Give --sessions, one or more --line, or --retainer with --month.</source>
        <translation>Indique --sessions, una o varias --line, o --retainer con --month.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="134" />
        <source>--retainer and --month go together.</source>
        <translation>--retainer y --month van juntos.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="137" />
        <source>A retainer invoice bills one month: leave out --sessions and --line.</source>
        <translation>Una factura de cuota mensual factura un mes: omita --sessions y --line.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="139" />
        <source>retainer offering id</source>
        <translation>id de la cuota mensual</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="146" />
        <source>'%1' is not a month: write YYYY-MM, e.g. 2026-03.</source>
        <translation>'%1' no es un mes: escriba AAAA-MM, p. ej., 2026-03.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="160" />
        <location filename="../app/cli/InvoiceCommands.cpp" line="255" />
        <location filename="../app/cli/InvoiceCommands.cpp" line="309" />
        <location filename="../app/cli/InvoiceCommands.cpp" line="331" />
        <source>invoice id</source>
        <translation>id de la factura</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="179" />
        <source>warning: the invoice does not show %1; set them with %2.</source>
        <translation>atención: la factura no muestra %1; establézcalos con %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="215" />
        <source>Unknown status '%1' (use draft|issued|partially-paid|paid|overdue|cancelled).</source>
        <translation>Estado desconocido '%1' (use draft|issued|partially-paid|paid|overdue|cancelled).</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="243" />
        <source>credit note</source>
        <translation>factura rectificativa</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="274" />
        <source>Credit note</source>
        <translation>Factura rectificativa</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="274" />
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="275" />
        <source>(draft %1)</source>
        <translation>(borrador %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="276" />
        <source>Client: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="277" />
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="279" />
        <source>Issued: %1, due %2</source>
        <translation>Emitida: %1, vence el %2</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="121" />
        <source>Sessions have no price yet. Add a single session to the price list (`billing offering-add --kind single …`), give the engagement a fee (`engagement fee ID 120`) or set one with `settings set billing.session.price 120`.</source>
        <translation>Las sesiones aún no tienen precio. Añada una sesión individual a la lista de precios (`billing offering-add --kind single …`), asigne honorarios al proceso de mentoría (`engagement fee ID 120`) o establezca un precio con `settings set billing.session.price 120`.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="297" />
        <source>Net %1, tax %2, total %3</source>
        <translation>Base %1, impuestos %2, total %3</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="301" />
        <source>Paid %1, outstanding %2</source>
        <translation>Pagado %1, pendiente %2</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="346" />
        <source>The invoice's id.</source>
        <translation>El id de la factura.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="350" />
        <source>--client ID [--sessions] [--line "DESC;QTY;UNIT_PRICE;TAX%"]... | --client ID --retainer OFFERING_ID --month YYYY-MM</source>
        <translation>--client ID [--sessions] [--line "DESC;CANT;PRECIO_UNITARIO;IMPUESTO%"]... | --client ID --retainer ID_OFERTA --month AAAA-MM</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="352" />
        <source>Create a draft invoice; prints its id.</source>
        <translation>Crear un borrador de factura; muestra su id.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="354" />
        <source>--sessions adds the client's held sessions that are neither billed yet nor paid by a package (and, when the cancellation policy says so, late cancellations and no-shows). Each --line is "DESCRIPTION;QUANTITY;UNIT_PRICE;TAX_RATE_PERCENT", e.g. "Workbook;2;24.50;7": the unit price is before tax in the workspace currency, with a dot or a comma and no thousands separators. The rate is a percentage or one of the settings' rates by name: standard, reduced or zero; without it the standard rate applies. --retainer with --month bills one month of a monthly retainer from the price list (`billing offerings` lists their ids); each month is billed once. The draft gets its number only when issued.</source>
        <translation>--sessions añade las sesiones realizadas del cliente que aún no se han facturado ni se han pagado con un paquete (y, si la política de cancelación lo prevé, las cancelaciones tardías y las ausencias sin aviso). Cada --line es "DESCRIPCIÓN;CANTIDAD;PRECIO_UNITARIO;TIPO_IMPOSITIVO_PORCENTAJE", p. ej., "Cuaderno de trabajo;2;24,50;10": el precio unitario es sin impuestos en la moneda del espacio de trabajo, con punto o coma y sin separadores de miles. El tipo es un porcentaje o uno de los tipos de la configuración por su nombre: standard, reduced o zero; sin él se aplica el tipo general. --retainer con --month factura un mes de una cuota mensual de la lista de precios (`billing offerings` muestra sus ids); cada mes se factura una sola vez. El borrador recibe su número solo al emitirse.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="364" />
        <source>The client's id (required).</source>
        <translation>El id del cliente (obligatorio).</translation>
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
        <translation>Facturar las sesiones realizadas aún no facturadas.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="366" />
        <source>A line; repeat for more.</source>
        <translation>Una línea; repítalo para añadir más.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="366" />
        <source>LINE</source>
        <translation>LÍNEA</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="367" />
        <source>Text printed under the lines.</source>
        <translation>Texto impreso debajo de las líneas.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="367" />
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="368" />
        <source>Bill a monthly retainer of the price list.</source>
        <translation>Facturar una cuota mensual de la lista de precios.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="369" />
        <source>OFFERING_ID</source>
        <translation>ID_OFERTA</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="370" />
        <source>The retainer month billed.</source>
        <translation>El mes de la cuota mensual que se factura.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="370" />
        <source>YYYY-MM</source>
        <translation>AAAA-MM</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="377" />
        <source>Issue a draft: number it and freeze it; prints the number.</source>
        <translation>Emitir un borrador: numerarlo y bloquearlo; muestra el número.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="378" />
        <source>The number is the next of the year's gapless sequence. An issued invoice never changes; correct or cancel it with `invoice credit`. The client's credit balance, if any, is applied.</source>
        <translation>El número es el siguiente de la serie correlativa y sin saltos del año. Una factura emitida nunca cambia; corríjala o anúlela con `invoice credit`. Se aplica, si lo hay, el saldo a favor del cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="387" />
        <source>[--client ID] [--status STATUS] [--json]</source>
        <translation>[--client ID] [--status ESTADO] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="388" />
        <source>List invoices and credit notes.</source>
        <translation>Enumerar las facturas y las facturas rectificativas.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="389" />
        <source>Only this client's.</source>
        <translation>Solo los de este cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="391" />
        <source>draft|issued|partially-paid|paid|overdue|cancelled.</source>
        <translation>draft|issued|partially-paid|paid|overdue|cancelled.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="392" />
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="393" />
        <source>Print a JSON array.</source>
        <translation>Mostrar una matriz JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="399" />
        <source>ID [--json]</source>
        <translation>ID [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="400" />
        <source>Show one invoice with its lines and what is paid.</source>
        <translation>Mostrar una factura con sus líneas y lo pagado.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="402" />
        <source>Print a JSON object.</source>
        <translation>Mostrar un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="408" />
        <source>ID FILE</source>
        <translation>ID ARCHIVO</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="409" />
        <source>Write the invoice as a PDF file.</source>
        <translation>Escribir la factura como archivo PDF.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="410" />
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se escribirá.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="417" />
        <source>Cancel an issued invoice with a credit note; prints its number.</source>
        <translation>Anular una factura emitida con una factura rectificativa; muestra su número.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="418" />
        <source>The credit note negates every line of the invoice and takes the next number. Money already paid on the invoice becomes the client's credit.</source>
        <translation>La factura rectificativa anula cada línea de la factura y recibe el siguiente número. El dinero ya pagado por la factura pasa a ser saldo a favor del cliente.</translation>
    </message>
</context>
<context>
    <name>md::cli::ManPage</name>
    <message>
        <location filename="../app/cli/ManPage.cpp" line="71" />
        <source>work on a MentorDesk workspace without a window</source>
        <translation>trabajar con un espacio de trabajo de MentorDesk sin ventana</translation>
    </message>
    <message>
        <location filename="../app/cli/ManPage.cpp" line="73" />
        <source>[global options] COMMAND [options] [arguments]</source>
        <translation>[opciones globales] COMANDO [opciones] [argumentos]</translation>
    </message>
    <message>
        <location filename="../app/cli/ManPage.cpp" line="77" />
        <source>Before or after the command.</source>
        <translation>Antes o después del comando.</translation>
    </message>
    <message>
        <location filename="../app/cli/ManPage.cpp" line="97" />
        <source>The MentorDesk user guide, under Help in the MentorDesk application.</source>
        <translation>La guía del usuario de MentorDesk, en Ayuda en la aplicación MentorDesk.</translation>
    </message>
</context>
<context>
    <name>md::cli::PasswdCommand</name>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="20" />
        <source>Change the workspace passphrase (or set a new one with the recovery key).</source>
        <translation>Cambiar la frase de contraseña del espacio de trabajo (o establecer una nueva con la clave de recuperación).</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="23" />
        <source>Asks for the current passphrase, then the new one (twice on a terminal). When
standard input is not a terminal, line 1 is the current passphrase and line 2
the new one. The data key, the database and the recovery key stay the same.

Forgot the passphrase? 'passwd --recovery-key' asks for the recovery key
instead of the current passphrase, then sets the new one.</source>
        <translation>Pide la frase de contraseña actual y después la nueva (dos veces en un terminal). Si
la entrada estándar no es un terminal, la línea 1 es la frase de contraseña actual y la línea 2
la nueva. La clave de datos, la base de datos y la clave de recuperación no cambian.

¿Ha olvidado la frase de contraseña? 'passwd --recovery-key' pide la clave de recuperación
en lugar de la frase de contraseña actual y después establece la nueva.</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="39" />
        <source>passwd needs the current passphrase or the recovery key; --keychain does not apply.</source>
        <translation>passwd necesita la frase de contraseña actual o la clave de recuperación; --keychain no se aplica.</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="48" />
        <source>Current passphrase for %1: </source>
        <translation>Frase de contraseña actual de %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="49" />
        <source>No current passphrase was given on standard input.</source>
        <translation>No se ha proporcionado la frase de contraseña actual por la entrada estándar.</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="59" />
        <location filename="../app/cli/PasswdCommand.cpp" line="84" />
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="59" />
        <location filename="../app/cli/PasswdCommand.cpp" line="84" />
        <source>Repeat the new passphrase: </source>
        <translation>Repita la nueva frase de contraseña: </translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="65" />
        <source>The passphrase of %1 was changed.</source>
        <translation>Se ha cambiado la frase de contraseña de %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="74" />
        <source>Recovery key for %1: </source>
        <translation>Clave de recuperación de %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="75" />
        <source>No recovery key was given on standard input.</source>
        <translation>No se ha proporcionado ninguna clave de recuperación por la entrada estándar.</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="90" />
        <source>A new passphrase was set for %1 with the recovery key.</source>
        <translation>Se ha establecido una nueva frase de contraseña para %1 con la clave de recuperación.</translation>
    </message>
</context>
<context>
    <name>md::cli::PaymentCommands</name>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="40" />
        <source>Give either --invoice or --client.</source>
        <translation>Indique --invoice o --client.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="42" />
        <source>--amount and --date are required.</source>
        <translation>--amount y --date son obligatorios.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="45" />
        <location filename="../app/cli/PaymentCommands.cpp" line="103" />
        <source>invoice id</source>
        <translation>id de la factura</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="46" />
        <location filename="../app/cli/PaymentCommands.cpp" line="98" />
        <source>client id</source>
        <translation>id del cliente</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="52" />
        <source>'%1' is not a date (use YYYY-MM-DD).</source>
        <translation>'%1' no es una fecha (use AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="58" />
        <source>Unknown method '%1' (use bank-transfer|card|cash|other).</source>
        <translation>Forma de pago desconocida '%1' (use bank-transfer|card|cash|other).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="89" />
        <source>The client now has a credit of %1, used by the next invoice.</source>
        <translation>El cliente tiene ahora un saldo a favor de %1, que se aplicará en la próxima factura.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="138" />
        <source>(--invoice ID | --client ID) --amount AMOUNT --date YYYY-MM-DD [--method METHOD]</source>
        <translation>(--invoice ID | --client ID) --amount IMPORTE --date AAAA-MM-DD [--method FORMA]</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="139" />
        <source>Record money received; prints the payment's id.</source>
        <translation>Registrar un cobro; muestra el id del pago.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="140" />
        <source>A payment for an invoice pays it (partly or fully); whatever is paid beyond what it owes becomes the client's credit, which the next invoice uses when issued. A payment for a client settles their open invoices, oldest due date first. AMOUNT is like 120.50 or 120,50.</source>
        <translation>Un pago de una factura la paga (en parte o por completo); lo que se pague por encima de lo adeudado pasa a ser saldo a favor del cliente, que se aplica en la próxima factura al emitirse. Un pago de un cliente salda sus facturas pendientes, empezando por la de vencimiento más antiguo. IMPORTE se escribe como 120.50 o 120,50.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="145" />
        <source>The issued invoice paid.</source>
        <translation>La factura emitida que se paga.</translation>
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
        <translation>El cliente que ha pagado (sin factura concreta).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="148" />
        <source>The amount received (required).</source>
        <translation>El importe recibido (obligatorio).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="148" />
        <source>AMOUNT</source>
        <translation>IMPORTE</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="149" />
        <source>The day it was received (required).</source>
        <translation>El día en que se recibió (obligatorio).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="149" />
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="151" />
        <source>bank-transfer|card|cash|other (default: bank-transfer).</source>
        <translation>bank-transfer|card|cash|other (predeterminado: bank-transfer).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="152" />
        <source>METHOD</source>
        <translation>FORMA</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="153" />
        <source>Bank reference or receipt number.</source>
        <translation>Referencia bancaria o número de recibo.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="153" />
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="159" />
        <source>[--client ID] [--invoice ID] [--json]</source>
        <translation>[--client ID] [--invoice ID] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="160" />
        <source>List payments received.</source>
        <translation>Enumerar los pagos recibidos.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="162" />
        <source>Only this client's.</source>
        <translation>Solo los de este cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="163" />
        <source>Only those for this invoice.</source>
        <translation>Solo los de esta factura.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="164" />
        <source>Print a JSON array.</source>
        <translation>Mostrar una matriz JSON.</translation>
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
        <translation>proceso de mentoría</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="42" />
        <source>need</source>
        <translation>necesidad</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="44" />
        <source>goal</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="46" />
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="48" />
        <source>evaluation</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="50" />
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="52" />
        <source>agreement</source>
        <translation>acuerdo</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="54" />
        <source>invoice</source>
        <translation>factura</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="62" />
        <source> (archived)</source>
        <translation> (archivado)</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="93" />
        <source>Say what to look for, e.g. %1 search portfolio</source>
        <translation>Indique qué desea buscar, p. ej., %1 search portfolio</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="102" />
        <source>Unknown kind "%1"; choose from %2.</source>
        <translation>Tipo desconocido "%1"; elija entre %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="113" />
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit admite un número de 1 a %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="129" />
        <source>Nothing matches "%1".</source>
        <translation>Nada coincide con "%1".</translation>
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
        <translation>TÍTULO</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="133" />
        <source>MATCH</source>
        <translation>COINCIDENCIA</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="137" />
        <source>[private] %1</source>
        <translation>[privada] %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="148" />
        <source>QUERY [--kind KIND] [--limit N] [--json]</source>
        <translation>CONSULTA [--kind TIPO] [--limit N] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="149" />
        <source>Find clients, engagements, notes, agreements and invoices by any word.</source>
        <translation>Buscar clientes, procesos de mentoría, notas, acuerdos y facturas por cualquier palabra.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="151" />
        <source>Every word must occur; a word also finds longer ones that start with it
("port" finds "portfolio"); "a quoted phrase" must occur as written. Case and
accents do not matter ("muller" finds "Müller"). Names and titles that match
come first, then the records where the words occur most, newer before older.
Archived clients are included and marked; a match in a session's private notes
is marked [private].</source>
        <translation>Deben aparecer todas las palabras; una palabra también encuentra otras más largas que empiezan por ella
("port" encuentra "portfolio"); "una frase entre comillas" debe aparecer tal cual. No se distinguen
mayúsculas ni acentos ("muller" encuentra "Müller"). Primero aparecen los nombres y títulos que coinciden
y después los registros en los que más aparecen las palabras, los recientes antes que los antiguos.
Los clientes archivados se incluyen y se marcan; una coincidencia en las notas privadas de una sesión
se marca con [privada].</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="158" />
        <source>The words to look for, in quotes when there are several.</source>
        <translation>Las palabras que se buscan, entre comillas si son varias.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="161" />
        <source>Only these kinds (comma separated): client, engagement, need, goal, action, evaluation, session, agreement, invoice.</source>
        <translation>Solo estos tipos (separados por comas): client, engagement, need, goal, action, evaluation, session, agreement, invoice.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="164" />
        <source>At most N results (default 50).</source>
        <translation>Como máximo N resultados (predeterminado: 50).</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="164" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="165" />
        <source>Print the results as JSON.</source>
        <translation>Mostrar los resultados como JSON.</translation>
    </message>
</context>
<context>
    <name>md::cli::SessionCommands</name>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="64" />
        <source>--count and --until need --repeat.</source>
        <translation>--count y --until necesitan --repeat.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="71" />
        <source>Unknown repeat '%1' (use weekly|biweekly|monthly|monthly-weekday|monthly-last-weekday).</source>
        <translation>Repetición desconocida '%1' (use weekly|biweekly|monthly|monthly-weekday|monthly-last-weekday).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="77" />
        <source>A repeating session needs either --count N or --until DATE.</source>
        <translation>Una sesión periódica necesita --count N o --until FECHA.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="87" />
        <source>'%1' is not a number of sessions.</source>
        <translation>'%1' no es un número de sesiones.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="94" />
        <location filename="../app/cli/SessionCommands.cpp" line="211" />
        <source>'%1' is not a date (use YYYY-MM-DD).</source>
        <translation>'%1' no es una fecha (use AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="105" />
        <source>warning: %1</source>
        <translation>atención: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="110" />
        <source>--engagement, --start and --duration are required.</source>
        <translation>--engagement, --start y --duration son obligatorios.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="112" />
        <location filename="../app/cli/SessionCommands.cpp" line="224" />
        <source>engagement id</source>
        <translation>id del proceso de mentoría</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="118" />
        <source>'%1' is not a start (use YYYY-MM-DDTHH:MM).</source>
        <translation>'%1' no es un inicio (use AAAA-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="123" />
        <source>'%1' is not a duration in minutes.</source>
        <translation>'%1' no es una duración en minutos.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="129" />
        <source>Unknown format '%1' (use video|phone|in-person).</source>
        <translation>Modalidad desconocida '%1' (use video|phone|in-person).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="136" />
        <source>Unknown time zone '%1' (use an IANA name such as Europe/Berlin).</source>
        <translation>Zona horaria desconocida '%1' (use un nombre IANA como Europe/Madrid).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SessionCommands.cpp" line="197" />
        <source>%1 (%n session(s)).</source>
        <translation>
            <numerusform>%1 (%n sesión).</numerusform>
            <numerusform>%1 (%n sesiones).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="218" />
        <source>client id</source>
        <translation>id del cliente</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="259" />
        <source>No sessions in this period.</source>
        <translation>No hay sesiones en este periodo.</translation>
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
        <translation>INICIO</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="238" />
        <location filename="../app/cli/SessionCommands.cpp" line="349" />
        <source>ZONE</source>
        <translation>ZONA</translation>
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
        <translation>ESTADO</translation>
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
        <translation>id de la sesión</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="271" />
        <source>Give exactly one of --private TEXT and --shareable TEXT.</source>
        <translation>Indique exactamente una de las opciones --private TEXTO y --shareable TEXTO.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="297" />
        <source>Unknown status '%1' (use planned|held|cancelled-client|cancelled-mentor|no-show).</source>
        <translation>Estado desconocido '%1' (use planned|held|cancelled-client|cancelled-mentor|no-show).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="303" />
        <source>--cancelled-at goes with cancelled-client or cancelled-mentor.</source>
        <translation>--cancelled-at se usa con cancelled-client o cancelled-mentor.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="306" />
        <source>'%1' is not a time (use YYYY-MM-DDTHH:MM).</source>
        <translation>'%1' no es una hora (use AAAA-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="333" />
        <source>The session's id (see 'session list').</source>
        <translation>El id de la sesión (véase 'session list').</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="337" />
        <source>--engagement ID --start YYYY-MM-DDTHH:MM --duration MINUTES [options]</source>
        <translation>--engagement ID --start AAAA-MM-DDTHH:MM --duration MINUTOS [opciones]</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="338" />
        <source>Plan a session or a series and print the new id(s).</source>
        <translation>Planificar una sesión o una serie y mostrar los nuevos ids.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="339" />
        <source>The start is wall-clock time in --tz (default: your time zone from the availability settings); a series keeps that time across daylight-saving changes. A series prints one id per session. Monthly series on the 29th to 31st skip months without that date, as in every calendar program. Clashes with other sessions, imported busy times or your working hours are printed as warnings; the session is planned anyway.</source>
        <translation>El inicio es la hora local en --tz (predeterminada: su zona horaria según la configuración de disponibilidad); una serie mantiene esa hora a través de los cambios de horario de verano. Una serie muestra un id por sesión. Las series mensuales de los días 29 a 31 omiten los meses que no tienen esa fecha, como en cualquier programa de calendario. Los conflictos con otras sesiones, periodos ocupados importados o su horario de trabajo se muestran como avisos; la sesión se planifica de todos modos.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="346" />
        <source>The engagement's id (required).</source>
        <translation>El id del proceso de mentoría (obligatorio).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="347" />
        <source>Start, YYYY-MM-DDTHH:MM (required).</source>
        <translation>Inicio, AAAA-MM-DDTHH:MM (obligatorio).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="348" />
        <source>IANA time zone of the start, e.g. Europe/Berlin.</source>
        <translation>Zona horaria IANA del inicio, p. ej., Europe/Madrid.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="350" />
        <source>Length in minutes (required).</source>
        <translation>Duración en minutos (obligatoria).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="350" />
        <source>MINUTES</source>
        <translation>MINUTOS</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="353" />
        <source>video|phone|in-person (default: the engagement's format, video when it is mixed).</source>
        <translation>video|phone|in-person (predeterminado: la modalidad del proceso de mentoría, video si es mixta).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="355" />
        <source>FORMAT</source>
        <translation>MODALIDAD</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="356" />
        <source>The place, video link or phone number.</source>
        <translation>El lugar, el enlace de vídeo o el número de teléfono.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="357" />
        <location filename="../app/cli/SessionCommands.cpp" line="358" />
        <location filename="../app/cli/SessionCommands.cpp" line="390" />
        <location filename="../app/cli/SessionCommands.cpp" line="391" />
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="358" />
        <source>The agenda.</source>
        <translation>Los temas.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="360" />
        <source>weekly|biweekly|monthly|monthly-weekday|monthly-last-weekday.</source>
        <translation>weekly|biweekly|monthly|monthly-weekday|monthly-last-weekday.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="361" />
        <source>CADENCE</source>
        <translation>FRECUENCIA</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="362" />
        <source>A series ends after N sessions.</source>
        <translation>Una serie termina tras N sesiones.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="362" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="363" />
        <source>A series ends on this date, YYYY-MM-DD.</source>
        <translation>Una serie termina en esta fecha, AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="363" />
        <location filename="../app/cli/SessionCommands.cpp" line="373" />
        <location filename="../app/cli/SessionCommands.cpp" line="374" />
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="370" />
        <source>[--from DATE] [--to DATE] [--client ID] [--engagement ID] [--json]</source>
        <translation>[--from FECHA] [--to FECHA] [--client ID] [--engagement ID] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="371" />
        <source>List sessions, oldest first.</source>
        <translation>Enumerar las sesiones, de la más antigua a la más reciente.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="373" />
        <source>From this day, YYYY-MM-DD.</source>
        <translation>Desde este día, AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="374" />
        <source>Up to and including this day.</source>
        <translation>Hasta este día, incluido.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="375" />
        <source>Only this client's.</source>
        <translation>Solo los de este cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="376" />
        <source>Only this engagement's.</source>
        <translation>Solo los de este proceso de mentoría.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="377" />
        <source>Print a JSON array (without private notes).</source>
        <translation>Mostrar una matriz JSON (sin notas privadas).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="383" />
        <source>ID (--private TEXT | --shareable TEXT)</source>
        <translation>ID (--private TEXTO | --shareable TEXTO)</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="384" />
        <source>Set a session's private or shareable notes.</source>
        <translation>Establecer las notas privadas o compartibles de una sesión.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="385" />
        <source>Private notes are for you: no session summary or calendar file contains them. export and client export keep them, since those are your own copies; client export --without-private-notes leaves them out. Shareable notes appear in the session summary.</source>
        <translation>Las notas privadas son para usted: ningún resumen de sesión ni archivo de calendario las contiene. export y client export las conservan, ya que son sus propias copias; client export --without-private-notes las excluye. Las notas compartibles aparecen en el resumen de la sesión.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="390" />
        <source>Notes only you will see.</source>
        <translation>Notas que solo verá usted.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="391" />
        <source>Notes for the summary.</source>
        <translation>Notas para el resumen.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="397" />
        <source>ID STATUS</source>
        <translation>ID ESTADO</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="398" />
        <source>Mark a session held, cancelled or missed.</source>
        <translation>Marcar una sesión como realizada, cancelada o perdida.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="401" />
        <source>planned, held, cancelled-client, cancelled-mentor or no-show.</source>
        <translation>planned, held, cancelled-client, cancelled-mentor o no-show.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="403" />
        <source>A session the client cancels with less notice than your cancellation policy gives (settings: billing.policy.cancellation_notice_hours) is billed when late cancellations are chargeable; one you cancel never is.</source>
        <translation>Una sesión que el cliente cancela con menos antelación de la que prevé su política de cancelación (ajuste: billing.policy.cancellation_notice_hours) se factura si las cancelaciones tardías son facturables; una que cancela usted, nunca.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="409" />
        <source>When the session was cancelled, YYYY-MM-DDTHH:MM in its time zone (default: now).</source>
        <translation>Cuándo se canceló la sesión, AAAA-MM-DDTHH:MM en su zona horaria (predeterminado: ahora).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="410" />
        <source>TIME</source>
        <translation>HORA</translation>
    </message>
</context>
<context>
    <name>md::cli::SettingsCommands</name>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="32" />
        <source>Keys (default in brackets, then an example):</source>
        <translation>Claves (valor predeterminado entre corchetes y, después, un ejemplo):</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="37" />
        <source>      e.g. %1</source>
        <translation>      p. ej., %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="69" />
        <source>There is no setting called '%1'. See `settings set --help` for the keys.</source>
        <translation>No existe ningún ajuste llamado '%1'. Consulte las claves en `settings set --help`.</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="87" />
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="88" />
        <source>Show the mentor profile and the business settings.</source>
        <translation>Mostrar el perfil del mentor y la configuración del negocio.</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="90" />
        <source>Print one JSON object.</source>
        <translation>Mostrar un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="96" />
        <source>KEY VALUE</source>
        <translation>CLAVE VALOR</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="97" />
        <source>Change one setting (checked before it is saved).</source>
        <translation>Cambiar un ajuste (se comprueba antes de guardarlo).</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="100" />
        <source>One of the keys below.</source>
        <translation>Una de las claves siguientes.</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="101" />
        <source>The new value; "" clears text fields.</source>
        <translation>El nuevo valor; "" borra los campos de texto.</translation>
    </message>
</context>
<context>
    <name>md::cli::SummaryCommands</name>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="31" />
        <source>'%1' is not a valid session id (a positive number).</source>
        <translation>'%1' no es un id de sesión válido (un número positivo).</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="35" />
        <source>Name the file to write (.pdf, .md or .txt).</source>
        <translation>Indique el archivo que se escribirá (.pdf, .md o .txt).</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="62" />
        <source>ID FILE</source>
        <translation>ID ARCHIVO</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="63" />
        <source>Export a session summary as PDF, Markdown or plain text.</source>
        <translation>Exportar un resumen de sesión como PDF, Markdown o texto sin formato.</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="64" />
        <source>The format follows the file name: .md for Markdown, .txt for plain text ready to paste into an e-mail, anything else PDF. The summary holds the summary fields and the shareable notes, never the private notes.</source>
        <translation>El formato depende del nombre del archivo: .md para Markdown, .txt para texto sin formato listo para pegar en un correo electrónico y cualquier otro para PDF. El resumen contiene los campos del resumen y las notas compartibles, nunca las notas privadas.</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="68" />
        <source>The session's id.</source>
        <translation>El id de la sesión.</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="69" />
        <source>The file to write.</source>
        <translation>El archivo que se escribirá.</translation>
    </message>
</context>
<context>
    <name>md::cli::VerifyCommand</name>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="22" />
        <source>Check the database, every signed agreement and the audit log; prints OK or the problems found.</source>
        <translation>Comprobar la base de datos, cada acuerdo firmado y el registro de auditoría; muestra OK o los problemas encontrados.</translation>
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
        <translation>Desbloquea el espacio de trabajo y comprueba:
  - la base de datos (comprobaciones de integridad de SQLite y de claves externas);
  - cada acuerdo firmado: el PDF, el texto, las imágenes de las firmas y el
    escaneo almacenados con su manifiesto firmado, y la firma del manifiesto;
  - la cadena de hashes del registro de auditoría de los acuerdos.
Cada problema ocupa una línea en la salida estándar, con el acuerdo al que
se refiere. Termina con el código de salida 1 si se encuentra algún problema.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/VerifyCommand.cpp" line="66" />
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Se ha encontrado %n problema.</numerusform>
            <numerusform>Se han encontrado %n problemas.</numerusform>
        </translation>
    </message>
</context>
</TS>
