<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>Attachments</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>No program to open this file</source>
        <translation>Ningún programa abre este archivo</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>This computer has no program that opens “{name}”. You can save a copy and open it later with a program of your choice.</source>
        <translation>Este ordenador no tiene ningún programa que abra «{name}». Puede guardar una copia y abrirla más tarde con el programa que elija.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Advice service</source>
        <translation>Servicio de asesoramiento</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Administración pública</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Mala</translation>
    </message>
    <message>
        <source>Community cooperative</source>
        <translation>Cooperativa comunitaria</translation>
    </message>
    <message>
        <source>Community foundation</source>
        <translation>Fundación comunitaria</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Finance service</source>
        <translation>Entidad de financiación</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obligación legal</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Intereses legítimos</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Entidad local</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodología</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixta</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Policy recommendation</source>
        <translation>Recomendación política</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Misión de interés público</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Administración regional</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartida</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Empresa social</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Servicio de apoyo</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Tercer lugar</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Caja de herramientas</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Village association</source>
        <translation>Asociación vecinal</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Intereses vitales</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Work integration enterprise</source>
        <translation>Empresa de inserción</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
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
        <translation>Debate</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Debates</translation>
    </message>
    <message>
        <source>Linked contacts</source>
        <translation>Contactos vinculados</translation>
    </message>
    <message>
        <source>Linked practices</source>
        <translation>Prácticas vinculadas</translation>
    </message>
    <message>
        <source>Linked tools</source>
        <translation>Herramientas vinculadas</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>New practice</source>
        <extracomment>the interface languages, each named in itself (never translated), in the order the EU lists its 24 official languages: alphabetical by that own name (български, español, čeština, …)</extracomment>
        <translation>Nueva práctica</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nuevo tema</translation>
    </message>
    <message>
        <source>New tool</source>
        <translation>Nueva herramienta</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Prácticas</translation>
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
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
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
        <translation>Dejarla &amp;eliminada</translation>
    </message>
    <message>
        <source>&amp;Merged value (edit, then save):</source>
        <translation>&amp;Valor combinado (edítalo y guárdalo):</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Abrir la ficha</translation>
    </message>
    <message>
        <source>&amp;Restore the record</source>
        <translation>&amp;Restaurar la ficha</translation>
    </message>
    <message>
        <source>&amp;Save merged value</source>
        <translation>&amp;Guardar el valor combinado</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>kinds whose stored values are codes or ids: shown by name, in the interface language</extracomment>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Conservar el &amp;mío</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Conservar el &amp;suyo</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Valor combinado</translation>
    </message>
    <message>
        <source>No conflicts: everything your group changed fitted together.</source>
        <translation>No hay conflictos: todos los cambios de tu grupo encajaban entre sí.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>No se ha guardado: {error}</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflictos pendientes</translation>
    </message>
    <message>
        <source>Refused: {title} — {field}</source>
        <translation>Rechazado: {title} — {field}</translation>
    </message>
    <message>
        <source>Settled: “{title}” — {field}. Your choice is shared with the group at the next sync.</source>
        <translation>Resuelto: «{title}» — {field}. Su elección se comparte con el grupo en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <source>Theirs — by {who}, {when}</source>
        <translation>El suyo — de {who}, {when}</translation>
    </message>
    <message>
        <source>When two people changed the same thing before syncing, the group server kept one value and set the other aside. Choose what the record should say; your choice is shared with everyone at the next sync.</source>
        <translation>Cuando dos personas cambiaron lo mismo antes de sincronizar, el servidor del grupo conservó un valor y apartó el otro. Elige lo que debe decir la ficha; tu elección se compartirá con todos en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Por qué lo rechazó el servidor</translation>
    </message>
    <message>
        <source>Your change ({when})</source>
        <translation>Tu cambio ({when})</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Tu valor</translation>
    </message>
    <message>
        <source>Yours — by {who}, {when}</source>
        <translation>El tuyo — de {who}, {when}</translation>
    </message>
    <message>
        <source>another member</source>
        <translation>otro miembro</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>eliminada o conservada</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>el grupo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>you</source>
        <translation>tú</translation>
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
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <source>Choose a record in the list, or press Ctrl+N to add one.</source>
        <translation>Elige una ficha de la lista o pulsa Ctrl+N para añadir una.</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>the record now shown (None: none), for what sits beside it (ui/discussions: its comments)</extracomment>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Edit form</source>
        <translation>Formulario de edición</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Editar “{title}”</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>¿Salir sin guardar?</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Corrige los campos señalados abajo.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problema en {field}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Guardar la ficha</translation>
    </message>
    <message>
        <source>Your changes to this record are not saved. Leave the form and lose them?</source>
        <translation>Los cambios en esta ficha no están guardados. ¿Salir del formulario y perderlos?</translation>
    </message>
    <message>
        <source>created by {who}</source>
        <translation>creado por {who}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>a member id as people read it (the group&apos;s member directory, store.news.name)</extracomment>
        <translation>en la papelera</translation>
    </message>
    <message>
        <source>last changed {when} by {who}</source>
        <translation>último cambio el {when} por {who}</translation>
    </message>
    <message>
        <source>not on this computer yet</source>
        <translation>aún no está en este ordenador</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>quitar</translation>
    </message>
    <message>
        <source>unlink</source>
        <translation>desvincular</translation>
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
        <translation>&amp;Adjuntos:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Carpeta de &amp;datos:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Tamaño de letra:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>Código de &amp;invitación:</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>Región &amp;telefónica:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start.</source>
        <translation>La nueva carpeta de datos se usará a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Add your own practices, contacts and tools.</source>
        <translation>Añade tus propias prácticas, contactos y herramientas.</translation>
    </message>
    <message>
        <source>As&amp;k before a sync changes more than:</source>
        <translation>Pre&amp;guntar si una sincronización cambia más de:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Elegir la carpeta de datos</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Connect to a group server</source>
        <translation>Conectar con un servidor de grupo</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Carpeta de datos predeterminada</translation>
    </message>
    <message>
        <source>Demo records per collection</source>
        <translation>Fichas de demostración por tipo</translation>
    </message>
    <message>
        <source>Download when opened</source>
        <translation>Descargar al abrir</translation>
    </message>
    <message>
        <source>Fictional practices, contacts and tools in seven languages, to try things out. You can delete them later.</source>
        <translation>Prácticas, contactos y herramientas ficticios en siete idiomas, para hacer pruebas. Puedes eliminarlos después.</translation>
    </message>
    <message>
        <source>Find records to link</source>
        <translation>Buscar fichas para vincular</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Código de invitación</translation>
    </message>
    <message>
        <source>Join your group&apos;s shared repository with the invitation code your coordinator sent you.</source>
        <translation>Únase al repositorio compartido de su grupo con el código de invitación que le envió su coordinador.</translation>
    </message>
    <message>
        <source>Keep all offline</source>
        <translation>Tener todo sin conexión</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Cargar datos de demostración</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Solo cuando lo pida</translation>
    </message>
    <message>
        <source>Records per collection:</source>
        <translation>Fichas por tipo:</translation>
    </message>
    <message>
        <source>Records to link</source>
        <translation>Fichas para vincular</translation>
    </message>
    <message>
        <source>RuralDesk keeps your group&apos;s practices, contacts and tools on this computer, and works without a connection. How would you like to start?</source>
        <translation>RuralDesk guarda las prácticas, los contactos y las herramientas de tu grupo en este ordenador y funciona sin conexión. ¿Cómo quieres empezar?</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>Sincroni&amp;zar cada:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation>Mostrar estas columnas:</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Empezar con un espacio de trabajo vacío</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Tamaño del sistema</translation>
    </message>
    <message>
        <source>Type a name or a word to find records</source>
        <translation>Escribe un nombre o una palabra para buscar fichas</translation>
    </message>
    <message>
        <source>Welcome to RuralDesk</source>
        <translation>Te damos la bienvenida a RuralDesk</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>añadido el {when}</translation>
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
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n temas</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>A topic needs a title and an opening post.</source>
        <translation>Un tema necesita un título y un mensaje inicial.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Adjuntar archivos…</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Adjuntados:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Comentarios (%n)</numerusform>
            <numerusform>Comentarios (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the discussion: {error}</source>
        <translation>No se pudo exportar el debate: {error}</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>No se pudo guardar: {error}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Borrador guardado</translation>
    </message>
    <message>
        <source>Draft kept from {when}</source>
        <translation>Borrador guardado el {when}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Editar su mensaje</translation>
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
        <translation>Exportar el debate</translation>
    </message>
    <message>
        <source>Files to attach to this post</source>
        <translation>Archivos para adjuntar a este mensaje</translation>
    </message>
    <message>
        <source>Files to attach: {names}</source>
        <translation>Archivos para adjuntar: {names}</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Oculto por un coordinador: {reason}</translation>
    </message>
    <message>
        <source>Hidden from the group: {reason}</source>
        <translation>Oculto para el grupo: {reason}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide the discussion…</source>
        <translation>Ocultar el debate…</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Ocultar…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New &amp;topic…</source>
        <translation>Nuevo &amp;tema…</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nuevo tema</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Nuevo tema…</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one below.</source>
        <translation>Todavía no hay mensajes. Escriba el primero abajo.</translation>
    </message>
    <message>
        <source>No topics yet. Start one with New topic; comments on a practice, tool or contact are at the foot of its page.</source>
        <translation>Todavía no hay temas. Empiece uno con Nuevo tema; los comentarios sobre una práctica, herramienta o contacto están al pie de su página.</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>No es una respuesta</translation>
    </message>
    <message>
        <source>Not allowed: {reason}.</source>
        <translation>No permitido: {reason}.</translation>
    </message>
    <message>
        <source>Opening post</source>
        <translation>Mensaje inicial</translation>
    </message>
    <message>
        <source>Opening post:</source>
        <translation>Mensaje inicial:</translation>
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
        <translation>Publicarlo (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Mensaje eliminado</translation>
    </message>
    <message>
        <source>Posted. It goes to the group at the next sync.</source>
        <translation>Publicado. Llega al grupo con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Replying to a post</source>
        <translation>Respondiendo a un mensaje</translation>
    </message>
    <message>
        <source>Replying to {name}</source>
        <translation>Respondiendo a {name}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier posts</source>
        <translation>
            <numerusform>Mostrar %n mensaje anterior</numerusform>
            <numerusform>Mostrar %n mensajes anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Mostrar de nuevo</translation>
    </message>
    <message>
        <source>Show discussions</source>
        <translation>Mostrar los debates</translation>
    </message>
    <message>
        <source>Start a discussion with the group</source>
        <translation>Iniciar un debate con el grupo</translation>
    </message>
    <message>
        <source>Start a discussion with the group (Ctrl+Shift+D)</source>
        <translation>Iniciar un debate con el grupo (Ctrl+Mayús+D)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Iniciado por</translation>
    </message>
    <message>
        <source>The discussion was written to {path}.</source>
        <translation>El debate se escribió en {path}.</translation>
    </message>
    <message>
        <source>The earlier version stays in the post&apos;s history.</source>
        <translation>La versión anterior queda en el historial del mensaje.</translation>
    </message>
    <message>
        <source>The opening post… *emphasis*, **strong**, - lists, [links](https://…), @member</source>
        <translation>El mensaje inicial… *cursiva*, **negrita**, - listas, [enlaces](https://…), @miembro</translation>
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
        <translation>Tema</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Version {n}, {when}, by {name}</source>
        <translation>Versión {n}, {when}, de {name}</translation>
    </message>
    <message>
        <source>Versions of the post</source>
        <translation>Versiones del mensaje</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>¿De qué se trata?</translation>
    </message>
    <message>
        <source>Why is it hidden? Everyone sees the reason in its place.</source>
        <translation>¿Por qué se oculta? Todos ven el motivo en su lugar.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Withdraw this post? Its text goes from the thread; its earlier versions stay in its history.</source>
        <translation>¿Retirar este mensaje? Su texto sale del debate; sus versiones anteriores quedan en su historial.</translation>
    </message>
    <message>
        <source>Withdraw your post</source>
        <translation>Retirar su mensaje</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Retirado por su autor.</translation>
    </message>
    <message>
        <source>Write a post… *emphasis*, **strong**, - lists, [links](https://…), @member (Ctrl+Enter posts)</source>
        <translation>Escriba un mensaje… *cursiva*, **negrita**, - listas, [enlaces](https://…), @miembro (Ctrl+Intro publica)</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Escriba algo primero.</translation>
    </message>
    <message>
        <source>Write to the whole thread instead (Escape)</source>
        <translation>Escribir a todo el debate (Esc)</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Su mensaje</translation>
    </message>
    <message>
        <source>a discussion&apos;s rules do not allow this change</source>
        <translation>las reglas de un debate no permiten este cambio</translation>
    </message>
    <message>
        <source>a post needs some text</source>
        <translation>un mensaje necesita texto</translation>
    </message>
    <message>
        <source>a removed post</source>
        <translation>un mensaje eliminado</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>en respuesta a {name}</translation>
    </message>
    <message>
        <source>only a coordinator can hide a post or a discussion</source>
        <translation>solo un coordinador puede ocultar un mensaje o un debate</translation>
    </message>
    <message>
        <source>only its author can edit or withdraw a post</source>
        <extracomment>what a discussion write changes, for the views</extracomment>
        <translation>solo su autor puede editar o retirar un mensaje</translation>
    </message>
    <message>
        <source>only the member who started a discussion can change its title, themes or language</source>
        <translation>solo quien inició un debate puede cambiar su título, temas o idioma</translation>
    </message>
    <message>
        <source>started by {name}</source>
        <translation>iniciado por {name}</translation>
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation>{title} (oculto)</translation>
    </message>
    <message>
        <source>{title} · {count} new</source>
        <translation>{title} · {count} nuevos</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>(choose)</source>
        <translation>(elegir)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>No date</source>
        <extracomment>where the calendar opens when no date is set; the form points an end date at its start</extracomment>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Escribe y pulsa Intro</translation>
    </message>
    <message>
        <source>add</source>
        <translation>añadir</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>borrar</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>quitar</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>para añadir</translation>
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
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Broader theme</source>
        <translation>Tema general</translation>
    </message>
    <message>
        <source>Comments on</source>
        <translation>Comentarios sobre</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Fecha del consentimiento</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Origen del consentimiento</translation>
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
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Debate</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Expertise themes</source>
        <translation>Temas de especialización</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Full name of a person, or the name of an organisation</source>
        <translation>Nombre completo de una persona o nombre de una organización</translation>
    </message>
    <message>
        <source>Funding amount</source>
        <translation>Importe de la financiación</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Fuente de financiación</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Miembro del grupo</translation>
    </message>
    <message>
        <source>Hidden because</source>
        <translation>Oculto porque</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>En respuesta a</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Tipo de medio</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
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
        <translation>Obstáculos (legales / políticos)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Organisation types</source>
        <translation>Tipos de organización</translation>
    </message>
    <message>
        <source>Partners (incl. authorities)</source>
        <translation>Socios (incl. administraciones)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Related contacts</source>
        <translation>Contactos relacionados</translation>
    </message>
    <message>
        <source>Related tools</source>
        <translation>Herramientas relacionadas</translation>
    </message>
    <message>
        <source>Removed posts</source>
        <translation>Mensajes eliminados</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Nota de revisión</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Tamaño (bytes)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Iniciado por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>The person&apos;s member name in the group: their posts are then part of their data</source>
        <translation>El nombre de miembro de la persona en el grupo: sus mensajes forman parte de sus datos</translation>
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
        <translation>Localidad / pueblo</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Transferibilidad</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Cancel the invitation</source>
        <translation>&amp;Cancelar la invitación</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Export everything about this person…</source>
        <translation>&amp;Exportar todo sobre esta persona…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Hand a file to the server…</source>
        <translation>Pasar un archivo al &amp;servidor…</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Invitaciones</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>&amp;Invitar a alguien…</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Miembros</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>Entradas más &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>Entradas más &amp;antiguas</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de paso:</translation>
    </message>
    <message>
        <source>&amp;People&apos;s data</source>
        <translation>&amp;Datos personales</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Válida durante:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>1 week</source>
        <extracomment>how long an invitation can be redeemed, in hours</extracomment>
        <translation>1 semana</translation>
    </message>
    <message>
        <source>A revoked token stops syncing at once: that computer keeps its copy but can no longer send or receive. Tick the computers to cut off.</source>
        <translation>Un token revocado deja de sincronizar al momento: ese ordenador conserva su copia pero ya no puede enviar ni recibir. Marque los ordenadores que quiere desconectar.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>Añadió un miembro</translation>
    </message>
    <message>
        <source>Asking the server who you are…</source>
        <translation>Preguntando al servidor quién es usted…</translation>
    </message>
    <message>
        <source>At {url}</source>
        <translation>En {url}</translation>
    </message>
    <message>
        <source>At {url} · you are: {role}</source>
        <translation>En {url} · usted es: {role}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Cancel the invitation</source>
        <translation>Cancelar la invitación</translation>
    </message>
    <message>
        <source>Cancel the invitation for {name}? The code stops working at once; you can invite them again later.</source>
        <translation>¿Cancelar la invitación de {name}? El código deja de funcionar al momento; podrá invitarle de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Cancelled an invitation</source>
        <translation>Canceló una invitación</translation>
    </message>
    <message>
        <source>Cancelling the invitation…</source>
        <translation>Cancelando la invitación…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Cambiar el &amp;rol…</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Cambiar el rol de {name}</translation>
    </message>
    <message>
        <source>Changed a member</source>
        <translation>Modificó un miembro</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Cambiando el rol…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Copy the invitation code</source>
        <translation>Copiar el código de invitación</translation>
    </message>
    <message>
        <source>Create the invitation</source>
        <translation>Crear la invitación</translation>
    </message>
    <message>
        <source>Creating the invitation…</source>
        <translation>Creando la invitación…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>&amp;Borrar a esta persona…</translation>
    </message>
    <message>
        <source>Erase on every replica</source>
        <translation>Borrar en todas las réplicas</translation>
    </message>
    <message>
        <source>Erase “{name}”</source>
        <translation>Borrar «{name}»</translation>
    </message>
    <message>
        <source>Erase “{name}” from the whole group? This cannot be undone. It is erased here and sent to the server at once; every member&apos;s copy of RuralDesk erases it at its next sync:</source>
        <translation>¿Borrar «{name}» de todo el grupo? No se puede deshacer. Se borra aquí y se envía al servidor al momento; la copia de RuralDesk de cada miembro lo borra en su próxima sincronización:</translation>
    </message>
    <message>
        <source>Erased a record</source>
        <translation>Borró un registro</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Borrando…</translation>
    </message>
    <message>
        <source>Everything about {name} was written to {path}.</source>
        <translation>Todo sobre {name} se escribió en {path}.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Exportar todo sobre {name}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Buscar a una persona</translation>
    </message>
    <message>
        <source>Give {name} this code. In RuralDesk they choose Sync → Set up sync… and paste it, or scan the picture with a phone and send it to themselves. It works once, until {expires}.</source>
        <translation>Dé este código a {name}. En RuralDesk elige Sincronización → Configurar la sincronización… y lo pega, o escanea la imagen con un teléfono y se lo envía. Funciona una sola vez, hasta el {expires}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Group window status</source>
        <translation>Estado de la ventana Grupo</translation>
    </message>
    <message>
        <source>Group “{group}”</source>
        <translation>Grupo «{group}»</translation>
    </message>
    <message>
        <source>Hand a file to the server</source>
        <translation>Pasar un archivo al servidor</translation>
    </message>
    <message>
        <source>Hand to the server</source>
        <translation>Pasar al servidor</translation>
    </message>
    <message>
        <source>Handing the file to the server…</source>
        <translation>Pasando el archivo al servidor…</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Código de invitación</translation>
    </message>
    <message>
        <source>Invitation code as a QR code</source>
        <translation>Código de invitación como código QR</translation>
    </message>
    <message>
        <source>Invitation for {name}</source>
        <translation>Invitación para {name}</translation>
    </message>
    <message>
        <source>Invitation for {name} cancelled.</source>
        <translation>Invitación para {name} cancelada.</translation>
    </message>
    <message>
        <source>Invitation for {name} created.</source>
        <translation>Invitación para {name} creada.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Invitar a alguien</translation>
    </message>
    <message>
        <source>Invited someone</source>
        <translation>Invitó a alguien</translation>
    </message>
    <message>
        <source>Issued a token</source>
        <translation>Emitió un token</translation>
    </message>
    <message>
        <source>Its attachments: none</source>
        <translation>Sus adjuntos: ninguno</translation>
    </message>
    <message>
        <source>Its attachments: {names}</source>
        <translation>Sus adjuntos: {names}</translation>
    </message>
    <message>
        <source>Its history, with the values it held (changes recorded: {count})</source>
        <translation>Su historial, con los valores que contenía (cambios registrados: {count})</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Joined the group, but the token could not be kept: {error}</source>
        <extracomment>starts network work off the UI thread: Operations.run, or the worker itself</extracomment>
        <translation>Se unió al grupo, pero no se pudo guardar el token: {error}</translation>
    </message>
    <message>
        <source>Joined with an invitation</source>
        <translation>Se unió con una invitación</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Links to it from other records: none</source>
        <translation>Enlaces desde otros registros: ninguno</translation>
    </message>
    <message>
        <source>Links to it from {records} ({count}): {titles}</source>
        <translation>Enlaces desde {records} ({count}): {titles}</translation>
    </message>
    <message>
        <source>Listing what the erasure removes…</source>
        <translation>Enumerando lo que borra la eliminación…</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Cargando el registro de auditoría…</translation>
    </message>
    <message>
        <source>Loading the member&apos;s tokens…</source>
        <translation>Cargando los tokens del miembro…</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>Cargando los miembros…</translation>
    </message>
    <message>
        <source>Loading the open invitations…</source>
        <translation>Cargando las invitaciones abiertas…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Members see the new name after their next sync; the group&apos;s address stays.</source>
        <translation>Los miembros ven el nuevo nombre tras su próxima sincronización; la dirección del grupo no cambia.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Not connected to a group server.</source>
        <translation>No conectado a un servidor de grupo.</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>No hecho: {why}</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied} and already had {already}.</source>
        <translation>Cambios del archivo: {total}; el servidor aplicó {applied} y ya tenía {already}.</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied}, already had {already} and refused {refused}: {reasons}.</source>
        <translation>Cambios del archivo: {total}; el servidor aplicó {applied}, ya tenía {already} y rechazó {refused}: {reasons}.</translation>
    </message>
    <message>
        <source>Only the group&apos;s coordinators can invite people, change roles or remove members. Ask one of them.</source>
        <translation>Solo los coordinadores del grupo pueden invitar, cambiar roles o quitar miembros. Pídaselo a uno de ellos.</translation>
    </message>
    <message>
        <source>Open invitations</source>
        <translation>Invitaciones abiertas</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <source>Re&amp;move from the group…</source>
        <translation>&amp;Quitar del grupo…</translation>
    </message>
    <message>
        <source>Re&amp;name the group…</source>
        <translation>Cambiar el &amp;nombre del grupo…</translation>
    </message>
    <message>
        <source>Re&amp;voke tokens…</source>
        <translation>Re&amp;vocar tokens…</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lector</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar a {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the group</source>
        <translation>Quitar a {name} del grupo</translation>
    </message>
    <message>
        <source>Remove {name} from the group? Their tokens stop working at once and they no longer receive the group&apos;s records. Everything they added or changed stays, under their name.</source>
        <translation>¿Quitar a {name} del grupo? Sus tokens dejan de funcionar al momento y ya no recibe los registros del grupo. Todo lo que añadió o cambió se queda, a su nombre.</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>Quitó un miembro</translation>
    </message>
    <message>
        <source>Removing the member…</source>
        <translation>Quitando al miembro…</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Cambiar el nombre del grupo</translation>
    </message>
    <message>
        <source>Renamed the group</source>
        <translation>Cambió el nombre del grupo</translation>
    </message>
    <message>
        <source>Renaming the group…</source>
        <translation>Cambiando el nombre del grupo…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Revoke tokens of {name}</source>
        <translation>Revocar los tokens de {name}</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>Revocó un token</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Revocando…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Send the changes in a hand-over file someone brought straight to the server</source>
        <translation>Enviar directamente al servidor los cambios de un archivo de traspaso que alguien trajo</translation>
    </message>
    <message>
        <source>The changes in the file go to the server under the names of the people who made them; this computer gets them at its next sync, like everyone. Changes the server already has are not taken twice.</source>
        <translation>Los cambios del archivo van al servidor con el nombre de las personas que los hicieron; este ordenador los recibe en su próxima sincronización, como todos. Los cambios que el servidor ya tiene no se toman dos veces.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>El código está en el portapapeles.</translation>
    </message>
    <message>
        <source>The contact “{name}” and every field value it had</source>
        <translation>El contacto «{name}» y todos los valores de sus campos</translation>
    </message>
    <message>
        <source>The discussion about this contact, with its posts ({count})</source>
        <translation>La conversación sobre este contacto, con sus mensajes ({count})</translation>
    </message>
    <message>
        <source>The file holds no changes; nothing was sent.</source>
        <translation>El archivo no contiene cambios; no se envió nada.</translation>
    </message>
    <message>
        <source>The five words given with the file, separately from it.</source>
        <translation>Las cinco palabras entregadas con el archivo, aparte de él.</translation>
    </message>
    <message>
        <source>The group is now called “{name}”.</source>
        <translation>El grupo se llama ahora «{name}».</translation>
    </message>
    <message>
        <source>The invitation gives one person a place in the group. They paste the code into RuralDesk (Sync → Set up sync…) on their computer; it works once.</source>
        <translation>La invitación da a una persona un sitio en el grupo. Pega el código en RuralDesk (Sincronización → Configurar la sincronización…) en su ordenador; funciona una sola vez.</translation>
    </message>
    <message>
        <source>The person is also named in the text of {count} other records. That text is not changed: review it after the erasure (the export lists where).</source>
        <translation>La persona también aparece en el texto de otros registros ({count}). Ese texto no se cambia: revíselo tras el borrado (la exportación indica dónde).</translation>
    </message>
    <message>
        <source>Their own posts in the group&apos;s discussions ({count}); the threads stay and show “post removed”</source>
        <translation>Sus propios mensajes en las conversaciones del grupo ({count}); los hilos se quedan y muestran «mensaje eliminado»</translation>
    </message>
    <message>
        <source>This member has no token in use.</source>
        <translation>Este miembro no tiene ningún token en uso.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a group server. Use Sync → Set up sync… with the invitation code your coordinator gave you.</source>
        <translation>Este espacio de trabajo no está conectado a un servidor de grupo. Use Sincronización → Configurar la sincronización… con el código de invitación que le dio su coordinador.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Tokens revoked for {name}: {count}.</source>
        <translation>Tokens revocados de {name}: {count}.</translation>
    </message>
    <message>
        <source>Type a name, an e-mail or a phone number</source>
        <translation>Escriba un nombre, un correo o un teléfono</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Lo que va a ocurrir</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>When a person asks what the group holds about them, or asks to be forgotten (GDPR articles 15 and 17), find them here.</source>
        <extracomment>contacts listed at once (a search narrows them down)</extracomment>
        <translation>Cuando una persona pregunta qué datos tiene el grupo sobre ella, o pide ser olvidada (artículos 15 y 17 del RGPD), búsquela aquí.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>adds and edits the group&apos;s records</source>
        <translation>añade y edita los registros del grupo</translation>
    </message>
    <message>
        <source>as the group will see it</source>
        <translation>tal como lo verá el grupo</translation>
    </message>
    <message>
        <source>manages the group: members, invitations, erasure</source>
        <translation>gestiona el grupo: miembros, invitaciones, borrado</translation>
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
        <translation>lee los registros del grupo, no cambia nada</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <extracomment>audit entries per page (&quot;Older entries&quot; asks for the next page)</extracomment>
        <translation>el archivo no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>the server did not accept this computer&apos;s token; ask your coordinator for a new invitation</source>
        <translation>el servidor no aceptó el token de este ordenador; pida una nueva invitación a su coordinador</translation>
    </message>
    <message>
        <source>unnamed computer</source>
        <translation>ordenador sin nombre</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} semanas</translation>
    </message>
    <message>
        <source>{label}, since {when}</source>
        <translation>{label}, desde el {when}</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (usted)</translation>
    </message>
    <message>
        <source>{name} is no longer a member; their records stay.</source>
        <translation>{name} ya no es miembro; sus registros se quedan.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name} es ahora: {role}.</translation>
    </message>
    <message>
        <source>“{name}” was erased here; the erasure goes to the server with this sync and reaches every replica at its next sync.</source>
        <translation>«{name}» se borró aquí; el borrado va al servidor con esta sincronización y llega a cada réplica en su próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Applied: {applied}. Already here: {duplicates}. To pass on to the server: {held}. Refused: {refused}.</source>
        <translation>Aplicados: {applied}. Ya presentes: {duplicates}. Por pasar al servidor: {held}. Rechazados: {refused}.</translation>
    </message>
    <message>
        <source>Changes written: {count}, to {path}.

Passphrase (shown only now): {words}</source>
        <translation>Cambios escritos: {count}, en {path}.

Frase de paso (se muestra solo ahora): {words}</translation>
    </message>
    <message>
        <source>Connect this computer to the group&apos;s server once before handing changes over.</source>
        <translation>Conecte este ordenador una vez al servidor del grupo antes de pasar cambios.</translation>
    </message>
    <message>
        <source>Export changes for another computer…</source>
        <translation>Exportar cambios para otro ordenador…</translation>
    </message>
    <message>
        <source>Exporting changes</source>
        <translation>Exportando cambios</translation>
    </message>
    <message>
        <source>Hand-over files (*.rdrelay);;All files (*)</source>
        <translation>Archivos de traspaso (*.rdrelay);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import changes from a file…</source>
        <translation>Importar cambios de un archivo…</translation>
    </message>
    <message>
        <source>Importing changes</source>
        <translation>Importando cambios</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>No se cambió nada: {reason}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de paso</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Detenido. No se cambió nada.</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>El archivo está incompleto: no se copió entero.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made.</source>
        <translation>El archivo se cambió o se dañó después de crearse.</translation>
    </message>
    <message>
        <source>The file will be locked with these words (change them if you like). Give them to the person who imports it, separately from the file.</source>
        <translation>El archivo se cerrará con estas palabras (puede cambiarlas). Déselas a la persona que lo importe, aparte del archivo.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file: check the words and try again.</source>
        <translation>La frase de paso no abre este archivo: compruebe las palabras y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This file holds changes of another group.</source>
        <translation>Este archivo contiene cambios de otro grupo.</translation>
    </message>
    <message>
        <source>This is not a RuralDesk hand-over file.</source>
        <translation>No es un archivo de traspaso de RuralDesk.</translation>
    </message>
    <message>
        <source>Type the words the file was locked with.</source>
        <translation>Escriba las palabras con las que se cerró el archivo.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About RuralDesk</source>
        <translation>Acerca de RuralDesk</translation>
    </message>
    <message>
        <source>An offline-first organiser of practices, contacts and tools for rural social-economy groups: village associations, cooperatives, social enterprises, third places and the authorities that work with them.</source>
        <translation>Un organizador que funciona primero sin conexión, para las prácticas, los contactos y las herramientas de los grupos rurales de economía social: asociaciones vecinales, cooperativas, empresas sociales, terceros lugares y las administraciones que trabajan con ellos.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
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
        <translation>Guía de uso de RuralDesk</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of RuralDesk. It is online at {url}</source>
        <translation>La guía de uso no está instalada con esta copia de RuralDesk. Está en línea en {url}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Espacio de trabajo:</translation>
    </message>
</context>
<context>
    <name>IO</name>
    <message>
        <source>Comments on {title}</source>
        <translation>Comentarios sobre {title}</translation>
    </message>
    <message>
        <source>DejaVu Sans is not installed: the PDF uses Helvetica, which cannot print letters outside Western Europe (Polish, Greek…); install fonts-dejavu</source>
        <translation>DejaVu Sans no está instalada: el PDF usa Helvetica, que no puede imprimir letras de fuera de Europa occidental (polaco, griego…); instale fonts-dejavu</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Debate</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Exportación de Google Contactos</translation>
    </message>
    <message>
        <source>Google Contacts export (Outlook CSV)</source>
        <translation>Exportación de Google Contactos (CSV de Outlook)</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Oculto por un coordinador: {reason}</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Exportación de Outlook</translation>
    </message>
    <message>
        <source>Phone ({type}): {number}</source>
        <translation>Teléfono ({type}): {number}</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Mensaje eliminado</translation>
    </message>
    <message>
        <source>Posts: {count}</source>
        <translation>Mensajes: {count}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Región: {region}</translation>
    </message>
    <message>
        <source>Started by {name}, {when}</source>
        <translation>Iniciado por {name}, {when}</translation>
    </message>
    <message>
        <source>Thunderbird address book export</source>
        <translation>Exportación de la libreta de direcciones de Thunderbird</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Retirado por su autor.</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>una imagen GIF</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <source>a PDF document, not a table or an address book</source>
        <translation>un documento PDF, no una tabla ni una libreta de direcciones</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>una imagen PNG</translation>
    </message>
    <message>
        <source>a Windows program, not a data file</source>
        <translation>un programa de Windows, no un archivo de datos</translation>
    </message>
    <message>
        <source>a ZIP archive (an .xlsx or .ods spreadsheet?); save it as CSV from the spreadsheet first</source>
        <translation>un archivo ZIP (¿una hoja de cálculo .xlsx u .ods?); guárdela primero como CSV desde la hoja de cálculo</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un archivo</translation>
    </message>
    <message>
        <source>a gzip-compressed file; uncompress it first</source>
        <translation>un archivo comprimido con gzip; descomprímalo primero</translation>
    </message>
    <message>
        <source>a program, not a data file</source>
        <translation>un programa, no un archivo de datos</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed</source>
        <translation>unas comillas (&quot;) de esta fila nunca se cierran</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed on its line</source>
        <translation>unas comillas (&quot;) de esta fila nunca se cierran en su línea</translation>
    </message>
    <message>
        <source>a quoted cell has text after its closing quote and the row does not have as many cells as the header</source>
        <translation>una celda entre comillas tiene texto tras las comillas de cierre y la fila no tiene tantas celdas como la cabecera</translation>
    </message>
    <message>
        <source>a second address is not imported (only one address is kept)</source>
        <translation>no se importa una segunda dirección (solo se conserva una)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>una tabla</translation>
    </message>
    <message>
        <source>a vCard file</source>
        <translation>un archivo vCard</translation>
    </message>
    <message>
        <source>address country not recognised</source>
        <translation>país de la dirección no reconocido</translation>
    </message>
    <message>
        <source>an SQLite database (to bring back a whole workspace use restore)</source>
        <translation>una base de datos SQLite (para recuperar todo un espacio de trabajo use la restauración)</translation>
    </message>
    <message>
        <source>an alternative (ALTID {altid}) of a value already kept</source>
        <translation>una alternativa (ALTID {altid}) de un valor ya conservado</translation>
    </message>
    <message>
        <source>an old Office document (.xls or .doc); save it as CSV from the spreadsheet first</source>
        <translation>un documento antiguo de Office (.xls o .doc); guárdelo primero como CSV desde la hoja de cálculo</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>no se puede leer {name}: {reason}</translation>
    </message>
    <message>
        <source>category is not a theme of this workspace</source>
        <translation>la categoría no es un tema de este espacio de trabajo</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>columna {number}</translation>
    </message>
    <message>
        <source>edited {when}</source>
        <translation>editado {when}</translation>
    </message>
    <message>
        <source>group “{group}” is not a theme of this workspace; not imported</source>
        <translation>el grupo «{group}» no es un tema de este espacio; no importado</translation>
    </message>
    <message>
        <source>has {cells} cells but the header names {columns} columns; the extra cells would be lost</source>
        <translation>tiene {cells} celdas pero el encabezado nombra {columns} columnas; las celdas de más se perderían</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>en respuesta a {name}</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list (“{file}”)</source>
        <translation>contiene un archivo que su manifiesto no enumera («{file}»)</translation>
    </message>
    <message>
        <source>it holds the file “{file}” twice</source>
        <translation>contiene dos veces el archivo «{file}»</translation>
    </message>
    <message>
        <source>it lists {count} attachment files, more than the {limit} a backup may hold</source>
        <translation>enumera {count} archivos adjuntos, más de los {limit} que puede contener una copia de seguridad</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the {limit} a restore may write</source>
        <translation>se descomprimiría en {size}, más de los {limit} que puede escribir una restauración</translation>
    </message>
    <message>
        <source>its manifest does not describe the replica file properly</source>
        <translation>su manifiesto no describe correctamente el archivo de la réplica</translation>
    </message>
    <message>
        <source>its manifest does not give its counts properly</source>
        <translation>su manifiesto no indica correctamente sus recuentos</translation>
    </message>
    <message>
        <source>its manifest does not list the attachments properly</source>
        <translation>su manifiesto no enumera correctamente los adjuntos</translation>
    </message>
    <message>
        <source>its manifest is larger than any backup&apos;s</source>
        <translation>su manifiesto es más grande que el de cualquier copia de seguridad</translation>
    </message>
    <message>
        <source>its manifest is not a list of named values</source>
        <translation>su manifiesto no es una lista de valores con nombre</translation>
    </message>
    <message>
        <source>its manifest lists the attachment {file}… twice</source>
        <translation>su manifiesto enumera dos veces el adjunto {file}…</translation>
    </message>
    <message>
        <source>its manifest names an attachment “{file}” that is not a checksum</source>
        <translation>su manifiesto nombra un adjunto «{file}» que no es una suma de comprobación</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>idioma no reconocido</translation>
    </message>
    <message>
        <source>looks like card {number} of this file ({reason})</source>
        <translation>se parece a la tarjeta {number} de este archivo ({reason})</translation>
    </message>
    <message>
        <source>looks like row {number} of this file ({reason})</source>
        <translation>se parece a la fila {number} de este archivo ({reason})</translation>
    </message>
    <message>
        <source>looks like “{title}” already here ({reason})</source>
        <translation>se parece a «{title}», que ya está aquí ({reason})</translation>
    </message>
    <message>
        <source>name prefix not imported</source>
        <translation>prefijo del nombre no importado</translation>
    </message>
    <message>
        <source>name suffix not imported</source>
        <translation>sufijo del nombre no importado</translation>
    </message>
    <message>
        <source>no matching field</source>
        <translation>ningún campo correspondiente</translation>
    </message>
    <message>
        <source>no practice to write (the search or filters match none); {out} was not written</source>
        <translation>ninguna práctica que escribir (la búsqueda o los filtros no encuentran ninguna); {out} no se ha escrito</translation>
    </message>
    <message>
        <source>only one address is kept</source>
        <translation>solo se conserva una dirección</translation>
    </message>
    <message>
        <source>only one name is kept</source>
        <translation>solo se conserva un nombre</translation>
    </message>
    <message>
        <source>only one organisation is kept</source>
        <translation>solo se conserva una organización</translation>
    </message>
    <message>
        <source>only one role is kept</source>
        <translation>solo se conserva un cargo</translation>
    </message>
    <message>
        <source>only one web address is kept</source>
        <translation>solo se conserva una dirección web</translation>
    </message>
    <message>
        <source>phone label not kept (the number is imported)</source>
        <translation>etiqueta del teléfono no conservada (el número se importa)</translation>
    </message>
    <message>
        <source>phone {number} has no country code and no region is set to read it with; kept in the notes (set the workspace&apos;s phone region, or --default-region)</source>
        <translation>el teléfono {number} no tiene prefijo de país y no hay región definida para leerlo; conservado en las notas (defina la región telefónica del espacio o --default-region)</translation>
    </message>
    <message>
        <source>phone {number} written as {written} (numbers without a country code read as {region})</source>
        <translation>teléfono {number} escrito como {written} (los números sin prefijo de país se leen como {region})</translation>
    </message>
    <message>
        <source>region “{region}” is not a NUTS region we know; kept in the notes</source>
        <translation>la región «{region}» no es una región NUTS conocida; conservada en las notas</translation>
    </message>
    <message>
        <source>same e-mail {email}</source>
        <translation>mismo correo {email}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>mismo teléfono {phone}</translation>
    </message>
    <message>
        <source>similar names ({ratio})</source>
        <translation>nombres parecidos ({ratio})</translation>
    </message>
    <message>
        <source>spreadsheet (columns matched by their names)</source>
        <translation>hoja de cálculo (columnas reconocidas por su nombre)</translation>
    </message>
    <message>
        <source>the file name “{file}” points outside the backup</source>
        <translation>el nombre de archivo «{file}» apunta fuera de la copia de seguridad</translation>
    </message>
    <message>
        <source>the last row is cut short (fewer cells than the header and no line end): the file looks truncated</source>
        <translation>la última fila está cortada (menos celdas que el encabezado y sin fin de línea): el archivo parece truncado</translation>
    </message>
    <message>
        <source>the row cannot be read ({error})</source>
        <translation>la fila no se puede leer ({error})</translation>
    </message>
    <message>
        <source>the workspace {path} is not empty ({count} records); restore only into an empty workspace (choose a new one)</source>
        <translation>el espacio de trabajo {path} no está vacío ({count} registros); restaure solo en un espacio de trabajo vacío (elija uno nuevo)</translation>
    </message>
    <message>
        <source>this card was exported from this workspace and the contact is still here (same UID)</source>
        <translation>esta tarjeta se exportó de este espacio de trabajo y el contacto sigue aquí (mismo UID)</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>codificación desconocida {encoding}</translation>
    </message>
    <message>
        <source>{column} ({count} values)</source>
        <translation>{column} ({count} valores)</translation>
    </message>
    <message>
        <source>{name} cannot be restored safely: {reason}; nothing was changed</source>
        <translation>{name} no se puede restaurar con seguridad: {reason}; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line should name the columns)</source>
        <translation>{name} no tiene fila de encabezado (la primera línea debe nombrar las columnas)</translation>
    </message>
    <message>
        <source>{name} holds a damaged replica ({reason})</source>
        <translation>{name} contiene una réplica dañada ({reason})</translation>
    </message>
    <message>
        <source>{name} is UTF-8 except on line {line} (byte {byte}), which is in another encoding: two encodings are mixed in one file; correct that line, or choose the encoding of the whole file</source>
        <translation>{name} está en UTF-8 salvo la línea {line} (byte {byte}), que está en otra codificación: hay dos codificaciones mezcladas; corrija esa línea o elija la codificación de todo el archivo</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes)</source>
        <translation>{name} es un archivo binario, no texto (contiene bytes NUL)</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes, first on line {line})</source>
        <translation>{name} es un archivo binario, no texto (contiene bytes NUL, el primero en la línea {line})</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason})</source>
        <translation>{name} está dañado ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: attachment {file}… does not match its checksum</source>
        <translation>{name} está dañado: el adjunto {file}… no coincide con su suma de comprobación</translation>
    </message>
    <message>
        <source>{name} is damaged: the replica inside does not match its checksum</source>
        <translation>{name} está dañado: la réplica que contiene no coincide con su suma de comprobación</translation>
    </message>
    <message>
        <source>{name} is damaged: “{file}” is shorter than its manifest says</source>
        <translation>{name} está dañado: «{file}» es más corto de lo que indica su manifiesto</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} está vacío</translation>
    </message>
    <message>
        <source>{name} is in no encoding we can read exactly (not UTF-8, UTF-16, a Windows or ISO 8859 code page, or Shift-JIS); save it again as UTF-8</source>
        <translation>{name} no está en ninguna codificación que sepamos leer con exactitud (ni UTF-8, ni UTF-16, ni una página de códigos Windows o ISO 8859, ni Shift-JIS); guárdelo de nuevo en UTF-8</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} files are missing (first: {first})</source>
        <translation>{name} está incompleto: faltan {count} archivos (el primero: {first})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup (not a ZIP file); it may be truncated</source>
        <translation>{name} no es una copia de seguridad de RuralDesk (no es un archivo ZIP); puede estar truncado</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup or is damaged ({reason})</source>
        <translation>{name} no es una copia de seguridad de RuralDesk o está dañado ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk workspace backup</source>
        <translation>{name} no es una copia de seguridad de un espacio de trabajo de RuralDesk</translation>
    </message>
    <message>
        <source>{name} is not a vCard file (it should start with BEGIN:VCARD)</source>
        <translation>{name} no es un archivo vCard (debería empezar por BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} is not a valid vCard file: card {number} is broken ({reason})</source>
        <translation>{name} no es un archivo vCard válido: la tarjeta {number} está dañada ({reason})</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-16 text; it may be truncated or damaged</source>
        <translation>{name} no es texto UTF-16 válido; puede estar truncado o dañado</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-32 text; it may be truncated or damaged</source>
        <translation>{name} no es un texto UTF-32 válido; puede estar truncado o dañado</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8</source>
        <translation>{name} no es texto {encoding} después de todo (byte {byte}); guárdelo de nuevo como UTF-8</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text: line {line} holds bytes it cannot read (byte {byte}); choose another encoding</source>
        <translation>{name} no es texto {encoding}: la línea {line} contiene bytes que no se pueden leer así (byte {byte}); elija otra codificación</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} {what} may be; split it into smaller files</source>
        <translation>{name} ocupa {size}, más de los {limit} que puede ocupar {what}; divídalo en archivos más pequeños</translation>
    </message>
    <message>
        <source>{name} is {what}</source>
        <translation>{name} es {what}</translation>
    </message>
    <message>
        <source>{name} needs {size} of free disk space and only {free} is free; nothing was changed</source>
        <translation>{name} necesita {size} de espacio libre en disco y solo hay {free} libres; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>{name} starts as UTF-8 but line {line} holds bytes that are not UTF-8 (byte {byte}); it may be damaged — save it again as UTF-8</source>
        <translation>{name} empieza en UTF-8 pero la línea {line} tiene bytes que no son UTF-8 (byte {byte}); puede estar dañado — guárdelo de nuevo en UTF-8</translation>
    </message>
    <message>
        <source>{name} was made by a newer RuralDesk (backup format {version}); update RuralDesk to restore it</source>
        <translation>{name} se creó con un RuralDesk más reciente (formato de copia {version}); actualice RuralDesk para restaurarlo</translation>
    </message>
    <message>
        <source>{name}, line {line}: a quoted cell has text after its closing quote ({error})</source>
        <translation>{name}, línea {line}: una celda entre comillas tiene texto después de la comilla de cierre ({error})</translation>
    </message>
    <message>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}, línea {line}: {error}</translation>
    </message>
    <message>
        <source>{name}: a quote (&quot;) opened near line {line} is never closed; the file looks truncated or damaged</source>
        <translation>{name}: una comilla (&quot;) abierta cerca de la línea {line} nunca se cierra; el archivo parece truncado o dañado</translation>
    </message>
    <message>
        <source>{name}: card {number} is never closed (END:VCARD is missing); the file looks truncated</source>
        <translation>{name}: la tarjeta {number} nunca se cierra (falta END:VCARD); el archivo parece truncado</translation>
    </message>
    <message>
        <source>{name}: the encoding is not certain, the file reads differently as {shown}; choose one (for example --encoding {first})</source>
        <translation>{name}: la codificación no es segura, el archivo se lee distinto como {shown}; elija una (por ejemplo --encoding {first})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); restore into a new workspace</source>
        <translation>no se puede leer {path} ({reason}); restaure en un espacio de trabajo nuevo</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} no existe</translation>
    </message>
    <message>
        <source>{path} is a folder, not {what}</source>
        <translation>{path} es una carpeta, no {what}</translation>
    </message>
    <message>
        <source>{path} is not an empty workspace</source>
        <translation>{path} no es un espacio de trabajo vacío</translation>
    </message>
    <message>
        <source>{property} not imported: {why}</source>
        <translation>{property} no importado: {why}</translation>
    </message>
    <message>
        <source>{where}: {count} characters in a script the font cannot show ({scripts}) were left out of the PDF</source>
        <translation>{where}: se omitieron del PDF {count} caracteres de una escritura que la fuente no puede mostrar ({scripts})</translation>
    </message>
    <message>
        <source>“{file}” claims a size its compressed data cannot have (a zip bomb?)</source>
        <translation>«{file}» declara un tamaño que sus datos comprimidos no pueden tener (¿una bomba ZIP?)</translation>
    </message>
    <message>
        <source>“{file}” is a link or a folder, not a file</source>
        <translation>«{file}» es un enlace o una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>“{file}” is encrypted or compressed in a way RuralDesk does not write</source>
        <translation>«{file}» está cifrado o comprimido de una forma que RuralDesk no escribe</translation>
    </message>
    <message>
        <source>“{file}” is not the size its manifest says</source>
        <translation>«{file}» no tiene el tamaño que indica su manifiesto</translation>
    </message>
    <message>
        <source>“{file}” unpacks to more than its declared size (a zip bomb?)</source>
        <translation>«{file}» se descomprime en más de su tamaño declarado (¿una bomba ZIP?)</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number we can read; kept in the notes</source>
        <translation>«{number}» no es un número de teléfono legible; conservado en las notas</translation>
    </message>
    <message>
        <source>“{value}” is not a country (use a name or an ISO 3166 code such as PT)</source>
        <translation>«{value}» no es un país (use un nombre o un código ISO 3166 como PT)</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>«{value}» no es una fecha (use AAAA-MM-DD o DD/MM/AAAA)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use a name or an ISO 639 code such as fr)</source>
        <translation>«{value}» no es un idioma (use un nombre o un código ISO 639 como fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use an ISO 639 code such as fr)</source>
        <translation>«{value}» no es un idioma (use un código ISO 639 como fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>«{value}» no es un número</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>“{value}” no es un identificador de ficha</translation>
    </message>
    <message>
        <source>“{value}” is not a theme of this workspace</source>
        <translation>«{value}» no es un tema de este espacio de trabajo</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>«{value}» no es un número entero</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>“{value}” no es uno de estos valores: {choices}</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Cualquier país</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Cualquier región</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Cualquier tema</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Borrar los filtros</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
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
        <translation>En la papelera: {count}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>List summary</source>
        <translation>Resumen de la lista</translation>
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
        <translation>Región</translation>
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
        <translation>Guardar búsqueda…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Guardar esta búsqueda</translation>
    </message>
    <message>
        <source>Selected: {count}</source>
        <translation>Seleccionadas: {count}</translation>
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
        <translation>Escribe para buscar prácticas, contactos, herramientas y temas.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About RuralDesk</source>
        <translation>&amp;Acerca de RuralDesk</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Adjuntar archivos…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Columnas…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation>&amp;Copiar información de diagnóstico</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Vincular con…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Paste as attachment</source>
        <translation>&amp;Pegar como adjunto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Ficha</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronización</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Añadir una ficha a la lista mostrada</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>Se ha añadido “{title}”</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Attached: {count}</source>
        <translation>Adjuntados: {count}</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>El adjunto aún no está aquí</translation>
    </message>
    <message>
        <source>Bring the selected records back from the trash</source>
        <translation>Recuperar de la papelera las fichas seleccionadas</translation>
    </message>
    <message>
        <source>Changes waiting to be shared</source>
        <translation>Cambios pendientes de compartir</translation>
    </message>
    <message>
        <source>Changes waiting to be shared: {count}</source>
        <translation>Cambios pendientes de compartir: {count}</translation>
    </message>
    <message>
        <source>Choose a practice or a tool to attach files to.</source>
        <translation>Elige una práctica o una herramienta a la que adjuntar archivos.</translation>
    </message>
    <message>
        <source>Copy files into the workspace and attach them</source>
        <translation>Copiar archivos al espacio de trabajo y adjuntarlos</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>No se ha podido adjuntar</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se ha podido guardar</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Eliminar la búsqueda guardada</translation>
    </message>
    <message>
        <source>Diagnostic information copied. Paste it into your message to the person helping you; it holds no names or contents.</source>
        <translation>Información de diagnóstico copiada. Pégala en tu mensaje a la persona que te ayuda; no contiene nombres ni contenidos.</translation>
    </message>
    <message>
        <source>Edit the record shown</source>
        <translation>Editar la ficha mostrada</translation>
    </message>
    <message>
        <source>Empty the &amp;trash…</source>
        <translation>Vaciar la &amp;papelera…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Vaciar la papelera</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Vaciando la papelera</translation>
    </message>
    <message>
        <source>Erase everything in the trash from this computer? This cannot be undone.</source>
        <translation>¿Borrar de este ordenador todo lo que hay en la papelera? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Erased from this computer: {count}</source>
        <translation>Borradas de este ordenador: {count}</translation>
    </message>
    <message>
        <source>For a support request: versions and sizes, never names or contents</source>
        <translation>Para pedir ayuda: versiones y tamaños, nunca nombres ni contenidos</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Ir a la &amp;lista</translation>
    </message>
    <message>
        <source>Link this record to contacts, tools or practices</source>
        <translation>Vincular esta ficha con contactos, herramientas o prácticas</translation>
    </message>
    <message>
        <source>Link “{title}” to…</source>
        <translation>Vincular “{title}” con…</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>Mover las fichas seleccionadas a la papelera</translation>
    </message>
    <message>
        <source>Moved to the trash: {count}. Undo with Ctrl+Z.</source>
        <translation>Movidas a la papelera: {count}. Deshaz con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>set by the sync UI: fetch_attachment(sha256, then) downloads a file kept on the server</extracomment>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>No changes waiting to be shared</source>
        <translation>No hay cambios pendientes de compartir</translation>
    </message>
    <message>
        <source>No saved searches yet. Type in the search box, then choose Save search under the filters.</source>
        <translation>Aún no hay búsquedas guardadas. Escriba en el cuadro de búsqueda y elija Guardar búsqueda bajo los filtros.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
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
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <source>Saved the search “{name}”</source>
        <translation>Se ha guardado la búsqueda “{name}”</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>Se ha guardado “{title}”</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <extracomment>the middle pane: the list, or a view another module adds for a navigation node</extracomment>
        <translation>Buscar en todo (Ctrl+K)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Mostrar la carpeta del &amp;registro</translation>
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
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Esa ficha ya no existe.</translation>
    </message>
    <message>
        <source>The clipboard holds no file or picture to attach.</source>
        <translation>El portapapeles no contiene ningún archivo ni imagen para adjuntar.</translation>
    </message>
    <message>
        <source>This file is not on this computer yet. It arrives with the next sync.</source>
        <translation>Este archivo aún no está en este ordenador. Llegará con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Debates</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Encontrado en</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <extracomment>the review list is a coordinator&apos;s (ui/review.py): whatsnew sets it from the member&apos;s role</extracomment>
        <translation>Novedades</translation>
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
            <numerusform>%n contacto modificado</numerusform>
            <numerusform>%n contactos modificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed practices</source>
        <translation>
            <numerusform>%n práctica modificada</numerusform>
            <numerusform>%n prácticas modificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed tools</source>
        <translation>
            <numerusform>%n herramienta modificada</numerusform>
            <numerusform>%n herramientas modificadas</numerusform>
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
            <numerusform>%n mensaje editado</numerusform>
            <numerusform>%n mensajes editados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n contacto nuevo</numerusform>
            <numerusform>%n contactos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new posts</source>
        <translation>
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new practices</source>
        <translation>
            <numerusform>%n práctica nueva</numerusform>
            <numerusform>%n prácticas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tools</source>
        <translation>
            <numerusform>%n herramienta nueva</numerusform>
            <numerusform>%n herramientas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices</source>
        <translation>
            <numerusform>%n práctica</numerusform>
            <numerusform>%n prácticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records shared by others since your last review.</source>
        <translation>
            <numerusform>%n registro compartido por otros desde tu última revisión.</numerusform>
            <numerusform>%n registros compartidos por otros desde tu última revisión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n herramienta</numerusform>
            <numerusform>%n herramientas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Attach files: {count}</source>
        <translation>Adjuntar archivos: {count}</translation>
    </message>
    <message>
        <source>Could not undo or redo: {error}</source>
        <extracomment>a write: runs on the writer thread, returns what changed and a value for on_done</extracomment>
        <translation>No se ha podido deshacer ni rehacer: {error}</translation>
    </message>
    <message>
        <source>Create {title}</source>
        <translation>Crear “{title}”</translation>
    </message>
    <message>
        <source>Delete records: {count}</source>
        <translation>Eliminar fichas: {count}</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Eliminar “{title}”</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Editar “{title}”</translation>
    </message>
    <message>
        <source>Link {title}</source>
        <translation>Vincular “{title}”</translation>
    </message>
    <message>
        <source>Not undone: {fields} of “{title}” changed since, by someone else (it arrived with the last sync). Their value stays; edit it by hand if yours should win.</source>
        <translation>No se deshizo: {fields} de «{title}» lo cambió otra persona después (llegó con la última sincronización). Su valor se queda; edítelo a mano si el suyo debe prevalecer.</translation>
    </message>
    <message>
        <source>Not undone: “{title}” was moved to or from the trash by someone else since (it arrived with the last sync). It stays as it is.</source>
        <translation>No se deshizo: otra persona movió «{title}» a la papelera o lo recuperó después (llegó con la última sincronización). Se queda como está.</translation>
    </message>
    <message>
        <source>Remove attachment {name}</source>
        <translation>Quitar el adjunto {name}</translation>
    </message>
    <message>
        <source>Restore records: {count}</source>
        <translation>Restaurar fichas: {count}</translation>
    </message>
    <message>
        <source>Restore {title}</source>
        <translation>Restaurar “{title}”</translation>
    </message>
    <message>
        <source>Unlink from {title}</source>
        <translation>Desvincular de “{title}”</translation>
    </message>
</context>
<context>
    <name>PeerSync</name>
    <message>
        <source>&amp;Computers offering sync nearby:</source>
        <translation>&amp;Equipos cercanos que ofrecen sincronización:</translation>
    </message>
    <message>
        <source>&amp;Offer sync to a nearby computer…</source>
        <translation>Ofrecer sincronización a un equipo c&amp;ercano…</translation>
    </message>
    <message>
        <source>Address of this computer</source>
        <translation>Dirección de este equipo</translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation>Co&amp;nectar y sincronizar</translation>
    </message>
    <message>
        <source>Choose a computer from the list, or type its address as shown on it (for example 192.168.1.20:40123).</source>
        <translation>Elija un equipo de la lista o escriba su dirección tal como aparece en él (por ejemplo 192.168.1.20:40123).</translation>
    </message>
    <message>
        <source>Choose the computer that offers sync (Sync → Offer sync to a nearby computer… on it) and type the code it shows.</source>
        <translation>Elija el equipo que ofrece la sincronización (Sincronización → Ofrecer sincronización a un equipo cercano… en él) y escriba el código que muestra.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>If this computer is not listed there, connect by address: {address}</source>
        <translation>Si este equipo no aparece allí, conéctese por dirección: {address}</translation>
    </message>
    <message>
        <source>Let a computer of your group on the same network sync with this one, without the server or the internet</source>
        <translation>Permitir que un equipo de su grupo en la misma red se sincronice con este, sin servidor ni internet</translation>
    </message>
    <message>
        <source>Looking for computers of your group on this network…</source>
        <translation>Buscando equipos de su grupo en esta red…</translation>
    </message>
    <message>
        <source>Offer sync to a nearby computer</source>
        <translation>Ofrecer sincronización a un equipo cercano</translation>
    </message>
    <message>
        <source>On the other computer (same Wi-Fi or phone hotspot, same group), choose Sync → Sync with a nearby computer…, pick this computer and type this code:</source>
        <translation>En el otro equipo (misma wifi o punto de acceso del móvil, mismo grupo), elija Sincronización → Sincronizar con un equipo cercano…, seleccione este equipo y escriba este código:</translation>
    </message>
    <message>
        <source>Or connect by &amp;address:</source>
        <translation>O conectar por &amp;dirección:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>Código de empa&amp;rejamiento:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Código de emparejamiento</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-applied.</source>
        <translation>Detenido. No se aplicó nada a medias.</translation>
    </message>
    <message>
        <source>Sync with a &amp;nearby computer…</source>
        <translation>Sincronizar con un equipo ce&amp;rcano…</translation>
    </message>
    <message>
        <source>Sync with a computer of your group that offers it on the same network</source>
        <translation>Sincronizar con un equipo de su grupo que lo ofrece en la misma red</translation>
    </message>
    <message>
        <source>Sync with a nearby computer</source>
        <translation>Sincronizar con un equipo cercano</translation>
    </message>
    <message>
        <source>Synced with “{name}”: {received} changes received, {sent} sent.</source>
        <translation>Sincronizado con «{name}»: {received} cambios recibidos, {sent} enviados.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed.</source>
        <translation>Ese no es el código que muestra el otro equipo; no se cambió nada.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed. Tries left: {count}.</source>
        <translation>Ese no es el código que muestra el otro equipo; no se cambió nada. Intentos restantes: {count}.</translation>
    </message>
    <message>
        <source>The code has six digits, as shown on the other computer.</source>
        <translation>El código tiene seis cifras, tal como aparece en el otro equipo.</translation>
    </message>
    <message>
        <source>The connection to the other computer was lost ({reason}). Nothing was half-applied; try again.</source>
        <translation>Se perdió la conexión con el otro equipo ({reason}). No se aplicó nada a medias; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The connection was lost before the end; nothing was half-applied. Still waiting for a computer of your group…</source>
        <translation>Se perdió la conexión antes del final; no se aplicó nada a medias. Sigue esperando a un equipo de su grupo…</translation>
    </message>
    <message>
        <source>The other computer answered in a way this version does not understand ({reason}). Nothing was changed.</source>
        <translation>El otro equipo respondió de una forma que esta versión no entiende ({reason}). No se cambió nada.</translation>
    </message>
    <message>
        <source>The other computer belongs to another group; only computers of the same group can sync. Nothing was changed.</source>
        <translation>El otro equipo pertenece a otro grupo; solo los equipos del mismo grupo pueden sincronizarse. No se cambió nada.</translation>
    </message>
    <message>
        <source>The other computer stopped its offer after too many wrong codes. Ask for a new offer there; nothing was changed.</source>
        <translation>El otro equipo retiró su oferta tras demasiados códigos erróneos. Pida allí una nueva oferta; no se cambió nada.</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: on the other computer, connect by address: {address}</source>
        <translation>Esta red no permite que los equipos se encuentren: en el otro equipo, conéctese por dirección: {address}</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: type the address shown on the other computer.</source>
        <translation>Esta red no permite que los equipos se encuentren: escriba la dirección que aparece en el otro equipo.</translation>
    </message>
    <message>
        <source>This workspace is not part of a group yet. Set up sync with your group server once (Sync → Set up sync…); after that it can sync with nearby computers too.</source>
        <translation>Este espacio de trabajo aún no forma parte de un grupo. Configure una vez la sincronización con el servidor de su grupo (Sincronización → Configurar la sincronización…); después podrá sincronizarse también con equipos cercanos.</translation>
    </message>
    <message>
        <source>Waiting for a computer of your group…</source>
        <translation>Esperando a un equipo de su grupo…</translation>
    </message>
    <message>
        <source>{count} are kept until your next sync with the server, which knows the computer that signed them.</source>
        <translation>{count} se guardan hasta su próxima sincronización con el servidor, que conoce el equipo que los firmó.</translation>
    </message>
    <message>
        <source>{count} were refused (their signature did not check out).</source>
        <translation>{count} se rechazaron (su firma no era válida).</translation>
    </message>
    <message>
        <source>“{name}” belongs to another group; it cannot sync with this computer. Still waiting…</source>
        <translation>«{name}» pertenece a otro grupo; no puede sincronizarse con este equipo. Sigue esperando…</translation>
    </message>
    <message>
        <source>“{name}” connected; checking the code…</source>
        <translation>«{name}» se ha conectado; comprobando el código…</translation>
    </message>
    <message>
        <source>“{name}” typed a wrong code; nothing was changed. Tries left: {count}.</source>
        <translation>«{name}» escribió un código erróneo; no se cambió nada. Intentos restantes: {count}.</translation>
    </message>
    <message>
        <source>“{name}” typed the right code; syncing…</source>
        <translation>«{name}» escribió el código correcto; sincronizando…</translation>
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
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
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
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Interrumpir</translation>
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
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o a todo</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Guardar todo</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Sí a &amp;todo</translation>
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
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar la &amp;dirección del enlace</translation>
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
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Mark all as reviewed</source>
        <translation>&amp;Marcar todo como revisado</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>few columns: the pane beside the record is narrow at 150 % (the type is in the tool tip)</extracomment>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Añadir una &amp;nota…</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>Elige primero un registro de la lista.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Nothing to review: everything others shared has been reviewed.</source>
        <translation>Nada que revisar: todo lo que otros compartieron está revisado.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Nota de revisión</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: {note}</source>
        <translation>Nota de revisión: {note}</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Compartido por</translation>
    </message>
    <message>
        <source>Shared records to review</source>
        <translation>Registros compartidos por revisar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>Write a reviewer&apos;s note on the chosen record</source>
        <translation>Escribir una nota de revisión sobre el registro elegido</translation>
    </message>
    <message>
        <source>Your note on “{title}” travels with the record to everyone in the group. Only coordinators can write it.</source>
        <translation>Tu nota sobre «{title}» viaja con el registro a todo el grupo. Solo quien coordina puede escribirla.</translation>
    </message>
    <message>
        <source>{type}, last changed {when}</source>
        <translation>{type}, modificado {when}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Could not load demo data: {error}</source>
        <translation>No se han podido cargar los datos de demostración: {error}</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Datos de demostración cargados.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <extracomment>startup.Opened: the replica and the lock that goes with it (set by ruraldesk.app); switch_workspace() replaces both</extracomment>
        <translation>Cargando datos de demostración</translation>
    </message>
    <message>
        <source>Stopped loading demo data; what was loaded stays.</source>
        <translation>Se ha detenido la carga de datos de demostración; lo ya cargado se conserva.</translation>
    </message>
    <message>
        <source>The new data folder is used from the next start.</source>
        <translation>La nueva carpeta de datos se usará a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Another RuralDesk window is already working on this workspace ({path}). Switch to that window, or close it and try again.</source>
        <translation>Otra ventana de RuralDesk ya está usando este espacio de trabajo ({path}). Cambia a esa ventana, o ciérrala y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Choose a folder for your workspace</source>
        <translation>Elige una carpeta para tu espacio de trabajo</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Elegir otra carpeta…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Only {free} MB are free where your workspace is kept ({path}). RuralDesk may not be able to save your changes. Free some space (empty the computer&apos;s trash, remove large files), then continue.</source>
        <translation>Solo quedan {free} MB libres donde se guarda tu espacio de trabajo ({path}). Puede que RuralDesk no consiga guardar tus cambios. Libera espacio (vacía la papelera del ordenador, elimina archivos grandes) y luego continúa.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>RuralDesk is already open</source>
        <translation>RuralDesk ya está abierto</translation>
    </message>
    <message>
        <source>RuralDesk keeps your workspace in {folder}, but cannot write there ({reason}). Choose another folder you can write to, such as one in your documents.</source>
        <translation>RuralDesk guarda tu espacio de trabajo en {folder}, pero no puede escribir allí ({reason}). Elige otra carpeta en la que puedas escribir, por ejemplo una de tus documentos.</translation>
    </message>
    <message>
        <source>Show the backups</source>
        <translation>Mostrar las copias de seguridad</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <extracomment>below this much free space a warning comes before anything is written</extracomment>
        <translation>No se puede usar la carpeta de datos</translation>
    </message>
    <message>
        <source>The disk is almost full</source>
        <translation>El disco está casi lleno</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder you can write to.</source>
        <translation>La carpeta {folder} es de solo lectura. Elige otra carpeta en la que puedas escribir.</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>{problem}

RuralDesk keeps automatic backups of your workspace in {backups}. You can restore one by copying it over the damaged file.</source>
        <translation>{problem}

RuralDesk guarda copias de seguridad automáticas de tu espacio de trabajo en {backups}. Puedes restaurar una copiándola encima del archivo dañado.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>C&amp;onflictos…</translation>
    </message>
    <message>
        <source>&amp;Disconnect from the server…</source>
        <translation>Desco&amp;nectar del servidor…</translation>
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
        <translation>Código de &amp;invitación:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>passed on to the Transport (tests shorten the back-off) seconds the first question to the server may take, retries included callables(report) run on the UI thread after a sync that finished (ui/whatsnew.py)</extracomment>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>El adjunto aún no está aquí</translation>
    </message>
    <message>
        <source>Attachment not on the server</source>
        <translation>El adjunto no está en el servidor</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Cambios pendientes: {count}</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Comprobar y guardar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Conflictos: {count}</translation>
    </message>
    <message>
        <source>Connected. Your token is kept in {where}.</source>
        <translation>Conectado. Tu token se guarda en {where}.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Comprobación de la conexión</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>No se ha podido descargar</translation>
    </message>
    <message>
        <source>Could not keep the token: {error}</source>
        <translation>No se ha podido guardar el token: {error}</translation>
    </message>
    <message>
        <source>Disconnect from the server</source>
        <translation>Desconectar del servidor</translation>
    </message>
    <message>
        <source>Downloading the attachment</source>
        <translation>Descargando el adjunto</translation>
    </message>
    <message>
        <source>Enter the server address (starting with https://) and the group.</source>
        <translation>Introduce la dirección del servidor (empieza por https://) y el grupo.</translation>
    </message>
    <message>
        <source>Enter the token your coordinator gave you.</source>
        <translation>Introduce el token que te dio la persona coordinadora.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer. Use Sync → Set up sync… to share it with your group.</source>
        <translation>Todo está guardado en este ordenador. Usa Sincronización → Configurar la sincronización… para compartirlo con tu grupo.</translation>
    </message>
    <message>
        <source>Group “{group}” at {url}</source>
        <translation>Grupo “{group}” en {url}</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Código de invitación</translation>
    </message>
    <message>
        <source>Joining the group…</source>
        <translation>Uniéndose al grupo…</translation>
    </message>
    <message>
        <source>Large change from the server</source>
        <translation>Cambio grande desde el servidor</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>No guardado: {why}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflictos pendientes</translation>
    </message>
    <message>
        <source>Or, with a personal token:</source>
        <translation>O bien, con un token personal:</translation>
    </message>
    <message>
        <source>Paste the invitation code your coordinator sent you: it holds the server&apos;s address and the group. With a personal token instead, leave it empty and fill in the fields below. The token is kept in the system&apos;s password store when there is one, otherwise in a file only you can read.</source>
        <translation>Pegue el código de invitación que le envió su coordinador: contiene la dirección del servidor y el grupo. Con un token personal, déjelo vacío y rellene los campos de abajo. El token se guarda en el almacén de contraseñas del sistema si lo hay; si no, en un archivo que solo usted puede leer.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolver…</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>&amp;Dejar de sincronizar</translation>
    </message>
    <message>
        <source>Send your changes to the group server and get everyone else&apos;s</source>
        <translation>Enviar tus cambios al servidor del grupo y recibir los de los demás</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation>&amp;Configurar la sincronización…</translation>
    </message>
    <message>
        <source>Set up sync</source>
        <translation>Configurar la sincronización</translation>
    </message>
    <message>
        <source>Stop syncing this workspace with the group server? Your records stay on this computer; changes not yet sent stay waiting. You can set up sync again later.</source>
        <translation>¿Dejar de sincronizar este espacio de trabajo con el servidor del grupo? Tus fichas se quedan en este ordenador; los cambios aún no enviados siguen pendientes. Puedes volver a configurar la sincronización más adelante.</translation>
    </message>
    <message>
        <source>Syncing… {stage}</source>
        <translation>Sincronizando… {stage}</translation>
    </message>
    <message>
        <source>The group server does not have this file yet: the person who attached it has not synced since.</source>
        <translation>El servidor del grupo aún no tiene este archivo: la persona que lo adjuntó no ha sincronizado desde entonces.</translation>
    </message>
    <message>
        <source>The group server refused a change to this record ({fields}).</source>
        <translation>El servidor del grupo rechazó un cambio en este registro ({fields}).</translation>
    </message>
    <message>
        <source>The group server&apos;s changes would move {deletes} records to the trash, erase {erasures} and change {overwrites} — {total} of your {records} records ({share}).

This can be right (someone tidied up the shared records) or a mistake. Apply these changes now?</source>
        <translation>Los cambios del servidor del grupo moverían {deletes} fichas a la papelera, borrarían {erasures} y modificarían {overwrites}: {total} de tus {records} fichas ({share}).

Puede ser correcto (alguien ha ordenado las fichas compartidas) o un error. ¿Aplicar estos cambios ahora?</translation>
    </message>
    <message>
        <source>The group&apos;s members; for coordinators, invitations, roles and people&apos;s data requests</source>
        <translation>Los miembros del grupo; para los coordinadores, invitaciones, roles y solicitudes sobre datos personales</translation>
    </message>
    <message>
        <source>This file is not on this computer, and this workspace is not connected to a group server.</source>
        <translation>Este archivo no está en este ordenador y este espacio de trabajo no está conectado a ningún servidor de grupo.</translation>
    </message>
    <message>
        <source>This record is in conflict ({fields}): two people changed it at once.</source>
        <translation>Este registro está en conflicto ({fields}): dos personas lo cambiaron a la vez.</translation>
    </message>
    <message>
        <source>This workspace holds demo data. Demo data is fictional and never leaves this computer, so it cannot be shared with your group.

Use a new, empty workspace for your group&apos;s records? The demo workspace stays as it is.</source>
        <translation>Este espacio de trabajo contiene datos de demostración. Son ficticios y nunca salen de este ordenador, así que no pueden compartirse con su grupo.

¿Usar un espacio de trabajo nuevo y vacío para los registros de su grupo? El espacio de demostración se queda como está.</translation>
    </message>
    <message>
        <source>Up to date · {when}</source>
        <translation>Al día · {when}</translation>
    </message>
    <message>
        <source>Working offline: no group server connected</source>
        <translation>Sin conexión: ningún servidor de grupo conectado</translation>
    </message>
    <message>
        <source>You are now in the new, empty workspace “{name}”. The demo workspace stays as it is.</source>
        <translation>Ahora está en el nuevo espacio de trabajo vacío «{name}». El espacio de demostración queda como está.</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>un archivo que solo tú puedes leer ({path})</translation>
    </message>
    <message>
        <source>checking the server</source>
        <translation>comprobando el servidor</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>no se pudo contactar con el servidor</translation>
    </message>
    <message>
        <source>could not reach the server: {reason}</source>
        <translation>no se pudo contactar con el servidor: {reason}</translation>
    </message>
    <message>
        <source>enter a new token under Sync → Set up sync…</source>
        <translation>introduzca un token nuevo en Sincronizar → Configurar la sincronización…</translation>
    </message>
    <message>
        <source>kept from before; type to replace it</source>
        <translation>guardado de antes; escribe para sustituirlo</translation>
    </message>
    <message>
        <source>last synced at {time}</source>
        <translation>última sincronización a las {time}</translation>
    </message>
    <message>
        <source>optional: your name as the group knows it</source>
        <translation>opcional: tu nombre tal como te conoce el grupo</translation>
    </message>
    <message>
        <source>press F5 to try again</source>
        <translation>pulse F5 para volver a intentarlo</translation>
    </message>
    <message>
        <source>receiving attachments</source>
        <translation>recibiendo adjuntos</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>recibiendo cambios</translation>
    </message>
    <message>
        <source>saving what arrived</source>
        <translation>guardando lo recibido</translation>
    </message>
    <message>
        <source>sending attachments</source>
        <translation>enviando adjuntos</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>enviando cambios</translation>
    </message>
    <message>
        <source>set up sync in a new, empty workspace</source>
        <translation>configure la sincronización en un espacio de trabajo nuevo y vacío</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>algo salió mal</translation>
    </message>
    <message>
        <source>something went wrong ({reason}); the details are in the log</source>
        <translation>algo ha fallado ({reason}); los detalles están en el registro</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>deteniendo</translation>
    </message>
    <message>
        <source>the server did not accept this token for this group; check it, or ask your coordinator for a new one</source>
        <translation>el servidor no aceptó este token para este grupo; compruébelo o pida uno nuevo a su coordinador</translation>
    </message>
    <message>
        <source>the server did not accept your token</source>
        <translation>el servidor no aceptó su token</translation>
    </message>
    <message>
        <source>the server did not accept your token; ask your coordinator for a new one and enter it under Sync → Set up sync…</source>
        <translation>el servidor no ha aceptado tu token; pide uno nuevo a la persona coordinadora e introdúcelo en Sincronización → Configurar la sincronización…</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>el servidor rechazó la solicitud</translation>
    </message>
    <message>
        <source>the server refused the request: {reason}</source>
        <translation>el servidor rechazó la solicitud: {reason}</translation>
    </message>
    <message>
        <source>the system&apos;s password store</source>
        <translation>el almacén de contraseñas del sistema</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never leaves this computer; set up sync in a new, empty workspace</source>
        <translation>este espacio de trabajo contiene datos de demostración, que nunca salen de este ordenador; configure la sincronización en un espacio de trabajo nuevo y vacío</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never syncs</source>
        <translation>este espacio de trabajo contiene datos de demostración, que nunca se sincronizan</translation>
    </message>
    <message>
        <source>trying again at {time}</source>
        <translation>nuevo intento a las {time}</translation>
    </message>
    <message>
        <source>you chose not to apply the server&apos;s large change</source>
        <translation>has decidido no aplicar el cambio grande del servidor</translation>
    </message>
    <message>
        <source>you stopped it</source>
        <translation>la has detenido</translation>
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
        <translation>Agroecología</translation>
    </message>
    <message>
        <source>Co-design with authorities</source>
        <translation>Codiseño con las administraciones</translation>
    </message>
    <message>
        <source>Community transport</source>
        <translation>Transporte comunitario</translation>
    </message>
    <message>
        <source>Digital platform cooperatives</source>
        <translation>Cooperativas de plataformas digitales</translation>
    </message>
    <message>
        <source>Education and services</source>
        <translation>Educación y servicios</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Energy communities</source>
        <translation>Comunidades energéticas</translation>
    </message>
    <message>
        <source>Enterprise development and employment</source>
        <translation>Desarrollo empresarial y empleo</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Local entrepreneurship</source>
        <translation>Emprendimiento local</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Movilidad</translation>
    </message>
    <message>
        <source>Policy and legal frameworks</source>
        <translation>Marcos políticos y jurídicos</translation>
    </message>
    <message>
        <source>Short food supply chains</source>
        <translation>Circuitos cortos de alimentación</translation>
    </message>
    <message>
        <source>Social inclusion</source>
        <translation>Inclusión social</translation>
    </message>
    <message>
        <source>Solidarity networks</source>
        <translation>Redes de solidaridad</translation>
    </message>
    <message>
        <source>Sustainable agriculture and food</source>
        <translation>Agricultura y alimentación sostenibles</translation>
    </message>
    <message>
        <source>Work integration</source>
        <translation>Inserción laboral</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>&amp;Back up the workspace to a file…</source>
        <translation>Copia de &amp;seguridad del espacio de trabajo en un archivo…</translation>
    </message>
    <message>
        <source>&amp;Contacts to merge (ticked):</source>
        <translation>&amp;Contactos para fusionar (marcados):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Borrar definitivamente</translation>
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
        <translation>C&amp;onservar:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Abrir contacto</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Abrir la ficha</translation>
    </message>
    <message>
        <source>&amp;Practice sheet…</source>
        <translation>Ficha de &amp;práctica…</translation>
    </message>
    <message>
        <source>&amp;Read it this way</source>
        <translation>&amp;Leerlo así</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Fichas:</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
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
        <translation>(detectado)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(ilegible)</translation>
    </message>
    <message>
        <source>(nothing to compare)</source>
        <translation>(nada que comparar)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} columns</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {size}, columnas: {count}</translation>
    </message>
    <message>
        <source>A .vcf file that address books and phones can read.</source>
        <translation>Un archivo .vcf que pueden leer las libretas de direcciones y los teléfonos.</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty workspace, and this one already holds {practices} practices, {contacts} contacts and {tools} tools. Nothing was changed.

To restore, choose a new, empty data folder under File → Settings, restart RuralDesk, and restore there.</source>
        <translation>Una copia de seguridad solo se puede restaurar en un espacio de trabajo vacío, y este ya contiene prácticas ({practices}), contactos ({contacts}) y herramientas ({tools}). No se ha cambiado nada.

Para restaurarla, elige una carpeta de datos nueva y vacía en Archivo → Configuración, reinicia RuralDesk y restáurala allí.</translation>
    </message>
    <message>
        <source>A printable sheet (PDF or Markdown) of the practice shown, or of several</source>
        <translation>Una ficha imprimible (PDF o Markdown) de la práctica mostrada, o de varias</translation>
    </message>
    <message>
        <source>A sheet to print or share: the key facts, what was done, what was learned, and who to ask. Headings are in each practice&apos;s language.</source>
        <translation>Una ficha para imprimir o compartir: los datos clave, lo que se hizo, lo que se aprendió y a quién preguntar. Los títulos están en el idioma de cada práctica.</translation>
    </message>
    <message>
        <source>A sync is running. Wait until it has finished, then restore again.</source>
        <translation>Hay una sincronización en curso. Espera a que termine y vuelve a restaurar.</translation>
    </message>
    <message>
        <source>Attachments not on this computer (kept on the group server) are not in the backup: {count}.</source>
        <translation>Adjuntos que no están en este ordenador (se guardan en el servidor del grupo) y no entran en la copia: {count}.</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Copia de seguridad del espacio de trabajo</translation>
    </message>
    <message>
        <source>Backed up {records} records and {files} attachment files to {path}.</source>
        <translation>Copia guardada en {path}: fichas: {records}, archivos adjuntos: {files}.</translation>
    </message>
    <message>
        <source>Backing up to {name}</source>
        <translation>Copia de seguridad en {name}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Copias de seguridad (*.zip)</translation>
    </message>
    <message>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>Copias de seguridad (*.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Bring a backup back into an empty workspace</source>
        <translation>Recuperar una copia de seguridad en un espacio de trabajo vacío</translation>
    </message>
    <message>
        <source>Bring in contacts, practices or tools from a CSV/TSV table or a vCard file</source>
        <translation>Traer contactos, prácticas o herramientas de una tabla CSV/TSV o un archivo vCard</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tablas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Cards read: {count}</source>
        <translation>Tarjetas leídas: {count}</translation>
    </message>
    <message>
        <source>Cards with a problem: {count}</source>
        <translation>Tarjetas con algún problema: {count}</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Comprobando {name}</translation>
    </message>
    <message>
        <source>Choose the encoding</source>
        <translation>Elegir la codificación</translation>
    </message>
    <message>
        <source>Choose the field each column goes into, or leave it out.</source>
        <translation>Elige el campo al que va cada columna, o déjala fuera.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Columnas no importadas: {columns}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Contact to keep</source>
        <translation>Contacto que se conserva</translation>
    </message>
    <message>
        <source>Contacts that look like the same person or organisation, to merge</source>
        <translation>Contactos que parecen la misma persona u organización, para fusionarlos</translation>
    </message>
    <message>
        <source>Contacts to merge</source>
        <translation>Contactos para fusionar</translation>
    </message>
    <message>
        <source>Country of the phone numbers</source>
        <translation>País de los números de teléfono</translation>
    </message>
    <message>
        <source>Delete the contact for good, everywhere, and list the mentions to review</source>
        <translation>Eliminar el contacto definitivamente, en todas partes, y listar las menciones que revisar</translation>
    </message>
    <message>
        <source>Double-click to open the contact already here</source>
        <translation>Haz doble clic para abrir el contacto que ya existe</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Contactos duplicados</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>&amp;Borrar a esta persona…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>E&amp;xportar todo sobre esta persona…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Borrar definitivamente</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Borrar a esta persona</translation>
    </message>
    <message>
        <source>Erase “{name}” and everything held about them?</source>
        <translation>¿Borrar a “{name}” y todo lo que se guarda sobre esta persona?</translation>
    </message>
    <message>
        <source>Erasing {name}</source>
        <translation>Borrando a {name}</translation>
    </message>
    <message>
        <source>Every contact in the list ({count})</source>
        <translation>Todos los contactos de la lista ({count})</translation>
    </message>
    <message>
        <source>Every practice in the list ({count}), in one document</source>
        <translation>Todas las prácticas de la lista ({count}), en un solo documento</translation>
    </message>
    <message>
        <source>Every row must be right before anything is imported. Fix these rows in the file and import it again, or import only the valid rows.</source>
        <translation>Todas las filas deben estar bien antes de importar nada. Corrige estas filas en el archivo e impórtalo de nuevo, o importa solo las filas válidas.</translation>
    </message>
    <message>
        <source>Everything about “{name}” was saved to {path}</source>
        <translation>Todo lo relativo a “{name}” se ha guardado en {path}</translation>
    </message>
    <message>
        <source>Everything in this workspace, attachments included, in one file</source>
        <translation>Todo el espacio de trabajo, adjuntos incluidos, en un solo archivo</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Excel on Windows shows accented letters correctly only with this mark</source>
        <translation>Excel en Windows solo muestra bien las letras acentuadas con esta marca</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Exportar contactos como &amp;vCard…</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Exportar contactos como vCard</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Exportar todo sobre esta persona</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>Exportar la lista como &amp;CSV…</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>Exportar la lista como CSV</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {path}</source>
        <translation>Contactos exportados a {path}: {count}</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}</source>
        <translation>Fichas exportadas a {path}: {count}</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>Exportando a {name}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>Buscar contactos &amp;duplicados…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Grupos de duplicados probables</translation>
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
        <translation>Importar una tabla</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Detalles de la importación</translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation>Hallazgos de la importación</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importar en</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Resultado de la importación</translation>
    </message>
    <message>
        <source>Import the column “{name}” into</source>
        <translation>Importar la columna “{name}” en</translation>
    </message>
    <message>
        <source>Import the rows without a problem and leave the others out</source>
        <translation>Importar las filas sin problemas y dejar fuera las demás</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Importar solo las filas válidas</translation>
    </message>
    <message>
        <source>Import the valid rows only ({count})</source>
        <translation>Importar solo las filas válidas ({count})</translation>
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
        <translation>Importando {name}</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>No ha funcionado: {reason}</translation>
    </message>
    <message>
        <source>Its links are removed from {count} linked records.</source>
        <translation>Sus vínculos se quitan de las fichas vinculadas ({count}).</translation>
    </message>
    <message>
        <source>Its past values are scrubbed from the history of changes.</source>
        <translation>Sus valores anteriores se borran del historial de cambios.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Looking for duplicate contacts</source>
        <translation>Buscando contactos duplicados</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Se parece a</translation>
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
        <translation>Las menciones del nombre, los correos o los teléfonos de la persona en el texto de otras fichas no se cambian: después recibes una lista para revisarlas.</translation>
    </message>
    <message>
        <source>Mentions to review</source>
        <translation>Menciones que revisar</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Fusionar contactos</translation>
    </message>
    <message>
        <source>Merge the ticked contacts into the one kept</source>
        <translation>Fusionar los contactos marcados en el que se conserva</translation>
    </message>
    <message>
        <source>Merged {count} contacts into one; records relinked: {relinked}.</source>
        <translation>Contactos fusionados en uno: {count}; fichas revinculadas: {relinked}.</translation>
    </message>
    <message>
        <source>Names as {encoding} reads them</source>
        <translation>Los nombres tal como los lee {encoding}</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>No se ha hecho ninguna copia de seguridad: {reason}</translation>
    </message>
    <message>
        <source>No column goes into a field yet: choose at least one.</source>
        <translation>Ninguna columna va todavía a un campo: elige al menos una.</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>No hay duplicados probables</translation>
    </message>
    <message>
        <source>No likely duplicates were found.</source>
        <translation>No se han encontrado duplicados probables.</translation>
    </message>
    <message>
        <source>No other record links to it.</source>
        <translation>Ninguna otra ficha está vinculada a él.</translation>
    </message>
    <message>
        <source>No phone region is set for this workspace.</source>
        <translation>No hay ninguna región telefónica definida para este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>No importado ({count})</translation>
    </message>
    <message>
        <source>Not imported: no country was chosen for the phone numbers of {name}. Nothing was changed.</source>
        <translation>No importado: no se eligió ningún país para los números de teléfono de {name}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Not imported: no encoding was chosen for {name}. Nothing was changed.</source>
        <translation>No importado: no se eligió ninguna codificación para {name}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Not set (asked when needed)</source>
        <translation>Sin definir (se pregunta cuando haga falta)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>No se ha borrado nada: {reason}</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>No se ha exportado nada: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se ha importado nada.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no records.</source>
        <translation>No se ha importado nada: el archivo no contiene fichas.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>No se ha importado nada: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>No se ha restaurado nada: {reason}</translation>
    </message>
    <message>
        <source>Only the valid rows were imported; the rows below were left out.</source>
        <translation>Solo se han importado las filas válidas; las filas de abajo se han dejado fuera.</translation>
    </message>
    <message>
        <source>Open the highlighted contact</source>
        <translation>Abrir el contacto resaltado</translation>
    </message>
    <message>
        <source>Open the highlighted record</source>
        <translation>Abrir la ficha resaltada</translation>
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
        <translation>Números de teléfono sin prefijo internacional</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {country}.</source>
        <translation>Los números de teléfono sin prefijo internacional se leen como: {country}.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Región telefónica</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Posibles duplicados ({count})</translation>
    </message>
    <message>
        <source>Possibly already here: {count} (see “Possible duplicates”)</source>
        <translation>Posiblemente ya existentes: {count} (ver “Posibles duplicados”)</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Ficha de práctica</translation>
    </message>
    <message>
        <source>Practice sheets written: {count}, in {path}</source>
        <translation>Fichas de práctica escritas: {count}, en {path}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Vista previa de la importación</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Resumen de la vista previa</translation>
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
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Leer como {encoding}</translation>
    </message>
    <message>
        <source>Read as: {preset}</source>
        <translation>Leído como: {preset}</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Volviendo a leer el archivo…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Leyendo {name}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Recognised export</source>
        <translation>Exportación reconocida</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;{preset}&lt;/b&gt;. Its columns are matched below; check them before importing.</source>
        <translation>Reconocido: &lt;b&gt;{preset}&lt;/b&gt;. Sus columnas están asignadas abajo; revísalas antes de importar.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore {count} records from {name} (made on {date}) into this empty workspace?</source>
        <translation>¿Restaurar en este espacio de trabajo vacío las fichas de {name} (hecha el {date})? Fichas: {count}</translation>
    </message>
    <message>
        <source>Restored {records} records and {files} attachment files from {name}.</source>
        <translation>Restaurado desde {name}: fichas: {records}, archivos adjuntos: {files}.</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>Restaurando {name}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; all ready to import.</source>
        <translation>Filas en la vista previa: {count}; todas listas para importar.</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; with a problem: {bad}. Fix them in the file, or change the columns above.</source>
        <translation>Filas en la vista previa: {count}; con algún problema: {bad}. Corrígelas en el archivo o cambia las columnas de arriba.</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>Filas leídas: {count}</translation>
    </message>
    <message>
        <source>Rows with a problem: {count}</source>
        <translation>Filas con algún problema: {count}</translation>
    </message>
    <message>
        <source>Save the list shown, with its columns and filters, as a table</source>
        <translation>Guardar la lista mostrada, con sus columnas y filtros, como tabla</translation>
    </message>
    <message>
        <source>Save the selected contacts, or the whole list, for an address book or a phone</source>
        <translation>Guardar los contactos seleccionados, o toda la lista, para una libreta de direcciones o un teléfono</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Show a contact first.</source>
        <translation>Muestra primero un contacto.</translation>
    </message>
    <message>
        <source>Show a practice, or the list of practices, to make sheets of them.</source>
        <translation>Muestra una práctica, o la lista de prácticas, para hacer fichas con ellas.</translation>
    </message>
    <message>
        <source>Show the contacts (or search for some) and select the ones to export.</source>
        <translation>Muestra los contactos (o busca algunos) y selecciona los que quieras exportar.</translation>
    </message>
    <message>
        <source>Stopped: {what}. Nothing was changed.</source>
        <translation>Detenido: {what}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Tables and address books (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Tablas y libretas de direcciones (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>The choice can still be changed under “Encoding” in the next step.</source>
        <translation>La elección aún se puede cambiar en «Codificación» en el paso siguiente.</translation>
    </message>
    <message>
        <source>The contact is deleted from this computer for good: not to the trash, and it cannot be undone.</source>
        <translation>El contacto se elimina definitivamente de este ordenador: no va a la papelera y no se puede deshacer.</translation>
    </message>
    <message>
        <source>The contact, its history and every record linked to or mentioning it, as JSON</source>
        <translation>El contacto, su historial y todas las fichas vinculadas a él o que lo mencionan, en JSON</translation>
    </message>
    <message>
        <source>The contacts were not exported: {reason}</source>
        <translation>Los contactos no se han exportado: {reason}</translation>
    </message>
    <message>
        <source>The contacts were not merged: {reason}</source>
        <translation>Los contactos no se han fusionado: {reason}</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, for this workspace</source>
        <translation>El país de los números de teléfono escritos sin prefijo internacional, para este espacio de trabajo</translation>
    </message>
    <message>
        <source>The file cannot be previewed: {reason}</source>
        <translation>No se puede previsualizar el archivo: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read that way: {reason}</source>
        <translation>El archivo no se puede leer así: {reason}</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with a problem are marked; the import stops if any row of the file has one.</source>
        <translation>Las primeras filas tal como se guardarán. Las filas con algún problema están marcadas; la importación se detiene si alguna fila del archivo tiene uno.</translation>
    </message>
    <message>
        <source>The letters of {name} can be read in more than one way, and we cannot tell which is right. Choose the column where the names are written correctly.</source>
        <translation>Las letras de {name} se pueden leer de más de una manera y no podemos saber cuál es la correcta. Elige la columna en la que los nombres están bien escritos.</translation>
    </message>
    <message>
        <source>The list was not exported: {reason}</source>
        <translation>La lista no se ha exportado: {reason}</translation>
    </message>
    <message>
        <source>The phone region was not saved: {reason}</source>
        <translation>No se guardó la región telefónica: {reason}</translation>
    </message>
    <message>
        <source>The practice shown: {title}</source>
        <translation>La práctica mostrada: {title}</translation>
    </message>
    <message>
        <source>The records the search found, with the columns the list shows for their type.</source>
        <translation>Las fichas que encontró la búsqueda, con las columnas que la lista muestra para su tipo.</translation>
    </message>
    <message>
        <source>The search for duplicates stopped: {reason}</source>
        <translation>La búsqueda de duplicados se ha detenido: {reason}</translation>
    </message>
    <message>
        <source>The search found nothing to export.</source>
        <translation>La búsqueda no ha encontrado nada que exportar.</translation>
    </message>
    <message>
        <source>The selected contacts ({count})</source>
        <translation>Los contactos seleccionados ({count})</translation>
    </message>
    <message>
        <source>The selected practices ({count}), in one document</source>
        <translation>Las prácticas seleccionadas ({count}), en un solo documento</translation>
    </message>
    <message>
        <source>The sheet was not written: {reason}</source>
        <translation>La ficha no se ha escrito: {reason}</translation>
    </message>
    <message>
        <source>The trash cannot be exported. Choose practices, contacts, tools or themes.</source>
        <translation>La papelera no se puede exportar. Elige prácticas, contactos, herramientas o temas.</translation>
    </message>
    <message>
        <source>These contacts look like the same person or organisation. Merging keeps one contact, fills its empty fields from the others, moves every link and attachment to it, and moves the others to the trash (restorable).</source>
        <translation>Estos contactos parecen la misma persona u organización. Al fusionarlos se conserva un contacto, se rellenan sus campos vacíos con los de los demás, se le pasan todos los vínculos y adjuntos, y los demás van a la papelera (se pueden restaurar).</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Este archivo no se puede importar: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>Este archivo no se puede restaurar: {reason}</translation>
    </message>
    <message>
        <source>This is asked once and kept for the workspace; File → Settings changes it. Numbers with a country code, and rows that name a country, are read as they are.</source>
        <translation>Se pregunta una sola vez y se guarda para el espacio de trabajo; se cambia en Archivo → Configuración. Los números con prefijo internacional y las filas que indican un país se leen tal como están.</translation>
    </message>
    <message>
        <source>This row has a problem</source>
        <translation>Esta fila tiene un problema</translation>
    </message>
    <message>
        <source>This workspace is not shared with a group server; copies elsewhere (backups, exports) are not touched.</source>
        <translation>Este espacio de trabajo no se comparte con un servidor de grupo; las copias en otros lugares (copias de seguridad, exportaciones) no se tocan.</translation>
    </message>
    <message>
        <source>This workspace is shared: the erasure is sent to the group server at the next sync, and every member&apos;s copy erases it too.</source>
        <translation>Este espacio de trabajo es compartido: el borrado se envía al servidor del grupo en la próxima sincronización y la copia de cada miembro también lo borra.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM, for Excel</source>
        <translation>UTF-8 con &amp;BOM, para Excel</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <extracomment>the collections a table can be imported into</extracomment>
        <translation>UTF-8 con BOM</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, for Excel</source>
        <translation>UTF-8 con BOM, para Excel</translation>
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
        <translation>Espera a que termine el trabajo en curso (una importación, una exportación) y vuelve a restaurar.</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Avisos ({count})</translation>
    </message>
    <message>
        <source>What erasing does</source>
        <translation>Qué hace el borrado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Por qué se parecen</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Por qué: {reasons}</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>Escribiendo {name}</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>columna {number}</translation>
    </message>
    <message>
        <source>created {date}</source>
        <translation>creado el {date}</translation>
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
        <translation>móvil</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>practice-sheets</source>
        <translation>fichas-de-practicas</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>este archivo</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones)</source>
        <translation>vCard 3.0 (teléfonos antiguos)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Archivos vCard (*.vcf)</translation>
    </message>
    <message>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>{name} holds phone numbers without a country code (such as “{example}”) on rows that name no country. In which country are they?</source>
        <translation>{name} contiene números de teléfono sin prefijo internacional (como «{example}») en filas que no indican ningún país. ¿De qué país son?</translation>
    </message>
    <message>
        <source>{name} — {details}</source>
        <translation>{name} — {details}</translation>
    </message>
    <message>
        <source>{what}: every record the list shows ({count}), with its filters, its order and the columns shown.</source>
        <translation>{what}: todas las fichas que muestra la lista ({count}), con sus filtros, su orden y las columnas mostradas.</translation>
    </message>
    <message>
        <source>{what}: {count} found</source>
        <translation>{what}: {count} encontrados</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— dejar fuera —</translation>
    </message>
    <message>
        <source>“{name}” was erased.</source>
        <translation>Se ha borrado a “{name}”.</translation>
    </message>
    <message>
        <source>“{name}” was erased. No other record mentions them in its text.</source>
        <translation>Se ha borrado a “{name}”. Ninguna otra ficha lo menciona en su texto.</translation>
    </message>
    <message>
        <source>“{name}” was erased. These records still mention them in their text. Open each one and remove or reword the mention where it is personal data.</source>
        <translation>Se ha borrado a “{name}”. Estas fichas aún lo mencionan en su texto. Abre cada una y quita o reformula la mención cuando sea un dato personal.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give the currency of the funding amount</source>
        <translation>Indica la moneda del importe de la financiación</translation>
    </message>
    <message>
        <source>Region {value} is not in {country}</source>
        <translation>La región {value} no está en {country}</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>La fecha de fin es anterior a la fecha de inicio</translation>
    </message>
    <message>
        <source>Unknown field “{value}”</source>
        <translation>Campo desconocido “{value}”</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>{label} no puede ser negativo</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label} es obligatorio</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters, at most {limit})</source>
        <translation>{label} es demasiado largo ({length} caracteres, como máximo {limit})</translation>
    </message>
    <message>
        <source>{label} must be a list</source>
        <translation>{label} debe ser una lista</translation>
    </message>
    <message>
        <source>{label} must be a list of text</source>
        <translation>{label} debe ser una lista de textos</translation>
    </message>
    <message>
        <source>{label} must be a number, not “{value}”</source>
        <translation>{label} debe ser un número, no “{value}”</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>{label} debe ser un número entero</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>{label} debe ser texto</translation>
    </message>
    <message>
        <source>{label}: each entry needs a value</source>
        <translation>{label}: cada entrada necesita un valor</translation>
    </message>
    <message>
        <source>“{value}” is not a NUTS region code</source>
        <translation>“{value}” no es un código de región NUTS</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD)</source>
        <translation>“{value}” no es una fecha (usa AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (use +country code, e.g. +351 21 000 0000)</source>
        <translation>“{value}” no es un número de teléfono (usa el prefijo +país, p. ej. +34 910 000 000)</translation>
    </message>
    <message>
        <source>“{value}” is not a possible phone number</source>
        <translation>“{value}” no es un número de teléfono posible</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>“{value}” no es un identificador de ficha</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address</source>
        <translation>“{value}” no es una dirección de correo electrónico válida</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (it should start with https://)</source>
        <translation>“{value}” no es una dirección web (debería empezar por https://)</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 3166 country code</source>
        <translation>“{value}” no es un código de país ISO 3166</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 4217 currency code</source>
        <translation>“{value}” no es un código de moneda ISO 4217</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 639 language code</source>
        <translation>“{value}” no es un código de idioma ISO 639</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>“{value}” no es uno de estos valores: {choices}</translation>
    </message>
</context>
<context>
    <name>WhatsNew</name>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>&amp;Novedades</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>By {who}, {when}</source>
        <translation>Por {who}, {when}</translation>
    </message>
    <message>
        <source>Changed contact: {title}</source>
        <translation>Contacto modificado: {title}</translation>
    </message>
    <message>
        <source>Changed practice: {title}</source>
        <translation>Práctica modificada: {title}</translation>
    </message>
    <message>
        <source>Changed tool: {title}</source>
        <translation>Herramienta modificada: {title}</translation>
    </message>
    <message>
        <source>Everything here is read.</source>
        <translation>Todo está leído.</translation>
    </message>
    <message>
        <source>First sync: {items} from your group</source>
        <translation>Primera sincronización: {items} de tu grupo</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Marcar &amp;todo como leído</translation>
    </message>
    <message>
        <source>Mark everything in What&apos;s new as read</source>
        <translation>Marcar todas las novedades como leídas</translation>
    </message>
    <message>
        <source>New contact: {title}</source>
        <translation>Nuevo contacto: {title}</translation>
    </message>
    <message>
        <source>New practice: {title}</source>
        <translation>Nueva práctica: {title}</translation>
    </message>
    <message>
        <source>New tool: {title}</source>
        <translation>Nueva herramienta: {title}</translation>
    </message>
    <message>
        <source>Nothing new from your group yet. When others add or change practices, contacts or tools, they are listed here after a sync.</source>
        <translation>Aún no hay novedades de tu grupo. Cuando otras personas añadan o modifiquen prácticas, contactos o herramientas, aparecerán aquí tras una sincronización.</translation>
    </message>
    <message>
        <source>Only &amp;unread</source>
        <translation>Solo no &amp;leídos</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Ese registro ya no está aquí.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Unread: {line}</source>
        <translation>No leído: {line}</translation>
    </message>
    <message>
        <source>What arrived from your group</source>
        <translation>Lo que ha llegado de tu grupo</translation>
    </message>
    <message>
        <source>What your group added or changed since you last looked</source>
        <translation>Lo que tu grupo ha añadido o modificado desde tu última visita</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Novedades</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>{day} · {who}: {counts}</source>
        <translation>{day} · {who}: {counts}</translation>
    </message>
    <message>
        <source>{items} from your group</source>
        <translation>{items} de tu grupo</translation>
    </message>
</context>
</TS>
