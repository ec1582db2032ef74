<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="57" />
        <source>Encrypted client records for independent mentors.</source>
        <translation>Registros criptografados de clientes para mentores independentes.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="62" />
        <source>Open the workspace in DIR instead of the last one.</source>
        <translation>Abrir o espaço de trabalho em DIR em vez do último utilizado.</translation>
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
        <translation>Atrasada: %1</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="165" />
        <location filename="../ui/pipeline/ActionListModel.cpp" line="176" />
        <source>%1 (overdue)</source>
        <translation>%1 (atrasada)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="185" />
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="187" />
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="189" />
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="191" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionListModel.cpp" line="193" />
        <source>People to approach</source>
        <translation>Pessoas a contatar</translation>
    </message>
</context>
<context>
    <name>md::ActionRepository</name>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="55" />
        <source>There is no goal with id %1.</source>
        <translation>Não existe meta com o id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="70" />
        <location filename="../core/storage/ActionRepository.cpp" line="102" />
        <source>Could not save the action</source>
        <translation>Não foi possível salvar a ação</translation>
    </message>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="126" />
        <source>There is no action with id %1.</source>
        <translation>Não existe ação com o id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="148" />
        <location filename="../core/storage/ActionRepository.cpp" line="153" />
        <source>Could not read the actions</source>
        <translation>Não foi possível ler as ações</translation>
    </message>
    <message>
        <location filename="../core/storage/ActionRepository.cpp" line="167" />
        <source>Could not delete the action</source>
        <translation>Não foi possível excluir a ação</translation>
    </message>
</context>
<context>
    <name>md::ActionsTab</name>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="42" />
        <source>A concrete step, e.g. ask for a stretch project</source>
        <translation>Um passo concreto, por exemplo, pedir um projeto desafiador</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="43" />
        <source>Due &amp;by</source>
        <translation>Pra&amp;zo até</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="55" />
        <source>Managers, recruiters, peers… separated by commas</source>
        <translation>Gestores, recrutadores, colegas… separados por vírgulas</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="62" />
        <source>&amp;Goal:</source>
        <translation>&amp;Meta:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="63" />
        <source>&amp;Action:</source>
        <translation>&amp;Ação:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="64" />
        <source>Due:</source>
        <translation>Prazo:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="65" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="66" />
        <source>&amp;People to approach:</source>
        <translation>&amp;Pessoas a contatar:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="70" />
        <source>&amp;New Action</source>
        <translation>&amp;Nova ação</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="70" />
        <source>&amp;Save Action</source>
        <translation>Sal&amp;var ação</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="70" />
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="144" />
        <source>(inactive goal)</source>
        <translation>(meta inativa)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="163" />
        <source>Write an active goal first; actions belong to a goal.</source>
        <translation>Escreva primeiro uma meta ativa; as ações pertencem a uma meta.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="182" />
        <source>Saved the action.</source>
        <translation>Ação salva.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="189" />
        <source>Delete Action</source>
        <translation>Excluir ação</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ActionsTab.cpp" line="189" />
        <source>Delete this action?</source>
        <translation>Excluir esta ação?</translation>
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
        <translation>0–30 dias</translation>
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
        <translation>Mais de 90</translation>
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
        <translation>Nenhuma sessão nestas quatro semanas. Para planejar uma, clique duas vezes em um horário livre na visão semanal ou use Nova sessão.</translation>
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
        <translation>Acordo de mentoria</translation>
    </message>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="31" />
        <source>Confidentiality agreement</source>
        <translation>Acordo de confidencialidade</translation>
    </message>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="41" />
        <source>Signed</source>
        <translation>Assinado</translation>
    </message>
    <message>
        <location filename="../core/agreements/Agreement.cpp" line="42" />
        <source>Draft</source>
        <translation>Rascunho</translation>
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
        <translation>Não foi possível ler o registro de auditoria</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementAuditLogRepository.cpp" line="47" />
        <source>Could not write to the audit log</source>
        <translation>Não foi possível gravar no registro de auditoria</translation>
    </message>
</context>
<context>
    <name>md::AgreementContext</name>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="28" />
        <source>your name (set it in the mentor profile)</source>
        <translation>seu nome (defina-o no perfil do mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="30" />
        <source>your business name (set it in the mentor profile)</source>
        <translation>o nome da sua empresa (defina-o no perfil do mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="33" />
        <source>your business address (set it in the mentor profile)</source>
        <translation>o endereço da sua empresa (defina-o no perfil do mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="36" />
        <source>your tax ID (set it in the mentor profile)</source>
        <translation>seu CNPJ/CPF (defina-o no perfil do mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="38" />
        <source>your email address (set it in the mentor profile)</source>
        <translation>seu endereço de e-mail (defina-o no perfil do mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="41" />
        <source>your phone number (set it in the mentor profile)</source>
        <translation>seu número de telefone (defina-o no perfil do mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="44" />
        <location filename="../core/agreements/AgreementContext.cpp" line="46" />
        <source>the client's name (set it on the client)</source>
        <translation>o nome do cliente (defina-o no cadastro do cliente)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="48" />
        <source>the client's email address (set it on the client)</source>
        <translation>o endereço de e-mail do cliente (defina-o no cadastro do cliente)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="51" />
        <source>the client's phone number (set it on the client)</source>
        <translation>o número de telefone do cliente (defina-o no cadastro do cliente)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="54" />
        <source>the client's organisation (set it on the client)</source>
        <translation>a organização do cliente (defina-a no cadastro do cliente)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="57" />
        <source>the client's role (set it on the client)</source>
        <translation>o cargo do cliente (defina-o no cadastro do cliente)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="59" />
        <source>the engagement's title (set it on the engagement)</source>
        <translation>o título do acompanhamento (defina-o no acompanhamento)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="62" />
        <source>the start date (set it on the engagement)</source>
        <translation>a data de início (defina-a no acompanhamento)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="64" />
        <source>the number of sessions (set it on the engagement)</source>
        <translation>o número de sessões (defina-o no acompanhamento)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="67" />
        <source>how often you meet (set it on the engagement)</source>
        <translation>a frequência dos encontros (defina-a no acompanhamento)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="70" />
        <source>how you meet (set it on the engagement)</source>
        <translation>o formato dos encontros (defina-o no acompanhamento)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="72" />
        <source>the fee (set it on the engagement)</source>
        <translation>os honorários (defina-os no acompanhamento)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="74" />
        <source>the end date (choose one when you generate the agreement)</source>
        <translation>a data de término (escolha uma ao gerar o acordo)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="89" />
        <source>%1 (fill it in by hand)</source>
        <translation>%1 (a preencher à mão)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="108" />
        <source>Printed as blank lines to fill in by hand: %1.</source>
        <translation>Impresso como linhas em branco para preencher à mão: %1.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="121" />
        <source>No agreement can be generated without %1.</source>
        <translation>Nenhum acordo pode ser gerado sem %1.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="123" />
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="148" />
        <source>every week</source>
        <translation>semanalmente</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="150" />
        <source>every two weeks</source>
        <translation>quinzenalmente</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="152" />
        <source>once a month</source>
        <translation>uma vez por mês</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="160" />
        <source>in person</source>
        <translation>presencialmente</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="162" />
        <source>by video call</source>
        <translation>por videochamada</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="164" />
        <source>by telephone</source>
        <translation>por telefone</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="166" />
        <source>in a mix of in-person meetings and video or telephone calls</source>
        <translation>combinando encontros presenciais com videochamadas ou ligações telefônicas</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="235" />
        <source>Your name (mentor profile)</source>
        <translation>Seu nome (perfil do mentor)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="237" />
        <source>Your business name</source>
        <translation>O nome da sua empresa</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="239" />
        <source>Your business address</source>
        <translation>O endereço da sua empresa</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="241" />
        <source>Your tax id</source>
        <translation>Seu CNPJ/CPF</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="243" />
        <source>Your e-mail address</source>
        <translation>Seu endereço de e-mail</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="245" />
        <source>Your phone number</source>
        <translation>Seu número de telefone</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="247" />
        <source>The mentee's full name</source>
        <translation>Nome completo do mentorado</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="249" />
        <source>The name the mentee goes by</source>
        <translation>Nome pelo qual o mentorado prefere ser chamado</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="251" />
        <source>The mentee's e-mail address</source>
        <translation>Endereço de e-mail do mentorado</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="253" />
        <source>The mentee's phone number</source>
        <translation>Número de telefone do mentorado</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="255" />
        <source>The mentee's organisation</source>
        <translation>Organização do mentorado</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="257" />
        <source>The mentee's role</source>
        <translation>Cargo do mentorado</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="259" />
        <source>Title of the engagement</source>
        <translation>Título do acompanhamento</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="261" />
        <source>Start date of the engagement</source>
        <translation>Data de início do acompanhamento</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="263" />
        <source>Planned number of sessions</source>
        <translation>Número de sessões previstas</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="265" />
        <source>How often sessions take place</source>
        <translation>Frequência das sessões</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="267" />
        <source>How sessions take place (in person, video…)</source>
        <translation>Formato das sessões (presencial, vídeo…)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="270" />
        <source>Fees, as noted on the engagement</source>
        <translation>Honorários, conforme anotados no acompanhamento</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="272" />
        <source>Length of a session in minutes</source>
        <translation>Duração de uma sessão em minutos</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="274" />
        <source>Hours of notice to cancel a session free of charge</source>
        <translation>Horas de antecedência para cancelar uma sessão sem custo</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="277" />
        <source>Days to pay an invoice</source>
        <translation>Dias para pagar uma fatura</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="279" />
        <source>Days of notice to end the mentoring early</source>
        <translation>Dias de aviso prévio para encerrar a mentoria antecipadamente</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="282" />
        <source>Years confidentiality lasts after the end</source>
        <translation>Anos de duração da confidencialidade após o término</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="285" />
        <source>Months notes are kept after the end</source>
        <translation>Meses de guarda das anotações após o término</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="288" />
        <source>The date the agreement is generated</source>
        <translation>Data em que o acordo é gerado</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementContext.cpp" line="291" />
        <source>The agreement's end date, if it has one</source>
        <translation>Data de término do acordo, se houver</translation>
    </message>
</context>
<context>
    <name>md::AgreementDetailsPanel</name>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="51" />
        <source>Open mentor &amp;profile…</source>
        <translation>Abrir o &amp;perfil do mentor…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="52" />
        <source>Go to the c&amp;lient</source>
        <translation>Ir para o c&amp;liente</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="54" />
        <source>Go to the e&amp;ngagement</source>
        <translation>Ir para o acompa&amp;nhamento</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="55" />
        <source>&amp;Fill in the details set since it was generated</source>
        <translation>Preencher com os &amp;dados novos</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="58" />
        <source>Generate the draft's text again from its template and the details as they are now</source>
        <translation>Gerar novamente o texto do rascunho a partir do modelo e dos dados atuais</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="94" />
        <source>No agreement selected</source>
        <translation>Nenhum acordo selecionado</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="108" />
        <source>Details were set or changed since this draft was generated.</source>
        <translation>Alguns dados foram definidos ou alterados depois que este rascunho foi gerado.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="131" />
        <source>Client: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="134" />
        <source>Signed on screen on %1</source>
        <translation>Assinado na tela em %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="137" />
        <source>Signed on paper</source>
        <translation>Assinado em papel</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="138" />
        <source>State: %1</source>
        <translation>Situação: %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="142" />
        <source>Template: %1, version %2</source>
        <translation>Modelo: %1, versão %2</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="145" />
        <source>Includes confidentiality terms</source>
        <translation>Inclui cláusulas de confidencialidade</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="146" />
        <source>No confidentiality terms</source>
        <translation>Sem cláusulas de confidencialidade</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="148" />
        <source>Ends on %1</source>
        <translation>Termina em %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="150" />
        <source>Amends AGR-%1</source>
        <translation>Altera AGR-%1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementDetailsPanel.cpp" line="151" />
        <source>Fingerprint: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Impressão digital: &lt;tt&gt;%1&lt;/tt&gt;</translation>
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
        <translation>Acordo assinado %1: %2
Assinado em %3 UTC; selado pelo MentorDesk %4.

Esta pasta contém o acordo exatamente como foi assinado e o necessário para verificar
que ele não foi alterado desde então. Você não precisa do MentorDesk para isso: os comandos
abaixo funcionam em um terminal no Linux e no macOS, e com Git Bash ou WSL no Windows.

ARQUIVOS
  agreement.pdf        o acordo assinado
  manifest.json        uma descrição do que foi assinado, com o checksum SHA-256
                       de cada arquivo (não o edite, nem mesmo os espaços)
  manifest.sig         a assinatura digital Ed25519 de manifest.json (64 bytes)
  manifest.sig.base64  a mesma assinatura em forma de texto
  public-key.pem       a chave pública que verifica a assinatura

1. VERIFIQUE A ASSINATURA DO MANIFESTO (OpenSSL 3.0 ou mais recente)
   openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin \
       -in manifest.json -sigfile manifest.sig
   Se manifest.json for autêntico, é exibido "Signature Verified Successfully".

2. VERIFIQUE O PDF COM O MANIFESTO
   sha256sum agreement.pdf        (macOS: shasum -a 256 agreement.pdf)
   O resultado deve ser igual ao valor "sha256" dentro de "pdf" em manifest.json:
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
A CHAVE
   Impressão digital da chave pública (primeira metade do seu SHA-256): %1
   Chave pública bruta, em base64: %2
   Se quiser ter certeza de que a chave é do seu mentor, peça a ele que confirme a impressão digital.

O rodapé de cada página mostra o número do acordo e a impressão digital do seu texto, para que
uma cópia impressa possa ser conferida com este registro.
</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="88" />
        <source>Only a signed agreement can be exported for the client. Save the draft as a PDF instead.</source>
        <translation>Somente um acordo assinado pode ser exportado para o cliente. Salve o rascunho como PDF.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="108" />
        <source>CHECK THE DRAWN SIGNATURE OF THE %1
   sha256sum %2
   The result must equal its "signature_png_sha256" in manifest.json.
</source>
        <translation>VERIFIQUE A ASSINATURA DESENHADA DO %1
   sha256sum %2
   O resultado deve ser igual ao seu valor "signature_png_sha256" em manifest.json.
</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="120" />
        <source>CHECK THE SCAN OF THE SIGNED PAPER ORIGINAL
   sha256sum %1
   The result must equal the "sha256" inside "scan" in manifest.json.
</source>
        <translation>VERIFIQUE A DIGITALIZAÇÃO DO ORIGINAL ASSINADO EM PAPEL
   sha256sum %1
   O resultado deve ser igual ao valor "sha256" dentro de "scan" em manifest.json.
</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="131" />
        <source>Could not create the folder %1.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementExporter.cpp" line="135" />
        <source>%1 already exists. Choose an empty folder for the export.</source>
        <translation>%1 já existe. Escolha uma pasta vazia para a exportação.</translation>
    </message>
</context>
<context>
    <name>md::AgreementListModel</name>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="130" />
        <source>Checking…</source>
        <translation>Verificando…</translation>
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
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="275" />
        <source>Verification</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementListModel.cpp" line="277" />
        <source>Ends</source>
        <translation>Término</translation>
    </message>
</context>
<context>
    <name>md::AgreementManifest</name>
    <message>
        <location filename="../core/agreements/AgreementManifest.cpp" line="90" />
        <source>The manifest is not valid JSON.</source>
        <translation>O manifesto não é um JSON válido.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementManifest.cpp" line="94" />
        <source>The manifest is not in canonical form.</source>
        <translation>O manifesto não está na forma canônica.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementManifest.cpp" line="99" />
        <source>The manifest has an unknown format.</source>
        <translation>O manifesto tem um formato desconhecido.</translation>
    </message>
</context>
<context>
    <name>md::AgreementPdfRenderer</name>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="46" />
        <source>Signatures</source>
        <translation>Assinaturas</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="47" />
        <source>By signing below, the parties confirm that they have read this agreement and agree to its terms.</source>
        <translation>Ao assinar abaixo, as partes confirmam que leram este acordo e concordam com seus termos.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="54" />
        <source>The mentee</source>
        <translation>O mentorado</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="55" />
        <source>The mentor</source>
        <translation>O mentor</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="56" />
        <source>Date: ____________________</source>
        <translation>Data: ____________________</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="100" />
        <source>Agreement %1</source>
        <translation>Acordo %1</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementPdfRenderer.cpp" line="103" />
        <source>Fingerprint %1</source>
        <translation>Impressão digital %1</translation>
    </message>
</context>
<context>
    <name>md::AgreementRepository</name>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="56" />
        <source>This agreement is signed and can no longer be changed. To change its terms, create an amendment.</source>
        <translation>Este acordo está assinado e não pode mais ser alterado. Para mudar seus termos, crie um aditivo.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="89" />
        <location filename="../core/storage/AgreementRepository.cpp" line="119" />
        <source>Could not save the agreement</source>
        <translation>Não foi possível salvar o acordo</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="101" />
        <source>An agreement needs a title.</source>
        <translation>Um acordo precisa de um título.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="135" />
        <source>Could not delete the agreement</source>
        <translation>Não foi possível excluir o acordo</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="144" />
        <location filename="../core/storage/AgreementRepository.cpp" line="148" />
        <source>Could not read the agreement</source>
        <translation>Não foi possível ler o acordo</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="149" />
        <source>Agreement %1 does not exist.</source>
        <translation>O acordo %1 não existe.</translation>
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
        <translation>Não foi possível ler os acordos</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="228" />
        <location filename="../core/storage/AgreementRepository.cpp" line="242" />
        <source>Could not read the signatures</source>
        <translation>Não foi possível ler as assinaturas</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="252" />
        <location filename="../core/storage/AgreementRepository.cpp" line="255" />
        <source>Could not read the scan</source>
        <translation>Não foi possível ler a digitalização</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="269" />
        <location filename="../core/storage/AgreementRepository.cpp" line="273" />
        <source>Could not read the signed document</source>
        <translation>Não foi possível ler o documento assinado</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="291" />
        <source>Could not store the signed agreement</source>
        <translation>Não foi possível armazenar o acordo assinado</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="345" />
        <source>The agreement was changed or signed elsewhere while it was being signed. Nothing was stored; open it again and sign once more.</source>
        <translation>O acordo foi alterado ou assinado em outro lugar enquanto estava sendo assinado. Nada foi armazenado; abra-o novamente e assine outra vez.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="356" />
        <source>Could not check the engagement's agreements</source>
        <translation>Não foi possível verificar os acordos do acompanhamento</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementRepository.cpp" line="403" />
        <location filename="../core/storage/AgreementRepository.cpp" line="410" />
        <source>Could not read the engagements</source>
        <translation>Não foi possível ler os acompanhamentos</translation>
    </message>
</context>
<context>
    <name>md::AgreementService</name>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="286" />
        <source>Only a signed agreement can be amended; edit the draft instead.</source>
        <translation>Somente um acordo assinado pode receber aditivo; edite o rascunho.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="326" />
        <source>This agreement amends and replaces agreement %1 of %2 between the same parties. Where the two differ, this agreement applies.</source>
        <translation>Este acordo altera e substitui o acordo %1 de %2 entre as mesmas partes. Havendo divergência entre ambos, prevalece este acordo.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="309" />
        <source>%1 (amendment to %2)</source>
        <translation>%1 (aditivo a %2)</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="393" />
        <source>This agreement ends on %1.</source>
        <translation>Este acordo termina em %1.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementService.cpp" line="369" />
        <source>Signed on screen on %1 UTC</source>
        <translation>Assinado na tela em %1 UTC</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="107" />
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="119" />
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="176" />
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="208" />
        <source>This agreement is already signed.</source>
        <translation>Este acordo já está assinado.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="48" />
        <source>The mentee must type their full name.</source>
        <translation>O mentorado deve digitar seu nome completo.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="49" />
        <source>The mentor must type their full name.</source>
        <translation>O mentor deve digitar seu nome completo.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="52" />
        <source>The mentee must confirm the consent statement before signing.</source>
        <translation>O mentorado deve confirmar a declaração de consentimento antes de assinar.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="54" />
        <source>The mentor must confirm the consent statement before signing.</source>
        <translation>O mentor deve confirmar a declaração de consentimento antes de assinar.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="59" />
        <source>The mentee's signature image is too large.</source>
        <translation>A imagem da assinatura do mentorado é grande demais.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="60" />
        <source>The mentor's signature image is too large.</source>
        <translation>A imagem da assinatura do mentor é grande demais.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="64" />
        <source>The mentee has not drawn a signature.</source>
        <translation>O mentorado não desenhou uma assinatura.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="65" />
        <source>The mentor has not drawn a signature.</source>
        <translation>O mentor não desenhou uma assinatura.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="73" />
        <source>The mentee typed “%1”, which differs from the client's name “%2”. Confirm that “%1” is the name they sign with, or correct it.</source>
        <translation>O mentorado digitou “%1”, que difere do nome do cliente, “%2”. Confirme que “%1” é o nome com que ele assina ou corrija-o.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="77" />
        <source>The mentor typed “%1”, which differs from the name in the mentor profile “%2”. Confirm that “%1” is the name you sign with, or correct it.</source>
        <translation>O mentor digitou “%1”, que difere do nome no perfil do mentor, “%2”. Confirme que “%1” é o nome com que você assina ou corrija-o.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="184" />
        <source>The paper cannot have been signed on %1: that is in the future.</source>
        <translation>O papel não pode ter sido assinado em %1: essa data está no futuro.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="188" />
        <source>The paper cannot have been signed on %1: the draft was only generated on %2.</source>
        <translation>O papel não pode ter sido assinado em %1: o rascunho só foi gerado em %2.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="195" />
        <source>Attach the scan of the signed paper as a PDF, PNG or JPEG file.</source>
        <translation>Anexe a digitalização do papel assinado como arquivo PDF, PNG ou JPEG.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="197" />
        <source>The scan is too large (at most 50 MB).</source>
        <translation>A digitalização é grande demais (no máximo 50 MB).</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="324" />
        <source>Signed by hand on %1; the scan was attached on %2.</source>
        <translation>Assinado à mão em %1; a digitalização foi anexada em %2.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="327" />
        <source>Signed by hand; the scan was attached on %1.</source>
        <translation>Assinado à mão; a digitalização foi anexada em %1.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceSigning.cpp" line="328" />
        <source>Paper signature attached, not checked: MentorDesk keeps the scan as it was attached and does not check the handwriting on it.</source>
        <translation>Assinatura em papel anexada, não verificada: o MentorDesk guarda a digitalização como foi anexada e não verifica a escrita à mão que ela contém.</translation>
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
        <translation>Um acordo assinado não tem lacunas a preencher.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementServiceDrafts.cpp" line="134" />
        <source>A signed agreement cannot be changed; amend it instead.</source>
        <translation>Um acordo assinado não pode ser alterado; faça um aditivo.</translation>
    </message>
</context>
<context>
    <name>md::AgreementSigningKeyRepository</name>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="22" />
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="27" />
        <source>Could not read the signing key</source>
        <translation>Não foi possível ler a chave de assinatura</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="52" />
        <source>The workspace's signing key does not match its public key.</source>
        <translation>A chave de assinatura do espaço de trabalho não corresponde à sua chave pública.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="62" />
        <source>The workspace already has a signing key; it is never replaced.</source>
        <translation>O espaço de trabalho já tem uma chave de assinatura; ela nunca é substituída.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="78" />
        <source>Could not store the signing key</source>
        <translation>Não foi possível armazenar a chave de assinatura</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="99" />
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="104" />
        <source>Could not read the earlier signing keys</source>
        <translation>Não foi possível ler as chaves de assinatura anteriores</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="111" />
        <source>An earlier signing key must name its workspace and hold a 32-byte public key.</source>
        <translation>Uma chave de assinatura anterior deve indicar seu espaço de trabalho e conter uma chave pública de 32 bytes.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementSigningKeyRepository.cpp" line="120" />
        <source>Could not store an earlier signing key</source>
        <translation>Não foi possível armazenar uma chave de assinatura anterior</translation>
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
        <translation>Não foi possível ler os modelos de acordo</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="65" />
        <source>There is no %1 template in the language "%2".</source>
        <translation>Não há modelo de %1 no idioma "%2".</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="85" />
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="88" />
        <source>Could not read the agreement template</source>
        <translation>Não foi possível ler o modelo de acordo</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="89" />
        <source>Template %1 does not exist.</source>
        <translation>O modelo %1 não existe.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="114" />
        <source>A template needs a title.</source>
        <translation>Um modelo precisa de um título.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="116" />
        <source>A template needs some text.</source>
        <translation>Um modelo precisa de algum texto.</translation>
    </message>
    <message>
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="147" />
        <location filename="../core/storage/AgreementTemplateRepository.cpp" line="163" />
        <source>Could not save the template</source>
        <translation>Não foi possível salvar o modelo</translation>
    </message>
</context>
<context>
    <name>md::AgreementVerifier</name>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="44" />
        <source>Not signed</source>
        <translation>Não assinado</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="52" />
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="98" />
        <source>Agreement %1 was erased with its client on %2: nothing of it is left to verify.</source>
        <translation>O acordo %1 foi apagado junto com seu cliente em %2: não resta nada dele para verificar.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="115" />
        <source>A signed document is stored, but the agreement is marked as a draft.</source>
        <translation>Há um documento assinado armazenado, mas o acordo está marcado como rascunho.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="117" />
        <source>The signed document and its manifest are missing.</source>
        <translation>Faltam o documento assinado e seu manifesto.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="144" />
        <source>The manifest was not signed with this workspace's key.</source>
        <translation>O manifesto não foi assinado com a chave deste espaço de trabalho.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="127" />
        <source>The manifest's signature does not match the manifest.</source>
        <translation>A assinatura do manifesto não corresponde ao manifesto.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="156" />
        <source>The stored PDF differs from the one that was signed.</source>
        <translation>O PDF armazenado difere daquele que foi assinado.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="158" />
        <source>The stored agreement text differs from the text that was signed.</source>
        <translation>O texto armazenado do acordo difere do texto que foi assinado.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="163" />
        <source>The agreement's stored details differ from the signed manifest.</source>
        <translation>Os dados armazenados do acordo diferem do manifesto assinado.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="151" />
        <source>The manifest belongs to another workspace.</source>
        <translation>O manifesto pertence a outro espaço de trabalho.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="35" />
        <source>Paper signature attached, unchanged since %1</source>
        <translation>Assinatura em papel anexada, inalterada desde %1</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="50" />
        <source>Unchanged since signing</source>
        <translation>Inalterado desde a assinatura</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="63" />
        <source>The scan and the PDF are exactly as they were when the scan was attached. MentorDesk did not check the handwritten signatures on the scan, nor that it shows this agreement.</source>
        <translation>A digitalização e o PDF estão exatamente como estavam quando a digitalização foi anexada. O MentorDesk não verificou as assinaturas à mão na digitalização, nem se ela mostra este acordo.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="67" />
        <source>The stored PDF, the signatures and the manifest are exactly what was signed on screen.</source>
        <translation>O PDF armazenado, as assinaturas e o manifesto são exatamente o que foi assinado na tela.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="170" />
        <source>The number of stored signatures differs from the manifest.</source>
        <translation>O número de assinaturas armazenadas difere do manifesto.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="177" />
        <source>The %1's signature is missing.</source>
        <translation>Falta a assinatura do %1.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="181" />
        <source>The %1's signature image differs from the one signed.</source>
        <translation>A imagem da assinatura do %1 difere da que foi assinada.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="185" />
        <source>The %1's name or consent differs from the manifest.</source>
        <translation>O nome ou o consentimento do %1 difere do manifesto.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="188" />
        <source>On-screen signatures were added to an agreement signed on paper.</source>
        <translation>Assinaturas na tela foram adicionadas a um acordo assinado em papel.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="195" />
        <source>The scan of the paper original is missing or was added.</source>
        <translation>A digitalização do original em papel está faltando ou foi adicionada depois.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="199" />
        <source>The stored scan differs from the one that was attached.</source>
        <translation>A digitalização armazenada difere da que foi anexada.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="201" />
        <source>The stored date of the paper signing differs from the manifest.</source>
        <translation>A data armazenada da assinatura em papel difere do manifesto.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="216" />
        <source>The signing is not recorded in the audit log.</source>
        <translation>A assinatura não consta no registro de auditoria.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="221" />
        <source>The audit log's record of this agreement was altered (%1).</source>
        <translation>O registro de auditoria deste acordo foi adulterado (%1).</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="256" />
        <location filename="../core/agreements/AgreementVerifier.cpp" line="281" />
        <source>Agreement %1: %2</source>
        <translation>Acordo %1: %2</translation>
    </message>
    <message>
        <location filename="../core/agreements/AgreementVerifier.cpp" line="274" />
        <source>Agreement %1: audit log entry %2 records its signing, but it is no longer stored as signed.</source>
        <translation>Acordo %1: a entrada %2 do registro de auditoria registra a assinatura, mas o acordo não está mais armazenado como assinado.</translation>
    </message>
</context>
<context>
    <name>md::AgreementsArea</name>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="56" />
        <source>&amp;New…</source>
        <translation>&amp;Novo…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="61" />
        <source>Generate an agreement for an engagement from a template</source>
        <translation>Gerar um acordo para um acompanhamento a partir de um modelo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="63" />
        <source>&amp;Edit draft…</source>
        <translation>&amp;Editar rascunho…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="66" />
        <source>Pre&amp;view…</source>
        <translation>&amp;Visualizar…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="67" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="69" />
        <source>Save as P&amp;DF…</source>
        <translation>Salvar como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="70" />
        <source>&amp;Sign on screen…</source>
        <translation>&amp;Assinar na tela…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="72" />
        <source>Signed on p&amp;aper…</source>
        <translation>Assinado em p&amp;apel…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="74" />
        <source>Attach the scan of the paper original signed by hand</source>
        <translation>Anexar a digitalização do original em papel assinado à mão</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="75" />
        <source>E&amp;xport for client…</source>
        <translation>E&amp;xportar para o cliente…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="77" />
        <source>A&amp;mend…</source>
        <translation>Adi&amp;tivo…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="78" />
        <source>&amp;Delete draft</source>
        <translation>Excluir &amp;rascunho</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="86" />
        <source>P&amp;rint</source>
        <translation>Imp&amp;rimir</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="88" />
        <source>Preview, print or save the agreement as PDF</source>
        <translation>Visualizar, imprimir ou salvar o acordo como PDF</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="109" />
        <source>&amp;Templates…</source>
        <translation>&amp;Modelos…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="111" />
        <source>Edit the texts agreements are generated from</source>
        <translation>Editar os textos a partir dos quais os acordos são gerados</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="113" />
        <source>Mentor &amp;profile…</source>
        <translation>&amp;Perfil do mentor…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="115" />
        <source>Your name, business, address and signature, as agreements print them</source>
        <translation>Seu nome, empresa, endereço e assinatura, como aparecem nos acordos</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="131" />
        <source>Filter by number, client, title or state</source>
        <translation>Filtrar por número, cliente, título ou situação</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="314" />
        <source>No agreements yet.

Press New (Ctrl+N) to generate a mentoring agreement or a confidentiality agreement for an engagement.</source>
        <translation>Nenhum acordo ainda.

Pressione Novo (Ctrl+N) para gerar um acordo de mentoria ou um acordo de confidencialidade para um acompanhamento.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="316" />
        <source>No agreements yet.

Fill in your mentor profile, then press New (Ctrl+N) to generate a mentoring agreement or a confidentiality agreement for an engagement.</source>
        <translation>Nenhum acordo ainda.

Preencha seu perfil de mentor e pressione Novo (Ctrl+N) para gerar um acordo de mentoria ou um acordo de confidencialidade para um acompanhamento.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsArea.cpp" line="421" />
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n acordo</numerusform>
            <numerusform>%n acordos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsArea.cpp" line="423" />
        <source>%n ending within %1 days</source>
        <translation>
            <numerusform>%n termina nos próximos %1 dias</numerusform>
            <numerusform>%n terminam nos próximos %1 dias</numerusform>
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
        <translation>REGISTRO DE AUDITORIA CORROMPIDO</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsArea.cpp" line="451" />
        <source>… and %n more.</source>
        <translation>
            <numerusform>… e mais %n.</numerusform>
            <numerusform>… e mais %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsArea.cpp" line="453" />
        <source>Warning: the audit log of signings does not verify. Its record of who signed what and when may have been changed outside MentorDesk; restore a backup or keep the exported copies as evidence.</source>
        <translation>Atenção: o registro de auditoria das assinaturas não passa na verificação. O registro de quem assinou o quê e quando pode ter sido alterado fora do MentorDesk; restaure um backup ou guarde as cópias exportadas como prova.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="61" />
        <source>Generated %1. Check the text, then print it or sign it on screen.</source>
        <translation>%1 gerado. Revise o texto e depois imprima-o ou assine-o na tela.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="68" />
        <source>No agreement is selected.</source>
        <translation>Nenhum acordo selecionado.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="80" />
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="91" />
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="96" />
        <source>Preview</source>
        <translation>Visualizar</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="114" />
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="124" />
        <source>Save agreement as PDF</source>
        <translation>Salvar o acordo como PDF</translation>
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
        <translation>Salvar como PDF</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="142" />
        <source>Saved %1 (not encrypted).</source>
        <translation>%1 salvo (sem criptografia).</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="153" />
        <source>%1 is signed and frozen.</source>
        <translation>%1 está assinado e congelado.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="164" />
        <source>%1 is recorded as signed on paper; the scan is attached, not checked.</source>
        <translation>%1 consta como assinado em papel; a digitalização está anexada, não verificada.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="175" />
        <source>Export for the client into…</source>
        <translation>Exportar para o cliente em…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="181" />
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="185" />
        <source>Export for client</source>
        <translation>Exportar para o cliente</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="186" />
        <source>%n file(s) written to %1 (not encrypted). README.txt explains how the client can check them.</source>
        <translation>
            <numerusform>%n arquivo gravado em %1 (sem criptografia). O README.txt explica como o cliente pode verificá-lo.</numerusform>
            <numerusform>%n arquivos gravados em %1 (sem criptografia). O README.txt explica como o cliente pode verificá-los.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="201" />
        <source>Amend</source>
        <translation>Aditivo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="205" />
        <source>Generated %1, which amends %2.</source>
        <translation>%1 gerado, que altera %2.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="215" />
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="221" />
        <source>Delete draft</source>
        <translation>Excluir rascunho</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="216" />
        <source>Delete the draft %1 “%2”?</source>
        <translation>Excluir o rascunho %1 “%2”?</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="249" />
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="263" />
        <source>Fill in the draft</source>
        <translation>Preencher o rascunho</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="250" />
        <source>The text of %1 was changed by hand. Generating it again from its template replaces those changes.</source>
        <translation>O texto de %1 foi alterado à mão. Gerá-lo novamente a partir do modelo substitui essas alterações.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="255" />
        <source>&amp;Replace the text</source>
        <translation>&amp;Substituir o texto</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="267" />
        <source>Filled in %1 from the details as they are now.</source>
        <translation>%1 preenchido com os dados atuais.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreaActions.cpp" line="275" />
        <source>Saved your mentor profile.</source>
        <translation>Seu perfil de mentor foi salvo.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/AgreementsAreas.cpp" line="18" />
        <source>Agreements</source>
        <translation>Acordos</translation>
    </message>
</context>
<context>
    <name>md::AppController</name>
    <message>
        <location filename="../ui/AppController.cpp" line="37" />
        <source>Locked after a period of inactivity.</source>
        <translation>Bloqueado após um período de inatividade.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="164" />
        <source>The system keychain did not answer, so MentorDesk could not open by itself.</source>
        <translation>O chaveiro do sistema não respondeu, por isso o MentorDesk não conseguiu abrir sozinho.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="174" />
        <source>The key remembered on this computer no longer opens this workspace. Enter your passphrase; MentorDesk will remember the right key again.</source>
        <translation>A chave lembrada neste computador não abre mais este espaço de trabalho. Digite sua frase-senha; o MentorDesk voltará a lembrar a chave correta.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="245" />
        <source>Your workspace is ready. Press Ctrl+N to add your first client.</source>
        <translation>Seu espaço de trabalho está pronto. Pressione Ctrl+N para adicionar seu primeiro cliente.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="253" />
        <source>Open Workspace Folder</source>
        <translation>Abrir pasta do espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="388" />
        <source>MentorDesk will open without asking for your passphrase on this computer.</source>
        <translation>O MentorDesk abrirá neste computador sem pedir sua frase-senha.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="393" />
        <source>Not Remembered</source>
        <translation>Não lembrada</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="394" />
        <source>MentorDesk could not store the key in the system keychain, so it will ask for your passphrase next time.</source>
        <translation>O MentorDesk não conseguiu guardar a chave no chaveiro do sistema, por isso pedirá sua frase-senha da próxima vez.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="413" />
        <source>MentorDesk no longer opens by itself on this computer.</source>
        <translation>O MentorDesk não abre mais sozinho neste computador.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="416" />
        <source>The key could not be removed from the system keychain.</source>
        <translation>Não foi possível remover a chave do chaveiro do sistema.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="431" />
        <source>The workspace was opened with its recovery key and has no passphrase yet. Choose one now; until then only the recovery key opens it.</source>
        <translation>O espaço de trabalho foi aberto com a chave de recuperação e ainda não tem frase-senha. Escolha uma agora; até lá, somente a chave de recuperação o abre.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="433" />
        <source>You opened the workspace with your recovery key. If you have forgotten your passphrase, choose a new one now.</source>
        <translation>Você abriu o espaço de trabalho com sua chave de recuperação. Se esqueceu sua frase-senha, escolha uma nova agora.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="444" />
        <source>Your passphrase has been changed.</source>
        <translation>Sua frase-senha foi alterada.</translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="471" />
        <source>New recovery key created. The old one no longer opens this workspace.</source>
        <translation>Nova chave de recuperação criada. A anterior não abre mais este espaço de trabalho.</translation>
    </message>
</context>
<context>
    <name>md::AtomicFileWriter</name>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="23" />
        <source>The disk is full: %1 could not be written. The previous version of the file is unchanged.</source>
        <translation>O disco está cheio: não foi possível gravar %1. A versão anterior do arquivo não foi alterada.</translation>
    </message>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="26" />
        <source>%1 %2: %3. The previous version of the file is unchanged.</source>
        <translation>%1 %2: %3. A versão anterior do arquivo não foi alterada.</translation>
    </message>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="32" />
        <source>Could not create</source>
        <translation>Não foi possível criar</translation>
    </message>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="36" />
        <source>Could not restrict access to</source>
        <translation>Não foi possível restringir o acesso a</translation>
    </message>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="50" />
        <location filename="../core/common/AtomicFile.cpp" line="61" />
        <location filename="../core/common/AtomicFile.cpp" line="63" />
        <source>Could not write</source>
        <translation>Não foi possível gravar</translation>
    </message>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="65" />
        <source>Could not finish writing</source>
        <translation>Não foi possível concluir a gravação de</translation>
    </message>
</context>
<context>
    <name>md::AuditChain</name>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="51" />
        <source>Audit log entry %1</source>
        <translation>Entrada %1 do registro de auditoria</translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="57" />
        <source>%1: expected entry %2 here; entries are missing or out of order.</source>
        <translation>%1: era esperada aqui a entrada %2; há entradas faltando ou fora de ordem.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="63" />
        <source>%1: does not link to the entry before it.</source>
        <translation>%1: não se liga à entrada anterior.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="67" />
        <source>%1: its content does not match its hash.</source>
        <translation>%1: seu conteúdo não corresponde ao seu hash.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="76" />
        <source>%1: its recorded fields disagree with its content.</source>
        <translation>%1: os campos registrados não condizem com o conteúdo.</translation>
    </message>
    <message>
        <location filename="../core/agreements/AuditChain.cpp" line="107" />
        <source>Audit log entry %1: the entry before it is missing.</source>
        <translation>Entrada %1 do registro de auditoria: falta a entrada anterior.</translation>
    </message>
</context>
<context>
    <name>md::AvailabilityDialog</name>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="6" />
        <source>Availability</source>
        <translation>Disponibilidade</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="12" />
        <source>Working hours</source>
        <translation>Horário de trabalho</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="152" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="142" />
        <source>Minimum &amp;buffer between sessions:</source>
        <translation>&amp;Intervalo mínimo entre sessões:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="165" />
        <source>Your &amp;time zone:</source>
        <translation>Seu &amp;fuso horário:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="192" />
        <source>No reminders</source>
        <translation>Sem lembretes</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="195" />
        <source>Remind me </source>
        <extracomment>The spin box reads "Remind me [15] minutes before a session".</extracomment>
        <translation>Lembrar-me </translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="198" />
        <source> minutes before a session</source>
        <translation> minutos antes de uma sessão</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="182" />
        <source>&amp;Reminder:</source>
        <translation>&amp;Lembrete:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="213" />
        <source>Days off</source>
        <translation>Dias de folga</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="237" />
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AvailabilityDialog.ui" line="244" />
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
</context>
<context>
    <name>md::AvailabilityRepository</name>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="27" />
        <location filename="../core/storage/AvailabilityRepository.cpp" line="31" />
        <source>Could not read the scheduling settings</source>
        <translation>Não foi possível ler as configurações de agendamento</translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="42" />
        <source>Could not save the scheduling settings</source>
        <translation>Não foi possível salvar as configurações de agendamento</translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="69" />
        <location filename="../core/storage/AvailabilityRepository.cpp" line="77" />
        <source>Could not read the working hours</source>
        <translation>Não foi possível ler o horário de trabalho</translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="79" />
        <location filename="../core/storage/AvailabilityRepository.cpp" line="83" />
        <source>Could not read the days off</source>
        <translation>Não foi possível ler os dias de folga</translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="91" />
        <location filename="../core/storage/AvailabilityRepository.cpp" line="99" />
        <source>Could not save the working hours</source>
        <translation>Não foi possível salvar o horário de trabalho</translation>
    </message>
    <message>
        <location filename="../core/storage/AvailabilityRepository.cpp" line="105" />
        <source>Could not save the days off</source>
        <translation>Não foi possível salvar os dias de folga</translation>
    </message>
</context>
<context>
    <name>md::BackupActions</name>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="34" />
        <source>Last verified backup: %1
in %2</source>
        <translation>Último backup verificado: %1
em %2</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="38" />
        <source>No verified backup in %1 yet. File &gt; Back Up Now makes one.</source>
        <translation>Ainda não há backup verificado em %1. Arquivo &gt; Fazer backup agora cria um.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="44" />
        <source>Backup Not Made</source>
        <translation>Backup não realizado</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="47" />
        <source>Your workspace itself is unchanged. The backup folder is set in Edit &gt; Preferences.</source>
        <translation>Seu espaço de trabalho não foi alterado. A pasta de backup é definida em Editar &gt; Preferências.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="57" />
        <source>Backup written and verified in %1.</source>
        <translation>Backup gravado e verificado em %1.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="92" />
        <source>Restored into %1.</source>
        <translation>Restaurado em %1.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="93" />
        <source>Restored. The workspace it replaced is kept in %1.</source>
        <translation>Restaurado. O espaço de trabalho substituído foi guardado em %1.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="97" />
        <source>Workspace Restored</source>
        <translation>Espaço de trabalho restaurado</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupActions.cpp" line="98" />
        <source>The backup is restored and open. The workspace it replaced was moved, not deleted, to:
%1</source>
        <translation>O backup foi restaurado e está aberto. O espaço de trabalho que ele substituiu foi movido, não excluído, para:
%1</translation>
    </message>
</context>
<context>
    <name>md::BackupController</name>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="58" />
        <source>Unlock the workspace to back it up.</source>
        <translation>Desbloqueie o espaço de trabalho para fazer o backup.</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="73" />
        <source>The backup was made, but old backups could not be removed: %1</source>
        <translation>O backup foi feito, mas não foi possível remover backups antigos: %1</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="115" />
        <source>No backup yet</source>
        <translation>Nenhum backup ainda</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backup/BackupController.cpp" line="118" />
        <source>No backup for %n day(s)</source>
        <translation>
            <numerusform>Sem backup há %n dia</numerusform>
            <numerusform>Sem backup há %n dias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="123" />
        <source>Backed up today at %1</source>
        <translation>Backup feito hoje às %1</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="125" />
        <source>Backed up yesterday at %1</source>
        <translation>Backup feito ontem às %1</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="126" />
        <source>Backed up on %1</source>
        <translation>Backup feito em %1</translation>
    </message>
</context>
<context>
    <name>md::BackupRestore</name>
    <message>
        <location filename="../core/backup/BackupRestore.cpp" line="32" />
        <source>The backup is damaged and was not restored: %1</source>
        <translation>O backup está danificado e não foi restaurado: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupRestore.cpp" line="52" />
        <source>Could not move the current workspace aside to %1; nothing was restored.</source>
        <translation>Não foi possível mover o espaço de trabalho atual para %1; nada foi restaurado.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupRestore.cpp" line="61" />
        <source>%1 The current workspace is safe in %2.</source>
        <translation>%1 O espaço de trabalho atual está seguro em %2.</translation>
    </message>
</context>
<context>
    <name>md::BackupService</name>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="79" />
        <location filename="../core/backup/BackupService.cpp" line="87" />
        <source>Could not check the backup</source>
        <translation>Não foi possível verificar o backup</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="106" />
        <source>The backup folder %1 cannot be created or written to. Choose another one in Preferences, or plug in the drive it is on.</source>
        <translation>Não é possível criar a pasta de backup %1 nem gravar nela. Escolha outra em Preferências ou conecte a unidade em que ela está.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="119" />
        <location filename="../core/backup/BackupService.cpp" line="139" />
        <source>Could not write to the backup folder %1.</source>
        <translation>Não foi possível gravar na pasta de backup %1.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="147" />
        <location filename="../core/backup/BackupService.cpp" line="158" />
        <location filename="../core/backup/BackupService.cpp" line="162" />
        <source>Could not start the backup</source>
        <translation>Não foi possível iniciar o backup</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="165" />
        <location filename="../core/backup/BackupService.cpp" line="171" />
        <source>Could not copy the workspace</source>
        <translation>Não foi possível copiar o espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="181" />
        <source>Could not finish the backup</source>
        <translation>Não foi possível concluir o backup</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="202" />
        <source>The backup could not be read back, so it was deleted: %1</source>
        <translation>Não foi possível reler o backup, por isso ele foi excluído: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="210" />
        <source>The backup did not match the workspace, so it was deleted: %1</source>
        <translation>O backup não correspondia ao espaço de trabalho, por isso foi excluído: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="230" />
        <source>Could not finish the backup in %1.</source>
        <translation>Não foi possível concluir o backup em %1.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="243" />
        <source>%1 is not a MentorDesk backup (it has no %2).</source>
        <translation>%1 não é um backup do MentorDesk (não contém %2).</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="250" />
        <source>The description of the backup in %1 is damaged.</source>
        <translation>A descrição do backup em %1 está danificada.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="254" />
        <source>The backup in %1 was made by a newer MentorDesk.</source>
        <translation>O backup em %1 foi feito por uma versão mais recente do MentorDesk.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="269" />
        <source>The backup in %1 is incomplete.</source>
        <translation>O backup em %1 está incompleto.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="304" />
        <source>Restore your newest backup (File › Restore from Backup, or “mentordesk-cli backup restore”).</source>
        <translation>Restaure seu backup mais recente (Arquivo › Restaurar do backup, ou “mentordesk-cli backup restore”).</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="318" />
        <source>No verified backup of this workspace was found in %1. If you keep backups elsewhere, restore one with File › Restore from Backup.</source>
        <translation>Nenhum backup verificado deste espaço de trabalho foi encontrado em %1. Se você guarda backups em outro lugar, restaure um com Arquivo › Restaurar do backup.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="322" />
        <source>The newest verified backup of this workspace is from %1: %2. Restore it with File › Restore from Backup, or “mentordesk-cli backup restore "%2"”.</source>
        <translation>O backup verificado mais recente deste espaço de trabalho é de %1: %2. Restaure-o com Arquivo › Restaurar do backup, ou “mentordesk-cli backup restore "%2"”.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="405" />
        <source>%1 already holds a workspace; MentorDesk never restores over one. Choose an empty or new folder.</source>
        <translation>%1 já contém um espaço de trabalho; o MentorDesk nunca restaura por cima de um. Escolha uma pasta vazia ou nova.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="412" />
        <source>%1 is not empty. Restore into an empty or new folder.</source>
        <translation>%1 não está vazia. Restaure em uma pasta vazia ou nova.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="417" />
        <location filename="../core/backup/BackupService.cpp" line="435" />
        <source>Could not create %1.</source>
        <translation>Não foi possível criar %1.</translation>
    </message>
    <message>
        <location filename="../core/backup/BackupService.cpp" line="426" />
        <source>Could not copy %1 into %2 (is the disk full?).</source>
        <translation>Não foi possível copiar %1 para %2 (o disco está cheio?).</translation>
    </message>
</context>
<context>
    <name>md::BackupStatusPanel</name>
    <message>
        <location filename="../ui/backup/BackupStatusPanel.cpp" line="15" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupStatusPanel.cpp" line="24" />
        <source>Back Up Now</source>
        <translation>Fazer backup agora</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupStatusPanel.cpp" line="39" />
        <source>Backups are not set up for this workspace.</source>
        <translation>Os backups não estão configurados para este espaço de trabalho.</translation>
    </message>
</context>
<context>
    <name>md::BillingArea</name>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="55" />
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="62" />
        <source>All time</source>
        <translation>Todo o período</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="63" />
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="64" />
        <source>Last month</source>
        <translation>Mês passado</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="65" />
        <source>This year</source>
        <translation>Este ano</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="66" />
        <source>Last year</source>
        <translation>Ano passado</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="69" />
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="71" />
        <source>Your name and address…</source>
        <translation>Seu nome e endereço…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="73" />
        <source>Business settings…</source>
        <translation>Configurações do negócio…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="97" />
        <source>New invoice…</source>
        <translation>Nova fatura…</translation>
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
        <translation>Registrar pagamento…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="101" />
        <source>Credit note…</source>
        <translation>Nota de crédito…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="102" />
        <location filename="../ui/billing/BillingArea.cpp" line="461" />
        <source>Delete draft</source>
        <translation>Excluir rascunho</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="103" />
        <source>PDF and print</source>
        <translation>PDF e impressão</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="105" />
        <source>Save PDF…</source>
        <translation>Salvar PDF…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="107" />
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="109" />
        <source>Print preview…</source>
        <translation>Visualizar impressão…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="112" />
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="143" />
        <source>Invoices</source>
        <translation>Faturas</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="144" />
        <source>Payments and reports</source>
        <translation>Pagamentos e relatórios</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="145" />
        <source>Price list</source>
        <translation>Tabela de preços</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="249" />
        <source>All clients</source>
        <translation>Todos os clientes</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/BillingArea.cpp" line="266" />
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n fatura</numerusform>
            <numerusform>%n faturas</numerusform>
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
        <translation>Selecione uma fatura para ver o que está pago e em aberto.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="355" />
        <source>Net %1, tax %2, total %3</source>
        <translation>Líquido %1, imposto %2, total %3</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="358" />
        <source>paid %1</source>
        <translation>pago %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="360" />
        <source>credited %1</source>
        <translation>creditado %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="361" />
        <source>outstanding %1</source>
        <translation>em aberto %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="364" />
        <source>corrects %1</source>
        <translation>corrige %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="382" />
        <source>Draft saved.</source>
        <translation>Rascunho salvo.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="386" />
        <location filename="../ui/billing/BillingArea.cpp" line="403" />
        <location filename="../ui/billing/BillingArea.cpp" line="421" />
        <source>Issued invoice %1.</source>
        <translation>Fatura %1 emitida.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="413" />
        <location filename="../ui/billing/BillingArea.cpp" line="423" />
        <source>Issue invoice</source>
        <translation>Emitir fatura</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="414" />
        <source>Issue the draft for %1 (%2)?

It gets the next invoice number and can no longer be changed; mistakes are corrected with a credit note.</source>
        <translation>Emitir o rascunho para %1 (%2)?

Ele recebe o próximo número de fatura e não poderá mais ser alterado; erros são corrigidos com uma nota de crédito.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="434" />
        <source>Payment recorded.</source>
        <translation>Pagamento registrado.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="443" />
        <source>Cancel with a credit note</source>
        <translation>Cancelar com uma nota de crédito</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="444" />
        <source>Cancel invoice %1 (%2) with a credit note?

The credit note takes the next number; what was paid becomes %3's credit.</source>
        <translation>Cancelar a fatura %1 (%2) com uma nota de crédito?

A nota de crédito recebe o próximo número; o que já foi pago vira crédito de %3.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="450" />
        <source>Issued credit note %1.</source>
        <translation>Nota de crédito %1 emitida.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="461" />
        <source>Delete this draft invoice for %1?</source>
        <translation>Excluir este rascunho de fatura para %1?</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="465" />
        <source>Draft deleted.</source>
        <translation>Rascunho excluído.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingArea.cpp" line="474" />
        <source>Saved your name and address.</source>
        <translation>Seu nome e endereço foram salvos.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="29" />
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="42" />
        <source>Save PDF</source>
        <translation>Salvar PDF</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="33" />
        <source>Save invoice as PDF</source>
        <translation>Salvar a fatura como PDF</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="34" />
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="45" />
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
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
        <translation>Visualizar impressão</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingAreaDocuments.cpp" line="93" />
        <source>Export CSV files to</source>
        <translation>Exportar arquivos CSV para</translation>
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
            <numerusform>%n arquivo gravado em %1.</numerusform>
            <numerusform>%n arquivos gravados em %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::BillingAreas</name>
    <message>
        <location filename="../ui/billing/BillingAreas.cpp" line="20" />
        <source>Billing</source>
        <translation>Faturamento</translation>
    </message>
</context>
<context>
    <name>md::BillingDashboardWidget</name>
    <message>
        <location filename="../ui/billing/BillingDashboardWidget.cpp" line="24" />
        <source>Billing</source>
        <translation>Faturamento</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDashboardWidget.cpp" line="92" />
        <source>Invoiced (net) this month: &lt;b&gt;%1&lt;/b&gt; · this year: &lt;b&gt;%2&lt;/b&gt; · received this year: %3&lt;br&gt;Outstanding: &lt;b&gt;%4&lt;/b&gt;, of which overdue: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>Faturado (líquido) este mês: &lt;b&gt;%1&lt;/b&gt; · este ano: &lt;b&gt;%2&lt;/b&gt; · recebido este ano: %3&lt;br&gt;Em aberto: &lt;b&gt;%4&lt;/b&gt;, dos quais vencidos: &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>md::BillingDetailsDialog</name>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="6" />
        <source>Billing details</source>
        <translation>Dados de faturamento</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="53" />
        <source>Street and number
Postcode and city
Country</source>
        <translation>Rua e número
CEP e cidade
País</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="12" />
        <source>Printed under "BILL TO" on invoices issued from now on. Leave the billing name empty to use the client's name.</source>
        <translation>Impresso em "FATURAR PARA" nas faturas emitidas a partir de agora. Deixe o nome de faturamento vazio para usar o nome do cliente.</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="27" />
        <source>Billing &amp;name:</source>
        <translation>&amp;Nome de faturamento:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="40" />
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="62" />
        <source>&amp;Tax ID:</source>
        <translation>&amp;CNPJ/CPF:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingDetailsDialog.ui" line="75" />
        <source>Invoice &amp;e-mail:</source>
        <translation>E-&amp;mail para faturas:</translation>
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
        <translation>Ano:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportsWidget.cpp" line="93" />
        <source>Revenue by month</source>
        <translation>Receita por mês</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportsWidget.cpp" line="94" />
        <source>Owed by client, by age of the invoice</source>
        <translation>Em aberto por cliente, por idade da fatura</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportsWidget.cpp" line="97" />
        <source>Payments received</source>
        <translation>Pagamentos recebidos</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportsWidget.cpp" line="147" />
        <source>Client credit not yet used: %1</source>
        <translation>Crédito de clientes ainda não utilizado: %1</translation>
    </message>
</context>
<context>
    <name>md::BillingService</name>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="165" />
        <source>Missed session (no-show) on %1</source>
        <translation>Sessão perdida (não comparecimento) em %1</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="167" />
        <source>Late-cancelled session on %1</source>
        <translation>Sessão com cancelamento tardio em %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingService.cpp" line="170" />
        <source>Mentoring session on %1 (%n min)</source>
        <translation>
            <numerusform>Sessão de mentoria em %1 (%n min)</numerusform>
            <numerusform>Sessão de mentoria em %1 (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="182" />
        <source>Sessions have no price yet. Set the session price in Billing › Price list, or a fee per session on the engagement.</source>
        <translation>As sessões ainda não têm preço. Defina o preço da sessão em Faturamento › Tabela de preços, ou honorários por sessão no acompanhamento.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="238" />
        <source>This client has no held sessions that are not billed yet.</source>
        <translation>Este cliente não tem sessões realizadas ainda não faturadas.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="256" />
        <source>"%1" is priced in %2, but invoices are in %3.</source>
        <translation>"%1" tem preço em %2, mas as faturas são em %3.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="282" />
        <source>This package has already been billed.</source>
        <translation>Este pacote já foi faturado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingService.cpp" line="286" />
        <source>%1: %n session(s), valid until %2</source>
        <translation>
            <numerusform>%1: %n sessão, válida até %2</numerusform>
            <numerusform>%1: %n sessões, válidas até %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingService.cpp" line="289" />
        <source>%1: %n session(s)</source>
        <translation>
            <numerusform>%1: %n sessão</numerusform>
            <numerusform>%1: %n sessões</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="300" />
        <source>The package was sold in %1, but invoices are in %2.</source>
        <translation>O pacote foi vendido em %1, mas as faturas são em %2.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="308" />
        <source>Choose the month to bill.</source>
        <translation>Escolha o mês a faturar.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="315" />
        <source>"%1" is not a monthly retainer.</source>
        <translation>"%1" não é uma mensalidade.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="322" />
        <source>%1 has already been billed for %2.</source>
        <translation>%1 já foi faturado para %2.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="327" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServiceDocuments.cpp" line="78" />
        <source>Attn. %1</source>
        <translation>A/C %1</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServiceDocuments.cpp" line="82" />
        <source>Tax ID: %1</source>
        <translation>CNPJ/CPF: %1</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="372" />
        <source>Under the small-business exemption no line may carry tax; set every tax rate to 0.</source>
        <translation>Com a isenção nenhuma linha pode ter imposto; defina todas as alíquotas como 0.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="399" />
        <source>Invoice %1 has already been issued.</source>
        <translation>A fatura %1 já foi emitida.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="427" />
        <source>%1 is itself a credit note and cannot be cancelled; to bill the work again, create a new invoice.</source>
        <translation>%1 já é uma nota de crédito e não pode ser cancelada; para faturar o trabalho novamente, crie uma nova fatura.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="429" />
        <source>This document</source>
        <translation>Este documento</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="432" />
        <source>Only an issued invoice can be cancelled by a credit note; a draft can simply be deleted.</source>
        <translation>Somente uma fatura emitida pode ser cancelada por uma nota de crédito; um rascunho pode simplesmente ser excluído.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="440" />
        <source>Invoice %1 already has a credit note.</source>
        <translation>A fatura %1 já tem uma nota de crédito.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingService.cpp" line="455" />
        <source>Cancels invoice %1 of %2.</source>
        <translation>Cancela a fatura %1 de %2.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServicePackages.cpp" line="76" />
        <source>"%1" is not a package.</source>
        <translation>"%1" não é um pacote.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingServicePackages.cpp" line="157" />
        <source>%n credit(s) of "%1" expire on %2.</source>
        <translation>
            <numerusform>%n crédito de "%1" expira em %2.</numerusform>
            <numerusform>%n créditos de "%1" expiram em %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/BillingServicePackages.cpp" line="165" />
        <source>"%1" expired on %2 with %n credit(s) unused.</source>
        <translation>
            <numerusform>"%1" expirou em %2 com %n crédito não utilizado.</numerusform>
            <numerusform>"%1" expirou em %2 com %n créditos não utilizados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServicePackages.cpp" line="174" />
        <source>All credits of "%1" are used: further sessions are billed individually unless a new package is sold.</source>
        <translation>Todos os créditos de "%1" foram usados: as próximas sessões são faturadas individualmente, a menos que um novo pacote seja vendido.</translation>
    </message>
    <message>
        <location filename="../core/billing/BillingServicePackages.cpp" line="180" />
        <source>Only one package credit is left.</source>
        <translation>Resta apenas um crédito do pacote.</translation>
    </message>
</context>
<context>
    <name>md::BusinessSettings</name>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="64" />
        <location filename="../core/billing/ExemptionWording.cpp" line="92" />
        <source>No VAT is charged: small business exemption.</source>
        <translation>Não há destaque de impostos: empresa optante pelo Simples Nacional.</translation>
    </message>
</context>
<context>
    <name>md::BusinessSettingsDialog</name>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="14" />
        <source>Business settings</source>
        <translation>Configurações do negócio</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="30" />
        <source>Currency and tax</source>
        <translation>Moeda e impostos</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="39" />
        <source>&amp;Currency:</source>
        <translation>&amp;Moeda:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="56" />
        <source>&amp;Tax:</source>
        <translation>&amp;Imposto:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="69" />
        <source>&amp;Standard rate (%):</source>
        <translation>Alíquota &amp;padrão (%):</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="82" />
        <source>&amp;Reduced rate (%):</source>
        <translation>Alíquota &amp;reduzida (%):</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="95" />
        <source>&amp;Exemption wording:</source>
        <translation>Texto da &amp;isenção:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="120" />
        <source>&amp;Number pattern:</source>
        <translation>Formato da &amp;numeração:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="133" />
        <source>Payment &amp;due after:</source>
        <translation>&amp;Vencimento após:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="150" />
        <source>&amp;Price of a session:</source>
        <translation>Preço de uma &amp;sessão:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="163" />
        <source>&amp;Late-payment note:</source>
        <translation>Aviso sobre &amp;atraso no pagamento:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="176" />
        <source>&amp;Keep issued invoices for:</source>
        <translation>&amp;Guardar faturas emitidas por:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="186" />
        <source> years after their year</source>
        <translation> anos após o ano de emissão</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="211" />
        <source>Account &amp;holder:</source>
        <translation>&amp;Titular da conta:</translation>
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
        <translation>Cance&amp;lar sem custo até:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="306" />
        <source>Policy printed on &amp;invoices:</source>
        <translation>Política impressa nas &amp;faturas:</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="111" />
        <source>Invoices</source>
        <translation>Faturas</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="202" />
        <source>Payment by bank transfer</source>
        <translation>Pagamento por transferência bancária</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="266" />
        <source>Cancellations</source>
        <translation>Cancelamentos</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.cpp" line="48" />
        <source>Charge VAT or sales tax on each line</source>
        <translation>Cobrar imposto sobre cada linha</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.cpp" line="50" />
        <source>Small-business exemption: no tax, with the wording below</source>
        <translation>Isenção: sem imposto, com o texto abaixo</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/BusinessSettingsDialog.cpp" line="54" />
        <source> day(s)</source>
        <translation>
            <numerusform> dia</numerusform>
            <numerusform> dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/BusinessSettingsDialog.cpp" line="59" />
        <source> hour(s) before the start</source>
        <translation>
            <numerusform> hora antes do início</numerusform>
            <numerusform> horas antes do início</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="299" />
        <source>Bill sessions the client missed</source>
        <translation>Cobrar as sessões a que o cliente faltou</translation>
    </message>
    <message>
        <location filename="../ui/billing/BusinessSettingsDialog.ui" line="275" />
        <source>Bill sessions the client cancelled late</source>
        <translation>Cobrar as sessões que o cliente cancelou tardiamente</translation>
    </message>
</context>
<context>
    <name>md::BusinessSettingsKeys</name>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="71" />
        <source>Currency of all amounts (ISO 4217 code).</source>
        <translation>Moeda de todos os valores (código ISO 4217).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="74" />
        <source>"vat" to charge tax at the rates below, "exempt" for a small-business exemption (no tax; the exemption text is printed).</source>
        <translation>"vat" para cobrar imposto com as alíquotas abaixo, "exempt" para isenção (sem imposto; o texto da isenção é impresso).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="77" />
        <source>Standard tax rate in percent (stored as basis points).</source>
        <translation>Alíquota padrão em percentual (armazenada em pontos-base).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="79" />
        <source>Reduced tax rate in percent.</source>
        <translation>Alíquota reduzida em percentual.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="81" />
        <source>Wording printed on invoices under the exemption.</source>
        <translation>Texto impresso nas faturas com isenção.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="84" />
        <source>Invoice number pattern: {YYYY} or {YY} for the year, {NNNN} for the sequence (gapless, restarts every year).</source>
        <translation>Formato do número da fatura: {YYYY} ou {YY} para o ano, {NNNN} para a sequência (sem lacunas, reinicia a cada ano).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="87" />
        <source>Days from the issue date to the due date.</source>
        <translation>Dias entre a data de emissão e a data de vencimento.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="89" />
        <source>Note printed about late payment.</source>
        <translation>Aviso impresso sobre atraso no pagamento.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="92" />
        <source>Price of one held session before tax, used when the price list has no single session.</source>
        <translation>Preço de uma sessão realizada antes dos impostos, usado quando a tabela de preços não tem sessão avulsa.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="95" />
        <source>Bank account holder printed in the payment instructions.</source>
        <translation>Titular da conta bancária impresso nas instruções de pagamento.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="97" />
        <source>Name of the bank.</source>
        <translation>Nome do banco.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="98" />
        <source>IBAN (its check digits are verified).</source>
        <translation>IBAN (os dígitos verificadores são conferidos).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="100" />
        <source>BIC / SWIFT code (8 or 11 characters).</source>
        <translation>Código BIC / SWIFT (8 ou 11 caracteres).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="103" />
        <source>Whether sessions the client cancelled late (with less notice than the notice hours) are billed (true/false).</source>
        <translation>Se as sessões que o cliente cancelou tardiamente (com menos antecedência que as horas de aviso) são cobradas (true/false).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="107" />
        <source>Hours before a session by which the client can cancel it free of charge; agreements print them.</source>
        <translation>Horas antes de uma sessão até as quais o cliente pode cancelá-la sem custo; os acordos as imprimem.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="110" />
        <source>Whether no-shows are billed (true/false).</source>
        <translation>Se os não comparecimentos são cobrados (true/false).</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="112" />
        <source>Cancellation policy wording for agreements and invoices.</source>
        <translation>Texto da política de cancelamento para acordos e faturas.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="115" />
        <source>Years an issued invoice is kept after the end of its year, also when its client is erased.</source>
        <translation>Anos de guarda de uma fatura emitida após o fim do seu ano, também quando o cliente é apagado.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="135" />
        <source>"%1" is not an ISO 4217 currency code such as EUR.</source>
        <translation>"%1" não é um código de moeda ISO 4217, como BRL.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="141" />
        <source>The tax mode is "vat" or "exempt", not "%1".</source>
        <translation>O regime de imposto é "vat" ou "exempt", não "%1".</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="160" />
        <source>The retention period is a number of years from 1 to 30.</source>
        <translation>O prazo de guarda é um número de anos de 1 a 30.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="168" />
        <source>The cancellation notice is a number of hours from 0 to %1.</source>
        <translation>A antecedência para cancelamento é um número de horas de 0 a %1.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="177" />
        <source>Payment terms are a number of days from 0 to 365.</source>
        <translation>O prazo de pagamento é um número de dias de 0 a 365.</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="206" />
        <source>Write true or false, not "%1".</source>
        <translation>Escreva true ou false, não "%1".</translation>
    </message>
    <message>
        <location filename="../core/billing/BusinessSettings.cpp" line="211" />
        <source>There is no setting called "%1".</source>
        <translation>Não existe configuração chamada "%1".</translation>
    </message>
</context>
<context>
    <name>md::BusinessSettingsRepository</name>
    <message>
        <location filename="../core/storage/BusinessSettingsRepository.cpp" line="17" />
        <location filename="../core/storage/BusinessSettingsRepository.cpp" line="22" />
        <source>Could not read the business settings</source>
        <translation>Não foi possível ler as configurações do negócio</translation>
    </message>
    <message>
        <location filename="../core/storage/BusinessSettingsRepository.cpp" line="41" />
        <source>Could not save the setting %1</source>
        <translation>Não foi possível salvar a configuração %1</translation>
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
        <translation>Um horário ocupado deve terminar depois de começar.</translation>
    </message>
    <message>
        <location filename="../core/storage/BusyTimeRepository.cpp" line="39" />
        <source>Could not save the busy times</source>
        <translation>Não foi possível salvar os horários ocupados</translation>
    </message>
    <message>
        <location filename="../core/storage/BusyTimeRepository.cpp" line="74" />
        <location filename="../core/storage/BusyTimeRepository.cpp" line="88" />
        <location filename="../core/storage/BusyTimeRepository.cpp" line="96" />
        <location filename="../core/storage/BusyTimeRepository.cpp" line="101" />
        <location filename="../core/storage/BusyTimeRepository.cpp" line="111" />
        <location filename="../core/storage/BusyTimeRepository.cpp" line="116" />
        <source>Could not read the busy times</source>
        <translation>Não foi possível ler os horários ocupados</translation>
    </message>
    <message>
        <location filename="../core/storage/BusyTimeRepository.cpp" line="125" />
        <source>Could not delete the busy times</source>
        <translation>Não foi possível excluir os horários ocupados</translation>
    </message>
</context>
<context>
    <name>md::CalDavClient</name>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="34" />
        <source>%1: the event was changed or removed on the server since MentorDesk last saw it, so it was not overwritten.</source>
        <translation>%1: o evento foi alterado ou removido no servidor desde a última vez que o MentorDesk o viu, por isso não foi sobrescrito.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="40" />
        <source>%1: the server has nothing at %2.</source>
        <translation>%1: o servidor não tem nada em %2.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="43" />
        <source>%1: the server does not allow it for this account.</source>
        <translation>%1: o servidor não permite isso para esta conta.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="44" />
        <source>%1: the server answered %2 (HTTP status %3).</source>
        <translation>%1: o servidor respondeu %2 (status HTTP %3).</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="63" />
        <source>Reading the calendar server</source>
        <translation>Lendo o servidor de agenda</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="69" />
        <source>The calendar server %1 redirects in circles.</source>
        <translation>O servidor de agenda %1 redireciona em círculos.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="102" />
        <source>No calendar account was found at %1. Check the address: it is the CalDAV address your calendar provider gives.</source>
        <translation>Nenhuma conta de agenda foi encontrada em %1. Verifique o endereço: é o endereço CalDAV informado pelo seu provedor de agenda.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="131" />
        <source>The server %1 has no calendars for this account (no calendar home). Is it a CalDAV server?</source>
        <translation>O servidor %1 não tem agendas para esta conta (nenhuma pasta de agendas). É um servidor CalDAV?</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="189" />
        <source>A calendar named %1 is already on the server; choose it instead.</source>
        <translation>Já existe uma agenda chamada %1 no servidor; escolha-a.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="192" />
        <source>Creating the calendar %1</source>
        <translation>Criando a agenda %1</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="207" />
        <source>Publishing a session</source>
        <translation>Publicando uma sessão</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalDavClient.cpp" line="231" />
        <source>Removing a session from the calendar</source>
        <translation>Removendo uma sessão da agenda</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavXml.cpp" line="151" />
        <source>The server's answer is not a calendar listing.</source>
        <translation>A resposta do servidor não é uma lista de agendas.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavXml.cpp" line="164" />
        <source>The server's answer could not be read (line %1: %2).</source>
        <translation>Não foi possível ler a resposta do servidor (linha %1: %2).</translation>
    </message>
</context>
<context>
    <name>md::CalendarAccountDialog</name>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="34" />
        <source>Calendar Account</source>
        <translation>Conta de agenda</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="40" />
        <source>MentorDesk keeps a calendar on your own CalDAV server (Nextcloud, Radicale, Fastmail, iCloud, mailbox.org…) in step with your sessions, so your phone shows them. It sends only the time, "Mentoring session" with the client's initials and the format: never notes, goals or full names.</source>
        <translation>O MentorDesk mantém uma agenda no seu próprio servidor CalDAV (Nextcloud, Radicale, Fastmail, iCloud, mailbox.org…) em sincronia com suas sessões, para que elas apareçam no seu celular. Ele envia apenas o horário, "Sessão de mentoria" com as iniciais do cliente e o formato: nunca anotações, metas ou nomes completos.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="84" />
        <source>https://calendar.example.com/</source>
        <translation>https://calendar.example.com/</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="85" />
        <source>&amp;Server address:</source>
        <translation>&amp;Endereço do servidor:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="88" />
        <source>&amp;User name:</source>
        <translation>Nome de &amp;usuário:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="93" />
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="96" />
        <source>&amp;Find Calendars</source>
        <translation>&amp;Buscar agendas</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="113" />
        <source>Publish &amp;to:</source>
        <translation>&amp;Publicar em:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="116" />
        <source>New calendar's &amp;name:</source>
        <translation>&amp;Nome da nova agenda:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="120" />
        <location filename="../ui/calendar/CalendarAccountDialogBusy.cpp" line="28" />
        <source>&amp;Busy times from:</source>
        <translation>Horários &amp;ocupados de:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="121" />
        <location filename="../ui/calendar/CalendarAccountDialogBusy.cpp" line="29" />
        <source>Show busy event tit&amp;les</source>
        <translation>Mostrar os títu&amp;los dos horários ocupados</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="125" />
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="154" />
        <source>Use the client's preferred na&amp;me in published titles</source>
        <translation>Usar o nome prefer&amp;ido do cliente nos títulos publicados</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="128" />
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="161" />
        <source>&amp;Disconnect…</source>
        <translation>&amp;Desconectar…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="175" />
        <source>Disconnect this calendar account? The events MentorDesk published stay on the server (delete them there if you no longer want them); changes not yet sent are dropped, and busy times read from the server are removed. Your sessions in MentorDesk do not change.</source>
        <translation>Desconectar esta conta de agenda? Os eventos publicados pelo MentorDesk permanecem no servidor (exclua-os lá se não quiser mais mantê-los); as alterações ainda não enviadas são descartadas, e os horários ocupados lidos do servidor são removidos. Suas sessões no MentorDesk não mudam.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="185" />
        <source>&amp;Keep Connected</source>
        <translation>&amp;Manter a conexão</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="187" />
        <source>Dis&amp;connect</source>
        <translation>Des&amp;conectar</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="212" />
        <source>Connected to %1 as %2. Sessions are published to the calendar at %3.</source>
        <translation>Conectado a %1 como %2. As sessões são publicadas na agenda em %3.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="240" />
        <source>Password kept until this dialog closes</source>
        <translation>Guardada até esta janela ser fechada</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="303" />
        <source>The account has no calendars yet; MentorDesk will make one.</source>
        <translation>A conta ainda não tem agendas; o MentorDesk criará uma.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="243" />
        <source>Give the address of your calendar server.</source>
        <translation>Informe o endereço do seu servidor de agenda.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="254" />
        <source>Give the user name of the calendar account.</source>
        <translation>Informe o nome de usuário da conta de agenda.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="259" />
        <source>Give the password of the calendar account.</source>
        <translation>Informe a senha da conta de agenda.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="263" />
        <location filename="../ui/calendar/CalendarAccountDialogBusy.cpp" line="59" />
        <source>Looking for your calendars on %1…</source>
        <translation>Procurando suas agendas em %1…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="283" />
        <source>A new calendar</source>
        <translation>Uma nova agenda</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="339" />
        <source>Give the new calendar a name.</source>
        <translation>Dê um nome à nova agenda.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarAccountDialog.cpp" line="345" />
        <source>The account already has a calendar named %1; choose it above or give another name.</source>
        <translation>A conta já tem uma agenda chamada %1; escolha-a acima ou informe outro nome.</translation>
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
        <translation>Salvando as agendas de horários ocupados…</translation>
    </message>
</context>
<context>
    <name>md::CalendarAreas</name>
    <message>
        <location filename="../ui/calendar/CalendarAreas.cpp" line="16" />
        <source>Calendar</source>
        <translation>Agenda</translation>
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
        <translation>Movido no servidor para %1</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="41" />
        <source>Cancelled or removed on the server</source>
        <translation>Cancelado ou removido no servidor</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="45" />
        <source>Deleted on the server</source>
        <translation>Excluído no servidor</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="46" />
        <source>The whole series was deleted on the server</source>
        <translation>A série inteira foi excluída no servidor</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="51" />
        <source>Changed on the server, with the same times (e.g. its title)</source>
        <translation>Alterado no servidor, com os mesmos horários (por exemplo, o título)</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="58" />
        <source>A deleted session</source>
        <translation>Uma sessão excluída</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarDifference.cpp" line="62" />
        <source>%1, the whole series</source>
        <extracomment>%1 is the client's name.</extracomment>
        <translation>%1, a série inteira</translation>
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
        <translation>Alterações feitas no servidor de agenda</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="36" />
        <source>Session in MentorDesk</source>
        <translation>Sessão no MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="36" />
        <source>On the server</source>
        <translation>No servidor</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="49" />
        <source>Accept the server's version</source>
        <translation>Aceitar a versão do servidor</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="51" />
        <source>Change the session in MentorDesk as it was changed on the server. A deleted event cancels the session, as cancelled by you.</source>
        <translation>Alterar a sessão no MentorDesk como ela foi alterada no servidor. Um evento excluído cancela a sessão, como se você a tivesse cancelado.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="53" />
        <source>Keep MentorDesk's version</source>
        <translation>Manter a versão do MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="55" />
        <source>Write the session to the server again as MentorDesk has it.</source>
        <translation>Gravar a sessão novamente no servidor como ela está no MentorDesk.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="101" />
        <source>The calendar server has what MentorDesk published: nothing was changed there.</source>
        <translation>O servidor de agenda tem o que o MentorDesk publicou: nada foi alterado lá.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="104" />
        <source>These events were changed or deleted on the calendar server (on a phone or in another calendar app) after MentorDesk published them. MentorDesk did not overwrite them. Choose for each which version to keep.</source>
        <translation>Estes eventos foram alterados ou excluídos no servidor de agenda (em um celular ou em outro aplicativo de agenda) depois que o MentorDesk os publicou. O MentorDesk não os sobrescreveu. Escolha, para cada um, qual versão manter.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarDifferencesDialog.cpp" line="160" />
        <source>MentorDesk's version is kept; it goes to the server with the next sync.</source>
        <translation>A versão do MentorDesk foi mantida; ela vai para o servidor na próxima sincronização.</translation>
    </message>
</context>
<context>
    <name>md::CalendarFileActions</name>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="21" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="27" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="37" />
        <source>Import busy times</source>
        <translation>Importar horários ocupados</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="22" />
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Arquivos de calendário (*.ics);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="28" />
        <source>%1 could not be imported. Nothing was changed.

%2</source>
        <translation>Não foi possível importar %1. Nada foi alterado.

%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="32" />
        <source>%n busy time(s) from %1 will now be checked when you plan sessions.</source>
        <translation>
            <numerusform>%n horário ocupado de %1 passará a ser considerado ao planejar sessões.</numerusform>
            <numerusform>%n horários ocupados de %1 passarão a ser considerados ao planejar sessões.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="44" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="55" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="65" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="72" />
        <source>Export sessions</source>
        <translation>Exportar sessões</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="48" />
        <source>MentorDesk sessions.ics</source>
        <translation>Sessões do MentorDesk.ics</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="50" />
        <source>All clients</source>
        <translation>Todos os clientes</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="55" />
        <source>Sessions of:</source>
        <translation>Sessões de:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="61" />
        <source>Sessions with %1.ics</source>
        <translation>Sessões com %1.ics</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="66" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="97" />
        <source>Calendar files (*.ics)</source>
        <translation>Arquivos de calendário (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="78" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="105" />
        <source>Keep an .ics file up to date</source>
        <translation>Manter um arquivo .ics atualizado</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="80" />
        <source>MentorDesk can rewrite a calendar file after every change, so a calendar program can subscribe to it. The file holds times, clients' names and agendas, unencrypted; never notes.</source>
        <translation>O MentorDesk pode regravar um arquivo de calendário após cada alteração, para que um programa de agenda possa assiná-lo. O arquivo contém horários, nomes de clientes e pautas, sem criptografia; nunca anotações.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="83" />
        <source>Your sessions are written to %1 after every change.</source>
        <translation>Suas sessões são gravadas em %1 após cada alteração.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="87" />
        <source>Choose a file…</source>
        <translation>Escolher um arquivo…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="87" />
        <source>Another file…</source>
        <translation>Outro arquivo…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="89" />
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="95" />
        <source>Calendar file to keep up to date</source>
        <translation>Arquivo de calendário a manter atualizado</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="112" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="123" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="130" />
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="142" />
        <source>Progress report</source>
        <translation>Relatório de progresso</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="113" />
        <source>There are no engagements yet.</source>
        <translation>Ainda não há acompanhamentos.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="119" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="123" />
        <source>Engagement:</source>
        <translation>Acompanhamento:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="134" />
        <source>Save progress report</source>
        <translation>Salvar relatório de progresso</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFileActions.cpp" line="135" />
        <source>Progress report %1.pdf</source>
        <translation>Relatório de progresso %1.pdf</translation>
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
        <translation>Disponibilidade</translation>
    </message>
</context>
<context>
    <name>md::CalendarObjectReader</name>
    <message>
        <location filename="../core/caldav/CalendarObjectReader.cpp" line="87" />
        <source>The event on the calendar server could not be read.</source>
        <translation>Não foi possível ler o evento no servidor de agenda.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarObjectReader.cpp" line="107" />
        <source>The calendar object on the server holds no event.</source>
        <translation>O objeto de agenda no servidor não contém nenhum evento.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarObjectReader.cpp" line="116" />
        <source>The event on the calendar server has no start time.</source>
        <translation>O evento no servidor de agenda não tem horário de início.</translation>
    </message>
</context>
<context>
    <name>md::CalendarPage</name>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="42" />
        <source>&amp;Today</source>
        <translation>&amp;Hoje</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="47" />
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="51" />
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="69" />
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="70" />
        <source>&amp;Month</source>
        <translation>&amp;Mês</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="71" />
        <source>&amp;Agenda</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="84" />
        <source>&amp;New Session</source>
        <translation>&amp;Nova sessão</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="90" />
        <source>More</source>
        <translation>Mais</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="93" />
        <source>Import busy times (.ics)…</source>
        <translation>Importar horários ocupados (.ics)…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="94" />
        <source>Export sessions (.ics)…</source>
        <translation>Exportar sessões (.ics)…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="95" />
        <source>Keep an .ics file up to date…</source>
        <translation>Manter um arquivo .ics atualizado…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="97" />
        <source>Engagement progress report…</source>
        <translation>Relatório de progresso do acompanhamento…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="98" />
        <source>Availability…</source>
        <translation>Disponibilidade…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="350" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="382" />
        <source>Session with %1 at %2</source>
        <translation>Sessão com %1 às %2</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="389" />
        <source>Upcoming session</source>
        <translation>Próxima sessão</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="440" />
        <source>Skip this date of the series? The other sessions stay.</source>
        <translation>Pular esta data da série? As demais sessões permanecem.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="441" />
        <source>Delete this session with its notes?</source>
        <translation>Excluir esta sessão com suas anotações?</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="442" />
        <source>Delete session</source>
        <translation>Excluir sessão</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="448" />
        <source>Session removed.</source>
        <translation>Sessão removida.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarPage.cpp" line="458" />
        <source>%n session(s) planned.</source>
        <translation>
            <numerusform>%n sessão planejada.</numerusform>
            <numerusform>%n sessões planejadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="461" />
        <source>Session planned.</source>
        <translation>Sessão planejada.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="481" />
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>md::CalendarPublisher</name>
    <message>
        <location filename="../core/caldav/CalendarPublisher.cpp" line="59" />
        <source>Mentoring session</source>
        <translation>Sessão de mentoria</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarPublisher.cpp" line="62" />
        <source>Mentoring session (%1)</source>
        <extracomment>The title of a session on the mentor's calendar server; %1 is the client's initials (or preferred name, when the mentor chose so).</extracomment>
        <translation>Sessão de mentoria (%1)</translation>
    </message>
</context>
<context>
    <name>md::CalendarQuestions</name>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="12" />
        <source>Repeating session</source>
        <translation>Sessão recorrente</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="17" />
        <source>Note:
%1</source>
        <translation>Observação:
%1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="18" />
        <source>This session</source>
        <translation>Esta sessão</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="20" />
        <source>This and following</source>
        <translation>Esta e as seguintes</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="22" />
        <source>All sessions</source>
        <translation>Todas as sessões</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="47" />
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="48" />
        <source>Move the session anyway?</source>
        <translation>Mover a sessão mesmo assim?</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarQuestions.cpp" line="52" />
        <source>Move anyway</source>
        <translation>Mover mesmo assim</translation>
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
        <translation>Não foi possível ler a conta de agenda</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="108" />
        <source>No calendar account is connected.</source>
        <translation>Nenhuma conta de agenda está conectada.</translation>
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
        <translation>Não foi possível salvar a conta de agenda</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="155" />
        <source>Could not remove the calendar account</source>
        <translation>Não foi possível remover a conta de agenda</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="196" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="205" />
        <source>Could not queue the sessions for the calendar</source>
        <translation>Não foi possível colocar as sessões na fila para a agenda</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="214" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="220" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="227" />
        <source>Could not read the calendar changes</source>
        <translation>Não foi possível ler as alterações da agenda</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="236" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="247" />
        <source>Could not save the calendar changes</source>
        <translation>Não foi possível salvar as alterações da agenda</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="260" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="263" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="275" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="280" />
        <source>Could not read the published sessions</source>
        <translation>Não foi possível ler as sessões publicadas</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="297" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="306" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="317" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="328" />
        <source>Could not save the published sessions</source>
        <translation>Não foi possível salvar as sessões publicadas</translation>
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
        <translation>Não foi possível ler as diferenças da agenda</translation>
    </message>
    <message>
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="410" />
        <location filename="../core/storage/CalendarSyncRepository.cpp" line="419" />
        <source>Could not save the calendar differences</source>
        <translation>Não foi possível salvar as diferenças da agenda</translation>
    </message>
</context>
<context>
    <name>md::CalendarSyncService</name>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="26" />
        <source>No calendar account is connected. Connect one first (with mentordesk-cli: calendar connect --url URL --user USER).</source>
        <translation>Nenhuma conta de agenda está conectada. Conecte uma primeiro (com o mentordesk-cli: calendar connect --url URL --user USUÁRIO).</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="89" />
        <source>Give the user name of the calendar account.</source>
        <translation>Informe o nome de usuário da conta de agenda.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="91" />
        <source>Give the password of the calendar account.</source>
        <translation>Informe a senha da conta de agenda.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="110" />
        <source>The calendar %1 cannot hold events; choose another one.</source>
        <translation>A agenda %1 não pode conter eventos; escolha outra.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="118" />
        <source>The server has no calendar at %1 for this account.</source>
        <translation>O servidor não tem agenda em %1 para esta conta.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncService.cpp" line="134" />
        <location filename="../core/caldav/CalendarSyncService.cpp" line="203" />
        <source>The account has no calendar named %1.</source>
        <translation>A conta não tem agenda chamada %1.</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncServiceDifferences.cpp" line="46" />
        <source>There is no calendar difference %1 (it may have been resolved already).</source>
        <translation>Não há diferença de agenda %1 (talvez ela já tenha sido resolvida).</translation>
    </message>
    <message>
        <location filename="../core/caldav/CalendarSyncServiceSync.cpp" line="113" />
        <source>Events were changed or removed on the server since MentorDesk last saw them; they wait for your choice among the calendar's differences.</source>
        <translation>Eventos foram alterados ou removidos no servidor desde a última vez que o MentorDesk os viu; eles aguardam sua escolha entre as diferenças da agenda.</translation>
    </message>
</context>
<context>
    <name>md::CalendarSyncStatusWidget</name>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="27" />
        <source>Connect a Calendar…</source>
        <translation>Conectar uma agenda…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="30" />
        <source>Review…</source>
        <translation>Revisar…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="33" />
        <source>Try Again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="85" />
        <source>Synced just now.</source>
        <translation>Sincronizado agora mesmo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="87" />
        <source>Synced %n minute(s) ago.</source>
        <translation>
            <numerusform>Sincronizado há %n minuto.</numerusform>
            <numerusform>Sincronizado há %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="89" />
        <source>Synced %n hour(s) ago.</source>
        <translation>
            <numerusform>Sincronizado há %n hora.</numerusform>
            <numerusform>Sincronizado há %n horas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="90" />
        <source>Last synced %1.</source>
        <translation>Última sincronização em %1.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="112" />
        <source>Your sessions are not published to a calendar on your phone.</source>
        <translation>Suas sessões não estão sendo publicadas em uma agenda no seu celular.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="119" />
        <source>The last sync did not finish: %1</source>
        <translation>A última sincronização não terminou: %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="123" />
        <source>Not synced yet.</source>
        <translation>Ainda não sincronizado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="125" />
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n alteração aguardando envio.</numerusform>
            <numerusform>%n alterações aguardando envio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarSyncStatusWidget.cpp" line="127" />
        <source>%n event(s) changed on the calendar server wait for your choice.</source>
        <translation>
            <numerusform>%n evento alterado no servidor de agenda aguarda sua escolha.</numerusform>
            <numerusform>%n eventos alterados no servidor de agenda aguardam sua escolha.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ChangePassphraseDialog</name>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="26" />
        <source>Change Passphrase</source>
        <translation>Alterar frase-senha</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="28" />
        <source>Your recovery key stays valid. If MentorDesk remembers this workspace on this computer, it keeps opening without asking.</source>
        <translation>Sua chave de recuperação continua válida. Se o MentorDesk lembra este espaço de trabalho neste computador, ele continuará abrindo sem perguntar.</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="55" />
        <source>&amp;Change Passphrase</source>
        <translation>&amp;Alterar frase-senha</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="93" />
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase-senha a&amp;tual:</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="93" />
        <source>Rec&amp;overy key:</source>
        <translation>Chave de rec&amp;uperação:</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="98" />
        <source>Forgot it? Use the recovery key</source>
        <translation>Esqueceu? Use a chave de recuperação</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="99" />
        <source>Use the current passphrase</source>
        <translation>Usar a frase-senha atual</translation>
    </message>
    <message>
        <location filename="../ui/security/ChangePassphraseDialog.cpp" line="151" />
        <source>The current passphrase is not correct.</source>
        <translation>A frase-senha atual não está correta.</translation>
    </message>
</context>
<context>
    <name>md::Client</name>
    <message>
        <location filename="../core/domain/Client.cpp" line="34" />
        <source>Prospect</source>
        <translation>Potencial cliente</translation>
    </message>
    <message>
        <location filename="../core/domain/Client.cpp" line="36" />
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <location filename="../core/domain/Client.cpp" line="38" />
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <location filename="../core/domain/Client.cpp" line="40" />
        <source>Former</source>
        <translation>Antigo</translation>
    </message>
</context>
<context>
    <name>md::ClientBalanceWidget</name>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="25" />
        <source>Billing</source>
        <translation>Faturamento</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="36" />
        <source>New invoice…</source>
        <translation>Nova fatura…</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="38" />
        <source>Sell package…</source>
        <translation>Vender pacote…</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="40" />
        <source>Billing details…</source>
        <translation>Dados de faturamento…</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="42" />
        <source>The billing name, address and tax id printed on invoices.</source>
        <translation>O nome de faturamento, o endereço e o CNPJ/CPF impressos nas faturas.</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="112" />
        <source>Nothing owed.</source>
        <translation>Nada em aberto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="114" />
        <source>Owes %1 on %n invoice(s).</source>
        <translation>
            <numerusform>Deve %1 em %n fatura.</numerusform>
            <numerusform>Deve %1 em %n faturas.</numerusform>
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
        <translation>Crédito de %1, usado na próxima fatura.</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="145" />
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="154" />
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="169" />
        <source>Sell package</source>
        <translation>Vender pacote</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="156" />
        <source>Start an engagement for this client first.</source>
        <translation>Inicie primeiro um acompanhamento para este cliente.</translation>
    </message>
    <message>
        <location filename="../ui/billing/ClientBalanceWidget.cpp" line="157" />
        <source>Add a package to the price list first (Billing › Price list).</source>
        <translation>Adicione primeiro um pacote à tabela de preços (Faturamento › Tabela de preços).</translation>
    </message>
</context>
<context>
    <name>md::ClientEngagementsPanel</name>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="22" />
        <source>Engagements</source>
        <translation>Acompanhamentos</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="27" />
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="29" />
        <source>New Engagement…</source>
        <translation>Novo acompanhamento…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="131" />
        <source>%1 — %2 (started %3)</source>
        <translation>%1 — %2 (iniciado em %3)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="141" />
        <source>No engagement yet.</source>
        <translation>Nenhum acompanhamento ainda.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ClientEngagementsPanel.cpp" line="145" />
        <source>Engagements (%1)</source>
        <translation>Acompanhamentos (%1)</translation>
    </message>
</context>
<context>
    <name>md::ClientErasureRepository</name>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="92" />
        <source>%1: the guard %2 is missing.</source>
        <translation>%1: falta a proteção %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="113" />
        <source>Could not read what erasing the client involves</source>
        <translation>Não foi possível ler o que a exclusão definitiva do cliente envolve</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="122" />
        <source>There is no client with id %1.</source>
        <translation>Não existe cliente com o id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="126" />
        <source>Client %1 was already erased; only the anonymous record their kept invoices need is left.</source>
        <translation>O cliente %1 já foi apagado; resta apenas o registro anônimo de que suas faturas guardadas precisam.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="132" />
        <source>Erased client %1</source>
        <translation>Cliente %1 apagado</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="172" />
        <source>Could not erase the client</source>
        <translation>Não foi possível apagar o cliente</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="276" />
        <source>Could not remove the invoices whose retention ended</source>
        <translation>Não foi possível remover as faturas cujo prazo de guarda terminou</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientErasureRepository.cpp" line="327" />
        <location filename="../core/storage/ClientErasureRepository.cpp" line="340" />
        <source>Could not read the erasure log</source>
        <translation>Não foi possível ler o registro de exclusões</translation>
    </message>
</context>
<context>
    <name>md::ClientForm</name>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="56" />
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="68" />
        <source>Full &amp;name:</source>
        <translation>&amp;Nome completo:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="83" />
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="95" />
        <source>&amp;Preferred name:</source>
        <translation>Nome &amp;preferido:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="110" />
        <source>What they like to be called</source>
        <translation>Como prefere ser chamado</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="122" />
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="137" />
        <source>name@example.com</source>
        <translation>nome@exemplo.com</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="149" />
        <source>P&amp;hone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="164" />
        <source>+44 20 7946 0958</source>
        <translation>+55 11 91234-5678</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="176" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organização:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="189" />
        <source>&amp;Role:</source>
        <translation>Ca&amp;rgo:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="202" />
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuso horário:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="235" />
        <source>Engagement</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="247" />
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="260" />
        <source>&amp;Found you through:</source>
        <translation>Co&amp;mo conheceu você:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="270" />
        <source>Referral, LinkedIn, a talk…</source>
        <translation>Indicação, LinkedIn, uma palestra…</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="277" />
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="287" />
        <source>Comma separated, e.g. leadership, career change</source>
        <translation>Separadas por vírgulas, por exemplo, liderança, mudança de carreira</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="297" />
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="309" />
        <source>&amp;Background:</source>
        <translation>&amp;Histórico:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="326" />
        <source>Strengths:</source>
        <translation>Pontos fortes:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="343" />
        <source>&amp;Weaknesses:</source>
        <translation>Pontos fra&amp;cos:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="360" />
        <source>Career &amp;aspirations:</source>
        <translation>&amp;Aspirações de carreira:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="380" />
        <source>Keep, start, stop doing</source>
        <translation>Continuar, começar, parar de fazer</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="392" />
        <source>&amp;Keep doing:</source>
        <translation>Continuar fa&amp;zendo:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="409" />
        <source>Start &amp;doing:</source>
        <translation>Começar a fa&amp;zer:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="426" />
        <source>Stop do&amp;ing:</source>
        <translation>Parar &amp;de fazer:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="478" />
        <source>Archive, export or erase this client</source>
        <translation>Arquivar, exportar ou apagar este cliente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="481" />
        <source>&amp;More</source>
        <translation>&amp;Mais</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="514" />
        <location filename="../ui/clients/ClientForm.cpp" line="284" />
        <source>Ar&amp;chive</source>
        <translation>Arqu&amp;ivar</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="471" />
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="530" />
        <source>Remove this client's personal data for good; issued invoices are kept as the law requires</source>
        <translation>Remover definitivamente os dados pessoais deste cliente; as faturas emitidas são guardadas conforme exige a lei</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="527" />
        <source>&amp;Erase…</source>
        <translation>Apa&amp;gar…</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="522" />
        <source>Export everything about this client in open formats, for example to answer their request for a copy</source>
        <translation>Exportar tudo sobre este cliente em formatos abertos, por exemplo, para atender ao pedido dele de uma cópia</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="519" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="495" />
        <source>Re&amp;vert</source>
        <translation>Re&amp;verter</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.ui" line="502" />
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="70" />
        <source>Same as yours</source>
        <translation>Igual ao seu</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="79" />
        <location filename="../ui/clients/ClientForm.cpp" line="298" />
        <source>Same as yours</source>
        <comment>document language</comment>
        <translation>Igual ao seu</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="81" />
        <source>The language of this client's agreements, invoices and session summaries</source>
        <translation>O idioma dos acordos, faturas e resumos de sessão deste cliente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="82" />
        <source>&amp;Documents in:</source>
        <translation>&amp;Documentos em:</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="98" />
        <source>Save the changes (%1)</source>
        <translation>Salvar as alterações (%1)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="284" />
        <source>Unar&amp;chive</source>
        <translation>Desarqu&amp;ivar</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="286" />
        <source>Return this client to the list</source>
        <translation>Devolver este cliente à lista</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="287" />
        <source>Hide this client from the list but keep the record</source>
        <translation>Ocultar este cliente da lista, mas manter o cadastro</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="299" />
        <source>Same as yours (%1)</source>
        <translation>Igual ao seu (%1)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="328" />
        <source>New client</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="329" />
        <source>Only the full name is required. Everything else can be added later.</source>
        <translation>Somente o nome completo é obrigatório. Todo o resto pode ser adicionado depois.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="337" />
        <source>Added %1</source>
        <translation>Adicionado em %1</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="340" />
        <source>updated %1</source>
        <translation>atualizado em %1</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientForm.cpp" line="344" />
        <source>archived</source>
        <translation>arquivado</translation>
    </message>
</context>
<context>
    <name>md::ClientImport</name>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="62" />
        <source>no column is imported as the name</source>
        <translation>nenhuma coluna é importada como nome</translation>
    </message>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="64" />
        <source>No column is imported as the name. Choose the column that holds the full name, or the first and last names.</source>
        <translation>Nenhuma coluna é importada como nome. Escolha a coluna que contém o nome completo, ou o nome e o sobrenome.</translation>
    </message>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="141" />
        <source>same email as line %1</source>
        <translation>mesmo e-mail da linha %1</translation>
    </message>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="142" />
        <source>same name as line %1</source>
        <translation>mesmo nome da linha %1</translation>
    </message>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="148" />
        <source>same email as %1</source>
        <translation>mesmo e-mail de %1</translation>
    </message>
    <message>
        <location filename="../core/import/ClientImport.cpp" line="149" />
        <source>same name as an existing client</source>
        <translation>mesmo nome de um cliente existente</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/ClientImport.cpp" line="169" />
        <source>Nothing was imported: %n record(s) cannot be used. %1</source>
        <translation>
            <numerusform>Nada foi importado: %n registro não pode ser usado. %1</numerusform>
            <numerusform>Nada foi importado: %n registros não podem ser usados. %1</numerusform>
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
        <translation>%1 (arquivado)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="139" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="141" />
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="143" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="145" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="147" />
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="149" />
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
</context>
<context>
    <name>md::ClientRepository</name>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="114" />
        <location filename="../core/storage/ClientRepository.cpp" line="142" />
        <source>Could not save the client</source>
        <translation>Não foi possível salvar o cliente</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="121" />
        <source>This client has not been saved yet.</source>
        <translation>Este cliente ainda não foi salvo.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="151" />
        <location filename="../core/storage/ClientRepository.cpp" line="154" />
        <location filename="../core/storage/ClientRepository.cpp" line="218" />
        <location filename="../core/storage/ClientRepository.cpp" line="221" />
        <source>Could not read the client</source>
        <translation>Não foi possível ler o cliente</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="155" />
        <location filename="../core/storage/ClientRepository.cpp" line="222" />
        <location filename="../core/storage/ClientRepository.cpp" line="268" />
        <source>There is no client with id %1.</source>
        <translation>Não existe cliente com o id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="170" />
        <location filename="../core/storage/ClientRepository.cpp" line="177" />
        <location filename="../core/storage/ClientRepository.cpp" line="203" />
        <location filename="../core/storage/ClientRepository.cpp" line="209" />
        <source>Could not read the clients</source>
        <translation>Não foi possível ler os clientes</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="249" />
        <location filename="../core/storage/ClientRepository.cpp" line="266" />
        <source>Could not delete the client</source>
        <translation>Não foi possível excluir o cliente</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/ClientRepository.cpp" line="252" />
        <source>%n signed agreement(s)</source>
        <translation>
            <numerusform>%n acordo assinado</numerusform>
            <numerusform>%n acordos assinados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/ClientRepository.cpp" line="254" />
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n fatura</numerusform>
            <numerusform>%n faturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/ClientRepository.cpp" line="256" />
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n pagamento</numerusform>
            <numerusform>%n pagamentos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="259" />
        <source>This client cannot be deleted: their %1 must be kept. Archive the client instead; nothing is lost and the list stays tidy.</source>
        <translation>Este cliente não pode ser excluído: seus registros (%1) devem ser guardados. Arquive o cliente; nada se perde e a lista continua organizada.</translation>
    </message>
    <message>
        <location filename="../core/storage/ClientRepository.cpp" line="275" />
        <source>Could not count the clients</source>
        <translation>Não foi possível contar os clientes</translation>
    </message>
</context>
<context>
    <name>md::ClientService</name>
    <message>
        <location filename="../core/clients/ClientService.cpp" line="43" />
        <source>This client was erased: only the anonymous record their kept invoices need is left, and it cannot be edited.</source>
        <translation>Este cliente foi apagado: resta apenas o registro anônimo de que suas faturas guardadas precisam, e ele não pode ser editado.</translation>
    </message>
    <message>
        <location filename="../core/clients/ClientService.cpp" line="88" />
        <location filename="../core/clients/ClientService.cpp" line="97" />
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
</context>
<context>
    <name>md::ClientValidator</name>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="61" />
        <source>Enter the client's full name.</source>
        <translation>Digite o nome completo do cliente.</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="64" />
        <source>The full name is too long (at most 200 characters).</source>
        <translation>O nome completo é longo demais (no máximo 200 caracteres).</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="67" />
        <source>The preferred name is too long (at most 200 characters).</source>
        <translation>O nome preferido é longo demais (no máximo 200 caracteres).</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="70" />
        <source>This is not a valid email address (for example name@example.com).</source>
        <translation>Este não é um endereço de e-mail válido (por exemplo, nome@exemplo.com).</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="73" />
        <source>A phone number has at least five digits and may start with +.</source>
        <translation>Um número de telefone tem pelo menos cinco dígitos e pode começar com +.</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="76" />
        <source>Unknown time zone "%1" (use a name such as Europe/Berlin).</source>
        <translation>Fuso horário desconhecido "%1" (use um nome como America/Sao_Paulo).</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="81" />
        <source>MentorDesk writes no documents in "%1" (use one of %2).</source>
        <translation>O MentorDesk não gera documentos em "%1" (use um de %2).</translation>
    </message>
    <message>
        <location filename="../core/domain/ClientValidator.cpp" line="92" />
        <source>This text is too long (at most 20,000 characters).</source>
        <translation>Este texto é longo demais (no máximo 20.000 caracteres).</translation>
    </message>
</context>
<context>
    <name>md::ClientsPage</name>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="53" />
        <source>Filter by name, email, organisation or tag</source>
        <translation>Filtrar por nome, e-mail, organização ou etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="55" />
        <source>Show arc&amp;hived</source>
        <translation>Mostrar arq&amp;uivados</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="57" />
        <source>&amp;New Client</source>
        <translation>&amp;Novo cliente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="60" />
        <source>Add a client (Ctrl+N)</source>
        <translation>Adicionar um cliente (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="94" />
        <source>Add Your First Client</source>
        <translation>Adicionar seu primeiro cliente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="165" />
        <source>Clear the client filter</source>
        <translation>Limpar o filtro de clientes</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="170" />
        <source>From the client filter into the list</source>
        <translation>Do filtro de clientes para a lista</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="59" />
        <source>the new client</source>
        <translation>o novo cliente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="61" />
        <source>Unsaved Changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="61" />
        <source>Save your changes to %1?</source>
        <translation>Salvar suas alterações em %1?</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="145" />
        <source>Added %1.</source>
        <translation>%1 adicionado.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="146" />
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="167" />
        <source>Archived %1. Tick "Show archived" to see archived clients.</source>
        <translation>%1 arquivado. Marque "Mostrar arquivados" para ver os clientes arquivados.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="169" />
        <source>Archived %1.</source>
        <translation>%1 arquivado.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageProfile.cpp" line="170" />
        <source>%1 is back in the client list.</source>
        <translation>%1 voltou para a lista de clientes.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="51" />
        <source>Delete Client</source>
        <translation>Excluir cliente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="51" />
        <source>Delete %1 for good?</source>
        <translation>Excluir %1 definitivamente?</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="52" />
        <source>The profile and everything recorded about this client are removed from the workspace. This cannot be undone.

To keep the record but hide it from the list, archive the client instead.</source>
        <translation>O perfil e tudo o que foi registrado sobre este cliente serão removidos do espaço de trabalho. Isso não pode ser desfeito.

Para manter o cadastro, mas ocultá-lo da lista, arquive o cliente.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="55" />
        <source>Delete for Good</source>
        <translation>Excluir definitivamente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="66" />
        <source>Deleted %1.</source>
        <translation>%1 excluído.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="80" />
        <source>Erase Client</source>
        <translation>Apagar cliente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="80" />
        <source>Erase %1 for good?</source>
        <translation>Apagar %1 definitivamente?</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="82" />
        <source>This cannot be undone. To keep everything but hide the client, archive them instead.</source>
        <translation>Isso não pode ser desfeito. Para manter tudo, mas ocultar o cliente, arquive-o.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="84" />
        <source>Erase for Good</source>
        <translation>Apagar definitivamente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="95" />
        <source>Client Erased</source>
        <translation>Cliente apagado</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="100" />
        <source>Erased %1.</source>
        <translation>%1 apagado.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageRecordActions.cpp" line="119" />
        <source>Exported %1 (not encrypted) into %2.</source>
        <translation>%1 exportado (sem criptografia) para %2.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="63" />
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="64" />
        <source>Unlock the workspace to see your clients.</source>
        <translation>Desbloqueie o espaço de trabalho para ver seus clientes.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="66" />
        <source>No clients yet</source>
        <translation>Nenhum cliente ainda</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="67" />
        <source>No clients yet — press Ctrl+N to add your first mentee.</source>
        <translation>Nenhum cliente ainda — pressione Ctrl+N para adicionar seu primeiro mentorado.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="70" />
        <source>No matches</source>
        <translation>Nenhum resultado</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="73" />
        <source>No client matches "%1".</source>
        <translation>Nenhum cliente corresponde a "%1".</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="74" />
        <source>No client matches "%1". Archived clients are hidden; tick "Show archived" to search them too.</source>
        <translation>Nenhum cliente corresponde a "%1". Os clientes arquivados estão ocultos; marque "Mostrar arquivados" para pesquisá-los também.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="78" />
        <source>All clients are archived</source>
        <translation>Todos os clientes estão arquivados</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="79" />
        <source>Tick "Show archived" to see them, or press Ctrl+N to add a new client.</source>
        <translation>Marque "Mostrar arquivados" para vê-los ou pressione Ctrl+N para adicionar um novo cliente.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="86" />
        <source>Your clients' profiles will appear here.</source>
        <translation>Os perfis dos seus clientes aparecerão aqui.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPageStates.cpp" line="87" />
        <source>Select a client to see their profile, or press Ctrl+N to add a new one.</source>
        <translation>Selecione um cliente para ver o perfil ou pressione Ctrl+N para adicionar um novo.</translation>
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
            <numerusform>%n arquivado</numerusform>
            <numerusform>%n arquivados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ColumnMapping</name>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="119" />
        <source>(not imported)</source>
        <translation>(não importada)</translation>
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
        <translation>Nome do meio</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="127" />
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="129" />
        <source>Preferred name</source>
        <translation>Nome preferido</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="131" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="133" />
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="135" />
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="137" />
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="139" />
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="141" />
        <source>Found you via</source>
        <translation>Como conheceu você</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="143" />
        <source>Background</source>
        <translation>Histórico</translation>
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
        <translation>Coluna no arquivo</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="145" />
        <source>First value</source>
        <translation>Primeiro valor</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="147" />
        <source>Imported as</source>
        <translation>Importada como</translation>
    </message>
</context>
<context>
    <name>md::ConflictChecker</name>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="28" />
        <source>another session</source>
        <translation>outra sessão</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="29" />
        <source>the session with %1</source>
        <translation>a sessão com %1</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="44" />
        <source>%1 is one of your days off.</source>
        <translation>%1 é um dos seus dias de folga.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="54" />
        <source>You do not work on %1s.</source>
        <translation>%1 não é um dos seus dias de trabalho.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="69" />
        <source>Outside your working hours (%1–%2).</source>
        <translation>Fora do seu horário de trabalho (%1–%2).</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="97" />
        <source>Overlaps with %1 (%2).</source>
        <translation>Sobrepõe-se a %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="105" />
        <source>Less than %1 minutes from %2 (%3).</source>
        <translation>Menos de %1 minutos de %2 (%3).</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="115" />
        <source>busy</source>
        <translation>ocupado</translation>
    </message>
    <message>
        <location filename="../core/scheduling/ConflictChecker.cpp" line="117" />
        <source>Overlaps with “%1” from your other calendar (%2).</source>
        <translation>Sobrepõe-se a “%1” da sua outra agenda (%2).</translation>
    </message>
</context>
<context>
    <name>md::ConsentText</name>
    <message>
        <location filename="../core/agreements/ConsentText.cpp" line="12" />
        <source>I have read this agreement in full and agree to its terms. I intend the signature I draw here, together with my typed name, to be my signature on this agreement, with the same effect as signing it by hand.</source>
        <translation>Li este acordo na íntegra e concordo com seus termos. Declaro que a assinatura que desenho aqui, junto com meu nome digitado, é minha assinatura deste acordo, com o mesmo efeito de uma assinatura feita à mão.</translation>
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
        <translation>o campo tem mais de 1 MB</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="62" />
        <source>a quoted field is never closed</source>
        <translation>um campo entre aspas nunca é fechado</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="68" />
        <source>text after the closing quote</source>
        <translation>texto após as aspas de fechamento</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="78" />
        <source>a quote inside a field that does not start with one</source>
        <translation>aspas dentro de um campo que não começa com aspas</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="95" />
        <source>more than %1 fields</source>
        <translation>mais de %1 campos</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="136" />
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="137" />
        <source>Line %1, %2: %3</source>
        <translation>Linha %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="150" />
        <source>%1 is not UTF-8 text (line %2). Save it as UTF-8 (in a spreadsheet: "CSV UTF-8") and import it again.</source>
        <translation>%1 não é texto UTF-8 (linha %2). Salve-o como UTF-8 (em uma planilha: "CSV UTF-8") e importe-o novamente.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="163" />
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>O arquivo tem mais de %1 MB; divida-o em arquivos menores.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="165" />
        <source>The file</source>
        <translation>O arquivo</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="206" />
        <source>more than %1 records; split the file</source>
        <translation>mais de %1 registros; divida o arquivo</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="223" />
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="246" />
        <source>%1 fields, but the header has %2</source>
        <translation>%1 campos, mas o cabeçalho tem %2</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="260" />
        <source>The file is not valid CSV: %1</source>
        <translation>O arquivo não é um CSV válido: %1</translation>
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
        <translation>Acompanhamento</translation>
    </message>
</context>
<context>
    <name>md::DashboardPage</name>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="25" />
        <source>1 day</source>
        <translation>1 dia</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="25" />
        <source>%1 days</source>
        <translation>%1 dias</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="37" />
        <source>Engagements per stage</source>
        <translation>Acompanhamentos por etapa</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="56" />
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="56" />
        <source>Overdue by</source>
        <translation>Atraso</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="57" />
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="57" />
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="58" />
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="58" />
        <source>Idle for</source>
        <translation>Inatividade</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="61" />
        <source>Overdue actions</source>
        <translation>Ações atrasadas</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="62" />
        <source>Goals due soon</source>
        <translation>Metas com prazo próximo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="63" />
        <source>Stale engagements</source>
        <translation>Acompanhamentos parados</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="119" />
        <source>Double-click to open the engagement</source>
        <translation>Clique duas vezes para abrir o acompanhamento</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="202" />
        <source>1 open engagement</source>
        <translation>1 acompanhamento aberto</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="202" />
        <source>%1 open engagements</source>
        <translation>%1 acompanhamentos abertos</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="205" />
        <source>1 overdue action</source>
        <translation>1 ação atrasada</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/DashboardPage.cpp" line="206" />
        <source>%1 overdue actions</source>
        <translation>%1 ações atrasadas</translation>
    </message>
</context>
<context>
    <name>md::Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="38" />
        <source>The key does not open this workspace (or %1 is not a MentorDesk database). Nothing was changed.</source>
        <translation>A chave não abre este espaço de trabalho (ou %1 não é um banco de dados do MentorDesk). Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="46" />
        <source>The disk is full: the workspace %1 cannot be opened until some space is free. Nothing was changed.</source>
        <translation>O disco está cheio: o espaço de trabalho %1 não pode ser aberto até que haja espaço livre. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="56" />
        <source>Could not open the workspace database: %1</source>
        <translation>Não foi possível abrir o banco de dados do espaço de trabalho: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="79" />
        <source>Could not read the workspace's data format.</source>
        <translation>Não foi possível ler o formato de dados do espaço de trabalho.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="142" />
        <source>Could not start saving: %1</source>
        <translation>Não foi possível começar a salvar: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="163" />
        <location filename="../core/storage/Database.cpp" line="170" />
        <source>Could not save: %1</source>
        <translation>Não foi possível salvar: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="215" />
        <source>Could not re-encrypt the workspace: %1</source>
        <translation>Não foi possível criptografar novamente o espaço de trabalho: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="223" />
        <source>Could not write pending changes to the database file</source>
        <translation>Não foi possível gravar as alterações pendentes no arquivo do banco de dados</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="247" />
        <source>Could not set the page cache</source>
        <translation>Não foi possível definir o cache de páginas</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="255" />
        <location filename="../core/storage/Database.cpp" line="264" />
        <source>Could not check the database</source>
        <translation>Não foi possível verificar o banco de dados</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="266" />
        <source>The check stopped before the end: %1</source>
        <translation>A verificação parou antes do fim: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="273" />
        <source>Row %1 of table %2 points to a missing row in %3.</source>
        <translation>A linha %1 da tabela %2 aponta para uma linha inexistente em %3.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="278" />
        <source>Could not check the links between records</source>
        <translation>Não foi possível verificar os vínculos entre registros</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="279" />
        <source>The links between records could not be checked: %1</source>
        <translation>Não foi possível verificar os vínculos entre registros: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="287" />
        <source>The workspace database %1 is damaged (%2). Nothing was changed. Check it with “mentordesk-cli verify”; if it cannot be read, restore your last backup (File › Restore from Backup, or “mentordesk-cli backup restore”).</source>
        <translation>O banco de dados do espaço de trabalho %1 está danificado (%2). Nada foi alterado. Verifique-o com “mentordesk-cli verify”; se não puder ser lido, restaure seu último backup (Arquivo › Restaurar do backup, ou “mentordesk-cli backup restore”).</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="305" />
        <source>%1: the workspace database is damaged (%2). Check it with “mentordesk-cli verify”; if it cannot be repaired, restore your last backup (File › Restore from Backup, or “mentordesk-cli backup restore”).</source>
        <translation>%1: o banco de dados do espaço de trabalho está danificado (%2). Verifique-o com “mentordesk-cli verify”; se não puder ser reparado, restaure seu último backup (Arquivo › Restaurar do backup, ou “mentordesk-cli backup restore”).</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="313" />
        <source>%1: the disk is full (%2). Nothing was saved.</source>
        <translation>%1: o disco está cheio (%2). Nada foi salvo.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="317" />
        <source>%1: the disk could not be read or written (%2).</source>
        <translation>%1: não foi possível ler ou gravar no disco (%2).</translation>
    </message>
</context>
<context>
    <name>md::DavTransport</name>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="39" />
        <source>The server address is not valid; give it as https://calendar.example.com/.</source>
        <translation>O endereço do servidor não é válido; informe-o como https://calendar.example.com/.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="48" />
        <source>MentorDesk connects to calendar servers only over a secure connection, so that your password is never sent in clear text. Use the server's https:// address.</source>
        <translation>O MentorDesk só se conecta a servidores de agenda por uma conexão segura, para que sua senha nunca seja enviada em texto simples. Use o endereço https:// do servidor.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="51" />
        <source>The server address must start with https://.</source>
        <translation>O endereço do servidor deve começar com https://.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="102" />
        <source>The calendar sync was stopped before %1 answered. Changes wait in the workspace and go out on the next sync.</source>
        <translation>A sincronização da agenda foi interrompida antes de %1 responder. As alterações aguardam no espaço de trabalho e são enviadas na próxima sincronização.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="115" />
        <source>The calendar server %1 did not accept the user name or password.</source>
        <translation>O servidor de agenda %1 não aceitou o nome de usuário ou a senha.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="121" />
        <source>The secure connection to %1 failed: its certificate is not valid or not trusted (%2). Check the address; if it is right, the server's administrator must renew or fix the certificate.</source>
        <translation>A conexão segura com %1 falhou: o certificado dele não é válido ou não é confiável (%2). Verifique o endereço; se estiver correto, o administrador do servidor precisa renovar ou corrigir o certificado.</translation>
    </message>
    <message>
        <location filename="../core/caldav/DavTransport.cpp" line="128" />
        <source>The calendar server %1 cannot be reached (%2). Changes wait in the workspace and go out on the next sync.</source>
        <translation>Não é possível acessar o servidor de agenda %1 (%2). As alterações aguardam no espaço de trabalho e são enviadas na próxima sincronização.</translation>
    </message>
</context>
<context>
    <name>md::DemoGenerator</name>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="33" />
        <source>The numbers of clients, sessions and invoices cannot be negative.</source>
        <translation>Os números de clientes, sessões e faturas não podem ser negativos.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="37" />
        <source>At most %1 clients, sessions or invoices can be generated.</source>
        <translation>No máximo %1 clientes, sessões ou faturas podem ser gerados.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="42" />
        <source>Sessions and invoices need at least one client.</source>
        <translation>Sessões e faturas precisam de pelo menos um cliente.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="48" />
        <source>This workspace already holds clients; demo data is only generated into an empty workspace.</source>
        <translation>Este espaço de trabalho já contém clientes; os dados de demonstração só são gerados em um espaço de trabalho vazio.</translation>
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
        <translation>Documentos PDF só podem ser gerados por um programa com ambiente gráfico (em um servidor, inicie-o com QT_QPA_PLATFORM=offscreen).</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="141" />
        <source>The page is too small for this document.</source>
        <translation>A página é pequena demais para este documento.</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="164" />
        <source>Could not start drawing the document.</source>
        <translation>Não foi possível começar a desenhar o documento.</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="173" />
        <source>Could not start a new page.</source>
        <translation>Não foi possível começar uma nova página.</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="194" />
        <source>Could not finish drawing the document.</source>
        <translation>Não foi possível concluir o desenho do documento.</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="203" />
        <source>Could not prepare the PDF in memory.</source>
        <translation>Não foi possível preparar o PDF na memória.</translation>
    </message>
    <message>
        <location filename="../core/export/DocumentLayout.cpp" line="213" />
        <source>The PDF could not be produced.</source>
        <translation>Não foi possível gerar o PDF.</translation>
    </message>
</context>
<context>
    <name>md::DraftEditorDialog</name>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.cpp" line="21" />
        <source>Edit draft %1</source>
        <translation>Editar rascunho %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.cpp" line="50" />
        <source>%1 was signed elsewhere and can no longer be edited. To change its terms, amend it.</source>
        <translation>%1 foi assinado em outro lugar e não pode mais ser editado. Para mudar seus termos, faça um aditivo.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.cpp" line="53" />
        <source>%1 was deleted elsewhere.</source>
        <translation>%1 foi excluído em outro lugar.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="44" />
        <source>Ends on</source>
        <translation>Termina em</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="70" />
        <source>The text contains confidentiality terms</source>
        <translation>O texto contém cláusulas de confidencialidade</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="67" />
        <source>An engagement leaves its first stage only with a signed agreement that has them.</source>
        <translation>Um acompanhamento só sai da primeira etapa com um acordo assinado que as contenha.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="22" />
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="35" />
        <source>End date:</source>
        <translation>Data de término:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/DraftEditorDialog.ui" line="89" />
        <source>The mentor's letterhead, the signature lines and the footer with the agreement number are added when it is printed.</source>
        <translation>O timbre do mentor, as linhas de assinatura e o rodapé com o número do acordo são adicionados na impressão.</translation>
    </message>
</context>
<context>
    <name>md::EndingAgreementsWidget</name>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="26" />
        <source>Agreement</source>
        <translation>Acordo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="26" />
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="26" />
        <source>Ends on</source>
        <translation>Termina em</translation>
    </message>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="26" />
        <source>Days left</source>
        <translation>Dias restantes</translation>
    </message>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="84" />
        <source>Agreements ending soon</source>
        <translation>Acordos que terminam em breve</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="85" />
        <source>Signed agreements that end within %n day(s)</source>
        <translation>
            <numerusform>Acordos assinados que terminam em até %n dia</numerusform>
            <numerusform>Acordos assinados que terminam em até %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="103" />
        <source>No agreement ends within %n day(s).</source>
        <translation>
            <numerusform>Nenhum acordo termina em até %n dia.</numerusform>
            <numerusform>Nenhum acordo termina em até %n dias.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/agreements/EndingAgreementsWidget.cpp" line="120" />
        <source>today</source>
        <translation>hoje</translation>
    </message>
</context>
<context>
    <name>md::EngagementBoardModel</name>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="166" />
        <source>1 overdue action</source>
        <translation>1 ação atrasada</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="167" />
        <source>%1 overdue actions</source>
        <translation>%1 ações atrasadas</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="169" />
        <source>1 goal due soon</source>
        <translation>1 meta com prazo próximo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="170" />
        <source>%1 goals due soon</source>
        <translation>%1 metas com prazo próximo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="173" />
        <source>No activity for a day</source>
        <translation>Sem atividade há um dia</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementBoardModel.cpp" line="174" />
        <source>No activity for %1 days</source>
        <translation>Sem atividade há %1 dias</translation>
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
        <translation>1 dia nesta etapa</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementCardDelegate.cpp" line="102" />
        <source>%1 days in this stage</source>
        <translation>%1 dias nesta etapa</translation>
    </message>
</context>
<context>
    <name>md::EngagementPackagesWidget</name>
    <message>
        <location filename="../ui/billing/EngagementPackagesWidget.cpp" line="18" />
        <source>Packages</source>
        <translation>Pacotes</translation>
    </message>
</context>
<context>
    <name>md::EngagementPage</name>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="36" />
        <source>← Board</source>
        <translation>← Quadro</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="47" />
        <source>Move &amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="49" />
        <location filename="../ui/pipeline/EngagementPage.cpp" line="243" />
        <source>&amp;Advance →</source>
        <translation>&amp;Avançar →</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="51" />
        <source>&amp;End</source>
        <translation>&amp;Encerrar</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="55" />
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="56" />
        <source>Maintenance (periodic check-ins)</source>
        <translation>Manutenção (acompanhamento periódico)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="57" />
        <source>Close Early…</source>
        <translation>Encerrar antecipadamente…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="68" />
        <source>New &amp;Needs…</source>
        <translation>Novas &amp;necessidades…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="70" />
        <source>Start a new engagement for the same client, linked to this one</source>
        <translation>Iniciar um novo acompanhamento para o mesmo cliente, vinculado a este</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="115" />
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="118" />
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="199" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="203" />
        <source>%1 since yesterday</source>
        <translation>%1 desde ontem</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="204" />
        <source>%1 since today</source>
        <translation>%1 desde hoje</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="205" />
        <source>%1 for %2 days</source>
        <translation>%1 há %2 dias</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="207" />
        <source> · follows engagement #%1</source>
        <translation> · continua o acompanhamento nº %1</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="215" />
        <source>&lt;b&gt;To end the engagement:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Para encerrar o acompanhamento:&lt;/b&gt; </translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="216" />
        <source>&lt;b&gt;To leave "%1":&lt;/b&gt; </source>
        <translation>&lt;b&gt;Para sair de "%1":&lt;/b&gt; </translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="222" />
        <source>✔ everything is done.</source>
        <translation>✔ tudo está concluído.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="231" />
        <source>This engagement has ended (%1).</source>
        <translation>Este acompanhamento foi encerrado (%1).</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="242" />
        <source>&amp;Complete ✔</source>
        <translation>&amp;Concluir ✔</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="270" />
        <source>Now in "%1".</source>
        <translation>Agora em "%1".</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="283" />
        <source>New Needs</source>
        <translation>Novas necessidades</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EngagementPage.cpp" line="286" />
        <source>Started "%1".</source>
        <translation>"%1" iniciado.</translation>
    </message>
</context>
<context>
    <name>md::EngagementRepository</name>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="87" />
        <source>Could not record the change of stage</source>
        <translation>Não foi possível registrar a mudança de etapa</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="131" />
        <location filename="../core/storage/EngagementRepository.cpp" line="180" />
        <source>Could not save the engagement</source>
        <translation>Não foi possível salvar o acompanhamento</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="213" />
        <location filename="../core/storage/EngagementRepository.cpp" line="216" />
        <location filename="../core/storage/EngagementRepository.cpp" line="227" />
        <location filename="../core/storage/EngagementRepository.cpp" line="230" />
        <source>Could not read the engagement</source>
        <translation>Não foi possível ler o acompanhamento</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="182" />
        <location filename="../core/storage/EngagementRepository.cpp" line="217" />
        <location filename="../core/storage/EngagementRepository.cpp" line="231" />
        <source>There is no engagement with id %1.</source>
        <translation>Não existe acompanhamento com o id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="243" />
        <location filename="../core/storage/EngagementRepository.cpp" line="248" />
        <location filename="../core/storage/EngagementRepository.cpp" line="260" />
        <location filename="../core/storage/EngagementRepository.cpp" line="265" />
        <source>Could not read the engagements</source>
        <translation>Não foi possível ler os acompanhamentos</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="277" />
        <source>Could not delete the engagement</source>
        <translation>Não foi possível excluir o acompanhamento</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="289" />
        <location filename="../core/storage/EngagementRepository.cpp" line="294" />
        <source>Could not read the timeline</source>
        <translation>Não foi possível ler a linha do tempo</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="302" />
        <source>A change of stage needs its starting point.</source>
        <translation>Uma mudança de etapa precisa do seu ponto de partida.</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="304" />
        <source>An override needs a written reason.</source>
        <translation>Uma exceção precisa de um motivo por escrito.</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="311" />
        <source>The engagement is in "%1" now, not in "%2"; reload and try again.</source>
        <translation>O acompanhamento está agora em "%1", não em "%2"; recarregue e tente novamente.</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="341" />
        <source>Could not change the stage</source>
        <translation>Não foi possível mudar a etapa</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepository.cpp" line="344" />
        <source>The engagement was changed elsewhere; reload and try again.</source>
        <translation>O acompanhamento foi alterado em outro lugar; recarregue e tente novamente.</translation>
    </message>
    <message>
        <location filename="../core/storage/EngagementRepositorySql.h" line="72" />
        <source>Could not record the activity</source>
        <translation>Não foi possível registrar a atividade</translation>
    </message>
</context>
<context>
    <name>md::EngagementService</name>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="195" />
        <location filename="../core/pipeline/EngagementService.cpp" line="255" />
        <source>An engagement cannot move from "%1" to "%2".</source>
        <translation>Um acompanhamento não pode passar de "%1" para "%2".</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="214" />
        <location filename="../core/pipeline/EngagementService.cpp" line="228" />
        <source>The engagement has ended (%1); it cannot advance.</source>
        <translation>O acompanhamento foi encerrado (%1); não pode avançar.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="242" />
        <source>An override needs a written reason; it is kept in the timeline.</source>
        <translation>Uma exceção precisa de um motivo por escrito; ele fica registrado na linha do tempo.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="258" />
        <source>Say why the engagement closes early.</source>
        <translation>Informe por que o acompanhamento está sendo encerrado antecipadamente.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="271" />
        <source>"%1" is not finished: %2</source>
        <translation>"%1" não está concluído: %2</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="305" />
        <source>Choose how the engagement ends: completed, maintenance or closed early.</source>
        <translation>Escolha como o acompanhamento termina: concluído, manutenção ou encerrado antecipadamente.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="329" />
        <source>A follow-up starts once the engagement has reached its evaluation; "%1" is still in "%2".</source>
        <translation>Uma continuação começa quando o acompanhamento chega à avaliação; "%1" ainda está em "%2".</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="335" />
        <source>%1 (follow-up)</source>
        <translation>%1 (continuação)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementService.cpp" line="344" />
        <source>New needs after "%1".</source>
        <translation>Novas necessidades após "%1".</translation>
    </message>
    <message>
        <location filename="../core/pipeline/EngagementServiceBoard.cpp" line="45" />
        <location filename="../core/pipeline/EngagementServiceBoard.cpp" line="50" />
        <source>There is no engagement with id %1.</source>
        <translation>Não existe acompanhamento com o id %1.</translation>
    </message>
</context>
<context>
    <name>md::ErasurePlan</name>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="9" />
        <source>%1 was erased for good: the profile, %n engagement(s) with their needs, goals, actions and evaluations,</source>
        <translation>
            <numerusform>%1 foi apagado definitivamente: o perfil, %n acompanhamento com suas necessidades, metas, ações e avaliações,</numerusform>
            <numerusform>%1 foi apagado definitivamente: o perfil, %n acompanhamentos com suas necessidades, metas, ações e avaliações,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="14" />
        <source>Erasing %1 removes for good: the profile, %n engagement(s) with their needs, goals, actions and evaluations,</source>
        <translation>
            <numerusform>Apagar %1 remove definitivamente: o perfil, %n acompanhamento com suas necessidades, metas, ações e avaliações,</numerusform>
            <numerusform>Apagar %1 remove definitivamente: o perfil, %n acompanhamentos com suas necessidades, metas, ações e avaliações,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="20" />
        <source>%n session(s) with their notes, %1, and %2.</source>
        <translation>
            <numerusform>%n sessão com suas anotações, %1 e %2.</numerusform>
            <numerusform>%n sessões com suas anotações, %1 e %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="23" />
        <source>%n agreement(s) with their signatures and scans</source>
        <translation>
            <numerusform>%n acordo com suas assinaturas e digitalizações</numerusform>
            <numerusform>%n acordos com suas assinaturas e digitalizações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="27" />
        <source>%n draft invoice(s)</source>
        <translation>
            <numerusform>%n rascunho de fatura</numerusform>
            <numerusform>%n rascunhos de fatura</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="30" />
        <source>The law requires keeping %n issued invoice(s) and credit note(s), with %1, unchanged until %2. They are shown as "%3" from now on.</source>
        <translation>
            <numerusform>A lei exige guardar %n fatura emitida ou nota de crédito, com %1, sem alterações até %2. A partir de agora, ela aparece como "%3".</numerusform>
            <numerusform>A lei exige guardar %n faturas emitidas e notas de crédito, com %1, sem alterações até %2. A partir de agora, elas aparecem como "%3".</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clients/ClientErasure.cpp" line="35" />
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n pagamento</numerusform>
            <numerusform>%n pagamentos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/clients/ClientErasure.cpp" line="39" />
        <source>No invoice has to be kept: nothing of them is left but the anonymous record "%1".</source>
        <translation>Nenhuma fatura precisa ser guardada: delas resta apenas o registro anônimo "%1".</translation>
    </message>
    <message>
        <location filename="../core/clients/ClientErasure.cpp" line="44" />
        <source>Backups made before the erasure still hold the data until they are replaced.</source>
        <translation>Os backups feitos antes da exclusão ainda contêm os dados até serem substituídos.</translation>
    </message>
</context>
<context>
    <name>md::EvaluationRepository</name>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="51" />
        <source>There is no goal with id %1.</source>
        <translation>Não existe meta com o id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="89" />
        <source>Could not save the evaluation</source>
        <translation>Não foi possível salvar a avaliação</translation>
    </message>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="122" />
        <location filename="../core/storage/EvaluationRepository.cpp" line="127" />
        <source>Could not read the evaluations</source>
        <translation>Não foi possível ler as avaliações</translation>
    </message>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="138" />
        <source>Could not delete the evaluation</source>
        <translation>Não foi possível excluir a avaliação</translation>
    </message>
    <message>
        <location filename="../core/storage/EvaluationRepository.cpp" line="140" />
        <source>Goal %1 has no evaluation.</source>
        <translation>A meta %1 não tem avaliação.</translation>
    </message>
</context>
<context>
    <name>md::EvaluationTab</name>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="45" />
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="158" />
        <source>Select a goal to evaluate.</source>
        <translation>Selecione uma meta para avaliar.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="59" />
        <source>Your assessment of the mentee's performance</source>
        <translation>Sua avaliação do desempenho do mentorado</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="62" />
        <source>Not given</source>
        <translation>Não informada</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="65" />
        <source>What the mentee said</source>
        <translation>O que o mentorado disse</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="66" />
        <source>Suggested adjustments</source>
        <translation>Ajustes sugeridos</translation>
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
        <translation>&amp;Avaliação:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="75" />
        <source>Mentee's &amp;rating:</source>
        <translation>&amp;Nota do mentorado:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="76" />
        <source>Mentee's &amp;comments:</source>
        <translation>&amp;Comentários do mentorado:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="77" />
        <source>A&amp;djustments:</source>
        <translation>A&amp;justes:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="80" />
        <source>&amp;Save Evaluation</source>
        <translation>&amp;Salvar avaliação</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="166" />
        <source>baseline %1, target %2 %3</source>
        <translation>valor inicial %1, alvo %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="192" />
        <source>The final value is not a number.</source>
        <translation>O valor final não é um número.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/EvaluationTab.cpp" line="209" />
        <source>Saved the evaluation.</source>
        <translation>Avaliação salva.</translation>
    </message>
</context>
<context>
    <name>md::ExportFlow</name>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="34" />
        <source>Export Workspace</source>
        <translation>Exportar espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="35" />
        <location filename="../ui/export/ExportFlow.cpp" line="69" />
        <source>MentorDesk export %1</source>
        <translation>Exportação do MentorDesk %1</translation>
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
        <translation>Exportar tudo sobre %1?</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="45" />
        <source>The profile, engagements, sessions with their notes, agreements with their PDFs, invoices and payments of this client, and nothing about anyone else, in open formats (JSON, CSV, PDF). Use it to answer the client's request for a copy of their data.

The export is not encrypted.</source>
        <translation>O perfil, os acompanhamentos, as sessões com suas anotações, os acordos com seus PDFs, as faturas e os pagamentos deste cliente, e nada sobre outras pessoas, em formatos abertos (JSON, CSV, PDF). Use para atender ao pedido do cliente de uma cópia dos seus dados.

A exportação não é criptografada.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="49" />
        <source>Include my &amp;private session notes</source>
        <translation>Incluir minhas anotações &amp;privadas das sessões</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="53" />
        <source>Choose &amp;Folder…</source>
        <translation>Escolher pas&amp;ta…</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="68" />
        <source>%1 – MentorDesk export %2</source>
        <translation>%1 – Exportação do MentorDesk %2</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="77" />
        <source>Export into…</source>
        <translation>Exportar para…</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="86" />
        <source>The workspace was locked.</source>
        <translation>O espaço de trabalho foi bloqueado.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="92" />
        <source>The export could not be written.</source>
        <translation>Não foi possível gravar a exportação.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="96" />
        <source>Nothing was left half-written; your workspace is unchanged.</source>
        <translation>Nada ficou gravado pela metade; seu espaço de trabalho não foi alterado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportFlow.cpp" line="104" />
        <source>Exported %n record(s) into %1.</source>
        <translation>
            <numerusform>%n registro exportado para %1.</numerusform>
            <numerusform>%n registros exportados para %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="109" />
        <source>Signed agreements: %1. Invoice PDFs: %2. README.txt describes every file.</source>
        <translation>Acordos assinados: %1. PDFs de faturas: %2. O README.txt descreve cada arquivo.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFlow.cpp" line="113" />
        <source>The export is NOT encrypted. Keep it safe, and delete it once it has served its purpose.</source>
        <translation>A exportação NÃO é criptografada. Guarde-a em segurança e exclua-a quando tiver cumprido sua finalidade.</translation>
    </message>
</context>
<context>
    <name>md::ExportManifest</name>
    <message>
        <location filename="../core/export/ExportManifest.cpp" line="38" />
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 não é um JSON válido (%2).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportManifest.cpp" line="42" />
        <source>%1 does not describe a MentorDesk export.</source>
        <translation>%1 não descreve uma exportação do MentorDesk.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportManifest.cpp" line="45" />
        <source>This export was written in a format this version of MentorDesk does not read (export format %1). Update MentorDesk.</source>
        <translation>Esta exportação foi gravada em um formato que esta versão do MentorDesk não lê (formato de exportação %1). Atualize o MentorDesk.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportManifest.cpp" line="58" />
        <source>%1 lacks the data format or the workspace it came from.</source>
        <translation>Em %1 falta o formato de dados ou o espaço de trabalho de origem.</translation>
    </message>
</context>
<context>
    <name>md::ExportReadme</name>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="10" />
        <source>Mentee profiles: contact, background, strengths and weaknesses, aspirations, what to keep, start and stop doing. Tags are separated by line breaks.</source>
        <translation>Perfis dos mentorados: contato, histórico, pontos fortes e fracos, aspirações, o que continuar, começar e parar de fazer. As etiquetas são separadas por quebras de linha.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="15" />
        <source>Settings of the practice as key and value: the mentor profile (profile.*), practice rules (practice.*), billing (billing.*). The agreement signing key is never exported.</source>
        <translation>Configurações da prática como chave e valor: o perfil do mentor (profile.*), as regras da prática (practice.*), o faturamento (billing.*). A chave de assinatura de acordos nunca é exportada.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="20" />
        <source>Engagements of the five-stage pipeline, one per need of a client: stage, status, cadence, planned sessions and outcome.</source>
        <translation>Acompanhamentos do fluxo de cinco etapas, um por necessidade de um cliente: etapa, status, frequência, sessões previstas e resultado.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="24" />
        <source>The timeline of every engagement: each move between stages, when, why, and whether a gate was overridden.</source>
        <translation>A linha do tempo de cada acompanhamento: cada mudança de etapa, quando, por que e se um requisito foi dispensado por exceção.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="28" />
        <source>Needs identified in stage 2, with category and priority.</source>
        <translation>Necessidades identificadas na etapa 2, com categoria e prioridade.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="31" />
        <source>SMART goals of stage 3: specific, the metric with its baseline and target, attainable, due date.</source>
        <translation>Metas SMART da etapa 3: específica, o indicador com valor inicial e alvo, atingível, prazo.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="34" />
        <source>Which need each goal answers (goal_id, need_id).</source>
        <translation>Qual necessidade cada meta atende (goal_id, need_id).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="36" />
        <source>Progress measured on a goal: date, value, comment.</source>
        <translation>Progresso medido em uma meta: data, valor, comentário.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="39" />
        <source>The action plan of stage 4: each action of a goal, its due date, status and the people involved.</source>
        <translation>O plano de ação da etapa 4: cada ação de uma meta, seu prazo, status e as pessoas envolvidas.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="42" />
        <source>Evaluations of stage 5: the outcome of a goal, the mentor's assessment, the mentee's rating and comments, adjustments.</source>
        <translation>Avaliações da etapa 5: o resultado de uma meta, a avaliação do mentor, a nota e os comentários do mentorado, os ajustes.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="46" />
        <source>Every version of the agreement templates (HTML with placeholders).</source>
        <translation>Todas as versões dos modelos de acordo (HTML com marcadores).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="49" />
        <source>Agreements: their text (HTML), state (draft or signed), how and when they were signed. The signed PDFs are in agreements/.</source>
        <translation>Acordos: texto (HTML), situação (rascunho ou assinado), como e quando foram assinados. Os PDFs assinados estão em agreements/.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="53" />
        <source>On-screen signatures: who signed, the typed name, the drawn signature (PNG, base64) and the consent.</source>
        <translation>Assinaturas na tela: quem assinou, o nome digitado, a assinatura desenhada (PNG, base64) e o consentimento.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="57" />
        <source>Scans of agreements signed on paper (the files are also in agreements/).</source>
        <translation>Digitalizações de acordos assinados em papel (os arquivos também estão em agreements/).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="61" />
        <source>What makes a signed agreement provably unchanged: the frozen PDF, its manifest, the Ed25519 signature and the public key that checks it.</source>
        <translation>O que comprova que um acordo assinado não foi alterado: o PDF congelado, seu manifesto, a assinatura Ed25519 e a chave pública que a verifica.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="65" />
        <source>The hash-chained log of everything done to agreements.</source>
        <translation>O registro encadeado por hash de tudo o que foi feito com os acordos.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="68" />
        <source>The public keys of the workspaces this one was imported from: the agreements they sealed keep verifying.</source>
        <translation>As chaves públicas dos espaços de trabalho de onde este foi importado: os acordos que eles selaram continuam verificáveis.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="72" />
        <source>Recurring sessions (weekly, fortnightly, monthly): the rule, the first start in its time zone, skipped dates.</source>
        <translation>Sessões recorrentes (semanais, quinzenais, mensais): a regra, o primeiro início no seu fuso horário, as datas puladas.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="76" />
        <source>Every session: start (local time and zone, and UTC), duration, format, status, agenda, notes, agreed actions and next steps.</source>
        <translation>Todas as sessões: início (hora e fuso locais, e UTC), duração, formato, status, pauta, anotações, ações combinadas e próximos passos.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="80" />
        <source>The mentor's working hours by weekday.</source>
        <translation>O horário de trabalho do mentor por dia da semana.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="82" />
        <source>The mentor's days off.</source>
        <translation>Os dias de folga do mentor.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="84" />
        <source>Scheduling settings as key and value (buffer between sessions, calendar export).</source>
        <translation>Configurações de agendamento como chave e valor (intervalo entre sessões, exportação da agenda).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="88" />
        <source>Busy times imported from other calendars.</source>
        <translation>Horários ocupados importados de outras agendas.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="90" />
        <source>Who an invoice is addressed to, when it is not the mentee (billing name, address, tax number).</source>
        <translation>A quem uma fatura é endereçada, quando não é o mentorado (nome de faturamento, endereço, número fiscal).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="93" />
        <source>The price list: single sessions, packages and retainers; prices in minor units (cents) with their currency.</source>
        <translation>A tabela de preços: sessões avulsas, pacotes e mensalidades; preços em unidades menores (centavos) com sua moeda.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="97" />
        <source>Packages sold to an engagement: sessions included, price, validity.</source>
        <translation>Pacotes vendidos a um acompanhamento: sessões incluídas, preço, validade.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="100" />
        <source>Which session used a credit of which package.</source>
        <translation>Qual sessão usou um crédito de qual pacote.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="102" />
        <source>Invoices and credit notes with their frozen details (bill_to and seller as JSON text) and totals in minor units. The PDFs of issued ones are in invoices/.</source>
        <translation>Faturas e notas de crédito com seus dados congelados (bill_to e seller como texto JSON) e totais em unidades menores. Os PDFs das emitidas estão em invoices/.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="107" />
        <source>The lines of each invoice: quantity in thousandths, unit price and amounts in minor units, tax rate in basis points (1900 = 19 %).</source>
        <translation>As linhas de cada fatura: quantidade em milésimos, preço unitário e valores em unidades menores, alíquota em pontos-base (1900 = 19 %).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="111" />
        <source>The last invoice number used in each year.</source>
        <translation>O último número de fatura usado em cada ano.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="113" />
        <source>Payments received, in minor units.</source>
        <translation>Pagamentos recebidos, em unidades menores.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="115" />
        <source>Which invoice each payment paid, and how much of it.</source>
        <translation>Qual fatura cada pagamento quitou e em que valor.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="125" />
        <source>MentorDesk export of one client's records</source>
        <translation>Exportação do MentorDesk dos registros de um cliente</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="126" />
        <source>MentorDesk export of a whole workspace</source>
        <translation>Exportação do MentorDesk de um espaço de trabalho inteiro</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="127" />
        <source>Made on %1 (UTC).</source>
        <translation>Gerada em %1 (UTC).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="129" />
        <source>THIS FOLDER IS NOT ENCRYPTED. It holds confidential information about people. Keep it on an encrypted disk, send it only over a secure channel, and delete it when it is no longer needed.</source>
        <translation>ESTA PASTA NÃO É CRIPTOGRAFADA. Ela contém informações confidenciais sobre pessoas. Guarde-a em um disco criptografado, envie-a somente por um canal seguro e exclua-a quando não for mais necessária.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="133" />
        <source>The mentor's private session notes are left out.</source>
        <translation>As anotações privadas das sessões do mentor não foram incluídas.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="135" />
        <source>export.json says what made this export: the data format (schema_version), the workspace it came from and, for one client's export, the client.</source>
        <translation>O export.json informa o que gerou esta exportação: o formato de dados (schema_version), o espaço de trabalho de origem e, na exportação de um cliente, o cliente.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="138" />
        <source>Folders:</source>
        <translation>Pastas:</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="139" />
        <source>  json/        one file per kind of record: a JSON array of objects, one per row, with the field names below. Binary values are objects {"base64": "..."}. Times ending in _utc are ISO 8601 in UTC; dates are YYYY-MM-DD; amounts ending in _minor are whole minor units (cents) of the currency beside them.</source>
        <translation>  json/        um arquivo por tipo de registro: um array JSON de objetos, um por linha, com os nomes de campo abaixo. Valores binários são objetos {"base64": "..."}. Horários terminados em _utc estão em ISO 8601 em UTC; datas são AAAA-MM-DD; valores terminados em _minor são unidades menores inteiras (centavos) da moeda ao lado.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="143" />
        <source>  csv/         clients, sessions, invoices and payments for spreadsheets: UTF-8, comma-separated, every field quoted, amounts in major units (12.50).</source>
        <translation>  csv/         clientes, sessões, faturas e pagamentos para planilhas: UTF-8, separados por vírgula, todos os campos entre aspas, valores em unidades maiores (12.50).</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="145" />
        <source>  agreements/  the exact PDF of every signed agreement, and scans of paper signatures.</source>
        <translation>  agreements/  o PDF exato de cada acordo assinado e as digitalizações das assinaturas em papel.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="147" />
        <source>  invoices/    the PDF of every issued invoice and credit note.</source>
        <translation>  invoices/    o PDF de cada fatura e nota de crédito emitida.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportReadme.cpp" line="149" />
        <source>Files in json/:</source>
        <translation>Arquivos em json/:</translation>
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
        <translation>A exportação de um espaço de trabalho inteiro pode ser carregada em um novo espaço de trabalho com `mentordesk-cli --workspace &lt;nova pasta&gt; import --from &lt;esta pasta&gt;`.</translation>
    </message>
</context>
<context>
    <name>md::FirstRunWizard</name>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="31" />
        <source>Welcome to MentorDesk</source>
        <translation>Bem-vindo ao MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="32" />
        <source>Your clients' details stay on this computer, encrypted.</source>
        <translation>Os dados dos seus clientes ficam neste computador, criptografados.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="36" />
        <source>MentorDesk keeps your mentees' profiles, notes and agreements in an encrypted workspace. Nothing in it can be read without your passphrase or your recovery key.</source>
        <translation>O MentorDesk guarda os perfis, as anotações e os acordos dos seus mentorados em um espaço de trabalho criptografado. Nada nele pode ser lido sem sua frase-senha ou sua chave de recuperação.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="41" />
        <source>In the next steps you choose a passphrase and receive a recovery key. Have a printer or a pen and paper ready.</source>
        <translation>Nas próximas etapas, você escolherá uma frase-senha e receberá uma chave de recuperação. Tenha à mão uma impressora, ou papel e caneta.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="44" />
        <source>The workspace will be created in:
%1</source>
        <translation>O espaço de trabalho será criado em:
%1</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="63" />
        <source>Choose a passphrase</source>
        <translation>Escolha uma frase-senha</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="64" />
        <source>You type it to unlock MentorDesk. It cannot be recovered, only replaced with your recovery key.</source>
        <translation>Você a digita para desbloquear o MentorDesk. Ela não pode ser recuperada, apenas substituída com a sua chave de recuperação.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="67" />
        <source>&amp;Create Workspace</source>
        <translation>&amp;Criar espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="108" />
        <source>Your recovery key</source>
        <translation>Sua chave de recuperação</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="109" />
        <source>Your workspace has been created.</source>
        <translation>Seu espaço de trabalho foi criado.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="112" />
        <source>&amp;Next</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="132" />
        <source>Unlock automatically?</source>
        <translation>Desbloquear automaticamente?</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="133" />
        <source>You can change this whenever you unlock MentorDesk.</source>
        <translation>Você pode mudar isso sempre que desbloquear o MentorDesk.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="151" />
        <source>Looking for this computer's keychain…</source>
        <translation>Procurando o chaveiro do sistema deste computador…</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="163" />
        <source>MentorDesk then keeps the workspace key in this computer's keychain and opens without asking for your passphrase while you are logged in. Anyone who can use your user account can then open your workspace. Locking (Ctrl+L) always asks for the passphrase.</source>
        <translation>O MentorDesk passa a guardar a chave do espaço de trabalho no chaveiro do sistema deste computador e abre sem pedir sua frase-senha enquanto você estiver conectado. Qualquer pessoa que possa usar sua conta de usuário poderá então abrir seu espaço de trabalho. O bloqueio (Ctrl+L) sempre pede a frase-senha.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="174" />
        <source>No keychain answered on this computer, so MentorDesk will ask for your passphrase each time it opens.</source>
        <translation>Nenhum chaveiro do sistema respondeu neste computador, por isso o MentorDesk pedirá sua frase-senha sempre que for aberto.</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="195" />
        <source>Create a MentorDesk Workspace</source>
        <translation>Criar um espaço de trabalho do MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/security/FirstRunWizard.cpp" line="202" />
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Lembrar neste computador</translation>
    </message>
</context>
<context>
    <name>md::GateFailureDialog</name>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="20" />
        <source>Not Ready to Leave "%1"</source>
        <translation>Ainda não é possível sair de "%1"</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="24" />
        <source>%1 cannot leave "%2" yet.</source>
        <translation>%1 ainda não pode sair de "%2".</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="30" />
        <source>This is what is missing. Select an item and choose Go There to fill it in.</source>
        <translation>Isto é o que falta. Selecione um item e escolha Ir até lá para preenchê-lo.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="44" />
        <source>&amp;Go There</source>
        <translation>&amp;Ir até lá</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="48" />
        <source>Move anyway</source>
        <translation>Mover mesmo assim</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="49" />
        <source>An override is recorded in the engagement's timeline with your reason.</source>
        <translation>A exceção é registrada na linha do tempo do acompanhamento com o seu motivo.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="56" />
        <source>Why move on without this?</source>
        <translation>Por que avançar sem isto?</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GateFailureDialog.cpp" line="59" />
        <source>&amp;Override and Move</source>
        <translation>Avançar por &amp;exceção</translation>
    </message>
</context>
<context>
    <name>md::GoalEditor</name>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="33" />
        <source>What exactly will the mentee achieve?</source>
        <translation>O que exatamente o mentorado vai alcançar?</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="49" />
        <source>What is measured</source>
        <translation>O que é medido</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="56" />
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="63" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="77" />
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="105" />
        <source>Why it is realistic for the mentee</source>
        <translation>Por que é realista para o mentorado</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="141" />
        <source>Due &amp;by</source>
        <translation>Pra&amp;zo até</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="165" />
        <source>A&amp;ctive</source>
        <translation>&amp;Ativa</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="162" />
        <source>Inactive goals are set aside: they need no actions</source>
        <translation>Metas inativas ficam de lado: não precisam de ações</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="23" />
        <source>&amp;Specific:</source>
        <translation>E&amp;specífica:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="40" />
        <source>Measurable:</source>
        <translation>Mensurável:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="86" />
        <source>&amp;Attainable:</source>
        <translation>A&amp;tingível:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="112" />
        <source>&amp;Relevant to:</source>
        <translation>&amp;Relevante para:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="132" />
        <source>Time-bound:</source>
        <translation>Temporal:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.ui" line="178" />
        <source>SMART check:</source>
        <translation>Verificação SMART:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.cpp" line="142" />
        <source>The baseline is not a number.</source>
        <translation>O valor inicial não é um número.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.cpp" line="143" />
        <source>The target is not a number.</source>
        <translation>O alvo não é um número.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.cpp" line="161" />
        <source>passes</source>
        <translation>aprovada</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.cpp" line="162" />
        <source>fails</source>
        <translation>reprovada</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalEditor.cpp" line="167" />
        <source>This goal passes the SMART check.</source>
        <translation>Esta meta passa na verificação SMART.</translation>
    </message>
</context>
<context>
    <name>md::GoalListModel</name>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="138" />
        <source>Passes the SMART check</source>
        <translation>Passa na verificação SMART</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="148" />
        <source>%1 (inactive)</source>
        <translation>%1 (inativa)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="174" />
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="176" />
        <source>SMART</source>
        <translation>SMART</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="178" />
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="180" />
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalListModel.cpp" line="182" />
        <source>Evaluation</source>
        <translation>Avaliação</translation>
    </message>
</context>
<context>
    <name>md::GoalRepository</name>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="72" />
        <location filename="../core/storage/GoalRepository.cpp" line="83" />
        <source>Could not link the goal to its needs</source>
        <translation>Não foi possível vincular a meta às suas necessidades</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="86" />
        <source>Need %1 does not belong to this engagement.</source>
        <translation>A necessidade %1 não pertence a este acompanhamento.</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="97" />
        <location filename="../core/storage/GoalRepository.cpp" line="102" />
        <source>Could not read the goal's needs</source>
        <translation>Não foi possível ler as necessidades da meta</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="122" />
        <location filename="../core/storage/GoalRepository.cpp" line="152" />
        <source>Could not save the goal</source>
        <translation>Não foi possível salvar a meta</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="167" />
        <location filename="../core/storage/GoalRepository.cpp" line="170" />
        <location filename="../core/storage/GoalRepository.cpp" line="252" />
        <location filename="../core/storage/GoalRepository.cpp" line="255" />
        <source>Could not read the goal</source>
        <translation>Não foi possível ler a meta</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="171" />
        <location filename="../core/storage/GoalRepository.cpp" line="225" />
        <location filename="../core/storage/GoalRepository.cpp" line="263" />
        <source>There is no goal with id %1.</source>
        <translation>Não existe meta com o id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="188" />
        <location filename="../core/storage/GoalRepository.cpp" line="193" />
        <source>Could not read the goals</source>
        <translation>Não foi possível ler as metas</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="212" />
        <source>Could not delete the goal</source>
        <translation>Não foi possível excluir a meta</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="237" />
        <source>Could not save the progress entry</source>
        <translation>Não foi possível salvar o registro de progresso</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="278" />
        <location filename="../core/storage/GoalRepository.cpp" line="283" />
        <source>Could not read the goals of the need</source>
        <translation>Não foi possível ler as metas da necessidade</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="292" />
        <location filename="../core/storage/GoalRepository.cpp" line="295" />
        <source>Could not read the progress entry</source>
        <translation>Não foi possível ler o registro de progresso</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="268" />
        <location filename="../core/storage/GoalRepository.cpp" line="297" />
        <source>There is no progress entry with id %1.</source>
        <translation>Não existe registro de progresso com o id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="305" />
        <source>Could not delete the progress entry</source>
        <translation>Não foi possível excluir o registro de progresso</translation>
    </message>
    <message>
        <location filename="../core/storage/GoalRepository.cpp" line="318" />
        <location filename="../core/storage/GoalRepository.cpp" line="331" />
        <source>Could not read the goal's progress</source>
        <translation>Não foi possível ler o progresso da meta</translation>
    </message>
</context>
<context>
    <name>md::GoalsTab</name>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="60" />
        <source>&amp;New Goal</source>
        <translation>&amp;Nova meta</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="60" />
        <source>&amp;Save Goal</source>
        <translation>&amp;Salvar meta</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="60" />
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="64" />
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="78" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="81" />
        <source>Comment (optional)</source>
        <translation>Comentário (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="82" />
        <source>Add &amp;Value</source>
        <translation>Adicionar &amp;valor</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="206" />
        <source>Save the goal to record progress.</source>
        <translation>Salve a meta para registrar o progresso.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="220" />
        <source>final value of the evaluation</source>
        <translation>valor final da avaliação</translation>
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
        <translation>%1% do caminho entre o valor inicial e o alvo.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="242" />
        <source>Progress needs a baseline and a target.</source>
        <translation>O progresso precisa de um valor inicial e de um alvo.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="271" />
        <source>Saved the goal; it passes the SMART check.</source>
        <translation>Meta salva; ela passa na verificação SMART.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="272" />
        <source>Saved the goal as a draft; it is not SMART yet.</source>
        <translation>Meta salva como rascunho; ainda não é SMART.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="279" />
        <source>Delete Goal</source>
        <translation>Excluir meta</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="280" />
        <source>Delete this goal with its progress, actions and evaluation?</source>
        <translation>Excluir esta meta com seu progresso, suas ações e sua avaliação?</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/GoalsTab.cpp" line="296" />
        <source>Enter the measured value as a number.</source>
        <translation>Digite o valor medido como número.</translation>
    </message>
</context>
<context>
    <name>md::Help</name>
    <message>
        <location filename="../ui/help/HelpDialogs.cpp" line="72" />
        <source>User Guide</source>
        <translation>Guia do usuário</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpDialogs.cpp" line="82" />
        <source>The user guide is missing from this build.</source>
        <translation>O guia do usuário não está incluído nesta compilação.</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpDialogs.cpp" line="112" />
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
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
        <translation>"%1" não é um IBAN: ele deve começar com um código de país e dois dígitos verificadores, seguidos apenas de letras e dígitos.</translation>
    </message>
    <message>
        <location filename="../core/billing/Iban.cpp" line="63" />
        <source>An IBAN from %1 has %2 characters; "%3" has %4.</source>
        <translation>Um IBAN de %1 tem %2 caracteres; "%3" tem %4.</translation>
    </message>
    <message>
        <location filename="../core/billing/Iban.cpp" line="71" />
        <source>The IBAN "%1" has a typo: its check digits do not match.</source>
        <translation>O IBAN "%1" tem um erro de digitação: seus dígitos verificadores não conferem.</translation>
    </message>
    <message>
        <location filename="../core/billing/Iban.cpp" line="92" />
        <source>"%1" is not a BIC: it has 8 or 11 characters, e.g. COBADEFFXXX.</source>
        <translation>"%1" não é um BIC: ele tem 8 ou 11 caracteres, por exemplo, COBADEFFXXX.</translation>
    </message>
</context>
<context>
    <name>md::IcsExporter</name>
    <message>
        <location filename="../core/ics/IcsExporter.cpp" line="11" />
        <source>MentorDesk sessions</source>
        <translation>Sessões do MentorDesk</translation>
    </message>
</context>
<context>
    <name>md::IcsImporter</name>
    <message>
        <location filename="../core/ics/IcsImporter.cpp" line="20" />
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
</context>
<context>
    <name>md::IcsReader</name>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="101" />
        <source>The time zone “%1” is unknown; its times were read as UTC.</source>
        <translation>O fuso horário “%1” é desconhecido; seus horários foram lidos como UTC.</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="151" />
        <source>“%1” (the event on line %2)</source>
        <translation>“%1” (o evento na linha %2)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="152" />
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="180" />
        <source>The calendar file was not imported, none of it: %1 %2.</source>
        <translation>O arquivo de calendário não foi importado, nenhuma parte dele: %1 %2.</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="185" />
        <source>repeats too often (expanding it takes about %1 steps; MentorDesk takes at most %2 per event)</source>
        <translation>se repete com frequência demais (expandi-lo exige cerca de %1 passos; o MentorDesk aceita no máximo %2 por evento)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="224" />
        <location filename="../core/ics/IcsReader.cpp" line="242" />
        <source>brings the repeating events of the file over %1 steps to expand</source>
        <translation>faz os eventos recorrentes do arquivo ultrapassarem %1 passos de expansão</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="246" />
        <location filename="../core/ics/IcsReader.cpp" line="382" />
        <source>takes too long to read</source>
        <translation>demora demais para ser lido</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="256" />
        <source>has more than %1 dates in the months MentorDesk reads</source>
        <translation>tem mais de %1 datas nos meses que o MentorDesk lê</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="273" />
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="288" />
        <source>this is not an iCalendar file</source>
        <translation>este não é um arquivo iCalendar</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsReader.cpp" line="370" />
        <source>brings the file over %1 busy times in the months MentorDesk reads</source>
        <translation>faz o arquivo ultrapassar %1 horários ocupados nos meses que o MentorDesk lê</translation>
    </message>
</context>
<context>
    <name>md::IcsSyntaxChecker</name>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="36" />
        <source>expected a property name, found “%1”</source>
        <translation>era esperado um nome de propriedade, mas foi encontrado “%1”</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="43" />
        <source>a parameter of %1 has no name or no “=”</source>
        <translation>um parâmetro de %1 não tem nome ou “=”</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="51" />
        <source>a quoted parameter value of %1 is not closed</source>
        <translation>um valor de parâmetro entre aspas de %1 não foi fechado</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="73" />
        <source>expected “:” after %1</source>
        <translation>era esperado “:” depois de %1</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="104" />
        <source>“%1” is not a valid date and time</source>
        <translation>“%1” não é uma data e hora válida</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="109" />
        <source>“%1” is not a valid date (YYYYMMDD)</source>
        <translation>“%1” não é uma data válida (AAAAMMDD)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="110" />
        <source>“%1” is not a valid date and time (YYYYMMDDTHHMMSS)</source>
        <translation>“%1” não é uma data e hora válida (AAAAMMDDTHHMMSS)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="120" />
        <source>“%1” in %2 is not a valid date or time</source>
        <translation>“%1” em %2 não é uma data ou hora válida</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="131" />
        <source>the repeat rule “%1” cannot be read</source>
        <translation>a regra de repetição “%1” não pode ser lida</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="132" />
        <source>the duration “%1” cannot be read</source>
        <translation>a duração “%1” não pode ser lida</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="139" />
        <source>“%1” is not a UTC offset (+HHMM)</source>
        <translation>“%1” não é um deslocamento UTC (+HHMM)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="153" />
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="158" />
        <source>The calendar file is %1 MiB; MentorDesk reads calendar files of up to %2 MiB.</source>
        <translation>O arquivo de calendário tem %1 MiB; o MentorDesk lê arquivos de calendário de até %2 MiB.</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="172" />
        <source>line</source>
        <translation>linha</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="175" />
        <source>the %1 of the event on line %2</source>
        <translation>o campo %1 do evento na linha %2</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="176" />
        <source>this %1</source>
        <translation>este campo %1</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="178" />
        <source>%1 is longer than the %2 KiB MentorDesk reads in one line</source>
        <translation>%1 ultrapassa os %2 KiB que o MentorDesk lê em uma linha</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="196" />
        <source>the file holds a NUL byte</source>
        <translation>o arquivo contém um byte NUL</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="220" />
        <source>a continuation line with nothing to continue</source>
        <translation>uma linha de continuação sem nada para continuar</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="242" />
        <source>the file is empty</source>
        <translation>o arquivo está vazio</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="251" />
        <source>text after the end of the calendar (END:VCALENDAR)</source>
        <translation>texto após o fim do calendário (END:VCALENDAR)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="254" />
        <source>a calendar file starts with BEGIN:VCALENDAR</source>
        <translation>um arquivo de calendário começa com BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="259" />
        <source>BEGIN without a component name</source>
        <translation>BEGIN sem nome de componente</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="269" />
        <source>END:%1 does not close BEGIN:%2 from line %3</source>
        <translation>END:%1 não fecha o BEGIN:%2 da linha %3</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="274" />
        <source>the event that starts here has no start time (DTSTART)</source>
        <translation>o evento que começa aqui não tem horário de início (DTSTART)</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsSyntaxChecker.cpp" line="288" />
        <source>the file ends before END:%1 (opened on line %2)</source>
        <translation>o arquivo termina antes de END:%1 (aberto na linha %2)</translation>
    </message>
</context>
<context>
    <name>md::IcsWriter</name>
    <message>
        <location filename="../core/ics/IcsWriter.cpp" line="208" />
        <source>Mentoring session</source>
        <translation>Sessão de mentoria</translation>
    </message>
    <message>
        <location filename="../core/ics/IcsWriter.cpp" line="209" />
        <source>Mentoring: %1</source>
        <translation>Mentoria: %1</translation>
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
        <translation>&amp;Escolher arquivo…</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="33" />
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="45" />
        <source>Preview</source>
        <translation>Visualizar</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="56" />
        <source>Duplicates (same email, or same name without one):</source>
        <translation>Duplicados (mesmo e-mail ou, sem e-mail, mesmo nome):</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="63" />
        <source>&amp;Skip</source>
        <translation>&amp;Pular</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.ui" line="73" />
        <source>&amp;Merge into the existing client</source>
        <translation>&amp;Mesclar com o cliente existente</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="77" />
        <source>Choose a CSV or vCard file exported from your contacts or a spreadsheet.</source>
        <translation>Escolha um arquivo CSV ou vCard exportado dos seus contatos ou de uma planilha.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="79" />
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="97" />
        <source>Contacts (*.csv *.vcf *.vcard *.txt);;CSV files (*.csv);;vCard files (*.vcf *.vcard)</source>
        <translation>Contatos (*.csv *.vcf *.vcard *.txt);;Arquivos CSV (*.csv);;Arquivos vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="114" />
        <source>The file is larger than %1 MB.</source>
        <translation>O arquivo tem mais de %1 MB.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="116" />
        <source>Could not read the file: %1</source>
        <translation>Não foi possível ler o arquivo: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="151" />
        <source>… and %n more.</source>
        <translation>
            <numerusform>… e mais %n.</numerusform>
            <numerusform>… e mais %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="190" />
        <source>%1 to add, %2 to merge, %3 to skip.</source>
        <translation>%1 a adicionar, %2 a mesclar, %3 a pular.</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportClientsDialog.cpp" line="205" />
        <source>Imported from %1: %2 added, %3 merged, %4 skipped.</source>
        <translation>Importado de %1: %2 adicionados, %3 mesclados, %4 pulados.</translation>
    </message>
</context>
<context>
    <name>md::ImportPreviewModel</name>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="41" />
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="43" />
        <source>Merge (%1)</source>
        <translation>Mesclar (%1)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="45" />
        <source>Skip (%1)</source>
        <translation>Pular (%1)</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="56" />
        <source>Line</source>
        <translation>Linha</translation>
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
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../ui/clients/ImportPreviewModel.cpp" line="64" />
        <source>What happens</source>
        <translation>O que acontece</translation>
    </message>
</context>
<context>
    <name>md::ImportedContact</name>
    <message>
        <location filename="../core/import/ImportedContact.cpp" line="29" />
        <source>Other e-mail: %1</source>
        <translation>Outro e-mail: %1</translation>
    </message>
    <message>
        <location filename="../core/import/ImportedContact.cpp" line="32" />
        <source>Other phone: %1</source>
        <translation>Outro telefone: %1</translation>
    </message>
</context>
<context>
    <name>md::Invoice</name>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="53" />
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="55" />
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="57" />
        <source>Partially paid</source>
        <translation>Parcialmente paga</translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="59" />
        <source>Paid</source>
        <translation>Paga</translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="61" />
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../core/billing/Invoice.cpp" line="63" />
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>md::InvoiceCsvExporter</name>
    <message>
        <location filename="../core/export/InvoiceCsvExporter.cpp" line="107" />
        <source>Could not create the folder %1.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
</context>
<context>
    <name>md::InvoiceEditorDialog</name>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="6" />
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="30" />
        <source>New invoice</source>
        <translation>Nova fatura</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="30" />
        <source>Edit draft invoice</source>
        <translation>Editar rascunho de fatura</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="53" />
        <source>Add line</source>
        <translation>Adicionar linha</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="63" />
        <source>Add held sessions</source>
        <translation>Adicionar sessões realizadas</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="60" />
        <source>Adds the client's held sessions that are not billed yet and not paid by a package.</source>
        <translation>Adiciona as sessões realizadas do cliente que ainda não foram faturadas nem pagas por um pacote.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="17" />
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="70" />
        <source>From price list</source>
        <translation>Da tabela de preços</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="110" />
        <source>&amp;Notes:</source>
        <translation>&amp;Observações:</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="186" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="131" />
        <source>Single sessions added to Billing › Price list appear here.</source>
        <translation>As sessões avulsas adicionadas em Faturamento › Tabela de preços aparecem aqui.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="132" />
        <source>Adds a line priced from the price list.</source>
        <translation>Adiciona uma linha com preço da tabela de preços.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="77" />
        <source>Remove line</source>
        <translation>Remover linha</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="91" />
        <source>&amp;Tax of the line:</source>
        <translation>&amp;Imposto da linha:</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="101" />
        <source>The tax rate of the selected line, from the business settings.</source>
        <translation>A alíquota da linha selecionada, conforme as configurações do negócio.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="129" />
        <source>Printed under the lines (optional)</source>
        <translation>Impresso abaixo das linhas (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="166" />
        <source>Save draft</source>
        <translation>Salvar rascunho</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="179" />
        <source>Save and issue…</source>
        <translation>Salvar e emitir…</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.ui" line="176" />
        <source>Gives the invoice its number. An issued invoice can no longer be changed, only cancelled by a credit note.</source>
        <translation>Atribui o número à fatura. Uma fatura emitida não pode mais ser alterada, apenas cancelada por uma nota de crédito.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="268" />
        <source>This client has no held sessions left to bill.</source>
        <translation>Este cliente não tem mais sessões realizadas a faturar.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="189" />
        <source>This draft was deleted elsewhere. Copy what you need; it can no longer be saved.</source>
        <translation>Este rascunho foi excluído em outro lugar. Copie o que precisar; ele não pode mais ser salvo.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="193" />
        <source>This invoice was issued elsewhere as %1 and can no longer be changed.</source>
        <translation>Esta fatura foi emitida em outro lugar como %1 e não pode mais ser alterada.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="196" />
        <source>This draft was changed elsewhere. Saving replaces those changes with yours.</source>
        <translation>Este rascunho foi alterado em outro lugar. Ao salvar, essas alterações serão substituídas pelas suas.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="272" />
        <source>Add sessions</source>
        <translation>Adicionar sessões</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="275" />
        <source>Set the session price…</source>
        <translation>Definir o preço da sessão…</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="285" />
        <source>Mentoring session</source>
        <translation>Sessão de mentoria</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="323" />
        <source>Net – · Tax – · Total –</source>
        <translation>Líquido – · Imposto – · Total –</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="339" />
        <source>%1 % on %2: %3</source>
        <translation>%1 % sobre %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="358" />
        <source>Net %1 · Tax %2 · Total %3</source>
        <translation>Líquido %1 · Imposto %2 · Total %3</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="398" />
        <source>Issue invoice</source>
        <translation>Emitir fatura</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceEditorDialog.cpp" line="399" />
        <source>Issue this invoice for %1?

It gets the next invoice number and can no longer be changed afterwards; mistakes are corrected with a credit note.</source>
        <translation>Emitir esta fatura para %1?

Ela recebe o próximo número de fatura e não poderá mais ser alterada; erros são corrigidos com uma nota de crédito.</translation>
    </message>
</context>
<context>
    <name>md::InvoiceLinesModel</name>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="125" />
        <source>Line %1 needs a description.</source>
        <translation>A linha %1 precisa de uma descrição.</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="128" />
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="234" />
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="236" />
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="238" />
        <source>Unit price (%1)</source>
        <translation>Preço unitário (%1)</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="240" />
        <source>Tax %</source>
        <translation>Imposto %</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceLinesModel.cpp" line="242" />
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>md::InvoiceListModel</name>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="193" />
        <location filename="../ui/billing/InvoiceListModel.cpp" line="231" />
        <source>Draft %1</source>
        <translation>Rascunho %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="194" />
        <location filename="../ui/billing/InvoiceListModel.cpp" line="231" />
        <source>%1 (credit note)</source>
        <translation>%1 (nota de crédito)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/InvoiceListModel.cpp" line="201" />
        <location filename="../ui/billing/InvoiceListModel.cpp" line="225" />
        <source>Overdue (%n day(s))</source>
        <translation>
            <numerusform>Vencida (%n dia)</numerusform>
            <numerusform>Vencida (%n dias)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="203" />
        <location filename="../ui/billing/InvoiceListModel.cpp" line="225" />
        <source>Credit note</source>
        <translation>Nota de crédito</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="239" />
        <source>Number</source>
        <translation>Número</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="247" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="249" />
        <source>Outstanding</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <location filename="../ui/billing/InvoiceListModel.cpp" line="251" />
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
</context>
<context>
    <name>md::InvoiceMath</name>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="41" />
        <source>"%1" is not a quantity (write a number such as 1 or 1.5, with at most three decimals, not zero).</source>
        <translation>"%1" não é uma quantidade (escreva um número diferente de zero, como 1 ou 1,5, com no máximo três casas decimais).</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="62" />
        <source>"%1" is not a tax rate (write a percentage between 0 and 100 such as 19 or 7.5).</source>
        <translation>"%1" não é uma alíquota (escreva um percentual entre 0 e 100, como 5 ou 2,5).</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="80" />
        <source>A line's quantity must be between 0.001 and 1,000,000.</source>
        <translation>A quantidade de uma linha deve estar entre 0,001 e 1.000.000.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="82" />
        <source>A line's unit price is too large.</source>
        <translation>O preço unitário de uma linha é alto demais.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceMath.cpp" line="85" />
        <source>A tax rate must be between 0 and 100 percent.</source>
        <translation>Uma alíquota deve estar entre 0 e 100 por cento.</translation>
    </message>
</context>
<context>
    <name>md::InvoiceNumberPattern</name>
    <message>
        <location filename="../core/billing/InvoiceNumberPattern.cpp" line="27" />
        <source>The invoice number pattern pads to at most 9 digits.</source>
        <translation>O formato de numeração das faturas completa no máximo 9 dígitos.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceNumberPattern.cpp" line="36" />
        <source>The invoice number pattern "%1" has an unknown {token}; use {YYYY}, {YY} and {NNNN}.</source>
        <translation>O formato de numeração das faturas "%1" tem um {token} desconhecido; use {YYYY}, {YY} e {NNNN}.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceNumberPattern.cpp" line="41" />
        <source>The invoice number pattern "%1" needs a year ({YYYY} or {YY}) and exactly one sequence number ({NNNN}), because numbering restarts every year.</source>
        <translation>O formato de numeração das faturas "%1" precisa de um ano ({YYYY} ou {YY}) e de exatamente um número sequencial ({NNNN}), porque a numeração reinicia a cada ano.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceNumberPattern.cpp" line="48" />
        <source>The invoice number pattern "%1" is too long or holds a \ or ".</source>
        <translation>O formato de numeração das faturas "%1" é longo demais ou contém \ ou ".</translation>
    </message>
</context>
<context>
    <name>md::InvoicePdfRenderer</name>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="107" />
        <source>Tax ID %1</source>
        <translation>CNPJ/CPF %1</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="113" />
        <source>Draft invoice %1.pdf</source>
        <translation>Rascunho de fatura %1.pdf</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="116" />
        <source>Credit note %1.pdf</source>
        <translation>Nota de crédito %1.pdf</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="116" />
        <source>Invoice %1.pdf</source>
        <translation>Fatura %1.pdf</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="139" />
        <source>Credit note</source>
        <translation>Nota de crédito</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="140" />
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="143" />
        <source>DRAFT – not a valid invoice</source>
        <translation>RASCUNHO – não é uma fatura válida</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="145" />
        <source>Credit note no.</source>
        <translation>Nota de crédito nº</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="146" />
        <source>Invoice no.</source>
        <translation>Fatura nº</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="148" />
        <source>(draft)</source>
        <translation>(rascunho)</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="149" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="154" />
        <source>Due date</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="159" />
        <source>Corrects invoice</source>
        <translation>Corrige a fatura</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="162" />
        <source>Tax ID</source>
        <translation>CNPJ/CPF</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="163" />
        <source>BILL TO</source>
        <translation>FATURAR PARA</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="167" />
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="168" />
        <source>Qty</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="170" />
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="171" />
        <source>Tax</source>
        <translation>Imposto</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="172" />
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="197" />
        <source>Subtotal (net)</source>
        <translation>Subtotal (líquido)</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="206" />
        <source>Tax %1 % on %2</source>
        <translation>Imposto %1 % sobre %2</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="214" />
        <source>Total tax</source>
        <translation>Total de impostos</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="220" />
        <source>Total credited</source>
        <translation>Total creditado</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="221" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="233" />
        <source>Paid / credit applied</source>
        <translation>Pago / crédito aplicado</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="235" />
        <source>Paid and credited</source>
        <translation>Pago e creditado</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="236" />
        <source>Cancelled by credit note</source>
        <translation>Cancelada por nota de crédito</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="238" />
        <source>Balance due</source>
        <translation>Saldo devedor</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="245" />
        <source>PAYMENT</source>
        <translation>PAGAMENTO</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="255" />
        <source>The amount of %1 is credited to your account or refunded.</source>
        <translation>O valor de %1 será creditado na sua conta ou reembolsado.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="260" />
        <source>Nothing is to be paid or refunded: the invoice is cancelled.</source>
        <translation>Nada a pagar ou reembolsar: a fatura foi cancelada.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="265" />
        <source>Nothing is due: this invoice has been cancelled by a credit note.</source>
        <translation>Nada a pagar: esta fatura foi cancelada por uma nota de crédito.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="268" />
        <source>Nothing is due: this invoice has been paid.</source>
        <translation>Nada a pagar: esta fatura foi paga.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="273" />
        <source>the invoice number</source>
        <translation>o número da fatura</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="276" />
        <source>Please transfer %1 by %2, quoting %3.</source>
        <translation>Por favor, transfira %1 até %2, informando %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="279" />
        <source>Please transfer %1 within %n day(s), quoting %2.</source>
        <translation>
            <numerusform>Por favor, transfira %1 em até %n dia, informando %2.</numerusform>
            <numerusform>Por favor, transfira %1 em até %n dias, informando %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="285" />
        <source>Account holder</source>
        <translation>Titular da conta</translation>
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
        <translation>Obrigado pela confiança.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="333" />
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="339" />
        <source>The invoice has no lines to print.</source>
        <translation>A fatura não tem linhas para imprimir.</translation>
    </message>
    <message>
        <location filename="../core/export/InvoicePdfRenderer.cpp" line="300" />
        <source>CANCELLATION POLICY</source>
        <translation>POLÍTICA DE CANCELAMENTO</translation>
    </message>
</context>
<context>
    <name>md::InvoiceReadiness</name>
    <message>
        <location filename="../core/billing/InvoiceReadiness.cpp" line="12" />
        <source>your name</source>
        <translation>seu nome</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceReadiness.cpp" line="14" />
        <source>your address</source>
        <translation>seu endereço</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceReadiness.cpp" line="16" />
        <source>your tax number</source>
        <translation>seu CNPJ/CPF</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceReadiness.cpp" line="18" />
        <source>%1's billing address</source>
        <translation>o endereço de faturamento de %1</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceReadiness.cpp" line="20" />
        <source>your bank details</source>
        <translation>seus dados bancários</translation>
    </message>
</context>
<context>
    <name>md::InvoiceRecipient</name>
    <message>
        <location filename="../core/billing/InvoiceRecipient.cpp" line="10" />
        <source>Choose a client.</source>
        <translation>Escolha um cliente.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/InvoiceRecipient.cpp" line="14" />
        <source>The billing name is longer than %n character(s).</source>
        <translation>
            <numerusform>O nome de faturamento tem mais de %n caractere.</numerusform>
            <numerusform>O nome de faturamento tem mais de %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/InvoiceRecipient.cpp" line="18" />
        <source>The address has more than %n line(s).</source>
        <translation>
            <numerusform>O endereço tem mais de %n linha.</numerusform>
            <numerusform>O endereço tem mais de %n linhas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/InvoiceRecipient.cpp" line="22" />
        <source>An address line is longer than %n character(s).</source>
        <translation>
            <numerusform>Uma linha do endereço tem mais de %n caractere.</numerusform>
            <numerusform>Uma linha do endereço tem mais de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceRecipient.cpp" line="30" />
        <source>'%1' is not a tax id: use letters, digits, spaces, '.', '/' or '-', at most %2 characters.</source>
        <translation>'%1' não é um número fiscal: use letras, dígitos, espaços, '.', '/' ou '-', com no máximo %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../core/billing/InvoiceRecipient.cpp" line="37" />
        <source>'%1' is not an e-mail address.</source>
        <translation>'%1' não é um endereço de e-mail.</translation>
    </message>
</context>
<context>
    <name>md::InvoiceRecipientRepository</name>
    <message>
        <location filename="../core/storage/InvoiceRecipientRepository.cpp" line="21" />
        <location filename="../core/storage/InvoiceRecipientRepository.cpp" line="30" />
        <source>Could not read the billing address</source>
        <translation>Não foi possível ler o endereço de faturamento</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRecipientRepository.cpp" line="47" />
        <source>Could not save the billing address</source>
        <translation>Não foi possível salvar o endereço de faturamento</translation>
    </message>
</context>
<context>
    <name>md::InvoiceRepository</name>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="24" />
        <source>Choose the client to invoice.</source>
        <translation>Escolha o cliente a faturar.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="27" />
        <source>"%1" is not an ISO 4217 currency code.</source>
        <translation>"%1" não é um código de moeda ISO 4217.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="30" />
        <source>A credit note must refer to the invoice it corrects.</source>
        <translation>Uma nota de crédito deve se referir à fatura que corrige.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="32" />
        <source>Only a credit note refers to an invoice.</source>
        <translation>Somente uma nota de crédito se refere a uma fatura.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="35" />
        <source>Every line needs a description.</source>
        <translation>Cada linha precisa de uma descrição.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="47" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="71" />
        <source>Could not save the invoice lines</source>
        <translation>Não foi possível salvar as linhas da fatura</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="86" />
        <source>Could not save the invoice totals</source>
        <translation>Não foi possível salvar os totais da fatura</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="114" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="169" />
        <source>Could not save the invoice</source>
        <translation>Não foi possível salvar a fatura</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="151" />
        <source>Invoice %1 has been issued and can no longer be changed. Issue a credit note to correct it.</source>
        <translation>A fatura %1 foi emitida e não pode mais ser alterada. Emita uma nota de crédito para corrigi-la.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="181" />
        <source>Invoice %1 has been issued and cannot be deleted. Issue a credit note to cancel it.</source>
        <translation>A fatura %1 foi emitida e não pode ser excluída. Emita uma nota de crédito para cancelá-la.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="188" />
        <source>Could not delete the draft</source>
        <translation>Não foi possível excluir o rascunho</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="204" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="221" />
        <source>Could not read the invoice lines</source>
        <translation>Não foi possível ler as linhas da fatura</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="101" />
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="108" />
        <source>Could not read the invoices</source>
        <translation>Não foi possível ler as faturas</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="129" />
        <source>There is no invoice with id %1.</source>
        <translation>Não existe fatura com o id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="202" />
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="214" />
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="223" />
        <location filename="../core/storage/InvoiceRepositoryReads.cpp" line="230" />
        <source>Could not read the revenue</source>
        <translation>Não foi possível ler a receita</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="230" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="234" />
        <source>Could not read the invoice numbers</source>
        <translation>Não foi possível ler os números das faturas</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="324" />
        <source>Invoice %1 has already been issued.</source>
        <translation>A fatura %1 já foi emitida.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="241" />
        <source>An invoice needs at least one line.</source>
        <translation>Uma fatura precisa de pelo menos uma linha.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="245" />
        <source>An invoice cannot have a negative total; issue a credit note instead.</source>
        <translation>Uma fatura não pode ter total negativo; emita uma nota de crédito.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="249" />
        <source>A credit note cannot have a positive total.</source>
        <translation>Uma nota de crédito não pode ter total positivo.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="252" />
        <source>The due date cannot be before the issue date.</source>
        <translation>A data de vencimento não pode ser anterior à data de emissão.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="271" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="277" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="282" />
        <source>Could not number the invoice</source>
        <translation>Não foi possível numerar a fatura</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="301" />
        <source>Could not issue the invoice</source>
        <translation>Não foi possível emitir a fatura</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="303" />
        <source>The invoice was issued meanwhile.</source>
        <translation>A fatura foi emitida nesse meio-tempo.</translation>
    </message>
    <message>
        <location filename="../core/storage/InvoiceRepository.cpp" line="340" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="345" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="368" />
        <location filename="../core/storage/InvoiceRepository.cpp" line="373" />
        <source>Could not read what was billed</source>
        <translation>Não foi possível ler o que foi faturado</translation>
    </message>
</context>
<context>
    <name>md::IssueNotice</name>
    <message>
        <location filename="../ui/billing/IssueNotice.cpp" line="34" />
        <source>your details under Billing › Settings › Your name and address</source>
        <translation>seus dados em Faturamento › Configurações › Seu nome e endereço</translation>
    </message>
    <message>
        <location filename="../ui/billing/IssueNotice.cpp" line="38" />
        <source>the bank details under Billing › Settings › Business settings</source>
        <translation>os dados bancários em Faturamento › Configurações › Configurações do negócio</translation>
    </message>
    <message>
        <location filename="../ui/billing/IssueNotice.cpp" line="41" />
        <source>the client's address with Billing details… on the client's page</source>
        <translation>o endereço do cliente com Dados de faturamento… na página do cliente</translation>
    </message>
    <message>
        <location filename="../ui/billing/IssueNotice.cpp" line="43" />
        <source>

The invoice will not show %1. An issued invoice cannot be changed, so set %2 first if it needs them.</source>
        <translation>

A fatura não mostrará %1. Uma fatura emitida não pode ser alterada; por isso, defina primeiro %2 se ela precisar deles.</translation>
    </message>
</context>
<context>
    <name>md::KeyStore</name>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="28" />
        <source>The keychain holds no key for this workspace, or it is locked.</source>
        <translation>O chaveiro do sistema não tem nenhuma chave para este espaço de trabalho, ou está bloqueado.</translation>
    </message>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="33" />
        <source>The keychain is locked or refused access.</source>
        <translation>O chaveiro do sistema está bloqueado ou recusou o acesso.</translation>
    </message>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="37" />
        <source>No keychain is available on this computer.</source>
        <translation>Nenhum chaveiro do sistema está disponível neste computador.</translation>
    </message>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="40" />
        <source>The keychain of this computer did not answer.</source>
        <translation>O chaveiro do sistema deste computador não respondeu.</translation>
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
        <translation>&amp;Criar espaço de trabalho…</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="38" />
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Abrir espaço de trabalho…</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="69" />
        <source>MentorDesk is locked</source>
        <translation>O MentorDesk está bloqueado</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="69" />
        <source>No workspace open</source>
        <translation>Nenhum espaço de trabalho aberto</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="71" />
        <source>Your client records are encrypted and closed. Unlock with your passphrase or your recovery key.

%1</source>
        <translation>Os registros dos seus clientes estão criptografados e fechados. Desbloqueie com sua frase-senha ou sua chave de recuperação.

%1</translation>
    </message>
    <message>
        <location filename="../ui/LockedPage.cpp" line="74" />
        <source>Create a new encrypted workspace for your client records, or open one you already have.</source>
        <translation>Crie um novo espaço de trabalho criptografado para os registros dos seus clientes ou abra um que você já tenha.</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162" />
        <source>&amp;New Client</source>
        <translation>&amp;Novo cliente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169" />
        <source>&amp;Import Clients…</source>
        <translation>&amp;Importar clientes…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175" />
        <source>&amp;Export Workspace…</source>
        <translation>&amp;Exportar espaço de trabalho…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180" />
        <source>Exported the workspace (not encrypted) into %1.</source>
        <translation>Espaço de trabalho exportado (sem criptografia) para %1.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186" />
        <source>Calendar &amp;Account…</source>
        <translation>Conta de a&amp;genda…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191" />
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Abrir espaço de trabalho…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196" />
        <source>Change &amp;Passphrase…</source>
        <translation>Alterar &amp;frase-senha…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="200" />
        <source>New &amp;Recovery Key…</source>
        <translation>Nova &amp;chave de recuperação…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204" />
        <source>&amp;Back Up Now</source>
        <translation>Fazer &amp;backup agora</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208" />
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurar do backup…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212" />
        <source>&amp;Lock</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="217" />
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="223" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225" />
        <source>&amp;Find</source>
        <translation>&amp;Pesquisar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235" />
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferências…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249" />
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263" />
        <source>&amp;Compact Sidebar</source>
        <translation>Barra lateral &amp;compacta</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268" />
        <source>Show the areas as icons only, to give the page more room</source>
        <translation>Mostrar as áreas apenas como ícones, para dar mais espaço à página</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="271" />
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="272" />
        <source>&amp;User Guide</source>
        <translation>&amp;Guia do usuário</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="277" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="281" />
        <source>&amp;About MentorDesk</source>
        <translation>&amp;Sobre o MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="285" />
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="410" />
        <source>Workspace folder</source>
        <translation>Pasta do espaço de trabalho</translation>
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
        <translation>Sobre o MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="491" />
        <source>&lt;h3&gt;MentorDesk %1&lt;/h3&gt;&lt;p&gt;Clients, engagements, agreements, sessions and billing for independent mentors, kept in an encrypted workspace on your own computer.&lt;/p&gt;&lt;p&gt;Encryption: SQLCipher with a random 256-bit key; your passphrase protects it with Argon2id.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MentorDesk %1&lt;/h3&gt;&lt;p&gt;Clientes, acompanhamentos, acordos, sessões e faturamento para mentores independentes, guardados em um espaço de trabalho criptografado no seu próprio computador.&lt;/p&gt;&lt;p&gt;Criptografia: SQLCipher com uma chave aleatória de 256 bits, protegida pela sua frase-senha com Argon2id.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>md::MentorLetterhead</name>
    <message>
        <location filename="../core/export/MentorLetterhead.cpp" line="24" />
        <source>Tax ID %1</source>
        <translation>CNPJ/CPF %1</translation>
    </message>
</context>
<context>
    <name>md::MentorProfileDialog</name>
    <message>
        <location filename="../ui/agreements/MentorProfileDialog.cpp" line="14" />
        <source>Mentor profile</source>
        <translation>Perfil do mentor</translation>
    </message>
</context>
<context>
    <name>md::MentorProfilePage</name>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="188" />
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="203" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imagens (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="199" />
        <source>Choose &amp;logo…</source>
        <translation>Escolher &amp;logotipo…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="206" />
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="236" />
        <source>Load from &amp;image…</source>
        <translation>Carregar de &amp;imagem…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="243" />
        <source>C&amp;lear</source>
        <translation>Lim&amp;par</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="34" />
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="19" />
        <source>Your profile was changed elsewhere while you were editing it. Saving replaces that change with what you see here.</source>
        <translation>Seu perfil foi alterado em outro lugar enquanto você o editava. Ao salvar, essa alteração será substituída pelo que você vê aqui.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="47" />
        <source>&amp;Business name:</source>
        <translation>Nome da empre&amp;sa:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="60" />
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="77" />
        <source>&amp;Tax ID:</source>
        <translation>&amp;CNPJ/CPF:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="90" />
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="103" />
        <source>&amp;Phone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="116" />
        <source>&amp;Documents in:</source>
        <translation>&amp;Documentos em:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="126" />
        <source>The language of your own documents, and of the documents of every client without a language of their own</source>
        <translation>O idioma dos seus próprios documentos e dos de cada cliente que não tem um idioma próprio</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="133" />
        <source>Co&amp;untry:</source>
        <translation>P&amp;aís:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="145" />
        <source>The country of your business: it decides the legal wording of a small-business exemption on your invoices</source>
        <translation>O país da sua empresa: define o texto legal da isenção nas suas faturas</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="158" />
        <source>The two-letter ISO code of the country, such as NL</source>
        <translation>O código ISO de duas letras do país, como BR</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="174" />
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="222" />
        <source>Stored signature:</source>
        <translation>Assinatura guardada:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.ui" line="9" />
        <source>Agreements show these details in the letterhead and the parties. The stored signature can be used when you sign on screen. Everything stays in the encrypted workspace.</source>
        <translation>Os acordos mostram estes dados no timbre e na qualificação das partes. A assinatura guardada pode ser usada quando você assina na tela. Tudo fica no espaço de trabalho criptografado.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="120" />
        <source>Same as the interface (%1)</source>
        <translation>Igual ao da interface (%1)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="123" />
        <source>From your IBAN or VAT number</source>
        <translation>Conforme seu IBAN ou número fiscal</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="125" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="126" />
        <source>Other…</source>
        <translation>Outro…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="168" />
        <source>Enter the two-letter code of your country, such as NL.</source>
        <translation>Informe o código de duas letras do seu país, como BR.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="171" />
        <source>"%1" is not a country code (two letters, such as NL).</source>
        <translation>"%1" não é um código de país (duas letras, como BR).</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="182" />
        <source>No logo</source>
        <translation>Sem logotipo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="187" />
        <source>Choose a logo</source>
        <translation>Escolha um logotipo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="193" />
        <source>Could not read %1.</source>
        <translation>Não foi possível ler %1.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/MentorProfilePage.cpp" line="202" />
        <source>Choose an image of your signature</source>
        <translation>Escolha uma imagem da sua assinatura</translation>
    </message>
</context>
<context>
    <name>md::MentorProfileRepository</name>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="54" />
        <location filename="../core/storage/MentorProfileRepository.cpp" line="72" />
        <source>Could not read the mentor profile</source>
        <translation>Não foi possível ler o perfil do mentor</translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="77" />
        <source>The logo image is too large (at most 2 MB).</source>
        <translation>A imagem do logotipo é grande demais (no máximo 2 MB).</translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="78" />
        <source>The logo image could not be read. Use a PNG or JPEG file.</source>
        <translation>Não foi possível ler a imagem do logotipo. Use um arquivo PNG ou JPEG.</translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="82" />
        <source>The signature image is too large (at most 2 MB).</source>
        <translation>A imagem da assinatura é grande demais (no máximo 2 MB).</translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="83" />
        <source>The signature image could not be read. Use a PNG or JPEG file.</source>
        <translation>Não foi possível ler a imagem da assinatura. Use um arquivo PNG ou JPEG.</translation>
    </message>
    <message>
        <location filename="../core/storage/MentorProfileRepository.cpp" line="98" />
        <source>Could not save the mentor profile</source>
        <translation>Não foi possível salvar o perfil do mentor</translation>
    </message>
</context>
<context>
    <name>md::Migrator</name>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="60" />
        <source>This workspace was saved by a newer version of MentorDesk (data format %1; this version knows up to %2). Update MentorDesk to open it. Nothing was changed.</source>
        <translation>Este espaço de trabalho foi salvo por uma versão mais recente do MentorDesk (formato de dados %1; esta versão conhece até o %2). Atualize o MentorDesk para abri-lo. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="71" />
        <source>Could not update the workspace to data format %1: %2</source>
        <translation>Não foi possível atualizar o espaço de trabalho para o formato de dados %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="87" />
        <source>Could not update the workspace to data format %1 (%2): %3</source>
        <translation>Não foi possível atualizar o espaço de trabalho para o formato de dados %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>md::Money</name>
    <message>
        <location filename="../core/billing/Money.cpp" line="45" />
        <source>"%1" is not an ISO 4217 currency code.</source>
        <translation>"%1" não é um código de moeda ISO 4217.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/billing/Money.cpp" line="52" />
        <source>"%1" is not an amount in %2 (write it like %3, with at most %n decimal(s) and no thousands separators).</source>
        <translation>
            <numerusform>"%1" não é um valor em %2 (escreva como %3, com no máximo %n casa decimal e sem separador de milhar).</numerusform>
            <numerusform>"%1" não é um valor em %2 (escreva como %3, com no máximo %n casas decimais e sem separador de milhar).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/billing/Money.cpp" line="90" />
        <source>"%1" is not an amount (write it like %2).</source>
        <translation>"%1" não é um valor (escreva como %2).</translation>
    </message>
</context>
<context>
    <name>md::MonthView</name>
    <message>
        <location filename="../ui/calendar/MonthView.cpp" line="21" />
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location filename="../ui/calendar/MonthView.cpp" line="171" />
        <source>+%1 more</source>
        <translation>+%1 mais</translation>
    </message>
    <message>
        <location filename="../ui/calendar/MonthView.cpp" line="194" />
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <location filename="../ui/calendar/MonthView.cpp" line="278" />
        <source>All day</source>
        <translation>Dia inteiro</translation>
    </message>
</context>
<context>
    <name>md::MoveFlow</name>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="30" />
        <location filename="../ui/pipeline/MoveFlow.cpp" line="36" />
        <location filename="../ui/pipeline/MoveFlow.cpp" line="86" />
        <source>Move Engagement</source>
        <translation>Mover acompanhamento</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="37" />
        <source>"%1" cannot move from "%2" to "%3". Engagements move one stage forward at a time, or back where rework makes sense.</source>
        <translation>"%1" não pode passar de "%2" para "%3". Os acompanhamentos avançam uma etapa por vez, ou voltam quando faz sentido refazer algo.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="48" />
        <source>Move Engagement Back</source>
        <translation>Voltar acompanhamento</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="49" />
        <source>Why does "%1" go back from "%2" to "%3"? The reason is recorded in the timeline.</source>
        <translation>Por que "%1" volta de "%2" para "%3"? O motivo é registrado na linha do tempo.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="57" />
        <source>Close Engagement Early</source>
        <translation>Encerrar acompanhamento antecipadamente</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="58" />
        <source>Why does "%1" close early? The reason is kept with the engagement.</source>
        <translation>Por que "%1" está sendo encerrado antecipadamente? O motivo fica registrado no acompanhamento.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="66" />
        <source>End Engagement</source>
        <translation>Encerrar acompanhamento</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/MoveFlow.cpp" line="67" />
        <source>How did "%1" go? This note is kept as its outcome (optional).</source>
        <translation>Como foi "%1"? Esta observação fica registrada como resultado (opcional).</translation>
    </message>
</context>
<context>
    <name>md::NeedListModel</name>
    <message>
        <location filename="../ui/pipeline/NeedListModel.cpp" line="124" />
        <source>Need</source>
        <translation>Necessidade</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedListModel.cpp" line="126" />
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedListModel.cpp" line="128" />
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedListModel.cpp" line="130" />
        <source>Profile links</source>
        <translation>Vínculos com o perfil</translation>
    </message>
</context>
<context>
    <name>md::NeedRepository</name>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="78" />
        <location filename="../core/storage/NeedRepository.cpp" line="110" />
        <source>Could not save the need</source>
        <translation>Não foi possível salvar a necessidade</translation>
    </message>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="123" />
        <location filename="../core/storage/NeedRepository.cpp" line="126" />
        <source>Could not read the need</source>
        <translation>Não foi possível ler a necessidade</translation>
    </message>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="127" />
        <source>There is no need with id %1.</source>
        <translation>Não existe necessidade com o id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="140" />
        <location filename="../core/storage/NeedRepository.cpp" line="145" />
        <source>Could not read the needs</source>
        <translation>Não foi possível ler as necessidades</translation>
    </message>
    <message>
        <location filename="../core/storage/NeedRepository.cpp" line="158" />
        <source>Could not delete the need</source>
        <translation>Não foi possível excluir a necessidade</translation>
    </message>
</context>
<context>
    <name>md::NeedsTab</name>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="56" />
        <source>What the mentee needs, in their words.</source>
        <translation>O que o mentorado precisa, nas palavras dele.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="75" />
        <source>&amp;Need:</source>
        <translation>&amp;Necessidade:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="76" />
        <source>&amp;Category:</source>
        <translation>&amp;Categoria:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="77" />
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridade:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="78" />
        <source>Builds on &amp;strengths:</source>
        <translation>Apoia-se nos pontos &amp;fortes:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="79" />
        <source>Addresses &amp;weaknesses:</source>
        <translation>Trata os pontos fr&amp;acos:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="83" />
        <source>&amp;New Need</source>
        <translation>No&amp;va necessidade</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="83" />
        <source>&amp;Save Need</source>
        <translation>&amp;Salvar necessidade</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="83" />
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="223" />
        <source>Saved the need.</source>
        <translation>Necessidade salva.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="230" />
        <source>Delete Need</source>
        <translation>Excluir necessidade</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NeedsTab.cpp" line="231" />
        <source>Delete this need? Goals linked to it lose the link.</source>
        <translation>Excluir esta necessidade? As metas vinculadas a ela perdem o vínculo.</translation>
    </message>
</context>
<context>
    <name>md::NewAgreementDialog</name>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="6" />
        <source>New agreement</source>
        <translation>Novo acordo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="126" />
        <source>Ends on</source>
        <translation>Termina em</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="30" />
        <source>&amp;Engagement:</source>
        <translation>&amp;Acompanhamento:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="17" />
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="43" />
        <source>This client has no engagement yet: start one here</source>
        <translation>Este cliente ainda não tem acompanhamento: inicie um aqui</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="49" />
        <source>T&amp;itle:</source>
        <translation>T&amp;ítulo:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="59" />
        <source>e.g. Stepping into a first leadership role</source>
        <translation>por exemplo, Assumir a primeira posição de liderança</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="66" />
        <source>&amp;Starts on:</source>
        <translation>&amp;Começa em:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="92" />
        <source>Start &amp;engagement</source>
        <translation>Iniciar acompanha&amp;mento</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="104" />
        <source>&amp;Template:</source>
        <translation>M&amp;odelo:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="117" />
        <source>End date:</source>
        <translation>Data de término:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="163" />
        <source>Open mentor &amp;profile…</source>
        <translation>Abrir o &amp;perfil do mentor…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="170" />
        <source>Go to the c&amp;lient</source>
        <translation>Ir para o c&amp;liente</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.ui" line="177" />
        <source>Go to the e&amp;ngagement</source>
        <translation>Ir para o acompa&amp;nhamento</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.cpp" line="32" />
        <source>&amp;Generate draft</source>
        <translation>&amp;Gerar rascunho</translation>
    </message>
    <message>
        <location filename="../ui/agreements/NewAgreementDialog.cpp" line="95" />
        <source>There is no client yet. Add the client on the Clients page first: an agreement is made with a client, for an engagement.</source>
        <translation>Ainda não há nenhum cliente. Adicione primeiro o cliente na página Clientes: um acordo é feito com um cliente, para um acompanhamento.</translation>
    </message>
</context>
<context>
    <name>md::NewEngagementDialog</name>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="6" />
        <source>New Engagement</source>
        <translation>Novo acompanhamento</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="37" />
        <source>e.g. First steps as a team lead</source>
        <translation>por exemplo, Primeiros passos como líder de equipe</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="71" />
        <source>Not decided</source>
        <translation>Não definido</translation>
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
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="61" />
        <source>Planned s&amp;essions:</source>
        <translation>S&amp;essões previstas:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="84" />
        <source>C&amp;adence:</source>
        <translation>&amp;Frequência:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.ui" line="97" />
        <source>&amp;Format:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.cpp" line="37" />
        <source>Add a client first (Clients page).</source>
        <translation>Adicione primeiro um cliente (página Clientes).</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/NewEngagementDialog.cpp" line="39" />
        <source>&amp;Start Engagement</source>
        <translation>&amp;Iniciar acompanhamento</translation>
    </message>
</context>
<context>
    <name>md::NewPassphraseWidget</name>
    <message>
        <location filename="../ui/security/NewPassphraseWidget.cpp" line="32" />
        <source>Passphrase strength</source>
        <translation>Força da frase-senha</translation>
    </message>
    <message>
        <location filename="../ui/security/NewPassphraseWidget.cpp" line="57" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase-senha:</translation>
    </message>
    <message>
        <location filename="../ui/security/NewPassphraseWidget.cpp" line="59" />
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repita a frase-senha:</translation>
    </message>
    <message>
        <location filename="../ui/security/NewPassphraseWidget.cpp" line="143" />
        <source>The passphrases do not match.</source>
        <translation>As frases-senha não coincidem.</translation>
    </message>
</context>
<context>
    <name>md::NewRecoveryKeyDialog</name>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="23" />
        <source>New Recovery Key</source>
        <translation>Nova chave de recuperação</translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="29" />
        <source>A new recovery key replaces the current one, which then no longer opens this workspace. Do this when the old key may have been seen by someone else, or is lost.

MentorDesk re-encrypts the workspace under the new key; your passphrase stays the same.</source>
        <translation>Uma nova chave de recuperação substitui a atual, que deixa de abrir este espaço de trabalho. Faça isso quando a chave antiga puder ter sido vista por outra pessoa ou tiver sido perdida.

O MentorDesk criptografa novamente o espaço de trabalho com a nova chave; sua frase-senha continua a mesma.</translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="42" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase-senha:</translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="59" />
        <source>&amp;Create New Key</source>
        <translation>&amp;Criar nova chave</translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="121" />
        <source>The passphrase is not correct.</source>
        <translation>A frase-senha não está correta.</translation>
    </message>
    <message>
        <location filename="../ui/security/NewRecoveryKeyDialog.cpp" line="131" />
        <source>&amp;Done</source>
        <translation>Concluí&amp;do</translation>
    </message>
</context>
<context>
    <name>md::Offering</name>
    <message>
        <location filename="../core/billing/Offering.cpp" line="35" />
        <source>Single session</source>
        <translation>Sessão avulsa</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="37" />
        <source>Package</source>
        <translation>Pacote</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="39" />
        <source>Monthly retainer</source>
        <translation>Mensalidade</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="50" />
        <source>Give the price-list entry a name.</source>
        <translation>Dê um nome ao item da tabela de preços.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="52" />
        <source>The price has no valid currency.</source>
        <translation>O preço não tem uma moeda válida.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="54" />
        <source>The price must be zero or more.</source>
        <translation>O preço deve ser zero ou mais.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="57" />
        <source>A tax rate must be between 0 and 100 percent.</source>
        <translation>Uma alíquota deve estar entre 0 e 100 por cento.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="60" />
        <source>A package includes between 1 and 1000 sessions.</source>
        <translation>Um pacote inclui de 1 a 1000 sessões.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="63" />
        <source>A package is valid for 0 (no expiry) to 120 months.</source>
        <translation>Um pacote tem validade de 0 (sem vencimento) a 120 meses.</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="68" />
        <source>%1 of %2 used</source>
        <translation>%1 de %2 usadas</translation>
    </message>
    <message>
        <location filename="../core/billing/Offering.cpp" line="73" />
        <source>%1, valid until %2</source>
        <translation>%1, válido até %2</translation>
    </message>
</context>
<context>
    <name>md::OfferingDialog</name>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="6" />
        <location filename="../ui/billing/OfferingDialog.cpp" line="18" />
        <source>New price-list entry</source>
        <translation>Novo item da tabela de preços</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.cpp" line="18" />
        <source>Edit price-list entry</source>
        <translation>Editar item da tabela de preços</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.cpp" line="26" />
        <source>&amp;Price before tax (%1):</source>
        <translation>&amp;Preço sem impostos (%1):</translation>
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
        <translation>&amp;Preço sem impostos:</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="56" />
        <source>&amp;Tax rate (%):</source>
        <translation>&amp;Alíquota (%):</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="69" />
        <source>&amp;Sessions in the package:</source>
        <translation>&amp;Sessões no pacote:</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="89" />
        <source>&amp;Valid for (months):</source>
        <translation>&amp;Validade (meses):</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="99" />
        <source>no expiry</source>
        <translation>sem vencimento</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingDialog.ui" line="109" />
        <source>Offered</source>
        <translation>Oferecido</translation>
    </message>
</context>
<context>
    <name>md::OfferingListModel</name>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="132" />
        <source>%1 (inactive)</source>
        <translation>%1 (inativa)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/OfferingListModel.cpp" line="142" />
        <source>%n session(s), valid %1 months</source>
        <translation>
            <numerusform>%n sessão, válida por %1 meses</numerusform>
            <numerusform>%n sessões, válidas por %1 meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/OfferingListModel.cpp" line="144" />
        <source>%n session(s), no expiry</source>
        <translation>
            <numerusform>%n sessão, sem vencimento</numerusform>
            <numerusform>%n sessões, sem vencimento</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="146" />
        <source>per month</source>
        <translation>por mês</translation>
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
        <translation>Preço</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="164" />
        <source>Tax %</source>
        <translation>Imposto %</translation>
    </message>
    <message>
        <location filename="../ui/billing/OfferingListModel.cpp" line="166" />
        <source>Terms</source>
        <translation>Condições</translation>
    </message>
</context>
<context>
    <name>md::OfferingRepository</name>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="64" />
        <location filename="../core/storage/OfferingRepository.cpp" line="79" />
        <source>Could not save the price-list entry</source>
        <translation>Não foi possível salvar o item da tabela de preços</translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="82" />
        <location filename="../core/storage/OfferingRepository.cpp" line="105" />
        <source>There is no price-list entry with id %1.</source>
        <translation>Não existe item da tabela de preços com o id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="91" />
        <source>Could not delete the price-list entry</source>
        <translation>Não foi possível excluir o item da tabela de preços</translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="100" />
        <location filename="../core/storage/OfferingRepository.cpp" line="103" />
        <location filename="../core/storage/OfferingRepository.cpp" line="115" />
        <location filename="../core/storage/OfferingRepository.cpp" line="120" />
        <location filename="../core/storage/OfferingRepository.cpp" line="131" />
        <location filename="../core/storage/OfferingRepository.cpp" line="134" />
        <source>Could not read the price list</source>
        <translation>Não foi possível ler a tabela de preços</translation>
    </message>
    <message>
        <location filename="../core/storage/OfferingRepository.cpp" line="137" />
        <source>The price list has no %1 entry.</source>
        <translation>A tabela de preços não tem item do tipo %1.</translation>
    </message>
</context>
<context>
    <name>md::OverdueInvoiceModel</name>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="305" />
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="307" />
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="309" />
        <source>Outstanding</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="311" />
        <source>Days overdue</source>
        <translation>Dias de atraso</translation>
    </message>
</context>
<context>
    <name>md::PackageCredits</name>
    <message>
        <location filename="../core/billing/PackageCredits.cpp" line="80" />
        <source>Could not read the session's engagement</source>
        <translation>Não foi possível ler o acompanhamento da sessão</translation>
    </message>
    <message>
        <location filename="../core/billing/PackageCredits.cpp" line="91" />
        <source>Could not read the client's packages</source>
        <translation>Não foi possível ler os pacotes do cliente</translation>
    </message>
    <message>
        <location filename="../core/billing/PackageCredits.cpp" line="103" />
        <source>Could not read the packages</source>
        <translation>Não foi possível ler os pacotes</translation>
    </message>
</context>
<context>
    <name>md::PackageListModel</name>
    <message>
        <location filename="../ui/billing/PackageListModel.cpp" line="58" />
        <source> (expired)</source>
        <translation> (vencido)</translation>
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
        <translation>Escolha o acompanhamento a que o pacote se destina.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="61" />
        <source>Describe the package.</source>
        <translation>Descreva o pacote.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="63" />
        <source>A package includes at least one session.</source>
        <translation>Um pacote inclui pelo menos uma sessão.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="65" />
        <source>The package needs a valid price.</source>
        <translation>O pacote precisa de um preço válido.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="67" />
        <source>Enter the date of the sale.</source>
        <translation>Digite a data da venda.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="70" />
        <source>A package cannot expire before it was sold.</source>
        <translation>Um pacote não pode vencer antes de ter sido vendido.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="89" />
        <source>Could not record the package sale</source>
        <translation>Não foi possível registrar a venda do pacote</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="108" />
        <location filename="../core/storage/PackageRepository.cpp" line="125" />
        <location filename="../core/storage/PackageRepository.cpp" line="128" />
        <source>Could not read the package</source>
        <translation>Não foi possível ler o pacote</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="111" />
        <source>This package was already used or billed and cannot be removed.</source>
        <translation>Este pacote já foi usado ou faturado e não pode ser removido.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="116" />
        <source>Could not remove the package</source>
        <translation>Não foi possível remover o pacote</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="130" />
        <source>There is no package sale with id %1.</source>
        <translation>Não existe venda de pacote com o id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="146" />
        <location filename="../core/storage/PackageRepository.cpp" line="156" />
        <source>Could not read the packages</source>
        <translation>Não foi possível ler os pacotes</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="165" />
        <location filename="../core/storage/PackageRepository.cpp" line="168" />
        <source>Could not read the engagement</source>
        <translation>Não foi possível ler o acompanhamento</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="170" />
        <source>There is no engagement with id %1.</source>
        <translation>Não existe acompanhamento com o id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="181" />
        <location filename="../core/storage/PackageRepository.cpp" line="186" />
        <source>Could not read the engagements</source>
        <translation>Não foi possível ler os acompanhamentos</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="222" />
        <location filename="../core/storage/PackageRepository.cpp" line="243" />
        <source>Could not read the sessions</source>
        <translation>Não foi possível ler as sessões</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="270" />
        <location filename="../core/storage/PackageRepository.cpp" line="281" />
        <source>Could not read the package credits</source>
        <translation>Não foi possível ler os créditos do pacote</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="287" />
        <source>Could not update the package credits</source>
        <translation>Não foi possível atualizar os créditos do pacote</translation>
    </message>
    <message>
        <location filename="../core/storage/PackageRepository.cpp" line="317" />
        <source>Could not use a package credit</source>
        <translation>Não foi possível usar um crédito do pacote</translation>
    </message>
</context>
<context>
    <name>md::PaperSigningDialog</name>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="36" />
        <source>Signed on paper: %1</source>
        <translation>Assinado em papel: %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="38" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="42" />
        <source>Attach the scan of the paper original that both of you signed by hand. MentorDesk keeps the scan as you attach it and does not check the signatures on it: look at the preview to see that it is this agreement (fingerprint %1 in its footer), signed by both of you.</source>
        <translation>Anexe a digitalização do original em papel que vocês dois assinaram à mão. O MentorDesk guarda a digitalização como você a anexa e não verifica as assinaturas nela: confira na visualização se é este acordo (impressão digital %1 no rodapé), assinado por ambos.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="53" />
        <source>No scan chosen yet</source>
        <translation>Nenhuma digitalização escolhida ainda</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="54" />
        <source>&amp;Choose scan…</source>
        <translation>&amp;Escolher digitalização…</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="66" />
        <source>The scan's first page shows here.</source>
        <translation>A primeira página da digitalização aparece aqui.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="78" />
        <source>&amp;Scan:</source>
        <translation>&amp;Digitalização:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="81" />
        <source>Signed by &amp;hand on:</source>
        <translation>Assinado à &amp;mão em:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="84" />
        <source>Once recorded, %1 can no longer be changed: the scan and the agreement's PDF are sealed with this workspace's key. A change later needs an amendment.</source>
        <translation>Depois de registrado, %1 não poderá mais ser alterado: a digitalização e o PDF do acordo são selados com a chave deste espaço de trabalho. Uma alteração posterior exige um aditivo.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="97" />
        <source>&amp;Record and freeze</source>
        <translation>&amp;Registrar e congelar</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="119" />
        <source>Choose the scan of the signed paper</source>
        <translation>Escolha a digitalização do papel assinado</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="123" />
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Digitalizações (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="123" />
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/PaperSigningDialog.cpp" line="137" />
        <source>Could not read %1.</source>
        <translation>Não foi possível ler %1.</translation>
    </message>
</context>
<context>
    <name>md::PassphraseSlot</name>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="81" />
        <source>The workspace file holds a passphrase entry MentorDesk cannot read.</source>
        <translation>O arquivo do espaço de trabalho contém uma entrada de frase-senha que o MentorDesk não consegue ler.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="86" />
        <source>The workspace file asks for a passphrase check MentorDesk does not accept (Argon2id with %1 passes over %2 KiB; allowed are %3 to %4 passes over %5 KiB to %6 MiB). The file may have been damaged or altered: unlock with the recovery key, which sets it right.</source>
        <translation>O arquivo do espaço de trabalho pede uma verificação de frase-senha que o MentorDesk não aceita (Argon2id com %1 passagens sobre %2 KiB; são permitidas de %3 a %4 passagens sobre %5 KiB a %6 MiB). O arquivo pode ter sido danificado ou adulterado: desbloqueie com a chave de recuperação, que o corrige.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="110" />
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Memória insuficiente para derivar a chave da frase-senha.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="149" />
        <source>The stored key entry is damaged.</source>
        <translation>A entrada de chave armazenada está danificada.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseSlot.cpp" line="162" />
        <source>The passphrase is not correct.</source>
        <translation>A frase-senha não está correta.</translation>
    </message>
</context>
<context>
    <name>md::PassphraseStrength</name>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="55" />
        <source>Use at least 10 characters. Several unrelated words make a passphrase that is both strong and easy to remember.</source>
        <translation>Use pelo menos 10 caracteres. Várias palavras sem relação entre si formam uma frase-senha forte e fácil de lembrar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/security/PassphraseStrength.cpp" line="57" />
        <source>Too short: use at least 10 characters (%n so far).</source>
        <translation>
            <numerusform>Curta demais: use pelo menos 10 caracteres (até agora, %n).</numerusform>
            <numerusform>Curta demais: use pelo menos 10 caracteres (até agora, %n).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="59" />
        <source>Strength: weak. Add more words, or mix upper and lower case, digits and symbols.</source>
        <translation>Força: fraca. Adicione mais palavras ou misture maiúsculas e minúsculas, dígitos e símbolos.</translation>
    </message>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="62" />
        <source>Strength: fair. A few more characters or another word would make it much harder to guess.</source>
        <translation>Força: razoável. Alguns caracteres a mais ou outra palavra a tornariam muito mais difícil de adivinhar.</translation>
    </message>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="65" />
        <source>Strength: good.</source>
        <translation>Força: boa.</translation>
    </message>
    <message>
        <location filename="../ui/security/PassphraseStrength.cpp" line="67" />
        <source>Strength: strong.</source>
        <translation>Força: forte.</translation>
    </message>
</context>
<context>
    <name>md::Payment</name>
    <message>
        <location filename="../core/billing/Payment.cpp" line="34" />
        <source>Bank transfer</source>
        <translation>Transferência bancária</translation>
    </message>
    <message>
        <location filename="../core/billing/Payment.cpp" line="36" />
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <location filename="../core/billing/Payment.cpp" line="38" />
        <source>Cash</source>
        <translation>Dinheiro</translation>
    </message>
    <message>
        <location filename="../core/billing/Payment.cpp" line="40" />
        <source>Other</source>
        <translation>Outro</translation>
    </message>
</context>
<context>
    <name>md::PaymentDialog</name>
    <message>
        <location filename="../ui/billing/PaymentDialog.cpp" line="18" />
        <source>Record payment for %1</source>
        <translation>Registrar pagamento de %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="90" />
        <source>Bank reference or receipt number</source>
        <translation>Referência bancária ou número do recibo</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="17" />
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="27" />
        <source>Outstanding:</source>
        <translation>Em aberto:</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="37" />
        <source>&amp;Amount:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="50" />
        <source>Received &amp;on:</source>
        <translation>Recebido &amp;em:</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="67" />
        <source>&amp;Method:</source>
        <translation>&amp;Forma:</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.ui" line="80" />
        <source>&amp;Reference:</source>
        <translation>&amp;Referência:</translation>
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
        <translation>Registrar pagamento</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.cpp" line="22" />
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Valor (%1):</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.cpp" line="70" />
        <source>%1 more than is owed: it becomes %2's credit and is used by the next invoice.</source>
        <translation>%1 a mais do que o devido: vira crédito de %2 e é usado na próxima fatura.</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.cpp" line="75" />
        <source>A partial payment: %1 stays open.</source>
        <translation>Pagamento parcial: %1 continua em aberto.</translation>
    </message>
    <message>
        <location filename="../ui/billing/PaymentDialog.cpp" line="77" />
        <source>Pays the invoice in full.</source>
        <translation>Quita a fatura integralmente.</translation>
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
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="85" />
        <source>Method</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="87" />
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="89" />
        <source>Invoices</source>
        <translation>Faturas</translation>
    </message>
</context>
<context>
    <name>md::PaymentRepository</name>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="24" />
        <source>Choose the client who paid.</source>
        <translation>Escolha o cliente que pagou.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="26" />
        <source>A payment must be more than zero.</source>
        <translation>Um pagamento deve ser maior que zero.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="28" />
        <source>The payment has no valid currency.</source>
        <translation>O pagamento não tem uma moeda válida.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="30" />
        <source>Enter the date the payment was received.</source>
        <translation>Digite a data em que o pagamento foi recebido.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="33" />
        <source>A payment cannot be received in the future.</source>
        <translation>Um pagamento não pode ser recebido no futuro.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="45" />
        <location filename="../core/storage/PaymentRepository.cpp" line="48" />
        <source>Could not read the invoice</source>
        <translation>Não foi possível ler a fatura</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="50" />
        <source>Could not read what is owed</source>
        <translation>Não foi possível ler o que está em aberto</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="54" />
        <location filename="../core/storage/PaymentRepository.cpp" line="50" />
        <source>There is no invoice with id %1.</source>
        <translation>Não existe fatura com o id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="96" />
        <location filename="../core/storage/PaymentAllocations.cpp" line="114" />
        <location filename="../core/storage/PaymentAllocations.cpp" line="121" />
        <source>Could not read the client's credit</source>
        <translation>Não foi possível ler o crédito do cliente</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="184" />
        <source>Could not update the payments</source>
        <translation>Não foi possível atualizar os pagamentos</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="54" />
        <source>The invoice belongs to another client.</source>
        <translation>A fatura pertence a outro cliente.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="57" />
        <source>The payment is in %1 but the invoice in %2.</source>
        <translation>O pagamento está em %1, mas a fatura em %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="61" />
        <source>Payments can only be recorded for issued invoices.</source>
        <translation>Só é possível registrar pagamentos de faturas emitidas.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="77" />
        <location filename="../core/storage/PaymentRepository.cpp" line="76" />
        <source>Could not record the payment</source>
        <translation>Não foi possível registrar o pagamento</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="95" />
        <location filename="../core/storage/PaymentRepository.cpp" line="99" />
        <source>Could not read the open invoices</source>
        <translation>Não foi possível ler as faturas em aberto</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="126" />
        <location filename="../core/storage/PaymentRepository.cpp" line="134" />
        <source>Could not read the payment</source>
        <translation>Não foi possível ler o pagamento</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="136" />
        <source>There is no payment with id %1.</source>
        <translation>Não existe pagamento com o id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="141" />
        <source>Could not delete the payment</source>
        <translation>Não foi possível excluir o pagamento</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentRepository.cpp" line="198" />
        <location filename="../core/storage/PaymentRepository.cpp" line="221" />
        <source>Could not read the payments</source>
        <translation>Não foi possível ler os pagamentos</translation>
    </message>
    <message>
        <location filename="../core/storage/PaymentAllocations.cpp" line="150" />
        <location filename="../core/storage/PaymentAllocations.cpp" line="163" />
        <location filename="../core/storage/PaymentRepository.cpp" line="233" />
        <location filename="../core/storage/PaymentRepository.cpp" line="240" />
        <source>Could not read the payments of the invoice</source>
        <translation>Não foi possível ler os pagamentos da fatura</translation>
    </message>
</context>
<context>
    <name>md::Pipeline</name>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="20" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="43" />
        <source>Profile &amp; agreement</source>
        <translation>Perfil e acordo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="21" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="44" />
        <source>Needs</source>
        <translation>Necessidades</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="22" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="45" />
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="24" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="47" />
        <source>Action plan</source>
        <translation>Plano de ação</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="25" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="49" />
        <source>Evaluation</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="30" />
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="32" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="51" />
        <source>Maintenance</source>
        <translation>Manutenção</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="34" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="53" />
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="36" />
        <location filename="../core/pipeline/PipelineKeys.cpp" line="55" />
        <source>Closed early</source>
        <translation>Encerrado antecipadamente</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="59" />
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="61" />
        <source>Every two weeks</source>
        <translation>Quinzenal</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="62" />
        <source>Monthly</source>
        <translation>Mensal</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="67" />
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="69" />
        <source>Video call</source>
        <translation>Videochamada</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="71" />
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="73" />
        <source>Mixed</source>
        <translation>Misto</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="78" />
        <source>Skill gap</source>
        <translation>Lacuna de competências</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="80" />
        <source>Career move</source>
        <translation>Mudança de carreira</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="82" />
        <source>Promotion</source>
        <translation>Promoção</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="84" />
        <source>New role</source>
        <translation>Novo cargo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="86" />
        <source>Leadership</source>
        <translation>Liderança</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="87" />
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="91" />
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="93" />
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="94" />
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="98" />
        <source>To do</source>
        <translation>A fazer</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="99" />
        <source>Doing</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="100" />
        <source>Done</source>
        <translation>Feita</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="102" />
        <source>Dropped</source>
        <translation>Abandonada</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="107" />
        <source>Achieved</source>
        <translation>Alcançada</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="109" />
        <source>Partly achieved</source>
        <translation>Parcialmente alcançada</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="111" />
        <source>Not achieved</source>
        <translation>Não alcançada</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="116" />
        <source>Specific</source>
        <translation>Específica</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="118" />
        <source>Measurable</source>
        <translation>Mensurável</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="120" />
        <source>Attainable</source>
        <translation>Atingível</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="122" />
        <source>Relevant</source>
        <translation>Relevante</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineKeys.cpp" line="124" />
        <source>Time-bound</source>
        <translation>Temporal</translation>
    </message>
</context>
<context>
    <name>md::PipelineArea</name>
    <message>
        <location filename="../ui/pipeline/PipelineArea.cpp" line="91" />
        <source>1 engagement on the board</source>
        <translation>1 acompanhamento no quadro</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineArea.cpp" line="92" />
        <source>%1 engagements on the board</source>
        <translation>%1 acompanhamentos no quadro</translation>
    </message>
</context>
<context>
    <name>md::PipelineAreas</name>
    <message>
        <location filename="../ui/pipeline/PipelineAreas.cpp" line="17" />
        <source>Pipeline</source>
        <translation>Fluxo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineAreas.cpp" line="19" />
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
</context>
<context>
    <name>md::PipelineBoard</name>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="37" />
        <source>&amp;New Engagement</source>
        <translation>&amp;Novo acompanhamento</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="40" />
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="42" />
        <source>← &amp;Back</source>
        <translation>← &amp;Voltar</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="44" />
        <source>Move the selected engagement back a stage to rework it</source>
        <translation>Voltar o acompanhamento selecionado uma etapa para refazê-la</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="45" />
        <source>&amp;Advance →</source>
        <translation>&amp;Avançar →</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="47" />
        <source>Move the selected engagement to its next stage</source>
        <translation>Passar o acompanhamento selecionado para a próxima etapa</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="48" />
        <source>&amp;End</source>
        <translation>&amp;Encerrar</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="51" />
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="54" />
        <source>Maintenance (periodic check-ins)</source>
        <translation>Manutenção (acompanhamento periódico)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="58" />
        <source>Close Early…</source>
        <translation>Encerrar antecipadamente…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="63" />
        <source>Stale after</source>
        <translation>Parado após</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="67" />
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="70" />
        <source>Warn about engagements with no activity for this long</source>
        <translation>Avisar sobre acompanhamentos sem atividade por este tempo</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="84" />
        <source>No engagement is on the board yet. Start one with New Engagement, or from a client's page.</source>
        <translation>Ainda não há acompanhamentos no quadro. Inicie um com Novo acompanhamento ou a partir da página de um cliente.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineBoard.cpp" line="283" />
        <source>Moved to "%1".</source>
        <translation>Movido para "%1".</translation>
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
        <translation>Não foi possível ler o quadro do fluxo</translation>
    </message>
    <message>
        <location filename="../core/storage/PipelineReadModelRepository.cpp" line="116" />
        <source>Could not read the goals due soon</source>
        <translation>Não foi possível ler as metas com prazo próximo</translation>
    </message>
    <message>
        <location filename="../core/storage/PipelineReadModelRepository.cpp" line="146" />
        <source>Could not count the engagements</source>
        <translation>Não foi possível contar os acompanhamentos</translation>
    </message>
    <message>
        <location filename="../core/storage/PipelineReadModelRepository.cpp" line="173" />
        <source>Could not read the overdue actions</source>
        <translation>Não foi possível ler as ações atrasadas</translation>
    </message>
    <message>
        <location filename="../core/storage/PipelineReadModelRepository.cpp" line="201" />
        <source>Could not read the engagements</source>
        <translation>Não foi possível ler os acompanhamentos</translation>
    </message>
</context>
<context>
    <name>md::PipelineValidator</name>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="22" />
        <source>This text is too long (at most %1 characters).</source>
        <translation>Este texto é longo demais (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="29" />
        <source>Enter a number.</source>
        <translation>Digite um número.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="37" />
        <source>Choose the client of this engagement.</source>
        <translation>Escolha o cliente deste acompanhamento.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="38" />
        <source>Give the engagement a title.</source>
        <translation>Dê um título ao acompanhamento.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="41" />
        <source>The title is too long (at most %1 characters).</source>
        <translation>O título é longo demais (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="43" />
        <source>Enter the start date.</source>
        <translation>Digite a data de início.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="46" />
        <source>The planned number of sessions must be between 0 and %1.</source>
        <translation>O número de sessões previstas deve estar entre 0 e %1.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="50" />
        <source>Say why the engagement closed early.</source>
        <translation>Informe por que o acompanhamento foi encerrado antecipadamente.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="56" />
        <source>The fee per session cannot be negative or larger than an invoice line's price.</source>
        <translation>Os honorários por sessão não podem ser negativos nem maiores que o preço de um item de fatura.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="64" />
        <source>Describe the need.</source>
        <translation>Descreva a necessidade.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="71" />
        <source>Say what the goal is.</source>
        <translation>Diga qual é a meta.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="82" />
        <source>Choose the goal this value belongs to.</source>
        <translation>Escolha a meta a que este valor pertence.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="84" />
        <source>Enter the date of the measurement.</source>
        <translation>Digite a data da medição.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="93" />
        <source>Choose the goal this action serves.</source>
        <translation>Escolha a meta a que esta ação serve.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="94" />
        <source>Describe the action.</source>
        <translation>Descreva a ação.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="102" />
        <source>Choose the goal being evaluated.</source>
        <translation>Escolha a meta que está sendo avaliada.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/PipelineValidator.cpp" line="105" />
        <source>The mentee's rating is from 1 to 5.</source>
        <translation>A nota do mentorado vai de 1 a 5.</translation>
    </message>
</context>
<context>
    <name>md::PracticeRulesRepository</name>
    <message>
        <location filename="../core/storage/PracticeRulesRepository.cpp" line="18" />
        <location filename="../core/storage/PracticeRulesRepository.cpp" line="39" />
        <source>Could not read the practice settings</source>
        <translation>Não foi possível ler as configurações da prática</translation>
    </message>
    <message>
        <location filename="../core/storage/PracticeRulesRepository.cpp" line="55" />
        <source>Could not save the setting %1</source>
        <translation>Não foi possível salvar a configuração %1</translation>
    </message>
</context>
<context>
    <name>md::PreferencesDialog</name>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="6" />
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="12" />
        <source>This computer</source>
        <translation>Este computador</translation>
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
        <translation>Quando o MentorDesk não é usado por este tempo, ele é bloqueado: o espaço de trabalho é fechado, a chave é apagada da memória e a frase-senha volta a ser necessária.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="51" />
        <source>L&amp;anguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="64" />
        <source>A new language takes effect the next time MentorDesk starts.</source>
        <translation>O novo idioma passa a valer na próxima vez que o MentorDesk for iniciado.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="74" />
        <source>&amp;Colours:</source>
        <translation>Co&amp;res:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="90" />
        <source>This workspace</source>
        <translation>Este espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="99" />
        <source>&amp;Stale after:</source>
        <translation>Parado &amp;após:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="109" />
        <source> days without activity</source>
        <translation> dias sem atividade</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="116" />
        <source>&amp;Remind me:</source>
        <translation>&amp;Lembrar-me:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="126" />
        <source> min before a session</source>
        <translation> min antes de uma sessão</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="129" />
        <source>No reminders</source>
        <translation>Sem lembretes</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="136" />
        <source>&amp;Names in lists:</source>
        <translation>&amp;Nomes nas listas:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="149" />
        <source>These rules are kept in the encrypted workspace, so every computer that opens it uses the same ones.</source>
        <translation>Estas regras ficam no espaço de trabalho criptografado, então todo computador que o abrir usará as mesmas.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="162" />
        <source>Backups on this computer</source>
        <translation>Backups neste computador</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="171" />
        <source>&amp;Folder:</source>
        <translation>&amp;Pasta:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="186" />
        <source>Bro&amp;wse…</source>
        <translation>Pro&amp;curar…</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="195" />
        <source>&amp;Keep:</source>
        <translation>&amp;Manter:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="207" />
        <source> daily</source>
        <translation> diários</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="217" />
        <source> weekly</source>
        <translation> semanais</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="227" />
        <source> monthly</source>
        <translation> mensais</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="239" />
        <source>MentorDesk makes a verified backup when you lock or quit after a change, and once a day while open. A USB drive or a synced folder keeps a copy off this computer; the backups are as encrypted as the workspace.</source>
        <translation>O MentorDesk faz um backup verificado quando você bloqueia ou sai após uma alteração, e uma vez por dia enquanto está aberto. Um pen drive ou uma pasta sincronizada mantém uma cópia fora deste computador; os backups são tão criptografados quanto o espaço de trabalho.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.ui" line="21" />
        <source>&amp;Lock after inactivity:</source>
        <translation>&amp;Bloquear após inatividade:</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="47" />
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="53" />
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="54" />
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="55" />
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="59" />
        <source>Preferred name (else full name)</source>
        <translation>Nome preferido (senão, nome completo)</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="61" />
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="63" />
        <source>Which of a client's names the client list, the pipeline, the calendar, billing and search show. Agreements and invoices are not affected.</source>
        <translation>Qual dos nomes do cliente aparece na lista de clientes, no fluxo, na agenda, no faturamento e na pesquisa. Acordos e faturas não são afetados.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="86" />
        <source>Beside the workspace folder</source>
        <translation>Ao lado da pasta do espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="92" />
        <source>Backup Folder</source>
        <translation>Pasta de backup</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="109" />
        <source>Keep at least one backup: set the daily, weekly or monthly number above 0.</source>
        <translation>Mantenha pelo menos um backup: defina o número diário, semanal ou mensal acima de 0.</translation>
    </message>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="121" />
        <source>The backup folder %1 does not exist or cannot be written to. Plug in the drive or choose another folder.</source>
        <translation>A pasta de backup %1 não existe ou não permite gravação. Conecte a unidade ou escolha outra pasta.</translation>
    </message>
</context>
<context>
    <name>md::PriceListWidget</name>
    <message>
        <location filename="../ui/billing/PriceListWidget.cpp" line="44" />
        <source>Add…</source>
        <translation>Adicionar…</translation>
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
        <translation>Desativar</translation>
    </message>
    <message>
        <location filename="../ui/billing/PriceListWidget.cpp" line="89" />
        <source>Activate</source>
        <translation>Ativar</translation>
    </message>
    <message>
        <location filename="../ui/billing/PriceListWidget.cpp" line="114" />
        <source>Saved "%1".</source>
        <translation>"%1" salvo.</translation>
    </message>
</context>
<context>
    <name>md::ProfileTab</name>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="36" />
        <source>Not decided</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="47" />
        <source>e.g. package of 8 sessions, paid by the employer</source>
        <translation>por exemplo, pacote de 8 sessões, pago pelo empregador</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="50" />
        <source>Before tax. This engagement's held sessions are billed at it, whatever the price list says.</source>
        <translation>Sem impostos. As sessões realizadas deste acompanhamento são cobradas por este valor, independentemente da tabela de preços.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="54" />
        <source>Your reading of the mentee's profile before the first session: background, what stands out, questions to ask.</source>
        <translation>Sua leitura do perfil do mentorado antes da primeira sessão: histórico, o que chama a atenção, perguntas a fazer.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="59" />
        <source>Written when the engagement ends.</source>
        <translation>Escrito quando o acompanhamento termina.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="64" />
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="65" />
        <source>&amp;Start:</source>
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="66" />
        <source>Planned s&amp;essions:</source>
        <translation>S&amp;essões previstas:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="67" />
        <source>&amp;Cadence:</source>
        <translation>&amp;Frequência:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="68" />
        <source>&amp;Format:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="69" />
        <source>Fee &amp;note:</source>
        <translation>Observação sobre &amp;honorários:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="70" />
        <source>Fee per sess&amp;ion:</source>
        <translation>Honorários &amp;por sessão:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="71" />
        <source>O&amp;utcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="77" />
        <source>Prepare A&amp;greement…</source>
        <translation>Preparar a&amp;cordo…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="79" />
        <source>Generate an agreement for this engagement in the Agreements area</source>
        <translation>Gerar um acordo para este acompanhamento na área Acordos</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="86" />
        <source>The client's profile</source>
        <translation>O perfil do cliente</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="91" />
        <source>&amp;Profile-study notes:</source>
        <translation>Anotações do &amp;estudo do perfil:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="96" />
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="211" />
        <source>Background</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="212" />
        <source>Strengths</source>
        <translation>Pontos fortes</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="213" />
        <source>Weaknesses</source>
        <translation>Pontos fracos</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="214" />
        <source>Aspirations</source>
        <translation>Aspirações</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="218" />
        <source>The client's profile is empty. Fill it in on the Clients page; the needs link to its strengths and weaknesses.</source>
        <translation>O perfil do cliente está vazio. Preencha-o na página Clientes; as necessidades se vinculam aos pontos fortes e fracos dele.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="231" />
        <source>A signed agreement with confidentiality terms is on record.</source>
        <translation>Há um acordo assinado com cláusulas de confidencialidade registrado.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="233" />
        <source>Leaving this stage also needs a signed agreement with confidentiality terms (see Agreements).</source>
        <translation>Para sair desta etapa também é preciso um acordo assinado com cláusulas de confidencialidade (veja Acordos).</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProfileTab.cpp" line="278" />
        <source>Saved "%1".</source>
        <translation>"%1" salvo.</translation>
    </message>
</context>
<context>
    <name>md::ProgressChart</name>
    <message>
        <location filename="../ui/pipeline/ProgressChart.cpp" line="16" />
        <source>Progress chart</source>
        <translation>Gráfico de progresso</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProgressChart.cpp" line="41" />
        <source>Enter a baseline and a target to chart progress.</source>
        <translation>Informe um valor inicial e um alvo para acompanhar o progresso no gráfico.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/ProgressChart.cpp" line="73" />
        <source>No progress recorded yet.</source>
        <translation>Nenhum progresso registrado ainda.</translation>
    </message>
</context>
<context>
    <name>md::RecoveryKey</name>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="74" />
        <source>Group %1 of the recovery key has the letter O; a recovery key has only the digit 0 (zero).</source>
        <translation>O grupo %1 da chave de recuperação tem a letra O; uma chave de recuperação tem apenas o dígito 0 (zero).</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="79" />
        <source>Group %1 of the recovery key has the letter I or L; a recovery key has only the digit 1 (one).</source>
        <translation>O grupo %1 da chave de recuperação tem a letra I ou L; uma chave de recuperação tem apenas o dígito 1 (um).</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="84" />
        <source>Group %1 of the recovery key has a character that is not in a recovery key: it has only the digits 0-9, the letters A-F and dashes.</source>
        <translation>O grupo %1 da chave de recuperação tem um caractere que não existe em uma chave de recuperação: ela tem apenas os dígitos 0-9, as letras A-F e hifens.</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="103" />
        <source>Group %1 of the recovery key is too short: every group has four characters.</source>
        <translation>O grupo %1 da chave de recuperação é curto demais: cada grupo tem quatro caracteres.</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="108" />
        <source>Group %1 of the recovery key is too long: every group has four characters.</source>
        <translation>O grupo %1 da chave de recuperação é longo demais: cada grupo tem quatro caracteres.</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="127" />
        <source>A recovery key contains only the digits 0-9, the letters A-F and dashes.</source>
        <translation>Uma chave de recuperação contém apenas os dígitos 0-9, as letras A-F e hifens.</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="137" />
        <source>This recovery key is too long: a recovery key has 64 digits and letters (16 groups of four).</source>
        <translation>Esta chave de recuperação é longa demais: uma chave de recuperação tem 64 dígitos e letras (16 grupos de quatro).</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="141" />
        <source>A recovery key has 64 digits and letters (16 groups of four); this one has %1.</source>
        <translation>Uma chave de recuperação tem 64 dígitos e letras (16 grupos de quatro); esta tem %1.</translation>
    </message>
    <message>
        <location filename="../core/crypto/RecoveryKey.cpp" line="146" />
        <source>The recovery key could not be read.</source>
        <translation>Não foi possível ler a chave de recuperação.</translation>
    </message>
</context>
<context>
    <name>md::RecoveryKeyDocument</name>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="27" />
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="31" />
        <source>MentorDesk recovery key</source>
        <translation>Chave de recuperação do MentorDesk</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="56" />
        <source>Workspace: %1</source>
        <translation>Espaço de trabalho: %1</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="59" />
        <source>Workspace folder: %1</source>
        <translation>Pasta do espaço de trabalho: %1</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="62" />
        <source>Workspace ID: %1</source>
        <translation>ID do espaço de trabalho: %1</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="65" />
        <source>Made on: %1</source>
        <translation>Gerada em: %1</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="72" />
        <source>Keep this page somewhere safe, away from your computer. Anyone who has this key can read every client record in the workspace.</source>
        <translation>Guarde esta página em um lugar seguro, longe do seu computador. Qualquer pessoa que tenha esta chave pode ler todos os registros de clientes do espaço de trabalho.</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="79" />
        <source>In MentorDesk</source>
        <translation>No MentorDesk</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="80" />
        <source>On the unlock screen choose "Use recovery key instead" and type the key. Dashes and spaces are optional. Then set a new passphrase with File &gt; Change Passphrase.</source>
        <translation>Na tela de desbloqueio, escolha "Usar a chave de recuperação" e digite a chave. Hifens e espaços são opcionais. Depois, defina uma nova frase-senha em Arquivo &gt; Alterar frase-senha.</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="88" />
        <source>Without MentorDesk</source>
        <translation>Sem o MentorDesk</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="89" />
        <source>The database is a standard SQLCipher 3 file. Open it with the sqlcipher command-line tool:</source>
        <translation>O banco de dados é um arquivo padrão do SQLCipher 3. Abra-o com a ferramenta de linha de comando sqlcipher:</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="97" />
        <source>the 64 digits of the key without dashes</source>
        <translation>os 64 dígitos da chave sem hifens</translation>
    </message>
    <message>
        <location filename="../core/export/RecoveryKeyDocument.cpp" line="115" />
        <source>%1 · workspace %2</source>
        <translation>%1 · espaço de trabalho %2</translation>
    </message>
</context>
<context>
    <name>md::RecoveryKeyView</name>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="29" />
        <source>This recovery key opens your workspace if you forget your passphrase. It is shown only now. Print it or write it down and keep it somewhere safe, away from this computer. Anyone who has it can read your client records.</source>
        <translation>Esta chave de recuperação abre seu espaço de trabalho se você esquecer sua frase-senha. Ela é mostrada somente agora. Imprima-a ou anote-a e guarde-a em um lugar seguro, longe deste computador. Qualquer pessoa que a tenha pode ler os registros dos seus clientes.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="41" />
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="51" />
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="54" />
        <source>Copy the recovery key, to paste it into a password manager. The clipboard is cleared after a minute.</source>
        <translation>Copiar a chave de recuperação, para colá-la em um gerenciador de senhas. A área de transferência é limpa após um minuto.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="58" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Salvar como PDF…</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="61" />
        <source>Save the recovery key sheet as a PDF, for example on a USB stick you keep apart</source>
        <translation>Salvar a folha da chave de recuperação como PDF, por exemplo em um pen drive guardado em outro lugar</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="64" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="66" />
        <source>Print the recovery key sheet to keep it on paper</source>
        <translation>Imprimir a folha da chave de recuperação para guardá-la em papel</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="165" />
        <source>The recovery key is no longer shown.</source>
        <translation>A chave de recuperação não é mais exibida.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="178" />
        <source>Save Recovery Key as PDF</source>
        <translation>Salvar a chave de recuperação como PDF</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="179" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="183" />
        <source>MentorDesk recovery key.pdf</source>
        <translation>Chave de recuperação do MentorDesk.pdf</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="189" />
        <source>Save Recovery Key</source>
        <translation>Salvar a chave de recuperação</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="192" />
        <source>Saved as %1. Keep the file apart from this computer.</source>
        <translation>Salva como %1. Guarde o arquivo longe deste computador.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="203" />
        <source>Copied. MentorDesk clears the clipboard in a minute if the key is still on it.</source>
        <translation>Copiada. O MentorDesk limpa a área de transferência em um minuto se a chave ainda estiver nela.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="76" />
        <source>I have stored my recovery key somewhere safe</source>
        <translation>Guardei minha chave de recuperação em um lugar seguro</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryKeyView.cpp" line="152" />
        <location filename="../ui/security/RecoveryKeyView.cpp" line="158" />
        <source>Print Recovery Key</source>
        <translation>Imprimir chave de recuperação</translation>
    </message>
</context>
<context>
    <name>md::Recurrence</name>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="68" />
        <source>The series needs a valid first date and time.</source>
        <translation>A série precisa de uma primeira data e hora válidas.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="71" />
        <source>The repeat interval must be between 1 and 12.</source>
        <translation>O intervalo de repetição deve estar entre 1 e 12.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="76" />
        <source>A series ends either after a number of sessions or on a date.</source>
        <translation>Uma série termina após um número de sessões ou em uma data.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="79" />
        <source>A series can have at most %1 sessions.</source>
        <translation>Uma série pode ter no máximo %1 sessões.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="82" />
        <source>The series ends before its first session.</source>
        <translation>A série termina antes da primeira sessão.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="89" />
        <source>The weekday of the month must be the 1st to the 5th or the last.</source>
        <translation>O dia da semana do mês deve ser do 1º ao 5º ou o último.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="94" />
        <source>The first session is not on the weekday of the month the series repeats on.</source>
        <translation>A primeira sessão não cai no dia da semana do mês em que a série se repete.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="112" />
        <location filename="../core/scheduling/Recurrence.cpp" line="118" />
        <source>The repeat rule is not valid.</source>
        <translation>A regra de repetição não é válida.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="171" />
        <source>Every week on %1</source>
        <translation>Toda semana: %1</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="172" />
        <source>Every two weeks on %1</source>
        <translation>A cada duas semanas: %1</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="173" />
        <source>Every %1 weeks on %2</source>
        <translation>A cada %1 semanas: %2</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="176" />
        <source>Every month on day %1</source>
        <translation>Todo mês, no dia %1</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="177" />
        <source>Every %1 months on day %2</source>
        <translation>A cada %1 meses, no dia %2</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="179" />
        <source>first</source>
        <translation>primeira</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="180" />
        <source>second</source>
        <translation>segunda</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="181" />
        <source>third</source>
        <translation>terceira</translation>
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
        <translation>última</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="187" />
        <source>Every month on the %1 %2</source>
        <translation>Todo mês, %2 da %1 semana</translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="188" />
        <source>Every %1 months on the %2 %3</source>
        <translation>A cada %1 meses, %3 da %2 semana</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/scheduling/Recurrence.cpp" line="191" />
        <source>%1, %n time(s)</source>
        <translation>
            <numerusform>%1, %n vez</numerusform>
            <numerusform>%1, %n vezes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/scheduling/Recurrence.cpp" line="193" />
        <source>%1, until %2</source>
        <translation>%1, até %2</translation>
    </message>
</context>
<context>
    <name>md::RestoreDialog</name>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="6" />
        <source>Restore from Backup</source>
        <translation>Restaurar do backup</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="12" />
        <source>A restore makes a workspace from a verified backup. The copy is checked against the backup's checksums before it opens.</source>
        <translation>Uma restauração cria um espaço de trabalho a partir de um backup verificado. A cópia é conferida com os checksums do backup antes de ser aberta.</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="27" />
        <source>&amp;Backup:</source>
        <translation>&amp;Backup:</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="49" />
        <source>Other &amp;Folder…</source>
        <translation>Outra &amp;pasta…</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="65" />
        <source>Restore as:</source>
        <translation>Restaurar como:</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="72" />
        <source>A &amp;new workspace in this folder:</source>
        <translation>Um &amp;novo espaço de trabalho nesta pasta:</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="87" />
        <source>Bro&amp;wse…</source>
        <translation>Pro&amp;curar…</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="96" />
        <source>In &amp;place of the current workspace (it is moved aside, not deleted)</source>
        <translation>No &amp;lugar do espaço de trabalho atual (ele é movido, não excluído)</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="103" />
        <location filename="../ui/backup/RestoreDialog.cpp" line="49" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase-senha:</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="120" />
        <source>Use the &amp;recovery key instead</source>
        <translation>Usar a chave de &amp;recuperação</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.ui" line="127" />
        <source>The passphrase the workspace had when the backup was made, or the recovery key.</source>
        <translation>A frase-senha que o espaço de trabalho tinha quando o backup foi feito, ou a chave de recuperação.</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="28" />
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="49" />
        <source>&amp;Recovery key:</source>
        <translation>Chave de &amp;recuperação:</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="84" />
        <source>%1 (automatic)</source>
        <translation>%1 (automático)</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="89" />
        <source>There is no verified backup in %1. Choose the folder that holds your backups.</source>
        <translation>Não há backup verificado em %1. Escolha a pasta que contém seus backups.</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="97" />
        <source>Folder with Backups</source>
        <translation>Pasta com backups</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="104" />
        <source>Folder for the Restored Workspace</source>
        <translation>Pasta para o espaço de trabalho restaurado</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="117" />
        <source>%1 MB, verified, in %2</source>
        <translation>%1 MB, verificado, em %2</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="144" />
        <source>%1 already holds a workspace. Choose a new or empty folder.</source>
        <translation>%1 já contém um espaço de trabalho. Escolha uma pasta nova ou vazia.</translation>
    </message>
</context>
<context>
    <name>md::RevenueModel</name>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="142" />
        <source>Year %1</source>
        <translation>Ano %1</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="161" />
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="163" />
        <source>Net</source>
        <translation>Líquido</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="165" />
        <source>Tax</source>
        <translation>Imposto</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="167" />
        <source>Invoiced</source>
        <translation>Faturado</translation>
    </message>
    <message>
        <location filename="../ui/billing/BillingReportModels.cpp" line="169" />
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
</context>
<context>
    <name>md::RichTextEditor</name>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="44" />
        <source>Bold</source>
        <translation>Negrito</translation>
    </message>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="49" />
        <source>Italic</source>
        <translation>Itálico</translation>
    </message>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="52" />
        <source>Heading</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="54" />
        <source>Paragraph</source>
        <translation>Parágrafo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="56" />
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../ui/agreements/RichTextEditor.cpp" line="68" />
        <source>Insert placeholder</source>
        <translation>Inserir marcador</translation>
    </message>
</context>
<context>
    <name>md::ScanPreview</name>
    <message>
        <location filename="../ui/agreements/ScanPreview.cpp" line="17" />
        <source>No preview of PDF files on this computer (pdftoppm from poppler-utils is not installed). Open the file yourself to check it before you attach it.</source>
        <translation>Não há visualização de arquivos PDF neste computador (o pdftoppm, do poppler-utils, não está instalado). Abra o arquivo você mesmo para conferi-lo antes de anexá-lo.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/ScanPreview.cpp" line="28" />
        <source>Could not prepare the preview of the PDF.</source>
        <translation>Não foi possível preparar a visualização do PDF.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/ScanPreview.cpp" line="39" />
        <location filename="../ui/agreements/ScanPreview.cpp" line="44" />
        <source>The PDF could not be shown: it may be damaged or protected.</source>
        <translation>Não foi possível exibir o PDF: ele pode estar danificado ou protegido.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/ScanPreview.cpp" line="58" />
        <source>This file is neither a PDF nor a PNG or JPEG image.</source>
        <translation>Este arquivo não é um PDF nem uma imagem PNG ou JPEG.</translation>
    </message>
</context>
<context>
    <name>md::SchedulingService</name>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="45" />
        <source>A session belongs to an engagement.</source>
        <translation>Uma sessão pertence a um acompanhamento.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="47" />
        <source>A session needs a start date and time.</source>
        <translation>Uma sessão precisa de data e hora de início.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="50" />
        <location filename="../core/scheduling/SchedulingService.cpp" line="339" />
        <source>A session lasts between 1 minute and 24 hours.</source>
        <translation>Uma sessão dura entre 1 minuto e 24 horas.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="59" />
        <source>The session on %1 has not begun yet: it can be marked "%2" once it has started. Until then it stays planned.</source>
        <translation>A sessão de %1 ainda não começou: ela pode ser marcada como "%2" depois de iniciada. Até lá, continua planejada.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="67" />
        <source>A session cannot have been cancelled in the future: give the time the cancellation came, or leave it to be now.</source>
        <translation>Uma sessão não pode ter sido cancelada no futuro: informe o horário em que o cancelamento chegou, ou deixe como agora.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="173" />
        <location filename="../core/scheduling/SchedulingService.cpp" line="268" />
        <source>This session has not been saved yet.</source>
        <translation>Esta sessão ainda não foi salva.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="336" />
        <source>A series belongs to an engagement.</source>
        <translation>Uma série pertence a um acompanhamento.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingService.cpp" line="344" />
        <source>This series has no sessions.</source>
        <translation>Esta série não tem sessões.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingServiceCalendar.cpp" line="30" />
        <source>The buffer must be between 0 and 1440 minutes.</source>
        <translation>O intervalo deve estar entre 0 e 1440 minutos.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingServiceCalendar.cpp" line="34" />
        <source>Working hours must end after they start.</source>
        <translation>O horário de trabalho deve terminar depois de começar.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingServiceCalendar.cpp" line="65" />
        <source>Busy times need the name of their source.</source>
        <translation>Os horários ocupados precisam do nome da sua origem.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SchedulingServiceCalendar.cpp" line="127" />
        <source>Choose a client to export.</source>
        <translation>Escolha um cliente para exportar.</translation>
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
        <translation>Pesquisar em tudo (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchController.cpp" line="28" />
        <source>Search the workspace</source>
        <translation>Pesquisar no espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchController.cpp" line="34" />
        <source>Search</source>
        <translation>Pesquisa</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchController.cpp" line="47" />
        <source>Search &amp;Everything</source>
        <translation>Pesquisar em &amp;tudo</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchController.cpp" line="68" />
        <source>“%1” is no longer there.</source>
        <translation>“%1” não existe mais.</translation>
    </message>
</context>
<context>
    <name>md::SearchRepository</name>
    <message>
        <location filename="../core/storage/SearchRepository.cpp" line="129" />
        <location filename="../core/storage/SearchRepository.cpp" line="165" />
        <source>Could not search the workspace</source>
        <translation>Não foi possível pesquisar no espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../core/storage/SearchRepository.cpp" line="223" />
        <source>Could not rebuild the search index</source>
        <translation>Não foi possível reconstruir o índice de pesquisa</translation>
    </message>
    <message>
        <location filename="../core/storage/SearchRepository.cpp" line="227" />
        <source>Could not tidy the search index</source>
        <translation>Não foi possível organizar o índice de pesquisa</translation>
    </message>
</context>
<context>
    <name>md::SearchResultsPage</name>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="37" />
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="58" />
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="60" />
        <source>Engagements</source>
        <translation>Acompanhamentos</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="62" />
        <source>Needs</source>
        <translation>Necessidades</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="64" />
        <source>SMART goals</source>
        <translation>Metas SMART</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="66" />
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="68" />
        <source>Evaluations</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="70" />
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="72" />
        <source>Agreements</source>
        <translation>Acordos</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="74" />
        <source>Invoices</source>
        <translation>Faturas</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="82" />
        <source>Session on %1 at %2 · %3</source>
        <translation>Sessão em %1 às %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="86" />
        <source>Draft invoice</source>
        <translation>Rascunho de fatura</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="88" />
        <source>Evaluation of “%1”</source>
        <translation>Avaliação de “%1”</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="91" />
        <location filename="../ui/search/SearchResultsPage.cpp" line="96" />
        <source>(archived)</source>
        <translation>(arquivado)</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="98" />
        <source>Private note</source>
        <translation>Anotação privada</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsPage.cpp" line="109" />
        <source>Nothing matches “%1”. Try fewer or shorter words.</source>
        <translation>Nada corresponde a “%1”. Tente menos palavras ou palavras mais curtas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/SearchResultsPage.cpp" line="112" />
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n resultado para “%1”</numerusform>
            <numerusform>%n resultados para “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::SearchService</name>
    <message>
        <location filename="../core/search/SearchService.cpp" line="40" />
        <source>The number of results must be between 1 and %1.</source>
        <translation>O número de resultados deve estar entre 1 e %1.</translation>
    </message>
</context>
<context>
    <name>md::SellPackageDialog</name>
    <message>
        <location filename="../ui/billing/SellPackageDialog.ui" line="6" />
        <source>Sell package</source>
        <translation>Vender pacote</translation>
    </message>
    <message>
        <location filename="../ui/billing/SellPackageDialog.ui" line="15" />
        <source>&amp;Engagement:</source>
        <translation>&amp;Acompanhamento:</translation>
    </message>
    <message>
        <location filename="../ui/billing/SellPackageDialog.ui" line="28" />
        <source>&amp;Package:</source>
        <translation>Pa&amp;cote:</translation>
    </message>
    <message>
        <location filename="../ui/billing/SellPackageDialog.ui" line="41" />
        <source>The engagement gets the package's sessions as credits, and an invoice draft bills the price. If the client paid elsewhere, delete the draft: the credits stay.</source>
        <translation>O acompanhamento recebe as sessões do pacote como créditos, e um rascunho de fatura cobra o preço. Se o cliente pagou de outra forma, exclua o rascunho: os créditos permanecem.</translation>
    </message>
</context>
<context>
    <name>md::SeriesPlanner</name>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="137" />
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="152" />
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="262" />
        <source>The session is not part of this series.</source>
        <translation>A sessão não faz parte desta série.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="139" />
        <source>A session needs a duration.</source>
        <translation>Uma sessão precisa de uma duração.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="142" />
        <source>A session lasts between 1 minute and 24 hours.</source>
        <translation>Uma sessão dura entre 1 minuto e 24 horas.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="144" />
        <source>The new start time is not valid.</source>
        <translation>O novo horário de início não é válido.</translation>
    </message>
    <message>
        <location filename="../core/scheduling/SeriesPlanner.cpp" line="264" />
        <source>A session that was held cannot be skipped.</source>
        <translation>Uma sessão realizada não pode ser pulada.</translation>
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
        <translation>Videochamada</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="24" />
        <location filename="../core/scheduling/Session.cpp" line="37" />
        <source>Phone call</source>
        <translation>Ligação telefônica</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="142" />
        <location filename="../core/scheduling/Session.cpp" line="75" />
        <source>Planned</source>
        <translation>Planejada</translation>
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
        <translation>Cancelada pelo cliente</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="148" />
        <location filename="../core/scheduling/Session.cpp" line="81" />
        <source>Cancelled by the mentor</source>
        <translation>Cancelada pelo mentor</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryText.cpp" line="150" />
        <location filename="../core/scheduling/Session.cpp" line="83" />
        <source>No-show</source>
        <translation>Não comparecimento</translation>
    </message>
</context>
<context>
    <name>md::SessionEditFlow</name>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="19" />
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="28" />
        <source>Session saved.</source>
        <translation>Sessão salva.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="23" />
        <source>Cancel which sessions of the series?</source>
        <translation>Cancelar quais sessões da série?</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="24" />
        <source>Change which sessions of the series?</source>
        <translation>Alterar quais sessões da série?</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="29" />
        <source>Sessions saved.</source>
        <translation>Sessões salvas.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="58" />
        <source>Session moved.</source>
        <translation>Sessão movida.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="62" />
        <source>Move which sessions of the series?</source>
        <translation>Mover quais sessões da série?</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditFlow.cpp" line="73" />
        <source>Conflicts could not be checked: %1</source>
        <translation>Não foi possível verificar os conflitos: %1</translation>
    </message>
</context>
<context>
    <name>md::SessionEditorDialog</name>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="27" />
        <source>&amp;Engagement:</source>
        <translation>&amp;Acompanhamento:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="40" />
        <source>&amp;Start:</source>
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="94" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="84" />
        <source>&amp;Duration:</source>
        <translation>&amp;Duração:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="125" />
        <source>Place, video link or phone number</source>
        <translation>Local, link de vídeo ou número de telefone</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="110" />
        <source>&amp;Format:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="134" />
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="151" />
        <source>o&amp;n</source>
        <translation>e&amp;m</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="195" />
        <source>after</source>
        <translation>após</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="200" />
        <source>until</source>
        <translation>até</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="208" />
        <source> sessions</source>
        <translation> sessões</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="179" />
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="260" />
        <source>What you plan to cover</source>
        <translation>O que você planeja abordar</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="247" />
        <source>&amp;Agenda:</source>
        <translation>&amp;Pauta:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="21" />
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="293" />
        <source>Only for you: never in a summary, export or calendar file</source>
        <translation>Só para você: nunca em um resumo, exportação ou arquivo de calendário</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="313" />
        <source>Appears in the summary for your mentee</source>
        <translation>Aparece no resumo para o seu mentorado</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="280" />
        <source>&amp;Private notes:</source>
        <translation>Anotações pri&amp;vadas:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="300" />
        <source>S&amp;hareable notes:</source>
        <translation>Anotações compartil&amp;háveis:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="274" />
        <source>Notes</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="337" />
        <source>One per line; “- ” makes a list</source>
        <translation>Uma por linha; “- ” cria uma lista</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="368" />
        <source>One action per line</source>
        <translation>Uma ação por linha</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="327" />
        <source>Topics:</source>
        <translation>Temas:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="344" />
        <source>Progress on goals:</source>
        <translation>Progresso nas metas:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="358" />
        <source>Agreed actions:</source>
        <translation>Ações combinadas:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="375" />
        <source>Add to the action plan…</source>
        <translation>Adicionar ao plano de ação…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="382" />
        <source>Next steps:</source>
        <translation>Próximos passos:</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.ui" line="321" />
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="59" />
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="49" />
        <source>time not recorded</source>
        <translation>horário não registrado</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="57" />
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="198" />
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="62" />
        <source>Save as PDF…</source>
        <translation>Salvar como PDF…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="64" />
        <source>Save as Markdown…</source>
        <translation>Salvar como Markdown…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="66" />
        <source>Copy as text for an e-mail</source>
        <translation>Copiar como texto para um e-mail</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="68" />
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="70" />
        <source>Export as calendar file (.ics)…</source>
        <translation>Exportar como arquivo de calendário (.ics)…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="122" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="151" />
        <source>New session</source>
        <translation>Nova sessão</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="198" />
        <source>Skip this date…</source>
        <translation>Pular esta data…</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="199" />
        <source>Session with %1</source>
        <translation>Sessão com %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="245" />
        <source>Cancelled by you: never billed.</source>
        <translation>Cancelada por você: nunca é cobrada.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="247" />
        <source>When the client cancelled was not recorded, so it is not billed.</source>
        <translation>O momento em que o cliente cancelou não foi registrado, por isso não é cobrada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="249" />
        <source>Cancelled in time (at least %n hour(s) before the start): not billed.</source>
        <translation>
            <numerusform>Cancelada a tempo (pelo menos %n hora antes do início): não é cobrada.</numerusform>
            <numerusform>Cancelada a tempo (pelo menos %n horas antes do início): não é cobrada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="252" />
        <source>Cancelled late (less than %n hour(s) before the start): billed, as your cancellation policy says.</source>
        <translation>
            <numerusform>Cancelamento tardio (menos de %n hora antes do início): cobrada, conforme sua política de cancelamento.</numerusform>
            <numerusform>Cancelamento tardio (menos de %n horas antes do início): cobrada, conforme sua política de cancelamento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="256" />
        <source>Cancelled late (less than %n hour(s) before the start); your cancellation policy does not bill late cancellations.</source>
        <translation>
            <numerusform>Cancelamento tardio (menos de %n hora antes do início); sua política de cancelamento não cobra cancelamentos tardios.</numerusform>
            <numerusform>Cancelamento tardio (menos de %n horas antes do início); sua política de cancelamento não cobra cancelamentos tardios.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="274" />
        <source>Does not repeat</source>
        <translation>Não se repete</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="276" />
        <source>Every week on %1</source>
        <translation>Toda semana: %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="278" />
        <source>Every two weeks on %1</source>
        <translation>A cada duas semanas: %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="280" />
        <source>Every month on day %1</source>
        <translation>Todo mês, no dia %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="362" />
        <source>For %1: %2, %3–%4 (%5)</source>
        <translation>Para %1: %2, %3–%4 (%5)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="374" />
        <source>Part of a series: %1.</source>
        <translation>Parte de uma série: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="380" />
        <source>%n session(s), the last on %1.</source>
        <translation>
            <numerusform>%n sessão, a última em %1.</numerusform>
            <numerusform>%n sessões, a última em %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="401" />
        <source>… and %1 more</source>
        <translation>… e mais %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="413" />
        <source>No engagement</source>
        <translation>Sem acompanhamento</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionEditorDialog.cpp" line="414" />
        <source>Sessions belong to an engagement. Start one in the pipeline first.</source>
        <translation>As sessões pertencem a um acompanhamento. Inicie um no fluxo primeiro.</translation>
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
        <translation> (%1 no horário do cliente)</translation>
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
        <translation>Formato</translation>
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
        <translation>Não foi possível ler o acompanhamento</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="38" />
        <source>There is no engagement with id %1.</source>
        <translation>Não existe acompanhamento com o id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="59" />
        <location filename="../core/storage/SessionReportRepository.cpp" line="63" />
        <source>Could not read the workspace's tables</source>
        <translation>Não foi possível ler as tabelas do espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="154" />
        <location filename="../core/storage/SessionReportRepository.cpp" line="168" />
        <source>Could not read the goals</source>
        <translation>Não foi possível ler as metas</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionReportRepository.cpp" line="181" />
        <location filename="../core/storage/SessionReportRepository.cpp" line="191" />
        <source>Could not read the actions</source>
        <translation>Não foi possível ler as ações</translation>
    </message>
</context>
<context>
    <name>md::SessionRepository</name>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="124" />
        <location filename="../core/storage/SessionRepository.cpp" line="162" />
        <source>Could not save the session</source>
        <translation>Não foi possível salvar a sessão</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="165" />
        <location filename="../core/storage/SessionRepository.cpp" line="187" />
        <source>There is no session with id %1.</source>
        <translation>Não existe sessão com o id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="174" />
        <source>Could not delete the session</source>
        <translation>Não foi possível excluir a sessão</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="138" />
        <location filename="../core/storage/SessionRepository.cpp" line="183" />
        <location filename="../core/storage/SessionRepository.cpp" line="186" />
        <source>Could not read the session</source>
        <translation>Não foi possível ler a sessão</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="264" />
        <location filename="../core/storage/SessionRepository.cpp" line="274" />
        <location filename="../core/storage/SessionRepository.cpp" line="315" />
        <location filename="../core/storage/SessionRepository.cpp" line="320" />
        <source>Could not read the sessions</source>
        <translation>Não foi possível ler as sessões</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="354" />
        <location filename="../core/storage/SessionRepository.cpp" line="357" />
        <source>Could not read the engagement</source>
        <translation>Não foi possível ler o acompanhamento</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="359" />
        <source>There is no engagement with id %1.</source>
        <translation>Não existe acompanhamento com o id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionRepository.cpp" line="368" />
        <location filename="../core/storage/SessionRepository.cpp" line="373" />
        <location filename="../core/storage/SessionRepository.cpp" line="384" />
        <location filename="../core/storage/SessionRepository.cpp" line="389" />
        <source>Could not read the engagements</source>
        <translation>Não foi possível ler os acompanhamentos</translation>
    </message>
</context>
<context>
    <name>md::SessionSeriesRepository</name>
    <message>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="102" />
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="120" />
        <source>Could not save the series</source>
        <translation>Não foi possível salvar a série</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="122" />
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="135" />
        <source>There is no series with id %1.</source>
        <translation>Não existe série com o id %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="131" />
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="134" />
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="157" />
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="162" />
        <source>Could not read the series</source>
        <translation>Não foi possível ler a série</translation>
    </message>
    <message>
        <location filename="../core/storage/SessionSeriesRepository.cpp" line="171" />
        <source>Could not delete the series</source>
        <translation>Não foi possível excluir a série</translation>
    </message>
</context>
<context>
    <name>md::SessionSpanRepository</name>
    <message>
        <location filename="../core/storage/SessionSpanRepository.cpp" line="36" />
        <source>Could not read the sessions</source>
        <translation>Não foi possível ler as sessões</translation>
    </message>
</context>
<context>
    <name>md::SessionSummaryActions</name>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="27" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="58" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="66" />
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="48" />
        <source>Session summary %1 %2.%3</source>
        <translation>Resumo da sessão %1 %2.%3</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="51" />
        <source>Save summary</source>
        <translation>Salvar resumo</translation>
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
        <translation>Exportar como arquivo de calendário</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="73" />
        <source>Save the session first.</source>
        <translation>Salve a sessão primeiro.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="81" />
        <source>Session %1 %2.ics</source>
        <translation>Sessão %1 %2.ics</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="85" />
        <source>Calendar files (*.ics)</source>
        <translation>Arquivos de calendário (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="100" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="109" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="116" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="126" />
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="129" />
        <source>Action plan</source>
        <translation>Plano de ação</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="101" />
        <source>This engagement has no goals yet. Actions belong to a goal.</source>
        <translation>Este acompanhamento ainda não tem metas. As ações pertencem a uma meta.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="109" />
        <source>Add the agreed actions to the goal:</source>
        <translation>Adicionar as ações combinadas à meta:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="119" />
        <source>%n action(s) added to “%1”.</source>
        <translation>
            <numerusform>%n ação adicionada a “%1”.</numerusform>
            <numerusform>%n ações adicionadas a “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="122" />
        <source>%n action(s) were already in the plan.</source>
        <translation>
            <numerusform>%n ação já estava no plano.</numerusform>
            <numerusform>%n ações já estavam no plano.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/SessionSummaryActions.cpp" line="124" />
        <source>Not added:</source>
        <translation>Não adicionadas:</translation>
    </message>
</context>
<context>
    <name>md::SessionSummaryDocument</name>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="39" />
        <source>Session summary</source>
        <translation>Resumo da sessão</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="46" />
        <source>Topics discussed</source>
        <translation>Temas discutidos</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="47" />
        <source>Progress on goals</source>
        <translation>Progresso nas metas</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="49" />
        <source>Agreed actions</source>
        <translation>Ações combinadas</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="51" />
        <source>Next steps</source>
        <translation>Próximos passos</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="52" />
        <source>Notes</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="62" />
        <source>Mentee</source>
        <translation>Mentorado</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="64" />
        <source>Engagement</source>
        <translation>Acompanhamento</translation>
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
        <translation>Horário</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="77" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="79" />
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryDocument.cpp" line="81" />
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
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
        <translation>Ainda não foi escrito um resumo para esta sessão.</translation>
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
        <translation>Resumo da sessão · %1 · %2</translation>
    </message>
</context>
<context>
    <name>md::SessionSummaryReport</name>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="25" />
        <source>Done</source>
        <translation>Feita</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="27" />
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="29" />
        <source>Dropped</source>
        <translation>Abandonada</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="30" />
        <source>To do</source>
        <translation>A fazer</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="61" />
        <source>Progress report</source>
        <translation>Relatório de progresso</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="76" />
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="84" />
        <source>%1 still planned</source>
        <translation>%1 ainda planejadas</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="98" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="99" />
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="110" />
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="114" />
        <source>No goals recorded yet.</source>
        <translation>Nenhuma meta registrada ainda.</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="118" />
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="119" />
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="120" />
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="121" />
        <source>Target</source>
        <translation>Alvo</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="122" />
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="133" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="160" />
        <source>for “%1”</source>
        <translation>para “%1”</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="162" />
        <source>due %1</source>
        <translation>prazo %1</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="175" />
        <source>Actions done</source>
        <translation>Ações concluídas</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="176" />
        <source>None yet.</source>
        <translation>Nenhuma ainda.</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="177" />
        <source>Open actions</source>
        <translation>Ações em aberto</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="178" />
        <source>Nothing open.</source>
        <translation>Nada em aberto.</translation>
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
        <translation>Data do relatório</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="212" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../core/export/SessionSummaryReport.cpp" line="213" />
        <source>Progress report · %1 · %2</source>
        <translation>Relatório de progresso · %1 · %2</translation>
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
        <translation> · %1 em %2</translation>
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
        <translation>Imagem %1, %2 KB</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="59" />
        <source>Your name as printed on invoices and agreements.</source>
        <translation>Seu nome como impresso em faturas e acordos.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="61" />
        <source>Business or trading name (optional).</source>
        <translation>Nome da empresa ou nome fantasia (opcional).</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="64" />
        <source>Postal address; write \n between lines on the command line.</source>
        <translation>Endereço postal; na linha de comando, escreva \n entre as linhas.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="66" />
        <source>Your VAT or tax number.</source>
        <translation>Seu CNPJ ou CPF.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="68" />
        <source>Contact e-mail.</source>
        <translation>E-mail de contato.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="70" />
        <source>Contact phone.</source>
        <translation>Telefone de contato.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="73" />
        <source>Language of your documents and the default for each client's (%1); empty follows the interface language.</source>
        <translation>Idioma dos seus documentos e padrão para os de cada cliente (%1); vazio segue o idioma da interface.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="78" />
        <source>Country of your business (ISO code such as DE, FR, IT): it decides the legal wording of a small-business exemption. Empty takes the IBAN's country.</source>
        <translation>País da sua empresa (código ISO, como BR, DE, FR): define o texto legal da isenção. Vazio usa o país do IBAN.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="82" />
        <source>Logo printed on invoices: path of a PNG or JPEG file (empty removes it).</source>
        <translation>Logotipo impresso nas faturas: caminho de um arquivo PNG ou JPEG (vazio o remove).</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="88" />
        <source>An open engagement without activity for this many days is shown as stale (%1 to %2).</source>
        <translation>Um acompanhamento aberto sem atividade por este número de dias aparece como parado (%1 a %2).</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="94" />
        <source>Minutes before a session that MentorDesk reminds you; 0 turns reminders off.</source>
        <translation>Minutos antes de uma sessão em que o MentorDesk lembra você; 0 desativa os lembretes.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="142" />
        <location filename="../core/settings/SettingsCatalog.cpp" line="215" />
        <source>There is no setting called "%1".</source>
        <translation>Não existe configuração chamada "%1".</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="159" />
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 deve ser um número inteiro de %2 a %3.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="187" />
        <source>MentorDesk writes no documents in "%1" (use one of %2).</source>
        <translation>O MentorDesk não gera documentos em "%1" (use um de %2).</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="197" />
        <source>"%1" is not a country code (two letters, such as DE).</source>
        <translation>"%1" não é um código de país (duas letras, como BR).</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsCatalog.cpp" line="208" />
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
</context>
<context>
    <name>md::SettingsService</name>
    <message>
        <location filename="../core/settings/SettingsService.cpp" line="70" />
        <source>An engagement can be called stale after %1 to %2 days.</source>
        <translation>Um acompanhamento pode ser considerado parado após %1 a %2 dias.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsService.cpp" line="75" />
        <source>A reminder can come at most %1 minutes before a session.</source>
        <translation>Um lembrete pode vir no máximo %1 minutos antes de uma sessão.</translation>
    </message>
</context>
<context>
    <name>md::Sidecar</name>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="39" />
        <source>No workspace file at %1.</source>
        <translation>Nenhum arquivo de espaço de trabalho em %1.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="43" />
        <location filename="../core/workspace/Sidecar.cpp" line="50" />
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="28" />
        <source>The workspace file %1 is damaged (%2). The database itself can still be opened with the recovery key.</source>
        <translation>O arquivo do espaço de trabalho %1 está danificado (%2). O próprio banco de dados ainda pode ser aberto com a chave de recuperação.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="45" />
        <location filename="../core/workspace/Sidecar.cpp" line="56" />
        <source>it is far too large to be one</source>
        <translation>é grande demais para sê-lo</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="61" />
        <source>it is not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="68" />
        <source>This workspace was made by a newer version of MentorDesk. Update MentorDesk to open it; nothing was changed.</source>
        <translation>Este espaço de trabalho foi criado por uma versão mais recente do MentorDesk. Atualize o MentorDesk para abri-lo; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="71" />
        <source>it has no format version</source>
        <translation>não tem versão de formato</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="86" />
        <source>it has %1 passphrase entries</source>
        <translation>tem %1 entradas de frase-senha</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="95" />
        <source>The workspace file %1 is incomplete. The database itself can still be opened with the recovery key.</source>
        <translation>O arquivo do espaço de trabalho %1 está incompleto. O próprio banco de dados ainda pode ser aberto com a chave de recuperação.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="99" />
        <source>its workspace id is not valid</source>
        <translation>o id do espaço de trabalho não é válido</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="103" />
        <source>its pending key fingerprint is not valid</source>
        <translation>a impressão digital da chave pendente não é válida</translation>
    </message>
    <message>
        <location filename="../core/workspace/Sidecar.cpp" line="106" />
        <source>its page size %1 is not 4096</source>
        <translation>o tamanho de página %1 não é 4096</translation>
    </message>
</context>
<context>
    <name>md::SignaturePad</name>
    <message>
        <location filename="../ui/agreements/SignaturePad.cpp" line="85" />
        <source>Signature pad</source>
        <translation>Área de assinatura</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignaturePad.cpp" line="86" />
        <source>Draw your signature with the mouse, a pen or a finger.</source>
        <translation>Desenhe sua assinatura com o mouse, uma caneta ou o dedo.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignaturePad.cpp" line="246" />
        <source>Sign above the line</source>
        <translation>Assine acima da linha</translation>
    </message>
</context>
<context>
    <name>md::SignerName</name>
    <message>
        <location filename="../core/agreements/SignerName.cpp" line="27" />
        <source>Signed as “%1”; the mentor confirmed this differs from the client's name “%2”.</source>
        <translation>Assinado como “%1”; o mentor confirmou que difere do nome do cliente, “%2”.</translation>
    </message>
    <message>
        <location filename="../core/agreements/SignerName.cpp" line="29" />
        <source>Signed as “%1”; the mentor confirmed this differs from the name in the mentor profile “%2”.</source>
        <translation>Assinado como “%1”; o mentor confirmou que difere do nome no perfil do mentor, “%2”.</translation>
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
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="36" />
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="38" />
        <source>C&amp;lear</source>
        <translation>Lim&amp;par</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="44" />
        <source>Use my &amp;stored signature</source>
        <translation>Usar minha assinatura &amp;guardada</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="53" />
        <source>Full name of the %1</source>
        <translation>Nome completo do %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="59" />
        <source>I, the mentor, confirm the mentee signs with this name</source>
        <translation>Eu, o mentor, confirmo que o mentorado assina com este nome</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="60" />
        <source>I confirm that I sign with this name</source>
        <translation>Confirmo que assino com este nome</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="64" />
        <source>I agree to the statement above</source>
        <translation>Concordo com a declaração acima</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="68" />
        <source>Full name (typed):</source>
        <translation>Nome completo (digitado):</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="116" />
        <source>“%1” differs from the client's name “%2”. The signed agreement will say so.</source>
        <translation>“%1” difere do nome do cliente, “%2”. O acordo assinado registrará isso.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SignerPanel.cpp" line="118" />
        <source>“%1” differs from the name in your mentor profile “%2”. The signed agreement will say so.</source>
        <translation>“%1” difere do nome no seu perfil de mentor, “%2”. O acordo assinado registrará isso.</translation>
    </message>
</context>
<context>
    <name>md::SigningDialog</name>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="25" />
        <source>Sign %1</source>
        <translation>Assinar %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="27" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="29" />
        <source>Both of you sign below, each with the name you sign with. Fingerprint: %1</source>
        <translation>Vocês dois assinam abaixo, cada um com o nome com que assina. Impressão digital: %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="46" />
        <source>&amp;Sign and freeze</source>
        <translation>&amp;Assinar e congelar</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="95" />
        <source>%1 was deleted elsewhere.</source>
        <translation>%1 foi excluído em outro lugar.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="97" />
        <source>%1 was signed elsewhere meanwhile.</source>
        <translation>%1 foi assinado em outro lugar nesse meio-tempo.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="98" />
        <source>%1 was changed elsewhere. Close this window and open it again to sign the current text.</source>
        <translation>%1 foi alterado em outro lugar. Feche esta janela e abra-a novamente para assinar o texto atual.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="112" />
        <source>Sign and freeze %1</source>
        <translation>Assinar e congelar %1</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="113" />
        <source>Once signed, %1 can no longer be changed: its PDF is stored as it is now, with both signatures, and sealed with this workspace's key. A change later needs an amendment signed again.</source>
        <translation>Depois de assinado, %1 não poderá mais ser alterado: seu PDF é guardado como está agora, com as duas assinaturas, e selado com a chave deste espaço de trabalho. Uma alteração posterior exige um aditivo assinado novamente.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/SigningDialog.cpp" line="119" />
        <source>Sign and &amp;freeze</source>
        <translation>Assinar e &amp;congelar</translation>
    </message>
</context>
<context>
    <name>md::SigningKey</name>
    <message>
        <location filename="../core/crypto/SigningKey.cpp" line="42" />
        <source>An Ed25519 seed must be 32 bytes long.</source>
        <translation>Uma semente Ed25519 deve ter 32 bytes.</translation>
    </message>
    <message>
        <location filename="../core/crypto/SigningKey.cpp" line="53" />
        <source>The stored signing key has the wrong length.</source>
        <translation>A chave de assinatura armazenada tem o tamanho errado.</translation>
    </message>
    <message>
        <location filename="../core/crypto/SigningKey.cpp" line="63" />
        <source>The stored signing key is damaged: its two halves do not match.</source>
        <translation>A chave de assinatura armazenada está danificada: suas duas metades não correspondem.</translation>
    </message>
</context>
<context>
    <name>md::SmartCheck</name>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="43" />
        <source>Say what exactly the mentee will achieve.</source>
        <translation>Diga o que exatamente o mentorado vai alcançar.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="46" />
        <source>Describe the result in a full phrase (at least %1 words), not just a topic.</source>
        <translation>Descreva o resultado com uma frase completa (pelo menos %1 palavras), não apenas um tema.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="51" />
        <source>Name what will be measured.</source>
        <translation>Diga o que será medido.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="54" />
        <source>Give the unit of the measure (for example interviews, %, hours).</source>
        <translation>Informe a unidade de medida (por exemplo, entrevistas, %, horas).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="57" />
        <source>Enter where the mentee starts (the baseline).</source>
        <translation>Informe o ponto de partida do mentorado (o valor inicial).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="60" />
        <source>Enter the value to reach (the target).</source>
        <translation>Informe o valor a alcançar (o alvo).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="63" />
        <source>The target equals the baseline, so there is nothing to measure.</source>
        <translation>O alvo é igual ao valor inicial, então não há nada a medir.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="68" />
        <source>Explain why the goal is realistic for the mentee.</source>
        <translation>Explique por que a meta é realista para o mentorado.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="72" />
        <source>Link the goal to at least one need.</source>
        <translation>Vincule a meta a pelo menos uma necessidade.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="77" />
        <source>The goal is linked to a need that no longer exists.</source>
        <translation>A meta está vinculada a uma necessidade que não existe mais.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="85" />
        <source>Set a due date.</source>
        <translation>Defina um prazo.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/SmartCheck.cpp" line="88" />
        <source>The due date must come after the engagement's start (%1).</source>
        <translation>O prazo deve ser posterior ao início do acompanhamento (%1).</translation>
    </message>
</context>
<context>
    <name>md::SqlCipherDriver</name>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="85" />
        <source>Could not open the workspace database.</source>
        <translation>Não foi possível abrir o banco de dados do espaço de trabalho.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="111" />
        <source>No valid key was given.</source>
        <translation>Nenhuma chave válida foi informada.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="116" />
        <source>The database file %1 does not exist.</source>
        <translation>O arquivo de banco de dados %1 não existe.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="118" />
        <source>The file is a plain, unencrypted SQLite database; MentorDesk only opens encrypted workspaces.</source>
        <translation>O arquivo é um banco de dados SQLite comum, sem criptografia; o MentorDesk só abre espaços de trabalho criptografados.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="125" />
        <source>The disk is full.</source>
        <translation>O disco está cheio.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="152" />
        <source>SQLCipher refused the key.</source>
        <translation>O SQLCipher recusou a chave.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="156" />
        <source>Could not set the page size.</source>
        <translation>Não foi possível definir o tamanho de página.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="162" />
        <source>The key does not open this database, or the file is not a MentorDesk database, or it is damaged.</source>
        <translation>A chave não abre este banco de dados, ou o arquivo não é um banco de dados do MentorDesk, ou está danificado.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="177" />
        <source>This build of SQLite has no encryption (SQLCipher missing).</source>
        <translation>Esta compilação do SQLite não tem criptografia (falta o SQLCipher).</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="253" />
        <location filename="../core/storage/SqlCipherDriver.cpp" line="262" />
        <source>The script failed</source>
        <translation>O script falhou</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlCipherDriver.cpp" line="275" />
        <source>Could not re-encrypt the database</source>
        <translation>Não foi possível criptografar novamente o banco de dados</translation>
    </message>
</context>
<context>
    <name>md::StageGate</name>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="38" />
        <source>Profile-study notes are written.</source>
        <translation>As anotações do estudo do perfil estão escritas.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="42" />
        <source>Write your profile-study notes on the mentee.</source>
        <translation>Escreva suas anotações do estudo do perfil do mentorado.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="46" />
        <source>A signed agreement with confidentiality terms is on record.</source>
        <translation>Há um acordo assinado com cláusulas de confidencialidade registrado.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="51" />
        <source>Have the mentee sign an agreement with confidentiality terms.</source>
        <translation>Peça ao mentorado que assine um acordo com cláusulas de confidencialidade.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="55" />
        <source>At least one need is recorded.</source>
        <translation>Há pelo menos uma necessidade registrada.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="58" />
        <source>Record at least one need.</source>
        <translation>Registre pelo menos uma necessidade.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="62" />
        <source>At least one active goal passes the SMART check.</source>
        <translation>Pelo menos uma meta ativa passa na verificação SMART.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="71" />
        <source>Goal "%1" is not SMART yet (%2).</source>
        <translation>A meta "%1" ainda não é SMART (%2).</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="76" />
        <source>Write at least one SMART goal.</source>
        <translation>Escreva pelo menos uma meta SMART.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="82" />
        <source>At least one goal is active.</source>
        <translation>Há pelo menos uma meta ativa.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="89" />
        <source>No goal is active: reactivate a goal or write a new one.</source>
        <translation>Nenhuma meta está ativa: reative uma meta ou escreva uma nova.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="93" />
        <source>Every active goal has at least one action to do or in progress.</source>
        <translation>Cada meta ativa tem pelo menos uma ação a fazer ou em andamento.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="99" />
        <source>Plan an open action for goal "%1".</source>
        <translation>Planeje uma ação em aberto para a meta "%1".</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="104" />
        <source>Every goal is evaluated.</source>
        <translation>Todas as metas foram avaliadas.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/StageGate.cpp" line="109" />
        <source>Evaluate goal "%1".</source>
        <translation>Avalie a meta "%1".</translation>
    </message>
</context>
<context>
    <name>md::SystemKeyStore</name>
    <message>
        <location filename="../core/keys/KeyStore.cpp" line="136" />
        <source>The keychain entry for this workspace is damaged.</source>
        <translation>A entrada do chaveiro do sistema para este espaço de trabalho está danificada.</translation>
    </message>
</context>
<context>
    <name>md::TableDigests</name>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="96" />
        <source>The checksum key is missing.</source>
        <translation>Falta a chave dos checksums.</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="104" />
        <location filename="../core/backup/TableDigest.cpp" line="109" />
        <source>Could not list the tables</source>
        <translation>Não foi possível listar as tabelas</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="117" />
        <location filename="../core/backup/TableDigest.cpp" line="128" />
        <source>Could not read the table %1</source>
        <translation>Não foi possível ler a tabela %1</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="143" />
        <source>The table %1 is missing.</source>
        <translation>Falta a tabela %1.</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="145" />
        <source>The table %1 has %2 rows instead of %3.</source>
        <translation>A tabela %1 tem %2 linhas em vez de %3.</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="150" />
        <source>The rows of the table %1 differ.</source>
        <translation>As linhas da tabela %1 diferem.</translation>
    </message>
    <message>
        <location filename="../core/backup/TableDigest.cpp" line="156" />
        <source>The table %1 was not expected.</source>
        <translation>A tabela %1 não era esperada.</translation>
    </message>
</context>
<context>
    <name>md::TableDump</name>
    <message>
        <location filename="../core/storage/TableDump.cpp" line="93" />
        <location filename="../core/storage/TableDump.cpp" line="98" />
        <source>Could not list the tables</source>
        <translation>Não foi possível listar as tabelas</translation>
    </message>
    <message>
        <location filename="../core/storage/TableDump.cpp" line="106" />
        <location filename="../core/storage/TableDump.cpp" line="111" />
        <source>Could not read the table %1</source>
        <translation>Não foi possível ler a tabela %1</translation>
    </message>
    <message>
        <location filename="../core/storage/TableDump.cpp" line="135" />
        <location filename="../core/storage/TableDump.cpp" line="139" />
        <location filename="../core/storage/TableDump.cpp" line="150" />
        <source>Could not read the workspace</source>
        <translation>Não foi possível ler o espaço de trabalho</translation>
    </message>
</context>
<context>
    <name>md::TableLoader</name>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="18" />
        <source>Loading tables needs a transaction around it.</source>
        <translation>O carregamento de tabelas precisa de uma transação em volta.</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="23" />
        <location filename="../core/storage/TableLoader.cpp" line="27" />
        <source>Could not read the workspace's rules</source>
        <translation>Não foi possível ler as regras do espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="31" />
        <location filename="../core/storage/TableLoader.cpp" line="35" />
        <source>Could not prepare the workspace for the import</source>
        <translation>Não foi possível preparar o espaço de trabalho para a importação</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="45" />
        <source>Could not read the table %1</source>
        <translation>Não foi possível ler a tabela %1</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="52" />
        <source>Could not empty the table %1</source>
        <translation>Não foi possível esvaziar a tabela %1</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="67" />
        <source>Could not write the table %1</source>
        <translation>Não foi possível gravar a tabela %1</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="73" />
        <source>Could not write a record of %1</source>
        <translation>Não foi possível gravar um registro de %1</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="82" />
        <source>Could not check the imported records</source>
        <translation>Não foi possível verificar os registros importados</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="85" />
        <source>a record of %1 (row %2) refers to a missing record of %3</source>
        <translation>um registro de %1 (linha %2) se refere a um registro inexistente de %3</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="91" />
        <source>The records do not fit together: %1.</source>
        <translation>Os registros não se encaixam: %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/TableLoader.cpp" line="95" />
        <source>Could not restore the workspace's rules</source>
        <translation>Não foi possível restaurar as regras do espaço de trabalho</translation>
    </message>
</context>
<context>
    <name>md::TaxRates</name>
    <message>
        <location filename="../core/billing/TaxRates.cpp" line="25" />
        <source>Standard</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <location filename="../core/billing/TaxRates.cpp" line="28" />
        <source>Reduced</source>
        <translation>Reduzida</translation>
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
        <translation>Nenhuma alíquota reduzida foi definida ainda: defina-a em Faturamento › Configurações › Configurações do negócio, ou informe a alíquota como percentual.</translation>
    </message>
</context>
<context>
    <name>md::TemplateEditorDialog</name>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="27" />
        <source>Agreement templates</source>
        <translation>Modelos de acordo</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="42" />
        <source>This template contains confidentiality terms</source>
        <translation>Este modelo contém cláusulas de confidencialidade</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="50" />
        <source>Template:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="51" />
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="57" />
        <source>Placeholders in double braces are filled in from your profile, the client and the engagement when an agreement is generated. One without a value stops the generation and is named.</source>
        <translation>Os marcadores entre chaves duplas são preenchidos a partir do seu perfil, do cliente e do acompanhamento quando um acordo é gerado. Um marcador sem valor interrompe a geração e é indicado.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="68" />
        <source>&amp;Save as new version</source>
        <translation>&amp;Salvar como nova versão</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="71" />
        <source>Start from the &amp;built-in text</source>
        <translation>Começar pelo texto &amp;padrão</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="108" />
        <source>Version %1 (built in)</source>
        <translation>Versão %1 (padrão)</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="110" />
        <source>Version %1 of %2%3</source>
        <translation>Versão %1 de %2%3</translation>
    </message>
    <message>
        <location filename="../ui/agreements/TemplateEditorDialog.cpp" line="114" />
        <source> (built in)</source>
        <translation> (padrão)</translation>
    </message>
</context>
<context>
    <name>md::TemplateRenderer</name>
    <message>
        <location filename="../core/agreements/TemplateRenderer.cpp" line="102" />
        <source>unknown placeholders: %1</source>
        <translation>marcadores desconhecidos: %1</translation>
    </message>
    <message>
        <location filename="../core/agreements/TemplateRenderer.cpp" line="108" />
        <source> (placeholder names are lower case, with dots and underscores, like {{client.full_name}})</source>
        <translation> (os nomes dos marcadores são em minúsculas, com pontos e sublinhados, como {{client.full_name}})</translation>
    </message>
    <message>
        <location filename="../core/agreements/TemplateRenderer.cpp" line="115" />
        <source>placeholders without a value: %1</source>
        <translation>marcadores sem valor: %1</translation>
    </message>
    <message>
        <location filename="../core/agreements/TemplateRenderer.cpp" line="117" />
        <source>The agreement cannot be generated. The template has %1. Fill in the missing details (mentor profile, client or engagement) or correct the template.</source>
        <translation>O acordo não pode ser gerado. O modelo tem %1. Preencha os dados que faltam (perfil do mentor, cliente ou acompanhamento) ou corrija o modelo.</translation>
    </message>
</context>
<context>
    <name>md::TimelineModel</name>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="88" />
        <source>(created)</source>
        <translation>(criado)</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="92" />
        <source>Override: %1</source>
        <translation>Exceção: %1</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="103" />
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="105" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/TimelineModel.cpp" line="107" />
        <source>To</source>
        <translation>Para</translation>
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
        <translation>Não foi possível lembrar a chave.</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="50" />
        <source>Unlock MentorDesk</source>
        <translation>Desbloquear o MentorDesk</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="52" />
        <source>Unlock your workspace</source>
        <translation>Desbloqueie seu espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="67" />
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="71" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase-senha:</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="77" />
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="82" />
        <source>&amp;Recovery key:</source>
        <translation>Chave de &amp;recuperação:</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="92" />
        <source>Re&amp;member on this computer</source>
        <translation>Le&amp;mbrar neste computador</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="95" />
        <source>Keep the workspace key in the system keychain and open MentorDesk without asking while you are logged in</source>
        <translation>Guardar a chave do espaço de trabalho no chaveiro do sistema e abrir o MentorDesk sem perguntar enquanto você estiver conectado</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="98" />
        <source>No keychain answered on this computer, so MentorDesk cannot remember the key here.</source>
        <translation>Nenhum chaveiro do sistema respondeu neste computador, por isso o MentorDesk não pode lembrar a chave aqui.</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="112" />
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="116" />
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurar do backup…</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="163" />
        <source>Use recovery key instead</source>
        <translation>Usar a chave de recuperação</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="164" />
        <source>Use passphrase instead</source>
        <translation>Usar a frase-senha</translation>
    </message>
    <message>
        <location filename="../ui/security/UnlockDialog.cpp" line="200" />
        <source>The passphrase is not correct. Check Caps Lock and the keyboard layout, or use your recovery key instead.</source>
        <translation>A frase-senha não está correta. Verifique o Caps Lock e o layout do teclado, ou use sua chave de recuperação.</translation>
    </message>
</context>
<context>
    <name>md::UpcomingSessionRepository</name>
    <message>
        <location filename="../core/storage/UpcomingSessionRepository.cpp" line="52" />
        <source>Could not read the upcoming sessions</source>
        <translation>Não foi possível ler as próximas sessões</translation>
    </message>
    <message>
        <location filename="../core/storage/UpcomingSessionRepository.cpp" line="79" />
        <source>Could not count the sessions</source>
        <translation>Não foi possível contar as sessões</translation>
    </message>
</context>
<context>
    <name>md::UpcomingSessionsWidget</name>
    <message>
        <location filename="../ui/calendar/UpcomingSessionsWidget.cpp" line="31" />
        <source>Upcoming sessions</source>
        <translation>Próximas sessões</translation>
    </message>
    <message>
        <location filename="../ui/calendar/UpcomingSessionsWidget.cpp" line="48" />
        <location filename="../ui/calendar/UpcomingSessionsWidget.cpp" line="154" />
        <source>Nothing planned for the coming days.</source>
        <translation>Nada planejado para os próximos dias.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/UpcomingSessionsWidget.cpp" line="166" />
        <source>%1: the last planned session is near (%2).</source>
        <translation>%1: a última sessão planejada está próxima (%2).</translation>
    </message>
</context>
<context>
    <name>md::VCardReader</name>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="156" />
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>O arquivo tem mais de %1 MB; divida-o em arquivos menores.</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="197" />
        <source>not a vCard property (NAME:value)</source>
        <translation>não é uma propriedade vCard (NOME:valor)</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="219" />
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD sem BEGIN:VCARD</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="235" />
        <source>a card without a name</source>
        <translation>um cartão sem nome</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="240" />
        <source>more than %1 cards; split the file</source>
        <translation>mais de %1 cartões; divida o arquivo</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="246" />
        <source>a property outside BEGIN:VCARD … END:VCARD</source>
        <translation>uma propriedade fora de BEGIN:VCARD … END:VCARD</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="252" />
        <source>the value is longer than 1 MB</source>
        <translation>o valor tem mais de 1 MB</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="260" />
        <source>broken quoted-printable text</source>
        <translation>texto quoted-printable corrompido</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="268" />
        <source>vCard version %1 is not supported (2.1, 3.0 and 4.0 are)</source>
        <translation>a versão %1 do vCard não é suportada (as versões 2.1, 3.0 e 4.0 são)</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="307" />
        <source>BEGIN:VCARD without END:VCARD</source>
        <translation>BEGIN:VCARD sem END:VCARD</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="313" />
        <source>The file is not a valid vCard file: %1</source>
        <translation>O arquivo não é um arquivo vCard válido: %1</translation>
    </message>
    <message>
        <location filename="../core/import/VCardReader.cpp" line="316" />
        <source>The file holds no vCard (BEGIN:VCARD).</source>
        <translation>O arquivo não contém nenhum vCard (BEGIN:VCARD).</translation>
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
        <translation>Rascunho – ainda não assinado</translation>
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
        <translation>Sessão</translation>
    </message>
    <message>
        <location filename="../ui/calendar/WeekGrid.cpp" line="351" />
        <source>New session</source>
        <translation>Nova sessão</translation>
    </message>
    <message>
        <location filename="../ui/calendar/WeekGrid.cpp" line="473" />
        <source>Busy in your other calendar</source>
        <translation>Ocupado na sua outra agenda</translation>
    </message>
</context>
<context>
    <name>md::Workspace</name>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="41" />
        <source>The passphrase is not correct. Check Caps Lock and the keyboard layout, or unlock with your recovery key.</source>
        <translation>A frase-senha não está correta. Verifique o Caps Lock e o layout do teclado, ou desbloqueie com sua chave de recuperação.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="50" />
        <source>This workspace has no passphrase yet: its workspace file was rebuilt with the recovery key. Unlock with the recovery key and choose a new passphrase (with mentordesk-cli: passwd --recovery-key).</source>
        <translation>Este espaço de trabalho ainda não tem frase-senha: o arquivo do espaço de trabalho foi reconstruído com a chave de recuperação. Desbloqueie com a chave de recuperação e escolha uma nova frase-senha (com o mentordesk-cli: passwd --recovery-key).</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="61" />
        <source>the key is right, but the file no longer reads as a database</source>
        <translation>a chave está certa, mas o arquivo não pode mais ser lido como banco de dados</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="176" />
        <source>There is already a workspace in %1. Open it instead; MentorDesk never replaces a workspace.</source>
        <translation>Já existe um espaço de trabalho em %1. Abra-o; o MentorDesk nunca substitui um espaço de trabalho.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="180" />
        <source>Choose a passphrase.</source>
        <translation>Escolha uma frase-senha.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="183" />
        <source>Could not create the folder %1.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="190" />
        <source>Could not restrict access to the folder %1.</source>
        <translation>Não foi possível restringir o acesso à pasta %1.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="213" />
        <source>The new database is not encrypted; MentorDesk stopped to protect your data.</source>
        <translation>O novo banco de dados não está criptografado; o MentorDesk parou para proteger seus dados.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="326" />
        <source>Group %1 of the recovery key is not right; the other groups match this workspace. Compare that group of four with your printed key. Nothing was changed.</source>
        <translation>O grupo %1 da chave de recuperação não está correto; os outros grupos correspondem a este espaço de trabalho. Compare esse grupo de quatro com sua chave impressa. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="331" />
        <source>This recovery key does not open this workspace. Check each group of four characters against your printout. Nothing was changed.</source>
        <translation>Esta chave de recuperação não abre este espaço de trabalho. Confira cada grupo de quatro caracteres com sua cópia impressa. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="338" />
        <source>Could not keep a copy of the damaged workspace file as %1.</source>
        <translation>Não foi possível guardar uma cópia do arquivo danificado do espaço de trabalho como %1.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="362" />
        <source>The key remembered on this computer does not belong to this workspace. Unlock with your passphrase.</source>
        <translation>A chave lembrada neste computador não pertence a este espaço de trabalho. Desbloqueie com sua frase-senha.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="370" />
        <location filename="../core/workspace/Workspace.cpp" line="385" />
        <source>Choose a new passphrase.</source>
        <translation>Escolha uma nova frase-senha.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="391" />
        <source>This recovery key does not belong to this workspace.</source>
        <translation>Esta chave de recuperação não pertence a este espaço de trabalho.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="469" />
        <source>This recovery key does not open the workspace database (or the database is damaged). Nothing was changed.</source>
        <translation>Esta chave de recuperação não abre o banco de dados do espaço de trabalho (ou o banco de dados está danificado). Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="486" />
        <source>Could not keep the damaged workspace file as %1; nothing was changed.</source>
        <translation>Não foi possível guardar o arquivo danificado do espaço de trabalho como %1; nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>md::WorkspaceExporter</name>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="86" />
        <source>%1 holds a workspace; export into an empty or new folder.</source>
        <translation>%1 contém um espaço de trabalho; exporte para uma pasta vazia ou nova.</translation>
    </message>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="91" />
        <source>%1 is not empty; export into an empty or new folder.</source>
        <translation>%1 não está vazia; exporte para uma pasta vazia ou nova.</translation>
    </message>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="96" />
        <location filename="../core/export/WorkspaceExporter.cpp" line="138" />
        <location filename="../core/export/WorkspaceExporter.cpp" line="193" />
        <source>Could not create %1.</source>
        <translation>Não foi possível criar %1.</translation>
    </message>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="102" />
        <source>Could not write to %1.</source>
        <translation>Não foi possível gravar em %1.</translation>
    </message>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="126" />
        <source>Could not finish the export in %1.</source>
        <translation>Não foi possível concluir a exportação em %1.</translation>
    </message>
    <message>
        <location filename="../core/export/WorkspaceExporter.cpp" line="237" />
        <source>Could not create the document folders.</source>
        <translation>Não foi possível criar as pastas de documentos.</translation>
    </message>
</context>
<context>
    <name>md::WorkspaceIdentity</name>
    <message>
        <location filename="../core/storage/WorkspaceIdentity.cpp" line="22" />
        <source>Could not record the workspace id</source>
        <translation>Não foi possível registrar o id do espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../core/storage/WorkspaceIdentity.cpp" line="31" />
        <source>Could not read the workspace id</source>
        <translation>Não foi possível ler o id do espaço de trabalho</translation>
    </message>
</context>
<context>
    <name>md::WorkspaceImporter</name>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="36" />
        <source>the field "%1" is unknown</source>
        <translation>o campo "%1" é desconhecido</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="44" />
        <source>the field "%1" is missing</source>
        <translation>falta o campo "%1"</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="63" />
        <source>the field "%1" holds no valid base64 data</source>
        <translation>o campo "%1" não contém dados base64 válidos</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="71" />
        <source>the field "%1" holds a list</source>
        <translation>o campo "%1" contém uma lista</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="81" />
        <source>%1 cannot be read: %2.</source>
        <translation>%1 não pode ser lido: %2.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="93" />
        <location filename="../core/import/WorkspaceImporter.cpp" line="155" />
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 não pode ser aberto: %2.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="101" />
        <source>it does not hold a list of records</source>
        <translation>não contém uma lista de registros</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="107" />
        <source>record %1 is not a record</source>
        <translation>o registro %1 não é um registro</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="126" />
        <source>text follows the list of records</source>
        <translation>há texto após a lista de registros</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="136" />
        <source>line %1 is not a record</source>
        <translation>a linha %1 não é um registro</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="141" />
        <source>the list of records is cut short</source>
        <translation>a lista de registros está incompleta</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="149" />
        <source>There is no folder %1.</source>
        <translation>A pasta %1 não existe.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="152" />
        <source>%1 is not a MentorDesk export: it has no %2.</source>
        <translation>%1 não é uma exportação do MentorDesk: não contém %2.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="173" />
        <source>This export holds one client's data, not a whole workspace. Only an export of a whole workspace (File &gt; Export Workspace, or 'export --to') can become a workspace.</source>
        <translation>Esta exportação contém os dados de um cliente, não de um espaço de trabalho inteiro. Somente a exportação de um espaço de trabalho inteiro (Arquivo &gt; Exportar espaço de trabalho, ou 'export --to') pode virar um espaço de trabalho.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="178" />
        <source>This export was made by a newer version of MentorDesk (data format %1; this version knows up to %2). Update MentorDesk to import it.</source>
        <translation>Esta exportação foi feita por uma versão mais recente do MentorDesk (formato de dados %1; esta versão conhece até o %2). Atualize o MentorDesk para importá-la.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="186" />
        <source>This export was made by an earlier version of MentorDesk (data format %1; this version writes %2). Open the workspace it came from with this version and export it again.</source>
        <translation>Esta exportação foi feita por uma versão anterior do MentorDesk (formato de dados %1; esta versão grava o %2). Abra com esta versão o espaço de trabalho de origem e exporte-o novamente.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="207" />
        <source>The export is incomplete: %1 is missing.</source>
        <translation>A exportação está incompleta: falta %1.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="212" />
        <source>The export holds json/%1, which is no table of this data format.</source>
        <translation>A exportação contém json/%1, que não é uma tabela deste formato de dados.</translation>
    </message>
    <message>
        <location filename="../core/import/WorkspaceImporter.cpp" line="228" />
        <source>This workspace already holds records; an export is imported into a new workspace only.</source>
        <translation>Este espaço de trabalho já contém registros; uma exportação só é importada em um espaço de trabalho novo.</translation>
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
        <translation>Modelo desconhecido '%1' (use mentoring|confidentiality).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="78" />
        <location filename="../app/cli/AgreementCommands.cpp" line="154" />
        <source>'%1' is not a date (use YYYY-MM-DD).</source>
        <translation>'%1' não é uma data (use AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="87" />
        <source>--engagement is required.</source>
        <translation>--engagement é obrigatório.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="89" />
        <location filename="../app/cli/AgreementCommands.cpp" line="181" />
        <source>engagement id</source>
        <translation>id do acompanhamento</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="108" />
        <location filename="../app/cli/AgreementCommands.cpp" line="126" />
        <location filename="../app/cli/AgreementCommands.cpp" line="142" />
        <location filename="../app/cli/AgreementCommands.cpp" line="258" />
        <source>agreement id</source>
        <translation>id do acordo</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="125" />
        <source>Give the agreement's id and the PDF file to write.</source>
        <translation>Informe o id do acordo e o arquivo PDF a gravar.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="147" />
        <source>--on-paper SCAN_FILE is required (on-screen signing happens in the app).</source>
        <translation>--on-paper ARQUIVO_DIGITALIZADO é obrigatório (a assinatura na tela é feita no aplicativo).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="158" />
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
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
        <translation>SITUAÇÃO</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="196" />
        <source>VERIFICATION</source>
        <translation>VERIFICAÇÃO</translation>
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
        <translation>Nenhum acordo ainda. Gere um com: %1 agreement create --engagement ID</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="249" />
        <source>At least one signed agreement was modified; run '%1 verify'.</source>
        <translation>Pelo menos um acordo assinado foi modificado; execute '%1 verify'.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="257" />
        <source>Give the agreement's id and the folder to export to.</source>
        <translation>Informe o id do acordo e a pasta para a qual exportar.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="306" />
        <source>The agreement's id (see 'agreement list').</source>
        <translation>O id do acordo (veja 'agreement list').</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="308" />
        <source>mentoring (default) or confidentiality.</source>
        <translation>mentoring (padrão) ou confidentiality.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="308" />
        <source>TEMPLATE</source>
        <translation>MODELO</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="310" />
        <source>The date the agreement ends, YYYY-MM-DD (default: open-ended).</source>
        <translation>A data de término do acordo, AAAA-MM-DD (padrão: sem prazo).</translation>
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
        <translation>Gerar um rascunho de acordo para um acompanhamento e exibir seu id.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="325" />
        <source>The engagement's id (required).</source>
        <translation>O id do acompanhamento (obrigatório).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="332" />
        <source>ID [--end-date DATE]</source>
        <translation>ID [--end-date DATA]</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="333" />
        <source>Generate a draft that amends a signed agreement; print its id.</source>
        <translation>Gerar um rascunho que altera um acordo assinado; exibe seu id.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="341" />
        <source>ID FILE</source>
        <translation>ID ARQUIVO</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="342" />
        <source>Write an agreement as PDF (a signed one: exactly the signed bytes).</source>
        <translation>Gravar um acordo como PDF (se assinado: exatamente os bytes assinados).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="343" />
        <source>The file is written unencrypted: keep it safe or delete it after use.</source>
        <translation>O arquivo é gravado sem criptografia: guarde-o em segurança ou exclua-o após o uso.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="344" />
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="344" />
        <source>The PDF file to write.</source>
        <translation>O arquivo PDF a gravar.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="351" />
        <source>Record that a printed agreement was signed by hand, with its scan.</source>
        <translation>Registrar que um acordo impresso foi assinado à mão, com sua digitalização.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="169" />
        <source>Agreement %1 is recorded as signed by hand on %2; the scan is attached, not checked. Fingerprint %3.</source>
        <translation>O acordo %1 consta como assinado à mão em %2; a digitalização está anexada, não verificada. Impressão digital %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="318" />
        <source>The newest version of the template is filled in from your profile (see 'agreement profile'), the client and the engagement. A detail that is not set yet (your business name or address, the client's email, the fee, ...) prints as a blank line to fill in by hand; the blanks are listed on standard error. Only your name and the client's name are required.</source>
        <translation>A versão mais recente do modelo é preenchida a partir do seu perfil (veja 'agreement profile'), do cliente e do acompanhamento. Um dado ainda não definido (o nome ou o endereço da sua empresa, o e-mail do cliente, os honorários, ...) é impresso como uma linha em branco para preencher à mão; as lacunas são listadas na saída de erro padrão. Somente o seu nome e o nome do cliente são obrigatórios.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="350" />
        <source>ID --on-paper SCAN_FILE [--signed-on DATE]</source>
        <translation>ID --on-paper ARQUIVO_DIGITALIZADO [--signed-on DATA]</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="352" />
        <source>The scan (PDF, PNG or JPEG) is stored in the workspace as it is; the handwritten signatures on it are not checked. The agreement is frozen: its PDF, a manifest and the manifest's signature are stored and no later change is possible.</source>
        <translation>A digitalização (PDF, PNG ou JPEG) é guardada no espaço de trabalho como está; as assinaturas à mão nela não são verificadas. O acordo é congelado: seu PDF, um manifesto e a assinatura do manifesto são guardados e nenhuma alteração posterior é possível.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="358" />
        <source>The scan of the signed paper.</source>
        <translation>A digitalização do papel assinado.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="358" />
        <source>SCAN_FILE</source>
        <translation>ARQUIVO_DIGITALIZADO</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="360" />
        <source>The day the paper was signed, YYYY-MM-DD (default: today); not before the draft was generated, not in the future.</source>
        <translation>O dia em que o papel foi assinado, AAAA-MM-DD (padrão: hoje); não antes da geração do rascunho, nem no futuro.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="368" />
        <source>[--json] [--engagement ID]</source>
        <translation>[--json] [--engagement ID]</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="369" />
        <source>List agreements with their state and verification.</source>
        <translation>Listar os acordos com sua situação e verificação.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="370" />
        <source>Exits with status 1 when a signed agreement does not verify.</source>
        <translation>Sai com status 1 quando um acordo assinado não passa na verificação.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="371" />
        <source>Print a JSON array.</source>
        <translation>Exibir um array JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="372" />
        <source>Only this engagement's.</source>
        <translation>Somente os deste acompanhamento.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="378" />
        <source>ID DIR</source>
        <translation>ID DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="379" />
        <source>Export a signed agreement for the client, with what proves it.</source>
        <translation>Exportar um acordo assinado para o cliente, com o que o comprova.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="380" />
        <source>Writes agreement.pdf, manifest.json, manifest.sig (raw Ed25519 signature), manifest.sig.base64, public-key.pem, the signature images or the scan, and a README.txt on checking them with sha256sum and openssl. Existing files are never overwritten.</source>
        <translation>Grava agreement.pdf, manifest.json, manifest.sig (assinatura Ed25519 bruta), manifest.sig.base64, public-key.pem, as imagens das assinaturas ou a digitalização, e um README.txt sobre como verificá-los com sha256sum e openssl. Arquivos existentes nunca são sobrescritos.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="384" />
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="384" />
        <source>The folder to write to.</source>
        <translation>A pasta em que gravar.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="390" />
        <source>[--name TEXT] [--business-name TEXT] [--address TEXT] [...]</source>
        <translation>[--name TEXTO] [--business-name TEXTO] [--address TEXTO] [...]</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="391" />
        <source>Show or change your mentor profile, as agreements print it.</source>
        <translation>Exibir ou alterar seu perfil de mentor, como os acordos o imprimem.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="392" />
        <source>Prints the profile as JSON after applying the options given. In --address, \n starts a new line.</source>
        <translation>Exibe o perfil como JSON após aplicar as opções informadas. Em --address, \n inicia uma nova linha.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="397" />
        <source>Set %1.</source>
        <translation>Definir %1.</translation>
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
        <translation>  (automático)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/BackupCommands.cpp" line="92" />
        <source>Backup written and verified: %1 rows in %n table(s) are identical to the workspace.</source>
        <translation>
            <numerusform>Backup gravado e verificado: %1 linhas em %n tabela são idênticas ao espaço de trabalho.</numerusform>
            <numerusform>Backup gravado e verificado: %1 linhas em %n tabelas são idênticas ao espaço de trabalho.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="116" />
        <source>No verified backups in %1.</source>
        <translation>Nenhum backup verificado em %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="123" />
        <source>  (another workspace)</source>
        <translation>  (outro espaço de trabalho)</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="132" />
        <source>Recovery key of the backup: </source>
        <translation>Chave de recuperação do backup: </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="133" />
        <source>Passphrase of the backup (the one the workspace had then): </source>
        <translation>Frase-senha do backup (a que o espaço de trabalho tinha na época): </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="134" />
        <source>No recovery key was given on standard input.</source>
        <translation>Nenhuma chave de recuperação foi informada na entrada padrão.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="135" />
        <source>No passphrase was given on standard input.</source>
        <translation>Nenhuma frase-senha foi informada na entrada padrão.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="157" />
        <source>Name the backup folder to check.</source>
        <translation>Informe a pasta do backup a verificar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/BackupCommands.cpp" line="177" />
        <source>The backup is damaged: %n problem(s) found.</source>
        <translation>
            <numerusform>O backup está danificado: %n problema encontrado.</numerusform>
            <numerusform>O backup está danificado: %n problemas encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="187" />
        <source>Name the backup folder to restore.</source>
        <translation>Informe a pasta do backup a restaurar.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="190" />
        <source>Give the new workspace folder with --to DIR; a restore never replaces a workspace in place.</source>
        <translation>Informe a nova pasta do espaço de trabalho com --to DIR; uma restauração nunca substitui um espaço de trabalho no lugar.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="198" />
        <source>%1 already holds a workspace; MentorDesk never restores over one. Choose an empty or new folder.</source>
        <translation>%1 já contém um espaço de trabalho; o MentorDesk nunca restaura por cima de um. Escolha uma pasta vazia ou nova.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="211" />
        <source>Restored the backup of %1 into %2. Open it with: %3 --workspace "%2"</source>
        <translation>Backup de %1 restaurado em %2. Abra-o com: %3 --workspace "%2"</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="223" />
        <source>[--to DIR] [--json]</source>
        <translation>[--to DIR] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="224" />
        <source>Write a verified, encrypted backup of the workspace.</source>
        <translation>Gravar um backup verificado e criptografado do espaço de trabalho.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="226" />
        <source>Copies every committed change (also those still in the write-ahead log) into a new
folder named after the date and time, encrypted under the same key: the recovery
key opens it. The copy is read back and compared table by table before it is
kept; a backup that does not match is deleted and the command fails. Works while
MentorDesk is open. Without --to, the backup folder of this computer's
preferences is used (by default beside the workspace folder).</source>
        <translation>Copia todas as alterações confirmadas (também as que ainda estão no log de gravação antecipada) para uma nova
pasta com o nome da data e da hora, criptografada com a mesma chave: a chave de
recuperação a abre. A cópia é relida e comparada tabela por tabela antes de ser
mantida; um backup que não confere é excluído e o comando falha. Funciona com o
MentorDesk aberto. Sem --to, é usada a pasta de backup das preferências deste
computador (por padrão, ao lado da pasta do espaço de trabalho).</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="233" />
        <source>The folder to write the backup into.</source>
        <translation>A pasta em que gravar o backup.</translation>
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
        <translation>Exibir o backup como JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="240" />
        <source>[--from DIR] [--json]</source>
        <translation>[--from DIR] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="241" />
        <source>List the verified backups, newest first.</source>
        <translation>Listar os backups verificados, do mais recente ao mais antigo.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="242" />
        <source>Needs no passphrase: the description of each backup holds no client data.</source>
        <translation>Não precisa de frase-senha: a descrição de cada backup não contém dados de clientes.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="243" />
        <source>The folder to look in.</source>
        <translation>A pasta em que procurar.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="244" />
        <source>Print a JSON array.</source>
        <translation>Exibir um array JSON.</translation>
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
        <translation>Verificar um backup: integridade e cada tabela com seus checksums.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="252" />
        <source>Asks for the passphrase the workspace had when the backup was made (or,
with --recovery-key, the recovery key). Prints OK, or the problems
found and exits with status 1. The backup itself is not modified.</source>
        <translation>Pede a frase-senha que o espaço de trabalho tinha quando o backup foi feito (ou,
com --recovery-key, a chave de recuperação). Exibe OK, ou os problemas
encontrados e sai com status 1. O backup em si não é modificado.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="255" />
        <location filename="../app/cli/BackupCommands.cpp" line="268" />
        <source>A backup folder (or its backup.json).</source>
        <translation>Uma pasta de backup (ou o seu backup.json).</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="261" />
        <source>BACKUP --to DIR</source>
        <translation>BACKUP --to DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="262" />
        <source>Restore a backup into a new workspace folder.</source>
        <translation>Restaurar um backup em uma nova pasta de espaço de trabalho.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="263" />
        <source>The folder must be new or empty: the live workspace is never replaced
in place. The restored copy is opened with the passphrase of the backup
(or the recovery key) and checked against its checksums; when it does
not match, nothing is left behind.</source>
        <translation>A pasta deve ser nova ou estar vazia: o espaço de trabalho em uso nunca é substituído
no lugar. A cópia restaurada é aberta com a frase-senha do backup
(ou a chave de recuperação) e conferida com seus checksums; se não
conferir, nada é deixado para trás.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="267" />
        <source>The new workspace folder.</source>
        <translation>A nova pasta do espaço de trabalho.</translation>
    </message>
</context>
<context>
    <name>md::cli::BillingCommands</name>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="80" />
        <source>--kind must be single, package or retainer.</source>
        <translation>--kind deve ser single, package ou retainer.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="83" />
        <source>--name is required.</source>
        <translation>--name é obrigatório.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="85" />
        <source>--price is required.</source>
        <translation>--price é obrigatório.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="93" />
        <source>--sessions and --months take a whole number.</source>
        <translation>--sessions e --months aceitam um número inteiro.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="120" />
        <source>--engagement and --offering are required.</source>
        <translation>--engagement e --offering são obrigatórios.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="122" />
        <source>engagement id</source>
        <translation>id do acompanhamento</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="125" />
        <source>offering id</source>
        <translation>id da oferta</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="133" />
        <source>'%1' is not a date: write YYYY-MM-DD.</source>
        <translation>'%1' não é uma data: escreva AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="168" />
        <source>'%1' is not a year.</source>
        <translation>'%1' não é um ano.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="206" />
        <source>Revenue %1 (%2): month, net, tax, gross, received</source>
        <translation>Receita %1 (%2): mês, líquido, imposto, bruto, recebido</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="213" />
        <source>Owed by client: 0-30, 31-60, 61-90, over 90 days, total</source>
        <translation>Em aberto por cliente: 0-30, 31-60, 61-90, mais de 90 dias, total</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="226" />
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="227" />
        <source>Write invoices.csv, invoice_lines.csv and payments.csv.</source>
        <translation>Gravar invoices.csv, invoice_lines.csv e payments.csv.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="229" />
        <source>CSV as RFC 4180 (every field quoted, CRLF line ends), UTF-8, amounts with a dot as decimal separator and dates as YYYY-MM-DD, whatever the language settings. Drafts are left out.</source>
        <translation>CSV conforme a RFC 4180 (todos os campos entre aspas, quebras de linha CRLF), UTF-8, valores com ponto como separador decimal e datas como AAAA-MM-DD, quaisquer que sejam as configurações de idioma. Rascunhos ficam de fora.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="233" />
        <source>Folder to write to (made if missing).</source>
        <translation>Pasta em que gravar (criada se não existir).</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="239" />
        <source>[--year YEAR] [--json]</source>
        <translation>[--year ANO] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="240" />
        <source>Revenue by month and what each client owes, by age.</source>
        <translation>Receita por mês e o que cada cliente deve, por idade.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="242" />
        <source>The year (default: this year).</source>
        <translation>O ano (padrão: este ano).</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="242" />
        <source>YEAR</source>
        <translation>ANO</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="243" />
        <source>Print a JSON object.</source>
        <translation>Exibir um objeto JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="249" />
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="250" />
        <source>List the price list with its ids.</source>
        <translation>Listar a tabela de preços com seus ids.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="251" />
        <source>Print a JSON array.</source>
        <translation>Exibir um array JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="258" />
        <source>--kind single|package|retainer --name NAME --price AMOUNT [--tax-rate PERCENT] [--sessions N] [--months N]</source>
        <translation>--kind single|package|retainer --name NOME --price VALOR [--tax-rate PERCENTUAL] [--sessions N] [--months N]</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="260" />
        <source>Add an entry to the price list; prints its id.</source>
        <translation>Adicionar um item à tabela de preços; exibe seu id.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="262" />
        <source>The price is before tax, per session, per package or per month, in the workspace currency. Packages take --sessions (sessions included) and --months (validity, 0 = no expiry). Without --tax-rate the standard rate applies.</source>
        <translation>O preço é sem impostos, por sessão, por pacote ou por mês, na moeda do espaço de trabalho. Pacotes aceitam --sessions (sessões incluídas) e --months (validade, 0 = sem vencimento). Sem --tax-rate, aplica-se a alíquota padrão.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="266" />
        <source>single, package or retainer.</source>
        <translation>single, package ou retainer.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="266" />
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="267" />
        <source>The name printed on invoices.</source>
        <translation>O nome impresso nas faturas.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="267" />
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="268" />
        <source>The price before tax.</source>
        <translation>O preço sem impostos.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="268" />
        <source>AMOUNT</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="269" />
        <source>The tax rate in percent.</source>
        <translation>A alíquota em percentual.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="269" />
        <source>PERCENT</source>
        <translation>PERCENTUAL</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="270" />
        <source>Packages: sessions included.</source>
        <translation>Pacotes: sessões incluídas.</translation>
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
        <translation>Pacotes: meses de validade.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="277" />
        <source>--engagement ID --offering ID [--date YYYY-MM-DD]</source>
        <translation>--engagement ID --offering ID [--date AAAA-MM-DD]</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="278" />
        <source>Sell a package of the price list to an engagement; prints the id of its invoice draft.</source>
        <translation>Vender um pacote da tabela de preços a um acompanhamento; exibe o id do rascunho de fatura.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="281" />
        <source>The engagement gets the package's sessions as credits, valid from the date of sale (default: today) for the package's months; its held sessions use them. The draft invoice bills the package's price; issue it with `invoice issue`.</source>
        <translation>O acompanhamento recebe as sessões do pacote como créditos, válidos a partir da data da venda (padrão: hoje) pelos meses do pacote; as sessões realizadas os consomem. O rascunho de fatura cobra o preço do pacote; emita-o com `invoice issue`.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="285" />
        <source>The engagement's id (required).</source>
        <translation>O id do acompanhamento (obrigatório).</translation>
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
        <translation>O id do pacote em `billing offerings`.</translation>
    </message>
    <message>
        <location filename="../app/cli/BillingCommands.cpp" line="288" />
        <source>The date of sale.</source>
        <translation>A data da venda.</translation>
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
        <translation>Informe o endereço do servidor com --url.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="52" />
        <source>Give the user name with --user.</source>
        <translation>Informe o nome de usuário com --user.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="61" />
        <source>Password of %1 on %2: </source>
        <translation>Senha de %1 em %2: </translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="62" />
        <source>No password for the calendar server was given on standard input.</source>
        <translation>Nenhuma senha do servidor de agenda foi informada na entrada padrão.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="77" />
        <source>Connected: sessions will be published to %1.</source>
        <translation>Conectado: as sessões serão publicadas em %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CalendarCommands.cpp" line="80" />
        <source>%n change(s) waiting; run 'calendar sync' to send them.</source>
        <translation>
            <numerusform>%n alteração aguardando; execute 'calendar sync' para enviá-la.</numerusform>
            <numerusform>%n alterações aguardando; execute 'calendar sync' para enviá-las.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="94" />
        <source>Published %1, removed %2.</source>
        <extracomment>Counts of calendar events (a series counts once) sent to the server.</extracomment>
        <translation>Publicados: %1, removidos: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CalendarCommands.cpp" line="97" />
        <source>%n event(s) were changed on the server and were not overwritten.</source>
        <translation>
            <numerusform>%n evento foi alterado no servidor e não foi sobrescrito.</numerusform>
            <numerusform>%n eventos foram alterados no servidor e não foram sobrescritos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CalendarCommands.cpp" line="101" />
        <source>Read %n busy time(s) from the other calendars.</source>
        <translation>
            <numerusform>%n horário ocupado lido das outras agendas.</numerusform>
            <numerusform>%n horários ocupados lidos das outras agendas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CalendarCommands.cpp" line="105" />
        <source>%n change(s) still waiting.</source>
        <translation>
            <numerusform>%n alteração ainda aguardando.</numerusform>
            <numerusform>%n alterações ainda aguardando.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="108" />
        <source>Changed on the server: %1, waiting for your choice (see 'calendar differences').</source>
        <translation>Eventos alterados no servidor: %1, aguardando sua escolha (veja 'calendar differences').</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="124" />
        <source>No calendar account is connected.</source>
        <translation>Nenhuma conta de agenda está conectada.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="127" />
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="128" />
        <source>User: %1</source>
        <translation>Usuário: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="129" />
        <source>Calendar: %1</source>
        <translation>Agenda: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="130" />
        <source>Last sync: %1</source>
        <translation>Última sincronização: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="131" />
        <source>Changes waiting: %1</source>
        <translation>Alterações aguardando: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="132" />
        <source>Events changed on the server: %1</source>
        <translation>Eventos alterados no servidor: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="134" />
        <source>See them with 'calendar differences'.</source>
        <translation>Veja-os com 'calendar differences'.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="136" />
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="142" />
        <source>Give either --busy-titles or --no-busy-titles, not both.</source>
        <translation>Informe --busy-titles ou --no-busy-titles, não ambos.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="158" />
        <source>No calendar is read for busy times now; the busy times read before were removed.</source>
        <translation>Agora nenhuma agenda é lida para horários ocupados; os horários ocupados lidos antes foram removidos.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="162" />
        <source>Busy times are read from %1 on the next 'calendar sync'.</source>
        <translation>Os horários ocupados serão lidos de %1 no próximo 'calendar sync'.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="174" />
        <source>The calendar account was removed from this workspace; the events already published stay on the server.</source>
        <translation>A conta de agenda foi removida deste espaço de trabalho; os eventos já publicados permanecem no servidor.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="186" />
        <source>--url URL --user USER [--calendar NAME] [--busy NAME]... [--busy-titles]</source>
        <translation>--url URL --user USUÁRIO [--calendar NOME] [--busy NOME]... [--busy-titles]</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="187" />
        <source>Connect a CalDAV calendar account to publish the sessions to.</source>
        <translation>Conectar uma conta de agenda CalDAV na qual publicar as sessões.</translation>
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
        <translation>Encontra as agendas da conta no servidor (o endereço pode ser o do próprio servidor,
por exemplo, https://cloud.example.com/) e publica na agenda chamada NOME
("MentorDesk", se não for informada), que é criada quando não existe. Pede a
frase-senha do espaço de trabalho e depois a senha do servidor; quando a entrada padrão não é um
terminal, a linha 1 é a frase-senha e a linha 2, a senha. A senha é guardada
apenas dentro do espaço de trabalho criptografado. É obrigatório um endereço seguro (https://).

Os eventos publicados mostram "Sessão de mentoria" com as iniciais do cliente e o
formato: nunca anotações, metas, locais, links, endereços de e-mail ou nomes completos.

Os eventos das agendas indicadas com --busy (repita-o para várias) são lidos
em cada sincronização como horários ocupados para os avisos de conflito, com o título "Ocupado", a menos que
--busy-titles seja informado.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="203" />
        <source>The CalDAV server's address.</source>
        <translation>O endereço do servidor CalDAV.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="203" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="204" />
        <source>The user name on the server.</source>
        <translation>O nome de usuário no servidor.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="204" />
        <source>USER</source>
        <translation>USUÁRIO</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="205" />
        <source>The calendar to publish to.</source>
        <translation>A agenda na qual publicar.</translation>
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
        <translation>Outra agenda cujos eventos são horários ocupados.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="208" />
        <location filename="../app/cli/CalendarCommands.cpp" line="241" />
        <source>Keep the titles of the busy times.</source>
        <translation>Manter os títulos dos horários ocupados.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="214" />
        <source>Send the session changes waiting for the calendar server.</source>
        <translation>Enviar as alterações de sessões que aguardam o servidor de agenda.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="216" />
        <source>Changes wait in the workspace while the server cannot be reached and go out on
the next sync. An event changed or deleted on the server is not overwritten: it
is listed by 'calendar differences' for your choice.</source>
        <translation>As alterações aguardam no espaço de trabalho enquanto o servidor não pode ser
acessado e são enviadas na próxima sincronização. Um evento alterado ou excluído
no servidor não é sobrescrito: ele é listado por 'calendar differences' para que
você escolha.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="224" />
        <source>Show the calendar account, the last sync and what is waiting.</source>
        <translation>Mostrar a conta de agenda, a última sincronização e o que está aguardando.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="230" />
        <source>[--busy NAME]... [--busy-titles | --no-busy-titles]</source>
        <translation>[--busy NOME]... [--busy-titles | --no-busy-titles]</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="231" />
        <source>Choose the other calendars whose events are busy times.</source>
        <translation>Escolher as outras agendas cujos eventos são horários ocupados.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="233" />
        <source>Replaces the calendars read as busy times with those named with --busy (repeat
it for several; none: no calendar is read). The busy times of a calendar no
longer named are removed at once; the next sync reads the ones named. Their
titles are kept with --busy-titles, shown as "Busy" with --no-busy-titles, and
stay as they were without either.</source>
        <translation>Substitui as agendas lidas como horários ocupados pelas indicadas com --busy
(repita-o para várias; sem --busy, nenhuma agenda é lida). Os horários ocupados
de uma agenda que deixou de ser indicada são removidos na hora; a próxima
sincronização lê as indicadas. Seus títulos são mantidos com --busy-titles,
mostrados como "Ocupado" com --no-busy-titles e ficam como estavam sem
nenhuma das duas opções.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="242" />
        <source>Show the busy times as "Busy" only.</source>
        <translation>Mostrar os horários ocupados apenas como "Ocupado".</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="250" />
        <source>Remove the calendar account from this workspace.</source>
        <translation>Remover a conta de agenda deste espaço de trabalho.</translation>
    </message>
</context>
<context>
    <name>md::cli::CalendarDifferenceCommands</name>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="68" />
        <source>No differences: the server has what MentorDesk published.</source>
        <translation>Nenhuma diferença: o servidor tem o que o MentorDesk publicou.</translation>
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
        <translation>SESSÃO</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="73" />
        <source>ON THE SERVER</source>
        <translation>NO SERVIDOR</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="78" />
        <source>Take one into MentorDesk with 'calendar accept ID', or keep MentorDesk's version with 'calendar overwrite ID'.</source>
        <translation>Aceite uma no MentorDesk com 'calendar accept ID' ou mantenha a versão do MentorDesk com 'calendar overwrite ID'.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="85" />
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="101" />
        <source>difference id</source>
        <translation>id de diferença</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="95" />
        <source>Warning: %1</source>
        <translation>Atenção: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="96" />
        <source>The server's version is now in MentorDesk.</source>
        <translation>A versão do servidor agora está no MentorDesk.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="110" />
        <source>The server has MentorDesk's version again.</source>
        <translation>O servidor voltou a ter a versão do MentorDesk.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="111" />
        <source>MentorDesk's version is kept; it goes to the server with the next sync.</source>
        <translation>A versão do MentorDesk foi mantida; ela vai para o servidor na próxima sincronização.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="120" />
        <source>The difference's id, as 'calendar differences' lists it.</source>
        <translation>O id da diferença, conforme listado por 'calendar differences'.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="125" />
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="126" />
        <source>List the events changed or deleted on the calendar server.</source>
        <translation>Listar os eventos alterados ou excluídos no servidor de agenda.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="128" />
        <source>An event published by MentorDesk and then changed or deleted on the server (on
a phone, in another calendar app) is not overwritten: each change is listed here
until you accept it into MentorDesk (calendar accept) or keep MentorDesk's
version (calendar overwrite). Until then MentorDesk's own changes to that event
wait too. 'calendar sync' finds the differences.</source>
        <translation>Um evento publicado pelo MentorDesk e depois alterado ou excluído no servidor
(em um celular, em outro aplicativo de agenda) não é sobrescrito: cada alteração
fica listada aqui até que você a aceite no MentorDesk (calendar accept) ou
mantenha a versão do MentorDesk (calendar overwrite). Até lá, as alterações do
próprio MentorDesk nesse evento também aguardam. 'calendar sync' encontra as
diferenças.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="133" />
        <source>Print the list as JSON.</source>
        <translation>Exibir a lista como JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="140" />
        <source>Take the server's version of an event into MentorDesk.</source>
        <translation>Aceitar no MentorDesk a versão do servidor de um evento.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="142" />
        <source>A moved event moves the session; an event or occurrence deleted or cancelled on
the server cancels the session, as cancelled by you (its notes stay). A series
deleted on the server cancels its planned sessions still to come. Conflicts with
other sessions or busy times are shown as warnings.</source>
        <translation>Um evento movido move a sessão; um evento ou uma ocorrência excluídos ou
cancelados no servidor cancelam a sessão, como se você a tivesse cancelado (as
anotações dela permanecem). Uma série excluída no servidor cancela as sessões
planejadas que ainda estão por vir. Conflitos com outras sessões ou com horários
ocupados são exibidos como avisos.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="154" />
        <source>Keep MentorDesk's version of an event, overwriting the server's.</source>
        <translation>Manter a versão do MentorDesk de um evento, sobrescrevendo a do servidor.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarDifferenceCommands.cpp" line="156" />
        <source>The event is written to the server again as MentorDesk has it (an event deleted
there is made again), at once when the server can be reached, else with the next
sync.</source>
        <translation>O evento é gravado novamente no servidor como está no MentorDesk (um evento
excluído lá é criado de novo), imediatamente se o servidor estiver acessível;
caso contrário, na próxima sincronização.</translation>
    </message>
</context>
<context>
    <name>md::cli::CliRunner</name>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="53" />
        <source>The workspace folder (default: %1).</source>
        <translation>A pasta do espaço de trabalho (padrão: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="55" />
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="57" />
        <source>Try the key remembered in the system keychain first; if that fails for any reason, ask as usual.</source>
        <translation>Tentar primeiro a chave lembrada no chaveiro do sistema; se falhar por qualquer motivo, perguntar como de costume.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="60" />
        <source>Unlock with the recovery key (read like a passphrase) instead.</source>
        <translation>Desbloquear com a chave de recuperação (lida como uma frase-senha).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="62" />
        <source>Show this help; 'COMMAND --help' shows one command.</source>
        <translation>Mostrar esta ajuda; 'COMANDO --help' mostra a de um comando.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="63" />
        <source>Show the version.</source>
        <translation>Mostrar a versão.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="82" />
        <source>Print the manual page (roff).</source>
        <translation>Exibir a página de manual (roff).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="107" />
        <source>No command given.</source>
        <translation>Nenhum comando informado.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="116" />
        <location filename="../app/cli/CliRunner.cpp" line="127" />
        <source>Unknown command '%1'.</source>
        <translation>Comando desconhecido '%1'.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="126" />
        <source>'%1' needs a sub-command.</source>
        <translation>'%1' precisa de um subcomando.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="147" />
        <source>--version goes before the command.</source>
        <translation>--version vem antes do comando.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="155" />
        <source>Missing argument %1.</source>
        <translation>Falta o argumento %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="159" />
        <source>Unexpected argument '%1'.</source>
        <translation>Argumento inesperado '%1'.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRunner.cpp" line="168" />
        <source>--workspace needs a folder.</source>
        <translation>--workspace precisa de uma pasta.</translation>
    </message>
</context>
<context>
    <name>md::cli::ClientBillingCommand</name>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="66" />
        <source>Billing name: %1</source>
        <translation>Nome de faturamento: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="67" />
        <source>(the client's name)</source>
        <translation>(o nome do cliente)</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="69" />
        <source>Address:</source>
        <translation>Endereço:</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="69" />
        <source> (none)</source>
        <translation> (nenhum)</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="73" />
        <source>Tax ID: %1</source>
        <translation>CNPJ/CPF: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="73" />
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="74" />
        <source>Printed under BILL TO:</source>
        <translation>Impresso em FATURAR PARA:</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="80" />
        <source>client id</source>
        <translation>id do cliente</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="119" />
        <source>ID [--name TEXT] [--address TEXT] [--tax-id TEXT] [--json]</source>
        <translation>ID [--name TEXTO] [--address TEXTO] [--tax-id TEXTO] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="120" />
        <source>Show or set the billing name, address and tax id for invoices.</source>
        <translation>Exibir ou definir o nome de faturamento, o endereço e o CNPJ/CPF das faturas.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="122" />
        <source>Without options, shows the client's billing details and how they are printed under BILL TO. With options, sets the given fields (an empty value clears one) and shows the result. In --address, \n starts a new line, e.g. "Example Ltd\n1 Main Street\n12345 Berlin". Invoices issued from now on print these details; issued invoices keep what they were sent with.</source>
        <translation>Sem opções, exibe os dados de faturamento do cliente e como são impressos em FATURAR PARA. Com opções, define os campos informados (um valor vazio limpa o campo) e exibe o resultado. Em --address, \n inicia uma nova linha, por exemplo, "Exemplo Ltda.\nRua Principal, 1\n01310-100 São Paulo". As faturas emitidas a partir de agora imprimem estes dados; as faturas já emitidas mantêm os dados com que foram enviadas.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="127" />
        <source>The client's id.</source>
        <translation>O id do cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="129" />
        <source>Billing name (a company); empty = the client's name.</source>
        <translation>Nome de faturamento (uma empresa); vazio = o nome do cliente.</translation>
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
        <translation>Endereço postal; \n para novas linhas.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="132" />
        <source>The client's VAT id or tax number.</source>
        <translation>O CNPJ ou CPF do cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientBillingCommand.cpp" line="133" />
        <source>Print a JSON object.</source>
        <translation>Exibir um objeto JSON.</translation>
    </message>
</context>
<context>
    <name>md::cli::ClientCommands</name>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="35" />
        <source>Full name (required).</source>
        <translation>Nome completo (obrigatório).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="36" />
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="38" />
        <source>The name they like to be called.</source>
        <translation>O nome pelo qual prefere ser chamado.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="39" />
        <source>Preferred name</source>
        <translation>Nome preferido</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="41" />
        <source>Email address.</source>
        <translation>Endereço de e-mail.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="42" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="44" />
        <source>Phone number.</source>
        <translation>Número de telefone.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="45" />
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="47" />
        <source>Employer or organisation.</source>
        <translation>Empregador ou organização.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="48" />
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="50" />
        <source>Current role or job title.</source>
        <translation>Cargo ou função atual.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="51" />
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="53" />
        <source>IANA time zone, e.g. Europe/Berlin.</source>
        <translation>Fuso horário IANA, por exemplo, America/Sao_Paulo.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="54" />
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="56" />
        <source>How they found you.</source>
        <translation>Como conheceu você.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="57" />
        <source>Found you via</source>
        <translation>Como conheceu você</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="59" />
        <source>Background.</source>
        <translation>Histórico.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="60" />
        <source>Background</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="62" />
        <source>Strengths.</source>
        <translation>Pontos fortes.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="63" />
        <source>Strengths</source>
        <translation>Pontos fortes</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="65" />
        <source>Weaknesses.</source>
        <translation>Pontos fracos.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="66" />
        <source>Weaknesses</source>
        <translation>Pontos fracos</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="68" />
        <source>Career aspirations.</source>
        <translation>Aspirações de carreira.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="69" />
        <source>Aspirations</source>
        <translation>Aspirações</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="71" />
        <source>What they want to keep doing.</source>
        <translation>O que quer continuar fazendo.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="72" />
        <source>Keep doing</source>
        <translation>Continuar fazendo</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="74" />
        <source>What they want to start doing.</source>
        <translation>O que quer começar a fazer.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="75" />
        <source>Start doing</source>
        <translation>Começar a fazer</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="77" />
        <source>What they want to stop doing.</source>
        <translation>O que quer parar de fazer.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="78" />
        <source>Stop doing</source>
        <translation>Parar de fazer</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="117" />
        <source>The client's id (see 'client list').</source>
        <translation>O id do cliente (veja 'client list').</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="151" />
        <source>Language of the client's agreements, invoices and summaries: one of %1 (default: yours, the setting profile.language).</source>
        <translation>Idioma dos acordos, faturas e resumos do cliente: um de %1 (padrão: o seu, a configuração profile.language).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="154" />
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="189" />
        <source>'%1' is not a client id (a positive number).</source>
        <translation>'%1' não é um id de cliente (um número positivo).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="201" />
        <source>--name is required.</source>
        <translation>--name é obrigatório.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="169" />
        <source>Unknown status '%1' (use %2).</source>
        <translation>Status desconhecido '%1' (use %2).</translation>
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
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="246" />
        <source>Updated client %1.</source>
        <translation>Cliente %1 atualizado.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="263" />
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="263" />
        <source>ORGANISATION</source>
        <translation>ORGANIZAÇÃO</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="271" />
        <source> (archived)</source>
        <translation> (arquivado)</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="283" />
        <source>No clients yet. Add one with: %1 client add --name NAME</source>
        <translation>Nenhum cliente ainda. Adicione um com: %1 client add --name NOME</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="301" />
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="302" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="304" />
        <source>Document language</source>
        <translation>Idioma dos documentos</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="305" />
        <source>yours</source>
        <translation>o seu</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="307" />
        <source>Archived</source>
        <translation>Arquivado</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="307" />
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="307" />
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="308" />
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="309" />
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="352" />
        <source>Archived client %1.</source>
        <translation>Cliente %1 arquivado.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="352" />
        <source>Restored client %1.</source>
        <translation>Cliente %1 restaurado.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="364" />
        <source>Deleting a client cannot be undone; add --yes to confirm (or archive instead).</source>
        <translation>A exclusão de um cliente não pode ser desfeita; adicione --yes para confirmar (ou arquive-o).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="374" />
        <source>Deleted client %1 (%2).</source>
        <translation>Cliente %1 (%2) excluído.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="384" />
        <source>--name NAME [options]</source>
        <translation>--name NOME [opções]</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="385" />
        <source>Add a client and print the new id.</source>
        <translation>Adicionar um cliente e exibir o novo id.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="146" />
        <source>Comma-separated tags, e.g. a,b.</source>
        <translation>Etiquetas separadas por vírgula, por exemplo, a,b.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="146" />
        <source>TAGS</source>
        <translation>ETIQUETAS</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="148" />
        <source>One of %1 (default: prospect).</source>
        <translation>Um de %1 (padrão: prospect).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="392" />
        <source>ID [options]</source>
        <translation>ID [opções]</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="393" />
        <source>Change a client's profile: only the fields given.</source>
        <translation>Alterar o perfil de um cliente: apenas os campos informados.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="394" />
        <source>Takes the options of 'client add'. An option given empty clears its field (--language "" makes the client's documents follow yours); --tags replaces every tag.</source>
        <translation>Aceita as opções de 'client add'. Uma opção informada vazia limpa seu campo (--language "" faz os documentos do cliente seguirem os seus); --tags substitui todas as etiquetas.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="404" />
        <source>[--json] [--all]</source>
        <translation>[--json] [--all]</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="405" />
        <source>List the clients (without archived ones unless --all).</source>
        <translation>Listar os clientes (sem os arquivados, a menos que --all).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="406" />
        <source>Print a JSON array of clients.</source>
        <translation>Exibir um array JSON de clientes.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="407" />
        <source>Include archived clients.</source>
        <translation>Incluir clientes arquivados.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="413" />
        <source>ID [--json]</source>
        <translation>ID [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="414" />
        <source>Show one client's profile.</source>
        <translation>Exibir o perfil de um cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="416" />
        <source>Print the client as a JSON object.</source>
        <translation>Exibir o cliente como um objeto JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="423" />
        <source>Archive a client (hidden from lists, kept in the workspace).</source>
        <translation>Arquivar um cliente (oculto nas listas, mantido no espaço de trabalho).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="433" />
        <source>Bring an archived client back.</source>
        <translation>Trazer de volta um cliente arquivado.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="442" />
        <source>ID --yes</source>
        <translation>ID --yes</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="443" />
        <source>Delete a client for good (the freed pages are overwritten).</source>
        <translation>Excluir um cliente definitivamente (as páginas liberadas são sobrescritas).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientCommands.cpp" line="445" />
        <source>Confirm that the client is deleted.</source>
        <translation>Confirmar que o cliente será excluído.</translation>
    </message>
</context>
<context>
    <name>md::cli::ClientImportCommand</name>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="61" />
        <source>Name the CSV or vCard file to import.</source>
        <translation>Informe o arquivo CSV ou vCard a importar.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="66" />
        <source>--duplicates is "skip" or "merge", not "%1".</source>
        <translation>--duplicates é "skip" ou "merge", não "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="72" />
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="74" />
        <source>%1 is larger than %2 MB; split it into smaller files.</source>
        <translation>%1 tem mais de %2 MB; divida-o em arquivos menores.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="85" />
        <source>--map is for CSV files; vCard fields are fixed.</source>
        <translation>--map é para arquivos CSV; os campos de vCard são fixos.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="102" />
        <source>--map takes FIELD=HEADER; "%1" names no field. Fields: name, first-name, middle-name, last-name, preferred-name, email, phone, organisation, role, timezone, source, background, tags, ignore.</source>
        <translation>--map aceita CAMPO=CABEÇALHO; "%1" não indica nenhum campo. Campos: name, first-name, middle-name, last-name, preferred-name, email, phone, organisation, role, timezone, source, background, tags, ignore.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="108" />
        <source>The file has no column "%1". Its columns: %2</source>
        <translation>O arquivo não tem a coluna "%1". Suas colunas: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="151" />
        <source>Line %1: %2 %3 (%4)</source>
        <translation>Linha %1: %2 %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="153" />
        <source>merge</source>
        <translation>mesclar</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="154" />
        <source>skip</source>
        <translation>pular</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="162" />
        <source>Dry run: %1 would be added, %2 merged and %3 skipped. Nothing was changed.</source>
        <translation>Simulação: %1 seriam adicionados, %2 mesclados e %3 pulados. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="169" />
        <source>Imported from %1: %2 added, %3 merged, %4 skipped.</source>
        <translation>Importado de %1: %2 adicionados, %3 mesclados, %4 pulados.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="181" />
        <source>FILE [--dry-run] [--duplicates skip|merge] [--map FIELD=HEADER]…</source>
        <translation>ARQUIVO [--dry-run] [--duplicates skip|merge] [--map CAMPO=CABEÇALHO]…</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="182" />
        <source>Import clients from a CSV or vCard file.</source>
        <translation>Importar clientes de um arquivo CSV ou vCard.</translation>
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
        <translation>Lê CSV (UTF-8, com ou sem marca de ordem de bytes, vírgula ou ponto e vírgula) com uma
linha de cabeçalho, como o Google Contatos, o Outlook, o LinkedIn ou uma planilha o gravam, ou
vCard 2.1, 3.0 ou 4.0. As colunas são associadas aos campos do perfil pelos
nomes; --map email="Work E-mail" define uma manualmente. É tudo ou nada: um
registro malformado é informado com sua linha, coluna e motivo, e nada é
importado. Um cliente com o mesmo e-mail (ou, sem e-mail, o mesmo nome) de um
existente, ou de uma linha anterior, é um duplicado: é pulado ou, com
--duplicates merge, usado para preencher os campos vazios e adicionar etiquetas. --dry-run mostra
o que aconteceria.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="194" />
        <source>Show what would be imported; change nothing.</source>
        <translation>Mostrar o que seria importado; não alterar nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="195" />
        <source>skip (the default) or merge.</source>
        <translation>skip (padrão) ou merge.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="195" />
        <source>POLICY</source>
        <translation>CRITÉRIO</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="196" />
        <source>Import the column HEADER as FIELD (repeatable).</source>
        <translation>Importar a coluna CABEÇALHO como CAMPO (pode ser repetido).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="197" />
        <source>FIELD=HEADER</source>
        <translation>CAMPO=CABEÇALHO</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="198" />
        <source>Print the plan as JSON.</source>
        <translation>Exibir o plano como JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="199" />
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientImportCommand.cpp" line="199" />
        <source>A .csv or .vcf file.</source>
        <translation>Um arquivo .csv ou .vcf.</translation>
    </message>
</context>
<context>
    <name>md::cli::CommandContext</name>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="29" />
        <source>There is no workspace in %1. Create one with: %2 --workspace "%1" init</source>
        <translation>Não há espaço de trabalho em %1. Crie um com: %2 --workspace "%1" init</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="48" />
        <source>Recovery key for %1: </source>
        <translation>Chave de recuperação de %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="49" />
        <source>Passphrase for %1: </source>
        <translation>Frase-senha de %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="51" />
        <source>No recovery key was given on standard input.</source>
        <translation>Nenhuma chave de recuperação foi informada na entrada padrão.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="52" />
        <source>No passphrase was given on standard input.</source>
        <translation>Nenhuma frase-senha foi informada na entrada padrão.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="83" />
        <source>The workspace file was damaged and has been rebuilt; the damaged file is kept as %1.</source>
        <translation>O arquivo do espaço de trabalho estava danificado e foi reconstruído; o arquivo danificado foi guardado como %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="88" />
        <source>This workspace has no passphrase now: only the recovery key opens it. Set a new passphrase with: %1 --workspace "%2" passwd --recovery-key</source>
        <translation>Este espaço de trabalho agora não tem frase-senha: somente a chave de recuperação o abre. Defina uma nova frase-senha com: %1 --workspace "%2" passwd --recovery-key</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="119" />
        <source>Cannot use the system keychain: %1</source>
        <translation>Não é possível usar o chaveiro do sistema: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="128" />
        <source>The system keychain did not provide the key; reading the passphrase from standard input.</source>
        <translation>O chaveiro do sistema não forneceu a chave; lendo a frase-senha da entrada padrão.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="137" />
        <source>The key in the system keychain did not open the workspace (%1); falling back to standard input.</source>
        <translation>A chave do chaveiro do sistema não abriu o espaço de trabalho (%1); usando a entrada padrão.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="165" />
        <source>No new passphrase was given on standard input.</source>
        <translation>Nenhuma frase-senha nova foi informada na entrada padrão.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CommandContext.cpp" line="169" />
        <source>The passphrase is too short: use at least %n characters.</source>
        <translation>
            <numerusform>A frase-senha é curta demais: use pelo menos %n caractere.</numerusform>
            <numerusform>A frase-senha é curta demais: use pelo menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="176" />
        <source>The new passphrase was not repeated.</source>
        <translation>A nova frase-senha não foi repetida.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="181" />
        <source>The two passphrases do not match.</source>
        <translation>As duas frases-senha não coincidem.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="194" />
        <source>%1 The output above is incomplete.</source>
        <translation>%1 A saída acima está incompleta.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="201" />
        <source>'%1' is not a valid %2 (a positive number).</source>
        <translation>'%1' não é um %2 válido (um número positivo).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="212" />
        <source>Try '%1 --help' for more information.</source>
        <translation>Tente '%1 --help' para mais informações.</translation>
    </message>
</context>
<context>
    <name>md::cli::Console</name>
    <message>
        <location filename="../app/cli/Console.cpp" line="269" />
        <source>Could not read from standard input.</source>
        <translation>Não foi possível ler a entrada padrão.</translation>
    </message>
    <message>
        <location filename="../app/cli/Console.cpp" line="273" />
        <source>Standard input ended before a line was read.</source>
        <translation>A entrada padrão terminou antes de uma linha ser lida.</translation>
    </message>
</context>
<context>
    <name>md::cli::DemoCommands</name>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="33" />
        <source>Create a new workspace filled with invented demo data.</source>
        <translation>Criar um novo espaço de trabalho preenchido com dados de demonstração fictícios.</translation>
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
        <translation>Cria um novo espaço de trabalho como o 'init' (a frase-senha, a chave de recuperação, a
pasta, que ainda não deve conter um) e o preenche por meio dos mesmos serviços que o
aplicativo usa: clientes com perfis completos, acompanhamentos em todas as etapas com suas
necessidades, metas, ações e avaliações, acordos assinados, séries e sessões
avulsas ao longo dos três anos até hoje e dos próximos três meses, a tabela
de preços, faturas com pagamentos. Todos os nomes e textos são fictícios; a mesma semente
gera os mesmos dados. O progresso vai para a saída de erro padrão, o resumo para a saída
padrão.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="44" />
        <source>How many clients (required).</source>
        <translation>Quantos clientes (obrigatório).</translation>
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
        <translation>Quantas sessões, passadas e planejadas (obrigatório).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="48" />
        <source>How many invoices (default: 3 for every 20 sessions).</source>
        <translation>Quantas faturas (padrão: 3 a cada 20 sessões).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="50" />
        <source>The seed of the invented data (default: 1).</source>
        <translation>A semente dos dados fictícios (padrão: 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="51" />
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="63" />
        <source>--%1 takes a whole number from 0 on, not '%2'.</source>
        <translation>--%1 aceita um número inteiro a partir de 0, não '%2'.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="72" />
        <source>--clients and --sessions are required.</source>
        <translation>--clients e --sessions são obrigatórios.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="94" />
        <source>--seed takes a whole number from 0 to 4294967295, not '%1'.</source>
        <translation>--seed aceita um número inteiro de 0 a 4294967295, não '%1'.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="98" />
        <source>Sessions and invoices need at least one client.</source>
        <translation>Sessões e faturas precisam de pelo menos um cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="115" />
        <source>Generating demo data: %1% (%2 of %3 steps)</source>
        <translation>Gerando dados de demonstração: %1% (%2 de %3 passos)</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="124" />
        <source>The demo data could not be generated: %1 The workspace in %2 holds what was written before the failure.</source>
        <translation>Não foi possível gerar os dados de demonstração: %1 O espaço de trabalho em %2 contém o que foi gravado antes da falha.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="128" />
        <source>Generated %1 clients, %2 engagements, %3 agreements, %4 sessions, %5 invoices and %6 payments in %7 s.</source>
        <translation>Gerados %1 clientes, %2 acompanhamentos, %3 acordos, %4 sessões, %5 faturas e %6 pagamentos em %7 s.</translation>
    </message>
</context>
<context>
    <name>md::cli::EngagementCommands</name>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="71" />
        <source>--client and --title are required.</source>
        <translation>--client e --title são obrigatórios.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="73" />
        <location filename="../app/cli/EngagementCommands.cpp" line="177" />
        <source>client id</source>
        <translation>id do cliente</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="84" />
        <source>'%1' is not a number of sessions.</source>
        <translation>'%1' não é um número de sessões.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="90" />
        <source>Unknown cadence '%1' (use %2).</source>
        <translation>Frequência desconhecida '%1' (use %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="97" />
        <source>Unknown format '%1' (use %2).</source>
        <translation>Formato desconhecido '%1' (use %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="106" />
        <source>'%1' is not a date (use YYYY-MM-DD).</source>
        <translation>'%1' não é uma data (use AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="157" />
        <source>Give the fee per session, e.g. 120 (0 removes it).</source>
        <translation>Informe os honorários por sessão, por exemplo, 120 (0 os remove).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="202" />
        <source>No engagements yet. Start one with: %1 engagement add --client ID --title TEXT</source>
        <translation>Nenhum acompanhamento ainda. Inicie um com: %1 engagement add --client ID --title TEXTO</translation>
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
        <translation>DIAS</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="239" />
        <source>Engagement %1: %2</source>
        <translation>Acompanhamento %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="240" />
        <source>Client:   %1 (id %2)</source>
        <translation>Cliente:  %1 (id %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="241" />
        <source>Stage:    %1 (%2 days)</source>
        <translation>Etapa:    %1 (%2 dias)</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="245" />
        <source>Started:  %1; %2 sessions planned, %3, %4</source>
        <translation>Início:   %1; %2 sessões previstas, %3, %4</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="251" />
        <source>Follows engagement %1</source>
        <translation>Continua o acompanhamento %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="253" />
        <source>Outcome:  %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="255" />
        <source>Timeline:</source>
        <translation>Linha do tempo:</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="260" />
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="261" />
        <source>created in %1</source>
        <translation>criado em %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="263" />
        <source> [override]</source>
        <translation> [exceção]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="269" />
        <source>Needs (%1):</source>
        <translation>Necessidades (%1):</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="276" />
        <source>Goals (%1):</source>
        <translation>Metas (%1):</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="285" />
        <source> (passes)</source>
        <translation> (aprovada)</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="285" />
        <source> (fails: lower-case letters)</source>
        <translation> (reprovada: letras minúsculas)</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="287" />
        <source>, progress %1%</source>
        <translation>, progresso %1%</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="289" />
        <source>, inactive</source>
        <translation>, inativa</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="298" />
        <source> (due %1)</source>
        <translation> (prazo %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="300" />
        <source> OVERDUE</source>
        <translation> ATRASADA</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="302" />
        <source>; with %1</source>
        <translation>; com %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="306" />
        <source>      evaluated: %1</source>
        <translation>      avaliada: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="312" />
        <source>Ready to leave "%1".</source>
        <translation>Pronto para sair de "%1".</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="314" />
        <source>To leave "%1":</source>
        <translation>Para sair de "%1":</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="410" />
        <source>A note on fees, as agreements print it.</source>
        <translation>Uma observação sobre os honorários, como aparece nos acordos.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="412" />
        <source>The fee per session before tax, e.g. 120.00, billed for the engagement's held sessions before the price list's price.</source>
        <translation>Os honorários por sessão sem impostos, por exemplo, 120.00, cobrados pelas sessões realizadas do acompanhamento antes do preço da tabela de preços.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="414" />
        <source>AMOUNT</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="421" />
        <source>ID AMOUNT [--fee-note TEXT]</source>
        <translation>ID VALOR [--fee-note TEXTO]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="422" />
        <source>Set an engagement's fee per session (0 removes it).</source>
        <translation>Definir os honorários por sessão de um acompanhamento (0 os remove).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="423" />
        <source>Invoices from held sessions bill this fee; without one, the price list's single session; without either, the session price of the settings.</source>
        <translation>As faturas de sessões realizadas cobram estes honorários; sem eles, a sessão avulsa da tabela de preços; sem nenhum dos dois, o preço da sessão das configurações.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="427" />
        <source>Before tax, in the workspace currency, e.g. 120.00.</source>
        <translation>Sem impostos, na moeda do espaço de trabalho, por exemplo, 120.00.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="428" />
        <source>Also change the note on fees.</source>
        <translation>Alterar também a observação sobre os honorários.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="153" />
        <location filename="../app/cli/EngagementCommands.cpp" line="322" />
        <location filename="../app/cli/EngagementCommands.cpp" line="350" />
        <source>engagement id</source>
        <translation>id do acompanhamento</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="358" />
        <source>--override needs a written reason; it is kept in the timeline.</source>
        <translation>--override precisa de um motivo por escrito; ele fica registrado na linha do tempo.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="367" />
        <source>Engagement %1 cannot leave "%2" yet. Missing:</source>
        <translation>O acompanhamento %1 ainda não pode sair de "%2". Falta:</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="371" />
        <source>Fill these in, or move anyway with --override REASON.</source>
        <translation>Preencha estes itens ou avance mesmo assim com --override MOTIVO.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="375" />
        <source>Engagement %1: %2 -&gt; %3</source>
        <translation>Acompanhamento %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="380" />
        <source>Override recorded in the timeline: %1</source>
        <translation>Exceção registrada na linha do tempo: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="389" />
        <source>The engagement's id (see 'engagement list').</source>
        <translation>O id do acompanhamento (veja 'engagement list').</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="393" />
        <source>--client ID --title TEXT [options]</source>
        <translation>--client ID --title TEXTO [opções]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="394" />
        <source>Start an engagement for a client and print its id.</source>
        <translation>Iniciar um acompanhamento para um cliente e exibir seu id.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="396" />
        <source>The client's id (required).</source>
        <translation>O id do cliente (obrigatório).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="397" />
        <source>A short title (required).</source>
        <translation>Um título curto (obrigatório).</translation>
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
        <translation>Número de sessões previstas.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="398" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="401" />
        <source>One of %1 (default: biweekly).</source>
        <translation>Um de %1 (padrão: biweekly).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="402" />
        <source>CADENCE</source>
        <translation>FREQUÊNCIA</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="404" />
        <source>One of %1 (default: video).</source>
        <translation>Um de %1 (padrão: video).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="406" />
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="407" />
        <source>Start date, YYYY-MM-DD (default: today).</source>
        <translation>Data de início, AAAA-MM-DD (padrão: hoje).</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="408" />
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="409" />
        <source>Your profile-study notes.</source>
        <translation>Suas anotações do estudo do perfil.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="434" />
        <source>[--json] [--client ID]</source>
        <translation>[--json] [--client ID]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="435" />
        <source>List engagements with their stage and days in it.</source>
        <translation>Listar os acompanhamentos com sua etapa e os dias nela.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="436" />
        <source>Print a JSON array.</source>
        <translation>Exibir um array JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="437" />
        <source>Only this client's.</source>
        <translation>Somente os deste cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="443" />
        <source>ID [--json]</source>
        <translation>ID [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="444" />
        <source>Show an engagement: stage, timeline, needs, goals, actions.</source>
        <translation>Exibir um acompanhamento: etapa, linha do tempo, necessidades, metas, ações.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="445" />
        <source>Goals show their SMART status (a lower-case letter fails) and progress from baseline to target; the end lists what the current stage still needs before the engagement can advance.</source>
        <translation>As metas mostram seu status SMART (uma letra minúscula indica reprovação) e o progresso do valor inicial ao alvo; no final, é listado o que a etapa atual ainda precisa antes que o acompanhamento possa avançar.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="449" />
        <source>Print a JSON object.</source>
        <translation>Exibir um objeto JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="455" />
        <source>ID [--override REASON]</source>
        <translation>ID [--override MOTIVO]</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="456" />
        <source>Move an engagement to its next stage, through the stage's gate.</source>
        <translation>Passar um acompanhamento para a próxima etapa, pelos requisitos da etapa.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="457" />
        <source>When the current stage's work is incomplete, nothing changes: the missing items are listed and the exit status is 1. --override moves anyway; the reason is recorded in the timeline.</source>
        <translation>Quando o trabalho da etapa atual está incompleto, nada muda: os itens que faltam são listados e o status de saída é 1. --override avança mesmo assim; o motivo é registrado na linha do tempo.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngagementCommands.cpp" line="462" />
        <source>Move although the gate fails, for this reason.</source>
        <translation>Avançar mesmo sem cumprir os requisitos, por este motivo.</translation>
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
        <translation>id do cliente</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="41" />
        <source>Erasing cannot be undone; add --yes to erase.</source>
        <translation>A exclusão definitiva não pode ser desfeita; adicione --yes para apagar.</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="58" />
        <source>No kept invoice has reached the end of its retention period.</source>
        <translation>Nenhuma fatura guardada chegou ao fim do seu prazo de guarda.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ErasureCommands.cpp" line="61" />
        <source>Removed %n invoice(s) of erased clients whose retention period ended.</source>
        <translation>
            <numerusform>%n fatura de clientes apagados cujo prazo de guarda terminou foi removida.</numerusform>
            <numerusform>%n faturas de clientes apagados cujo prazo de guarda terminou foram removidas.</numerusform>
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
        <translation>Apagar definitivamente os dados pessoais de um cliente (art. 18 da LGPD; art. 17 do RGPD).</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="74" />
        <source>Removes the profile, engagements, sessions with their notes, agreements with
their signatures and scans, draft invoices and billing details. Issued invoices,
credit notes and their payments are kept unchanged, shown under an anonymous
label, until their retention period ends (billing.retention_years after the end
of their year; see 'retention purge'). Without --yes, shows what would happen.</source>
        <translation>Remove o perfil, os acompanhamentos, as sessões com suas anotações, os acordos com
suas assinaturas e digitalizações, os rascunhos de fatura e os dados de faturamento. Faturas emitidas,
notas de crédito e seus pagamentos são mantidos sem alterações, sob um rótulo anônimo,
até o fim do prazo de guarda (billing.retention_years após o fim
do seu ano; veja 'retention purge'). Sem --yes, mostra o que aconteceria.</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="79" />
        <source>The client's id (see 'client list').</source>
        <translation>O id do cliente (veja 'client list').</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="80" />
        <source>Confirm the erasure.</source>
        <translation>Confirmar a exclusão definitiva.</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasureCommands.cpp" line="87" />
        <source>Remove the kept invoices of erased clients whose retention ended.</source>
        <translation>Remover as faturas guardadas de clientes apagados cujo prazo de guarda terminou.</translation>
    </message>
</context>
<context>
    <name>md::cli::ExportCommands</name>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="40" />
        <source>Exported %1 records, %2 signed agreements and %3 invoices into %4.</source>
        <translation>Exportados %1 registros, %2 acordos assinados e %3 faturas para %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="46" />
        <source>The export is NOT encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>A exportação NÃO é criptografada: guarde-a em segurança e exclua-a quando não for mais necessária.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="54" />
        <location filename="../app/cli/ExportCommands.cpp" line="67" />
        <source>Give the folder to export into with --to DIR.</source>
        <translation>Informe a pasta para a qual exportar com --to DIR.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="63" />
        <source>client id</source>
        <translation>id do cliente</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="82" />
        <source>Give the export folder to import with --from DIR.</source>
        <translation>Informe a pasta de exportação a importar com --from DIR.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="103" />
        <source>Imported %1 records into %2.</source>
        <translation>Importados %1 registros para %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="108" />
        <source>Agreements signed in the workspace the export came from keep verifying here; new ones are signed with this workspace's own key.</source>
        <translation>Os acordos assinados no espaço de trabalho de origem da exportação continuam verificáveis aqui; os novos são assinados com a chave própria deste espaço de trabalho.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="115" />
        <source>A new or empty folder.</source>
        <translation>Uma pasta nova ou vazia.</translation>
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
        <translation>Gravar o espaço de trabalho inteiro em formatos abertos (JSON, CSV, PDF).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="120" />
        <source>One JSON file per kind of record (described in the README.txt written with
them), CSV files of clients, sessions, invoices and payments, the exact PDF
of every signed agreement and the PDF of every issued invoice. The folder
is readable by you only, but it is NOT encrypted.</source>
        <translation>Um arquivo JSON por tipo de registro (descrito no README.txt gravado junto
com eles), arquivos CSV de clientes, sessões, faturas e pagamentos, o PDF exato
de cada acordo assinado e o PDF de cada fatura emitida. A pasta só pode ser
lida por você, mas NÃO é criptografada.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="130" />
        <source>ID --to DIR [--without-private-notes]</source>
        <translation>ID --to DIR [--without-private-notes]</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="131" />
        <source>Write everything about one client (their right of access and portability).</source>
        <translation>Gravar tudo sobre um cliente (o direito de acesso e de portabilidade dele).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="134" />
        <source>The profile, engagements, needs, goals, actions, evaluations, sessions with
their notes, agreements with their PDFs, invoices and payments of this
client, and nothing about anyone else. Your private session notes are
included unless --without-private-notes is given.</source>
        <translation>O perfil, os acompanhamentos, as necessidades, as metas, as ações, as avaliações, as sessões com
suas anotações, os acordos com seus PDFs, as faturas e os pagamentos deste
cliente, e nada sobre outras pessoas. Suas anotações privadas das sessões são
incluídas, a menos que --without-private-notes seja informado.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="139" />
        <source>Leave your private session notes out.</source>
        <translation>Deixar de fora suas anotações privadas das sessões.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="140" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="140" />
        <source>The client's id (see client list).</source>
        <translation>O id do cliente (veja client list).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="146" />
        <source>--from DIR</source>
        <translation>--from DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="147" />
        <source>Create a new workspace from a whole-workspace export.</source>
        <translation>Criar um novo espaço de trabalho a partir da exportação de um espaço de trabalho inteiro.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="149" />
        <source>Creates a new workspace as 'init' does (the passphrase, the recovery key) in the
--workspace folder, which must be new or empty, and reads every record of the
export into it, with the same ids. Signed agreements stay provably unchanged.
All or nothing: when a file of the export is damaged or incomplete, the error
names it and no workspace is created. Exports of one client cannot be imported.</source>
        <translation>Cria um novo espaço de trabalho como o 'init' (a frase-senha, a chave de recuperação) na
pasta de --workspace, que deve ser nova ou estar vazia, e carrega nele todos os registros da
exportação, com os mesmos ids. Os acordos assinados continuam comprovadamente inalterados.
Tudo ou nada: quando um arquivo da exportação está danificado ou incompleto, o erro
o indica e nenhum espaço de trabalho é criado. Exportações de um único cliente não podem ser importadas.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommands.cpp" line="154" />
        <source>The export folder.</source>
        <translation>A pasta de exportação.</translation>
    </message>
</context>
<context>
    <name>md::cli::HelpFormatter</name>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="114" />
        <source>[global options]</source>
        <translation>[opções globais]</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="145" />
        <source>Usage: %1 [global options] COMMAND [options] [arguments]

</source>
        <translation>Uso: %1 [opções globais] COMANDO [opções] [argumentos]

</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="122" />
        <source>MentorDesk keeps a mentor's clients in an encrypted workspace. This program works on the
same workspace as the MentorDesk application, without a window.

</source>
        <translation>O MentorDesk guarda os clientes de um mentor em um espaço de trabalho criptografado. Este programa trabalha no
mesmo espaço de trabalho que o aplicativo MentorDesk, sem janela.

</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="148" />
        <source>Global options (before or after the command):
</source>
        <translation>Opções globais (antes ou depois do comando):
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="127" />
        <source>Passphrases and recovery keys are read from standard input: on a terminal you are asked
without echo; otherwise each one is a line of input (passwd reads the current passphrase,
then the new one). A new passphrase needs at least %1 characters.

</source>
        <translation>Frases-senha e chaves de recuperação são lidas da entrada padrão: em um terminal, são pedidas
sem eco; caso contrário, cada uma é uma linha de entrada (o passwd lê a frase-senha atual
e depois a nova). Uma nova frase-senha precisa de pelo menos %1 caracteres.

</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="132" />
        <source>Lists (client, session, invoice, payment and agreement list) are written as they are
read. Should reading fail midway (a damaged workspace), the command exits with status 1
and says so on standard error: what it printed is then incomplete, and a --json
array is left unclosed, so it is not valid JSON.

</source>
        <translation>As listas (client, session, invoice, payment e agreement list) são gravadas à medida que são
lidas. Se a leitura falhar no meio (um espaço de trabalho danificado), o comando sai com status 1
e informa isso na saída de erro padrão: o que foi exibido fica incompleto, e um array --json
fica sem fechamento, portanto não é um JSON válido.

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
        <translation>Status de saída: 0 em caso de sucesso, 1 quando o comando falhou, 2 para uma linha de comando errada.
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
        <translation>Opções:
</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpFormatter.cpp" line="177" />
        <source>Global options:
</source>
        <translation>Opções globais:
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
        <translation>Execute '%1 COMANDO --help' para ver as opções de um comando.
</translation>
    </message>
</context>
<context>
    <name>md::cli::IcsCommands</name>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="34" />
        <source>Name the file to write.</source>
        <translation>Informe o arquivo a gravar.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="45" />
        <source>'%1' is not a valid client id (a positive number).</source>
        <translation>'%1' não é um id de cliente válido (um número positivo).</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="49" />
        <source>'%1' is not a valid session id (a positive number).</source>
        <translation>'%1' não é um id de sessão válido (um número positivo).</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="52" />
        <source>Give either --client or --session, not both.</source>
        <translation>Informe --client ou --session, não ambos.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="73" />
        <source>Name the .ics file to import.</source>
        <translation>Informe o arquivo .ics a importar.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="79" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="81" />
        <source>note: %1</source>
        <translation>observação: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/IcsCommands.cpp" line="82" />
        <source>%n busy time(s)</source>
        <translation>
            <numerusform>%n horário ocupado</numerusform>
            <numerusform>%n horários ocupados</numerusform>
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
        <translation>Importados %1 de %2 de %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="94" />
        <source>[--client ID | --session ID] FILE</source>
        <translation>[--client ID | --session ID] ARQUIVO</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="95" />
        <source>Write sessions to an iCalendar (.ics) file.</source>
        <translation>Gravar sessões em um arquivo iCalendar (.ics).</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="96" />
        <source>Series keep their repeat rule and skipped dates; cancelled sessions are marked cancelled. UIDs stay the same between exports, so importing again updates instead of duplicating. Notes are never written, only the agenda. With --session, one session goes out on its own (a series member as a single event).</source>
        <translation>As séries mantêm sua regra de repetição e as datas puladas; as sessões canceladas são marcadas como canceladas. Os UIDs permanecem iguais entre exportações, então importar novamente atualiza em vez de duplicar. As anotações nunca são gravadas, apenas a pauta. Com --session, uma única sessão é exportada sozinha (um item de série como evento avulso).</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="101" />
        <source>The .ics file to write.</source>
        <translation>O arquivo .ics a gravar.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="103" />
        <source>Only this client's sessions.</source>
        <translation>Somente as sessões deste cliente.</translation>
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
        <translation>Somente esta sessão.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="110" />
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="111" />
        <source>Read another calendar's .ics file as busy times.</source>
        <translation>Ler o arquivo .ics de outra agenda como horários ocupados.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="112" />
        <source>Busy times are used for conflict warnings. Importing the same file again replaces its busy times. A malformed file is reported with its line number and changes nothing.</source>
        <translation>Os horários ocupados são usados nos avisos de conflito. Importar o mesmo arquivo novamente substitui seus horários ocupados. Um arquivo malformado é informado com o número da linha e não altera nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/IcsCommands.cpp" line="115" />
        <source>The .ics file to read.</source>
        <translation>O arquivo .ics a ler.</translation>
    </message>
</context>
<context>
    <name>md::cli::InitCommand</name>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="24" />
        <source>Create a new encrypted workspace and print its recovery key.</source>
        <translation>Criar um novo espaço de trabalho criptografado e exibir sua chave de recuperação.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="26" />
        <source>Asks for the new passphrase twice on a terminal, or reads one line from standard
input. The recovery key is printed once on standard output: keep it safe, it
opens the workspace when the passphrase is lost (also in the sqlcipher tool).
An existing workspace is never overwritten. With --keychain the key is also
remembered in the system keychain.</source>
        <translation>Pede a nova frase-senha duas vezes em um terminal, ou lê uma linha da entrada
padrão. A chave de recuperação é exibida uma única vez na saída padrão: guarde-a em segurança; ela
abre o espaço de trabalho quando a frase-senha é perdida (também na ferramenta sqlcipher).
Um espaço de trabalho existente nunca é sobrescrito. Com --keychain, a chave também é
lembrada no chaveiro do sistema.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="50" />
        <source>A workspace already exists in %1; it was left unchanged.</source>
        <translation>Já existe um espaço de trabalho em %1; ele não foi alterado.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="56" />
        <source>%1 is not empty; give a new or empty folder for the workspace.</source>
        <translation>%1 não está vazia; informe uma pasta nova ou vazia para o espaço de trabalho.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="59" />
        <source>New passphrase: </source>
        <translation>Nova frase-senha: </translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="59" />
        <source>Repeat the passphrase: </source>
        <translation>Repita a frase-senha: </translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="81" />
        <source>No workspace was created.</source>
        <translation>Nenhum espaço de trabalho foi criado.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="83" />
        <source>The workspace could not be moved into %1. No workspace was created.</source>
        <translation>Não foi possível mover o espaço de trabalho para %1. Nenhum espaço de trabalho foi criado.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="92" />
        <source>Warning: the key could not be remembered in the system keychain; use the passphrase to unlock.</source>
        <translation>Atenção: não foi possível lembrar a chave no chaveiro do sistema; use a frase-senha para desbloquear.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="98" />
        <source>Created an encrypted workspace in %1.
Your recovery key follows. It is shown only this once: write it down or print it and keep it
safe. With it you can open your data if you forget the passphrase.</source>
        <translation>Espaço de trabalho criptografado criado em %1.
A seguir está sua chave de recuperação. Ela é mostrada somente desta vez: anote-a ou imprima-a e guarde-a
em segurança. Com ela, você pode abrir seus dados se esquecer a frase-senha.</translation>
    </message>
</context>
<context>
    <name>md::cli::InvoiceCommands</name>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="59" />
        <source>'%1' is not a line: write "DESCRIPTION;QUANTITY;UNIT_PRICE[;TAX_RATE_PERCENT]".</source>
        <translation>'%1' não é uma linha: escreva "DESCRIÇÃO;QUANTIDADE;PREÇO_UNITÁRIO[;ALÍQUOTA_PERCENTUAL]".</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="71" />
        <source>'%1' has no description.</source>
        <translation>'%1' não tem descrição.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="90" />
        <source>--client is required.</source>
        <translation>--client é obrigatório.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="91" />
        <location filename="../app/cli/InvoiceCommands.cpp" line="206" />
        <source>client id</source>
        <translation>id do cliente</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="98" />
        <source>Give --sessions, one or more --line, or --retainer with --month.</source>
        <translation>Informe --sessions, uma ou mais --line, ou --retainer com --month.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="134" />
        <source>--retainer and --month go together.</source>
        <translation>--retainer e --month andam juntos.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="137" />
        <source>A retainer invoice bills one month: leave out --sessions and --line.</source>
        <translation>Uma fatura de mensalidade cobra um mês: deixe de fora --sessions e --line.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="139" />
        <source>retainer offering id</source>
        <translation>id da mensalidade</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="146" />
        <source>'%1' is not a month: write YYYY-MM, e.g. 2026-03.</source>
        <translation>'%1' não é um mês: escreva AAAA-MM, por exemplo, 2026-03.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="160" />
        <location filename="../app/cli/InvoiceCommands.cpp" line="255" />
        <location filename="../app/cli/InvoiceCommands.cpp" line="309" />
        <location filename="../app/cli/InvoiceCommands.cpp" line="331" />
        <source>invoice id</source>
        <translation>id da fatura</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="179" />
        <source>warning: the invoice does not show %1; set them with %2.</source>
        <translation>atenção: a fatura não mostra %1; defina-os com %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="215" />
        <source>Unknown status '%1' (use draft|issued|partially-paid|paid|overdue|cancelled).</source>
        <translation>Status desconhecido '%1' (use draft|issued|partially-paid|paid|overdue|cancelled).</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="243" />
        <source>credit note</source>
        <translation>nota de crédito</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="274" />
        <source>Credit note</source>
        <translation>Nota de crédito</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="274" />
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="275" />
        <source>(draft %1)</source>
        <translation>(rascunho %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="276" />
        <source>Client: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="277" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="279" />
        <source>Issued: %1, due %2</source>
        <translation>Emitida: %1, vencimento %2</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="121" />
        <source>Sessions have no price yet. Add a single session to the price list (`billing offering-add --kind single …`), give the engagement a fee (`engagement fee ID 120`) or set one with `settings set billing.session.price 120`.</source>
        <translation>As sessões ainda não têm preço. Adicione uma sessão avulsa à tabela de preços (`billing offering-add --kind single …`), defina honorários para o acompanhamento (`engagement fee ID 120`) ou defina um preço com `settings set billing.session.price 120`.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="297" />
        <source>Net %1, tax %2, total %3</source>
        <translation>Líquido %1, imposto %2, total %3</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="301" />
        <source>Paid %1, outstanding %2</source>
        <translation>Pago %1, em aberto %2</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="346" />
        <source>The invoice's id.</source>
        <translation>O id da fatura.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="350" />
        <source>--client ID [--sessions] [--line "DESC;QTY;UNIT_PRICE;TAX%"]... | --client ID --retainer OFFERING_ID --month YYYY-MM</source>
        <translation>--client ID [--sessions] [--line "DESC;QTD;PREÇO_UNITÁRIO;IMPOSTO%"]... | --client ID --retainer ID_OFERTA --month AAAA-MM</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="352" />
        <source>Create a draft invoice; prints its id.</source>
        <translation>Criar um rascunho de fatura; exibe seu id.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="354" />
        <source>--sessions adds the client's held sessions that are neither billed yet nor paid by a package (and, when the cancellation policy says so, late cancellations and no-shows). Each --line is "DESCRIPTION;QUANTITY;UNIT_PRICE;TAX_RATE_PERCENT", e.g. "Workbook;2;24.50;7": the unit price is before tax in the workspace currency, with a dot or a comma and no thousands separators. The rate is a percentage or one of the settings' rates by name: standard, reduced or zero; without it the standard rate applies. --retainer with --month bills one month of a monthly retainer from the price list (`billing offerings` lists their ids); each month is billed once. The draft gets its number only when issued.</source>
        <translation>--sessions adiciona as sessões realizadas do cliente que ainda não foram faturadas nem pagas por um pacote (e, quando a política de cancelamento prevê, os cancelamentos tardios e os não comparecimentos). Cada --line é "DESCRIÇÃO;QUANTIDADE;PREÇO_UNITÁRIO;ALÍQUOTA_PERCENTUAL", por exemplo, "Apostila;2;24,50;5": o preço unitário é sem impostos, na moeda do espaço de trabalho, com ponto ou vírgula e sem separador de milhar. A alíquota é um percentual ou uma das alíquotas das configurações pelo nome: standard, reduced ou zero; sem ela, aplica-se a alíquota padrão. --retainer com --month cobra um mês de uma mensalidade da tabela de preços (`billing offerings` lista seus ids); cada mês é cobrado uma única vez. O rascunho só recebe seu número ao ser emitido.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="364" />
        <source>The client's id (required).</source>
        <translation>O id do cliente (obrigatório).</translation>
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
        <translation>Faturar as sessões realizadas ainda não faturadas.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="366" />
        <source>A line; repeat for more.</source>
        <translation>Uma linha; repita para mais.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="366" />
        <source>LINE</source>
        <translation>LINHA</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="367" />
        <source>Text printed under the lines.</source>
        <translation>Texto impresso abaixo das linhas.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="367" />
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="368" />
        <source>Bill a monthly retainer of the price list.</source>
        <translation>Faturar uma mensalidade da tabela de preços.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="369" />
        <source>OFFERING_ID</source>
        <translation>ID_OFERTA</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="370" />
        <source>The retainer month billed.</source>
        <translation>O mês da mensalidade faturado.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="370" />
        <source>YYYY-MM</source>
        <translation>AAAA-MM</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="377" />
        <source>Issue a draft: number it and freeze it; prints the number.</source>
        <translation>Emitir um rascunho: numerá-lo e congelá-lo; exibe o número.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="378" />
        <source>The number is the next of the year's gapless sequence. An issued invoice never changes; correct or cancel it with `invoice credit`. The client's credit balance, if any, is applied.</source>
        <translation>O número é o próximo da sequência sem lacunas do ano. Uma fatura emitida nunca muda; corrija-a ou cancele-a com `invoice credit`. O saldo de crédito do cliente, se houver, é aplicado.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="387" />
        <source>[--client ID] [--status STATUS] [--json]</source>
        <translation>[--client ID] [--status STATUS] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="388" />
        <source>List invoices and credit notes.</source>
        <translation>Listar faturas e notas de crédito.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="389" />
        <source>Only this client's.</source>
        <translation>Somente os deste cliente.</translation>
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
        <translation>Exibir um array JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="399" />
        <source>ID [--json]</source>
        <translation>ID [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="400" />
        <source>Show one invoice with its lines and what is paid.</source>
        <translation>Exibir uma fatura com suas linhas e o que está pago.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="402" />
        <source>Print a JSON object.</source>
        <translation>Exibir um objeto JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="408" />
        <source>ID FILE</source>
        <translation>ID ARQUIVO</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="409" />
        <source>Write the invoice as a PDF file.</source>
        <translation>Gravar a fatura como arquivo PDF.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="410" />
        <source>The PDF file to write.</source>
        <translation>O arquivo PDF a gravar.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="417" />
        <source>Cancel an issued invoice with a credit note; prints its number.</source>
        <translation>Cancelar uma fatura emitida com uma nota de crédito; exibe seu número.</translation>
    </message>
    <message>
        <location filename="../app/cli/InvoiceCommands.cpp" line="418" />
        <source>The credit note negates every line of the invoice and takes the next number. Money already paid on the invoice becomes the client's credit.</source>
        <translation>A nota de crédito estorna cada linha da fatura e recebe o próximo número. O valor já pago pela fatura vira crédito do cliente.</translation>
    </message>
</context>
<context>
    <name>md::cli::ManPage</name>
    <message>
        <location filename="../app/cli/ManPage.cpp" line="71" />
        <source>work on a MentorDesk workspace without a window</source>
        <translation>trabalhar em um espaço de trabalho do MentorDesk sem janela</translation>
    </message>
    <message>
        <location filename="../app/cli/ManPage.cpp" line="73" />
        <source>[global options] COMMAND [options] [arguments]</source>
        <translation>[opções globais] COMANDO [opções] [argumentos]</translation>
    </message>
    <message>
        <location filename="../app/cli/ManPage.cpp" line="77" />
        <source>Before or after the command.</source>
        <translation>Antes ou depois do comando.</translation>
    </message>
    <message>
        <location filename="../app/cli/ManPage.cpp" line="97" />
        <source>The MentorDesk user guide, under Help in the MentorDesk application.</source>
        <translation>O guia do usuário do MentorDesk, em Ajuda no aplicativo MentorDesk.</translation>
    </message>
</context>
<context>
    <name>md::cli::PasswdCommand</name>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="20" />
        <source>Change the workspace passphrase (or set a new one with the recovery key).</source>
        <translation>Alterar a frase-senha do espaço de trabalho (ou definir uma nova com a chave de recuperação).</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="23" />
        <source>Asks for the current passphrase, then the new one (twice on a terminal). When
standard input is not a terminal, line 1 is the current passphrase and line 2
the new one. The data key, the database and the recovery key stay the same.

Forgot the passphrase? 'passwd --recovery-key' asks for the recovery key
instead of the current passphrase, then sets the new one.</source>
        <translation>Pede a frase-senha atual e depois a nova (duas vezes em um terminal). Quando
a entrada padrão não é um terminal, a linha 1 é a frase-senha atual e a linha 2
a nova. A chave de dados, o banco de dados e a chave de recuperação continuam os mesmos.

Esqueceu a frase-senha? 'passwd --recovery-key' pede a chave de recuperação
em vez da frase-senha atual e depois define a nova.</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="39" />
        <source>passwd needs the current passphrase or the recovery key; --keychain does not apply.</source>
        <translation>O passwd precisa da frase-senha atual ou da chave de recuperação; --keychain não se aplica.</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="48" />
        <source>Current passphrase for %1: </source>
        <translation>Frase-senha atual de %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="49" />
        <source>No current passphrase was given on standard input.</source>
        <translation>Nenhuma frase-senha atual foi informada na entrada padrão.</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="59" />
        <location filename="../app/cli/PasswdCommand.cpp" line="84" />
        <source>New passphrase: </source>
        <translation>Nova frase-senha: </translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="59" />
        <location filename="../app/cli/PasswdCommand.cpp" line="84" />
        <source>Repeat the new passphrase: </source>
        <translation>Repita a nova frase-senha: </translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="65" />
        <source>The passphrase of %1 was changed.</source>
        <translation>A frase-senha de %1 foi alterada.</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="74" />
        <source>Recovery key for %1: </source>
        <translation>Chave de recuperação de %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="75" />
        <source>No recovery key was given on standard input.</source>
        <translation>Nenhuma chave de recuperação foi informada na entrada padrão.</translation>
    </message>
    <message>
        <location filename="../app/cli/PasswdCommand.cpp" line="90" />
        <source>A new passphrase was set for %1 with the recovery key.</source>
        <translation>Uma nova frase-senha foi definida para %1 com a chave de recuperação.</translation>
    </message>
</context>
<context>
    <name>md::cli::PaymentCommands</name>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="40" />
        <source>Give either --invoice or --client.</source>
        <translation>Informe --invoice ou --client.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="42" />
        <source>--amount and --date are required.</source>
        <translation>--amount e --date são obrigatórios.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="45" />
        <location filename="../app/cli/PaymentCommands.cpp" line="103" />
        <source>invoice id</source>
        <translation>id da fatura</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="46" />
        <location filename="../app/cli/PaymentCommands.cpp" line="98" />
        <source>client id</source>
        <translation>id do cliente</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="52" />
        <source>'%1' is not a date (use YYYY-MM-DD).</source>
        <translation>'%1' não é uma data (use AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="58" />
        <source>Unknown method '%1' (use bank-transfer|card|cash|other).</source>
        <translation>Forma desconhecida '%1' (use bank-transfer|card|cash|other).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="89" />
        <source>The client now has a credit of %1, used by the next invoice.</source>
        <translation>O cliente agora tem um crédito de %1, usado na próxima fatura.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="138" />
        <source>(--invoice ID | --client ID) --amount AMOUNT --date YYYY-MM-DD [--method METHOD]</source>
        <translation>(--invoice ID | --client ID) --amount VALOR --date AAAA-MM-DD [--method FORMA]</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="139" />
        <source>Record money received; prints the payment's id.</source>
        <translation>Registrar um valor recebido; exibe o id do pagamento.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="140" />
        <source>A payment for an invoice pays it (partly or fully); whatever is paid beyond what it owes becomes the client's credit, which the next invoice uses when issued. A payment for a client settles their open invoices, oldest due date first. AMOUNT is like 120.50 or 120,50.</source>
        <translation>Um pagamento de uma fatura a quita (parcial ou integralmente); o que for pago além do devido vira crédito do cliente, que a próxima fatura usa ao ser emitida. Um pagamento de um cliente quita suas faturas em aberto, começando pela de vencimento mais antigo. VALOR é como 120.50 ou 120,50.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="145" />
        <source>The issued invoice paid.</source>
        <translation>A fatura emitida paga.</translation>
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
        <translation>O cliente que pagou (sem fatura específica).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="148" />
        <source>The amount received (required).</source>
        <translation>O valor recebido (obrigatório).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="148" />
        <source>AMOUNT</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="149" />
        <source>The day it was received (required).</source>
        <translation>O dia em que foi recebido (obrigatório).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="149" />
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="151" />
        <source>bank-transfer|card|cash|other (default: bank-transfer).</source>
        <translation>bank-transfer|card|cash|other (padrão: bank-transfer).</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="152" />
        <source>METHOD</source>
        <translation>FORMA</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="153" />
        <source>Bank reference or receipt number.</source>
        <translation>Referência bancária ou número do recibo.</translation>
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
        <translation>Listar os pagamentos recebidos.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="162" />
        <source>Only this client's.</source>
        <translation>Somente os deste cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="163" />
        <source>Only those for this invoice.</source>
        <translation>Somente os desta fatura.</translation>
    </message>
    <message>
        <location filename="../app/cli/PaymentCommands.cpp" line="164" />
        <source>Print a JSON array.</source>
        <translation>Exibir um array JSON.</translation>
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
        <translation>acompanhamento</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="42" />
        <source>need</source>
        <translation>necessidade</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="44" />
        <source>goal</source>
        <translation>meta</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="46" />
        <source>action</source>
        <translation>ação</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="48" />
        <source>evaluation</source>
        <translation>avaliação</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="50" />
        <source>session</source>
        <translation>sessão</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="52" />
        <source>agreement</source>
        <translation>acordo</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="54" />
        <source>invoice</source>
        <translation>fatura</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="62" />
        <source> (archived)</source>
        <translation> (arquivado)</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="93" />
        <source>Say what to look for, e.g. %1 search portfolio</source>
        <translation>Diga o que procurar, por exemplo, %1 search portfolio</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="102" />
        <source>Unknown kind "%1"; choose from %2.</source>
        <translation>Tipo desconhecido "%1"; escolha entre %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="113" />
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit aceita um número de 1 a %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="129" />
        <source>Nothing matches "%1".</source>
        <translation>Nada corresponde a "%1".</translation>
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
        <translation>CORRESPONDÊNCIA</translation>
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
        <translation>Encontrar clientes, acompanhamentos, anotações, acordos e faturas por qualquer palavra.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="151" />
        <source>Every word must occur; a word also finds longer ones that start with it
("port" finds "portfolio"); "a quoted phrase" must occur as written. Case and
accents do not matter ("muller" finds "Müller"). Names and titles that match
come first, then the records where the words occur most, newer before older.
Archived clients are included and marked; a match in a session's private notes
is marked [private].</source>
        <translation>Todas as palavras devem aparecer; uma palavra também encontra palavras mais longas que começam com ela
("port" encontra "portfolio"); "uma frase entre aspas" deve aparecer como escrita. Maiúsculas e
acentos não importam ("muller" encontra "Müller"). Nomes e títulos correspondentes
vêm primeiro, depois os registros em que as palavras mais aparecem, os mais novos antes dos mais antigos.
Clientes arquivados são incluídos e marcados; uma correspondência nas anotações privadas de uma sessão
é marcada com [privada].</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="158" />
        <source>The words to look for, in quotes when there are several.</source>
        <translation>As palavras a procurar, entre aspas quando forem várias.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="161" />
        <source>Only these kinds (comma separated): client, engagement, need, goal, action, evaluation, session, agreement, invoice.</source>
        <translation>Somente estes tipos (separados por vírgula): client, engagement, need, goal, action, evaluation, session, agreement, invoice.</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="164" />
        <source>At most N results (default 50).</source>
        <translation>No máximo N resultados (padrão: 50).</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="164" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/SearchCommands.cpp" line="165" />
        <source>Print the results as JSON.</source>
        <translation>Exibir os resultados como JSON.</translation>
    </message>
</context>
<context>
    <name>md::cli::SessionCommands</name>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="64" />
        <source>--count and --until need --repeat.</source>
        <translation>--count e --until precisam de --repeat.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="71" />
        <source>Unknown repeat '%1' (use weekly|biweekly|monthly|monthly-weekday|monthly-last-weekday).</source>
        <translation>Repetição desconhecida '%1' (use weekly|biweekly|monthly|monthly-weekday|monthly-last-weekday).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="77" />
        <source>A repeating session needs either --count N or --until DATE.</source>
        <translation>Uma sessão recorrente precisa de --count N ou --until DATA.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="87" />
        <source>'%1' is not a number of sessions.</source>
        <translation>'%1' não é um número de sessões.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="94" />
        <location filename="../app/cli/SessionCommands.cpp" line="211" />
        <source>'%1' is not a date (use YYYY-MM-DD).</source>
        <translation>'%1' não é uma data (use AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="105" />
        <source>warning: %1</source>
        <translation>atenção: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="110" />
        <source>--engagement, --start and --duration are required.</source>
        <translation>--engagement, --start e --duration são obrigatórios.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="112" />
        <location filename="../app/cli/SessionCommands.cpp" line="224" />
        <source>engagement id</source>
        <translation>id do acompanhamento</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="118" />
        <source>'%1' is not a start (use YYYY-MM-DDTHH:MM).</source>
        <translation>'%1' não é um início (use AAAA-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="123" />
        <source>'%1' is not a duration in minutes.</source>
        <translation>'%1' não é uma duração em minutos.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="129" />
        <source>Unknown format '%1' (use video|phone|in-person).</source>
        <translation>Formato desconhecido '%1' (use video|phone|in-person).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="136" />
        <source>Unknown time zone '%1' (use an IANA name such as Europe/Berlin).</source>
        <translation>Fuso horário desconhecido '%1' (use um nome IANA como America/Sao_Paulo).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SessionCommands.cpp" line="197" />
        <source>%1 (%n session(s)).</source>
        <translation>
            <numerusform>%1 (%n sessão).</numerusform>
            <numerusform>%1 (%n sessões).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="218" />
        <source>client id</source>
        <translation>id do cliente</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="259" />
        <source>No sessions in this period.</source>
        <translation>Nenhuma sessão neste período.</translation>
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
        <translation>INÍCIO</translation>
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
        <translation>STATUS</translation>
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
        <translation>id da sessão</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="271" />
        <source>Give exactly one of --private TEXT and --shareable TEXT.</source>
        <translation>Informe exatamente uma das opções --private TEXTO e --shareable TEXTO.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="297" />
        <source>Unknown status '%1' (use planned|held|cancelled-client|cancelled-mentor|no-show).</source>
        <translation>Status desconhecido '%1' (use planned|held|cancelled-client|cancelled-mentor|no-show).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="303" />
        <source>--cancelled-at goes with cancelled-client or cancelled-mentor.</source>
        <translation>--cancelled-at acompanha cancelled-client ou cancelled-mentor.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="306" />
        <source>'%1' is not a time (use YYYY-MM-DDTHH:MM).</source>
        <translation>'%1' não é um horário (use AAAA-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="333" />
        <source>The session's id (see 'session list').</source>
        <translation>O id da sessão (veja 'session list').</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="337" />
        <source>--engagement ID --start YYYY-MM-DDTHH:MM --duration MINUTES [options]</source>
        <translation>--engagement ID --start AAAA-MM-DDTHH:MM --duration MINUTOS [opções]</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="338" />
        <source>Plan a session or a series and print the new id(s).</source>
        <translation>Planejar uma sessão ou uma série e exibir o(s) novo(s) id(s).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="339" />
        <source>The start is wall-clock time in --tz (default: your time zone from the availability settings); a series keeps that time across daylight-saving changes. A series prints one id per session. Monthly series on the 29th to 31st skip months without that date, as in every calendar program. Clashes with other sessions, imported busy times or your working hours are printed as warnings; the session is planned anyway.</source>
        <translation>O início é a hora local em --tz (padrão: seu fuso horário das configurações de disponibilidade); uma série mantém esse horário nas mudanças de horário de verão. Uma série exibe um id por sessão. Séries mensais nos dias 29 a 31 pulam os meses sem essa data, como em qualquer programa de agenda. Conflitos com outras sessões, horários ocupados importados ou seu horário de trabalho são exibidos como avisos; a sessão é planejada mesmo assim.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="346" />
        <source>The engagement's id (required).</source>
        <translation>O id do acompanhamento (obrigatório).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="347" />
        <source>Start, YYYY-MM-DDTHH:MM (required).</source>
        <translation>Início, AAAA-MM-DDTHH:MM (obrigatório).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="348" />
        <source>IANA time zone of the start, e.g. Europe/Berlin.</source>
        <translation>Fuso horário IANA do início, por exemplo, America/Sao_Paulo.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="350" />
        <source>Length in minutes (required).</source>
        <translation>Duração em minutos (obrigatório).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="350" />
        <source>MINUTES</source>
        <translation>MINUTOS</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="353" />
        <source>video|phone|in-person (default: the engagement's format, video when it is mixed).</source>
        <translation>video|phone|in-person (padrão: o formato do acompanhamento; video quando ele é misto).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="355" />
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="356" />
        <source>The place, video link or phone number.</source>
        <translation>O local, o link de vídeo ou o número de telefone.</translation>
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
        <translation>A pauta.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="360" />
        <source>weekly|biweekly|monthly|monthly-weekday|monthly-last-weekday.</source>
        <translation>weekly|biweekly|monthly|monthly-weekday|monthly-last-weekday.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="361" />
        <source>CADENCE</source>
        <translation>FREQUÊNCIA</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="362" />
        <source>A series ends after N sessions.</source>
        <translation>Uma série termina após N sessões.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="362" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="363" />
        <source>A series ends on this date, YYYY-MM-DD.</source>
        <translation>Uma série termina nesta data, AAAA-MM-DD.</translation>
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
        <translation>Listar as sessões, da mais antiga à mais recente.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="373" />
        <source>From this day, YYYY-MM-DD.</source>
        <translation>A partir deste dia, AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="374" />
        <source>Up to and including this day.</source>
        <translation>Até este dia, inclusive.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="375" />
        <source>Only this client's.</source>
        <translation>Somente os deste cliente.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="376" />
        <source>Only this engagement's.</source>
        <translation>Somente os deste acompanhamento.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="377" />
        <source>Print a JSON array (without private notes).</source>
        <translation>Exibir um array JSON (sem anotações privadas).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="383" />
        <source>ID (--private TEXT | --shareable TEXT)</source>
        <translation>ID (--private TEXTO | --shareable TEXTO)</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="384" />
        <source>Set a session's private or shareable notes.</source>
        <translation>Definir as anotações privadas ou compartilháveis de uma sessão.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="385" />
        <source>Private notes are for you: no session summary or calendar file contains them. export and client export keep them, since those are your own copies; client export --without-private-notes leaves them out. Shareable notes appear in the session summary.</source>
        <translation>As anotações privadas são para você: nenhum resumo de sessão ou arquivo de calendário as contém. O export e o client export as mantêm, pois são suas próprias cópias; client export --without-private-notes as deixa de fora. As anotações compartilháveis aparecem no resumo da sessão.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="390" />
        <source>Notes only you will see.</source>
        <translation>Anotações que só você verá.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="391" />
        <source>Notes for the summary.</source>
        <translation>Anotações para o resumo.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="397" />
        <source>ID STATUS</source>
        <translation>ID STATUS</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="398" />
        <source>Mark a session held, cancelled or missed.</source>
        <translation>Marcar uma sessão como realizada, cancelada ou perdida.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="401" />
        <source>planned, held, cancelled-client, cancelled-mentor or no-show.</source>
        <translation>planned, held, cancelled-client, cancelled-mentor ou no-show.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="403" />
        <source>A session the client cancels with less notice than your cancellation policy gives (settings: billing.policy.cancellation_notice_hours) is billed when late cancellations are chargeable; one you cancel never is.</source>
        <translation>Uma sessão que o cliente cancela com menos antecedência do que sua política de cancelamento prevê (configuração: billing.policy.cancellation_notice_hours) é cobrada quando cancelamentos tardios são cobráveis; uma que você cancela nunca é.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="409" />
        <source>When the session was cancelled, YYYY-MM-DDTHH:MM in its time zone (default: now).</source>
        <translation>Quando a sessão foi cancelada, AAAA-MM-DDTHH:MM no fuso horário dela (padrão: agora).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionCommands.cpp" line="410" />
        <source>TIME</source>
        <translation>HORÁRIO</translation>
    </message>
</context>
<context>
    <name>md::cli::SettingsCommands</name>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="32" />
        <source>Keys (default in brackets, then an example):</source>
        <translation>Chaves (padrão entre colchetes, depois um exemplo):</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="37" />
        <source>      e.g. %1</source>
        <translation>      por exemplo, %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="69" />
        <source>There is no setting called '%1'. See `settings set --help` for the keys.</source>
        <translation>Não existe configuração chamada '%1'. Veja as chaves em `settings set --help`.</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="87" />
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="88" />
        <source>Show the mentor profile and the business settings.</source>
        <translation>Exibir o perfil do mentor e as configurações do negócio.</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="90" />
        <source>Print one JSON object.</source>
        <translation>Exibir um objeto JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="96" />
        <source>KEY VALUE</source>
        <translation>CHAVE VALOR</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="97" />
        <source>Change one setting (checked before it is saved).</source>
        <translation>Alterar uma configuração (verificada antes de ser salva).</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="100" />
        <source>One of the keys below.</source>
        <translation>Uma das chaves abaixo.</translation>
    </message>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="101" />
        <source>The new value; "" clears text fields.</source>
        <translation>O novo valor; "" limpa campos de texto.</translation>
    </message>
</context>
<context>
    <name>md::cli::SummaryCommands</name>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="31" />
        <source>'%1' is not a valid session id (a positive number).</source>
        <translation>'%1' não é um id de sessão válido (um número positivo).</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="35" />
        <source>Name the file to write (.pdf, .md or .txt).</source>
        <translation>Informe o arquivo a gravar (.pdf, .md ou .txt).</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="62" />
        <source>ID FILE</source>
        <translation>ID ARQUIVO</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="63" />
        <source>Export a session summary as PDF, Markdown or plain text.</source>
        <translation>Exportar um resumo de sessão como PDF, Markdown ou texto simples.</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="64" />
        <source>The format follows the file name: .md for Markdown, .txt for plain text ready to paste into an e-mail, anything else PDF. The summary holds the summary fields and the shareable notes, never the private notes.</source>
        <translation>O formato segue o nome do arquivo: .md para Markdown, .txt para texto simples pronto para colar em um e-mail, qualquer outro para PDF. O resumo contém os campos do resumo e as anotações compartilháveis, nunca as anotações privadas.</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="68" />
        <source>The session's id.</source>
        <translation>O id da sessão.</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommands.cpp" line="69" />
        <source>The file to write.</source>
        <translation>O arquivo a gravar.</translation>
    </message>
</context>
<context>
    <name>md::cli::VerifyCommand</name>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="22" />
        <source>Check the database, every signed agreement and the audit log; prints OK or the problems found.</source>
        <translation>Verificar o banco de dados, cada acordo assinado e o registro de auditoria; exibe OK ou os problemas encontrados.</translation>
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
        <translation>Desbloqueia o espaço de trabalho e verifica:
  - o banco de dados (verificações de integridade e de chaves estrangeiras do SQLite);
  - cada acordo assinado: o PDF, o texto, as imagens das assinaturas e a
    digitalização armazenados em relação ao manifesto assinado, e a assinatura do manifesto;
  - a cadeia de hashes do registro de auditoria dos acordos.
Cada problema é uma linha na saída padrão, com o acordo a que
se refere. Sai com status 1 quando algum problema é encontrado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/VerifyCommand.cpp" line="66" />
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problema encontrado.</numerusform>
            <numerusform>%n problemas encontrados.</numerusform>
        </translation>
    </message>
</context>
</TS>
