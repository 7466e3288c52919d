<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Attachments</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>No program to open this file</source>
        <translation>Aucun programme pour ouvrir ce fichier</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>This computer has no program that opens “{name}”. You can save a copy and open it later with a program of your choice.</source>
        <translation>Cet ordinateur n’a aucun programme qui ouvre « {name} ». Vous pouvez en enregistrer une copie et l’ouvrir plus tard avec le programme de votre choix.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Advice service</source>
        <translation>Structure de conseil</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité publique</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Mauvaise</translation>
    </message>
    <message>
        <source>Community cooperative</source>
        <translation>Coopérative citoyenne</translation>
    </message>
    <message>
        <source>Community foundation</source>
        <translation>Fondation territoriale</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Finance service</source>
        <translation>Organisme de financement</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obligation légale</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Intérêts légitimes</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Collectivité locale</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Méthodologie</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mitigée</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Policy recommendation</source>
        <translation>Recommandation politique</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Mission d&apos;intérêt public</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Collectivité régionale</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagée</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Entreprise sociale</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Service d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Tiers-lieu</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Boîte à outils</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Village association</source>
        <translation>Association villageoise</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Intérêts vitaux</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Work integration enterprise</source>
        <translation>Entreprise d&apos;insertion</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>Linked contacts</source>
        <translation>Contacts liés</translation>
    </message>
    <message>
        <source>Linked practices</source>
        <translation>Pratiques liées</translation>
    </message>
    <message>
        <source>Linked tools</source>
        <translation>Outils liés</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>New practice</source>
        <extracomment>the interface languages, each named in itself (never translated), in the order the EU lists its 24 official languages: alphabetical by that own name (български, español, čeština, …)</extracomment>
        <translation>Nouvelle pratique</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>New tool</source>
        <translation>Nouvel outil</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>É&amp;carter</translation>
    </message>
    <message>
        <source>&amp;Leave it deleted</source>
        <translation>Laisser la fiche &amp;supprimée</translation>
    </message>
    <message>
        <source>&amp;Merged value (edit, then save):</source>
        <translation>&amp;Valeur fusionnée (à modifier, puis enregistrer) :</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Ouvrir la fiche</translation>
    </message>
    <message>
        <source>&amp;Restore the record</source>
        <translation>&amp;Restaurer la fiche</translation>
    </message>
    <message>
        <source>&amp;Save merged value</source>
        <translation>Enregistrer la valeur &amp;fusionnée</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>kinds whose stored values are codes or ids: shown by name, in the interface language</extracomment>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Garder la &amp;leur</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Valeur fusionnée</translation>
    </message>
    <message>
        <source>No conflicts: everything your group changed fitted together.</source>
        <translation>Aucun conflit : toutes les modifications de votre groupe étaient compatibles.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Non enregistré : {error}</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflits à régler</translation>
    </message>
    <message>
        <source>Refused: {title} — {field}</source>
        <translation>Refusé : {title} — {field}</translation>
    </message>
    <message>
        <source>Settled: “{title}” — {field}. Your choice is shared with the group at the next sync.</source>
        <translation>Réglé : « {title} » — {field}. Votre choix est partagé avec le groupe à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Leur valeur</translation>
    </message>
    <message>
        <source>Theirs — by {who}, {when}</source>
        <translation>La leur — par {who}, {when}</translation>
    </message>
    <message>
        <source>When two people changed the same thing before syncing, the group server kept one value and set the other aside. Choose what the record should say; your choice is shared with everyone at the next sync.</source>
        <translation>Quand deux personnes ont modifié la même chose avant de synchroniser, le serveur du groupe a gardé une valeur et mis l&apos;autre de côté. Choisissez ce que la fiche doit indiquer ; votre choix sera partagé avec tout le monde à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Pourquoi le serveur l&apos;a refusée</translation>
    </message>
    <message>
        <source>Your change ({when})</source>
        <translation>Votre modification ({when})</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <source>Yours — by {who}, {when}</source>
        <translation>La vôtre — par {who}, {when}</translation>
    </message>
    <message>
        <source>another member</source>
        <translation>un autre membre</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>supprimée ou conservée</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>le groupe</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
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
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Choose a record in the list, or press Ctrl+N to add one.</source>
        <translation>Choisissez une fiche dans la liste, ou appuyez sur Ctrl+N pour en ajouter une.</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>the record now shown (None: none), for what sits beside it (ui/discussions: its comments)</extracomment>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Edit form</source>
        <translation>Formulaire de modification</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Modifier « {title} »</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Les champs marqués d&apos;un * sont obligatoires.</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Quitter sans enregistrer ?</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Veuillez corriger les champs signalés ci-dessous.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problème dans le champ {field}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Enregistrer la fiche</translation>
    </message>
    <message>
        <source>Your changes to this record are not saved. Leave the form and lose them?</source>
        <translation>Vos modifications de cette fiche ne sont pas enregistrées. Quitter le formulaire et les perdre ?</translation>
    </message>
    <message>
        <source>created by {who}</source>
        <translation>créé par {who}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>a member id as people read it (the group&apos;s member directory, store.news.name)</extracomment>
        <translation>dans la corbeille</translation>
    </message>
    <message>
        <source>last changed {when} by {who}</source>
        <translation>modifiée le {when} par {who}</translation>
    </message>
    <message>
        <source>not on this computer yet</source>
        <translation>pas encore sur cet ordinateur</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>retirer</translation>
    </message>
    <message>
        <source>unlink</source>
        <translation>délier</translation>
    </message>
    <message>
        <source>{label} *:</source>
        <translation>{label} * :</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label} :</translation>
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
        <translation>&amp;Pièces jointes :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Dossier des données :</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Taille du texte :</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Langue de l&apos;interface :</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>Code d’&amp;invitation :</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>Région &amp;téléphonique :</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start.</source>
        <translation>Le nouveau dossier des données sera utilisé au prochain démarrage.</translation>
    </message>
    <message>
        <source>Add your own practices, contacts and tools.</source>
        <translation>Ajoutez vos propres pratiques, contacts et outils.</translation>
    </message>
    <message>
        <source>As&amp;k before a sync changes more than:</source>
        <translation>Demander avant qu&apos;une synchronisation modifie pl&amp;us de :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choisir le dossier des données</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Connect to a group server</source>
        <translation>Se connecter à un serveur de groupe</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Dossier des données par défaut</translation>
    </message>
    <message>
        <source>Demo records per collection</source>
        <translation>Fiches de démonstration par type</translation>
    </message>
    <message>
        <source>Download when opened</source>
        <translation>Télécharger à l&apos;ouverture</translation>
    </message>
    <message>
        <source>Fictional practices, contacts and tools in seven languages, to try things out. You can delete them later.</source>
        <translation>Des pratiques, contacts et outils fictifs en sept langues, pour faire des essais. Vous pourrez les supprimer ensuite.</translation>
    </message>
    <message>
        <source>Find records to link</source>
        <translation>Trouver des fiches à lier</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Code d’invitation</translation>
    </message>
    <message>
        <source>Join your group&apos;s shared repository with the invitation code your coordinator sent you.</source>
        <translation>Rejoignez le dépôt partagé de votre groupe avec le code d’invitation que votre coordinateur vous a envoyé.</translation>
    </message>
    <message>
        <source>Keep all offline</source>
        <translation>Tout garder hors ligne</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Charger des données de démonstration</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Seulement quand je le demande</translation>
    </message>
    <message>
        <source>Records per collection:</source>
        <translation>Fiches par type :</translation>
    </message>
    <message>
        <source>Records to link</source>
        <translation>Fiches à lier</translation>
    </message>
    <message>
        <source>RuralDesk keeps your group&apos;s practices, contacts and tools on this computer, and works without a connection. How would you like to start?</source>
        <translation>RuralDesk conserve les pratiques, contacts et outils de votre groupe sur cet ordinateur et fonctionne sans connexion. Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>S&amp;ynchroniser toutes les :</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation>Afficher ces colonnes :</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Commencer avec un espace de travail vide</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Taille du système</translation>
    </message>
    <message>
        <source>Type a name or a word to find records</source>
        <translation>Tapez un nom ou un mot pour trouver des fiches</translation>
    </message>
    <message>
        <source>Welcome to RuralDesk</source>
        <translation>Bienvenue dans RuralDesk</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>ajouté le {when}</translation>
    </message>
    <message>
        <source>{title}: {done} of {total}</source>
        <translation>{title} : {done} sur {total}</translation>
    </message>
</context>
<context>
    <name>Discussions</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>%n sujet</numerusform>
            <numerusform>%n sujets</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(non précisée)</translation>
    </message>
    <message>
        <source>A topic needs a title and an opening post.</source>
        <translation>Un sujet a besoin d&apos;un titre et d&apos;un premier message.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Fichiers joints :</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Commentaires (%n)</numerusform>
            <numerusform>Commentaires (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the discussion: {error}</source>
        <translation>Impossible d&apos;exporter la discussion : {error}</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Enregistrement impossible : {error}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Brouillon conservé</translation>
    </message>
    <message>
        <source>Draft kept from {when}</source>
        <translation>Brouillon conservé du {when}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Modifier votre message</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export the discussion</source>
        <translation>Exporter la discussion</translation>
    </message>
    <message>
        <source>Files to attach to this post</source>
        <translation>Fichiers à joindre à ce message</translation>
    </message>
    <message>
        <source>Files to attach: {names}</source>
        <translation>Fichiers à joindre : {names}</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Masqué par un coordinateur : {reason}</translation>
    </message>
    <message>
        <source>Hidden from the group: {reason}</source>
        <translation>Masqué pour le groupe : {reason}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide the discussion…</source>
        <translation>Masquer la discussion…</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Masquer…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New &amp;topic…</source>
        <translation>Nouveau &amp;sujet…</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nouveau sujet</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Nouveau sujet…</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one below.</source>
        <translation>Pas encore de message. Écrivez le premier ci-dessous.</translation>
    </message>
    <message>
        <source>No topics yet. Start one with New topic; comments on a practice, tool or contact are at the foot of its page.</source>
        <translation>Pas encore de sujet. Lancez-en un avec Nouveau sujet ; les commentaires sur une pratique, un outil ou un contact sont au bas de sa page.</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>Pas une réponse</translation>
    </message>
    <message>
        <source>Not allowed: {reason}.</source>
        <translation>Non autorisé : {reason}.</translation>
    </message>
    <message>
        <source>Opening post</source>
        <translation>Premier message</translation>
    </message>
    <message>
        <source>Opening post:</source>
        <translation>Premier message :</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Post it (Ctrl+Enter)</source>
        <translation>Publier (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Message supprimé</translation>
    </message>
    <message>
        <source>Posted. It goes to the group at the next sync.</source>
        <translation>Publié. Il part vers le groupe à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Replying to a post</source>
        <translation>En réponse à un message</translation>
    </message>
    <message>
        <source>Replying to {name}</source>
        <translation>En réponse à {name}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier posts</source>
        <translation>
            <numerusform>Afficher %n message plus ancien</numerusform>
            <numerusform>Afficher %n messages plus anciens</numerusform>
        </translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Réafficher</translation>
    </message>
    <message>
        <source>Show discussions</source>
        <translation>Afficher les discussions</translation>
    </message>
    <message>
        <source>Start a discussion with the group</source>
        <translation>Lancer une discussion avec le groupe</translation>
    </message>
    <message>
        <source>Start a discussion with the group (Ctrl+Shift+D)</source>
        <translation>Lancer une discussion avec le groupe (Ctrl+Maj+D)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Lancée par</translation>
    </message>
    <message>
        <source>The discussion was written to {path}.</source>
        <translation>La discussion a été écrite dans {path}.</translation>
    </message>
    <message>
        <source>The earlier version stays in the post&apos;s history.</source>
        <translation>La version précédente reste dans l&apos;historique du message.</translation>
    </message>
    <message>
        <source>The opening post… *emphasis*, **strong**, - lists, [links](https://…), @member</source>
        <translation>Le premier message… *italique*, **gras**, - listes, [liens](https://…), @membre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Version {n}, {when}, by {name}</source>
        <translation>Version {n}, {when}, par {name}</translation>
    </message>
    <message>
        <source>Versions of the post</source>
        <translation>Versions du message</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>De quoi s&apos;agit-il ?</translation>
    </message>
    <message>
        <source>Why is it hidden? Everyone sees the reason in its place.</source>
        <translation>Pourquoi le masquer ? Chacun voit la raison à sa place.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Withdraw this post? Its text goes from the thread; its earlier versions stay in its history.</source>
        <translation>Retirer ce message ? Son texte quitte la discussion ; ses versions précédentes restent dans son historique.</translation>
    </message>
    <message>
        <source>Withdraw your post</source>
        <translation>Retirer votre message</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Retiré par son auteur.</translation>
    </message>
    <message>
        <source>Write a post… *emphasis*, **strong**, - lists, [links](https://…), @member (Ctrl+Enter posts)</source>
        <translation>Écrire un message… *italique*, **gras**, - listes, [liens](https://…), @membre (Ctrl+Entrée publie)</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Écrivez d&apos;abord quelque chose.</translation>
    </message>
    <message>
        <source>Write to the whole thread instead (Escape)</source>
        <translation>Écrire plutôt à toute la discussion (Échap)</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <source>a discussion&apos;s rules do not allow this change</source>
        <translation>les règles d&apos;une discussion n&apos;autorisent pas ce changement</translation>
    </message>
    <message>
        <source>a post needs some text</source>
        <translation>un message a besoin d&apos;un texte</translation>
    </message>
    <message>
        <source>a removed post</source>
        <translation>un message supprimé</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>en réponse à {name}</translation>
    </message>
    <message>
        <source>only a coordinator can hide a post or a discussion</source>
        <translation>seul un coordinateur peut masquer un message ou une discussion</translation>
    </message>
    <message>
        <source>only its author can edit or withdraw a post</source>
        <extracomment>what a discussion write changes, for the views</extracomment>
        <translation>seul son auteur peut modifier ou retirer un message</translation>
    </message>
    <message>
        <source>only the member who started a discussion can change its title, themes or language</source>
        <translation>seul le membre qui a lancé une discussion peut en changer le titre, les thèmes ou la langue</translation>
    </message>
    <message>
        <source>started by {name}</source>
        <translation>lancée par {name}</translation>
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation>{title} (masqué)</translation>
    </message>
    <message>
        <source>{title} · {count} new</source>
        <translation>{title} · {count} nouveaux</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>No date</source>
        <extracomment>where the calendar opens when no date is set; the form points an end date at its start</extracomment>
        <translation>Pas de date</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Tapez puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>add</source>
        <translation>ajouter</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>effacer</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>retirer</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>à ajouter</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public visé</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Broader theme</source>
        <translation>Thème parent</translation>
    </message>
    <message>
        <source>Comments on</source>
        <translation>Commentaires sur</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Origine du consentement</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Expertise themes</source>
        <translation>Thèmes d&apos;expertise</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Full name of a person, or the name of an organisation</source>
        <translation>Nom complet d&apos;une personne, ou nom d&apos;une organisation</translation>
    </message>
    <message>
        <source>Funding amount</source>
        <translation>Montant du financement</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Source de financement</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Membre du groupe</translation>
    </message>
    <message>
        <source>Hidden because</source>
        <translation>Masqué parce que</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>En réponse à</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Enseignements tirés</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Obstacles (legal / policy)</source>
        <translation>Obstacles (juridiques / politiques)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation types</source>
        <translation>Types d&apos;organisation</translation>
    </message>
    <message>
        <source>Partners (incl. authorities)</source>
        <translation>Partenaires (y compris collectivités)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Related contacts</source>
        <translation>Contacts liés</translation>
    </message>
    <message>
        <source>Related tools</source>
        <translation>Outils liés</translation>
    </message>
    <message>
        <source>Removed posts</source>
        <translation>Messages supprimés</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Note de relecture</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Taille (octets)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Lancée par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>The person&apos;s member name in the group: their posts are then part of their data</source>
        <translation>Le nom de membre de la personne dans le groupe : ses messages font alors partie de ses données</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Town / village</source>
        <translation>Commune / village</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Transférabilité</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Journal d’audit</translation>
    </message>
    <message>
        <source>&amp;Cancel the invitation</source>
        <translation>&amp;Annuler l’invitation</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Export everything about this person…</source>
        <translation>&amp;Exporter tout ce qui concerne cette personne…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Hand a file to the server…</source>
        <translation>Transmettre un fichier au &amp;serveur…</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Invitations</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>&amp;Inviter quelqu’un…</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membres</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>Entrées les plus &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>Entrées plus &amp;anciennes</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;People&apos;s data</source>
        <translation>&amp;Données personnelles</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Valable :</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>1 week</source>
        <extracomment>how long an invitation can be redeemed, in hours</extracomment>
        <translation>1 semaine</translation>
    </message>
    <message>
        <source>A revoked token stops syncing at once: that computer keeps its copy but can no longer send or receive. Tick the computers to cut off.</source>
        <translation>Un jeton révoqué cesse aussitôt de synchroniser : l’ordinateur garde sa copie mais ne peut plus rien envoyer ni recevoir. Cochez les ordinateurs à couper.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>A ajouté un membre</translation>
    </message>
    <message>
        <source>Asking the server who you are…</source>
        <translation>Le serveur vérifie qui vous êtes…</translation>
    </message>
    <message>
        <source>At {url}</source>
        <translation>Sur {url}</translation>
    </message>
    <message>
        <source>At {url} · you are: {role}</source>
        <translation>Sur {url} · vous êtes : {role}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Cancel the invitation</source>
        <translation>Annuler l’invitation</translation>
    </message>
    <message>
        <source>Cancel the invitation for {name}? The code stops working at once; you can invite them again later.</source>
        <translation>Annuler l’invitation de {name} ? Le code cesse aussitôt de fonctionner ; vous pourrez l’inviter à nouveau plus tard.</translation>
    </message>
    <message>
        <source>Cancelled an invitation</source>
        <translation>A annulé une invitation</translation>
    </message>
    <message>
        <source>Cancelling the invitation…</source>
        <translation>Annulation de l’invitation…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Changer le &amp;rôle…</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Changer le rôle de {name}</translation>
    </message>
    <message>
        <source>Changed a member</source>
        <translation>A modifié un membre</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Changement du rôle…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copy the invitation code</source>
        <translation>Copier le code d’invitation</translation>
    </message>
    <message>
        <source>Create the invitation</source>
        <translation>Créer l’invitation</translation>
    </message>
    <message>
        <source>Creating the invitation…</source>
        <translation>Création de l’invitation…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>E&amp;ffacer cette personne…</translation>
    </message>
    <message>
        <source>Erase on every replica</source>
        <translation>Effacer sur chaque réplique</translation>
    </message>
    <message>
        <source>Erase “{name}”</source>
        <translation>Effacer « {name} »</translation>
    </message>
    <message>
        <source>Erase “{name}” from the whole group? This cannot be undone. It is erased here and sent to the server at once; every member&apos;s copy of RuralDesk erases it at its next sync:</source>
        <translation>Effacer « {name} » de tout le groupe ? C’est irréversible. Il est effacé ici et envoyé aussitôt au serveur ; la copie de RuralDesk de chaque membre l’efface à sa prochaine synchronisation :</translation>
    </message>
    <message>
        <source>Erased a record</source>
        <translation>A effacé un enregistrement</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Effacement…</translation>
    </message>
    <message>
        <source>Everything about {name} was written to {path}.</source>
        <translation>Tout ce qui concerne {name} a été écrit dans {path}.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Exporter tout ce qui concerne {name}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Trouver une personne</translation>
    </message>
    <message>
        <source>Give {name} this code. In RuralDesk they choose Sync → Set up sync… and paste it, or scan the picture with a phone and send it to themselves. It works once, until {expires}.</source>
        <translation>Donnez ce code à {name}. Dans RuralDesk, la personne choisit Synchronisation → Configurer la synchronisation… et le colle, ou photographie l’image avec un téléphone et se l’envoie. Il fonctionne une seule fois, jusqu’au {expires}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Group window status</source>
        <translation>État de la fenêtre Groupe</translation>
    </message>
    <message>
        <source>Group “{group}”</source>
        <translation>Groupe « {group} »</translation>
    </message>
    <message>
        <source>Hand a file to the server</source>
        <translation>Transmettre un fichier au serveur</translation>
    </message>
    <message>
        <source>Hand to the server</source>
        <translation>Transmettre au serveur</translation>
    </message>
    <message>
        <source>Handing the file to the server…</source>
        <translation>Transmission du fichier au serveur…</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Code d’invitation</translation>
    </message>
    <message>
        <source>Invitation code as a QR code</source>
        <translation>Code d’invitation en QR code</translation>
    </message>
    <message>
        <source>Invitation for {name}</source>
        <translation>Invitation pour {name}</translation>
    </message>
    <message>
        <source>Invitation for {name} cancelled.</source>
        <translation>Invitation pour {name} annulée.</translation>
    </message>
    <message>
        <source>Invitation for {name} created.</source>
        <translation>Invitation pour {name} créée.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Inviter quelqu’un</translation>
    </message>
    <message>
        <source>Invited someone</source>
        <translation>A invité quelqu’un</translation>
    </message>
    <message>
        <source>Issued a token</source>
        <translation>A émis un jeton</translation>
    </message>
    <message>
        <source>Its attachments: none</source>
        <translation>Ses pièces jointes : aucune</translation>
    </message>
    <message>
        <source>Its attachments: {names}</source>
        <translation>Ses pièces jointes : {names}</translation>
    </message>
    <message>
        <source>Its history, with the values it held (changes recorded: {count})</source>
        <translation>Son historique, avec les valeurs qu’il contenait (modifications enregistrées : {count})</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Joined the group, but the token could not be kept: {error}</source>
        <extracomment>starts network work off the UI thread: Operations.run, or the worker itself</extracomment>
        <translation>Groupe rejoint, mais le jeton n’a pas pu être conservé : {error}</translation>
    </message>
    <message>
        <source>Joined with an invitation</source>
        <translation>A rejoint avec une invitation</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
    </message>
    <message>
        <source>Links to it from other records: none</source>
        <translation>Liens vers lui depuis d’autres enregistrements : aucun</translation>
    </message>
    <message>
        <source>Links to it from {records} ({count}): {titles}</source>
        <translation>Liens vers lui depuis des {records} ({count}) : {titles}</translation>
    </message>
    <message>
        <source>Listing what the erasure removes…</source>
        <translation>Liste de ce que l’effacement supprime…</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Chargement du journal d’audit…</translation>
    </message>
    <message>
        <source>Loading the member&apos;s tokens…</source>
        <translation>Chargement des jetons du membre…</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>Chargement des membres…</translation>
    </message>
    <message>
        <source>Loading the open invitations…</source>
        <translation>Chargement des invitations en cours…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Members see the new name after their next sync; the group&apos;s address stays.</source>
        <translation>Les membres voient le nouveau nom après leur prochaine synchronisation ; l’adresse du groupe ne change pas.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Not connected to a group server.</source>
        <translation>Pas connecté à un serveur de groupe.</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>Non effectué : {why}</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied} and already had {already}.</source>
        <translation>Modifications du fichier : {total} ; le serveur en a appliqué {applied} et en avait déjà {already}.</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied}, already had {already} and refused {refused}: {reasons}.</source>
        <translation>Modifications du fichier : {total} ; le serveur en a appliqué {applied}, en avait déjà {already} et en a refusé {refused} : {reasons}.</translation>
    </message>
    <message>
        <source>Only the group&apos;s coordinators can invite people, change roles or remove members. Ask one of them.</source>
        <translation>Seuls les coordinateurs du groupe peuvent inviter, changer les rôles ou retirer des membres. Demandez à l’un d’eux.</translation>
    </message>
    <message>
        <source>Open invitations</source>
        <translation>Invitations en cours</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>Re&amp;move from the group…</source>
        <translation>Re&amp;tirer du groupe…</translation>
    </message>
    <message>
        <source>Re&amp;name the group…</source>
        <translation>Re&amp;nommer le groupe…</translation>
    </message>
    <message>
        <source>Re&amp;voke tokens…</source>
        <translation>Ré&amp;voquer des jetons…</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Retirer {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the group</source>
        <translation>Retirer {name} du groupe</translation>
    </message>
    <message>
        <source>Remove {name} from the group? Their tokens stop working at once and they no longer receive the group&apos;s records. Everything they added or changed stays, under their name.</source>
        <translation>Retirer {name} du groupe ? Ses jetons cessent aussitôt de fonctionner et la personne ne reçoit plus les enregistrements du groupe. Tout ce qu’elle a ajouté ou modifié reste, à son nom.</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>A retiré un membre</translation>
    </message>
    <message>
        <source>Removing the member…</source>
        <translation>Retrait du membre…</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Renommer le groupe</translation>
    </message>
    <message>
        <source>Renamed the group</source>
        <translation>A renommé le groupe</translation>
    </message>
    <message>
        <source>Renaming the group…</source>
        <translation>Renommage du groupe…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Revoke tokens of {name}</source>
        <translation>Révoquer les jetons de {name}</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>A révoqué un jeton</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Révocation…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Send the changes in a hand-over file someone brought straight to the server</source>
        <translation>Envoyer directement au serveur les modifications d’un fichier de transmission apporté par quelqu’un</translation>
    </message>
    <message>
        <source>The changes in the file go to the server under the names of the people who made them; this computer gets them at its next sync, like everyone. Changes the server already has are not taken twice.</source>
        <translation>Les modifications du fichier partent vers le serveur au nom des personnes qui les ont faites ; cet ordinateur les reçoit à sa prochaine synchronisation, comme tout le monde. Les modifications que le serveur a déjà ne sont pas prises deux fois.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>Le code est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The contact “{name}” and every field value it had</source>
        <translation>Le contact « {name} » et toutes les valeurs de ses champs</translation>
    </message>
    <message>
        <source>The discussion about this contact, with its posts ({count})</source>
        <translation>La discussion sur ce contact, avec ses messages ({count})</translation>
    </message>
    <message>
        <source>The file holds no changes; nothing was sent.</source>
        <translation>Le fichier ne contient aucune modification ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The five words given with the file, separately from it.</source>
        <translation>Les cinq mots remis avec le fichier, séparément de celui-ci.</translation>
    </message>
    <message>
        <source>The group is now called “{name}”.</source>
        <translation>Le groupe s’appelle désormais « {name} ».</translation>
    </message>
    <message>
        <source>The invitation gives one person a place in the group. They paste the code into RuralDesk (Sync → Set up sync…) on their computer; it works once.</source>
        <translation>L’invitation donne à une personne une place dans le groupe. Elle colle le code dans RuralDesk (Synchronisation → Configurer la synchronisation…) sur son ordinateur ; il fonctionne une seule fois.</translation>
    </message>
    <message>
        <source>The person is also named in the text of {count} other records. That text is not changed: review it after the erasure (the export lists where).</source>
        <translation>La personne est aussi nommée dans le texte d’autres enregistrements ({count}). Ce texte n’est pas modifié : relisez-le après l’effacement (l’export indique où).</translation>
    </message>
    <message>
        <source>Their own posts in the group&apos;s discussions ({count}); the threads stay and show “post removed”</source>
        <translation>Ses propres messages dans les discussions du groupe ({count}) ; les fils restent et indiquent « message supprimé »</translation>
    </message>
    <message>
        <source>This member has no token in use.</source>
        <translation>Ce membre n’a aucun jeton en service.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a group server. Use Sync → Set up sync… with the invitation code your coordinator gave you.</source>
        <translation>Cet espace de travail n’est pas connecté à un serveur de groupe. Utilisez Synchronisation → Configurer la synchronisation… avec le code d’invitation que votre coordinateur vous a donné.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Tokens revoked for {name}: {count}.</source>
        <translation>Jetons révoqués pour {name} : {count}.</translation>
    </message>
    <message>
        <source>Type a name, an e-mail or a phone number</source>
        <translation>Saisissez un nom, un e-mail ou un numéro de téléphone</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Ce qui va se passer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>When a person asks what the group holds about them, or asks to be forgotten (GDPR articles 15 and 17), find them here.</source>
        <extracomment>contacts listed at once (a search narrows them down)</extracomment>
        <translation>Quand une personne demande ce que le groupe détient sur elle, ou demande à être oubliée (articles 15 et 17 du RGPD), retrouvez-la ici.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>adds and edits the group&apos;s records</source>
        <translation>ajoute et modifie les enregistrements du groupe</translation>
    </message>
    <message>
        <source>as the group will see it</source>
        <translation>tel que le groupe le verra</translation>
    </message>
    <message>
        <source>manages the group: members, invitations, erasure</source>
        <translation>gère le groupe : membres, invitations, effacement</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>reads the group&apos;s records, changes nothing</source>
        <translation>lit les enregistrements du groupe, ne modifie rien</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <extracomment>audit entries per page (&quot;Older entries&quot; asks for the next page)</extracomment>
        <translation>le fichier ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>the server did not accept this computer&apos;s token; ask your coordinator for a new invitation</source>
        <translation>le serveur n’a pas accepté le jeton de cet ordinateur ; demandez une nouvelle invitation à votre coordinateur</translation>
    </message>
    <message>
        <source>unnamed computer</source>
        <translation>ordinateur sans nom</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} jours</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} semaines</translation>
    </message>
    <message>
        <source>{label}, since {when}</source>
        <translation>{label}, depuis le {when}</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (vous)</translation>
    </message>
    <message>
        <source>{name} is no longer a member; their records stay.</source>
        <translation>{name} n’est plus membre ; ses enregistrements restent.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name} est désormais : {role}.</translation>
    </message>
    <message>
        <source>“{name}” was erased here; the erasure goes to the server with this sync and reaches every replica at its next sync.</source>
        <translation>« {name} » a été effacé ici ; l’effacement part vers le serveur avec cette synchronisation et atteint chaque réplique à sa prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Applied: {applied}. Already here: {duplicates}. To pass on to the server: {held}. Refused: {refused}.</source>
        <translation>Appliquées : {applied}. Déjà présentes : {duplicates}. À transmettre au serveur : {held}. Refusées : {refused}.</translation>
    </message>
    <message>
        <source>Changes written: {count}, to {path}.

Passphrase (shown only now): {words}</source>
        <translation>Modifications écrites : {count}, dans {path}.

Phrase secrète (affichée une seule fois) : {words}</translation>
    </message>
    <message>
        <source>Connect this computer to the group&apos;s server once before handing changes over.</source>
        <translation>Connectez cet ordinateur une première fois au serveur du groupe avant de transmettre des modifications.</translation>
    </message>
    <message>
        <source>Export changes for another computer…</source>
        <translation>Exporter les modifications pour un autre ordinateur…</translation>
    </message>
    <message>
        <source>Exporting changes</source>
        <translation>Export des modifications</translation>
    </message>
    <message>
        <source>Hand-over files (*.rdrelay);;All files (*)</source>
        <translation>Fichiers de transmission (*.rdrelay);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import changes from a file…</source>
        <translation>Importer des modifications depuis un fichier…</translation>
    </message>
    <message>
        <source>Importing changes</source>
        <translation>Import des modifications</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Rien n’a été modifié : {reason}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Arrêté. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>Le fichier est incomplet : il n’a pas été copié en entier.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made.</source>
        <translation>Le fichier a été modifié ou endommagé après sa création.</translation>
    </message>
    <message>
        <source>The file will be locked with these words (change them if you like). Give them to the person who imports it, separately from the file.</source>
        <translation>Le fichier sera verrouillé avec ces mots (modifiables). Donnez-les à la personne qui l’importera, séparément du fichier.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file: check the words and try again.</source>
        <translation>La phrase secrète n’ouvre pas ce fichier : vérifiez les mots et réessayez.</translation>
    </message>
    <message>
        <source>This file holds changes of another group.</source>
        <translation>Ce fichier contient les modifications d’un autre groupe.</translation>
    </message>
    <message>
        <source>This is not a RuralDesk hand-over file.</source>
        <translation>Ce n’est pas un fichier de transmission RuralDesk.</translation>
    </message>
    <message>
        <source>Type the words the file was locked with.</source>
        <translation>Tapez les mots avec lesquels le fichier a été verrouillé.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About RuralDesk</source>
        <translation>À propos de RuralDesk</translation>
    </message>
    <message>
        <source>An offline-first organiser of practices, contacts and tools for rural social-economy groups: village associations, cooperatives, social enterprises, third places and the authorities that work with them.</source>
        <translation>Un outil qui fonctionne d&apos;abord hors ligne pour organiser pratiques, contacts et outils des acteurs ruraux de l&apos;économie sociale : associations villageoises, coopératives, entreprises sociales, tiers-lieux et collectivités qui travaillent avec eux.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python :</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt :</translation>
    </message>
    <message>
        <source>RuralDesk user guide</source>
        <translation>Guide d&apos;utilisation de RuralDesk</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite :</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of RuralDesk. It is online at {url}</source>
        <translation>Le guide d&apos;utilisation n&apos;est pas installé avec cette copie de RuralDesk. Il est en ligne à l&apos;adresse {url}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Espace de travail :</translation>
    </message>
</context>
<context>
    <name>IO</name>
    <message>
        <source>Comments on {title}</source>
        <translation>Commentaires sur {title}</translation>
    </message>
    <message>
        <source>DejaVu Sans is not installed: the PDF uses Helvetica, which cannot print letters outside Western Europe (Polish, Greek…); install fonts-dejavu</source>
        <translation>DejaVu Sans n&apos;est pas installée : le PDF utilise Helvetica, qui ne peut pas imprimer les lettres hors d&apos;Europe occidentale (polonais, grec…) ; installez fonts-dejavu</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Export de Google Contacts</translation>
    </message>
    <message>
        <source>Google Contacts export (Outlook CSV)</source>
        <translation>Export de Google Contacts (CSV Outlook)</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Masqué par un coordinateur : {reason}</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Export d&apos;Outlook</translation>
    </message>
    <message>
        <source>Phone ({type}): {number}</source>
        <translation>Téléphone ({type}) : {number}</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Message supprimé</translation>
    </message>
    <message>
        <source>Posts: {count}</source>
        <translation>Messages : {count}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Région : {region}</translation>
    </message>
    <message>
        <source>Started by {name}, {when}</source>
        <translation>Lancée par {name}, {when}</translation>
    </message>
    <message>
        <source>Thunderbird address book export</source>
        <translation>Export du carnet d&apos;adresses de Thunderbird</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Retiré par son auteur.</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <source>a PDF document, not a table or an address book</source>
        <translation>un document PDF, pas un tableau ni un carnet d&apos;adresses</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <source>a Windows program, not a data file</source>
        <translation>un programme Windows, pas un fichier de données</translation>
    </message>
    <message>
        <source>a ZIP archive (an .xlsx or .ods spreadsheet?); save it as CSV from the spreadsheet first</source>
        <translation>une archive ZIP (un classeur .xlsx ou .ods ?) ; enregistrez-le d&apos;abord en CSV depuis le tableur</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un fichier</translation>
    </message>
    <message>
        <source>a gzip-compressed file; uncompress it first</source>
        <translation>un fichier compressé gzip ; décompressez-le d&apos;abord</translation>
    </message>
    <message>
        <source>a program, not a data file</source>
        <translation>un programme, pas un fichier de données</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed</source>
        <translation>un guillemet (&quot;) de cette ligne n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed on its line</source>
        <translation>un guillemet (&quot;) de cette ligne n&apos;est jamais fermé sur sa ligne</translation>
    </message>
    <message>
        <source>a quoted cell has text after its closing quote and the row does not have as many cells as the header</source>
        <translation>une cellule entre guillemets a du texte après son guillemet fermant et la ligne n&apos;a pas autant de cellules que l&apos;en-tête</translation>
    </message>
    <message>
        <source>a second address is not imported (only one address is kept)</source>
        <translation>une deuxième adresse n&apos;est pas importée (une seule adresse est gardée)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>a vCard file</source>
        <translation>un fichier vCard</translation>
    </message>
    <message>
        <source>address country not recognised</source>
        <translation>pays de l&apos;adresse non reconnu</translation>
    </message>
    <message>
        <source>an SQLite database (to bring back a whole workspace use restore)</source>
        <translation>une base de données SQLite (pour récupérer tout un espace de travail, utilisez la restauration)</translation>
    </message>
    <message>
        <source>an alternative (ALTID {altid}) of a value already kept</source>
        <translation>une variante (ALTID {altid}) d&apos;une valeur déjà gardée</translation>
    </message>
    <message>
        <source>an old Office document (.xls or .doc); save it as CSV from the spreadsheet first</source>
        <translation>un ancien document Office (.xls ou .doc) ; enregistrez-le d&apos;abord en CSV depuis le tableur</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>impossible de lire {name} : {reason}</translation>
    </message>
    <message>
        <source>category is not a theme of this workspace</source>
        <translation>la catégorie n&apos;est pas un thème de cet espace de travail</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>colonne {number}</translation>
    </message>
    <message>
        <source>edited {when}</source>
        <translation>modifié le {when}</translation>
    </message>
    <message>
        <source>group “{group}” is not a theme of this workspace; not imported</source>
        <translation>le groupe « {group} » n&apos;est pas un thème de cet espace ; non importé</translation>
    </message>
    <message>
        <source>has {cells} cells but the header names {columns} columns; the extra cells would be lost</source>
        <translation>a {cells} cellules mais l&apos;en-tête nomme {columns} colonnes ; les cellules en trop seraient perdues</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>en réponse à {name}</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list (“{file}”)</source>
        <translation>il contient un fichier que son manifeste ne liste pas (« {file} »)</translation>
    </message>
    <message>
        <source>it holds the file “{file}” twice</source>
        <translation>il contient deux fois le fichier « {file} »</translation>
    </message>
    <message>
        <source>it lists {count} attachment files, more than the {limit} a backup may hold</source>
        <translation>il liste {count} fichiers joints, plus que les {limit} qu&apos;une sauvegarde peut contenir</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the {limit} a restore may write</source>
        <translation>il se décompresserait en {size}, plus que les {limit} qu&apos;une restauration peut écrire</translation>
    </message>
    <message>
        <source>its manifest does not describe the replica file properly</source>
        <translation>son manifeste ne décrit pas correctement le fichier de la réplique</translation>
    </message>
    <message>
        <source>its manifest does not give its counts properly</source>
        <translation>son manifeste n&apos;indique pas correctement ses nombres</translation>
    </message>
    <message>
        <source>its manifest does not list the attachments properly</source>
        <translation>son manifeste ne liste pas correctement les pièces jointes</translation>
    </message>
    <message>
        <source>its manifest is larger than any backup&apos;s</source>
        <translation>son manifeste est plus grand que celui de toute sauvegarde</translation>
    </message>
    <message>
        <source>its manifest is not a list of named values</source>
        <translation>son manifeste n&apos;est pas une liste de valeurs nommées</translation>
    </message>
    <message>
        <source>its manifest lists the attachment {file}… twice</source>
        <translation>son manifeste liste deux fois la pièce jointe {file}…</translation>
    </message>
    <message>
        <source>its manifest names an attachment “{file}” that is not a checksum</source>
        <translation>son manifeste nomme une pièce jointe « {file} » qui n&apos;est pas une somme de contrôle</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>langue non reconnue</translation>
    </message>
    <message>
        <source>looks like card {number} of this file ({reason})</source>
        <translation>ressemble à la fiche {number} de ce fichier ({reason})</translation>
    </message>
    <message>
        <source>looks like row {number} of this file ({reason})</source>
        <translation>ressemble à la ligne {number} de ce fichier ({reason})</translation>
    </message>
    <message>
        <source>looks like “{title}” already here ({reason})</source>
        <translation>ressemble à « {title} », déjà présent ({reason})</translation>
    </message>
    <message>
        <source>name prefix not imported</source>
        <translation>civilité du nom non importée</translation>
    </message>
    <message>
        <source>name suffix not imported</source>
        <translation>suffixe du nom non importé</translation>
    </message>
    <message>
        <source>no matching field</source>
        <translation>aucun champ correspondant</translation>
    </message>
    <message>
        <source>no practice to write (the search or filters match none); {out} was not written</source>
        <translation>aucune pratique à écrire (la recherche ou les filtres n&apos;en trouvent aucune) ; {out} n&apos;a pas été écrit</translation>
    </message>
    <message>
        <source>only one address is kept</source>
        <translation>une seule adresse est conservée</translation>
    </message>
    <message>
        <source>only one name is kept</source>
        <translation>un seul nom est gardé</translation>
    </message>
    <message>
        <source>only one organisation is kept</source>
        <translation>une seule organisation est gardée</translation>
    </message>
    <message>
        <source>only one role is kept</source>
        <translation>une seule fonction est conservée</translation>
    </message>
    <message>
        <source>only one web address is kept</source>
        <translation>une seule adresse web est conservée</translation>
    </message>
    <message>
        <source>phone label not kept (the number is imported)</source>
        <translation>libellé du téléphone non gardé (le numéro est importé)</translation>
    </message>
    <message>
        <source>phone {number} has no country code and no region is set to read it with; kept in the notes (set the workspace&apos;s phone region, or --default-region)</source>
        <translation>le téléphone {number} n&apos;a pas d&apos;indicatif pays et aucune région n&apos;est définie pour le lire ; gardé dans les notes (définissez la région téléphonique de l&apos;espace, ou --default-region)</translation>
    </message>
    <message>
        <source>phone {number} written as {written} (numbers without a country code read as {region})</source>
        <translation>téléphone {number} écrit {written} (numéros sans indicatif de pays lus comme {region})</translation>
    </message>
    <message>
        <source>region “{region}” is not a NUTS region we know; kept in the notes</source>
        <translation>la région « {region} » n&apos;est pas une région NUTS connue ; gardée dans les notes</translation>
    </message>
    <message>
        <source>same e-mail {email}</source>
        <translation>même e-mail {email}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>même téléphone {phone}</translation>
    </message>
    <message>
        <source>similar names ({ratio})</source>
        <translation>noms semblables ({ratio})</translation>
    </message>
    <message>
        <source>spreadsheet (columns matched by their names)</source>
        <translation>tableur (colonnes reconnues par leur nom)</translation>
    </message>
    <message>
        <source>the file name “{file}” points outside the backup</source>
        <translation>le nom de fichier « {file} » pointe hors de la sauvegarde</translation>
    </message>
    <message>
        <source>the last row is cut short (fewer cells than the header and no line end): the file looks truncated</source>
        <translation>la dernière ligne est coupée (moins de cellules que l&apos;en-tête et pas de fin de ligne) : le fichier semble tronqué</translation>
    </message>
    <message>
        <source>the row cannot be read ({error})</source>
        <translation>la ligne ne peut pas être lue ({error})</translation>
    </message>
    <message>
        <source>the workspace {path} is not empty ({count} records); restore only into an empty workspace (choose a new one)</source>
        <translation>l&apos;espace de travail {path} n&apos;est pas vide ({count} fiches) ; restaurez uniquement dans un espace de travail vide (choisissez-en un nouveau)</translation>
    </message>
    <message>
        <source>this card was exported from this workspace and the contact is still here (same UID)</source>
        <translation>cette fiche a été exportée de cet espace de travail et le contact s&apos;y trouve toujours (même UID)</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>encodage inconnu {encoding}</translation>
    </message>
    <message>
        <source>{column} ({count} values)</source>
        <translation>{column} ({count} valeurs)</translation>
    </message>
    <message>
        <source>{name} cannot be restored safely: {reason}; nothing was changed</source>
        <translation>{name} ne peut pas être restauré sans risque : {reason} ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line should name the columns)</source>
        <translation>{name} n&apos;a pas de ligne d&apos;en-tête (la première ligne doit nommer les colonnes)</translation>
    </message>
    <message>
        <source>{name} holds a damaged replica ({reason})</source>
        <translation>{name} contient une réplique endommagée ({reason})</translation>
    </message>
    <message>
        <source>{name} is UTF-8 except on line {line} (byte {byte}), which is in another encoding: two encodings are mixed in one file; correct that line, or choose the encoding of the whole file</source>
        <translation>{name} est en UTF-8 sauf la ligne {line} (octet {byte}), qui est dans un autre encodage : deux encodages sont mélangés ; corrigez cette ligne ou choisissez l&apos;encodage de tout le fichier</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes)</source>
        <translation>{name} est un fichier binaire, pas du texte (il contient des octets NUL)</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes, first on line {line})</source>
        <translation>{name} est un fichier binaire, pas du texte (il contient des octets NUL, d&apos;abord ligne {line})</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason})</source>
        <translation>{name} est endommagé ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: attachment {file}… does not match its checksum</source>
        <translation>{name} est endommagé : la pièce jointe {file}… ne correspond pas à sa somme de contrôle</translation>
    </message>
    <message>
        <source>{name} is damaged: the replica inside does not match its checksum</source>
        <translation>{name} est endommagé : la réplique qu&apos;il contient ne correspond pas à sa somme de contrôle</translation>
    </message>
    <message>
        <source>{name} is damaged: “{file}” is shorter than its manifest says</source>
        <translation>{name} est endommagé : « {file} » est plus court que ce qu&apos;indique son manifeste</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} est vide</translation>
    </message>
    <message>
        <source>{name} is in no encoding we can read exactly (not UTF-8, UTF-16, a Windows or ISO 8859 code page, or Shift-JIS); save it again as UTF-8</source>
        <translation>{name} n&apos;est dans aucun encodage que nous lisons exactement (ni UTF-8, ni UTF-16, ni une page de codes Windows ou ISO 8859, ni Shift-JIS) ; enregistrez-le à nouveau en UTF-8</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} files are missing (first: {first})</source>
        <translation>{name} est incomplet : {count} fichiers manquent (premier : {first})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup (not a ZIP file); it may be truncated</source>
        <translation>{name} n&apos;est pas une sauvegarde RuralDesk (pas un fichier ZIP) ; il est peut-être tronqué</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup or is damaged ({reason})</source>
        <translation>{name} n&apos;est pas une sauvegarde RuralDesk ou est endommagé ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk workspace backup</source>
        <translation>{name} n&apos;est pas une sauvegarde d&apos;espace de travail RuralDesk</translation>
    </message>
    <message>
        <source>{name} is not a vCard file (it should start with BEGIN:VCARD)</source>
        <translation>{name} n&apos;est pas un fichier vCard (il devrait commencer par BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} is not a valid vCard file: card {number} is broken ({reason})</source>
        <translation>{name} n&apos;est pas un fichier vCard valide : la fiche {number} est défectueuse ({reason})</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-16 text; it may be truncated or damaged</source>
        <translation>{name} n&apos;est pas un texte UTF-16 valide ; il est peut-être tronqué ou endommagé</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-32 text; it may be truncated or damaged</source>
        <translation>{name} n&apos;est pas un texte UTF-32 valide ; il est peut-être tronqué ou endommagé</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8</source>
        <translation>{name} n&apos;est finalement pas un texte {encoding} (octet {byte}) ; enregistrez-le à nouveau en UTF-8</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text: line {line} holds bytes it cannot read (byte {byte}); choose another encoding</source>
        <translation>{name} n&apos;est pas un texte {encoding} : la ligne {line} contient des octets illisibles dans cet encodage (octet {byte}) ; choisissez un autre encodage</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} {what} may be; split it into smaller files</source>
        <translation>{name} fait {size}, plus que les {limit} autorisés pour {what} ; découpez-le en fichiers plus petits</translation>
    </message>
    <message>
        <source>{name} is {what}</source>
        <translation>{name} est {what}</translation>
    </message>
    <message>
        <source>{name} needs {size} of free disk space and only {free} is free; nothing was changed</source>
        <translation>{name} a besoin de {size} d&apos;espace disque libre et seuls {free} sont libres ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{name} starts as UTF-8 but line {line} holds bytes that are not UTF-8 (byte {byte}); it may be damaged — save it again as UTF-8</source>
        <translation>{name} commence en UTF-8 mais la ligne {line} contient des octets qui ne sont pas UTF-8 (octet {byte}) ; il est peut-être endommagé — enregistrez-le à nouveau en UTF-8</translation>
    </message>
    <message>
        <source>{name} was made by a newer RuralDesk (backup format {version}); update RuralDesk to restore it</source>
        <translation>{name} a été créé par une version plus récente de RuralDesk (format de sauvegarde {version}) ; mettez RuralDesk à jour pour le restaurer</translation>
    </message>
    <message>
        <source>{name}, line {line}: a quoted cell has text after its closing quote ({error})</source>
        <translation>{name}, ligne {line} : une cellule entre guillemets a du texte après son guillemet fermant ({error})</translation>
    </message>
    <message>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}, ligne {line} : {error}</translation>
    </message>
    <message>
        <source>{name}: a quote (&quot;) opened near line {line} is never closed; the file looks truncated or damaged</source>
        <translation>{name} : un guillemet (&quot;) ouvert vers la ligne {line} n&apos;est jamais fermé ; le fichier semble tronqué ou endommagé</translation>
    </message>
    <message>
        <source>{name}: card {number} is never closed (END:VCARD is missing); the file looks truncated</source>
        <translation>{name} : la fiche {number} n&apos;est jamais fermée (END:VCARD manque) ; le fichier semble tronqué</translation>
    </message>
    <message>
        <source>{name}: the encoding is not certain, the file reads differently as {shown}; choose one (for example --encoding {first})</source>
        <translation>{name} : l&apos;encodage n&apos;est pas certain, le fichier se lit différemment en {shown} ; choisissez-en un (par exemple --encoding {first})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); restore into a new workspace</source>
        <translation>{path} ne peut pas être lu ({reason}) ; restaurez dans un nouvel espace de travail</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{path} is a folder, not {what}</source>
        <translation>{path} est un dossier, pas {what}</translation>
    </message>
    <message>
        <source>{path} is not an empty workspace</source>
        <translation>{path} n&apos;est pas un espace de travail vide</translation>
    </message>
    <message>
        <source>{property} not imported: {why}</source>
        <translation>{property} non importé : {why}</translation>
    </message>
    <message>
        <source>{where}: {count} characters in a script the font cannot show ({scripts}) were left out of the PDF</source>
        <translation>{where} : {count} caractères d&apos;une écriture que la police ne peut pas afficher ({scripts}) ont été omis du PDF</translation>
    </message>
    <message>
        <source>“{file}” claims a size its compressed data cannot have (a zip bomb?)</source>
        <translation>« {file} » annonce une taille que ses données compressées ne peuvent pas avoir (une bombe ZIP ?)</translation>
    </message>
    <message>
        <source>“{file}” is a link or a folder, not a file</source>
        <translation>« {file} » est un lien ou un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>“{file}” is encrypted or compressed in a way RuralDesk does not write</source>
        <translation>« {file} » est chiffré ou compressé d&apos;une manière que RuralDesk n&apos;utilise pas</translation>
    </message>
    <message>
        <source>“{file}” is not the size its manifest says</source>
        <translation>« {file} » n&apos;a pas la taille indiquée par son manifeste</translation>
    </message>
    <message>
        <source>“{file}” unpacks to more than its declared size (a zip bomb?)</source>
        <translation>« {file} » se décompresse en plus que sa taille déclarée (une bombe ZIP ?)</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number we can read; kept in the notes</source>
        <translation>« {number} » n&apos;est pas un numéro de téléphone lisible ; gardé dans les notes</translation>
    </message>
    <message>
        <source>“{value}” is not a country (use a name or an ISO 3166 code such as PT)</source>
        <translation>« {value} » n&apos;est pas un pays (utilisez un nom ou un code ISO 3166 comme PT)</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>« {value} » n&apos;est pas une date (utilisez AAAA-MM-JJ ou JJ/MM/AAAA)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use a name or an ISO 639 code such as fr)</source>
        <translation>« {value} » n&apos;est pas une langue (utilisez un nom ou un code ISO 639 comme fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use an ISO 639 code such as fr)</source>
        <translation>« {value} » n&apos;est pas une langue (utilisez un code ISO 639 comme fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>« {value} » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>« {value} » n&apos;est pas un identifiant de fiche</translation>
    </message>
    <message>
        <source>“{value}” is not a theme of this workspace</source>
        <translation>« {value} » n&apos;est pas un thème de cet espace de travail</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>« {value} » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>« {value} » ne fait pas partie de : {choices}</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Filtrer par {what}</translation>
    </message>
    <message>
        <source>In the trash: {count}</source>
        <translation>Dans la corbeille : {count}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>List summary</source>
        <translation>Résumé de la liste</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Fiches : {count}</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Results: {count}</source>
        <translation>Résultats : {count}</translation>
    </message>
    <message>
        <source>Results: {shown} of {total}</source>
        <translation>Résultats : {shown} sur {total}</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Enregistrer la recherche…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Enregistrer cette recherche</translation>
    </message>
    <message>
        <source>Selected: {count}</source>
        <translation>Sélection : {count}</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Type to search practices, contacts, tools and themes.</source>
        <translation>Tapez pour chercher dans les pratiques, contacts, outils et thèmes.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About RuralDesk</source>
        <translation>À &amp;propos de RuralDesk</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Joindre des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Colonnes…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation>&amp;Copier les informations de diagnostic</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Lier à…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Paste as attachment</source>
        <translation>Coller en &amp;pièce jointe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Fi&amp;che</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Paramè&amp;tres…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Ajouter une fiche à la liste affichée</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>Ajouté : « {title} »</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Attached: {count}</source>
        <translation>Fichiers joints : {count}</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Pièce jointe pas encore disponible</translation>
    </message>
    <message>
        <source>Bring the selected records back from the trash</source>
        <translation>Sortir les fiches sélectionnées de la corbeille</translation>
    </message>
    <message>
        <source>Changes waiting to be shared</source>
        <translation>Modifications en attente de partage</translation>
    </message>
    <message>
        <source>Changes waiting to be shared: {count}</source>
        <translation>Modifications en attente de partage : {count}</translation>
    </message>
    <message>
        <source>Choose a practice or a tool to attach files to.</source>
        <translation>Choisissez une pratique ou un outil auquel joindre des fichiers.</translation>
    </message>
    <message>
        <source>Copy files into the workspace and attach them</source>
        <translation>Copier des fichiers dans l&apos;espace de travail et les joindre</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Impossible de joindre</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Impossible d&apos;enregistrer</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Supprimer la recherche enregistrée</translation>
    </message>
    <message>
        <source>Diagnostic information copied. Paste it into your message to the person helping you; it holds no names or contents.</source>
        <translation>Informations de diagnostic copiées. Collez-les dans votre message à la personne qui vous aide ; elles ne contiennent ni noms ni contenus.</translation>
    </message>
    <message>
        <source>Edit the record shown</source>
        <translation>Modifier la fiche affichée</translation>
    </message>
    <message>
        <source>Empty the &amp;trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Vidage de la corbeille</translation>
    </message>
    <message>
        <source>Erase everything in the trash from this computer? This cannot be undone.</source>
        <translation>Effacer de cet ordinateur tout le contenu de la corbeille ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Erased from this computer: {count}</source>
        <translation>Effacées de cet ordinateur : {count}</translation>
    </message>
    <message>
        <source>For a support request: versions and sizes, never names or contents</source>
        <translation>Pour une demande d&apos;aide : versions et tailles, jamais de noms ni de contenus</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Aller à la &amp;liste</translation>
    </message>
    <message>
        <source>Link this record to contacts, tools or practices</source>
        <translation>Lier cette fiche à des contacts, outils ou pratiques</translation>
    </message>
    <message>
        <source>Link “{title}” to…</source>
        <translation>Lier « {title} » à…</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>Mettre les fiches sélectionnées à la corbeille</translation>
    </message>
    <message>
        <source>Moved to the trash: {count}. Undo with Ctrl+Z.</source>
        <translation>Mises à la corbeille : {count}. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>set by the sync UI: fetch_attachment(sha256, then) downloads a file kept on the server</extracomment>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>No changes waiting to be shared</source>
        <translation>Aucune modification en attente de partage</translation>
    </message>
    <message>
        <source>No saved searches yet. Type in the search box, then choose Save search under the filters.</source>
        <translation>Aucune recherche enregistrée. Tapez dans le champ de recherche, puis choisissez Enregistrer la recherche sous les filtres.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>R&amp;estaurer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Restored: {count}</source>
        <translation>Restaurées : {count}</translation>
    </message>
    <message>
        <source>RuralDesk</source>
        <extracomment>which collections a record of each collection can be linked to (both directions)</extracomment>
        <translation>RuralDesk</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Saved the search “{name}”</source>
        <translation>Recherche « {name} » enregistrée</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>Enregistré : « {title} »</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Tout rechercher</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <extracomment>the middle pane: the list, or a view another module adds for a navigation node</extracomment>
        <translation>Tout rechercher (Ctrl+K)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Afficher le dossier du &amp;journal</translation>
    </message>
    <message>
        <source>Show {what}</source>
        <translation>Afficher : {what}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Cette fiche n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The clipboard holds no file or picture to attach.</source>
        <translation>Le presse-papiers ne contient aucun fichier ni image à joindre.</translation>
    </message>
    <message>
        <source>This file is not on this computer yet. It arrives with the next sync.</source>
        <translation>Ce fichier n&apos;est pas encore sur cet ordinateur. Il arrivera à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Trouvé dans</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À relire</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <extracomment>the review list is a coordinator&apos;s (ui/review.py): whatsnew sets it from the member&apos;s role</extracomment>
        <translation>Quoi de neuf</translation>
    </message>
    <message>
        <source>{field}: {text}</source>
        <translation>{field} : {text}</translation>
    </message>
</context>
<context>
    <name>NewsCounts</name>
    <message numerus="yes">
        <source>%n changed contacts</source>
        <translation>
            <numerusform>%n contact modifié</numerusform>
            <numerusform>%n contacts modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed practices</source>
        <translation>
            <numerusform>%n pratique modifiée</numerusform>
            <numerusform>%n pratiques modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed tools</source>
        <translation>
            <numerusform>%n outil modifié</numerusform>
            <numerusform>%n outils modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited posts</source>
        <translation>
            <numerusform>%n message modifié</numerusform>
            <numerusform>%n messages modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n nouveau contact</numerusform>
            <numerusform>%n nouveaux contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new posts</source>
        <translation>
            <numerusform>%n nouveau message</numerusform>
            <numerusform>%n nouveaux messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new practices</source>
        <translation>
            <numerusform>%n nouvelle pratique</numerusform>
            <numerusform>%n nouvelles pratiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tools</source>
        <translation>
            <numerusform>%n nouvel outil</numerusform>
            <numerusform>%n nouveaux outils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices</source>
        <translation>
            <numerusform>%n pratique</numerusform>
            <numerusform>%n pratiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records shared by others since your last review.</source>
        <translation>
            <numerusform>%n fiche partagée par d&apos;autres depuis votre dernière relecture.</numerusform>
            <numerusform>%n fiches partagées par d&apos;autres depuis votre dernière relecture.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n outil</numerusform>
            <numerusform>%n outils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Attach files: {count}</source>
        <translation>Joindre des fichiers : {count}</translation>
    </message>
    <message>
        <source>Could not undo or redo: {error}</source>
        <extracomment>a write: runs on the writer thread, returns what changed and a value for on_done</extracomment>
        <translation>Impossible d&apos;annuler ou de rétablir : {error}</translation>
    </message>
    <message>
        <source>Create {title}</source>
        <translation>Créer « {title} »</translation>
    </message>
    <message>
        <source>Delete records: {count}</source>
        <translation>Supprimer des fiches : {count}</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Supprimer « {title} »</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Modifier « {title} »</translation>
    </message>
    <message>
        <source>Link {title}</source>
        <translation>Lier « {title} »</translation>
    </message>
    <message>
        <source>Not undone: {fields} of “{title}” changed since, by someone else (it arrived with the last sync). Their value stays; edit it by hand if yours should win.</source>
        <translation>Non annulé : {fields} de « {title} » a été modifié depuis par quelqu’un d’autre (arrivé avec la dernière synchronisation). Sa valeur reste ; modifiez-la à la main si la vôtre doit l’emporter.</translation>
    </message>
    <message>
        <source>Not undone: “{title}” was moved to or from the trash by someone else since (it arrived with the last sync). It stays as it is.</source>
        <translation>Non annulé : « {title} » a été mis à la corbeille ou restauré depuis par quelqu’un d’autre (arrivé avec la dernière synchronisation). Il reste tel quel.</translation>
    </message>
    <message>
        <source>Remove attachment {name}</source>
        <translation>Retirer la pièce jointe {name}</translation>
    </message>
    <message>
        <source>Restore records: {count}</source>
        <translation>Restaurer des fiches : {count}</translation>
    </message>
    <message>
        <source>Restore {title}</source>
        <translation>Restaurer « {title} »</translation>
    </message>
    <message>
        <source>Unlink from {title}</source>
        <translation>Délier de « {title} »</translation>
    </message>
</context>
<context>
    <name>PeerSync</name>
    <message>
        <source>&amp;Computers offering sync nearby:</source>
        <translation>&amp;Ordinateurs proches qui proposent la synchronisation :</translation>
    </message>
    <message>
        <source>&amp;Offer sync to a nearby computer…</source>
        <translation>P&amp;roposer la synchronisation à un ordinateur proche…</translation>
    </message>
    <message>
        <source>Address of this computer</source>
        <translation>Adresse de cet ordinateur</translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation>Se co&amp;nnecter et synchroniser</translation>
    </message>
    <message>
        <source>Choose a computer from the list, or type its address as shown on it (for example 192.168.1.20:40123).</source>
        <translation>Choisissez un ordinateur dans la liste, ou tapez son adresse telle qu’elle y est affichée (par exemple 192.168.1.20:40123).</translation>
    </message>
    <message>
        <source>Choose the computer that offers sync (Sync → Offer sync to a nearby computer… on it) and type the code it shows.</source>
        <translation>Choisissez l’ordinateur qui propose la synchronisation (sur celui-ci : Synchronisation → Proposer la synchronisation à un ordinateur proche…) et tapez le code qu’il affiche.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>If this computer is not listed there, connect by address: {address}</source>
        <translation>Si cet ordinateur n’y apparaît pas, connectez-vous par adresse : {address}</translation>
    </message>
    <message>
        <source>Let a computer of your group on the same network sync with this one, without the server or the internet</source>
        <translation>Permettre à un ordinateur de votre groupe sur le même réseau de se synchroniser avec celui-ci, sans serveur ni internet</translation>
    </message>
    <message>
        <source>Looking for computers of your group on this network…</source>
        <translation>Recherche des ordinateurs de votre groupe sur ce réseau…</translation>
    </message>
    <message>
        <source>Offer sync to a nearby computer</source>
        <translation>Proposer la synchronisation à un ordinateur proche</translation>
    </message>
    <message>
        <source>On the other computer (same Wi-Fi or phone hotspot, same group), choose Sync → Sync with a nearby computer…, pick this computer and type this code:</source>
        <translation>Sur l’autre ordinateur (même Wi-Fi ou point d’accès d’un téléphone, même groupe), choisissez Synchronisation → Synchroniser avec un ordinateur proche…, choisissez cet ordinateur et tapez ce code :</translation>
    </message>
    <message>
        <source>Or connect by &amp;address:</source>
        <translation>Ou se connecter par &amp;adresse :</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>&amp;Code d’appairage :</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Code d’appairage</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-applied.</source>
        <translation>Arrêté. Rien n’a été appliqué à moitié.</translation>
    </message>
    <message>
        <source>Sync with a &amp;nearby computer…</source>
        <translation>Synchroniser avec un ordinateur &amp;proche…</translation>
    </message>
    <message>
        <source>Sync with a computer of your group that offers it on the same network</source>
        <translation>Se synchroniser avec un ordinateur de votre groupe qui le propose sur le même réseau</translation>
    </message>
    <message>
        <source>Sync with a nearby computer</source>
        <translation>Synchroniser avec un ordinateur proche</translation>
    </message>
    <message>
        <source>Synced with “{name}”: {received} changes received, {sent} sent.</source>
        <translation>Synchronisé avec « {name} » : {received} modifications reçues, {sent} envoyées.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed.</source>
        <translation>Ce n’est pas le code affiché sur l’autre ordinateur ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed. Tries left: {count}.</source>
        <translation>Ce n’est pas le code affiché sur l’autre ordinateur ; rien n’a été modifié. Essais restants : {count}.</translation>
    </message>
    <message>
        <source>The code has six digits, as shown on the other computer.</source>
        <translation>Le code a six chiffres, comme affiché sur l’autre ordinateur.</translation>
    </message>
    <message>
        <source>The connection to the other computer was lost ({reason}). Nothing was half-applied; try again.</source>
        <translation>La connexion avec l’autre ordinateur a été perdue ({reason}). Rien n’a été appliqué à moitié ; réessayez.</translation>
    </message>
    <message>
        <source>The connection was lost before the end; nothing was half-applied. Still waiting for a computer of your group…</source>
        <translation>La connexion a été perdue avant la fin ; rien n’a été appliqué à moitié. En attente d’un ordinateur de votre groupe…</translation>
    </message>
    <message>
        <source>The other computer answered in a way this version does not understand ({reason}). Nothing was changed.</source>
        <translation>L’autre ordinateur a répondu d’une façon que cette version ne comprend pas ({reason}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The other computer belongs to another group; only computers of the same group can sync. Nothing was changed.</source>
        <translation>L’autre ordinateur appartient à un autre groupe ; seuls les ordinateurs d’un même groupe peuvent se synchroniser. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The other computer stopped its offer after too many wrong codes. Ask for a new offer there; nothing was changed.</source>
        <translation>L’autre ordinateur a arrêté sa proposition après trop de codes erronés. Demandez-y une nouvelle proposition ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: on the other computer, connect by address: {address}</source>
        <translation>Ce réseau ne permet pas aux ordinateurs de se trouver : sur l’autre ordinateur, connectez-vous par adresse : {address}</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: type the address shown on the other computer.</source>
        <translation>Ce réseau ne permet pas aux ordinateurs de se trouver : tapez l’adresse affichée sur l’autre ordinateur.</translation>
    </message>
    <message>
        <source>This workspace is not part of a group yet. Set up sync with your group server once (Sync → Set up sync…); after that it can sync with nearby computers too.</source>
        <translation>Cet espace de travail ne fait pas encore partie d’un groupe. Configurez une fois la synchronisation avec le serveur de votre groupe (Synchronisation → Configurer la synchronisation…) ; ensuite, il pourra aussi se synchroniser avec des ordinateurs proches.</translation>
    </message>
    <message>
        <source>Waiting for a computer of your group…</source>
        <translation>En attente d’un ordinateur de votre groupe…</translation>
    </message>
    <message>
        <source>{count} are kept until your next sync with the server, which knows the computer that signed them.</source>
        <translation>{count} sont conservées jusqu’à votre prochaine synchronisation avec le serveur, qui connaît l’ordinateur qui les a signées.</translation>
    </message>
    <message>
        <source>{count} were refused (their signature did not check out).</source>
        <translation>{count} ont été refusées (leur signature n’était pas valable).</translation>
    </message>
    <message>
        <source>“{name}” belongs to another group; it cannot sync with this computer. Still waiting…</source>
        <translation>« {name} » appartient à un autre groupe ; il ne peut pas se synchroniser avec cet ordinateur. Toujours en attente…</translation>
    </message>
    <message>
        <source>“{name}” connected; checking the code…</source>
        <translation>« {name} » s’est connecté ; vérification du code…</translation>
    </message>
    <message>
        <source>“{name}” typed a wrong code; nothing was changed. Tries left: {count}.</source>
        <translation>« {name} » a tapé un code erroné ; rien n’a été modifié. Essais restants : {count}.</translation>
    </message>
    <message>
        <source>“{name}” typed the right code; syncing…</source>
        <translation>« {name} » a tapé le bon code ; synchronisation…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ignorer les modifications</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Non à to&amp;ut</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tout enregistrer</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Oui à &amp;tout</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copier l&apos;adresse du &amp;lien</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Mark all as reviewed</source>
        <translation>Tout &amp;marquer comme relu</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>few columns: the pane beside the record is narrow at 150 % (the type is in the tool tip)</extracomment>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>Choisissez d&apos;abord une fiche dans la liste.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Nothing to review: everything others shared has been reviewed.</source>
        <translation>Rien à relire : tout ce que les autres ont partagé a été relu.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Note de relecture</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: {note}</source>
        <translation>Note de relecture : {note}</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Partagé par</translation>
    </message>
    <message>
        <source>Shared records to review</source>
        <translation>Fiches partagées à relire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À relire</translation>
    </message>
    <message>
        <source>Write a reviewer&apos;s note on the chosen record</source>
        <translation>Écrire une note de relecture sur la fiche choisie</translation>
    </message>
    <message>
        <source>Your note on “{title}” travels with the record to everyone in the group. Only coordinators can write it.</source>
        <translation>Votre note sur « {title} » accompagne la fiche chez tous les membres du groupe. Seuls les coordinateurs peuvent l&apos;écrire.</translation>
    </message>
    <message>
        <source>{type}, last changed {when}</source>
        <translation>{type}, modifié le {when}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Could not load demo data: {error}</source>
        <translation>Impossible de charger les données de démonstration : {error}</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Données de démonstration chargées.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <extracomment>startup.Opened: the replica and the lock that goes with it (set by ruraldesk.app); switch_workspace() replaces both</extracomment>
        <translation>Chargement des données de démonstration</translation>
    </message>
    <message>
        <source>Stopped loading demo data; what was loaded stays.</source>
        <translation>Chargement des données de démonstration arrêté ; ce qui a été chargé est conservé.</translation>
    </message>
    <message>
        <source>The new data folder is used from the next start.</source>
        <translation>Le nouveau dossier des données sera utilisé au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Another RuralDesk window is already working on this workspace ({path}). Switch to that window, or close it and try again.</source>
        <translation>Une autre fenêtre de RuralDesk utilise déjà cet espace de travail ({path}). Passez à cette fenêtre, ou fermez-la et réessayez.</translation>
    </message>
    <message>
        <source>Choose a folder for your workspace</source>
        <translation>Choisir un dossier pour votre espace de travail</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Choisir un autre dossier…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Only {free} MB are free where your workspace is kept ({path}). RuralDesk may not be able to save your changes. Free some space (empty the computer&apos;s trash, remove large files), then continue.</source>
        <translation>Il ne reste que {free} Mo libres là où se trouve votre espace de travail ({path}). RuralDesk risque de ne pas pouvoir enregistrer vos modifications. Libérez de la place (videz la corbeille de l&apos;ordinateur, supprimez de gros fichiers), puis continuez.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>RuralDesk is already open</source>
        <translation>RuralDesk est déjà ouvert</translation>
    </message>
    <message>
        <source>RuralDesk keeps your workspace in {folder}, but cannot write there ({reason}). Choose another folder you can write to, such as one in your documents.</source>
        <translation>RuralDesk conserve votre espace de travail dans {folder}, mais ne peut pas y écrire ({reason}). Choisissez un autre dossier où vous pouvez écrire, par exemple dans vos documents.</translation>
    </message>
    <message>
        <source>Show the backups</source>
        <translation>Afficher les sauvegardes</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <extracomment>below this much free space a warning comes before anything is written</extracomment>
        <translation>Le dossier des données est inutilisable</translation>
    </message>
    <message>
        <source>The disk is almost full</source>
        <translation>Le disque est presque plein</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder you can write to.</source>
        <translation>Le dossier {folder} est en lecture seule. Choisissez un autre dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>{problem}

RuralDesk keeps automatic backups of your workspace in {backups}. You can restore one by copying it over the damaged file.</source>
        <translation>{problem}

RuralDesk conserve des sauvegardes automatiques de votre espace de travail dans {backups}. Vous pouvez en restaurer une en la copiant à la place du fichier endommagé.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>C&amp;onflits…</translation>
    </message>
    <message>
        <source>&amp;Disconnect from the server…</source>
        <translation>Se &amp;déconnecter du serveur…</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation>&amp;Groupe…</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>Code d’&amp;invitation :</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>passed on to the Transport (tests shorten the back-off) seconds the first question to the server may take, retries included callables(report) run on the UI thread after a sync that finished (ui/whatsnew.py)</extracomment>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Pièce jointe pas encore disponible</translation>
    </message>
    <message>
        <source>Attachment not on the server</source>
        <translation>Pièce jointe absente du serveur</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Modifications en attente : {count}</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Vérifier et enregistrer</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Conflits : {count}</translation>
    </message>
    <message>
        <source>Connected. Your token is kept in {where}.</source>
        <translation>Connecté. Votre jeton est conservé dans {where}.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Vérification de la connexion</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Téléchargement impossible</translation>
    </message>
    <message>
        <source>Could not keep the token: {error}</source>
        <translation>Impossible de conserver le jeton : {error}</translation>
    </message>
    <message>
        <source>Disconnect from the server</source>
        <translation>Se déconnecter du serveur</translation>
    </message>
    <message>
        <source>Downloading the attachment</source>
        <translation>Téléchargement de la pièce jointe</translation>
    </message>
    <message>
        <source>Enter the server address (starting with https://) and the group.</source>
        <translation>Saisissez l&apos;adresse du serveur (commençant par https://) et le groupe.</translation>
    </message>
    <message>
        <source>Enter the token your coordinator gave you.</source>
        <translation>Saisissez le jeton fourni par votre coordinateur.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer. Use Sync → Set up sync… to share it with your group.</source>
        <translation>Tout est enregistré sur cet ordinateur. Utilisez Synchronisation → Configurer la synchronisation… pour le partager avec votre groupe.</translation>
    </message>
    <message>
        <source>Group “{group}” at {url}</source>
        <translation>Groupe « {group} » sur {url}</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Code d’invitation</translation>
    </message>
    <message>
        <source>Joining the group…</source>
        <translation>Connexion au groupe…</translation>
    </message>
    <message>
        <source>Large change from the server</source>
        <translation>Changement important venant du serveur</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Non enregistré : {why}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflits à régler</translation>
    </message>
    <message>
        <source>Or, with a personal token:</source>
        <translation>Ou, avec un jeton personnel :</translation>
    </message>
    <message>
        <source>Paste the invitation code your coordinator sent you: it holds the server&apos;s address and the group. With a personal token instead, leave it empty and fill in the fields below. The token is kept in the system&apos;s password store when there is one, otherwise in a file only you can read.</source>
        <translation>Collez le code d’invitation que votre coordinateur vous a envoyé : il contient l’adresse du serveur et le groupe. Avec un jeton personnel, laissez-le vide et remplissez les champs ci-dessous. Le jeton est conservé dans le trousseau de mots de passe du système s’il en existe un, sinon dans un fichier que vous seul pouvez lire.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Résoudre…</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>&amp;Arrêter la synchronisation</translation>
    </message>
    <message>
        <source>Send your changes to the group server and get everyone else&apos;s</source>
        <translation>Envoyer vos modifications au serveur du groupe et recevoir celles des autres</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur :</translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation>&amp;Configurer la synchronisation…</translation>
    </message>
    <message>
        <source>Set up sync</source>
        <translation>Configurer la synchronisation</translation>
    </message>
    <message>
        <source>Stop syncing this workspace with the group server? Your records stay on this computer; changes not yet sent stay waiting. You can set up sync again later.</source>
        <translation>Arrêter de synchroniser cet espace de travail avec le serveur du groupe ? Vos fiches restent sur cet ordinateur ; les modifications pas encore envoyées restent en attente. Vous pourrez reconfigurer la synchronisation plus tard.</translation>
    </message>
    <message>
        <source>Syncing… {stage}</source>
        <translation>Synchronisation… {stage}</translation>
    </message>
    <message>
        <source>The group server does not have this file yet: the person who attached it has not synced since.</source>
        <translation>Le serveur du groupe n&apos;a pas encore ce fichier : la personne qui l&apos;a joint n&apos;a pas synchronisé depuis.</translation>
    </message>
    <message>
        <source>The group server refused a change to this record ({fields}).</source>
        <translation>Le serveur du groupe a refusé une modification de cette fiche ({fields}).</translation>
    </message>
    <message>
        <source>The group server&apos;s changes would move {deletes} records to the trash, erase {erasures} and change {overwrites} — {total} of your {records} records ({share}).

This can be right (someone tidied up the shared records) or a mistake. Apply these changes now?</source>
        <translation>Les modifications du serveur du groupe mettraient {deletes} fiches à la corbeille, en effaceraient {erasures} et en modifieraient {overwrites} — {total} de vos {records} fiches ({share}).

C&apos;est peut-être voulu (quelqu&apos;un a fait du tri dans les fiches partagées) ou une erreur. Appliquer ces modifications maintenant ?</translation>
    </message>
    <message>
        <source>The group&apos;s members; for coordinators, invitations, roles and people&apos;s data requests</source>
        <translation>Les membres du groupe ; pour les coordinateurs, invitations, rôles et demandes sur les données personnelles</translation>
    </message>
    <message>
        <source>This file is not on this computer, and this workspace is not connected to a group server.</source>
        <translation>Ce fichier n&apos;est pas sur cet ordinateur, et cet espace de travail n&apos;est connecté à aucun serveur de groupe.</translation>
    </message>
    <message>
        <source>This record is in conflict ({fields}): two people changed it at once.</source>
        <translation>Cette fiche est en conflit ({fields}) : deux personnes l’ont modifiée en même temps.</translation>
    </message>
    <message>
        <source>This workspace holds demo data. Demo data is fictional and never leaves this computer, so it cannot be shared with your group.

Use a new, empty workspace for your group&apos;s records? The demo workspace stays as it is.</source>
        <translation>Cet espace de travail contient des données de démonstration. Elles sont fictives et ne quittent jamais cet ordinateur : elles ne peuvent pas être partagées avec votre groupe.

Utiliser un nouvel espace de travail vide pour les fiches de votre groupe ? L’espace de démonstration reste tel quel.</translation>
    </message>
    <message>
        <source>Up to date · {when}</source>
        <translation>À jour · {when}</translation>
    </message>
    <message>
        <source>Working offline: no group server connected</source>
        <translation>Hors ligne : aucun serveur de groupe connecté</translation>
    </message>
    <message>
        <source>You are now in the new, empty workspace “{name}”. The demo workspace stays as it is.</source>
        <translation>Vous êtes maintenant dans le nouvel espace de travail vide « {name} ». L’espace de démonstration reste tel quel.</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>un fichier que vous seul pouvez lire ({path})</translation>
    </message>
    <message>
        <source>checking the server</source>
        <translation>vérification du serveur</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>impossible de joindre le serveur</translation>
    </message>
    <message>
        <source>could not reach the server: {reason}</source>
        <translation>impossible de joindre le serveur : {reason}</translation>
    </message>
    <message>
        <source>enter a new token under Sync → Set up sync…</source>
        <translation>saisissez un nouveau jeton sous Synchronisation → Configurer la synchronisation…</translation>
    </message>
    <message>
        <source>kept from before; type to replace it</source>
        <translation>conservé ; tapez pour le remplacer</translation>
    </message>
    <message>
        <source>last synced at {time}</source>
        <translation>dernière synchronisation à {time}</translation>
    </message>
    <message>
        <source>optional: your name as the group knows it</source>
        <translation>facultatif : votre nom tel que le groupe le connaît</translation>
    </message>
    <message>
        <source>press F5 to try again</source>
        <translation>appuyez sur F5 pour réessayer</translation>
    </message>
    <message>
        <source>receiving attachments</source>
        <translation>réception des pièces jointes</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>réception des modifications</translation>
    </message>
    <message>
        <source>saving what arrived</source>
        <translation>enregistrement de ce qui est arrivé</translation>
    </message>
    <message>
        <source>sending attachments</source>
        <translation>envoi des pièces jointes</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>envoi des modifications</translation>
    </message>
    <message>
        <source>set up sync in a new, empty workspace</source>
        <translation>configurez la synchronisation dans un nouvel espace de travail vide</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>un problème est survenu</translation>
    </message>
    <message>
        <source>something went wrong ({reason}); the details are in the log</source>
        <translation>un problème est survenu ({reason}) ; les détails sont dans le journal</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>arrêt</translation>
    </message>
    <message>
        <source>the server did not accept this token for this group; check it, or ask your coordinator for a new one</source>
        <translation>le serveur n’a pas accepté ce jeton pour ce groupe ; vérifiez-le, ou demandez-en un nouveau à votre coordinateur</translation>
    </message>
    <message>
        <source>the server did not accept your token</source>
        <translation>le serveur n’a pas accepté votre jeton</translation>
    </message>
    <message>
        <source>the server did not accept your token; ask your coordinator for a new one and enter it under Sync → Set up sync…</source>
        <translation>le serveur n&apos;a pas accepté votre jeton ; demandez-en un nouveau à votre coordinateur et saisissez-le dans Synchronisation → Configurer la synchronisation…</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>le serveur a refusé la demande</translation>
    </message>
    <message>
        <source>the server refused the request: {reason}</source>
        <translation>le serveur a refusé la demande : {reason}</translation>
    </message>
    <message>
        <source>the system&apos;s password store</source>
        <translation>le gestionnaire de mots de passe du système</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never leaves this computer; set up sync in a new, empty workspace</source>
        <translation>cet espace de travail contient des données de démonstration, qui ne quittent jamais cet ordinateur ; configurez la synchronisation dans un nouvel espace de travail vide</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never syncs</source>
        <translation>cet espace de travail contient des données de démonstration, jamais synchronisées</translation>
    </message>
    <message>
        <source>trying again at {time}</source>
        <translation>nouvel essai à {time}</translation>
    </message>
    <message>
        <source>you chose not to apply the server&apos;s large change</source>
        <translation>vous avez choisi de ne pas appliquer le changement important du serveur</translation>
    </message>
    <message>
        <source>you stopped it</source>
        <translation>vous l&apos;avez arrêtée</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage} : {done} sur {total}</translation>
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
        <translation>Agroécologie</translation>
    </message>
    <message>
        <source>Co-design with authorities</source>
        <translation>Co-construction avec les collectivités</translation>
    </message>
    <message>
        <source>Community transport</source>
        <translation>Transport solidaire</translation>
    </message>
    <message>
        <source>Digital platform cooperatives</source>
        <translation>Coopératives de plateformes numériques</translation>
    </message>
    <message>
        <source>Education and services</source>
        <translation>Éducation et services</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Energy communities</source>
        <translation>Communautés énergétiques</translation>
    </message>
    <message>
        <source>Enterprise development and employment</source>
        <translation>Développement des entreprises et emploi</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Local entrepreneurship</source>
        <translation>Entrepreneuriat local</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Policy and legal frameworks</source>
        <translation>Cadres politiques et juridiques</translation>
    </message>
    <message>
        <source>Short food supply chains</source>
        <translation>Circuits courts alimentaires</translation>
    </message>
    <message>
        <source>Social inclusion</source>
        <translation>Inclusion sociale</translation>
    </message>
    <message>
        <source>Solidarity networks</source>
        <translation>Réseaux de solidarité</translation>
    </message>
    <message>
        <source>Sustainable agriculture and food</source>
        <translation>Agriculture et alimentation durables</translation>
    </message>
    <message>
        <source>Work integration</source>
        <translation>Insertion par le travail</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>&amp;Back up the workspace to a file…</source>
        <translation>&amp;Sauvegarder l&apos;espace de travail dans un fichier…</translation>
    </message>
    <message>
        <source>&amp;Contacts to merge (ticked):</source>
        <translation>Contacts à fusionner (coc&amp;hés) :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Effacer définitivement</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Groupes :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>&quot;(detected)&quot; marks what the detector said, not whatever the file was read again with</extracomment>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>the CSV export&apos;s BOM choice is remembered for the session</extracomment>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Conserver :</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Ouvrir le contact</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Ouvrir la fiche</translation>
    </message>
    <message>
        <source>&amp;Practice sheet…</source>
        <translation>Fiche &amp;pratique…</translation>
    </message>
    <message>
        <source>&amp;Read it this way</source>
        <translation>&amp;Lire de cette façon</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Fiches :</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation>&amp;Restaurer depuis un fichier de sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>&amp;Use this country</source>
        <translation>&amp;Utiliser ce pays</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(détecté)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <source>(nothing to compare)</source>
        <translation>(rien à comparer)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} columns</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {size}, colonnes : {count}</translation>
    </message>
    <message>
        <source>A .vcf file that address books and phones can read.</source>
        <translation>Un fichier .vcf lisible par les carnets d&apos;adresses et les téléphones.</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty workspace, and this one already holds {practices} practices, {contacts} contacts and {tools} tools. Nothing was changed.

To restore, choose a new, empty data folder under File → Settings, restart RuralDesk, and restore there.</source>
        <translation>Une sauvegarde ne peut être restaurée que dans un espace de travail vide, et celui-ci contient déjà des pratiques ({practices}), des contacts ({contacts}) et des outils ({tools}). Rien n&apos;a été modifié.

Pour restaurer, choisissez un nouveau dossier des données vide dans Fichier → Paramètres, redémarrez RuralDesk et restaurez-y la sauvegarde.</translation>
    </message>
    <message>
        <source>A printable sheet (PDF or Markdown) of the practice shown, or of several</source>
        <translation>Une fiche imprimable (PDF ou Markdown) de la pratique affichée, ou de plusieurs</translation>
    </message>
    <message>
        <source>A sheet to print or share: the key facts, what was done, what was learned, and who to ask. Headings are in each practice&apos;s language.</source>
        <translation>Une fiche à imprimer ou à partager : l&apos;essentiel, ce qui a été fait, ce qui a été appris et qui contacter. Les titres sont dans la langue de chaque pratique.</translation>
    </message>
    <message>
        <source>A sync is running. Wait until it has finished, then restore again.</source>
        <translation>Une synchronisation est en cours. Attendez qu&apos;elle soit terminée, puis relancez la restauration.</translation>
    </message>
    <message>
        <source>Attachments not on this computer (kept on the group server) are not in the backup: {count}.</source>
        <translation>Pièces jointes absentes de cet ordinateur (conservées sur le serveur du groupe), donc pas dans la sauvegarde : {count}.</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Sauvegarder l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Backed up {records} records and {files} attachment files to {path}.</source>
        <translation>Sauvegarde dans {path} : fiches : {records}, fichiers joints : {files}.</translation>
    </message>
    <message>
        <source>Backing up to {name}</source>
        <translation>Sauvegarde dans {name}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde effectuée</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Sauvegardes (*.zip)</translation>
    </message>
    <message>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>Sauvegardes (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Bring a backup back into an empty workspace</source>
        <translation>Restaurer une sauvegarde dans un espace de travail vide</translation>
    </message>
    <message>
        <source>Bring in contacts, practices or tools from a CSV/TSV table or a vCard file</source>
        <translation>Importer des contacts, pratiques ou outils depuis un tableau CSV/TSV ou un fichier vCard</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tableaux CSV (*.csv)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Cards read: {count}</source>
        <translation>Cartes lues : {count}</translation>
    </message>
    <message>
        <source>Cards with a problem: {count}</source>
        <translation>Cartes avec un problème : {count}</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Vérification de {name}</translation>
    </message>
    <message>
        <source>Choose the encoding</source>
        <translation>Choisir l&apos;encodage</translation>
    </message>
    <message>
        <source>Choose the field each column goes into, or leave it out.</source>
        <translation>Choisissez le champ de destination de chaque colonne, ou laissez-la de côté.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Colonnes non importées : {columns}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Contact to keep</source>
        <translation>Contact à conserver</translation>
    </message>
    <message>
        <source>Contacts that look like the same person or organisation, to merge</source>
        <translation>Contacts qui semblent être la même personne ou organisation, à fusionner</translation>
    </message>
    <message>
        <source>Contacts to merge</source>
        <translation>Contacts à fusionner</translation>
    </message>
    <message>
        <source>Country of the phone numbers</source>
        <translation>Pays des numéros de téléphone</translation>
    </message>
    <message>
        <source>Delete the contact for good, everywhere, and list the mentions to review</source>
        <translation>Supprimer définitivement le contact, partout, et lister les mentions à vérifier</translation>
    </message>
    <message>
        <source>Double-click to open the contact already here</source>
        <translation>Double-cliquez pour ouvrir le contact déjà présent</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Contacts en double</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>E&amp;ffacer cette personne…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>E&amp;xporter tout sur cette personne…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Effacer cette personne</translation>
    </message>
    <message>
        <source>Erase “{name}” and everything held about them?</source>
        <translation>Effacer « {name} » et tout ce qui est conservé à son sujet ?</translation>
    </message>
    <message>
        <source>Erasing {name}</source>
        <translation>Effacement de {name}</translation>
    </message>
    <message>
        <source>Every contact in the list ({count})</source>
        <translation>Tous les contacts de la liste ({count})</translation>
    </message>
    <message>
        <source>Every practice in the list ({count}), in one document</source>
        <translation>Toutes les pratiques de la liste ({count}), dans un seul document</translation>
    </message>
    <message>
        <source>Every row must be right before anything is imported. Fix these rows in the file and import it again, or import only the valid rows.</source>
        <translation>Toutes les lignes doivent être correctes avant toute importation. Corrigez ces lignes dans le fichier et importez-le à nouveau, ou n&apos;importez que les lignes valides.</translation>
    </message>
    <message>
        <source>Everything about “{name}” was saved to {path}</source>
        <translation>Tout ce qui concerne « {name} » a été enregistré dans {path}</translation>
    </message>
    <message>
        <source>Everything in this workspace, attachments included, in one file</source>
        <translation>Tout l&apos;espace de travail, pièces jointes comprises, dans un seul fichier</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Excel on Windows shows accented letters correctly only with this mark</source>
        <translation>Excel sous Windows n&apos;affiche correctement les lettres accentuées qu&apos;avec cette marque</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Exporter les contacts en &amp;vCard…</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Exporter les contacts en vCard</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Exporter tout sur cette personne</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>Exporter la liste en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>Exporter la liste en CSV</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exporter :</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {path}</source>
        <translation>Contacts exportés dans {path} : {count}</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}</source>
        <translation>Fiches exportées dans {path} : {count}</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>Exportation vers {name}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>Trouver les contacts en &amp;double…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Groupes de doublons probables</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Importer &amp;comme :</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Importer un tableau</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Détails de l&apos;importation</translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation>Constats de l&apos;importation</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importer dans</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Résultat de l&apos;importation</translation>
    </message>
    <message>
        <source>Import the column “{name}” into</source>
        <translation>Importer la colonne « {name} » dans</translation>
    </message>
    <message>
        <source>Import the rows without a problem and leave the others out</source>
        <translation>Importer les lignes sans problème et laisser les autres de côté</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>N&apos;importer que les lignes valides</translation>
    </message>
    <message>
        <source>Import the valid rows only ({count})</source>
        <translation>N&apos;importer que les lignes valides ({count})</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Importées : {count}</translation>
    </message>
    <message>
        <source>Imported: {count} {what}.</source>
        <translation>Importé : {count} {what}.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Importation de {name}</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>Cela n&apos;a pas fonctionné : {reason}</translation>
    </message>
    <message>
        <source>Its links are removed from {count} linked records.</source>
        <translation>Ses liens sont retirés des fiches liées ({count}).</translation>
    </message>
    <message>
        <source>Its past values are scrubbed from the history of changes.</source>
        <translation>Ses anciennes valeurs sont effacées de l&apos;historique des modifications.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Looking for duplicate contacts</source>
        <translation>Recherche des contacts en double</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ressemble à</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Texte Markdown</translation>
    </message>
    <message>
        <source>Mentions of the person&apos;s name, e-mails or phones in other records&apos; text are not changed: you get a list of them to review afterwards.</source>
        <translation>Les mentions du nom, des adresses e-mail ou des téléphones de la personne dans le texte d&apos;autres fiches ne sont pas modifiées : vous en recevez ensuite la liste pour les vérifier.</translation>
    </message>
    <message>
        <source>Mentions to review</source>
        <translation>Mentions à vérifier</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Fusionner des contacts</translation>
    </message>
    <message>
        <source>Merge the ticked contacts into the one kept</source>
        <translation>Fusionner les contacts cochés dans celui qui est conservé</translation>
    </message>
    <message>
        <source>Merged {count} contacts into one; records relinked: {relinked}.</source>
        <translation>Contacts fusionnés en un seul : {count} ; fiches reliées à nouveau : {relinked}.</translation>
    </message>
    <message>
        <source>Names as {encoding} reads them</source>
        <translation>Les noms tels que {encoding} les lit</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Aucune sauvegarde n&apos;a été faite : {reason}</translation>
    </message>
    <message>
        <source>No column goes into a field yet: choose at least one.</source>
        <translation>Aucune colonne n&apos;est encore associée à un champ : choisissez-en au moins une.</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>Aucun doublon probable</translation>
    </message>
    <message>
        <source>No likely duplicates were found.</source>
        <translation>Aucun doublon probable n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>No other record links to it.</source>
        <translation>Aucune autre fiche n&apos;y est liée.</translation>
    </message>
    <message>
        <source>No phone region is set for this workspace.</source>
        <translation>Aucune région téléphonique n&apos;est définie pour cet espace de travail.</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>Non importé ({count})</translation>
    </message>
    <message>
        <source>Not imported: no country was chosen for the phone numbers of {name}. Nothing was changed.</source>
        <translation>Non importé : aucun pays n&apos;a été choisi pour les numéros de téléphone de {name}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Not imported: no encoding was chosen for {name}. Nothing was changed.</source>
        <translation>Non importé : aucun encodage n&apos;a été choisi pour {name}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Not set (asked when needed)</source>
        <translation>Non définie (demandée au besoin)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>Rien n&apos;a été effacé : {reason}</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Rien n&apos;a été exporté : {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no records.</source>
        <translation>Rien n&apos;a été importé : le fichier ne contient aucune fiche.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Rien n&apos;a été importé : {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Rien n&apos;a été restauré : {reason}</translation>
    </message>
    <message>
        <source>Only the valid rows were imported; the rows below were left out.</source>
        <translation>Seules les lignes valides ont été importées ; les lignes ci-dessous ont été laissées de côté.</translation>
    </message>
    <message>
        <source>Open the highlighted contact</source>
        <translation>Ouvrir le contact en surbrillance</translation>
    </message>
    <message>
        <source>Open the highlighted record</source>
        <translation>Ouvrir la fiche en surbrillance</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Phone numbers without a country code</source>
        <translation>Numéros de téléphone sans indicatif de pays</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {country}.</source>
        <translation>Les numéros de téléphone sans indicatif de pays sont lus comme : {country}.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Région téléphonique</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Doublons possibles ({count})</translation>
    </message>
    <message>
        <source>Possibly already here: {count} (see “Possible duplicates”)</source>
        <translation>Peut-être déjà présents : {count} (voir « Doublons possibles »)</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Fiche pratique</translation>
    </message>
    <message>
        <source>Practice sheets written: {count}, in {path}</source>
        <translation>Fiches pratiques écrites : {count}, dans {path}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Aperçu de l&apos;importation</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Résumé de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problèmes ({count})</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Lire en {encoding}</translation>
    </message>
    <message>
        <source>Read as: {preset}</source>
        <translation>Lu comme : {preset}</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Nouvelle lecture du fichier…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Lecture de {name}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>Recognised export</source>
        <translation>Export reconnu</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;{preset}&lt;/b&gt;. Its columns are matched below; check them before importing.</source>
        <translation>Reconnu : &lt;b&gt;{preset}&lt;/b&gt;. Ses colonnes sont associées ci-dessous ; vérifiez-les avant d&apos;importer.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restaurer depuis un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Restore {count} records from {name} (made on {date}) into this empty workspace?</source>
        <translation>Restaurer dans cet espace de travail vide les fiches de {name} (faite le {date}) : {count} ?</translation>
    </message>
    <message>
        <source>Restored {records} records and {files} attachment files from {name}.</source>
        <translation>Restauré depuis {name} : fiches : {records}, fichiers joints : {files}.</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>Restauration de {name}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; all ready to import.</source>
        <translation>Lignes prévisualisées : {count} ; toutes prêtes à être importées.</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; with a problem: {bad}. Fix them in the file, or change the columns above.</source>
        <translation>Lignes prévisualisées : {count} ; avec un problème : {bad}. Corrigez-les dans le fichier, ou modifiez les colonnes ci-dessus.</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>Lignes lues : {count}</translation>
    </message>
    <message>
        <source>Rows with a problem: {count}</source>
        <translation>Lignes avec un problème : {count}</translation>
    </message>
    <message>
        <source>Save the list shown, with its columns and filters, as a table</source>
        <translation>Enregistrer la liste affichée, avec ses colonnes et ses filtres, sous forme de tableau</translation>
    </message>
    <message>
        <source>Save the selected contacts, or the whole list, for an address book or a phone</source>
        <translation>Enregistrer les contacts sélectionnés, ou toute la liste, pour un carnet d&apos;adresses ou un téléphone</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Show a contact first.</source>
        <translation>Affichez d&apos;abord un contact.</translation>
    </message>
    <message>
        <source>Show a practice, or the list of practices, to make sheets of them.</source>
        <translation>Affichez une pratique, ou la liste des pratiques, pour en faire des fiches.</translation>
    </message>
    <message>
        <source>Show the contacts (or search for some) and select the ones to export.</source>
        <translation>Affichez les contacts (ou cherchez-en) et sélectionnez ceux à exporter.</translation>
    </message>
    <message>
        <source>Stopped: {what}. Nothing was changed.</source>
        <translation>Arrêté : {what}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Tables and address books (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Tableaux et carnets d&apos;adresses (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>The choice can still be changed under “Encoding” in the next step.</source>
        <translation>Ce choix peut encore être changé sous « Encodage » à l&apos;étape suivante.</translation>
    </message>
    <message>
        <source>The contact is deleted from this computer for good: not to the trash, and it cannot be undone.</source>
        <translation>Le contact est supprimé définitivement de cet ordinateur : il ne va pas dans la corbeille, et c&apos;est irréversible.</translation>
    </message>
    <message>
        <source>The contact, its history and every record linked to or mentioning it, as JSON</source>
        <translation>Le contact, son historique et toutes les fiches liées ou qui le mentionnent, en JSON</translation>
    </message>
    <message>
        <source>The contacts were not exported: {reason}</source>
        <translation>Les contacts n&apos;ont pas été exportés : {reason}</translation>
    </message>
    <message>
        <source>The contacts were not merged: {reason}</source>
        <translation>Les contacts n&apos;ont pas été fusionnés : {reason}</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, for this workspace</source>
        <translation>Le pays des numéros de téléphone écrits sans indicatif de pays, pour cet espace de travail</translation>
    </message>
    <message>
        <source>The file cannot be previewed: {reason}</source>
        <translation>Impossible d&apos;afficher un aperçu du fichier : {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read that way: {reason}</source>
        <translation>Le fichier ne peut pas être lu ainsi : {reason}</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with a problem are marked; the import stops if any row of the file has one.</source>
        <translation>Les premières lignes telles qu&apos;elles seront enregistrées. Les lignes avec un problème sont signalées ; l&apos;importation s&apos;arrête si une ligne du fichier en a un.</translation>
    </message>
    <message>
        <source>The letters of {name} can be read in more than one way, and we cannot tell which is right. Choose the column where the names are written correctly.</source>
        <translation>Les lettres de {name} peuvent se lire de plusieurs façons, et nous ne pouvons pas dire laquelle est la bonne. Choisissez la colonne où les noms sont écrits correctement.</translation>
    </message>
    <message>
        <source>The list was not exported: {reason}</source>
        <translation>La liste n&apos;a pas été exportée : {reason}</translation>
    </message>
    <message>
        <source>The phone region was not saved: {reason}</source>
        <translation>La région téléphonique n&apos;a pas été enregistrée : {reason}</translation>
    </message>
    <message>
        <source>The practice shown: {title}</source>
        <translation>La pratique affichée : {title}</translation>
    </message>
    <message>
        <source>The records the search found, with the columns the list shows for their type.</source>
        <translation>Les fiches trouvées par la recherche, avec les colonnes que la liste affiche pour leur type.</translation>
    </message>
    <message>
        <source>The search for duplicates stopped: {reason}</source>
        <translation>La recherche de doublons s&apos;est arrêtée : {reason}</translation>
    </message>
    <message>
        <source>The search found nothing to export.</source>
        <translation>La recherche n&apos;a rien trouvé à exporter.</translation>
    </message>
    <message>
        <source>The selected contacts ({count})</source>
        <translation>Les contacts sélectionnés ({count})</translation>
    </message>
    <message>
        <source>The selected practices ({count}), in one document</source>
        <translation>Les pratiques sélectionnées ({count}), dans un seul document</translation>
    </message>
    <message>
        <source>The sheet was not written: {reason}</source>
        <translation>La fiche n&apos;a pas été écrite : {reason}</translation>
    </message>
    <message>
        <source>The trash cannot be exported. Choose practices, contacts, tools or themes.</source>
        <translation>La corbeille ne peut pas être exportée. Choisissez des pratiques, des contacts, des outils ou des thèmes.</translation>
    </message>
    <message>
        <source>These contacts look like the same person or organisation. Merging keeps one contact, fills its empty fields from the others, moves every link and attachment to it, and moves the others to the trash (restorable).</source>
        <translation>Ces contacts semblent désigner la même personne ou organisation. La fusion conserve un contact, remplit ses champs vides à partir des autres, lui transfère tous les liens et pièces jointes, et met les autres à la corbeille (restaurables).</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Ce fichier ne peut pas être importé : {reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>Ce fichier ne peut pas être restauré : {reason}</translation>
    </message>
    <message>
        <source>This is asked once and kept for the workspace; File → Settings changes it. Numbers with a country code, and rows that name a country, are read as they are.</source>
        <translation>Cette question n&apos;est posée qu&apos;une fois et la réponse est gardée pour l&apos;espace de travail ; Fichier → Paramètres la change. Les numéros avec un indicatif de pays, et les lignes qui indiquent un pays, sont lus tels quels.</translation>
    </message>
    <message>
        <source>This row has a problem</source>
        <translation>Cette ligne a un problème</translation>
    </message>
    <message>
        <source>This workspace is not shared with a group server; copies elsewhere (backups, exports) are not touched.</source>
        <translation>Cet espace de travail n&apos;est pas partagé avec un serveur de groupe ; les copies ailleurs (sauvegardes, exportations) ne sont pas touchées.</translation>
    </message>
    <message>
        <source>This workspace is shared: the erasure is sent to the group server at the next sync, and every member&apos;s copy erases it too.</source>
        <translation>Cet espace de travail est partagé : l&apos;effacement est envoyé au serveur du groupe à la prochaine synchronisation, et la copie de chaque membre l&apos;efface aussi.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM, for Excel</source>
        <translation>UTF-8 avec &amp;BOM, pour Excel</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <extracomment>the collections a table can be imported into</extracomment>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, for Excel</source>
        <translation>UTF-8 avec BOM, pour Excel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <source>Wait until the work in progress (an import, an export) has finished, then restore again.</source>
        <translation>Attendez la fin du travail en cours (une importation, une exportation), puis relancez la restauration.</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Avertissements ({count})</translation>
    </message>
    <message>
        <source>What erasing does</source>
        <translation>Ce que fait l&apos;effacement</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Pourquoi ils se ressemblent</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Pourquoi : {reasons}</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>Écriture de {name}</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>colonne {number}</translation>
    </message>
    <message>
        <source>created {date}</source>
        <translation>créé le {date}</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domicile</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>portable</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>practice-sheets</source>
        <translation>fiches-pratiques</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>ce fichier</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones)</source>
        <translation>vCard 3.0 (anciens téléphones)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Fichiers vCard (*.vcf)</translation>
    </message>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>{name} holds phone numbers without a country code (such as “{example}”) on rows that name no country. In which country are they?</source>
        <translation>{name} contient des numéros de téléphone sans indicatif de pays (comme « {example} ») sur des lignes qui n&apos;indiquent aucun pays. De quel pays sont-ils ?</translation>
    </message>
    <message>
        <source>{name} — {details}</source>
        <translation>{name} — {details}</translation>
    </message>
    <message>
        <source>{what}: every record the list shows ({count}), with its filters, its order and the columns shown.</source>
        <translation>{what} : toutes les fiches affichées dans la liste ({count}), avec ses filtres, son ordre et les colonnes affichées.</translation>
    </message>
    <message>
        <source>{what}: {count} found</source>
        <translation>{what} : {count} trouvé(s)</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— ne pas importer —</translation>
    </message>
    <message>
        <source>“{name}” was erased.</source>
        <translation>« {name} » a été effacé.</translation>
    </message>
    <message>
        <source>“{name}” was erased. No other record mentions them in its text.</source>
        <translation>« {name} » a été effacé. Aucune autre fiche ne le mentionne dans son texte.</translation>
    </message>
    <message>
        <source>“{name}” was erased. These records still mention them in their text. Open each one and remove or reword the mention where it is personal data.</source>
        <translation>« {name} » a été effacé. Ces fiches le mentionnent encore dans leur texte. Ouvrez-les une à une et retirez ou reformulez la mention lorsqu&apos;il s&apos;agit de données personnelles.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give the currency of the funding amount</source>
        <translation>Indiquez la devise du montant du financement</translation>
    </message>
    <message>
        <source>Region {value} is not in {country}</source>
        <translation>La région {value} n&apos;est pas située dans le pays {country}</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>La date de fin est antérieure à la date de début</translation>
    </message>
    <message>
        <source>Unknown field “{value}”</source>
        <translation>Champ inconnu « {value} »</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>{label} ne peut pas être négatif</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label} est obligatoire</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters, at most {limit})</source>
        <translation>{label} est trop long ({length} caractères, {limit} au maximum)</translation>
    </message>
    <message>
        <source>{label} must be a list</source>
        <translation>{label} doit être une liste</translation>
    </message>
    <message>
        <source>{label} must be a list of text</source>
        <translation>{label} doit être une liste de textes</translation>
    </message>
    <message>
        <source>{label} must be a number, not “{value}”</source>
        <translation>{label} doit être un nombre, pas « {value} »</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>{label} doit être un nombre entier</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>{label} doit être du texte</translation>
    </message>
    <message>
        <source>{label}: each entry needs a value</source>
        <translation>{label} : chaque entrée doit avoir une valeur</translation>
    </message>
    <message>
        <source>“{value}” is not a NUTS region code</source>
        <translation>« {value} » n&apos;est pas un code de région NUTS</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD)</source>
        <translation>« {value} » n&apos;est pas une date (utilisez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (use +country code, e.g. +351 21 000 0000)</source>
        <translation>« {value} » n&apos;est pas un numéro de téléphone (utilisez l&apos;indicatif +pays, par ex. +33 1 23 45 67 89)</translation>
    </message>
    <message>
        <source>“{value}” is not a possible phone number</source>
        <translation>« {value} » n&apos;est pas un numéro de téléphone possible</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>« {value} » n&apos;est pas un identifiant de fiche</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address</source>
        <translation>« {value} » n&apos;est pas une adresse e-mail valide</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (it should start with https://)</source>
        <translation>« {value} » n&apos;est pas une adresse web (elle doit commencer par https://)</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 3166 country code</source>
        <translation>« {value} » n&apos;est pas un code de pays ISO 3166</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 4217 currency code</source>
        <translation>« {value} » n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 639 language code</source>
        <translation>« {value} » n&apos;est pas un code de langue ISO 639</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>« {value} » ne fait pas partie de : {choices}</translation>
    </message>
</context>
<context>
    <name>WhatsNew</name>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>&amp;Quoi de neuf</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>By {who}, {when}</source>
        <translation>Par {who}, {when}</translation>
    </message>
    <message>
        <source>Changed contact: {title}</source>
        <translation>Contact modifié : {title}</translation>
    </message>
    <message>
        <source>Changed practice: {title}</source>
        <translation>Pratique modifiée : {title}</translation>
    </message>
    <message>
        <source>Changed tool: {title}</source>
        <translation>Outil modifié : {title}</translation>
    </message>
    <message>
        <source>Everything here is read.</source>
        <translation>Tout est lu.</translation>
    </message>
    <message>
        <source>First sync: {items} from your group</source>
        <translation>Première synchronisation : {items} de votre groupe</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Tout marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>Mark everything in What&apos;s new as read</source>
        <translation>Marquer tout « Quoi de neuf » comme lu</translation>
    </message>
    <message>
        <source>New contact: {title}</source>
        <translation>Nouveau contact : {title}</translation>
    </message>
    <message>
        <source>New practice: {title}</source>
        <translation>Nouvelle pratique : {title}</translation>
    </message>
    <message>
        <source>New tool: {title}</source>
        <translation>Nouvel outil : {title}</translation>
    </message>
    <message>
        <source>Nothing new from your group yet. When others add or change practices, contacts or tools, they are listed here after a sync.</source>
        <translation>Rien de neuf de votre groupe pour l&apos;instant. Quand d&apos;autres ajoutent ou modifient des pratiques, des contacts ou des outils, ils apparaissent ici après une synchronisation.</translation>
    </message>
    <message>
        <source>Only &amp;unread</source>
        <translation>&amp;Non lus seulement</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Cette fiche n&apos;est plus ici.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Unread: {line}</source>
        <translation>Non lu : {line}</translation>
    </message>
    <message>
        <source>What arrived from your group</source>
        <translation>Ce qui est arrivé de votre groupe</translation>
    </message>
    <message>
        <source>What your group added or changed since you last looked</source>
        <translation>Ce que votre groupe a ajouté ou modifié depuis votre dernière visite</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Quoi de neuf</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>{day} · {who}: {counts}</source>
        <translation>{day} · {who} : {counts}</translation>
    </message>
    <message>
        <source>{items} from your group</source>
        <translation>{items} de votre groupe</translation>
    </message>
</context>
</TS>
