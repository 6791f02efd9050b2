<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AgentSegment</name>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Direct transfer</source>
        <translation>Transfert direct</translation>
    </message>
    <message>
        <source>No agent</source>
        <translation>Aucun agent</translation>
    </message>
</context>
<context>
    <name>ArchiveCallsText</name>
    <message>
        <source>its labels table is not one CallScope writes (%1 labels, ids up to %2)</source>
        <translation>sa table labels n&apos;a pas été écrite par CallScope (%1 libellés, identifiants jusqu&apos;à %2)</translation>
    </message>
</context>
<context>
    <name>ArchiveLoadText</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Le chargement a été annulé.</translation>
    </message>
</context>
<context>
    <name>ArchiveTestText</name>
    <message>
        <source>Team archive: the server refused the user name or the password.</source>
        <translation>Archive d&apos;équipe : le serveur a refusé le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>Team archive: it was made by a newer version of CallScope. Update CallScope to use it.</source>
        <translation>Archive d&apos;équipe : elle a été créée par une version plus récente de CallScope. Mettez CallScope à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Team archive: the database server cannot be reached.</source>
        <translation>Archive d&apos;équipe : le serveur de base de données est injoignable.</translation>
    </message>
    <message>
        <source>Team archive: it cannot be opened.</source>
        <translation>Archive d&apos;équipe : elle ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>Team archive: it holds the calls of account %1 on %2 (%3), not of this connection.</source>
        <translation>Archive d&apos;équipe : elle contient les appels du compte %1 sur %2 (%3), pas ceux de cette connexion.</translation>
    </message>
    <message>
        <source>Team archive: connected, but the database role may only read it: its calls can be browsed, fetching needs a role that may write to it.</source>
        <translation>Archive d&apos;équipe : connexion établie, mais le rôle de base de données ne peut que la lire : ses appels peuvent être consultés, récupérer demande un rôle qui peut y écrire.</translation>
    </message>
    <message>
        <source>Team archive: connected; fetches are kept in it.</source>
        <translation>Archive d&apos;équipe : connexion établie ; les récupérations y sont conservées.</translation>
    </message>
</context>
<context>
    <name>ArchiveText</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The archive %1 cannot be used: %2</source>
        <translation>L&apos;archive %1 ne peut pas être utilisée : %2</translation>
    </message>
    <message>
        <source>%1 is a snapshot of format %2; open it for writing once to bring it to format %3.</source>
        <translation>%1 est un instantané au format %2 ; ouvrez-le une fois en écriture pour le passer au format %3.</translation>
    </message>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation>L&apos;archive %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The archive %1 holds calls of account %2 (app %3); it cannot take calls of account %4 (app %5). Choose another archive file.</source>
        <translation>L&apos;archive %1 contient les appels du compte %2 (app %3) ; elle ne peut pas recevoir ceux du compte %4 (app %5). Choisissez un autre fichier d&apos;archive.</translation>
    </message>
    <message>
        <source>The archive %1 is open read-only.</source>
        <translation>L&apos;archive %1 est ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>The archive %1 is damaged: a call&apos;s JSON cannot be decompressed.</source>
        <translation>L&apos;archive %1 est endommagée : le JSON d&apos;un appel ne peut pas être décompressé.</translation>
    </message>
    <message>
        <source>%1 is damaged: the JSON of call %2 does not match its checksum.</source>
        <translation>%1 est endommagé : le JSON de l&apos;appel %2 ne correspond pas à sa somme de contrôle.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before bringing it to the new format.</source>
        <translation>Impossible de garder une copie de %1 avant de le passer au nouveau format.</translation>
    </message>
    <message>
        <source>The archive %1 cannot be brought to format %2: %3</source>
        <translation>L&apos;archive %1 ne peut pas être passée au format %2 : %3</translation>
    </message>
    <message>
        <source>a call names a label that the file does not have</source>
        <translation>un appel cite un libellé que le fichier ne contient pas</translation>
    </message>
    <message>
        <source>a call&apos;s row number is larger than CallScope can hold</source>
        <translation>le numéro de ligne d&apos;un appel dépasse ce que CallScope peut gérer</translation>
    </message>
</context>
<context>
    <name>CallColumn</name>
    <message>
        <source>Session ID</source>
        <translation>ID de session</translation>
    </message>
    <message>
        <source>Conversation ID</source>
        <translation>ID de conversation</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Final status</source>
        <translation>Statut final</translation>
    </message>
    <message>
        <source>Smart status</source>
        <translation>Statut intelligent</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files d&apos;attente</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Dispositions</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation>Post-appel</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Temps de traitement</translation>
    </message>
    <message>
        <source>Wait in queue</source>
        <translation>Attente en file</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID utilisateur</translation>
    </message>
</context>
<context>
    <name>CallDetail</name>
    <message>
        <source>Sent as %1: not a time this viewer can read.</source>
        <translation>Envoyé sous la forme %1&#xa0;: pas une heure que ce programme sait lire.</translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation>Envoyé sous la forme %1</translation>
    </message>
    <message>
        <source>Sent as %1 (wall-clock at UTC%2)</source>
        <translation>Envoyé sous la forme %1 (heure locale à UTC%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) as sent</source>
        <translation>
            <numerusform>%n seconde telle qu&apos;envoyée</numerusform>
            <numerusform>%n secondes telles qu&apos;envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a number of seconds.</source>
        <translation>Pas un nombre de secondes.</translation>
    </message>
    <message>
        <source>Consulted: %1</source>
        <translation>Consulté&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown agent</source>
        <translation>agent inconnu</translation>
    </message>
    <message>
        <source>consulted for %1</source>
        <translation>consulté pendant %1</translation>
    </message>
    <message>
        <source>merged into the call</source>
        <translation>intégré à l&apos;appel</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribué</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Consultation ended</source>
        <translation>Consultation terminée</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Joined: %1</source>
        <translation>A rejoint&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>utilisateur inconnu</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pendant %1</translation>
    </message>
    <message>
        <source>Agent ID: %1</source>
        <translation>ID de l&apos;agent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Joined at</source>
        <translation>Arrivée à</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>Départ à</translation>
    </message>
    <message>
        <source>Did not respond: %1</source>
        <translation>N&apos;a pas répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent&#xa0;: %1</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>First response after</source>
        <translation>Première réponse après</translation>
    </message>
    <message>
        <source>Interaction ended</source>
        <translation>Interaction terminée</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation>Post-appel</translation>
    </message>
    <message>
        <source>After-call work ended</source>
        <translation>Post-appel terminé</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>File d&apos;attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown queue</source>
        <translation>file d&apos;attente inconnue</translation>
    </message>
    <message>
        <source>Queue ID: %1</source>
        <translation>ID de la file d&apos;attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>waited %1</source>
        <translation>a attendu %1</translation>
    </message>
    <message>
        <source>no agent answered</source>
        <translation>aucun agent n&apos;a répondu</translation>
    </message>
    <message>
        <source>wait not recorded</source>
        <translation>attente non enregistrée</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>ID de la file d&apos;attente</translation>
    </message>
    <message>
        <source>Entered queue</source>
        <translation>Entrée en file d&apos;attente</translation>
    </message>
    <message>
        <source>Callback opted</source>
        <translation>Rappel choisi</translation>
    </message>
    <message>
        <source>Direct transfer to agent</source>
        <translation>Transfert direct vers un agent</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>Destination&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>None: no queue or agent was involved (bot-only session)</source>
        <translation>Aucune&#xa0;: ni file d&apos;attente ni agent (session avec le bot seul)</translation>
    </message>
    <message>
        <source>Unreadable: expected a list, got &quot;%1&quot;</source>
        <translation>Illisible&#xa0;: une liste était attendue, reçu « %1 »</translation>
    </message>
    <message>
        <source>None: the call was not transferred to a queue or an agent</source>
        <translation>Aucune&#xa0;: l&apos;appel n&apos;a été transféré ni à une file d&apos;attente ni à un agent</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n transfert</numerusform>
            <numerusform>%n transferts</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Final status</source>
        <translation>Statut final</translation>
    </message>
    <message>
        <source>Smart status</source>
        <translation>Statut intelligent</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Disconnecting event</source>
        <translation>Événement de déconnexion</translation>
    </message>
    <message>
        <source>Dispositions</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>Disposition remarks</source>
        <translation>Remarques de qualification</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Messagerie vocale</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>The record is not valid JSON (%1 at byte %2).</source>
        <translation>L&apos;enregistrement n&apos;est pas du JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The record is not a JSON object.</source>
        <translation>L&apos;enregistrement n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n champ</numerusform>
            <numerusform>%n champs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>nested too deep to show here: see Raw JSON</source>
        <translation>imbrication trop profonde pour l’afficher ici : voir le JSON brut</translation>
    </message>
    <message numerus="yes">
        <source>%n more field(s): see Raw JSON</source>
        <translation>
            <numerusform>%n champ de plus : voir le JSON brut</numerusform>
            <numerusform>%n champs de plus : voir le JSON brut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more item(s): see Raw JSON</source>
        <translation>
            <numerusform>%n élément de plus : voir le JSON brut</numerusform>
            <numerusform>%n éléments de plus : voir le JSON brut</numerusform>
        </translation>
    </message>
    <message>
        <source>[Cut off here: the record has %1 bytes. &quot;Copy raw JSON&quot; copies all of it.]</source>
        <translation>[Coupé ici : l’enregistrement fait %1 octets. « Copier le JSON » le copie en entier.]</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection settings</source>
        <translation>Paramètres de connexion</translation>
    </message>
    <message>
        <source>Pro&amp;files:</source>
        <translation>Pro&amp;fils&#xa0;:</translation>
    </message>
    <message>
        <source>Changes take effect when you press OK; Cancel discards them.</source>
        <translation>Les modifications s&apos;appliquent quand vous appuyez sur OK&#xa0;; Annuler les abandonne.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>Dup&amp;liquer</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>https://platform.kore.ai</source>
        <translation>https://platform.kore.ai</translation>
    </message>
    <message>
        <source>Acc&amp;ount ID:</source>
        <translation>ID du c&amp;ompte&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;pp ID (iId):</source>
        <translation>ID de l&apos;a&amp;pplication (iId)&#xa0;:</translation>
    </message>
    <message>
        <source>st-…</source>
        <translation>st-…</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>Point d&apos;accès (&amp;endpoint)&#xa0;:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Client ID + &amp;secret</source>
        <translation>ID client + &amp;secret</translation>
    </message>
    <message>
        <source>CallScope signs a fresh token for every request.</source>
        <translation>CallScope signe un nouveau jeton pour chaque requête.</translation>
    </message>
    <message>
        <source>&amp;JWT token</source>
        <translation>&amp;Jeton JWT</translation>
    </message>
    <message>
        <source>A ready token; requests fail once it expires.</source>
        <translation>Un jeton prêt à l&apos;emploi&#xa0;; les requêtes échouent dès qu&apos;il expire.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client&#xa0;:</translation>
    </message>
    <message>
        <source>cs-…</source>
        <translation>cs-…</translation>
    </message>
    <message>
        <source>Client sec&amp;ret:</source>
        <translation>Secret clie&amp;nt&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>eyJ…</source>
        <translation>eyJ…</translation>
    </message>
    <message>
        <source>Sho&amp;w secret</source>
        <translation>Affic&amp;her le secret</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Request &amp;budget:</source>
        <translation>&amp;Budget de requêtes&#xa0;:</translation>
    </message>
    <message>
        <source>The API allows 60 requests per minute per account; stay below it if others use the same account.</source>
        <translation>L&apos;API autorise 60 requêtes par minute et par compte&#xa0;; restez en dessous si d&apos;autres utilisent le même compte.</translation>
    </message>
    <message>
        <source> requests/minute</source>
        <translation> requêtes/minute</translation>
    </message>
    <message>
        <source>Pa&amp;ging:</source>
        <translation>Pa&amp;gination&#xa0;:</translation>
    </message>
    <message>
        <source>How the server counts the offset parameter. Automatic detection works for both known servers.</source>
        <translation>Comment le serveur compte le paramètre offset. La détection automatique fonctionne avec les deux serveurs connus.</translation>
    </message>
    <message>
        <source>Allow &amp;unencrypted HTTP to a remote host</source>
        <translation>Autoriser le HTTP non chiffré vers un hôte distant (&amp;u)</translation>
    </message>
    <message>
        <source>Warning: the credential and all call data will cross the network unencrypted. Use this only on a network you trust.</source>
        <translation>Attention&#xa0;: les identifiants et toutes les données d&apos;appels traverseront le réseau sans chiffrement. N&apos;utilisez ceci que sur un réseau de confiance.</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>Opt-in data:</source>
        <translation>Données sur demande&#xa0;:</translation>
    </message>
    <message>
        <source>Blocks the server sends only when asked for (selectedFields). Without them the drill-down has no skills, customer, tag, campaign or snooze sections.</source>
        <translation>Blocs que le serveur n&apos;envoie que sur demande (selectedFields). Sans eux, le détail n&apos;a pas de sections compétences, client, étiquettes, campagne ni mise en attente (snooze).</translation>
    </message>
    <message>
        <source>Sends one request for the last hour with these settings; with a team archive, also opens its database.</source>
        <translation>Envoie une requête pour la dernière heure avec ces paramètres ; avec une archive d&apos;équipe, ouvre aussi sa base de données.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Keep calls with this final status (repeatable).</source>
        <translation>Garder les appels ayant ce statut final (répétable).</translation>
    </message>
    <message>
        <source>Keep calls with this smart status (repeatable).</source>
        <translation>Garder les appels ayant ce statut intelligent (répétable).</translation>
    </message>
    <message>
        <source>Keep calls on this channel (repeatable).</source>
        <translation>Garder les appels sur ce canal (répétable).</translation>
    </message>
    <message>
        <source>Keep calls through this queue (repeatable).</source>
        <translation>Garder les appels passés par cette file d&apos;attente (répétable).</translation>
    </message>
    <message>
        <source>Keep calls handled by this agent (repeatable).</source>
        <translation>Garder les appels traités par cet agent (répétable).</translation>
    </message>
    <message>
        <source>Keep calls in this direction (repeatable).</source>
        <translation>Garder les appels dans ce sens (répétable).</translation>
    </message>
    <message>
        <source>Keep calls with this disposition (repeatable).</source>
        <translation>Garder les appels ayant cette qualification (répétable).</translation>
    </message>
    <message>
        <source>Exports a CallScope snapshot to CSV, optionally filtered.</source>
        <translation>Exporte un instantané CallScope en CSV, éventuellement filtré.</translation>
    </message>
    <message>
        <source>The subcommand.</source>
        <translation>La sous-commande.</translation>
    </message>
    <message>
        <source>Write the CSV to FILE.</source>
        <translation>Écrire le CSV dans FILE.</translation>
    </message>
    <message>
        <source>Keep calls whose text columns contain TEXT.</source>
        <translation>Garder les appels dont les colonnes de texte contiennent TEXT.</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte order mark (for Excel).</source>
        <translation>Commencer le fichier par une marque d&apos;ordre des octets UTF-8 (pour Excel).</translation>
    </message>
    <message>
        <source>expected exactly one snapshot file (callscope export SNAPSHOT --csv OUT).</source>
        <translation>un seul fichier d&apos;instantané attendu (callscope export SNAPSHOT --csv OUT).</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>note: the snapshot is partial (%1).</source>
        <translation>remarque&#xa0;: l&apos;instantané est partiel (%1).</translation>
    </message>
    <message>
        <source>The .callscope file (snapshot or archive) to read.</source>
        <translation>Le fichier .callscope (instantané ou archive) à lire.</translation>
    </message>
    <message>
        <source>Write the calls&apos; raw JSON to FILE, one per line.</source>
        <translation>Écrire le JSON brut des appels dans FILE, un par ligne.</translation>
    </message>
    <message>
        <source>Only calls starting at or after &quot;YYYY-MM-DD HH:MM:SS&quot; in --tz.</source>
        <translation>Seulement les appels qui commencent à partir de &quot;YYYY-MM-DD HH:MM:SS&quot; dans --tz.</translation>
    </message>
    <message>
        <source>Only calls starting at or before &quot;YYYY-MM-DD HH:MM:SS&quot; in --tz.</source>
        <translation>Seulement les appels qui commencent au plus tard à &quot;YYYY-MM-DD HH:MM:SS&quot; dans --tz.</translation>
    </message>
    <message>
        <source>IANA time zone of --from and --to (default: this computer&apos;s zone).</source>
        <translation>Fuseau horaire IANA de --from et --to (par défaut : celui de cet ordinateur).</translation>
    </message>
    <message>
        <source>give one of --csv OUT or --jsonl OUT.</source>
        <translation>indiquez soit --csv OUT, soit --jsonl OUT.</translation>
    </message>
    <message>
        <source>--from and --to go together.</source>
        <translation>--from et --to vont ensemble.</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;.</source>
        <translation>fuseau horaire inconnu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--from and --to must be times of the form &quot;YYYY-MM-DD HH:MM:SS&quot;, --from first.</source>
        <translation>--from et --to doivent être des heures de la forme &quot;YYYY-MM-DD HH:MM:SS&quot;, --from en premier.</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>Export annulé&#xa0;; aucun fichier n&apos;a été écrit</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 calls to %2</source>
        <translation>
            <numerusform>%1 appel exporté vers %2</numerusform>
            <numerusform>%1 appels exportés vers %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the agent segments of %1 calls to %2</source>
        <translation>
            <numerusform>Segments d&apos;agent de %1 appel exportés vers %2</numerusform>
            <numerusform>Segments d&apos;agent de %1 appels exportés vers %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %1 calls to %2…</source>
        <translation>
            <numerusform>Export de %1 appel vers %2…</numerusform>
            <numerusform>Export de %1 appels vers %2…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message>
        <source>Another CallScope is fetching this account (%1, process %2 on %3); waiting for it.</source>
        <translation>Une autre instance de CallScope récupère déjà ce compte (%1, processus %2 sur %3) ; attente de la fin.</translation>
    </message>
    <message>
        <source>Another CallScope took over fetching this account; this one stopped.</source>
        <translation>Une autre instance de CallScope a repris la récupération de ce compte ; celle-ci s’est arrêtée.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>API host, e.g. https://platform.kore.ai.</source>
        <translation>Hôte de l&apos;API, p. ex. https://platform.kore.ai.</translation>
    </message>
    <message>
        <source>Account ID.</source>
        <translation>ID du compte.</translation>
    </message>
    <message>
        <source>App (stream) ID, sent as iId.</source>
        <translation>ID de l&apos;application (stream), envoyé comme iId.</translation>
    </message>
    <message>
        <source>Start, &quot;YYYY-MM-DD HH:MM:SS&quot; in --tz (inclusive).</source>
        <translation>Début, &quot;YYYY-MM-DD HH:MM:SS&quot; dans --tz (inclus).</translation>
    </message>
    <message>
        <source>End, &quot;YYYY-MM-DD HH:MM:SS&quot; in --tz (inclusive).</source>
        <translation>Fin, &quot;YYYY-MM-DD HH:MM:SS&quot; dans --tz (inclus).</translation>
    </message>
    <message>
        <source>IANA time zone or UTC (default: this computer&apos;s zone).</source>
        <translation>Fuseau horaire IANA ou UTC (par défaut&#xa0;: le fuseau de cet ordinateur).</translation>
    </message>
    <message>
        <source>calldetails (default) or interactionDetails.</source>
        <translation>calldetails (par défaut) ou interactionDetails.</translation>
    </message>
    <message>
        <source>Only this channel (repeatable).</source>
        <translation>Seulement ce canal (répétable).</translation>
    </message>
    <message>
        <source>Only this queue ID (repeatable).</source>
        <translation>Seulement cet ID de file d&apos;attente (répétable).</translation>
    </message>
    <message>
        <source>Inbound, Outbound or Both.</source>
        <translation>Inbound, Outbound ou Both.</translation>
    </message>
    <message>
        <source>Request budget per minute (default 60).</source>
        <translation>Budget de requêtes par minute (60 par défaut).</translation>
    </message>
    <message>
        <source>Mint tokens from this Client ID and $CALLSCOPE_CLIENT_SECRET (otherwise $CALLSCOPE_TOKEN is used).</source>
        <translation>Créer les jetons à partir de cet ID client et de $CALLSCOPE_CLIENT_SECRET (sinon $CALLSCOPE_TOKEN est utilisé).</translation>
    </message>
    <message>
        <source>Output file: .csv, or .callscope for a snapshot.</source>
        <translation>Fichier de sortie&#xa0;: .csv, ou .callscope pour un instantané.</translation>
    </message>
    <message>
        <source>How the server&apos;s offset counts: auto (default), records or pages.</source>
        <translation>Comment compte l&apos;offset du serveur&#xa0;: auto (par défaut), records ou pages.</translation>
    </message>
    <message>
        <source>Request windows fetched at once (default 4).</source>
        <translation>Fenêtres de requête récupérées en même temps (4 par défaut).</translation>
    </message>
    <message>
        <source>Allow plain http:// to a host that is not this computer.</source>
        <translation>Autoriser http:// en clair vers un hôte qui n&apos;est pas cet ordinateur.</translation>
    </message>
    <message>
        <source>--%1 is required (see --help).</source>
        <translation>--%1 est obligatoire (voir --help).</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; (use an IANA name such as America/New_York, or UTC).</source>
        <translation>Fuseau horaire inconnu &quot;%1&quot; (utilisez un nom IANA comme Europe/Paris, ou UTC).</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a time of the form &quot;YYYY-MM-DD HH:MM:SS&quot;.</source>
        <translation>--from&#xa0;: &quot;%1&quot; n&apos;est pas une heure de la forme &quot;YYYY-MM-DD HH:MM:SS&quot;.</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not a time of the form &quot;YYYY-MM-DD HH:MM:SS&quot;.</source>
        <translation>--to&#xa0;: &quot;%1&quot; n&apos;est pas une heure de la forme &quot;YYYY-MM-DD HH:MM:SS&quot;.</translation>
    </message>
    <message>
        <source>--endpoint must be calldetails or interactionDetails.</source>
        <translation>--endpoint doit valoir calldetails ou interactionDetails.</translation>
    </message>
    <message>
        <source>--rate must be a whole number of requests per minute, at least 1.</source>
        <translation>--rate doit être un nombre entier de requêtes par minute, au moins 1.</translation>
    </message>
    <message>
        <source>--paging must be auto, records or pages.</source>
        <translation>--paging doit valoir auto, records ou pages.</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number, at least 1.</source>
        <translation>--concurrency doit être un nombre entier, au moins 1.</translation>
    </message>
    <message>
        <source>--out: unsupported file type &quot;%1&quot; (use .csv or .callscope).</source>
        <translation>--out&#xa0;: type de fichier non pris en charge &quot;%1&quot; (utilisez .csv ou .callscope).</translation>
    </message>
    <message>
        <source>--out: the folder %1 does not exist.</source>
        <translation>--out&#xa0;: le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>--client-id needs the Client Secret in the environment variable CALLSCOPE_CLIENT_SECRET.</source>
        <translation>--client-id nécessite le secret client dans la variable d&apos;environnement CALLSCOPE_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>No credentials: set CALLSCOPE_TOKEN to a JWT, or give --client-id with CALLSCOPE_CLIENT_SECRET in the environment.</source>
        <translation>Aucun identifiant&#xa0;: définissez CALLSCOPE_TOKEN avec un JWT, ou donnez --client-id avec CALLSCOPE_CLIENT_SECRET dans l&apos;environnement.</translation>
    </message>
    <message>
        <source>Windows %1/%2 · %3 records · %4 requests</source>
        <translation>Fenêtres %1/%2 · %3 enregistrements · %4 requêtes</translation>
    </message>
    <message>
        <source> · waiting %1 s for the rate limit</source>
        <translation> · attente de %1 s pour la limite de débit</translation>
    </message>
    <message>
        <source> · about %1 s left</source>
        <translation> · environ %1 s restantes</translation>
    </message>
    <message>
        <source>Fetch calls from the Call Details API into a file. Credentials come from CALLSCOPE_TOKEN, or --client-id with CALLSCOPE_CLIENT_SECRET.</source>
        <translation>Récupère les appels de l&apos;API Call Details dans un fichier. Les identifiants viennent de CALLSCOPE_TOKEN, ou de --client-id avec CALLSCOPE_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>The fetch command.</source>
        <translation>La commande fetch.</translation>
    </message>
    <message>
        <source>(see --help)</source>
        <translation>(voir --help)</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (see --help).</source>
        <translation>Argument inattendu &quot;%1&quot; (voir --help).</translation>
    </message>
    <message>
        <source>The fetch did not complete.</source>
        <translation>La récupération ne s&apos;est pas terminée.</translation>
    </message>
    <message>
        <source>%1 calls written to %2 (%3 requests).</source>
        <translation>%1 appels écrits dans %2 (%3 requêtes).</translation>
    </message>
    <message>
        <source>Opt-in blocks to ask for (selectedFields): all (default), none, or a comma-separated list of skills, customerinfo, userleveltags, sessionleveltags, campaigninfo, snoozeinfo.</source>
        <translation>Blocs sur demande à réclamer (selectedFields)&#xa0;: all (par défaut), none, ou une liste séparée par des virgules parmi skills, customerinfo, userleveltags, sessionleveltags, campaigninfo, snoozeinfo.</translation>
    </message>
    <message>
        <source>--fields: unknown field &quot;%1&quot; (use all, none, or a comma-separated list of %2).</source>
        <translation>--fields&#xa0;: champ inconnu &quot;%1&quot; (utilisez all, none ou une liste séparée par des virgules parmi %2).</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n record(s) that could not be read, so the range is incomplete; nothing was written.</source>
        <translation>
            <numerusform>Le serveur a envoyé %n enregistrement illisible, la période est donc incomplète&#xa0;; rien n&apos;a été écrit.</numerusform>
            <numerusform>Le serveur a envoyé %n enregistrements illisibles, la période est donc incomplète&#xa0;; rien n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Largest server answer accepted, in MiB (default 64).</source>
        <translation>Plus grande réponse du serveur acceptée, en Mio (64 par défaut).</translation>
    </message>
    <message>
        <source>--max-response-mb must be a whole number of MiB from 1 to 4096.</source>
        <translation>--max-response-mb doit être un nombre entier de Mio entre 1 et 4096.</translation>
    </message>
    <message>
        <source>Keep every call in this archive (.callscope, created if missing) and ask the server only for what it does not cover yet.</source>
        <translation>Garder chaque appel dans cette archive (.callscope, créée si absente) et ne demander au serveur que ce qu&apos;elle ne couvre pas encore.</translation>
    </message>
    <message>
        <source>With --archive: time fetched less than this many hours after it ended is provisional and asked for again (default 24).</source>
        <translation>Avec --archive : une période récupérée moins de ce nombre d&apos;heures après sa fin est provisoire et redemandée (par défaut 24).</translation>
    </message>
    <message>
        <source>--out is required without --archive (see --help).</source>
        <translation>--out est obligatoire sans --archive (voir --help).</translation>
    </message>
    <message>
        <source>--settle-hours must be a number of hours from 0 to 8760.</source>
        <translation>--settle-hours doit être un nombre d&apos;heures de 0 à 8760.</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n record(s) that could not be read.</source>
        <translation>
            <numerusform>Le serveur a envoyé %n enregistrement illisible.</numerusform>
            <numerusform>Le serveur a envoyé %n enregistrements illisibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The archive keeps the %2 new calls fetched; run the same command again to fetch the rest.</source>
        <translation>%1 L&apos;archive garde les %2 nouveaux appels récupérés ; relancez la même commande pour récupérer le reste.</translation>
    </message>
    <message>
        <source>%1 calls written to %2 (%3 requests; %4 new and %5 changed calls archived).</source>
        <translation>%1 appels écrits dans %2 (%3 requêtes ; %4 appels nouveaux et %5 modifiés archivés).</translation>
    </message>
    <message>
        <source>The range is archived in %1 (%2 requests; %3 new and %4 changed calls).</source>
        <translation>La période est archivée dans %1 (%2 requêtes ; %3 appels nouveaux et %4 modifiés).</translation>
    </message>
</context>
<context>
    <name>FetchRunText</name>
    <message>
        <source>No credentials: give a token, or a Client ID with its Client Secret.</source>
        <translation>Aucun identifiant&#xa0;: donnez un jeton, ou un ID client avec son secret client.</translation>
    </message>
    <message>
        <source>The date range does not contain any time to fetch.</source>
        <translation>La période ne contient aucun moment à récupérer.</translation>
    </message>
    <message>
        <source>Window %1: the server refused offset %2 (%3).</source>
        <translation>Fenêtre %1&#xa0;: le serveur a refusé l&apos;offset %2 (%3).</translation>
    </message>
    <message>
        <source>Window %1, offset %2: skipped record %3 (%4).</source>
        <translation>Fenêtre %1, offset %2&#xa0;: enregistrement %3 ignoré (%4).</translation>
    </message>
    <message>
        <source>The server&apos;s offset counts records.</source>
        <translation>L&apos;offset du serveur compte les enregistrements.</translation>
    </message>
    <message>
        <source>The server&apos;s offset counts pages.</source>
        <translation>L&apos;offset du serveur compte les pages.</translation>
    </message>
    <message>
        <source>Could not tell whether the server&apos;s times are in UTC or in the requested offset; showing them as in the requested offset.</source>
        <translation>Impossible de savoir si les heures du serveur sont en UTC ou dans le décalage demandé&#xa0;; elles sont affichées comme dans le décalage demandé.</translation>
    </message>
    <message>
        <source>The server answered %1 requests in a row with nothing new; it seems to ignore the requested offset and dates, so the range cannot be fetched.</source>
        <translation>Le serveur a répondu %1 requêtes de suite sans rien de nouveau&#xa0;; il semble ignorer l&apos;offset et les dates demandés, la période ne peut donc pas être récupérée.</translation>
    </message>
    <message>
        <source>The server&apos;s times are in UTC.</source>
        <translation>Les heures du serveur sont en UTC.</translation>
    </message>
    <message>
        <source>The server&apos;s times are in the requested offset.</source>
        <translation>Les heures du serveur sont dans le décalage demandé.</translation>
    </message>
</context>
<context>
    <name>FetchSpecText</name>
    <message>
        <source>The host is not a valid URL (expected e.g. https://platform.kore.ai).</source>
        <translation>L&apos;hôte n&apos;est pas une URL valide (attendu p. ex. https://platform.kore.ai).</translation>
    </message>
    <message>
        <source>The host must start with https://.</source>
        <translation>L&apos;hôte doit commencer par https://.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (loopback); use https:// or explicitly allow insecure HTTP.</source>
        <translation>http:// en clair n&apos;est autorisé que vers cet ordinateur (loopback)&#xa0;; utilisez https:// ou autorisez explicitement le HTTP non chiffré.</translation>
    </message>
    <message>
        <source>The account ID is missing.</source>
        <translation>L&apos;ID du compte manque.</translation>
    </message>
    <message>
        <source>The app ID (iId) is missing.</source>
        <translation>L&apos;ID de l&apos;application (iId) manque.</translation>
    </message>
    <message>
        <source>The time zone is not valid.</source>
        <translation>Le fuseau horaire n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The date range is not valid.</source>
        <translation>La période n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The end of the range is before its start.</source>
        <translation>La fin de la période est avant son début.</translation>
    </message>
    <message>
        <source>The request budget must be at least 1 request per minute.</source>
        <translation>Le budget de requêtes doit être d&apos;au moins 1 requête par minute.</translation>
    </message>
    <message>
        <source>The page size must be at least 1.</source>
        <translation>La taille de page doit être d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>The direction must be Inbound, Outbound or Both.</source>
        <translation>Le sens doit être Inbound, Outbound ou Both.</translation>
    </message>
</context>
<context>
    <name>GuiCommand</name>
    <message>
        <source>Browse, chart and export the calls of the Kore.ai Call Details API.</source>
        <translation>Parcourir, visualiser et exporter les appels de l&apos;API Call Details de Kore.ai.</translation>
    </message>
    <message>
        <source>Commands (they need no display):</source>
        <translation>Commandes (sans besoin d&apos;affichage)&#xa0;:</translation>
    </message>
    <message>
        <source>Fetch a date range from the API into a CSV file or a snapshot.</source>
        <translation>Récupérer une période de l&apos;API dans un fichier CSV ou un instantané.</translation>
    </message>
    <message>
        <source>Export a snapshot to CSV.</source>
        <translation>Exporter un instantané en CSV.</translation>
    </message>
    <message>
        <source>Run &quot;callscope COMMAND --help&quot; for the options of a command.</source>
        <translation>&quot;callscope COMMANDE --help&quot; affiche les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Start on the built-in demo data.</source>
        <translation>Démarrer sur les données de démonstration intégrées.</translation>
    </message>
    <message>
        <source>A .callscope snapshot to open.</source>
        <translation>Un instantané .callscope à ouvrir.</translation>
    </message>
    <message>
        <source>(see --help)</source>
        <translation>(voir --help)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see --help).</source>
        <translation>commande inconnue &quot;%1&quot; (voir --help).</translation>
    </message>
    <message>
        <source>QT_QPA_PLATFORM is xcb but DISPLAY is not set</source>
        <translation>QT_QPA_PLATFORM vaut xcb mais DISPLAY n&apos;est pas défini</translation>
    </message>
    <message>
        <source>QT_QPA_PLATFORM is wayland but WAYLAND_DISPLAY is not set</source>
        <translation>QT_QPA_PLATFORM vaut wayland mais WAYLAND_DISPLAY n&apos;est pas défini</translation>
    </message>
    <message>
        <source>no display (neither DISPLAY nor WAYLAND_DISPLAY is set)</source>
        <translation>aucun affichage (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini)</translation>
    </message>
    <message>
        <source>Run it on a desktop, or under xvfb-run; &quot;callscope --help&quot; lists the commands that need no display.</source>
        <translation>Lancez-le sur un bureau, ou sous xvfb-run&#xa0;; &quot;callscope --help&quot; liste les commandes qui n&apos;ont pas besoin d&apos;affichage.</translation>
    </message>
    <message>
        <source>the display cannot be used</source>
        <translation>l&apos;affichage est inutilisable</translation>
    </message>
    <message>
        <source>cannot open the window: %1.</source>
        <translation>impossible d&apos;ouvrir la fenêtre&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CallScope snapshots (*.callscope);;All files (*)</source>
        <translation>Instantanés CallScope (*.callscope);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CallScope snapshot, portable: raw JSON as text (*.callscope)</source>
        <translation>Instantané CallScope, portable : JSON brut en texte (*.callscope)</translation>
    </message>
    <message>
        <source>CallScope snapshot, compact: raw JSON compressed (*.callscope)</source>
        <translation>Instantané CallScope, compact : JSON brut compressé (*.callscope)</translation>
    </message>
</context>
<context>
    <name>MockServerCli</name>
    <message>
        <source>Invalid value for --%1: &quot;%2&quot; (expected a whole number of at least %3).</source>
        <translation>Valeur non valide pour --%1&#xa0;: &quot;%2&quot; (un nombre entier d&apos;au moins %3 est attendu).</translation>
    </message>
    <message>
        <source>Invalid date for --%1: &quot;%2&quot; (expected yyyy-MM-dd).</source>
        <translation>Date non valide pour --%1&#xa0;: &quot;%2&quot; (yyyy-MM-dd attendu).</translation>
    </message>
    <message>
        <source>Mock Kore.ai Call Details server with deterministic synthetic calls.</source>
        <translation>Serveur Kore.ai Call Details simulé, avec des appels synthétiques déterministes.</translation>
    </message>
    <message>
        <source>Port to listen on (0 = pick a free one).</source>
        <translation>Port d&apos;écoute (0 = en choisir un libre).</translation>
    </message>
    <message>
        <source>Number of synthetic calls.</source>
        <translation>Nombre d&apos;appels synthétiques.</translation>
    </message>
    <message>
        <source>Seed of the synthetic data.</source>
        <translation>Graine des données synthétiques.</translation>
    </message>
    <message>
        <source>First day of the data, UTC (default: 30 days ago).</source>
        <translation>Premier jour des données, UTC (par défaut&#xa0;: il y a 30 jours).</translation>
    </message>
    <message>
        <source>Last day of the data, UTC (default: today).</source>
        <translation>Dernier jour des données, UTC (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>How `offset` counts: records or pages.</source>
        <translation>Comment `offset` compte&#xa0;: records ou pages.</translation>
    </message>
    <message>
        <source>Most records returned per page, whatever the limit.</source>
        <translation>Nombre maximal d&apos;enregistrements par page, quelle que soit la limite.</translation>
    </message>
    <message>
        <source>Pages mode: the largest accepted offset.</source>
        <translation>Mode pages&#xa0;: le plus grand offset accepté.</translation>
    </message>
    <message>
        <source>Delay every response by this many milliseconds.</source>
        <translation>Retarder chaque réponse de ce nombre de millisecondes.</translation>
    </message>
    <message>
        <source>Requests allowed per sliding minute (0 = unlimited).</source>
        <translation>Requêtes autorisées par minute glissante (0 = illimité).</translation>
    </message>
    <message>
        <source>Answer every Nth data request with 429.</source>
        <translation>Répondre 429 à chaque N-ième requête de données.</translation>
    </message>
    <message>
        <source>Answer every Nth data request with 500/502/503.</source>
        <translation>Répondre 500/502/503 à chaque N-ième requête de données.</translation>
    </message>
    <message>
        <source>Cut the body of every Nth data request in half.</source>
        <translation>Couper de moitié le corps de chaque N-ième requête de données.</translation>
    </message>
    <message>
        <source>Drop the connection of every Nth data request.</source>
        <translation>Couper la connexion de chaque N-ième requête de données.</translation>
    </message>
    <message>
        <source>Redirect every request (307) to this base URL.</source>
        <translation>Rediriger chaque requête (307) vers cette URL de base.</translation>
    </message>
    <message>
        <source>Reject tokens without a jti or with a reused one.</source>
        <translation>Refuser les jetons sans jti ou avec un jti déjà utilisé.</translation>
    </message>
    <message>
        <source>Also print the demo client secret (never do this with real credentials).</source>
        <translation>Afficher aussi le secret client de démonstration (ne jamais le faire avec de vrais identifiants).</translation>
    </message>
    <message>
        <source>Invalid value for --seed: &quot;%1&quot;.</source>
        <translation>Valeur non valide pour --seed&#xa0;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Invalid value for --port: %1.</source>
        <translation>Valeur non valide pour --port&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to ne doit pas précéder --from.</translation>
    </message>
    <message>
        <source>Invalid value for --redirect-to: &quot;%1&quot; (expected e.g. http://127.0.0.1:8080).</source>
        <translation>Valeur non valide pour --redirect-to&#xa0;: &quot;%1&quot; (attendu p. ex. http://127.0.0.1:8080).</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1.</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1:%1.</translation>
    </message>
    <message>
        <source>callscope-mock listening on %1</source>
        <translation>callscope-mock écoute sur %1</translation>
    </message>
    <message>
        <source>  account id: %1</source>
        <translation>  ID du compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>  app id (iId): %1</source>
        <translation>  ID de l&apos;application (iId)&#xa0;: %1</translation>
    </message>
    <message>
        <source>  client id: %1</source>
        <translation>  ID client&#xa0;: %1</translation>
    </message>
    <message>
        <source>  client secret: %1</source>
        <translation>  secret client&#xa0;: %1</translation>
    </message>
    <message>
        <source>  %1 calls from %2 to %3 (UTC)</source>
        <translation>  %1 appels du %2 au %3 (UTC)</translation>
    </message>
    <message>
        <source>Invalid value for --%1: &quot;%2&quot; (expected a number from 0 to 1).</source>
        <translation>Valeur non valide pour --%1&#xa0;: &quot;%2&quot; (un nombre de 0 à 1 est attendu).</translation>
    </message>
    <message>
        <source>Invalid value for --%1: &quot;%2&quot; (expected one of: %3).</source>
        <translation>Valeur non valide pour --%1&#xa0;: &quot;%2&quot; (attendu&#xa0;: l&apos;une des valeurs %3).</translation>
    </message>
    <message>
        <source>Share of calls (0 to 1) moved onto another call&apos;s start second, in clusters of 2 to 8.</source>
        <translation>Part des appels (de 0 à 1) déplacés sur la seconde de début d&apos;un autre appel, par groupes de 2 à 8.</translation>
    </message>
    <message>
        <source>Records mode: an offset of N or more is past the cap (0 = no cap).</source>
        <translation>Mode records&#xa0;: un offset de N ou plus dépasse le plafond (0 = sans plafond).</translation>
    </message>
    <message>
        <source>What a request past the offset cap gets: HTTP 400, an empty page, or the page of the last allowed offset.</source>
        <translation>Ce que reçoit une requête au-delà du plafond d&apos;offset&#xa0;: HTTP 400, une page vide, ou la page du dernier offset autorisé.</translation>
    </message>
    <message>
        <source>Ignore `limit`: every page holds page-cap records.</source>
        <translation>Ignorer `limit`&#xa0;: chaque page contient page-cap enregistrements.</translation>
    </message>
    <message>
        <source>Ignore `offset`: every request gets the first page.</source>
        <translation>Ignorer `offset`&#xa0;: chaque requête reçoit la première page.</translation>
    </message>
    <message>
        <source>Order calls that start in the same second differently for every request.</source>
        <translation>Ordonner différemment à chaque requête les appels qui commencent dans la même seconde.</translation>
    </message>
    <message>
        <source>Return the matching calls in a new random order for every request.</source>
        <translation>Renvoyer les appels correspondants dans un nouvel ordre aléatoire à chaque requête.</translation>
    </message>
    <message>
        <source>Calls start at sub-second instants; startDate and endDate filter at .000.</source>
        <translation>Les appels commencent à des fractions de seconde&#xa0;; startDate et endDate filtrent à .000.</translation>
    </message>
    <message>
        <source>Zone of the records&apos; zone-less times: the request&apos;s timeZoneOffset or UTC.</source>
        <translation>Fuseau des heures sans fuseau des enregistrements&#xa0;: le timeZoneOffset de la requête ou UTC.</translation>
    </message>
    <message>
        <source>Send skills, customer, tag, campaign and snooze blocks even when selectedFields does not name them.</source>
        <translation>Envoyer les blocs compétences, client, étiquettes, campagne et mise en attente même si selectedFields ne les nomme pas.</translation>
    </message>
    <message>
        <source>Before answering every Nth data request, add a new call at the start of the range it asks for.</source>
        <translation>Avant de répondre à chaque N-ième requête de données, ajouter un nouvel appel au début de la période demandée.</translation>
    </message>
    <message>
        <source>Send Retry-After as an HTTP date instead of seconds.</source>
        <translation>Envoyer Retry-After sous forme de date HTTP plutôt qu&apos;en secondes.</translation>
    </message>
    <message>
        <source>Answer every Nth data request with 200 and an HTML proxy page.</source>
        <translation>Répondre à chaque N-ième requête de données par 200 et une page HTML de proxy.</translation>
    </message>
    <message>
        <source>Answer every Nth request with offset &gt; 0 that has records with an empty page instead.</source>
        <translation>Répondre par une page vide à chaque N-ième requête avec offset &gt; 0 qui a des enregistrements.</translation>
    </message>
    <message>
        <source>Cannot write the request log %1: %2</source>
        <translation>Impossible d&apos;écrire le journal des requêtes %1 : %2</translation>
    </message>
    <message>
        <source>Add N calls written late: distinct sessionIds, starting within the data&apos;s days (or --late-from to --late-to); the other calls stay the same.</source>
        <translation>Ajouter N appels enregistrés en retard : sessionIds distincts, début dans les jours des données (ou de --late-from à --late-to) ; les autres appels restent identiques.</translation>
    </message>
    <message>
        <source>First day of the late calls, UTC (default: --from).</source>
        <translation>Premier jour des appels en retard, UTC (par défaut : --from).</translation>
    </message>
    <message>
        <source>Last day of the late calls, UTC (default: --to).</source>
        <translation>Dernier jour des appels en retard, UTC (par défaut : --to).</translation>
    </message>
    <message>
        <source>Serve every Nth call revised: another finalStatus and one more agent note, same sessionId and start.</source>
        <translation>Servir un appel sur N révisé : autre finalStatus et une note d&apos;agent de plus, même sessionId et même début.</translation>
    </message>
    <message>
        <source>Append one JSON line per data request to FILE (what it asked for and the status answered).</source>
        <translation>Ajouter à FILE une ligne JSON par requête de données (ce qu&apos;elle a demandé et le statut répondu).</translation>
    </message>
    <message>
        <source>--late-from and --late-to must lie within --from to --to, in order.</source>
        <translation>--late-from et --late-to doivent se trouver, dans cet ordre, entre --from et --to.</translation>
    </message>
</context>
<context>
    <name>PageFetcherText</name>
    <message>
        <source>window %1 (%2), offset %3</source>
        <translation>fenêtre %1 (%2), offset %3</translation>
    </message>
    <message>
        <source>The server kept refusing requests with HTTP 429 (rate limit), %1 times in a row.</source>
        <translation>Le serveur a refusé les requêtes avec HTTP 429 (limite de débit) %1 fois de suite.</translation>
    </message>
    <message>
        <source>The server&apos;s rate limit was reached (HTTP 429); waiting %1 s.</source>
        <translation>La limite de débit du serveur est atteinte (HTTP 429)&#xa0;; attente de %1 s.</translation>
    </message>
    <message>
        <source>Gave up on %1 after %2 attempts: %3.</source>
        <translation>Abandon de %1 après %2 tentatives&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1: %2; retrying in %3 s (attempt %4 of %5).</source>
        <translation>%1&#xa0;: %2&#xa0;; nouvel essai dans %3 s (tentative %4 sur %5).</translation>
    </message>
    <message>
        <source>The server redirected the request to another host (%1); CallScope does not send credentials there, so the fetch stopped. Check the host URL.</source>
        <translation>Le serveur a redirigé la requête vers un autre hôte (%1)&#xa0;; CallScope n&apos;y envoie pas d&apos;identifiants, la récupération s&apos;est donc arrêtée. Vérifiez l&apos;URL de l&apos;hôte.</translation>
    </message>
    <message>
        <source>The server redirected more than %1 times; the fetch stopped.</source>
        <translation>Le serveur a redirigé plus de %1 fois&#xa0;; la récupération s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>%1: the server refused the token (HTTP %2); retrying once with a new one.</source>
        <translation>%1&#xa0;: le serveur a refusé le jeton (HTTP %2)&#xa0;; nouvel essai unique avec un nouveau jeton.</translation>
    </message>
    <message>
        <source>The server rejected the credentials (HTTP %1).</source>
        <translation>Le serveur a rejeté les identifiants (HTTP %1).</translation>
    </message>
    <message>
        <source>The server rejected the credentials (HTTP %1): %2</source>
        <translation>Le serveur a rejeté les identifiants (HTTP %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Le serveur a refusé la requête (%1).</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1.</source>
        <translation>Impossible de joindre le serveur&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>PgArchiveText</name>
    <message>
        <source>The server sent a row of %1 columns where %2 were asked for.</source>
        <translation>Le serveur a envoyé une ligne de %1 colonnes alors que %2 étaient demandées.</translation>
    </message>
    <message>
        <source>The server sent call %1 in a form this CallScope cannot read.</source>
        <translation>Le serveur a envoyé l’appel %1 sous une forme que cette version de CallScope ne sait pas lire.</translation>
    </message>
</context>
<context>
    <name>PgText</name>
    <message>
        <source>The server&apos;s COPY data has no binary header.</source>
        <translation>Les données COPY du serveur n&apos;ont pas d&apos;en-tête binaire.</translation>
    </message>
    <message>
        <source>The server&apos;s COPY data holds a malformed row.</source>
        <translation>Les données COPY du serveur contiennent une ligne mal formée.</translation>
    </message>
</context>
<context>
    <name>ResponsePolicy</name>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>network failure</source>
        <translation>panne du réseau</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erreur réseau</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>unreadable response (%1)</source>
        <translation>réponse illisible (%1)</translation>
    </message>
    <message>
        <source>no page</source>
        <translation>aucune page</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>HTTP %1 redirect without a target</source>
        <translation>redirection HTTP %1 sans cible</translation>
    </message>
    <message>
        <source>the server answered with a redirect (HTTP %1) that cannot carry the request; check the host URL</source>
        <translation>le serveur a répondu par une redirection (HTTP %1) qui ne peut pas transmettre la requête&#xa0;; vérifiez l&apos;URL de l&apos;hôte</translation>
    </message>
    <message>
        <source>the server&apos;s answer is larger than %1 MiB, the response size limit (raise it with --max-response-mb or the profile&apos;s maxResponseMegabytes only for a server you trust)</source>
        <translation>la réponse du serveur dépasse %1 Mio, la taille maximale de réponse (ne l’augmentez avec --max-response-mb ou maxResponseMegabytes du profil que pour un serveur de confiance)</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>The fetch was cancelled.</source>
        <translation>La récupération a été annulée.</translation>
    </message>
</context>
<context>
    <name>SnapshotReaderText</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a CallScope snapshot.</source>
        <translation>%1 est vide&#xa0;: ce n&apos;est pas un instantané CallScope.</translation>
    </message>
    <message>
        <source>%1 is not a CallScope snapshot (it is not a SQLite database).</source>
        <translation>%1 n&apos;est pas un instantané CallScope (ce n&apos;est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>%1 is truncated: it has only %2 bytes. It cannot be opened; ask for the file again.</source>
        <translation>%1 est tronqué&#xa0;: il ne fait que %2 octets. Il ne peut pas être ouvert&#xa0;; demandez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database, but not a CallScope snapshot.</source>
        <translation>%1 est une base de données SQLite, mais pas un instantané CallScope.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CallScope (snapshot format %2; this version reads up to %3). Please update CallScope to open it.</source>
        <translation>%1 a été écrit par une version plus récente de CallScope (format d&apos;instantané %2&#xa0;; cette version lit jusqu&apos;à %3). Mettez CallScope à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1 is damaged: its format version is missing.</source>
        <translation>%1 est endommagé&#xa0;: la version de son format manque.</translation>
    </message>
    <message>
        <source>%1 is truncated: it should be %2 bytes long but has only %3. It cannot be opened; ask for the file again.</source>
        <translation>%1 est tronqué&#xa0;: il devrait faire %2 octets mais n&apos;en a que %3. Il ne peut pas être ouvert&#xa0;; demandez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read completely (%2).</source>
        <translation>%1 est endommagé et ne peut pas être lu entièrement (%2).</translation>
    </message>
    <message>
        <source>its description is missing</source>
        <translation>sa description manque</translation>
    </message>
    <message>
        <source>its record count is missing</source>
        <translation>son nombre d&apos;enregistrements manque</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); %3 records were read before the damage.</source>
        <translation>%1 est endommagé (%2)&#xa0;; %3 enregistrements ont été lus avant le dommage.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 of %3 records could not be read (%4).</source>
        <translation>%1 est endommagé&#xa0;: %2 enregistrements sur %3 n&apos;ont pas pu être lus (%4).</translation>
    </message>
    <message>
        <source>%1 is damaged: it should hold %2 records but %3 were found.</source>
        <translation>%1 est endommagé&#xa0;: il devrait contenir %2 enregistrements mais %3 ont été trouvés.</translation>
    </message>
    <message>
        <source>%1 is damaged: records with the same sessionId were found (%2 repeated).</source>
        <translation>%1 est endommagé&#xa0;: des enregistrements ayant le même sessionId ont été trouvés (%2 répétés).</translation>
    </message>
    <message>
        <source>Reading %1 was stopped: one query ran longer than %2 s. The file is not a plain CallScope snapshot.</source>
        <translation>La lecture de %1 a été arrêtée : une requête a duré plus de %2 s. Le fichier n’est pas un simple instantané CallScope.</translation>
    </message>
    <message>
        <source>%1 is not a plain CallScope snapshot: it contains %2 &quot;%3&quot;, which CallScope never writes. It is not opened.</source>
        <translation>%1 n’est pas un simple instantané CallScope : il contient %2 « %3 », que CallScope n’écrit jamais. Il n’est pas ouvert.</translation>
    </message>
    <message>
        <source>its table %1 is missing</source>
        <translation>sa table %1 est absente</translation>
    </message>
    <message>
        <source>it claims %1 records, more than a file of %2 bytes can hold</source>
        <translation>il annonce %1 enregistrements, plus qu’un fichier de %2 octets ne peut en contenir</translation>
    </message>
    <message>
        <source>a call&apos;s JSON cannot be decompressed</source>
        <translation>le JSON d&apos;un appel ne peut pas être décompressé</translation>
    </message>
</context>
<context>
    <name>SnapshotWriterText</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write the snapshot: %1</source>
        <translation>Impossible d&apos;écrire l&apos;instantané&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving was cancelled; no file was written.</source>
        <translation>Enregistrement annulé&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot flush the snapshot to disk.</source>
        <translation>Impossible d&apos;écrire l&apos;instantané sur le disque.</translation>
    </message>
    <message>
        <source>Cannot move the snapshot into place at %1.</source>
        <translation>Impossible de mettre l&apos;instantané en place à %1.</translation>
    </message>
    <message>
        <source>The JSON of a call could not be read from the file it was loaded from, or it no longer matches its checksum; no file was written.</source>
        <translation>Le JSON d’un appel n’a pas pu être lu depuis le fichier d’où il a été chargé, ou ne correspond plus à sa somme de contrôle ; aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>CallScope User Guide</source>
        <translation>Guide d&apos;utilisation de CallScope</translation>
    </message>
    <message>
        <source>Browse, drill into, chart and export the calls of the Kore.ai XO Contact Center Call Details API.</source>
        <translation>Parcourir, détailler, visualiser et exporter les appels de l&apos;API Call Details de Kore.ai XO Contact Center.</translation>
    </message>
    <message>
        <source>License: %1. CallScope comes with absolutely no warranty.</source>
        <translation>Licence&#xa0;: %1. CallScope est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>Built with Qt %1; running on Qt %2.</source>
        <translation>Compilé avec Qt %1&#xa0;; fonctionne avec Qt %2.</translation>
    </message>
    <message>
        <source>About CallScope</source>
        <translation>À propos de CallScope</translation>
    </message>
</context>
<context>
    <name>ViewCsv</name>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation>Impossible d&apos;écrire le fichier CSV&#xa0;: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
</context>
<context>
    <name>WindowPagerText</name>
    <message>
        <source>The server keeps answering with no calls for %1 – %2, where it listed calls a moment before; the range cannot be fetched reliably.</source>
        <translation>Le serveur continue de répondre sans appels pour %1 – %2, alors qu&apos;il y listait des appels un instant plus tôt&#xa0;; la période ne peut pas être récupérée de façon fiable.</translation>
    </message>
    <message>
        <source>an empty page right after a full one</source>
        <translation>une page vide juste après une page pleine</translation>
    </message>
    <message>
        <source>the server ignores the offset</source>
        <translation>le serveur ignore l&apos;offset</translation>
    </message>
    <message>
        <source>calls of one second moved between pages</source>
        <translation>des appels d&apos;une même seconde ont changé de page</translation>
    </message>
    <message>
        <source>a page with no new calls</source>
        <translation>une page sans nouvel appel</translation>
    </message>
    <message>
        <source>the server&apos;s records are in no order</source>
        <translation>les enregistrements du serveur ne sont dans aucun ordre</translation>
    </message>
    <message>
        <source>the last page the server allows</source>
        <translation>la dernière page que le serveur autorise</translation>
    </message>
    <message>
        <source>the server refused offset %1</source>
        <translation>le serveur a refusé l&apos;offset %1</translation>
    </message>
    <message>
        <source>Too many calls start at %1 (over %2 within about one second): the server cannot page through them, so the range cannot be fetched completely.</source>
        <translation>Trop d&apos;appels commencent à %1 (plus de %2 en une seconde environ)&#xa0;: le serveur ne peut pas les paginer, la période ne peut donc pas être récupérée entièrement.</translation>
    </message>
    <message>
        <source>The server stopped paging (%1); continuing with %2 – %3.</source>
        <translation>Le serveur a cessé de paginer (%1)&#xa0;; suite avec %2 – %3.</translation>
    </message>
    <message>
        <source>The server cannot page through the calls of %1 – %2 (%3), so the range cannot be fetched completely.</source>
        <translation>Le serveur ne peut pas paginer les appels de %1 – %2 (%3), la période ne peut donc pas être récupérée entièrement.</translation>
    </message>
    <message>
        <source>The server cannot page through %1 – %2 (%3); splitting it in two.</source>
        <translation>Le serveur ne peut pas paginer %1 – %2 (%3)&#xa0;; la période est coupée en deux.</translation>
    </message>
</context>
<context>
    <name>cs::ArchiveLocationEdit</name>
    <message>
        <source>&amp;Keep</source>
        <translation>Co&amp;nserver</translation>
    </message>
    <message>
        <source>Archi&amp;ve:</source>
        <translation>Archi&amp;ve :</translation>
    </message>
    <message>
        <source>Database password:</source>
        <translation>Mot de passe de la base :</translation>
    </message>
    <message>
        <source>Keep every fetched call in an archive: a range then shows what the archive holds at once, and only what it does not hold is asked of the server.</source>
        <translation>Conserver chaque appel récupéré dans une archive : une période montre alors aussitôt ce que l&apos;archive contient, et seul ce qui manque est demandé au serveur.</translation>
    </message>
    <message>
        <source>The archive file (.callscope), or a team archive on a PostgreSQL server: postgresql://user@host:port/dbname?sslmode=verify-full (its password goes in the Database password field and is kept in the keyring). Empty: the connection&apos;s own file in your data folder.</source>
        <translation>Le fichier d&apos;archive (.callscope), ou une archive d&apos;équipe sur un serveur PostgreSQL : postgresql://user@host:port/dbname?sslmode=verify-full (son mot de passe va dans le champ Mot de passe de la base et est gardé dans le trousseau). Vide : le fichier propre à la connexion dans votre dossier de données.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Empty: from PGPASSWORD or ~/.pgpass</source>
        <translation>Vide : depuis PGPASSWORD ou ~/.pgpass</translation>
    </message>
    <message>
        <source>The password of the database role in the archive&apos;s URI. It is stored in the system keyring, never in the settings.</source>
        <translation>Le mot de passe du rôle de base de données de l&apos;URI de l&apos;archive. Il est stocké dans le trousseau du système, jamais dans les paramètres.</translation>
    </message>
    <message>
        <source>The password was taken out of the archive&apos;s address: it is kept in the keyring, never in the settings.</source>
        <translation>Le mot de passe a été retiré de l&apos;adresse de l&apos;archive : il est gardé dans le trousseau, jamais dans les paramètres.</translation>
    </message>
    <message>
        <source>Archive File</source>
        <translation>Fichier d&apos;archive</translation>
    </message>
    <message>
        <source>CallScope archives (*.callscope)</source>
        <translation>Archives CallScope (*.callscope)</translation>
    </message>
</context>
<context>
    <name>cs::AverageHandleChart</name>
    <message>
        <source>Average handle time</source>
        <translation>Temps de traitement moyen</translation>
    </message>
    <message numerus="yes">
        <source>%1: average %2 over %n call(s)</source>
        <translation>
            <numerusform>%1&#xa0;: en moyenne %2 sur %n appel</numerusform>
            <numerusform>%1&#xa0;: en moyenne %2 sur %n appels</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>cs::CallTableModel</name>
    <message numerus="yes">
        <source>%1 of %2 calls</source>
        <translation>
            <numerusform>%1 sur %2 appel</numerusform>
            <numerusform>%1 sur %2 appels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::CallTableView</name>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>&amp;Réinitialiser les colonnes</translation>
    </message>
</context>
<context>
    <name>cs::ChartCard</name>
    <message>
        <source>No calls in the current filter</source>
        <translation>Aucun appel dans le filtre actuel</translation>
    </message>
</context>
<context>
    <name>cs::ChartsPanel</name>
    <message>
        <source>Average handle time per agent (top %1 by calls)</source>
        <translation>Temps de traitement moyen par agent (top %1 en appels)</translation>
    </message>
    <message>
        <source>No call in the current filter reached an agent</source>
        <translation>Aucun appel du filtre actuel n&apos;a atteint un agent</translation>
    </message>
    <message>
        <source>Average handle time per queue (top %1 by calls)</source>
        <translation>Temps de traitement moyen par file (top %1 en appels)</translation>
    </message>
    <message>
        <source>No call in the current filter went through a queue</source>
        <translation>Aucun appel du filtre actuel n&apos;est passé par une file d&apos;attente</translation>
    </message>
</context>
<context>
    <name>cs::ConnectionDialog</name>
    <message>
        <source>Call details (calldetails)</source>
        <translation>Détails des appels (calldetails)</translation>
    </message>
    <message>
        <source>Interaction details (interactionDetails)</source>
        <translation>Détails des interactions (interactionDetails)</translation>
    </message>
    <message>
        <source>Automatic (detect how the server counts)</source>
        <translation>Automatique (détecter comment le serveur compte)</translation>
    </message>
    <message>
        <source>Offset counts records</source>
        <translation>L&apos;offset compte les enregistrements</translation>
    </message>
    <message>
        <source>Offset counts pages</source>
        <translation>L&apos;offset compte les pages</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (démo)</translation>
    </message>
    <message>
        <source>Another profile is already named &quot;%1&quot;.</source>
        <translation>Un autre profil s&apos;appelle déjà « %1 ».</translation>
    </message>
    <message>
        <source>Enter the Client ID.</source>
        <translation>Saisissez l&apos;ID client.</translation>
    </message>
    <message>
        <source>Reading the secret from the keyring…</source>
        <translation>Lecture du secret dans le trousseau…</translation>
    </message>
    <message>
        <source>%1 Enter the secret again.</source>
        <translation>%1 Saisissez de nouveau le secret.</translation>
    </message>
    <message>
        <source>Enter the JWT.</source>
        <translation>Saisissez le JWT.</translation>
    </message>
    <message>
        <source>Enter the Client Secret.</source>
        <translation>Saisissez le secret client.</translation>
    </message>
    <message>
        <source>The JWT does not look like a token (three parts separated by dots).</source>
        <translation>Le JWT ne ressemble pas à un jeton (trois parties séparées par des points).</translation>
    </message>
    <message>
        <source>Add a profile to connect.</source>
        <translation>Ajoutez un profil pour vous connecter.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>Nouveau &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation>&amp;Compétences</translation>
    </message>
    <message>
        <source>C&amp;ustomer info</source>
        <translation>Infos c&amp;lient</translation>
    </message>
    <message>
        <source>User ta&amp;gs</source>
        <translation>É&amp;tiquettes utilisateur</translation>
    </message>
    <message>
        <source>Session tag&amp;s</source>
        <translation>Étiquettes de &amp;session</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign info</source>
        <translation>Infos ca&amp;mpagne</translation>
    </message>
    <message>
        <source>S&amp;nooze info</source>
        <translation>Mise en attente (s&amp;nooze)</translation>
    </message>
</context>
<context>
    <name>cs::ConnectionTester</name>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <translation>Le serveur a répondu&#xa0;: « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s) (timeout). The server may be down or unreachable from this network.</source>
        <translation>
            <numerusform>Aucune réponse de %1 en %n seconde (délai dépassé). Le serveur est peut-être arrêté ou injoignable depuis ce réseau.</numerusform>
            <numerusform>Aucune réponse de %1 en %n secondes (délai dépassé). Le serveur est peut-être arrêté ou injoignable depuis ce réseau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Host not found: &quot;%1&quot; could not be resolved (DNS). Check the host name.</source>
        <translation>Hôte introuvable&#xa0;: « %1 » n&apos;a pas pu être résolu (DNS). Vérifiez le nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>Connection refused by %1: nothing is listening there (wrong port, or the server is down).</source>
        <translation>Connexion refusée par %1&#xa0;: rien n&apos;écoute à cet endroit (mauvais port, ou serveur arrêté).</translation>
    </message>
    <message>
        <source>Secure connection (TLS) to %1 failed: %2</source>
        <translation>La connexion sécurisée (TLS) à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 a fermé la connexion sans répondre.</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Erreur réseau en communiquant avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server answered (HTTP %1) but not with call details: %2. Check the host and the endpoint (%3).</source>
        <translation>Le serveur a répondu (HTTP %1) mais pas avec des détails d&apos;appels&#xa0;: %2. Vérifiez l&apos;hôte et le point d&apos;accès (%3).</translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation>réponse vide</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n record(s) in the last hour.</source>
        <translation>
            <numerusform>Connecté&#xa0;: %n enregistrement dans la dernière heure.</numerusform>
            <numerusform>Connecté&#xa0;: %n enregistrements dans la dernière heure.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) without a target.</source>
        <translation>Le serveur a répondu par une redirection (HTTP %1) sans cible.</translation>
    </message>
    <message>
        <source>The server redirects to %1. CallScope never sends your credential to another host; if that is the right server, enter it as the host.</source>
        <translation>Le serveur redirige vers %1. CallScope n&apos;envoie jamais vos identifiants à un autre hôte&#xa0;; si c&apos;est le bon serveur, saisissez-le comme hôte.</translation>
    </message>
    <message>
        <source>The server keeps redirecting (HTTP %1); giving up.</source>
        <translation>Le serveur redirige sans cesse (HTTP %1)&#xa0;; abandon.</translation>
    </message>
    <message>
        <source>Rejected (HTTP 401 Unauthorized): the server did not accept the credential. Check the JWT, or the Client ID and Client Secret.</source>
        <translation>Refusé (HTTP 401 Unauthorized)&#xa0;: le serveur n&apos;a pas accepté les identifiants. Vérifiez le JWT, ou l&apos;ID client et le secret client.</translation>
    </message>
    <message>
        <source>Forbidden (HTTP 403): the credential may not read this account&apos;s analytics. Check the account ID, the app ID (iId) and the app&apos;s API scope.</source>
        <translation>Interdit (HTTP 403)&#xa0;: ces identifiants n&apos;ont peut-être pas le droit de lire les analyses de ce compte. Vérifiez l&apos;ID du compte, l&apos;ID de l&apos;application (iId) et la portée d&apos;API de l&apos;application.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): check the host, the account ID and the endpoint (%1).</source>
        <translation>Introuvable (HTTP 404)&#xa0;: vérifiez l&apos;hôte, l&apos;ID du compte et le point d&apos;accès (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited (HTTP 429): the account&apos;s request budget is used up. The server asks to wait %n second(s).</source>
        <translation>
            <numerusform>Débit limité (HTTP 429)&#xa0;: le budget de requêtes du compte est épuisé. Le serveur demande d&apos;attendre %n seconde.</numerusform>
            <numerusform>Débit limité (HTTP 429)&#xa0;: le budget de requêtes du compte est épuisé. Le serveur demande d&apos;attendre %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429): the account&apos;s request budget is used up. Try again in a minute.</source>
        <translation>Débit limité (HTTP 429)&#xa0;: le budget de requêtes du compte est épuisé. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>The server has a problem (HTTP %1). Try again later.</source>
        <translation>Le serveur a un problème (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Unexpected answer (HTTP %1).</source>
        <translation>Réponse inattendue (HTTP %1).</translation>
    </message>
    <message>
        <source>[credential removed]</source>
        <translation>[identifiants retirés]</translation>
    </message>
    <message>
        <source>No credential: enter a JWT, or a Client ID and Client Secret.</source>
        <translation>Aucun identifiant&#xa0;: saisissez un JWT, ou un ID client et un secret client.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB, the response size limit.</source>
        <translation>La réponse du serveur dépasse %1 Mio, la taille maximale de réponse.</translation>
    </message>
</context>
<context>
    <name>cs::CoverageBar</name>
    <message>
        <source>Archive coverage of the range</source>
        <translation>Couverture de la période par l&apos;archive</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivée</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisoire</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>Archive: nothing of this range yet</source>
        <translation>Archive : rien de cette période pour l&apos;instant</translation>
    </message>
    <message>
        <source>Archive: the whole range is archived</source>
        <translation>Archive : toute la période est archivée</translation>
    </message>
    <message>
        <source>%1% archived</source>
        <translation>%1 % archivés</translation>
    </message>
    <message>
        <source>%1% provisional</source>
        <translation>%1 % provisoires</translation>
    </message>
    <message>
        <source>%1% missing</source>
        <translation>%1 % manquants</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>Archive : %1</translation>
    </message>
    <message>
        <source>Provisional: fetched too soon after it ended (calls are written late); the next fetch asks for it again.</source>
        <translation>Provisoire : récupérée trop tôt après sa fin (les appels sont écrits en retard) ; la prochaine récupération la redemande.</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more span(s)</source>
        <translation>
            <numerusform>… et %n autre intervalle</numerusform>
            <numerusform>… et %n autres intervalles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::DemoServer</name>
    <message>
        <source>The demo server could not listen on the loopback interface.</source>
        <translation>Le serveur de démonstration n&apos;a pas pu écouter sur l&apos;interface de bouclage.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
</context>
<context>
    <name>cs::DetailTreeModel</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>cs::DrillDownWidget</name>
    <message>
        <source>Select a call in the table to see its queues, agents, details and raw JSON.</source>
        <translation>Sélectionnez un appel dans le tableau pour voir ses files d&apos;attente, ses agents, ses détails et son JSON brut.</translation>
    </message>
    <message>
        <source>&amp;Transfers &amp;&amp; agents</source>
        <translation>&amp;Transferts &amp;&amp; agents</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Ra&amp;w JSON</source>
        <translation>JSON &amp;brut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Copy JSON</source>
        <translation>&amp;Copier le JSON</translation>
    </message>
    <message>
        <source>Copy the whole record to the clipboard</source>
        <translation>Copier tout l&apos;enregistrement dans le presse-papiers</translation>
    </message>
    <message>
        <source>This record could not be read: %1</source>
        <translation>Cet enregistrement n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(sans ID)</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>commencé %1</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>canal %1</translation>
    </message>
    <message>
        <source>final status %1</source>
        <translation>statut final %1</translation>
    </message>
    <message>
        <source>No customer, campaign, tag or survey data in this record.</source>
        <translation>Aucune donnée de client, de campagne, d&apos;étiquette ou d&apos;enquête dans cet enregistrement.</translation>
    </message>
</context>
<context>
    <name>cs::ExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Calls as shown (%1 rows, %2 columns)</source>
        <translation>
            <numerusform>&amp;Appels tels qu&apos;affichés (%1 ligne, %2 colonnes)</numerusform>
            <numerusform>&amp;Appels tels qu&apos;affichés (%1 lignes, %2 colonnes)</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per &amp;agent segment</source>
        <translation>Une ligne par segment d&apos;&amp;agent</translation>
    </message>
    <message>
        <source>&amp;In %1</source>
        <translation>&amp;En %1</translation>
    </message>
    <message>
        <source>&amp;Raw, as the API sent them</source>
        <translation>&amp;Bruts, tels qu&apos;envoyés par l&apos;API</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <source>Spreadsheets in languages whose decimal mark is a comma expect a semicolon.</source>
        <translation>Les tableurs des langues dont le séparateur décimal est la virgule attendent un point-virgule.</translation>
    </message>
    <message>
        <source>Write a UTF-8 &amp;BOM (for Excel)</source>
        <translation>Écrire une &amp;BOM UTF-8 (pour Excel)</translation>
    </message>
    <message>
        <source>Choose where to save the CSV file</source>
        <translation>Choisissez où enregistrer le fichier CSV</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>Remplacer le fichier</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 existe déjà. Voulez-vous le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>cs::ExportJob</name>
    <message>
        <source>No file name was given for the export.</source>
        <translation>Aucun nom de fichier n&apos;a été donné pour l&apos;export.</translation>
    </message>
    <message>
        <source>There are no calls to export.</source>
        <translation>Il n&apos;y a aucun appel à exporter.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not enough memory to export to %1.</source>
        <translation>Pas assez de mémoire pour exporter vers %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le disque est plein.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cs::FetchProgressWidget</name>
    <message>
        <source>Partial</source>
        <translation>Partiel</translation>
    </message>
    <message>
        <source>Fetch progress</source>
        <translation>Progression de la récupération</translation>
    </message>
    <message>
        <source>Not every request window was loaded: the table and charts show only part of the range.</source>
        <translation>Toutes les fenêtres de requête n&apos;ont pas été chargées&#xa0;: le tableau et les graphiques ne montrent qu&apos;une partie de la période.</translation>
    </message>
    <message>
        <source>%1 of %2 windows · %3 records · %4 requests</source>
        <translation>%1 fenêtres sur %2 · %3 enregistrements · %4 requêtes</translation>
    </message>
    <message numerus="yes">
        <source> · %n retries</source>
        <translation>
            <numerusform> · %n nouvel essai</numerusform>
            <numerusform> · %n nouveaux essais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · waiting %n s for the request budget</source>
        <translation>
            <numerusform> · attente de %n s pour le budget de requêtes</numerusform>
            <numerusform> · attente de %n s pour le budget de requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · environ %1 restant</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) loaded</source>
        <translation>
            <numerusform>%n appel chargé</numerusform>
            <numerusform>%n appels chargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s)</source>
        <translation>
            <numerusform>%n fenêtre</numerusform>
            <numerusform>%n fenêtres</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled · %1 · %2 of %3 windows complete</source>
        <translation>Annulé · %1 · %2 fenêtres complètes sur %3</translation>
    </message>
    <message>
        <source>Cancelled · %1</source>
        <translation>Annulé · %1</translation>
    </message>
    <message>
        <source>Failed · %1 · %2 of %3 windows complete</source>
        <translation>Échec · %1 · %2 fenêtres complètes sur %3</translation>
    </message>
    <message>
        <source>Failed · %1</source>
        <translation>Échec · %1</translation>
    </message>
    <message>
        <source>Fetch notices</source>
        <translation>Remarques sur la récupération</translation>
    </message>
    <message numerus="yes">
        <source>%1 calls from the archive · %n gap(s) to fetch</source>
        <translation>
            <numerusform>%1 appels de l&apos;archive · %n lacune à récupérer</numerusform>
            <numerusform>%1 appels de l&apos;archive · %n lacunes à récupérer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 calls from the archive · fetching %n gap(s): </source>
        <translation>
            <numerusform>%1 appels de l&apos;archive · récupération de %n lacune : </numerusform>
            <numerusform>%1 appels de l&apos;archive · récupération de %n lacunes : </numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 from the archive)</source>
        <translation> (%1 de l&apos;archive)</translation>
    </message>
    <message>
        <source>%1 · the archive holds the whole range: nothing to fetch</source>
        <translation>%1 · l&apos;archive contient toute la période : rien à récupérer</translation>
    </message>
    <message>
        <source>%1 is fetching this account; new calls appear as they are committed</source>
        <translation>%1 récupère ce compte ; les nouveaux appels apparaissent dès qu&apos;ils sont enregistrés</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>cs::FetchThread</name>
    <message>
        <source>The database role of this connection may only read the team archive %1: its calls are shown, but fetching needs a role that may write to it.</source>
        <translation>Le rôle de base de données de cette connexion ne peut que lire l&apos;archive d&apos;équipe %1 : ses appels sont affichés, mais récupérer demande un rôle qui peut y écrire.</translation>
    </message>
    <message>
        <source>The connection to the team archive was lost.</source>
        <translation>La connexion à l&apos;archive d&apos;équipe a été perdue.</translation>
    </message>
    <message>
        <source>Another CallScope</source>
        <translation>Un autre CallScope</translation>
    </message>
    <message>
        <source>Another CallScope took over fetching this account; this window stopped fetching.</source>
        <translation>Un autre CallScope a repris la récupération de ce compte ; cette fenêtre a arrêté de récupérer.</translation>
    </message>
</context>
<context>
    <name>cs::FilterBar</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>E&amp;ffacer les filtres</translation>
    </message>
    <message>
        <source>Search calls (Ctrl+F)</source>
        <translation>Rechercher des appels (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows calls whose IDs, channel, statuses, reason, queues, agents or dispositions contain this text</source>
        <translation>Affiche les appels dont les ID, le canal, les statuts, le motif, les files d&apos;attente, les agents ou les qualifications contiennent ce texte</translation>
    </message>
    <message>
        <source>Search calls</source>
        <translation>Rechercher des appels</translation>
    </message>
    <message>
        <source>Show only calls with the chosen %1 values</source>
        <translation>N&apos;afficher que les appels ayant les valeurs choisies pour %1</translation>
    </message>
    <message>
        <source>A range picked on a chart. Click to remove it.</source>
        <translation>Une plage choisie sur un graphique. Cliquez pour la retirer.</translation>
    </message>
    <message>
        <source>Show every loaded call again</source>
        <translation>Afficher de nouveau tous les appels chargés</translation>
    </message>
    <message>
        <source>Final status</source>
        <translation>Statut final</translation>
    </message>
    <message>
        <source>Smart status</source>
        <translation>Statut intelligent</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>No calls loaded</source>
        <translation>Aucun appel chargé</translation>
    </message>
    <message numerus="yes">
        <source>%n more: use the search line</source>
        <translation>
            <numerusform>%n de plus&#xa0;: utilisez la ligne de recherche</numerusform>
            <numerusform>%n de plus&#xa0;: utilisez la ligne de recherche</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cs::HandleTimeChart</name>
    <message>
        <source>Handle time (talk + hold + after-call work)</source>
        <translation>Temps de traitement (conversation + attente + post-appel)</translation>
    </message>
    <message>
        <source>%1h+</source>
        <translation>%1h+</translation>
    </message>
    <message>
        <source>%1-%2h</source>
        <translation>%1-%2h</translation>
    </message>
    <message>
        <source>%1m+</source>
        <translation>%1m+</translation>
    </message>
    <message>
        <source>%1-%2m</source>
        <translation>%1-%2m</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1h</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>No call in the current filter has an agent handle time</source>
        <translation>Aucun appel du filtre actuel n&apos;a de temps de traitement par un agent</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>%1 calls with handle time %2 or more</source>
        <translation>%1 appels avec un temps de traitement de %2 ou plus</translation>
    </message>
    <message>
        <source>%1 calls with handle time %2 to %3</source>
        <translation>%1 appels avec un temps de traitement de %2 à %3</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Temps de traitement</translation>
    </message>
    <message>
        <source>Median %1</source>
        <translation>Médiane %1</translation>
    </message>
    <message>
        <source>90th percentile %1</source>
        <translation>90e centile %1</translation>
    </message>
</context>
<context>
    <name>cs::JobRunner</name>
    <message>
        <source>Not enough memory.</source>
        <translation>Mémoire insuffisante.</translation>
    </message>
</context>
<context>
    <name>cs::MainWindow</name>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Appels</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>No calls loaded</source>
        <translation>Aucun appel chargé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) loaded</source>
        <translation>
            <numerusform>%Ln appel chargé</numerusform>
            <numerusform>%Ln appels chargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln affiché</numerusform>
            <numerusform>%Ln affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 to %3 (%4)</source>
        <translation>%1 — du %2 au %3 (%4)</translation>
    </message>
    <message>
        <source>%1 [partial]</source>
        <translation>%1 [partiel]</translation>
    </message>
    <message>
        <source>CallScope</source>
        <translation>CallScope</translation>
    </message>
    <message>
        <source>%1 — CallScope</source>
        <translation>%1 — CallScope</translation>
    </message>
    <message>
        <source>Connected to the built-in demo server (%1)</source>
        <translation>Connecté au serveur de démonstration intégré (%1)</translation>
    </message>
    <message>
        <source>Connection: %1 (%2)</source>
        <translation>Connexion&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Not connected. Open a snapshot, explore the demo data or set up a connection.</source>
        <translation>Non connecté. Ouvrez un instantané, explorez les données de démonstration ou configurez une connexion.</translation>
    </message>
    <message>
        <source>No calls match the current filters.</source>
        <translation>Aucun appel ne correspond aux filtres actuels.</translation>
    </message>
    <message>
        <source>Loading calls…</source>
        <translation>Chargement des appels…</translation>
    </message>
    <message>
        <source>Choose a range and press Fetch (F5).</source>
        <translation>Choisissez une période et appuyez sur Récupérer (F5).</translation>
    </message>
    <message>
        <source>No calls loaded. Explore the demo data, connect to a server, or open a snapshot (Ctrl+O).</source>
        <translation>Aucun appel chargé. Explorez les données de démonstration, connectez-vous à un serveur ou ouvrez un instantané (Ctrl+O).</translation>
    </message>
    <message>
        <source>Welcome to CallScope. No connection is set up yet: explore the built-in demo data, or connect to your Kore.ai server.</source>
        <translation>Bienvenue dans CallScope. Aucune connexion n&apos;est encore configurée&#xa0;: explorez les données de démonstration intégrées, ou connectez-vous à votre serveur Kore.ai.</translation>
    </message>
    <message>
        <source>Explore demo data</source>
        <translation>Explorer les données de démonstration</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>&amp;Connection Settings…</source>
        <translation>Paramètres de &amp;connexion…</translation>
    </message>
    <message>
        <source>Explore &amp;Demo Data</source>
        <translation>Explorer les données de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Open Snapshot…</source>
        <translation>&amp;Ouvrir un instantané…</translation>
    </message>
    <message>
        <source>&amp;Save Snapshot…</source>
        <translation>&amp;Enregistrer l&apos;instantané…</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>C&amp;ancel Fetch</source>
        <translation>&amp;Annuler la récupération</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>&amp;Réinitialiser les colonnes</translation>
    </message>
    <message>
        <source>CallScope &amp;User Guide</source>
        <translation>&amp;Guide d&apos;utilisation de CallScope</translation>
    </message>
    <message>
        <source>&amp;About CallScope</source>
        <translation>À &amp;propos de CallScope</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>Add or edit server connections and test them</source>
        <translation>Ajouter ou modifier des connexions aux serveurs et les tester</translation>
    </message>
    <message>
        <source>Open a saved .callscope snapshot to review offline</source>
        <translation>Ouvrir un instantané .callscope enregistré pour le consulter hors ligne</translation>
    </message>
    <message>
        <source>Save the loaded calls as a .callscope snapshot</source>
        <translation>Enregistrer les appels chargés dans un instantané .callscope</translation>
    </message>
    <message>
        <source>Export the calls as shown (filtered and sorted) to a CSV file</source>
        <translation>Exporter les appels tels qu&apos;affichés (filtrés et triés) dans un fichier CSV</translation>
    </message>
    <message>
        <source>Start the built-in demo server and fetch its last 7 days of calls</source>
        <translation>Démarrer le serveur de démonstration intégré et récupérer ses appels des 7 derniers jours</translation>
    </message>
    <message>
        <source>Quit CallScope</source>
        <translation>Quitter CallScope</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Copier les lignes sélectionnées en texte séparé par des tabulations</translation>
    </message>
    <message>
        <source>Search the text columns of the calls</source>
        <translation>Rechercher dans les colonnes de texte des appels</translation>
    </message>
    <message>
        <source>Fetch the chosen range from the server</source>
        <translation>Récupérer la période choisie depuis le serveur</translation>
    </message>
    <message>
        <source>Stop fetching and keep the calls received so far</source>
        <translation>Arrêter la récupération et garder les appels reçus jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Show the calls table and the drill-down</source>
        <translation>Afficher le tableau des appels et le détail</translation>
    </message>
    <message>
        <source>Show the charts of the calls that match the filters</source>
        <translation>Afficher les graphiques des appels qui correspondent aux filtres</translation>
    </message>
    <message>
        <source>Show the default columns in their default order</source>
        <translation>Afficher les colonnes par défaut dans leur ordre par défaut</translation>
    </message>
    <message>
        <source>Open the CallScope user guide</source>
        <translation>Ouvrir le guide d&apos;utilisation de CallScope</translation>
    </message>
    <message>
        <source>Show the version, license and links of CallScope</source>
        <translation>Afficher la version, la licence et les liens de CallScope</translation>
    </message>
    <message>
        <source>Forget the recently opened snapshots</source>
        <translation>Oublier les instantanés ouverts récemment</translation>
    </message>
    <message>
        <source>Connection…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>C&amp;olonnes</translation>
    </message>
    <message>
        <source>F&amp;etch</source>
        <translation>&amp;Récupération</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Show the version of Qt CallScope runs on</source>
        <translation>Afficher la version de Qt sur laquelle CallScope fonctionne</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Connection Settings…</source>
        <translation>Paramètres de connexion…</translation>
    </message>
    <message numerus="yes">
        <source>The fetch stopped: %1 The %n call(s) loaded so far are kept; the view is partial.</source>
        <translation>
            <numerusform>La récupération s&apos;est arrêtée&#xa0;: %1 %n appel chargé jusqu&apos;ici est conservé&#xa0;; la vue est partielle.</numerusform>
            <numerusform>La récupération s&apos;est arrêtée&#xa0;: %1 Les %n appels chargés jusqu&apos;ici sont conservés&#xa0;; la vue est partielle.</numerusform>
        </translation>
    </message>
    <message>
        <source>The fetch failed: %1</source>
        <translation>La récupération a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Handle time %1 or more</source>
        <translation>Temps de traitement de %1 ou plus</translation>
    </message>
    <message>
        <source>Handle time %1 – %2</source>
        <translation>Temps de traitement %1 – %2</translation>
    </message>
    <message>
        <source>Started %1 – %2</source>
        <translation>Commencé %1 – %2</translation>
    </message>
    <message>
        <source>Open Snapshot</source>
        <translation>Ouvrir un instantané</translation>
    </message>
    <message>
        <source>Cannot open %1 now: cancel or wait for the running fetch or file operation first.</source>
        <translation>Impossible d&apos;ouvrir %1 maintenant&#xa0;: annulez ou attendez la fin de la récupération ou de l&apos;opération sur fichier en cours.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 n&apos;existe pas ou n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>L&apos;ouverture de %1 a été annulée.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1 is a partial snapshot (%2).</source>
        <translation>%1 est un instantané partiel (%2).</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Manquant&#xa0;: %1.</translation>
    </message>
    <message>
        <source> (partial)</source>
        <translation> (partiel)</translation>
    </message>
    <message>
        <source>Save Snapshot</source>
        <translation>Enregistrer l&apos;instantané</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n call(s) to %1.</source>
        <translation>
            <numerusform>%n appel enregistré dans %1.</numerusform>
            <numerusform>%n appels enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving was cancelled; %1 was not written.</source>
        <translation>Enregistrement annulé&#xa0;; %1 n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
</context>
<context>
    <name>cs::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>cs::ProfileStore</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Le profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>The profile name must not start or end with spaces.</source>
        <translation>Le nom du profil ne doit pas commencer ni finir par des espaces.</translation>
    </message>
    <message>
        <source>The profile name must not contain &quot;/&quot; or &quot;\&quot;.</source>
        <translation>Le nom du profil ne doit contenir ni « / » ni « \ ».</translation>
    </message>
    <message>
        <source>The profile name is too long (at most 100 characters).</source>
        <translation>Le nom du profil est trop long (100 caractères au plus).</translation>
    </message>
    <message>
        <source>Secrets are stored in the system keyring.</source>
        <translation>Les secrets sont conservés dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No system keyring is available: secrets are kept in memory for this session only and must be entered again next time. They are never written to disk.</source>
        <translation>Aucun trousseau système n&apos;est disponible&#xa0;: les secrets ne sont gardés en mémoire que pour cette session et devront être saisis de nouveau la prochaine fois. Ils ne sont jamais écrits sur le disque.</translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation>Vérification du trousseau du système…</translation>
    </message>
    <message>
        <source>The keyring refused to give the secret of &quot;%1&quot;: %2</source>
        <translation>Le trousseau a refusé de donner le secret de « %1 »&#xa0;: %2</translation>
    </message>
    <message>
        <source>The keyring did not store the secret of &quot;%1&quot;: %2</source>
        <translation>Le trousseau n&apos;a pas enregistré le secret de « %1 »&#xa0;: %2</translation>
    </message>
    <message>
        <source>The keyring did not delete the secret of &quot;%1&quot;: %2</source>
        <translation>Le trousseau n&apos;a pas supprimé le secret de « %1 »&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no connection profile named &quot;%1&quot;.</source>
        <translation>Aucun profil de connexion ne s&apos;appelle « %1 ».</translation>
    </message>
    <message>
        <source>No JWT is stored for &quot;%1&quot;: enter it in the connection settings.</source>
        <translation>Aucun JWT n&apos;est enregistré pour « %1 »&#xa0;: saisissez-le dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>No Client Secret is stored for &quot;%1&quot;: enter it in the connection settings.</source>
        <translation>Aucun secret client n&apos;est enregistré pour « %1 »&#xa0;: saisissez-le dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>The credential of &quot;%1&quot; is incomplete (is the Client ID missing?).</source>
        <translation>Les identifiants de « %1 » sont incomplets (l&apos;ID client manque-t-il&#xa0;?).</translation>
    </message>
</context>
<context>
    <name>cs::ProfileTester</name>
    <message>
        <source>Enter the JWT first.</source>
        <translation>Saisissez d&apos;abord le JWT.</translation>
    </message>
    <message>
        <source>Enter the Client ID and the Client Secret first.</source>
        <translation>Saisissez d&apos;abord l&apos;ID client et le secret client.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Team archive: it cannot be opened.</source>
        <translation>Archive d&apos;équipe : elle ne peut pas être ouverte.</translation>
    </message>
</context>
<context>
    <name>cs::QueryBar</name>
    <message>
        <source>under a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>environ %n min</numerusform>
            <numerusform>environ %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>environ %1 h %2 min</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Start of the range (inclusive), in the chosen time zone</source>
        <translation>Début de la période (inclus), dans le fuseau horaire choisi</translation>
    </message>
    <message>
        <source>End of the range (inclusive), in the chosen time zone</source>
        <translation>Fin de la période (incluse), dans le fuseau horaire choisi</translation>
    </message>
    <message>
        <source>Range start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Range end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Sent with every request as timeZoneOffset: minutes behind UTC with the JavaScript sign (New York in winter = 300, India = -330). A range that crosses a daylight-saving change is split so each request carries its exact offset.</source>
        <translation>Envoyé avec chaque requête comme timeZoneOffset&#xa0;: minutes de retard sur UTC, avec le signe de JavaScript (New York en hiver = 300, Inde = -330). Une période qui traverse un changement d&apos;heure est coupée pour que chaque requête porte son décalage exact.</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Only these channels, separated by commas (e.g. voice, chat). Empty: all.</source>
        <translation>Seulement ces canaux, séparés par des virgules (p. ex. voice, chat). Vide&#xa0;: tous.</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Toutes les files d&apos;attente</translation>
    </message>
    <message>
        <source>Only these queue IDs, separated by commas. Empty: all.</source>
        <translation>Seulement ces ID de file d&apos;attente, séparés par des virgules. Vide&#xa0;: toutes.</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Fetch the calls of this range (F5)</source>
        <translation>Récupérer les appels de cette période (F5)</translation>
    </message>
    <message>
        <source>Stop fetching; rows already loaded stay (Esc)</source>
        <translation>Arrêter la récupération&#xa0;; les lignes déjà chargées restent (Échap)</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Queues:</source>
        <translation>Files d&apos;&amp;attente&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Sens&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation>Ca&amp;naux&#xa0;:</translation>
    </message>
    <message>
        <source>The end of the range is before its start.</source>
        <translation>La fin de la période est avant son début.</translation>
    </message>
    <message numerus="yes">
        <source>Needs %n request window(s)</source>
        <translation>
            <numerusform>Nécessite %n fenêtre de requête</numerusform>
            <numerusform>Nécessite %n fenêtres de requête</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 at %3 requests/min</source>
        <translation>%1 · %2 à %3 requêtes/min</translation>
    </message>
    <message>
        <source>At least one request per window; busy windows need more (100 calls per request).</source>
        <translation>Au moins une requête par fenêtre&#xa0;; les fenêtres chargées en demandent davantage (100 appels par requête).</translation>
    </message>
    <message>
        <source>timeZoneOffset %1</source>
        <translation>timeZoneOffset %1</translation>
    </message>
</context>
<context>
    <name>cs::Session</name>
    <message>
        <source>Cannot start now: cancel or wait for the running fetch or file operation first.</source>
        <translation>Impossible pour l&apos;instant : annulez ou attendez la fin de la récupération ou de l&apos;opération sur fichier en cours.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 n&apos;existe pas ou n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>There are no calls to save.</source>
        <translation>Il n&apos;y a aucun appel à enregistrer.</translation>
    </message>
</context>
<context>
    <name>cs::StatusChart</name>
    <message>
        <source>Final status</source>
        <translation>Statut final</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1&#xa0;: %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
</context>
<context>
    <name>cs::StatusColors</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>cs::TimeZonePicker</name>
    <message>
        <source>Time zone of the range and of every time shown. Type to search, e.g. &quot;Kolkata&quot; or &quot;+05:30&quot;.</source>
        <translation>Fuseau horaire de la période et de toutes les heures affichées. Tapez pour chercher, p. ex. « Paris » ou « +05:30 ».</translation>
    </message>
    <message>
        <source>Search time zones</source>
        <translation>Rechercher un fuseau horaire</translation>
    </message>
</context>
<context>
    <name>cs::VolumeChart</name>
    <message>
        <source>Call volume over time</source>
        <translation>Volume d&apos;appels dans le temps</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Bucket size (automatic: by hour when the calls span at most 3 days)</source>
        <translation>Taille des intervalles (automatique&#xa0;: par heure quand les appels couvrent 3 jours au plus)</translation>
    </message>
    <message>
        <source>Volume bucket size</source>
        <translation>Taille des intervalles du volume</translation>
    </message>
    <message>
        <source>Shown by day: too long a span for hours</source>
        <translation>Affiché par jour&#xa0;: période trop longue pour des heures</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>No call in the current filter has a start time</source>
        <translation>Aucun appel du filtre actuel n&apos;a d&apos;heure de début</translation>
    </message>
    <message>
        <source>%1, %2: %3 calls</source>
        <translation>%1, %2&#xa0;: %3 appels</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) per bar: the calls span too long for one bar a day</source>
        <translation>
            <numerusform>%n jour par barre : les appels couvrent trop de jours pour une barre par jour</numerusform>
            <numerusform>%n jours par barre : les appels couvrent trop de jours pour une barre par jour</numerusform>
        </translation>
    </message>
</context>
</TS>
