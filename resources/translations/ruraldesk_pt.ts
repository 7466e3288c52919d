<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en">
<context>
    <name>Attachments</name>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>No program to open this file</source>
        <translation>Nenhum programa abre este ficheiro</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar uma cópia</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar uma cópia…</translation>
    </message>
    <message>
        <source>This computer has no program that opens “{name}”. You can save a copy and open it later with a program of your choice.</source>
        <translation>Este computador não tem nenhum programa que abra «{name}». Pode guardar uma cópia e abri-la mais tarde com um programa à sua escolha.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Advice service</source>
        <translation>Serviço de aconselhamento</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Entidade pública</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Má</translation>
    </message>
    <message>
        <source>Community cooperative</source>
        <translation>Cooperativa comunitária</translation>
    </message>
    <message>
        <source>Community foundation</source>
        <translation>Fundação comunitária</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Finance service</source>
        <translation>Entidade financiadora</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Boa</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Orientações</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obrigação jurídica</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Interesses legítimos</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Autarquia local</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodologia</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mista</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Telemóvel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Policy recommendation</source>
        <translation>Recomendação política</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Funções de interesse público</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Autoridade regional</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partilhada</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Empresa social</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Serviço de apoio</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Terceiro lugar</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Kit de ferramentas</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formação</translation>
    </message>
    <message>
        <source>Village association</source>
        <translation>Associação de aldeia</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Interesses vitais</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabalho</translation>
    </message>
    <message>
        <source>Work integration enterprise</source>
        <translation>Empresa de inserção</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>Attachment</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussão</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Discussões</translation>
    </message>
    <message>
        <source>Linked contacts</source>
        <translation>Contactos ligados</translation>
    </message>
    <message>
        <source>Linked practices</source>
        <translation>Práticas ligadas</translation>
    </message>
    <message>
        <source>Linked tools</source>
        <translation>Ferramentas ligadas</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Novo contacto</translation>
    </message>
    <message>
        <source>New practice</source>
        <extracomment>the interface languages, each named in itself (never translated), in the order the EU lists its 24 official languages: alphabetical by that own name (български, español, čeština, …)</extracomment>
        <translation>Nova prática</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Novo tema</translation>
    </message>
    <message>
        <source>New tool</source>
        <translation>Nova ferramenta</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Prática</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Práticas</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Ferramenta</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Ferramentas</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Leave it deleted</source>
        <translation>Deixar &amp;eliminada</translation>
    </message>
    <message>
        <source>&amp;Merged value (edit, then save):</source>
        <translation>&amp;Valor combinado (edite e depois guarde):</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Abrir a ficha</translation>
    </message>
    <message>
        <source>&amp;Restore the record</source>
        <translation>&amp;Restaurar a ficha</translation>
    </message>
    <message>
        <source>&amp;Save merged value</source>
        <translation>&amp;Guardar o valor combinado</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>kinds whose stored values are codes or ids: shown by name, in the interface language</extracomment>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Manter o &amp;meu</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Manter o &amp;deles</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Valor combinado</translation>
    </message>
    <message>
        <source>No conflicts: everything your group changed fitted together.</source>
        <translation>Sem conflitos: todas as alterações do seu grupo eram compatíveis.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Não guardado: {error}</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflitos por resolver</translation>
    </message>
    <message>
        <source>Refused: {title} — {field}</source>
        <translation>Recusado: {title} — {field}</translation>
    </message>
    <message>
        <source>Settled: “{title}” — {field}. Your choice is shared with the group at the next sync.</source>
        <translation>Resolvido: «{title}» — {field}. A sua escolha é partilhada com o grupo na próxima sincronização.</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>O valor deles</translation>
    </message>
    <message>
        <source>Theirs — by {who}, {when}</source>
        <translation>O deles — de {who}, {when}</translation>
    </message>
    <message>
        <source>When two people changed the same thing before syncing, the group server kept one value and set the other aside. Choose what the record should say; your choice is shared with everyone at the next sync.</source>
        <translation>Quando duas pessoas alteraram a mesma coisa antes de sincronizar, o servidor do grupo manteve um valor e pôs o outro de parte. Escolha o que a ficha deve dizer; a sua escolha será partilhada com todos na próxima sincronização.</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Porque é que o servidor a recusou</translation>
    </message>
    <message>
        <source>Your change ({when})</source>
        <translation>A sua alteração ({when})</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>O seu valor</translation>
    </message>
    <message>
        <source>Yours — by {who}, {when}</source>
        <translation>O seu — de {who}, {when}</translation>
    </message>
    <message>
        <source>another member</source>
        <translation>outro membro</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>eliminada ou mantida</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>o grupo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>you</source>
        <translation>você</translation>
    </message>
    <message>
        <source>{title} — {field}</source>
        <translation>{title} — {field}</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>(untitled)</source>
        <extracomment>a line above the record when something needs the person (set by the sync UI: banner_for(record) -&gt; rich text with an rd: link, or &quot;&quot;)</extracomment>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar a edição</translation>
    </message>
    <message>
        <source>Choose a record in the list, or press Ctrl+N to add one.</source>
        <translation>Escolha uma ficha na lista ou prima Ctrl+N para adicionar uma.</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>the record now shown (None: none), for what sits beside it (ui/discussions: its comments)</extracomment>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Edit form</source>
        <translation>Formulário de edição</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Editar «{title}»</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Os campos marcados com * são obrigatórios.</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Sair sem guardar?</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Corrija os campos assinalados abaixo.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problema no campo {field}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Guardar a ficha</translation>
    </message>
    <message>
        <source>Your changes to this record are not saved. Leave the form and lose them?</source>
        <translation>As alterações a esta ficha não estão guardadas. Sair do formulário e perdê-las?</translation>
    </message>
    <message>
        <source>created by {who}</source>
        <translation>criado por {who}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>a member id as people read it (the group&apos;s member directory, store.news.name)</extracomment>
        <translation>no lixo</translation>
    </message>
    <message>
        <source>last changed {when} by {who}</source>
        <translation>última alteração em {when} por {who}</translation>
    </message>
    <message>
        <source>not on this computer yet</source>
        <translation>ainda não está neste computador</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>remover</translation>
    </message>
    <message>
        <source>unlink</source>
        <translation>desassociar</translation>
    </message>
    <message>
        <source>{label} *:</source>
        <translation>{label} *:</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>&amp;Anexos:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Pasta de &amp;dados:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Tamanho da letra:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Língua da interface:</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>Código de &amp;convite:</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>Região &amp;telefónica:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start.</source>
        <translation>A nova pasta de dados será usada a partir do próximo arranque.</translation>
    </message>
    <message>
        <source>Add your own practices, contacts and tools.</source>
        <translation>Adicione as suas próprias práticas, contactos e ferramentas.</translation>
    </message>
    <message>
        <source>As&amp;k before a sync changes more than:</source>
        <translation>Pe&amp;rguntar antes de uma sincronização alterar mais de:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Escolher a pasta de dados</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Connect to a group server</source>
        <translation>Ligar a um servidor do grupo</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Pasta de dados predefinida</translation>
    </message>
    <message>
        <source>Demo records per collection</source>
        <translation>Fichas de demonstração por tipo</translation>
    </message>
    <message>
        <source>Download when opened</source>
        <translation>Transferir ao abrir</translation>
    </message>
    <message>
        <source>Fictional practices, contacts and tools in seven languages, to try things out. You can delete them later.</source>
        <translation>Práticas, contactos e ferramentas fictícios em sete línguas, para experimentar. Pode eliminá-los mais tarde.</translation>
    </message>
    <message>
        <source>Find records to link</source>
        <translation>Encontrar fichas para associar</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Código de convite</translation>
    </message>
    <message>
        <source>Join your group&apos;s shared repository with the invitation code your coordinator sent you.</source>
        <translation>Junte-se ao repositório partilhado do seu grupo com o código de convite que o seu coordenador lhe enviou.</translation>
    </message>
    <message>
        <source>Keep all offline</source>
        <translation>Manter tudo sem ligação</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Carregar dados de demonstração</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Só quando eu pedir</translation>
    </message>
    <message>
        <source>Records per collection:</source>
        <translation>Fichas por tipo:</translation>
    </message>
    <message>
        <source>Records to link</source>
        <translation>Fichas para associar</translation>
    </message>
    <message>
        <source>RuralDesk keeps your group&apos;s practices, contacts and tools on this computer, and works without a connection. How would you like to start?</source>
        <translation>O RuralDesk guarda as práticas, os contactos e as ferramentas do seu grupo neste computador e funciona sem ligação à Internet. Como quer começar?</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>Sincroni&amp;zar a cada:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation>Mostrar estas colunas:</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Começar com uma área de trabalho vazia</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>A parar…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Língua do sistema</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Tamanho do sistema</translation>
    </message>
    <message>
        <source>Type a name or a word to find records</source>
        <translation>Escreva um nome ou uma palavra para encontrar fichas</translation>
    </message>
    <message>
        <source>Welcome to RuralDesk</source>
        <translation>Bem-vindo ao RuralDesk</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>adicionado em {when}</translation>
    </message>
    <message>
        <source>{title}: {done} of {total}</source>
        <translation>{title}: {done} de {total}</translation>
    </message>
</context>
<context>
    <name>Discussions</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n mensagem</numerusform>
            <numerusform>%n mensagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>%n tópico</numerusform>
            <numerusform>%n tópicos</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(não indicada)</translation>
    </message>
    <message>
        <source>A topic needs a title and an opening post.</source>
        <translation>Um tópico precisa de um título e de uma mensagem inicial.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Anexar ficheiros</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Anexar ficheiros…</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Anexados:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentários</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Comentários (%n)</numerusform>
            <numerusform>Comentários (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the discussion: {error}</source>
        <translation>Não foi possível exportar a discussão: {error}</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Não foi possível guardar: {error}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Rascunho guardado</translation>
    </message>
    <message>
        <source>Draft kept from {when}</source>
        <translation>Rascunho guardado de {when}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Editar a sua mensagem</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exportar como Markdown…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exportar como PDF…</translation>
    </message>
    <message>
        <source>Export the discussion</source>
        <translation>Exportar a discussão</translation>
    </message>
    <message>
        <source>Files to attach to this post</source>
        <translation>Ficheiros a anexar a esta mensagem</translation>
    </message>
    <message>
        <source>Files to attach: {names}</source>
        <translation>Ficheiros a anexar: {names}</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Oculto por um coordenador: {reason}</translation>
    </message>
    <message>
        <source>Hidden from the group: {reason}</source>
        <translation>Oculto para o grupo: {reason}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide the discussion…</source>
        <translation>Ocultar a discussão…</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Ocultar…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Língua:</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última atividade</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New &amp;topic…</source>
        <translation>Novo &amp;tópico…</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Novo tópico</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Novo tópico…</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one below.</source>
        <translation>Ainda não há mensagens. Escreva a primeira abaixo.</translation>
    </message>
    <message>
        <source>No topics yet. Start one with New topic; comments on a practice, tool or contact are at the foot of its page.</source>
        <translation>Ainda não há tópicos. Comece um com Novo tópico; os comentários sobre uma prática, ferramenta ou contacto estão no fundo da sua página.</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>Não é uma resposta</translation>
    </message>
    <message>
        <source>Not allowed: {reason}.</source>
        <translation>Não permitido: {reason}.</translation>
    </message>
    <message>
        <source>Opening post</source>
        <translation>Mensagem inicial</translation>
    </message>
    <message>
        <source>Opening post:</source>
        <translation>Mensagem inicial:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Post it (Ctrl+Enter)</source>
        <translation>Publicar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Mensagem removida</translation>
    </message>
    <message>
        <source>Posted. It goes to the group at the next sync.</source>
        <translation>Publicada. Chega ao grupo na próxima sincronização.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Replying to a post</source>
        <translation>Em resposta a uma mensagem</translation>
    </message>
    <message>
        <source>Replying to {name}</source>
        <translation>Em resposta a {name}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier posts</source>
        <translation>
            <numerusform>Mostrar %n mensagem anterior</numerusform>
            <numerusform>Mostrar %n mensagens anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Mostrar de novo</translation>
    </message>
    <message>
        <source>Show discussions</source>
        <translation>Mostrar as discussões</translation>
    </message>
    <message>
        <source>Start a discussion with the group</source>
        <translation>Iniciar uma discussão com o grupo</translation>
    </message>
    <message>
        <source>Start a discussion with the group (Ctrl+Shift+D)</source>
        <translation>Iniciar uma discussão com o grupo (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Iniciada por</translation>
    </message>
    <message>
        <source>The discussion was written to {path}.</source>
        <translation>A discussão foi escrita em {path}.</translation>
    </message>
    <message>
        <source>The earlier version stays in the post&apos;s history.</source>
        <translation>A versão anterior fica no histórico da mensagem.</translation>
    </message>
    <message>
        <source>The opening post… *emphasis*, **strong**, - lists, [links](https://…), @member</source>
        <translation>A mensagem inicial… *itálico*, **negrito**, - listas, [ligações](https://…), @membro</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tópico</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Tópicos</translation>
    </message>
    <message>
        <source>Version {n}, {when}, by {name}</source>
        <translation>Versão {n}, {when}, de {name}</translation>
    </message>
    <message>
        <source>Versions of the post</source>
        <translation>Versões da mensagem</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>De que se trata?</translation>
    </message>
    <message>
        <source>Why is it hidden? Everyone sees the reason in its place.</source>
        <translation>Porque fica oculto? Todos veem o motivo no seu lugar.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Withdraw this post? Its text goes from the thread; its earlier versions stay in its history.</source>
        <translation>Retirar esta mensagem? O texto sai da discussão; as versões anteriores ficam no histórico.</translation>
    </message>
    <message>
        <source>Withdraw your post</source>
        <translation>Retirar a sua mensagem</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Retirada pelo seu autor.</translation>
    </message>
    <message>
        <source>Write a post… *emphasis*, **strong**, - lists, [links](https://…), @member (Ctrl+Enter posts)</source>
        <translation>Escreva uma mensagem… *itálico*, **negrito**, - listas, [ligações](https://…), @membro (Ctrl+Enter publica)</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Escreva primeiro alguma coisa.</translation>
    </message>
    <message>
        <source>Write to the whole thread instead (Escape)</source>
        <translation>Escrever antes para toda a discussão (Esc)</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>A sua mensagem</translation>
    </message>
    <message>
        <source>a discussion&apos;s rules do not allow this change</source>
        <translation>as regras de uma discussão não permitem esta alteração</translation>
    </message>
    <message>
        <source>a post needs some text</source>
        <translation>uma mensagem precisa de texto</translation>
    </message>
    <message>
        <source>a removed post</source>
        <translation>uma mensagem removida</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>em resposta a {name}</translation>
    </message>
    <message>
        <source>only a coordinator can hide a post or a discussion</source>
        <translation>só um coordenador pode ocultar uma mensagem ou uma discussão</translation>
    </message>
    <message>
        <source>only its author can edit or withdraw a post</source>
        <extracomment>what a discussion write changes, for the views</extracomment>
        <translation>só o seu autor pode editar ou retirar uma mensagem</translation>
    </message>
    <message>
        <source>only the member who started a discussion can change its title, themes or language</source>
        <translation>só quem iniciou uma discussão pode mudar o título, os temas ou a língua</translation>
    </message>
    <message>
        <source>started by {name}</source>
        <translation>iniciada por {name}</translation>
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation>{title} (oculto)</translation>
    </message>
    <message>
        <source>{title} · {count} new</source>
        <translation>{title} · {count} novas</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>(choose)</source>
        <translation>(escolher)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>No date</source>
        <extracomment>where the calendar opens when no date is set; the form points an end date at its start</extracomment>
        <translation>Sem data</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Escreva e prima Enter</translation>
    </message>
    <message>
        <source>add</source>
        <translation>adicionar</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>limpar</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>remover</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>a adicionar</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Activities</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Destinatários</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Broader theme</source>
        <translation>Tema geral</translation>
    </message>
    <message>
        <source>Comments on</source>
        <translation>Comentários sobre</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data do consentimento</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Origem do consentimento</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussão</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Endereços de e-mail</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data de fim</translation>
    </message>
    <message>
        <source>Expertise themes</source>
        <translation>Temas de especialidade</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome do ficheiro</translation>
    </message>
    <message>
        <source>Full name of a person, or the name of an organisation</source>
        <translation>Nome completo de uma pessoa ou nome de uma organização</translation>
    </message>
    <message>
        <source>Funding amount</source>
        <translation>Montante do financiamento</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Fonte de financiamento</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nome próprio</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Membro do grupo</translation>
    </message>
    <message>
        <source>Hidden because</source>
        <translation>Oculto porque</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>Em resposta a</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Línguas</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Fundamento jurídico</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lições aprendidas</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Ligações</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Tipo de ficheiro</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menções</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Obstacles (legal / policy)</source>
        <translation>Obstáculos (legais / políticos)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Organisation types</source>
        <translation>Tipos de organização</translation>
    </message>
    <message>
        <source>Partners (incl. authorities)</source>
        <translation>Parceiros (incl. entidades públicas)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefones</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Related contacts</source>
        <translation>Contactos associados</translation>
    </message>
    <message>
        <source>Related tools</source>
        <translation>Ferramentas associadas</translation>
    </message>
    <message>
        <source>Removed posts</source>
        <translation>Mensagens removidas</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Nota de revisão</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Tamanho (bytes)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Iniciada por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Morada</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>The person&apos;s member name in the group: their posts are then part of their data</source>
        <translation>O nome de membro da pessoa no grupo: as suas mensagens fazem então parte dos seus dados</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Town / village</source>
        <translation>Localidade / aldeia</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Transferibilidade</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sítio web</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>&amp;Audit log</source>
        <translation>Registo de &amp;auditoria</translation>
    </message>
    <message>
        <source>&amp;Cancel the invitation</source>
        <translation>&amp;Cancelar o convite</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Export everything about this person…</source>
        <translation>&amp;Exportar tudo sobre esta pessoa…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ficheiro:</translation>
    </message>
    <message>
        <source>&amp;Hand a file to the server…</source>
        <translation>Passar um ficheiro ao &amp;servidor…</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Convites</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>&amp;Convidar alguém…</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membros</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>Entradas mais &amp;recentes</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>Entradas mais &amp;antigas</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organização:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Frase-&amp;passe:</translation>
    </message>
    <message>
        <source>&amp;People&apos;s data</source>
        <translation>Dados &amp;pessoais</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Função:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Válido durante:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dia</translation>
    </message>
    <message>
        <source>1 week</source>
        <extracomment>how long an invitation can be redeemed, in hours</extracomment>
        <translation>1 semana</translation>
    </message>
    <message>
        <source>A revoked token stops syncing at once: that computer keeps its copy but can no longer send or receive. Tick the computers to cut off.</source>
        <translation>Um token revogado deixa de sincronizar de imediato: esse computador mantém a sua cópia mas já não pode enviar nem receber. Marque os computadores a desligar.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>Adicionou um membro</translation>
    </message>
    <message>
        <source>Asking the server who you are…</source>
        <translation>A perguntar ao servidor quem é…</translation>
    </message>
    <message>
        <source>At {url}</source>
        <translation>Em {url}</translation>
    </message>
    <message>
        <source>At {url} · you are: {role}</source>
        <translation>Em {url} · a sua função: {role}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registo de auditoria</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <source>Cancel the invitation</source>
        <translation>Cancelar o convite</translation>
    </message>
    <message>
        <source>Cancel the invitation for {name}? The code stops working at once; you can invite them again later.</source>
        <translation>Cancelar o convite para {name}? O código deixa de funcionar de imediato; pode voltar a convidar mais tarde.</translation>
    </message>
    <message>
        <source>Cancelled an invitation</source>
        <translation>Cancelou um convite</translation>
    </message>
    <message>
        <source>Cancelling the invitation…</source>
        <translation>A cancelar o convite…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Alterar a &amp;função…</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Alterar a função de {name}</translation>
    </message>
    <message>
        <source>Changed a member</source>
        <translation>Alterou um membro</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>A alterar a função…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Escolher o ficheiro</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordenador</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Copy the invitation code</source>
        <translation>Copiar o código de convite</translation>
    </message>
    <message>
        <source>Create the invitation</source>
        <translation>Criar o convite</translation>
    </message>
    <message>
        <source>Creating the invitation…</source>
        <translation>A criar o convite…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>&amp;Apagar esta pessoa…</translation>
    </message>
    <message>
        <source>Erase on every replica</source>
        <translation>Apagar em todas as réplicas</translation>
    </message>
    <message>
        <source>Erase “{name}”</source>
        <translation>Apagar «{name}»</translation>
    </message>
    <message>
        <source>Erase “{name}” from the whole group? This cannot be undone. It is erased here and sent to the server at once; every member&apos;s copy of RuralDesk erases it at its next sync:</source>
        <translation>Apagar «{name}» de todo o grupo? Não pode ser desfeito. É apagado aqui e enviado de imediato para o servidor; a cópia do RuralDesk de cada membro apaga-o na próxima sincronização:</translation>
    </message>
    <message>
        <source>Erased a record</source>
        <translation>Apagou um registo</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>A apagar…</translation>
    </message>
    <message>
        <source>Everything about {name} was written to {path}.</source>
        <translation>Tudo sobre {name} foi escrito em {path}.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Exportar tudo sobre {name}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>A exportar…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Procurar uma pessoa</translation>
    </message>
    <message>
        <source>Give {name} this code. In RuralDesk they choose Sync → Set up sync… and paste it, or scan the picture with a phone and send it to themselves. It works once, until {expires}.</source>
        <translation>Dê este código a {name}. No RuralDesk escolhe Sincronização → Configurar a sincronização… e cola-o, ou digitaliza a imagem com um telemóvel e envia-o a si próprio. Funciona uma vez, até {expires}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Group window status</source>
        <translation>Estado da janela Grupo</translation>
    </message>
    <message>
        <source>Group “{group}”</source>
        <translation>Grupo «{group}»</translation>
    </message>
    <message>
        <source>Hand a file to the server</source>
        <translation>Passar um ficheiro ao servidor</translation>
    </message>
    <message>
        <source>Hand to the server</source>
        <translation>Passar ao servidor</translation>
    </message>
    <message>
        <source>Handing the file to the server…</source>
        <translation>A passar o ficheiro ao servidor…</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Código de convite</translation>
    </message>
    <message>
        <source>Invitation code as a QR code</source>
        <translation>Código de convite como código QR</translation>
    </message>
    <message>
        <source>Invitation for {name}</source>
        <translation>Convite para {name}</translation>
    </message>
    <message>
        <source>Invitation for {name} cancelled.</source>
        <translation>Convite para {name} cancelado.</translation>
    </message>
    <message>
        <source>Invitation for {name} created.</source>
        <translation>Convite para {name} criado.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Convidar alguém</translation>
    </message>
    <message>
        <source>Invited someone</source>
        <translation>Convidou alguém</translation>
    </message>
    <message>
        <source>Issued a token</source>
        <translation>Emitiu um token</translation>
    </message>
    <message>
        <source>Its attachments: none</source>
        <translation>Os seus anexos: nenhum</translation>
    </message>
    <message>
        <source>Its attachments: {names}</source>
        <translation>Os seus anexos: {names}</translation>
    </message>
    <message>
        <source>Its history, with the values it held (changes recorded: {count})</source>
        <translation>O seu histórico, com os valores que continha (alterações registadas: {count})</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Ficheiros JSON (*.json)</translation>
    </message>
    <message>
        <source>Joined the group, but the token could not be kept: {error}</source>
        <extracomment>starts network work off the UI thread: Operations.run, or the worker itself</extracomment>
        <translation>Juntou-se ao grupo, mas não foi possível guardar o token: {error}</translation>
    </message>
    <message>
        <source>Joined with an invitation</source>
        <translation>Juntou-se com um convite</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronização</translation>
    </message>
    <message>
        <source>Links to it from other records: none</source>
        <translation>Ligações de outros registos: nenhuma</translation>
    </message>
    <message>
        <source>Links to it from {records} ({count}): {titles}</source>
        <translation>Ligações de {records} ({count}): {titles}</translation>
    </message>
    <message>
        <source>Listing what the erasure removes…</source>
        <translation>A listar o que o apagamento remove…</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>A carregar o registo de auditoria…</translation>
    </message>
    <message>
        <source>Loading the member&apos;s tokens…</source>
        <translation>A carregar os tokens do membro…</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>A carregar os membros…</translation>
    </message>
    <message>
        <source>Loading the open invitations…</source>
        <translation>A carregar os convites em aberto…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Members see the new name after their next sync; the group&apos;s address stays.</source>
        <translation>Os membros veem o novo nome após a próxima sincronização; o endereço do grupo mantém-se.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Not connected to a group server.</source>
        <translation>Sem ligação a um servidor de grupo.</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>Não feito: {why}</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied} and already had {already}.</source>
        <translation>Alterações no ficheiro: {total}; o servidor aplicou {applied} e já tinha {already}.</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied}, already had {already} and refused {refused}: {reasons}.</source>
        <translation>Alterações no ficheiro: {total}; o servidor aplicou {applied}, já tinha {already} e recusou {refused}: {reasons}.</translation>
    </message>
    <message>
        <source>Only the group&apos;s coordinators can invite people, change roles or remove members. Ask one of them.</source>
        <translation>Só os coordenadores do grupo podem convidar pessoas, alterar funções ou remover membros. Peça a um deles.</translation>
    </message>
    <message>
        <source>Open invitations</source>
        <translation>Convites em aberto</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;carregar</translation>
    </message>
    <message>
        <source>Re&amp;move from the group…</source>
        <translation>Re&amp;mover do grupo…</translation>
    </message>
    <message>
        <source>Re&amp;name the group…</source>
        <translation>Mudar o &amp;nome do grupo…</translation>
    </message>
    <message>
        <source>Re&amp;voke tokens…</source>
        <translation>Re&amp;vogar tokens…</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Leitor</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Remover {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the group</source>
        <translation>Remover {name} do grupo</translation>
    </message>
    <message>
        <source>Remove {name} from the group? Their tokens stop working at once and they no longer receive the group&apos;s records. Everything they added or changed stays, under their name.</source>
        <translation>Remover {name} do grupo? Os seus tokens deixam de funcionar de imediato e deixa de receber os registos do grupo. Tudo o que adicionou ou alterou fica, em seu nome.</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>Removeu um membro</translation>
    </message>
    <message>
        <source>Removing the member…</source>
        <translation>A remover o membro…</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Mudar o nome do grupo</translation>
    </message>
    <message>
        <source>Renamed the group</source>
        <translation>Mudou o nome do grupo</translation>
    </message>
    <message>
        <source>Renaming the group…</source>
        <translation>A mudar o nome do grupo…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revogar</translation>
    </message>
    <message>
        <source>Revoke tokens of {name}</source>
        <translation>Revogar os tokens de {name}</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>Revogou um token</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>A revogar…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Send the changes in a hand-over file someone brought straight to the server</source>
        <translation>Enviar diretamente ao servidor as alterações de um ficheiro de passagem que alguém trouxe</translation>
    </message>
    <message>
        <source>The changes in the file go to the server under the names of the people who made them; this computer gets them at its next sync, like everyone. Changes the server already has are not taken twice.</source>
        <translation>As alterações do ficheiro vão para o servidor em nome das pessoas que as fizeram; este computador recebe-as na próxima sincronização, como todos. As alterações que o servidor já tem não são recebidas duas vezes.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>O código está na área de transferência.</translation>
    </message>
    <message>
        <source>The contact “{name}” and every field value it had</source>
        <translation>O contacto «{name}» e todos os valores dos seus campos</translation>
    </message>
    <message>
        <source>The discussion about this contact, with its posts ({count})</source>
        <translation>A discussão sobre este contacto, com as suas mensagens ({count})</translation>
    </message>
    <message>
        <source>The file holds no changes; nothing was sent.</source>
        <translation>O ficheiro não contém alterações; nada foi enviado.</translation>
    </message>
    <message>
        <source>The five words given with the file, separately from it.</source>
        <translation>As cinco palavras dadas com o ficheiro, à parte dele.</translation>
    </message>
    <message>
        <source>The group is now called “{name}”.</source>
        <translation>O grupo chama-se agora «{name}».</translation>
    </message>
    <message>
        <source>The invitation gives one person a place in the group. They paste the code into RuralDesk (Sync → Set up sync…) on their computer; it works once.</source>
        <translation>O convite dá a uma pessoa um lugar no grupo. Ela cola o código no RuralDesk (Sincronização → Configurar a sincronização…) no seu computador; funciona uma vez.</translation>
    </message>
    <message>
        <source>The person is also named in the text of {count} other records. That text is not changed: review it after the erasure (the export lists where).</source>
        <translation>A pessoa é também mencionada no texto de outros registos ({count}). Esse texto não é alterado: reveja-o após o apagamento (a exportação indica onde).</translation>
    </message>
    <message>
        <source>Their own posts in the group&apos;s discussions ({count}); the threads stay and show “post removed”</source>
        <translation>As suas próprias mensagens nas discussões do grupo ({count}); os tópicos ficam e mostram «mensagem removida»</translation>
    </message>
    <message>
        <source>This member has no token in use.</source>
        <translation>Este membro não tem nenhum token em uso.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a group server. Use Sync → Set up sync… with the invitation code your coordinator gave you.</source>
        <translation>Este espaço de trabalho não está ligado a um servidor de grupo. Use Sincronização → Configurar a sincronização… com o código de convite que o seu coordenador lhe deu.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Tokens revoked for {name}: {count}.</source>
        <translation>Tokens revogados de {name}: {count}.</translation>
    </message>
    <message>
        <source>Type a name, an e-mail or a phone number</source>
        <translation>Escreva um nome, um e-mail ou um número de telefone</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido até</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>O que vai acontecer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>When a person asks what the group holds about them, or asks to be forgotten (GDPR articles 15 and 17), find them here.</source>
        <extracomment>contacts listed at once (a search narrows them down)</extracomment>
        <translation>Quando uma pessoa pergunta o que o grupo guarda sobre ela, ou pede para ser esquecida (artigos 15.º e 17.º do RGPD), encontre-a aqui.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <source>adds and edits the group&apos;s records</source>
        <translation>adiciona e edita os registos do grupo</translation>
    </message>
    <message>
        <source>as the group will see it</source>
        <translation>tal como o grupo o verá</translation>
    </message>
    <message>
        <source>manages the group: members, invitations, erasure</source>
        <translation>gere o grupo: membros, convites, apagamento</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>reads the group&apos;s records, changes nothing</source>
        <translation>lê os registos do grupo, não altera nada</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <extracomment>audit entries per page (&quot;Older entries&quot; asks for the next page)</extracomment>
        <translation>o ficheiro não pode ser lido ({reason})</translation>
    </message>
    <message>
        <source>the server did not accept this computer&apos;s token; ask your coordinator for a new invitation</source>
        <translation>o servidor não aceitou o token deste computador; peça um novo convite ao seu coordenador</translation>
    </message>
    <message>
        <source>unnamed computer</source>
        <translation>computador sem nome</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} dias</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} semanas</translation>
    </message>
    <message>
        <source>{label}, since {when}</source>
        <translation>{label}, desde {when}</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (você)</translation>
    </message>
    <message>
        <source>{name} is no longer a member; their records stay.</source>
        <translation>{name} já não é membro; os seus registos ficam.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name} é agora: {role}.</translation>
    </message>
    <message>
        <source>“{name}” was erased here; the erasure goes to the server with this sync and reaches every replica at its next sync.</source>
        <translation>«{name}» foi apagado aqui; o apagamento segue para o servidor com esta sincronização e chega a cada réplica na próxima sincronização.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Applied: {applied}. Already here: {duplicates}. To pass on to the server: {held}. Refused: {refused}.</source>
        <translation>Aplicadas: {applied}. Já presentes: {duplicates}. A passar ao servidor: {held}. Recusadas: {refused}.</translation>
    </message>
    <message>
        <source>Changes written: {count}, to {path}.

Passphrase (shown only now): {words}</source>
        <translation>Alterações escritas: {count}, em {path}.

Frase-passe (mostrada só agora): {words}</translation>
    </message>
    <message>
        <source>Connect this computer to the group&apos;s server once before handing changes over.</source>
        <translation>Ligue este computador uma vez ao servidor do grupo antes de passar alterações.</translation>
    </message>
    <message>
        <source>Export changes for another computer…</source>
        <translation>Exportar alterações para outro computador…</translation>
    </message>
    <message>
        <source>Exporting changes</source>
        <translation>A exportar alterações</translation>
    </message>
    <message>
        <source>Hand-over files (*.rdrelay);;All files (*)</source>
        <translation>Ficheiros de passagem (*.rdrelay);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Import changes from a file…</source>
        <translation>Importar alterações de um ficheiro…</translation>
    </message>
    <message>
        <source>Importing changes</source>
        <translation>A importar alterações</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Nada foi alterado: {reason}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase-passe</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Parado. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>O ficheiro está incompleto: não foi copiado por inteiro.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made.</source>
        <translation>O ficheiro foi alterado ou danificado depois de ser feito.</translation>
    </message>
    <message>
        <source>The file will be locked with these words (change them if you like). Give them to the person who imports it, separately from the file.</source>
        <translation>O ficheiro será fechado com estas palavras (pode alterá-las). Dê-as à pessoa que o importar, à parte do ficheiro.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file: check the words and try again.</source>
        <translation>A frase-passe não abre este ficheiro: verifique as palavras e tente de novo.</translation>
    </message>
    <message>
        <source>This file holds changes of another group.</source>
        <translation>Este ficheiro contém alterações de outro grupo.</translation>
    </message>
    <message>
        <source>This is not a RuralDesk hand-over file.</source>
        <translation>Este não é um ficheiro de passagem do RuralDesk.</translation>
    </message>
    <message>
        <source>Type the words the file was locked with.</source>
        <translation>Escreva as palavras com que o ficheiro foi fechado.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About RuralDesk</source>
        <translation>Acerca do RuralDesk</translation>
    </message>
    <message>
        <source>An offline-first organiser of practices, contacts and tools for rural social-economy groups: village associations, cooperatives, social enterprises, third places and the authorities that work with them.</source>
        <translation>Um organizador que funciona primeiro sem ligação, para as práticas, os contactos e as ferramentas dos grupos rurais da economia social: associações de aldeia, cooperativas, empresas sociais, terceiros lugares e as entidades públicas que trabalham com eles.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licença:</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>RuralDesk user guide</source>
        <translation>Guia do utilizador do RuralDesk</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of RuralDesk. It is online at {url}</source>
        <translation>O guia do utilizador não está instalado com esta cópia do RuralDesk. Está disponível em linha em {url}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guia do utilizador</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Área de trabalho:</translation>
    </message>
</context>
<context>
    <name>IO</name>
    <message>
        <source>Comments on {title}</source>
        <translation>Comentários sobre {title}</translation>
    </message>
    <message>
        <source>DejaVu Sans is not installed: the PDF uses Helvetica, which cannot print letters outside Western Europe (Polish, Greek…); install fonts-dejavu</source>
        <translation>O DejaVu Sans não está instalado: o PDF usa Helvetica, que não consegue imprimir letras de fora da Europa Ocidental (polaco, grego…); instale fonts-dejavu</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussão</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Exportação do Google Contactos</translation>
    </message>
    <message>
        <source>Google Contacts export (Outlook CSV)</source>
        <translation>Exportação do Google Contactos (CSV do Outlook)</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Oculto por um coordenador: {reason}</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Exportação do Outlook</translation>
    </message>
    <message>
        <source>Phone ({type}): {number}</source>
        <translation>Telefone ({type}): {number}</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Mensagem removida</translation>
    </message>
    <message>
        <source>Posts: {count}</source>
        <translation>Mensagens: {count}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Região: {region}</translation>
    </message>
    <message>
        <source>Started by {name}, {when}</source>
        <translation>Iniciada por {name}, {when}</translation>
    </message>
    <message>
        <source>Thunderbird address book export</source>
        <translation>Exportação do livro de endereços do Thunderbird</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Retirada pelo seu autor.</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>uma imagem GIF</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>uma imagem JPEG</translation>
    </message>
    <message>
        <source>a PDF document, not a table or an address book</source>
        <translation>um documento PDF, não uma tabela nem um livro de endereços</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>uma imagem PNG</translation>
    </message>
    <message>
        <source>a Windows program, not a data file</source>
        <translation>um programa do Windows, não um ficheiro de dados</translation>
    </message>
    <message>
        <source>a ZIP archive (an .xlsx or .ods spreadsheet?); save it as CSV from the spreadsheet first</source>
        <translation>um arquivo ZIP (uma folha de cálculo .xlsx ou .ods?); guarde-a primeiro como CSV a partir da folha de cálculo</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>um ficheiro</translation>
    </message>
    <message>
        <source>a gzip-compressed file; uncompress it first</source>
        <translation>um ficheiro comprimido com gzip; descomprima-o primeiro</translation>
    </message>
    <message>
        <source>a program, not a data file</source>
        <translation>um programa, não um ficheiro de dados</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed</source>
        <translation>umas aspas (&quot;) desta linha nunca são fechadas</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed on its line</source>
        <translation>umas aspas (&quot;) desta linha nunca são fechadas na sua linha</translation>
    </message>
    <message>
        <source>a quoted cell has text after its closing quote and the row does not have as many cells as the header</source>
        <translation>uma célula entre aspas tem texto depois das aspas de fecho e a linha não tem tantas células como o cabeçalho</translation>
    </message>
    <message>
        <source>a second address is not imported (only one address is kept)</source>
        <translation>um segundo endereço não é importado (só se guarda um)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>uma tabela</translation>
    </message>
    <message>
        <source>a vCard file</source>
        <translation>um ficheiro vCard</translation>
    </message>
    <message>
        <source>address country not recognised</source>
        <translation>país do endereço não reconhecido</translation>
    </message>
    <message>
        <source>an SQLite database (to bring back a whole workspace use restore)</source>
        <translation>uma base de dados SQLite (para recuperar todo um espaço de trabalho use o restauro)</translation>
    </message>
    <message>
        <source>an alternative (ALTID {altid}) of a value already kept</source>
        <translation>uma alternativa (ALTID {altid}) de um valor já guardado</translation>
    </message>
    <message>
        <source>an old Office document (.xls or .doc); save it as CSV from the spreadsheet first</source>
        <translation>um documento antigo do Office (.xls ou .doc); guarde-o primeiro como CSV a partir da folha de cálculo</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>não é possível ler {name}: {reason}</translation>
    </message>
    <message>
        <source>category is not a theme of this workspace</source>
        <translation>a categoria não é um tema deste espaço de trabalho</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>coluna {number}</translation>
    </message>
    <message>
        <source>edited {when}</source>
        <translation>editada {when}</translation>
    </message>
    <message>
        <source>group “{group}” is not a theme of this workspace; not imported</source>
        <translation>o grupo «{group}» não é um tema deste espaço; não importado</translation>
    </message>
    <message>
        <source>has {cells} cells but the header names {columns} columns; the extra cells would be lost</source>
        <translation>tem {cells} células mas o cabeçalho indica {columns} colunas; as células a mais perder-se-iam</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>em resposta a {name}</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list (“{file}”)</source>
        <translation>contém um ficheiro que o seu manifesto não lista («{file}»)</translation>
    </message>
    <message>
        <source>it holds the file “{file}” twice</source>
        <translation>contém duas vezes o ficheiro «{file}»</translation>
    </message>
    <message>
        <source>it lists {count} attachment files, more than the {limit} a backup may hold</source>
        <translation>lista {count} ficheiros anexos, mais do que os {limit} que uma cópia de segurança pode conter</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the {limit} a restore may write</source>
        <translation>descomprimir-se-ia em {size}, mais do que os {limit} que um restauro pode escrever</translation>
    </message>
    <message>
        <source>its manifest does not describe the replica file properly</source>
        <translation>o seu manifesto não descreve corretamente o ficheiro da réplica</translation>
    </message>
    <message>
        <source>its manifest does not give its counts properly</source>
        <translation>o seu manifesto não indica corretamente as suas contagens</translation>
    </message>
    <message>
        <source>its manifest does not list the attachments properly</source>
        <translation>o seu manifesto não lista corretamente os anexos</translation>
    </message>
    <message>
        <source>its manifest is larger than any backup&apos;s</source>
        <translation>o seu manifesto é maior do que o de qualquer cópia de segurança</translation>
    </message>
    <message>
        <source>its manifest is not a list of named values</source>
        <translation>o seu manifesto não é uma lista de valores com nome</translation>
    </message>
    <message>
        <source>its manifest lists the attachment {file}… twice</source>
        <translation>o seu manifesto lista duas vezes o anexo {file}…</translation>
    </message>
    <message>
        <source>its manifest names an attachment “{file}” that is not a checksum</source>
        <translation>o seu manifesto indica um anexo «{file}» que não é uma soma de verificação</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>língua não reconhecida</translation>
    </message>
    <message>
        <source>looks like card {number} of this file ({reason})</source>
        <translation>parece-se com o cartão {number} deste ficheiro ({reason})</translation>
    </message>
    <message>
        <source>looks like row {number} of this file ({reason})</source>
        <translation>parece-se com a linha {number} deste ficheiro ({reason})</translation>
    </message>
    <message>
        <source>looks like “{title}” already here ({reason})</source>
        <translation>parece-se com «{title}», que já cá está ({reason})</translation>
    </message>
    <message>
        <source>name prefix not imported</source>
        <translation>prefixo do nome não importado</translation>
    </message>
    <message>
        <source>name suffix not imported</source>
        <translation>sufixo do nome não importado</translation>
    </message>
    <message>
        <source>no matching field</source>
        <translation>nenhum campo correspondente</translation>
    </message>
    <message>
        <source>no practice to write (the search or filters match none); {out} was not written</source>
        <translation>nenhuma prática para escrever (a pesquisa ou os filtros não encontram nenhuma); {out} não foi escrito</translation>
    </message>
    <message>
        <source>only one address is kept</source>
        <translation>só se guarda um endereço</translation>
    </message>
    <message>
        <source>only one name is kept</source>
        <translation>só se guarda um nome</translation>
    </message>
    <message>
        <source>only one organisation is kept</source>
        <translation>só se guarda uma organização</translation>
    </message>
    <message>
        <source>only one role is kept</source>
        <translation>só se guarda uma função</translation>
    </message>
    <message>
        <source>only one web address is kept</source>
        <translation>só se guarda um endereço web</translation>
    </message>
    <message>
        <source>phone label not kept (the number is imported)</source>
        <translation>etiqueta do telefone não guardada (o número é importado)</translation>
    </message>
    <message>
        <source>phone {number} has no country code and no region is set to read it with; kept in the notes (set the workspace&apos;s phone region, or --default-region)</source>
        <translation>o telefone {number} não tem indicativo do país e não há região definida para o ler; guardado nas notas (defina a região telefónica do espaço ou --default-region)</translation>
    </message>
    <message>
        <source>phone {number} written as {written} (numbers without a country code read as {region})</source>
        <translation>telefone {number} escrito como {written} (números sem indicativo do país lidos como {region})</translation>
    </message>
    <message>
        <source>region “{region}” is not a NUTS region we know; kept in the notes</source>
        <translation>a região «{region}» não é uma região NUTS conhecida; guardada nas notas</translation>
    </message>
    <message>
        <source>same e-mail {email}</source>
        <translation>mesmo e-mail {email}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mesmo nome</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>mesmo telefone {phone}</translation>
    </message>
    <message>
        <source>similar names ({ratio})</source>
        <translation>nomes semelhantes ({ratio})</translation>
    </message>
    <message>
        <source>spreadsheet (columns matched by their names)</source>
        <translation>folha de cálculo (colunas reconhecidas pelo nome)</translation>
    </message>
    <message>
        <source>the file name “{file}” points outside the backup</source>
        <translation>o nome de ficheiro «{file}» aponta para fora da cópia de segurança</translation>
    </message>
    <message>
        <source>the last row is cut short (fewer cells than the header and no line end): the file looks truncated</source>
        <translation>a última linha está cortada (menos células do que o cabeçalho e sem fim de linha): o ficheiro parece truncado</translation>
    </message>
    <message>
        <source>the row cannot be read ({error})</source>
        <translation>a linha não pode ser lida ({error})</translation>
    </message>
    <message>
        <source>the workspace {path} is not empty ({count} records); restore only into an empty workspace (choose a new one)</source>
        <translation>o espaço de trabalho {path} não está vazio ({count} registos); restaure apenas num espaço de trabalho vazio (escolha um novo)</translation>
    </message>
    <message>
        <source>this card was exported from this workspace and the contact is still here (same UID)</source>
        <translation>este cartão foi exportado deste espaço de trabalho e o contacto ainda cá está (mesmo UID)</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>codificação desconhecida {encoding}</translation>
    </message>
    <message>
        <source>{column} ({count} values)</source>
        <translation>{column} ({count} valores)</translation>
    </message>
    <message>
        <source>{name} cannot be restored safely: {reason}; nothing was changed</source>
        <translation>{name} não pode ser restaurado com segurança: {reason}; nada foi alterado</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line should name the columns)</source>
        <translation>{name} não tem linha de cabeçalho (a primeira linha deve nomear as colunas)</translation>
    </message>
    <message>
        <source>{name} holds a damaged replica ({reason})</source>
        <translation>{name} contém uma réplica danificada ({reason})</translation>
    </message>
    <message>
        <source>{name} is UTF-8 except on line {line} (byte {byte}), which is in another encoding: two encodings are mixed in one file; correct that line, or choose the encoding of the whole file</source>
        <translation>{name} está em UTF-8 exceto a linha {line} (byte {byte}), que está noutra codificação: há duas codificações misturadas; corrija essa linha ou escolha a codificação de todo o ficheiro</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes)</source>
        <translation>{name} é um ficheiro binário, não texto (contém bytes NUL)</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes, first on line {line})</source>
        <translation>{name} é um ficheiro binário, não texto (contém bytes NUL, o primeiro na linha {line})</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason})</source>
        <translation>{name} está danificado ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: attachment {file}… does not match its checksum</source>
        <translation>{name} está danificado: o anexo {file}… não corresponde à sua soma de verificação</translation>
    </message>
    <message>
        <source>{name} is damaged: the replica inside does not match its checksum</source>
        <translation>{name} está danificado: a réplica que contém não corresponde à sua soma de verificação</translation>
    </message>
    <message>
        <source>{name} is damaged: “{file}” is shorter than its manifest says</source>
        <translation>{name} está danificado: «{file}» é mais curto do que o seu manifesto indica</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} está vazio</translation>
    </message>
    <message>
        <source>{name} is in no encoding we can read exactly (not UTF-8, UTF-16, a Windows or ISO 8859 code page, or Shift-JIS); save it again as UTF-8</source>
        <translation>{name} não está em nenhuma codificação que saibamos ler com exatidão (nem UTF-8, nem UTF-16, nem uma página de códigos Windows ou ISO 8859, nem Shift-JIS); guarde-o de novo em UTF-8</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} files are missing (first: {first})</source>
        <translation>{name} está incompleto: faltam {count} ficheiros (o primeiro: {first})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup (not a ZIP file); it may be truncated</source>
        <translation>{name} não é uma cópia de segurança do RuralDesk (não é um ficheiro ZIP); pode estar truncado</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup or is damaged ({reason})</source>
        <translation>{name} não é uma cópia de segurança do RuralDesk ou está danificado ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk workspace backup</source>
        <translation>{name} não é uma cópia de segurança de um espaço de trabalho do RuralDesk</translation>
    </message>
    <message>
        <source>{name} is not a vCard file (it should start with BEGIN:VCARD)</source>
        <translation>{name} não é um ficheiro vCard (devia começar por BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} is not a valid vCard file: card {number} is broken ({reason})</source>
        <translation>{name} não é um ficheiro vCard válido: o cartão {number} está danificado ({reason})</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-16 text; it may be truncated or damaged</source>
        <translation>{name} não é texto UTF-16 válido; pode estar truncado ou danificado</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-32 text; it may be truncated or damaged</source>
        <translation>{name} não é um texto UTF-32 válido; pode estar truncado ou danificado</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8</source>
        <translation>{name} afinal não é texto {encoding} (byte {byte}); guarde-o novamente como UTF-8</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text: line {line} holds bytes it cannot read (byte {byte}); choose another encoding</source>
        <translation>{name} não é texto {encoding}: a linha {line} contém bytes que não se conseguem ler assim (byte {byte}); escolha outra codificação</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} {what} may be; split it into smaller files</source>
        <translation>{name} tem {size}, mais do que os {limit} permitidos para {what}; divida-o em ficheiros mais pequenos</translation>
    </message>
    <message>
        <source>{name} is {what}</source>
        <translation>{name} é {what}</translation>
    </message>
    <message>
        <source>{name} needs {size} of free disk space and only {free} is free; nothing was changed</source>
        <translation>{name} precisa de {size} de espaço livre em disco e só há {free} livres; nada foi alterado</translation>
    </message>
    <message>
        <source>{name} starts as UTF-8 but line {line} holds bytes that are not UTF-8 (byte {byte}); it may be damaged — save it again as UTF-8</source>
        <translation>{name} começa em UTF-8 mas a linha {line} tem bytes que não são UTF-8 (byte {byte}); pode estar danificado — guarde-o de novo em UTF-8</translation>
    </message>
    <message>
        <source>{name} was made by a newer RuralDesk (backup format {version}); update RuralDesk to restore it</source>
        <translation>{name} foi criado por um RuralDesk mais recente (formato de cópia {version}); atualize o RuralDesk para o restaurar</translation>
    </message>
    <message>
        <source>{name}, line {line}: a quoted cell has text after its closing quote ({error})</source>
        <translation>{name}, linha {line}: uma célula entre aspas tem texto depois das aspas de fecho ({error})</translation>
    </message>
    <message>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}, linha {line}: {error}</translation>
    </message>
    <message>
        <source>{name}: a quote (&quot;) opened near line {line} is never closed; the file looks truncated or damaged</source>
        <translation>{name}: umas aspas (&quot;) abertas perto da linha {line} nunca são fechadas; o ficheiro parece truncado ou danificado</translation>
    </message>
    <message>
        <source>{name}: card {number} is never closed (END:VCARD is missing); the file looks truncated</source>
        <translation>{name}: o cartão {number} nunca é fechado (falta END:VCARD); o ficheiro parece truncado</translation>
    </message>
    <message>
        <source>{name}: the encoding is not certain, the file reads differently as {shown}; choose one (for example --encoding {first})</source>
        <translation>{name}: a codificação não é certa, o ficheiro lê-se de forma diferente como {shown}; escolha uma (por exemplo --encoding {first})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); restore into a new workspace</source>
        <translation>não é possível ler {path} ({reason}); restaure num novo espaço de trabalho</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} não existe</translation>
    </message>
    <message>
        <source>{path} is a folder, not {what}</source>
        <translation>{path} é uma pasta, não {what}</translation>
    </message>
    <message>
        <source>{path} is not an empty workspace</source>
        <translation>{path} não é um espaço de trabalho vazio</translation>
    </message>
    <message>
        <source>{property} not imported: {why}</source>
        <translation>{property} não importado: {why}</translation>
    </message>
    <message>
        <source>{where}: {count} characters in a script the font cannot show ({scripts}) were left out of the PDF</source>
        <translation>{where}: {count} caracteres de uma escrita que o tipo de letra não consegue mostrar ({scripts}) foram omitidos do PDF</translation>
    </message>
    <message>
        <source>“{file}” claims a size its compressed data cannot have (a zip bomb?)</source>
        <translation>«{file}» declara um tamanho que os seus dados comprimidos não podem ter (uma bomba ZIP?)</translation>
    </message>
    <message>
        <source>“{file}” is a link or a folder, not a file</source>
        <translation>«{file}» é uma ligação ou uma pasta, não um ficheiro</translation>
    </message>
    <message>
        <source>“{file}” is encrypted or compressed in a way RuralDesk does not write</source>
        <translation>«{file}» está cifrado ou comprimido de uma forma que o RuralDesk não escreve</translation>
    </message>
    <message>
        <source>“{file}” is not the size its manifest says</source>
        <translation>«{file}» não tem o tamanho que o seu manifesto indica</translation>
    </message>
    <message>
        <source>“{file}” unpacks to more than its declared size (a zip bomb?)</source>
        <translation>«{file}» descomprime-se em mais do que o seu tamanho declarado (uma bomba ZIP?)</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number we can read; kept in the notes</source>
        <translation>«{number}» não é um número de telefone legível; guardado nas notas</translation>
    </message>
    <message>
        <source>“{value}” is not a country (use a name or an ISO 3166 code such as PT)</source>
        <translation>«{value}» não é um país (use um nome ou um código ISO 3166 como PT)</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>«{value}» não é uma data (use AAAA-MM-DD ou DD/MM/AAAA)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use a name or an ISO 639 code such as fr)</source>
        <translation>«{value}» não é uma língua (use um nome ou um código ISO 639 como fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use an ISO 639 code such as fr)</source>
        <translation>«{value}» não é uma língua (use um código ISO 639 como fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>«{value}» não é um número</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>«{value}» não é um identificador de ficha</translation>
    </message>
    <message>
        <source>“{value}” is not a theme of this workspace</source>
        <translation>«{value}» não é um tema deste espaço de trabalho</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>«{value}» não é um número inteiro</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>«{value}» não é nenhum destes valores: {choices}</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>All types</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Qualquer país</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Qualquer categoria</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Qualquer língua</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Qualquer região</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Qualquer tema</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Limpar os filtros</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Filtrar por {what}</translation>
    </message>
    <message>
        <source>In the trash: {count}</source>
        <translation>No lixo: {count}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>List summary</source>
        <translation>Resumo da lista</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fichas</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Fichas: {count}</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Results: {count}</source>
        <translation>Resultados: {count}</translation>
    </message>
    <message>
        <source>Results: {shown} of {total}</source>
        <translation>Resultados: {shown} de {total}</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Guardar pesquisa…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Guardar esta pesquisa</translation>
    </message>
    <message>
        <source>Selected: {count}</source>
        <translation>Selecionadas: {count}</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Type to search practices, contacts, tools and themes.</source>
        <translation>Escreva para pesquisar práticas, contactos, ferramentas e temas.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About RuralDesk</source>
        <translation>&amp;Acerca do RuralDesk</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>Anexar &amp;ficheiros…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Colunas…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation>&amp;Copiar informações de diagnóstico</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajuda</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Associar a…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <source>&amp;Paste as attachment</source>
        <translation>Colar como ane&amp;xo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Fi&amp;cha</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>De&amp;finições…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronização</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guia do utilizador</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Adicionar uma ficha à lista apresentada</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>Adicionado «{title}»</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Anexar ficheiros</translation>
    </message>
    <message>
        <source>Attached: {count}</source>
        <translation>Anexados: {count}</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>O anexo ainda não está aqui</translation>
    </message>
    <message>
        <source>Bring the selected records back from the trash</source>
        <translation>Recuperar do lixo as fichas selecionadas</translation>
    </message>
    <message>
        <source>Changes waiting to be shared</source>
        <translation>Alterações à espera de partilha</translation>
    </message>
    <message>
        <source>Changes waiting to be shared: {count}</source>
        <translation>Alterações à espera de partilha: {count}</translation>
    </message>
    <message>
        <source>Choose a practice or a tool to attach files to.</source>
        <translation>Escolha uma prática ou uma ferramenta à qual anexar ficheiros.</translation>
    </message>
    <message>
        <source>Copy files into the workspace and attach them</source>
        <translation>Copiar ficheiros para a área de trabalho e anexá-los</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Não foi possível anexar</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Não foi possível guardar</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Eliminar a pesquisa guardada</translation>
    </message>
    <message>
        <source>Diagnostic information copied. Paste it into your message to the person helping you; it holds no names or contents.</source>
        <translation>Informações de diagnóstico copiadas. Cole-as na sua mensagem para a pessoa que o está a ajudar; não contêm nomes nem conteúdos.</translation>
    </message>
    <message>
        <source>Edit the record shown</source>
        <translation>Editar a ficha apresentada</translation>
    </message>
    <message>
        <source>Empty the &amp;trash…</source>
        <translation>Esvaziar o l&amp;ixo…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Esvaziar o lixo</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>A esvaziar o lixo</translation>
    </message>
    <message>
        <source>Erase everything in the trash from this computer? This cannot be undone.</source>
        <translation>Apagar deste computador tudo o que está no lixo? Esta ação não pode ser anulada.</translation>
    </message>
    <message>
        <source>Erased from this computer: {count}</source>
        <translation>Apagadas deste computador: {count}</translation>
    </message>
    <message>
        <source>For a support request: versions and sizes, never names or contents</source>
        <translation>Para um pedido de apoio: versões e tamanhos, nunca nomes nem conteúdos</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Ir para a &amp;lista</translation>
    </message>
    <message>
        <source>Link this record to contacts, tools or practices</source>
        <translation>Associar esta ficha a contactos, ferramentas ou práticas</translation>
    </message>
    <message>
        <source>Link “{title}” to…</source>
        <translation>Associar «{title}» a…</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>Mover as fichas selecionadas para o lixo</translation>
    </message>
    <message>
        <source>Moved to the trash: {count}. Undo with Ctrl+Z.</source>
        <translation>Movidas para o lixo: {count}. Anule com Ctrl+Z.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>set by the sync UI: fetch_attachment(sha256, then) downloads a file kept on the server</extracomment>
        <translation>Navegação</translation>
    </message>
    <message>
        <source>No changes waiting to be shared</source>
        <translation>Nenhuma alteração à espera de partilha</translation>
    </message>
    <message>
        <source>No saved searches yet. Type in the search box, then choose Save search under the filters.</source>
        <translation>Ainda não há pesquisas guardadas. Escreva na caixa de pesquisa e escolha Guardar pesquisa por baixo dos filtros.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Restored: {count}</source>
        <translation>Restauradas: {count}</translation>
    </message>
    <message>
        <source>RuralDesk</source>
        <extracomment>which collections a record of each collection can be linked to (both directions)</extracomment>
        <translation>RuralDesk</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Guardar pesquisa</translation>
    </message>
    <message>
        <source>Saved the search “{name}”</source>
        <translation>Pesquisa «{name}» guardada</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>Guardado «{title}»</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Pesquisar tudo</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <extracomment>the middle pane: the list, or a view another module adds for a navigation node</extracomment>
        <translation>Pesquisar tudo (Ctrl+K)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Selecionar &amp;tudo</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Mostrar a pasta de &amp;registos</translation>
    </message>
    <message>
        <source>Show {what}</source>
        <translation>Mostrar: {what}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Estado da sincronização</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Essa ficha já não existe.</translation>
    </message>
    <message>
        <source>The clipboard holds no file or picture to attach.</source>
        <translation>A área de transferência não contém nenhum ficheiro nem imagem para anexar.</translation>
    </message>
    <message>
        <source>This file is not on this computer yet. It arrives with the next sync.</source>
        <translation>Este ficheiro ainda não está neste computador. Chegará com a próxima sincronização.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Lixo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anular</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Created</source>
        <translation>Criação</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Discussões</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Encontrado em</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Pesquisas guardadas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Para rever</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Lixo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <extracomment>the review list is a coordinator&apos;s (ui/review.py): whatsnew sets it from the member&apos;s role</extracomment>
        <translation>Novidades</translation>
    </message>
    <message>
        <source>{field}: {text}</source>
        <translation>{field}: {text}</translation>
    </message>
</context>
<context>
    <name>NewsCounts</name>
    <message numerus="yes">
        <source>%n changed contacts</source>
        <translation>
            <numerusform>%n contacto alterado</numerusform>
            <numerusform>%n contactos alterados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed practices</source>
        <translation>
            <numerusform>%n prática alterada</numerusform>
            <numerusform>%n práticas alteradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed tools</source>
        <translation>
            <numerusform>%n ferramenta alterada</numerusform>
            <numerusform>%n ferramentas alteradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited posts</source>
        <translation>
            <numerusform>%n mensagem editada</numerusform>
            <numerusform>%n mensagens editadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n contacto novo</numerusform>
            <numerusform>%n contactos novos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new posts</source>
        <translation>
            <numerusform>%n mensagem nova</numerusform>
            <numerusform>%n mensagens novas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new practices</source>
        <translation>
            <numerusform>%n prática nova</numerusform>
            <numerusform>%n práticas novas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tools</source>
        <translation>
            <numerusform>%n ferramenta nova</numerusform>
            <numerusform>%n ferramentas novas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n mensagem</numerusform>
            <numerusform>%n mensagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices</source>
        <translation>
            <numerusform>%n prática</numerusform>
            <numerusform>%n práticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records shared by others since your last review.</source>
        <translation>
            <numerusform>%n registo partilhado por outros desde a sua última revisão.</numerusform>
            <numerusform>%n registos partilhados por outros desde a sua última revisão.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n ferramenta</numerusform>
            <numerusform>%n ferramentas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n por ler</numerusform>
            <numerusform>%n por ler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Attach files: {count}</source>
        <translation>Anexar ficheiros: {count}</translation>
    </message>
    <message>
        <source>Could not undo or redo: {error}</source>
        <extracomment>a write: runs on the writer thread, returns what changed and a value for on_done</extracomment>
        <translation>Não foi possível anular nem refazer: {error}</translation>
    </message>
    <message>
        <source>Create {title}</source>
        <translation>Criar «{title}»</translation>
    </message>
    <message>
        <source>Delete records: {count}</source>
        <translation>Eliminar fichas: {count}</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Eliminar «{title}»</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Editar «{title}»</translation>
    </message>
    <message>
        <source>Link {title}</source>
        <translation>Associar «{title}»</translation>
    </message>
    <message>
        <source>Not undone: {fields} of “{title}” changed since, by someone else (it arrived with the last sync). Their value stays; edit it by hand if yours should win.</source>
        <translation>Não anulado: {fields} de «{title}» foi alterado entretanto por outra pessoa (chegou com a última sincronização). O valor dela fica; edite-o à mão se o seu deve prevalecer.</translation>
    </message>
    <message>
        <source>Not undone: “{title}” was moved to or from the trash by someone else since (it arrived with the last sync). It stays as it is.</source>
        <translation>Não anulado: «{title}» foi movido para o lixo ou recuperado entretanto por outra pessoa (chegou com a última sincronização). Fica como está.</translation>
    </message>
    <message>
        <source>Remove attachment {name}</source>
        <translation>Remover o anexo {name}</translation>
    </message>
    <message>
        <source>Restore records: {count}</source>
        <translation>Restaurar fichas: {count}</translation>
    </message>
    <message>
        <source>Restore {title}</source>
        <translation>Restaurar «{title}»</translation>
    </message>
    <message>
        <source>Unlink from {title}</source>
        <translation>Desassociar de «{title}»</translation>
    </message>
</context>
<context>
    <name>PeerSync</name>
    <message>
        <source>&amp;Computers offering sync nearby:</source>
        <translation>&amp;Computadores próximos que oferecem sincronização:</translation>
    </message>
    <message>
        <source>&amp;Offer sync to a nearby computer…</source>
        <translation>O&amp;ferecer sincronização a um computador próximo…</translation>
    </message>
    <message>
        <source>Address of this computer</source>
        <translation>Endereço deste computador</translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation>Liga&amp;r e sincronizar</translation>
    </message>
    <message>
        <source>Choose a computer from the list, or type its address as shown on it (for example 192.168.1.20:40123).</source>
        <translation>Escolha um computador da lista, ou escreva o endereço tal como aparece nele (por exemplo 192.168.1.20:40123).</translation>
    </message>
    <message>
        <source>Choose the computer that offers sync (Sync → Offer sync to a nearby computer… on it) and type the code it shows.</source>
        <translation>Escolha o computador que oferece a sincronização (nele, Sincronização → Oferecer sincronização a um computador próximo…) e escreva o código que mostra.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>A ligar…</translation>
    </message>
    <message>
        <source>If this computer is not listed there, connect by address: {address}</source>
        <translation>Se este computador não aparecer lá, ligue pelo endereço: {address}</translation>
    </message>
    <message>
        <source>Let a computer of your group on the same network sync with this one, without the server or the internet</source>
        <translation>Permitir que um computador do seu grupo na mesma rede se sincronize com este, sem servidor nem internet</translation>
    </message>
    <message>
        <source>Looking for computers of your group on this network…</source>
        <translation>A procurar computadores do seu grupo nesta rede…</translation>
    </message>
    <message>
        <source>Offer sync to a nearby computer</source>
        <translation>Oferecer sincronização a um computador próximo</translation>
    </message>
    <message>
        <source>On the other computer (same Wi-Fi or phone hotspot, same group), choose Sync → Sync with a nearby computer…, pick this computer and type this code:</source>
        <translation>No outro computador (mesma rede Wi-Fi ou hotspot do telemóvel, mesmo grupo), escolha Sincronização → Sincronizar com um computador próximo…, selecione este computador e escreva este código:</translation>
    </message>
    <message>
        <source>Or connect by &amp;address:</source>
        <translation>Ou ligar pelo &amp;endereço:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>Código de e&amp;mparelhamento:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Código de emparelhamento</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-applied.</source>
        <translation>Parado. Nada foi aplicado a meio.</translation>
    </message>
    <message>
        <source>Sync with a &amp;nearby computer…</source>
        <translation>Sincronizar com um computador pró&amp;ximo…</translation>
    </message>
    <message>
        <source>Sync with a computer of your group that offers it on the same network</source>
        <translation>Sincronizar com um computador do seu grupo que o oferece na mesma rede</translation>
    </message>
    <message>
        <source>Sync with a nearby computer</source>
        <translation>Sincronizar com um computador próximo</translation>
    </message>
    <message>
        <source>Synced with “{name}”: {received} changes received, {sent} sent.</source>
        <translation>Sincronizado com «{name}»: {received} alterações recebidas, {sent} enviadas.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed.</source>
        <translation>Esse não é o código mostrado no outro computador; nada foi alterado.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed. Tries left: {count}.</source>
        <translation>Esse não é o código mostrado no outro computador; nada foi alterado. Tentativas restantes: {count}.</translation>
    </message>
    <message>
        <source>The code has six digits, as shown on the other computer.</source>
        <translation>O código tem seis algarismos, tal como aparece no outro computador.</translation>
    </message>
    <message>
        <source>The connection to the other computer was lost ({reason}). Nothing was half-applied; try again.</source>
        <translation>A ligação ao outro computador perdeu-se ({reason}). Nada foi aplicado a meio; tente de novo.</translation>
    </message>
    <message>
        <source>The connection was lost before the end; nothing was half-applied. Still waiting for a computer of your group…</source>
        <translation>A ligação perdeu-se antes do fim; nada foi aplicado a meio. Continua à espera de um computador do seu grupo…</translation>
    </message>
    <message>
        <source>The other computer answered in a way this version does not understand ({reason}). Nothing was changed.</source>
        <translation>O outro computador respondeu de uma forma que esta versão não entende ({reason}). Nada foi alterado.</translation>
    </message>
    <message>
        <source>The other computer belongs to another group; only computers of the same group can sync. Nothing was changed.</source>
        <translation>O outro computador pertence a outro grupo; só computadores do mesmo grupo se podem sincronizar. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The other computer stopped its offer after too many wrong codes. Ask for a new offer there; nothing was changed.</source>
        <translation>O outro computador parou a oferta depois de demasiados códigos errados. Peça lá uma nova oferta; nada foi alterado.</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: on the other computer, connect by address: {address}</source>
        <translation>Esta rede não deixa os computadores encontrarem-se: no outro computador, ligue pelo endereço: {address}</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: type the address shown on the other computer.</source>
        <translation>Esta rede não deixa os computadores encontrarem-se: escreva o endereço mostrado no outro computador.</translation>
    </message>
    <message>
        <source>This workspace is not part of a group yet. Set up sync with your group server once (Sync → Set up sync…); after that it can sync with nearby computers too.</source>
        <translation>Este espaço de trabalho ainda não faz parte de um grupo. Configure uma vez a sincronização com o servidor do seu grupo (Sincronização → Configurar a sincronização…); depois poderá sincronizar-se também com computadores próximos.</translation>
    </message>
    <message>
        <source>Waiting for a computer of your group…</source>
        <translation>À espera de um computador do seu grupo…</translation>
    </message>
    <message>
        <source>{count} are kept until your next sync with the server, which knows the computer that signed them.</source>
        <translation>{count} ficam guardadas até à próxima sincronização com o servidor, que conhece o computador que as assinou.</translation>
    </message>
    <message>
        <source>{count} were refused (their signature did not check out).</source>
        <translation>{count} foram recusadas (a assinatura não era válida).</translation>
    </message>
    <message>
        <source>“{name}” belongs to another group; it cannot sync with this computer. Still waiting…</source>
        <translation>«{name}» pertence a outro grupo; não se pode sincronizar com este computador. Continua à espera…</translation>
    </message>
    <message>
        <source>“{name}” connected; checking the code…</source>
        <translation>«{name}» ligou-se; a verificar o código…</translation>
    </message>
    <message>
        <source>“{name}” typed a wrong code; nothing was changed. Tries left: {count}.</source>
        <translation>«{name}» escreveu um código errado; nada foi alterado. Tentativas restantes: {count}.</translation>
    </message>
    <message>
        <source>“{name}” typed the right code; syncing…</source>
        <translation>«{name}» escreveu o código certo; a sincronizar…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;olar</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abortar</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Nã&amp;o para todos</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Repor</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Repor predefinições</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Guardar tudo</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Sim para &amp;todos</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;olar</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar o endereço da &amp;ligação</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Mark all as reviewed</source>
        <translation>&amp;Marcar tudo como revisto</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>few columns: the pane beside the record is narrow at 150 % (the type is in the tool tip)</extracomment>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Acrescentar uma &amp;nota…</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>Escolha primeiro um registo na lista.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <source>Nothing to review: everything others shared has been reviewed.</source>
        <translation>Nada para rever: tudo o que outros partilharam foi revisto.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Nota de revisão</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: {note}</source>
        <translation>Nota de revisão: {note}</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Partilhado por</translation>
    </message>
    <message>
        <source>Shared records to review</source>
        <translation>Registos partilhados para rever</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Para rever</translation>
    </message>
    <message>
        <source>Write a reviewer&apos;s note on the chosen record</source>
        <translation>Escrever uma nota de revisão no registo escolhido</translation>
    </message>
    <message>
        <source>Your note on “{title}” travels with the record to everyone in the group. Only coordinators can write it.</source>
        <translation>A sua nota sobre «{title}» segue com o registo para todo o grupo. Só quem coordena a pode escrever.</translation>
    </message>
    <message>
        <source>{type}, last changed {when}</source>
        <translation>{type}, alterado {when}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Could not load demo data: {error}</source>
        <translation>Não foi possível carregar os dados de demonstração: {error}</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Dados de demonstração carregados.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <extracomment>startup.Opened: the replica and the lock that goes with it (set by ruraldesk.app); switch_workspace() replaces both</extracomment>
        <translation>A carregar dados de demonstração</translation>
    </message>
    <message>
        <source>Stopped loading demo data; what was loaded stays.</source>
        <translation>O carregamento dos dados de demonstração foi interrompido; o que já foi carregado mantém-se.</translation>
    </message>
    <message>
        <source>The new data folder is used from the next start.</source>
        <translation>A nova pasta de dados será usada a partir do próximo arranque.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Another RuralDesk window is already working on this workspace ({path}). Switch to that window, or close it and try again.</source>
        <translation>Outra janela do RuralDesk já está a usar esta área de trabalho ({path}). Mude para essa janela, ou feche-a e tente novamente.</translation>
    </message>
    <message>
        <source>Choose a folder for your workspace</source>
        <translation>Escolha uma pasta para a sua área de trabalho</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Escolher outra pasta…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Only {free} MB are free where your workspace is kept ({path}). RuralDesk may not be able to save your changes. Free some space (empty the computer&apos;s trash, remove large files), then continue.</source>
        <translation>Só restam {free} MB livres onde está guardada a sua área de trabalho ({path}). O RuralDesk pode não conseguir guardar as suas alterações. Liberte algum espaço (esvazie o lixo do computador, remova ficheiros grandes) e depois continue.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>RuralDesk is already open</source>
        <translation>O RuralDesk já está aberto</translation>
    </message>
    <message>
        <source>RuralDesk keeps your workspace in {folder}, but cannot write there ({reason}). Choose another folder you can write to, such as one in your documents.</source>
        <translation>O RuralDesk guarda a sua área de trabalho em {folder}, mas não consegue escrever lá ({reason}). Escolha outra pasta onde possa escrever, por exemplo uma nos seus documentos.</translation>
    </message>
    <message>
        <source>Show the backups</source>
        <translation>Mostrar as cópias de segurança</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <extracomment>below this much free space a warning comes before anything is written</extracomment>
        <translation>Não é possível usar a pasta de dados</translation>
    </message>
    <message>
        <source>The disk is almost full</source>
        <translation>O disco está quase cheio</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder you can write to.</source>
        <translation>A pasta {folder} é só de leitura. Escolha outra pasta onde possa escrever.</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>Não é possível abrir a área de trabalho</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <source>{problem}

RuralDesk keeps automatic backups of your workspace in {backups}. You can restore one by copying it over the damaged file.</source>
        <translation>{problem}

O RuralDesk guarda cópias de segurança automáticas da sua área de trabalho em {backups}. Pode restaurar uma copiando-a por cima do ficheiro danificado.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>C&amp;onflitos…</translation>
    </message>
    <message>
        <source>&amp;Disconnect from the server…</source>
        <translation>&amp;Desligar do servidor…</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation>&amp;Grupo…</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>Código de &amp;convite:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>passed on to the Transport (tests shorten the back-off) seconds the first question to the server may take, retries included callables(report) run on the UI thread after a sync that finished (ui/whatsnew.py)</extracomment>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>O seu &amp;nome:</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>O anexo ainda não está aqui</translation>
    </message>
    <message>
        <source>Attachment not on the server</source>
        <translation>O anexo não está no servidor</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Alterações à espera: {count}</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Verificar e guardar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>A verificar…</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Conflitos: {count}</translation>
    </message>
    <message>
        <source>Connected. Your token is kept in {where}.</source>
        <translation>Ligado. O seu token está guardado em {where}.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Verificação da ligação</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Não foi possível transferir</translation>
    </message>
    <message>
        <source>Could not keep the token: {error}</source>
        <translation>Não foi possível guardar o token: {error}</translation>
    </message>
    <message>
        <source>Disconnect from the server</source>
        <translation>Desligar do servidor</translation>
    </message>
    <message>
        <source>Downloading the attachment</source>
        <translation>A transferir o anexo</translation>
    </message>
    <message>
        <source>Enter the server address (starting with https://) and the group.</source>
        <translation>Introduza o endereço do servidor (a começar por https://) e o grupo.</translation>
    </message>
    <message>
        <source>Enter the token your coordinator gave you.</source>
        <translation>Introduza o token que o seu coordenador lhe deu.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer. Use Sync → Set up sync… to share it with your group.</source>
        <translation>Está tudo guardado neste computador. Use Sincronização → Configurar a sincronização… para o partilhar com o seu grupo.</translation>
    </message>
    <message>
        <source>Group “{group}” at {url}</source>
        <translation>Grupo «{group}» em {url}</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Código de convite</translation>
    </message>
    <message>
        <source>Joining the group…</source>
        <translation>A juntar-se ao grupo…</translation>
    </message>
    <message>
        <source>Large change from the server</source>
        <translation>Grande alteração vinda do servidor</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Não guardado: {why}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ainda não sincronizado</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflitos por resolver</translation>
    </message>
    <message>
        <source>Or, with a personal token:</source>
        <translation>Ou, com um token pessoal:</translation>
    </message>
    <message>
        <source>Paste the invitation code your coordinator sent you: it holds the server&apos;s address and the group. With a personal token instead, leave it empty and fill in the fields below. The token is kept in the system&apos;s password store when there is one, otherwise in a file only you can read.</source>
        <translation>Cole o código de convite que o seu coordenador lhe enviou: contém o endereço do servidor e o grupo. Com um token pessoal, deixe-o vazio e preencha os campos abaixo. O token é guardado no cofre de palavras-passe do sistema, se existir; caso contrário, num ficheiro que só você pode ler.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolver…</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>&amp;Parar de sincronizar</translation>
    </message>
    <message>
        <source>Send your changes to the group server and get everyone else&apos;s</source>
        <translation>Enviar as suas alterações para o servidor do grupo e receber as dos outros</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Endereço do servidor:</translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation>&amp;Configurar a sincronização…</translation>
    </message>
    <message>
        <source>Set up sync</source>
        <translation>Configurar a sincronização</translation>
    </message>
    <message>
        <source>Stop syncing this workspace with the group server? Your records stay on this computer; changes not yet sent stay waiting. You can set up sync again later.</source>
        <translation>Parar de sincronizar esta área de trabalho com o servidor do grupo? As suas fichas ficam neste computador; as alterações ainda não enviadas ficam à espera. Pode voltar a configurar a sincronização mais tarde.</translation>
    </message>
    <message>
        <source>Syncing… {stage}</source>
        <translation>A sincronizar… {stage}</translation>
    </message>
    <message>
        <source>The group server does not have this file yet: the person who attached it has not synced since.</source>
        <translation>O servidor do grupo ainda não tem este ficheiro: a pessoa que o anexou não sincronizou desde então.</translation>
    </message>
    <message>
        <source>The group server refused a change to this record ({fields}).</source>
        <translation>O servidor do grupo recusou uma alteração a este registo ({fields}).</translation>
    </message>
    <message>
        <source>The group server&apos;s changes would move {deletes} records to the trash, erase {erasures} and change {overwrites} — {total} of your {records} records ({share}).

This can be right (someone tidied up the shared records) or a mistake. Apply these changes now?</source>
        <translation>As alterações do servidor do grupo moveriam {deletes} fichas para o lixo, apagariam {erasures} e alterariam {overwrites} — {total} das suas {records} fichas ({share}).

Pode estar certo (alguém arrumou as fichas partilhadas) ou ser um engano. Aplicar estas alterações agora?</translation>
    </message>
    <message>
        <source>The group&apos;s members; for coordinators, invitations, roles and people&apos;s data requests</source>
        <translation>Os membros do grupo; para coordenadores, convites, funções e pedidos sobre dados pessoais</translation>
    </message>
    <message>
        <source>This file is not on this computer, and this workspace is not connected to a group server.</source>
        <translation>Este ficheiro não está neste computador e esta área de trabalho não está ligada a nenhum servidor do grupo.</translation>
    </message>
    <message>
        <source>This record is in conflict ({fields}): two people changed it at once.</source>
        <translation>Este registo está em conflito ({fields}): duas pessoas alteraram-no ao mesmo tempo.</translation>
    </message>
    <message>
        <source>This workspace holds demo data. Demo data is fictional and never leaves this computer, so it cannot be shared with your group.

Use a new, empty workspace for your group&apos;s records? The demo workspace stays as it is.</source>
        <translation>Este espaço de trabalho contém dados de demonstração. São fictícios e nunca saem deste computador, por isso não podem ser partilhados com o seu grupo.

Usar um espaço de trabalho novo e vazio para os registos do seu grupo? O espaço de demonstração fica como está.</translation>
    </message>
    <message>
        <source>Up to date · {when}</source>
        <translation>Atualizado · {when}</translation>
    </message>
    <message>
        <source>Working offline: no group server connected</source>
        <translation>Sem ligação: nenhum servidor do grupo ligado</translation>
    </message>
    <message>
        <source>You are now in the new, empty workspace “{name}”. The demo workspace stays as it is.</source>
        <translation>Está agora na nova área de trabalho vazia «{name}». A área de demonstração fica como está.</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>um ficheiro que só você pode ler ({path})</translation>
    </message>
    <message>
        <source>checking the server</source>
        <translation>a verificar o servidor</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>não foi possível contactar o servidor</translation>
    </message>
    <message>
        <source>could not reach the server: {reason}</source>
        <translation>não foi possível contactar o servidor: {reason}</translation>
    </message>
    <message>
        <source>enter a new token under Sync → Set up sync…</source>
        <translation>introduza um token novo em Sincronizar → Configurar a sincronização…</translation>
    </message>
    <message>
        <source>kept from before; type to replace it</source>
        <translation>guardado de antes; escreva para o substituir</translation>
    </message>
    <message>
        <source>last synced at {time}</source>
        <translation>última sincronização às {time}</translation>
    </message>
    <message>
        <source>optional: your name as the group knows it</source>
        <translation>opcional: o seu nome tal como o grupo o conhece</translation>
    </message>
    <message>
        <source>press F5 to try again</source>
        <translation>prima F5 para tentar de novo</translation>
    </message>
    <message>
        <source>receiving attachments</source>
        <translation>a receber anexos</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>a receber alterações</translation>
    </message>
    <message>
        <source>saving what arrived</source>
        <translation>a guardar o que chegou</translation>
    </message>
    <message>
        <source>sending attachments</source>
        <translation>a enviar anexos</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>a enviar alterações</translation>
    </message>
    <message>
        <source>set up sync in a new, empty workspace</source>
        <translation>configure a sincronização num espaço de trabalho novo e vazio</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>algo correu mal</translation>
    </message>
    <message>
        <source>something went wrong ({reason}); the details are in the log</source>
        <translation>algo correu mal ({reason}); os pormenores estão no registo</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>a parar</translation>
    </message>
    <message>
        <source>the server did not accept this token for this group; check it, or ask your coordinator for a new one</source>
        <translation>o servidor não aceitou este token para este grupo; verifique-o ou peça um novo ao seu coordenador</translation>
    </message>
    <message>
        <source>the server did not accept your token</source>
        <translation>o servidor não aceitou o seu token</translation>
    </message>
    <message>
        <source>the server did not accept your token; ask your coordinator for a new one and enter it under Sync → Set up sync…</source>
        <translation>o servidor não aceitou o seu token; peça um novo ao seu coordenador e introduza-o em Sincronização → Configurar a sincronização…</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>o servidor recusou o pedido</translation>
    </message>
    <message>
        <source>the server refused the request: {reason}</source>
        <translation>o servidor recusou o pedido: {reason}</translation>
    </message>
    <message>
        <source>the system&apos;s password store</source>
        <translation>o cofre de palavras-passe do sistema</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never leaves this computer; set up sync in a new, empty workspace</source>
        <translation>este espaço de trabalho contém dados de demonstração, que nunca saem deste computador; configure a sincronização num espaço de trabalho novo e vazio</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never syncs</source>
        <translation>este espaço de trabalho contém dados de demonstração, que nunca se sincronizam</translation>
    </message>
    <message>
        <source>trying again at {time}</source>
        <translation>nova tentativa às {time}</translation>
    </message>
    <message>
        <source>you chose not to apply the server&apos;s large change</source>
        <translation>optou por não aplicar a grande alteração do servidor</translation>
    </message>
    <message>
        <source>you stopped it</source>
        <translation>interrompeu-a</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} de {total}</translation>
    </message>
    <message>
        <source>{what} — {then}</source>
        <translation>{what} — {then}</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Agroecology</source>
        <translation>Agroecologia</translation>
    </message>
    <message>
        <source>Co-design with authorities</source>
        <translation>Codesenho com as autoridades</translation>
    </message>
    <message>
        <source>Community transport</source>
        <translation>Transporte comunitário</translation>
    </message>
    <message>
        <source>Digital platform cooperatives</source>
        <translation>Cooperativas de plataforma digital</translation>
    </message>
    <message>
        <source>Education and services</source>
        <translation>Educação e serviços</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <source>Energy communities</source>
        <translation>Comunidades de energia</translation>
    </message>
    <message>
        <source>Enterprise development and employment</source>
        <translation>Desenvolvimento empresarial e emprego</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Saúde</translation>
    </message>
    <message>
        <source>Local entrepreneurship</source>
        <translation>Empreendedorismo local</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilidade</translation>
    </message>
    <message>
        <source>Policy and legal frameworks</source>
        <translation>Enquadramentos políticos e jurídicos</translation>
    </message>
    <message>
        <source>Short food supply chains</source>
        <translation>Circuitos curtos alimentares</translation>
    </message>
    <message>
        <source>Social inclusion</source>
        <translation>Inclusão social</translation>
    </message>
    <message>
        <source>Solidarity networks</source>
        <translation>Redes de solidariedade</translation>
    </message>
    <message>
        <source>Sustainable agriculture and food</source>
        <translation>Agricultura e alimentação sustentáveis</translation>
    </message>
    <message>
        <source>Work integration</source>
        <translation>Inserção pelo trabalho</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>&amp;Back up the workspace to a file…</source>
        <translation>Cópia de &amp;segurança da área de trabalho para ficheiro…</translation>
    </message>
    <message>
        <source>&amp;Contacts to merge (ticked):</source>
        <translation>&amp;Contactos a fundir (assinalados):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificação:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Apagar definitivamente</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupos:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>&quot;(detected)&quot; marks what the detector said, not whatever the file was read again with</extracomment>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>the CSV export&apos;s BOM choice is remembered for the session</extracomment>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Manter:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>F&amp;undir</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Abrir contacto</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Abrir a ficha</translation>
    </message>
    <message>
        <source>&amp;Practice sheet…</source>
        <translation>Ficha da &amp;prática…</translation>
    </message>
    <message>
        <source>&amp;Read it this way</source>
        <translation>&amp;Ler desta forma</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Fichas:</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation>Res&amp;taurar a partir de uma cópia de segurança…</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>&amp;Use this country</source>
        <translation>&amp;Usar este país</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(detetado)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(ilegível)</translation>
    </message>
    <message>
        <source>(nothing to compare)</source>
        <translation>(nada para comparar)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} columns</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {size}, colunas: {count}</translation>
    </message>
    <message>
        <source>A .vcf file that address books and phones can read.</source>
        <translation>Um ficheiro .vcf que os livros de endereços e os telemóveis conseguem ler.</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty workspace, and this one already holds {practices} practices, {contacts} contacts and {tools} tools. Nothing was changed.

To restore, choose a new, empty data folder under File → Settings, restart RuralDesk, and restore there.</source>
        <translation>Uma cópia de segurança só pode ser restaurada numa área de trabalho vazia, e esta já contém práticas ({practices}), contactos ({contacts}) e ferramentas ({tools}). Nada foi alterado.

Para restaurar, escolha uma pasta de dados nova e vazia em Ficheiro → Definições, reinicie o RuralDesk e restaure lá.</translation>
    </message>
    <message>
        <source>A printable sheet (PDF or Markdown) of the practice shown, or of several</source>
        <translation>Uma ficha para imprimir (PDF ou Markdown) da prática apresentada, ou de várias</translation>
    </message>
    <message>
        <source>A sheet to print or share: the key facts, what was done, what was learned, and who to ask. Headings are in each practice&apos;s language.</source>
        <translation>Uma ficha para imprimir ou partilhar: os factos principais, o que foi feito, o que se aprendeu e a quem perguntar. Os títulos estão na língua de cada prática.</translation>
    </message>
    <message>
        <source>A sync is running. Wait until it has finished, then restore again.</source>
        <translation>Está a decorrer uma sincronização. Aguarde até que termine e depois restaure novamente.</translation>
    </message>
    <message>
        <source>Attachments not on this computer (kept on the group server) are not in the backup: {count}.</source>
        <translation>Anexos que não estão neste computador (guardados no servidor do grupo) e não entram na cópia: {count}.</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Cópia de segurança da área de trabalho</translation>
    </message>
    <message>
        <source>Backed up {records} records and {files} attachment files to {path}.</source>
        <translation>Cópia guardada em {path}: fichas: {records}, ficheiros anexos: {files}.</translation>
    </message>
    <message>
        <source>Backing up to {name}</source>
        <translation>A fazer cópia de segurança para {name}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Cópia de segurança feita</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Cópia de segurança restaurada</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Cópias de segurança (*.zip)</translation>
    </message>
    <message>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>Cópias de segurança (*.zip);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Bring a backup back into an empty workspace</source>
        <translation>Recuperar uma cópia de segurança para uma área de trabalho vazia</translation>
    </message>
    <message>
        <source>Bring in contacts, practices or tools from a CSV/TSV table or a vCard file</source>
        <translation>Trazer contactos, práticas ou ferramentas de uma tabela CSV/TSV ou de um ficheiro vCard</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tabelas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <source>Cards read: {count}</source>
        <translation>Cartões lidos: {count}</translation>
    </message>
    <message>
        <source>Cards with a problem: {count}</source>
        <translation>Cartões com problemas: {count}</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>A verificar {name}</translation>
    </message>
    <message>
        <source>Choose the encoding</source>
        <translation>Escolher a codificação</translation>
    </message>
    <message>
        <source>Choose the field each column goes into, or leave it out.</source>
        <translation>Escolha o campo para onde vai cada coluna, ou deixe-a de fora.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Coluna no ficheiro</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Colunas não importadas: {columns}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colunas do ficheiro</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Vírgula ( , )</translation>
    </message>
    <message>
        <source>Contact to keep</source>
        <translation>Contacto a manter</translation>
    </message>
    <message>
        <source>Contacts that look like the same person or organisation, to merge</source>
        <translation>Contactos que parecem ser a mesma pessoa ou organização, para fundir</translation>
    </message>
    <message>
        <source>Contacts to merge</source>
        <translation>Contactos a fundir</translation>
    </message>
    <message>
        <source>Country of the phone numbers</source>
        <translation>País dos números de telefone</translation>
    </message>
    <message>
        <source>Delete the contact for good, everywhere, and list the mentions to review</source>
        <translation>Eliminar o contacto definitivamente, em todo o lado, e listar as menções a rever</translation>
    </message>
    <message>
        <source>Double-click to open the contact already here</source>
        <translation>Faça duplo clique para abrir o contacto que já existe</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Contactos duplicados</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>Apa&amp;gar esta pessoa…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>E&amp;xportar tudo sobre esta pessoa…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Apagar definitivamente</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Apagar esta pessoa</translation>
    </message>
    <message>
        <source>Erase “{name}” and everything held about them?</source>
        <translation>Apagar «{name}» e tudo o que está guardado sobre essa pessoa?</translation>
    </message>
    <message>
        <source>Erasing {name}</source>
        <translation>A apagar {name}</translation>
    </message>
    <message>
        <source>Every contact in the list ({count})</source>
        <translation>Todos os contactos da lista ({count})</translation>
    </message>
    <message>
        <source>Every practice in the list ({count}), in one document</source>
        <translation>Todas as práticas da lista ({count}), num só documento</translation>
    </message>
    <message>
        <source>Every row must be right before anything is imported. Fix these rows in the file and import it again, or import only the valid rows.</source>
        <translation>Todas as linhas têm de estar corretas antes de importar o que quer que seja. Corrija estas linhas no ficheiro e importe-o novamente, ou importe só as linhas válidas.</translation>
    </message>
    <message>
        <source>Everything about “{name}” was saved to {path}</source>
        <translation>Tudo sobre «{name}» foi guardado em {path}</translation>
    </message>
    <message>
        <source>Everything in this workspace, attachments included, in one file</source>
        <translation>Toda a área de trabalho, anexos incluídos, num só ficheiro</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemplo</translation>
    </message>
    <message>
        <source>Excel on Windows shows accented letters correctly only with this mark</source>
        <translation>O Excel no Windows só mostra corretamente as letras acentuadas com esta marca</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Exportar contactos em &amp;vCard…</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Exportar contactos em vCard</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Exportar tudo sobre esta pessoa</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>Exportar a lista em &amp;CSV…</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>Exportar a lista em CSV</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {path}</source>
        <translation>Contactos exportados para {path}: {count}</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}</source>
        <translation>Fichas exportadas para {path}: {count}</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>A exportar para {name}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Ficheiro a importar</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>Procurar contactos &amp;duplicados…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Grupos de prováveis duplicados</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Importar co&amp;mo:</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Importar uma tabela</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Detalhes da importação</translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation>Resultados da verificação</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importar para</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Relatório da importação</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Resultado da importação</translation>
    </message>
    <message>
        <source>Import the column “{name}” into</source>
        <translation>Importar a coluna «{name}» para</translation>
    </message>
    <message>
        <source>Import the rows without a problem and leave the others out</source>
        <translation>Importar as linhas sem problemas e deixar as outras de fora</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Importar só as linhas válidas</translation>
    </message>
    <message>
        <source>Import the valid rows only ({count})</source>
        <translation>Importar só as linhas válidas ({count})</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Importadas: {count}</translation>
    </message>
    <message>
        <source>Imported: {count} {what}.</source>
        <translation>Importado: {count} {what}.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>A importar {name}</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>Não funcionou: {reason}</translation>
    </message>
    <message>
        <source>Its links are removed from {count} linked records.</source>
        <translation>As suas ligações são removidas das fichas associadas ({count}).</translation>
    </message>
    <message>
        <source>Its past values are scrubbed from the history of changes.</source>
        <translation>Os seus valores anteriores são apagados do histórico de alterações.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Ficheiros JSON (*.json)</translation>
    </message>
    <message>
        <source>Looking for duplicate contacts</source>
        <translation>A procurar contactos duplicados</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Parece-se com</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Texto Markdown</translation>
    </message>
    <message>
        <source>Mentions of the person&apos;s name, e-mails or phones in other records&apos; text are not changed: you get a list of them to review afterwards.</source>
        <translation>As menções ao nome, aos e-mails ou aos telefones da pessoa no texto de outras fichas não são alteradas: recebe depois uma lista para as rever.</translation>
    </message>
    <message>
        <source>Mentions to review</source>
        <translation>Menções a rever</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Fundir contactos</translation>
    </message>
    <message>
        <source>Merge the ticked contacts into the one kept</source>
        <translation>Fundir os contactos assinalados no que é mantido</translation>
    </message>
    <message>
        <source>Merged {count} contacts into one; records relinked: {relinked}.</source>
        <translation>Contactos fundidos num só: {count}; fichas reassociadas: {relinked}.</translation>
    </message>
    <message>
        <source>Names as {encoding} reads them</source>
        <translation>Os nomes tal como {encoding} os lê</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Não foi feita nenhuma cópia de segurança: {reason}</translation>
    </message>
    <message>
        <source>No column goes into a field yet: choose at least one.</source>
        <translation>Nenhuma coluna vai ainda para um campo: escolha pelo menos uma.</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>Nenhum duplicado provável</translation>
    </message>
    <message>
        <source>No likely duplicates were found.</source>
        <translation>Não foram encontrados duplicados prováveis.</translation>
    </message>
    <message>
        <source>No other record links to it.</source>
        <translation>Nenhuma outra ficha está associada a ele.</translation>
    </message>
    <message>
        <source>No phone region is set for this workspace.</source>
        <translation>Não está definida nenhuma região telefónica para esta área de trabalho.</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>Não importado ({count})</translation>
    </message>
    <message>
        <source>Not imported: no country was chosen for the phone numbers of {name}. Nothing was changed.</source>
        <translation>Não importado: não foi escolhido nenhum país para os números de telefone de {name}. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Not imported: no encoding was chosen for {name}. Nothing was changed.</source>
        <translation>Não importado: não foi escolhida nenhuma codificação para {name}. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Not set (asked when needed)</source>
        <translation>Não definida (perguntada quando necessário)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>Nada foi apagado: {reason}</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Nada foi exportado: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nada foi importado.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no records.</source>
        <translation>Nada foi importado: o ficheiro não contém fichas.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Nada foi importado: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Nada foi restaurado: {reason}</translation>
    </message>
    <message>
        <source>Only the valid rows were imported; the rows below were left out.</source>
        <translation>Só foram importadas as linhas válidas; as linhas abaixo ficaram de fora.</translation>
    </message>
    <message>
        <source>Open the highlighted contact</source>
        <translation>Abrir o contacto realçado</translation>
    </message>
    <message>
        <source>Open the highlighted record</source>
        <translation>Abrir a ficha realçada</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Phone numbers without a country code</source>
        <translation>Números de telefone sem indicativo de país</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {country}.</source>
        <translation>Os números de telefone sem indicativo de país são lidos como: {country}.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Região telefónica</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possíveis duplicados</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Possíveis duplicados ({count})</translation>
    </message>
    <message>
        <source>Possibly already here: {count} (see “Possible duplicates”)</source>
        <translation>Possivelmente já existentes: {count} (ver «Possíveis duplicados»)</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Ficha da prática</translation>
    </message>
    <message>
        <source>Practice sheets written: {count}, in {path}</source>
        <translation>Fichas de práticas escritas: {count}, em {path}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Pré-visualização da importação</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Resumo da pré-visualização</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problemas ({count})</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriedade</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Ler como {encoding}</translation>
    </message>
    <message>
        <source>Read as: {preset}</source>
        <translation>Lido como: {preset}</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>A ler o ficheiro novamente…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>A ler {name}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronta</translation>
    </message>
    <message>
        <source>Recognised export</source>
        <translation>Exportação reconhecida</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;{preset}&lt;/b&gt;. Its columns are matched below; check them before importing.</source>
        <translation>Reconhecido: &lt;b&gt;{preset}&lt;/b&gt;. As suas colunas estão associadas abaixo; verifique-as antes de importar.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restaurar a partir de uma cópia de segurança</translation>
    </message>
    <message>
        <source>Restore {count} records from {name} (made on {date}) into this empty workspace?</source>
        <translation>Restaurar nesta área de trabalho vazia as fichas de {name} (feita em {date})? Fichas: {count}</translation>
    </message>
    <message>
        <source>Restored {records} records and {files} attachment files from {name}.</source>
        <translation>Restaurado a partir de {name}: fichas: {records}, ficheiros anexos: {files}.</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>A restaurar {name}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; all ready to import.</source>
        <translation>Linhas pré-visualizadas: {count}; todas prontas a importar.</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; with a problem: {bad}. Fix them in the file, or change the columns above.</source>
        <translation>Linhas pré-visualizadas: {count}; com problemas: {bad}. Corrija-as no ficheiro ou altere as colunas acima.</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>Linhas lidas: {count}</translation>
    </message>
    <message>
        <source>Rows with a problem: {count}</source>
        <translation>Linhas com problemas: {count}</translation>
    </message>
    <message>
        <source>Save the list shown, with its columns and filters, as a table</source>
        <translation>Guardar a lista apresentada, com as suas colunas e filtros, como tabela</translation>
    </message>
    <message>
        <source>Save the selected contacts, or the whole list, for an address book or a phone</source>
        <translation>Guardar os contactos selecionados, ou a lista toda, para um livro de endereços ou um telemóvel</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Ponto e vírgula ( ; )</translation>
    </message>
    <message>
        <source>Show a contact first.</source>
        <translation>Mostre primeiro um contacto.</translation>
    </message>
    <message>
        <source>Show a practice, or the list of practices, to make sheets of them.</source>
        <translation>Mostre uma prática, ou a lista de práticas, para fazer fichas delas.</translation>
    </message>
    <message>
        <source>Show the contacts (or search for some) and select the ones to export.</source>
        <translation>Mostre os contactos (ou pesquise alguns) e selecione os que quer exportar.</translation>
    </message>
    <message>
        <source>Stopped: {what}. Nothing was changed.</source>
        <translation>Interrompido: {what}. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <source>Tables and address books (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Tabelas e livros de endereços (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>The choice can still be changed under “Encoding” in the next step.</source>
        <translation>A escolha ainda pode ser alterada em «Codificação» no passo seguinte.</translation>
    </message>
    <message>
        <source>The contact is deleted from this computer for good: not to the trash, and it cannot be undone.</source>
        <translation>O contacto é eliminado definitivamente deste computador: não vai para o lixo e não pode ser anulado.</translation>
    </message>
    <message>
        <source>The contact, its history and every record linked to or mentioning it, as JSON</source>
        <translation>O contacto, o seu histórico e todas as fichas associadas ou que o mencionam, em JSON</translation>
    </message>
    <message>
        <source>The contacts were not exported: {reason}</source>
        <translation>Os contactos não foram exportados: {reason}</translation>
    </message>
    <message>
        <source>The contacts were not merged: {reason}</source>
        <translation>Os contactos não foram fundidos: {reason}</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, for this workspace</source>
        <translation>O país dos números de telefone escritos sem indicativo de país, para esta área de trabalho</translation>
    </message>
    <message>
        <source>The file cannot be previewed: {reason}</source>
        <translation>Não é possível pré-visualizar o ficheiro: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read that way: {reason}</source>
        <translation>O ficheiro não pode ser lido assim: {reason}</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with a problem are marked; the import stops if any row of the file has one.</source>
        <translation>As primeiras linhas tal como serão guardadas. As linhas com problemas estão assinaladas; a importação para se alguma linha do ficheiro tiver um.</translation>
    </message>
    <message>
        <source>The letters of {name} can be read in more than one way, and we cannot tell which is right. Choose the column where the names are written correctly.</source>
        <translation>As letras de {name} podem ser lidas de mais de uma forma e não conseguimos saber qual é a certa. Escolha a coluna em que os nomes estão escritos corretamente.</translation>
    </message>
    <message>
        <source>The list was not exported: {reason}</source>
        <translation>A lista não foi exportada: {reason}</translation>
    </message>
    <message>
        <source>The phone region was not saved: {reason}</source>
        <translation>A região telefónica não foi guardada: {reason}</translation>
    </message>
    <message>
        <source>The practice shown: {title}</source>
        <translation>A prática apresentada: {title}</translation>
    </message>
    <message>
        <source>The records the search found, with the columns the list shows for their type.</source>
        <translation>As fichas que a pesquisa encontrou, com as colunas que a lista mostra para o seu tipo.</translation>
    </message>
    <message>
        <source>The search for duplicates stopped: {reason}</source>
        <translation>A procura de duplicados parou: {reason}</translation>
    </message>
    <message>
        <source>The search found nothing to export.</source>
        <translation>A pesquisa não encontrou nada para exportar.</translation>
    </message>
    <message>
        <source>The selected contacts ({count})</source>
        <translation>Os contactos selecionados ({count})</translation>
    </message>
    <message>
        <source>The selected practices ({count}), in one document</source>
        <translation>As práticas selecionadas ({count}), num só documento</translation>
    </message>
    <message>
        <source>The sheet was not written: {reason}</source>
        <translation>A ficha não foi escrita: {reason}</translation>
    </message>
    <message>
        <source>The trash cannot be exported. Choose practices, contacts, tools or themes.</source>
        <translation>O lixo não pode ser exportado. Escolha práticas, contactos, ferramentas ou temas.</translation>
    </message>
    <message>
        <source>These contacts look like the same person or organisation. Merging keeps one contact, fills its empty fields from the others, moves every link and attachment to it, and moves the others to the trash (restorable).</source>
        <translation>Estes contactos parecem ser a mesma pessoa ou organização. Ao fundi-los mantém-se um contacto, os seus campos vazios são preenchidos com os dos outros, todas as ligações e anexos passam para ele e os outros vão para o lixo (podem ser restaurados).</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Este ficheiro não pode ser importado: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>Este ficheiro não pode ser restaurado: {reason}</translation>
    </message>
    <message>
        <source>This is asked once and kept for the workspace; File → Settings changes it. Numbers with a country code, and rows that name a country, are read as they are.</source>
        <translation>Isto é perguntado uma só vez e guardado para a área de trabalho; altera-se em Ficheiro → Definições. Os números com indicativo de país, e as linhas que indicam um país, são lidos tal como estão.</translation>
    </message>
    <message>
        <source>This row has a problem</source>
        <translation>Esta linha tem um problema</translation>
    </message>
    <message>
        <source>This workspace is not shared with a group server; copies elsewhere (backups, exports) are not touched.</source>
        <translation>Esta área de trabalho não é partilhada com um servidor do grupo; as cópias noutros locais (cópias de segurança, exportações) não são tocadas.</translation>
    </message>
    <message>
        <source>This workspace is shared: the erasure is sent to the group server at the next sync, and every member&apos;s copy erases it too.</source>
        <translation>Esta área de trabalho é partilhada: o apagamento é enviado para o servidor do grupo na próxima sincronização e a cópia de cada membro também o apaga.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM, for Excel</source>
        <translation>UTF-8 com &amp;BOM, para o Excel</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <extracomment>the collections a table can be imported into</extracomment>
        <translation>UTF-8 com BOM</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, for Excel</source>
        <translation>UTF-8 com BOM, para o Excel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message>
        <source>Wait until the work in progress (an import, an export) has finished, then restore again.</source>
        <translation>Aguarde até que o trabalho em curso (uma importação, uma exportação) termine e depois restaure novamente.</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Avisos ({count})</translation>
    </message>
    <message>
        <source>What erasing does</source>
        <translation>O que faz o apagamento</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Porquê</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Porque se parecem</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Porquê: {reasons}</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>A escrever {name}</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>coluna {number}</translation>
    </message>
    <message>
        <source>created {date}</source>
        <translation>criado em {date}</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>telemóvel</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outro</translation>
    </message>
    <message>
        <source>practice-sheets</source>
        <translation>fichas-de-praticas</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>este ficheiro</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones)</source>
        <translation>vCard 3.0 (telemóveis antigos)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Ficheiros vCard (*.vcf)</translation>
    </message>
    <message>
        <source>work</source>
        <translation>trabalho</translation>
    </message>
    <message>
        <source>{name} holds phone numbers without a country code (such as “{example}”) on rows that name no country. In which country are they?</source>
        <translation>{name} contém números de telefone sem indicativo de país (como «{example}») em linhas que não indicam nenhum país. De que país são?</translation>
    </message>
    <message>
        <source>{name} — {details}</source>
        <translation>{name} — {details}</translation>
    </message>
    <message>
        <source>{what}: every record the list shows ({count}), with its filters, its order and the columns shown.</source>
        <translation>{what}: todas as fichas que a lista mostra ({count}), com os seus filtros, a sua ordem e as colunas apresentadas.</translation>
    </message>
    <message>
        <source>{what}: {count} found</source>
        <translation>{what}: {count} encontrados</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— deixar de fora —</translation>
    </message>
    <message>
        <source>“{name}” was erased.</source>
        <translation>«{name}» foi apagado.</translation>
    </message>
    <message>
        <source>“{name}” was erased. No other record mentions them in its text.</source>
        <translation>«{name}» foi apagado. Nenhuma outra ficha o menciona no seu texto.</translation>
    </message>
    <message>
        <source>“{name}” was erased. These records still mention them in their text. Open each one and remove or reword the mention where it is personal data.</source>
        <translation>«{name}» foi apagado. Estas fichas ainda o mencionam no seu texto. Abra cada uma e remova ou reformule a menção quando se tratar de dados pessoais.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give the currency of the funding amount</source>
        <translation>Indique a moeda do montante do financiamento</translation>
    </message>
    <message>
        <source>Region {value} is not in {country}</source>
        <translation>A região {value} não fica em {country}</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>A data de fim é anterior à data de início</translation>
    </message>
    <message>
        <source>Unknown field “{value}”</source>
        <translation>Campo desconhecido «{value}»</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>{label} não pode ser negativo</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label} é obrigatório</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters, at most {limit})</source>
        <translation>{label} é demasiado longo ({length} caracteres, no máximo {limit})</translation>
    </message>
    <message>
        <source>{label} must be a list</source>
        <translation>{label} tem de ser uma lista</translation>
    </message>
    <message>
        <source>{label} must be a list of text</source>
        <translation>{label} tem de ser uma lista de textos</translation>
    </message>
    <message>
        <source>{label} must be a number, not “{value}”</source>
        <translation>{label} tem de ser um número, não «{value}»</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>{label} tem de ser um número inteiro</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>{label} tem de ser texto</translation>
    </message>
    <message>
        <source>{label}: each entry needs a value</source>
        <translation>{label}: cada entrada precisa de um valor</translation>
    </message>
    <message>
        <source>“{value}” is not a NUTS region code</source>
        <translation>«{value}» não é um código de região NUTS</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD)</source>
        <translation>«{value}» não é uma data (use AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (use +country code, e.g. +351 21 000 0000)</source>
        <translation>«{value}» não é um número de telefone (use o indicativo +país, p. ex. +351 21 000 0000)</translation>
    </message>
    <message>
        <source>“{value}” is not a possible phone number</source>
        <translation>«{value}» não é um número de telefone possível</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>«{value}» não é um identificador de ficha</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address</source>
        <translation>«{value}» não é um endereço de e-mail válido</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (it should start with https://)</source>
        <translation>«{value}» não é um endereço web (deve começar por https://)</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 3166 country code</source>
        <translation>«{value}» não é um código de país ISO 3166</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 4217 currency code</source>
        <translation>«{value}» não é um código de moeda ISO 4217</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 639 language code</source>
        <translation>«{value}» não é um código de língua ISO 639</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>«{value}» não é nenhum destes valores: {choices}</translation>
    </message>
</context>
<context>
    <name>WhatsNew</name>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>&amp;Novidades</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>By {who}, {when}</source>
        <translation>Por {who}, {when}</translation>
    </message>
    <message>
        <source>Changed contact: {title}</source>
        <translation>Contacto alterado: {title}</translation>
    </message>
    <message>
        <source>Changed practice: {title}</source>
        <translation>Prática alterada: {title}</translation>
    </message>
    <message>
        <source>Changed tool: {title}</source>
        <translation>Ferramenta alterada: {title}</translation>
    </message>
    <message>
        <source>Everything here is read.</source>
        <translation>Está tudo lido.</translation>
    </message>
    <message>
        <source>First sync: {items} from your group</source>
        <translation>Primeira sincronização: {items} do seu grupo</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Marcar &amp;tudo como lido</translation>
    </message>
    <message>
        <source>Mark everything in What&apos;s new as read</source>
        <translation>Marcar todas as novidades como lidas</translation>
    </message>
    <message>
        <source>New contact: {title}</source>
        <translation>Novo contacto: {title}</translation>
    </message>
    <message>
        <source>New practice: {title}</source>
        <translation>Nova prática: {title}</translation>
    </message>
    <message>
        <source>New tool: {title}</source>
        <translation>Nova ferramenta: {title}</translation>
    </message>
    <message>
        <source>Nothing new from your group yet. When others add or change practices, contacts or tools, they are listed here after a sync.</source>
        <translation>Ainda nada de novo do seu grupo. Quando outras pessoas acrescentarem ou alterarem práticas, contactos ou ferramentas, aparecem aqui depois de uma sincronização.</translation>
    </message>
    <message>
        <source>Only &amp;unread</source>
        <translation>Só não &amp;lidos</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Esse registo já não está aqui.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Unread: {line}</source>
        <translation>Não lido: {line}</translation>
    </message>
    <message>
        <source>What arrived from your group</source>
        <translation>O que chegou do seu grupo</translation>
    </message>
    <message>
        <source>What your group added or changed since you last looked</source>
        <translation>O que o seu grupo acrescentou ou alterou desde a última vez que viu</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Novidades</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguém</translation>
    </message>
    <message>
        <source>{day} · {who}: {counts}</source>
        <translation>{day} · {who}: {counts}</translation>
    </message>
    <message>
        <source>{items} from your group</source>
        <translation>{items} do seu grupo</translation>
    </message>
</context>
</TS>
