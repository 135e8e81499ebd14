<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>needs a file name</source>
        <translation>necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>Career self-assessment: opens the window, or runs a subcommand.</source>
        <translation>Autoevaluación de tu carrera profesional: abre la ventana o ejecuta un subcomando.</translation>
    </message>
    <message>
        <source>use another data folder</source>
        <translation>usa otra carpeta de datos</translation>
    </message>
    <message>
        <source>language of this run</source>
        <translation>idioma de esta ejecución</translation>
    </message>
    <message>
        <source>open the window, wait for the first paint, exit</source>
        <translation>abre la ventana, espera a que se dibuje y sale</translation>
    </message>
    <message>
        <source>list, show, import and export profiles</source>
        <translation>lista, muestra, importa y exporta perfiles</translation>
    </message>
    <message>
        <source>installed skill profiles</source>
        <translation>perfiles de habilidad instalados</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>salida legible por máquina</translation>
    </message>
    <message>
        <source>a profile&apos;s header and requirements</source>
        <translation>encabezado y requisitos de un perfil</translation>
    </message>
    <message>
        <source>language of this output</source>
        <translation>idioma de esta salida</translation>
    </message>
    <message>
        <source>install a profile file (.json, .xlsx, .ods or .csv)</source>
        <translation>instala un archivo de perfil (.json, .xlsx, .ods o .csv)</translation>
    </message>
    <message>
        <source>write an installed profile to a file</source>
        <translation>escribe un perfil instalado en un archivo</translation>
    </message>
    <message>
        <source>FILE.json, FILE.xlsx or FILE.csv (the spreadsheet layout)</source>
        <translation>ARCHIVO.json, ARCHIVO.xlsx o ARCHIVO.csv (el formato de hoja de cálculo)</translation>
    </message>
    <message>
        <source>write an empty spreadsheet to fill in with a ladder</source>
        <translation>escribe una hoja de cálculo vacía para rellenar con una escalera profesional</translation>
    </message>
    <message>
        <source>rate yourself on one requirement</source>
        <translation>evalúa tu nivel en un requisito</translation>
    </message>
    <message>
        <source>which requirement of the cell</source>
        <translation>qué requisito de la celda</translation>
    </message>
    <message>
        <source>evidence note</source>
        <translation>nota de evidencia</translation>
    </message>
    <message>
        <source>estimated level, readiness and gaps</source>
        <translation>nivel estimado, preparación y brechas</translation>
    </message>
    <message>
        <source>what stands between your estimated level and your target</source>
        <translation>lo que hay entre tu nivel estimado y tu objetivo</translation>
    </message>
    <message>
        <source>set or clear your target level for a role</source>
        <translation>fija o quita tu nivel objetivo para un rol</translation>
    </message>
    <message>
        <source>set or clear your own role in a profile&apos;s framework</source>
        <translation>fija o quita tu propio rol en el marco de un perfil</translation>
    </message>
    <message>
        <source>write your personal growth report as PDF</source>
        <translation>escribe tu informe de crecimiento personal en PDF</translation>
    </message>
    <message>
        <source>language of the report</source>
        <translation>idioma del informe</translation>
    </message>
    <message>
        <source>ratings as of this check-in</source>
        <translation>valoraciones de esta autoevaluación</translation>
    </message>
    <message>
        <source>compare with this check-in (default: the one before)</source>
        <translation>compara con esta autoevaluación (por defecto: la anterior)</translation>
    </message>
    <message>
        <source>list the requirements of every level, not only up to the target</source>
        <translation>lista los requisitos de todos los niveles, no solo hasta el objetivo</translation>
    </message>
    <message>
        <source>paper size (default: from the system&apos;s locale)</source>
        <translation>tamaño del papel (por defecto: el de la configuración regional del sistema)</translation>
    </message>
    <message>
        <source>export or import all your data</source>
        <translation>exporta o importa todos tus datos</translation>
    </message>
    <message>
        <source>write all your data to a file</source>
        <translation>escribe todos tus datos en un archivo</translation>
    </message>
    <message>
        <source>only the ratings, as CSV for spreadsheets</source>
        <translation>solo las valoraciones, en CSV para hojas de cálculo</translation>
    </message>
    <message>
        <source>restore data from an export</source>
        <translation>restaura los datos de una exportación</translation>
    </message>
    <message>
        <source>replace existing data (backed up first)</source>
        <translation>reemplaza los datos existentes (antes se hace una copia)</translation>
    </message>
    <message>
        <source>back up and restore your data</source>
        <translation>haz copias de seguridad de tus datos y restáuralas</translation>
    </message>
    <message>
        <source>make a verified backup now</source>
        <translation>haz ahora una copia de seguridad verificada</translation>
    </message>
    <message>
        <source>every backup, newest first</source>
        <translation>todas las copias, la más reciente primero</translation>
    </message>
    <message>
        <source>put a backup in place (the current data is set aside)</source>
        <translation>pon una copia en su lugar (los datos actuales se apartan)</translation>
    </message>
    <message>
        <source>snapshots of all ratings</source>
        <translation>instantáneas de todas las valoraciones</translation>
    </message>
    <message>
        <source>close a check-in now</source>
        <translation>cierra una autoevaluación ahora</translation>
    </message>
    <message>
        <source>every check-in</source>
        <translation>todas las autoevaluaciones</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizado</translation>
    </message>
    <message>
        <source>already installed, unchanged</source>
        <translation>ya instalado, sin cambios</translation>
    </message>
    <message>
        <source>older than the installed version, left as it is</source>
        <translation>más antiguo que la versión instalada, se deja como está</translation>
    </message>
    <message>
        <source>already installed with this version number, but the file&apos;s content differs: raise its version to update it</source>
        <translation>ya está instalado con este número de versión, pero el contenido del archivo es distinto: sube su versión para actualizarlo</translation>
    </message>
    <message>
        <source>%n rated requirement(s) changed wording since you rated them.</source>
        <translation>Requisitos valorados cuya redacción cambió desde que los valoraste: %n.</translation>
    </message>
    <message>
        <source>Template written to %1</source>
        <translation>Plantilla escrita en %1</translation>
    </message>
    <message>
        <source>Target for %1 cleared.</source>
        <translation>Objetivo de %1 quitado.</translation>
    </message>
    <message>
        <source>Target for %1: %2.</source>
        <translation>Objetivo de %1: %2.</translation>
    </message>
    <message>
        <source>Your role is cleared.</source>
        <translation>Tu rol se ha quitado.</translation>
    </message>
    <message>
        <source>Your role: %1.</source>
        <translation>Tu rol: %1.</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Informe escrito en %1</translation>
    </message>
    <message>
        <source>Data written to %1</source>
        <translation>Datos escritos en %1</translation>
    </message>
    <message>
        <source>Data imported: %n rating(s).</source>
        <translation>Datos importados (valoraciones: %n).</translation>
    </message>
    <message>
        <source>Check-in %1 created with %n rating(s).</source>
        <translation>Autoevaluación %1 creada (valoraciones: %n).</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Aún no hay autoevaluaciones.</translation>
    </message>
    <message>
        <source>[text changed since rated]</source>
        <translation>[el texto cambió desde que lo valoraste]</translation>
    </message>
    <message>
        <source>(English)</source>
        <translation>(inglés)</translation>
    </message>
    <message>
        <source>Roles: %1 · Levels: %2 · Required: %3 · Optional: %4 · Last updated: %5</source>
        <translation>Roles: %1 · Niveles: %2 · Obligatorios: %3 · Opcionales: %4 · Última actualización: %5</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno aún</translation>
    </message>
    <message>
        <source>Estimated level: %1</source>
        <translation>Nivel estimado: %1</translation>
    </message>
    <message>
        <source>%1/%2 required</source>
        <translation>%1/%2 obligatorios</translation>
    </message>
    <message>
        <source>%1/%2 optional</source>
        <translation>%1/%2 opcionales</translation>
    </message>
    <message>
        <source>Gaps (required first):</source>
        <translation>Brechas (primero las obligatorias):</translation>
    </message>
    <message>
        <source>No gaps.</source>
        <translation>Sin brechas.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Estimated level: %1 · Target: %2</source>
        <translation>Nivel estimado: %1 · Objetivo: %2</translation>
    </message>
    <message>
        <source>%1: nothing left</source>
        <translation>%1: no queda nada</translation>
    </message>
    <message>
        <source>%1: %n requirement(s) to cover</source>
        <translation>%1: requisitos por cubrir: %n</translation>
    </message>
    <message>
        <source>Backup %1 made.</source>
        <translation>Copia %1 hecha.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Aún no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>Backup %1 restored.</source>
        <translation>Copia %1 restaurada.</translation>
    </message>
    <message>
        <source>The data it replaced is kept in %1.</source>
        <translation>Los datos que reemplazó se guardan en %1.</translation>
    </message>
    <message>
        <source>not on the team yet</source>
        <translation>aún sin equipo</translation>
    </message>
    <message>
        <source>Connected to the team database as %1 (%2).</source>
        <translation>Conectado a la base de datos del equipo como %1 (%2).</translation>
    </message>
    <message>
        <source>It holds no team schema yet: an administrator runs “team init”.</source>
        <translation>Aún no tiene el esquema del equipo: un administrador ejecuta «team init».</translation>
    </message>
    <message>
        <source>Remembered: team commands may now leave out --db.</source>
        <translation>Guardada: los comandos del equipo ya pueden omitir --db.</translation>
    </message>
    <message>
        <source>Team schema created (revision %1).</source>
        <translation>Esquema del equipo creado (revisión %1).</translation>
    </message>
    <message>
        <source>Team schema migrated from revision %1 to %2.</source>
        <translation>Esquema del equipo migrado de la revisión %1 a la %2.</translation>
    </message>
    <message>
        <source>Team schema already at revision %1.</source>
        <translation>El esquema del equipo ya está en la revisión %1.</translation>
    </message>
    <message>
        <source>%1 added to the team as %2.</source>
        <translation>%1 añadido al equipo como %2.</translation>
    </message>
    <message>
        <source>%1 updated: %2 on the team.</source>
        <translation>%1 actualizado: %2 en el equipo.</translation>
    </message>
    <message>
        <source>Published %1 to the team (%n skill(s)).</source>
        <translation>%1 publicado en el equipo (habilidades: %n).</translation>
    </message>
    <message>
        <source>The team has published no framework yet.</source>
        <translation>El equipo aún no ha publicado ningún marco.</translation>
    </message>
    <message>
        <source>Check-in %1 was shared already; nothing changed.</source>
        <translation>La autoevaluación %1 ya estaba compartida; no ha cambiado nada.</translation>
    </message>
    <message>
        <source>Check-in %1 shared: %n rating(s)</source>
        <translation>Autoevaluación %1 compartida (valoraciones: %n)</translation>
    </message>
    <message>
        <source>%n note(s)</source>
        <translation>notas: %n</translation>
    </message>
    <message>
        <source>%1, as %2: estimated level %3</source>
        <translation>%1, como %2: nivel estimado %3</translation>
    </message>
    <message>
        <source>You have shared no check-in.</source>
        <translation>No has compartido ninguna autoevaluación.</translation>
    </message>
    <message>
        <source>with notes</source>
        <translation>con notas</translation>
    </message>
    <message>
        <source>without notes</source>
        <translation>sin notas</translation>
    </message>
    <message>
        <source>Check-in %1 withdrawn from the team.</source>
        <translation>Autoevaluación %1 retirada del equipo.</translation>
    </message>
    <message>
        <source>Nobody reports to you on this team.</source>
        <translation>Nadie depende de ti en este equipo.</translation>
    </message>
    <message>
        <source>nothing shared yet</source>
        <translation>aún no ha compartido nada</translation>
    </message>
    <message>
        <source>share with your team&apos;s PostgreSQL (the only network use)</source>
        <translation>compartir con el PostgreSQL de tu equipo (el único uso de la red)</translation>
    </message>
    <message>
        <source>libpq connection string or service name (default: the one remembered)</source>
        <translation>cadena de conexión de libpq o nombre de servicio (por defecto: la guardada)</translation>
    </message>
    <message>
        <source>test a connection and remember it (no password)</source>
        <translation>probar una conexión y guardarla (sin contraseña)</translation>
    </message>
    <message>
        <source>create or migrate the team schema</source>
        <translation>crear o migrar el esquema del equipo</translation>
    </message>
    <message>
        <source>the team&apos;s people (admin)</source>
        <translation>las personas del equipo (administrador)</translation>
    </message>
    <message>
        <source>add or update a person</source>
        <translation>añadir o actualizar una persona</translation>
    </message>
    <message>
        <source>every person</source>
        <translation>todas las personas</translation>
    </message>
    <message>
        <source>put a framework on the server (admin)</source>
        <translation>publicar un marco en el servidor (administrador)</translation>
    </message>
    <message>
        <source>install the team&apos;s frameworks</source>
        <translation>traer e instalar los marcos del equipo</translation>
    </message>
    <message>
        <source>share a check-in with your managers</source>
        <translation>compartir una autoevaluación con tus responsables</translation>
    </message>
    <message>
        <source>which one (default: latest)</source>
        <translation>cuál (por defecto: la última)</translation>
    </message>
    <message>
        <source>share its notes too</source>
        <translation>compartir también sus notas</translation>
    </message>
    <message>
        <source>your role on the ladder (required)</source>
        <translation>tu rol en la escala (obligatorio)</translation>
    </message>
    <message>
        <source>your shared check-ins</source>
        <translation>tus autoevaluaciones compartidas</translation>
    </message>
    <message>
        <source>withdraw a shared check-in</source>
        <translation>retirar una autoevaluación compartida</translation>
    </message>
    <message>
        <source>where each person of your team stands (manager)</source>
        <translation>dónde está cada persona de tu equipo (responsable)</translation>
    </message>
    <message>
        <source>your team&apos;s report as PDF (manager)</source>
        <translation>el informe de tu equipo en PDF (responsable)</translation>
    </message>
</context>
<context>
    <name>CloseCheckinDialog</name>
    <message>
        <source>Close a check-in</source>
        <translation>Cerrar autoevaluación</translation>
    </message>
    <message numerus="yes">
        <source>This check-in keeps every rating and note of every installed ladder as they are now: %1 of %n requirement(s) rated.</source>
        <translation>
            <numerusform>Esta autoevaluación guarda cada valoración y cada nota de todas las escaleras instaladas tal como están ahora: %1 de %n requisito evaluado.</numerusform>
            <numerusform>Esta autoevaluación guarda cada valoración y cada nota de todas las escaleras instaladas tal como están ahora: %1 de %n requisitos evaluados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ratings and notes you change later never alter it. Under Check-ins and growth you can compare it with any other check-in, or with now.</source>
        <translation>Lo que cambies después en tus valoraciones y notas nunca la altera. En Autoevaluaciones y progreso puedes compararla con cualquier otra autoevaluación o con el momento actual.</translation>
    </message>
    <message>
        <source>For example: before my 1:1 with my manager</source>
        <translation>Por ejemplo: antes de mi 1:1 con mi responsable</translation>
    </message>
    <message>
        <source>Check-in note</source>
        <translation>Nota de la autoevaluación</translation>
    </message>
    <message>
        <source>Close check-in</source>
        <translation>Cerrar autoevaluación</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Nota (opcional):</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Which column is which?</source>
        <translation>¿Qué es cada columna?</translation>
    </message>
    <message>
        <source>Some columns of %1 are not the ones Skill Ladder knows. Say what each holds; your choice is remembered for this file name.</source>
        <translation>Algunas columnas de %1 no son las que Skill Ladder conoce. Indica qué contiene cada una; tu elección se recuerda para este nombre de archivo.</translation>
    </message>
    <message>
        <source>Sheet with the requirements</source>
        <translation>Hoja con los requisitos</translation>
    </message>
    <message>
        <source>First rows of the sheet</source>
        <translation>Primeras filas de la hoja</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Requirements sheet:</source>
        <translation>Hoja de requisitos:</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(ignorar esta columna)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>%1 (column %2):</source>
        <translation>%1 (columna %2):</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Aún falta: %1</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Nothing expected at this level.</source>
        <translation>No se espera nada en este nivel.</translation>
    </message>
    <message>
        <source>This is the top of the ladder.</source>
        <translation>Es el nivel más alto de la escalera.</translation>
    </message>
    <message>
        <source>Nothing expected at the next level.</source>
        <translation>No se espera nada en el siguiente nivel.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Next level: none</source>
        <translation>Siguiente nivel: ninguno</translation>
    </message>
    <message>
        <source>To advance to %1 (required gaps first)</source>
        <translation>Para avanzar a %1 (primero las brechas obligatorias)</translation>
    </message>
    <message>
        <source>Requirements at the selected level</source>
        <translation>Requisitos del nivel seleccionado</translation>
    </message>
    <message>
        <source>Requirements at the next level</source>
        <translation>Requisitos del siguiente nivel</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Delete check-in</source>
        <translation>Eliminar autoevaluación</translation>
    </message>
    <message>
        <source>Delete the check-in “%1”?</source>
        <translation>¿Eliminar la autoevaluación «%1»?</translation>
    </message>
    <message>
        <source>The ratings and notes it froze are removed for good. Your current ratings and your other check-ins are not affected.</source>
        <translation>Las valoraciones y notas que guardó se eliminan para siempre. Tus valoraciones actuales y tus otras autoevaluaciones no cambian.</translation>
    </message>
    <message>
        <source>&amp;Delete check-in</source>
        <translation>&amp;Eliminar autoevaluación</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to the team database</source>
        <translation>Conectar con la base de datos del equipo</translation>
    </message>
    <message>
        <source>A PostgreSQL connection string or service name from your administrator, such as service=acme or postgresql://you@db.example.org/ladder. The password stays in ~/.pgpass or your service file: Skill Ladder never stores it.</source>
        <translation>Una cadena de conexión de PostgreSQL o un nombre de servicio que te da tu administrador, como service=acme o postgresql://tu@db.example.org/ladder. La contraseña se queda en ~/.pgpass o en tu archivo de servicios: Skill Ladder nunca la guarda.</translation>
    </message>
    <message>
        <source>&amp;Connection string:</source>
        <translation>&amp;Cadena de conexión:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Backup %1 made</source>
        <translation>Copia %1 hecha</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia</translation>
    </message>
    <message>
        <source>There is no backup yet.</source>
        <translation>Aún no hay ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia restaurada</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Exportar mis datos</translation>
    </message>
    <message>
        <source>Data exported to %1</source>
        <translation>Datos exportados a %1</translation>
    </message>
    <message>
        <source>Import my data</source>
        <translation>Importar mis datos</translation>
    </message>
    <message>
        <source>This replaces your current ratings, notes and check-ins with the file&apos;s. A backup of the current data is made first. Go on?</source>
        <translation>Esto reemplaza tus valoraciones, notas y autoevaluaciones actuales por las del archivo. Antes se hace una copia de los datos actuales. ¿Continuar?</translation>
    </message>
    <message numerus="yes">
        <source>Data imported: %n rating(s)</source>
        <translation>
            <numerusform>Datos importados: %n valoración</numerusform>
            <numerusform>Datos importados: %n valoraciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal growth report</source>
        <translation>Informe de crecimiento personal</translation>
    </message>
    <message>
        <source>Pick a role first: the report is about one role.</source>
        <translation>Elige primero un rol: el informe trata de un rol.</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
    <message>
        <source>Import a profile</source>
        <translation>Importar un perfil</translation>
    </message>
    <message>
        <source>Profiles and ladders (*.json *.xlsx *.ods *.csv)</source>
        <translation>Perfiles y escaleras (*.json *.xlsx *.ods *.csv)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed</source>
        <translation>Importación cancelada; no se cambió nada</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Not imported: the file has problems; nothing was changed</source>
        <translation>No se importó: el archivo tiene problemas; no se cambió nada</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>The profile was not imported</source>
        <translation>No se importó el perfil</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1: %2 No se cambió nada.</translation>
    </message>
    <message>
        <source>Import failed; nothing was changed</source>
        <translation>La importación falló; no se cambió nada</translation>
    </message>
    <message>
        <source>Nothing new imported</source>
        <translation>No se importó nada nuevo</translation>
    </message>
    <message>
        <source>%1 is already installed with the same version number, but this file says something else. Ask its author to raise the version; nothing was changed.</source>
        <translation>%1 ya está instalado con el mismo número de versión, pero este archivo dice otra cosa. Pide a su autor que suba la versión; no se cambió nada.</translation>
    </message>
    <message>
        <source>Imported %1: %2 skill profile(s) added or updated</source>
        <translation>Se importó %1 (perfiles de habilidad añadidos o actualizados: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) to review: their description changed</source>
        <translation>
            <numerusform>%n valoración por revisar: cambió su descripción</numerusform>
            <numerusform>%n valoraciones por revisar: cambió su descripción</numerusform>
        </translation>
    </message>
    <message>
        <source>My ladder</source>
        <translation>Mi escalera</translation>
    </message>
    <message>
        <source>Edit ladder</source>
        <translation>Editar escalera</translation>
    </message>
    <message>
        <source>Open a ladder first.</source>
        <translation>Abre primero una escalera.</translation>
    </message>
    <message>
        <source>“%1” came from a file, so it is not edited in place: a new import of the file would undo your changes. Edit a copy of it under a new name instead?</source>
        <translation>«%1» viene de un archivo, así que no se edita directamente: una nueva importación del archivo desharía tus cambios. ¿Editar en su lugar una copia con otro nombre?</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Ladder %1 saved</source>
        <translation>Escalera %1 guardada</translation>
    </message>
    <message numerus="yes">
        <source>%n built-in profile(s) restored</source>
        <translation>
            <numerusform>%n perfil incluido restaurado</numerusform>
            <numerusform>%n perfiles incluidos restaurados</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Quitar perfil</translation>
    </message>
    <message>
        <source>Remove “%1” from Skill Ladder? Your ratings and notes for it are kept, and come back if you import it again, unless you tick the box below. Check-ins are always kept.</source>
        <translation>¿Quitar «%1» de Skill Ladder? Tus valoraciones y notas de este perfil se conservan y vuelven si lo importas de nuevo, salvo que marques la casilla de abajo. Las autoevaluaciones se conservan siempre.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Also delete my ratings and notes for it</source>
        <translation>Eliminar también mis valoraciones y notas de este perfil</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>GrowthView</name>
    <message numerus="yes">
        <source>%1 · %n rated</source>
        <translation>
            <numerusform>%1 · %n evaluado</numerusform>
            <numerusform>%1 · %n evaluados</numerusform>
        </translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>What changed: close a check-in to start your history.</source>
        <translation>Qué cambió: cierra una autoevaluación para empezar tu historial.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>(text changed since rated)</source>
        <translation>(el texto cambió desde que lo valoraste)</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Autoevaluaciones</translation>
    </message>
    <message>
        <source>Readiness over time (each check-in, and now)</source>
        <translation>Evolución de la preparación (cada autoevaluación y ahora)</translation>
    </message>
    <message>
        <source>Clo&amp;se a check-in…</source>
        <translation>&amp;Cerrar autoevaluación…</translation>
    </message>
    <message>
        <source>Ren&amp;ame…</source>
        <translation>Renom&amp;brar…</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Compare from check-in</source>
        <translation>Comparar desde la autoevaluación</translation>
    </message>
    <message>
        <source>Compare to</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>Readiness over time</source>
        <translation>Evolución de la preparación</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <source>Requirements sheet</source>
        <translation>Hoja de requisitos</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Nothing can be imported until these problems are fixed in the file:</source>
        <translation>No se puede importar nada hasta corregir estos problemas en el archivo:</translation>
    </message>
    <message>
        <source>Framework: %1 (%2)</source>
        <translation>Marco: %1 (%2)</translation>
    </message>
    <message>
        <source>Levels: %1</source>
        <translation>Niveles: %1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Roles: %1</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>Habilidades: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s); nothing is written before you import.</source>
        <translation>
            <numerusform>%n requisito; no se guarda nada hasta que importes.</numerusform>
            <numerusform>%n requisitos; no se guarda nada hasta que importes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LadderEditor</name>
    <message>
        <source>Edit ladder %1</source>
        <translation>Editar la escalera %1</translation>
    </message>
    <message>
        <source>Ladder name in English</source>
        <translation>Nombre de la escalera en inglés</translation>
    </message>
    <message>
        <source>Ladder name in Spanish</source>
        <translation>Nombre de la escalera en español</translation>
    </message>
    <message>
        <source>Key (never changes):</source>
        <translation>Clave (no cambia nunca):</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>Nombre (inglés):</translation>
    </message>
    <message>
        <source>Name (Spanish):</source>
        <translation>Nombre (español):</translation>
    </message>
    <message>
        <source>Levels (lowest first)</source>
        <translation>Niveles (el más bajo primero)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>Texto en inglés</translation>
    </message>
    <message>
        <source>Spanish text</source>
        <translation>Texto en español</translation>
    </message>
    <message>
        <source>Add requirement</source>
        <translation>Añadir requisito</translation>
    </message>
    <message>
        <source>Delete requirement</source>
        <translation>Eliminar requisito</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Guardar como nueva versión</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Nombre en inglés</translation>
    </message>
    <message>
        <source>Spanish name</source>
        <translation>Nombre en español</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rol %1</translation>
    </message>
    <message>
        <source>Skill %1</source>
        <translation>Habilidad %1</translation>
    </message>
    <message>
        <source>Add a skill and a level first.</source>
        <translation>Añade primero una habilidad y un nivel.</translation>
    </message>
    <message>
        <source>Delete a rated requirement</source>
        <translation>Eliminar un requisito valorado</translation>
    </message>
    <message numerus="yes">
        <source>You rated %n requirement(s) that this deletes. Their ratings are kept but no longer shown. Delete?</source>
        <translation>
            <numerusform>Valoraste %n requisito que esto elimina. Su valoración se conserva, pero deja de mostrarse. ¿Eliminar?</numerusform>
            <numerusform>Valoraste %n requisitos que esto elimina. Sus valoraciones se conservan, pero dejan de mostrarse. ¿Eliminar?</numerusform>
        </translation>
    </message>
    <message>
        <source>(no roles)</source>
        <translation>(sin roles)</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clave: %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>Level row %1</source>
        <translation>Fila de nivel %1</translation>
    </message>
    <message>
        <source>Role row %1</source>
        <translation>Fila de rol %1</translation>
    </message>
    <message>
        <source>Skill row %1</source>
        <translation>Fila de habilidad %1</translation>
    </message>
    <message>
        <source>Requirement row %1</source>
        <translation>Fila de requisito %1</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>Escalera</translation>
    </message>
</context>
<context>
    <name>LevelSlider</name>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Level names</source>
        <translation>Nombres de los niveles</translation>
    </message>
    <message>
        <source>Left/Right arrows, Home, End; click a level or its name</source>
        <translation>Flechas izquierda/derecha, Inicio, Fin; haz clic en un nivel o en su nombre</translation>
    </message>
    <message>
        <source>Level (Left/Right arrows, Home, End)</source>
        <translation>Nivel (flechas izquierda/derecha, Inicio, Fin)</translation>
    </message>
    <message>
        <source>%1 (level %2 of %3)</source>
        <translation>%1 (nivel %2 de %3)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Team</source>
        <translation>E&amp;quipo</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <source>&amp;Share a check-in…</source>
        <translation>Co&amp;mpartir una autoevaluación…</translation>
    </message>
    <message>
        <source>&amp;Withdraw a share…</source>
        <translation>&amp;Retirar una autoevaluación compartida…</translation>
    </message>
    <message>
        <source>&amp;Pull the team&apos;s frameworks</source>
        <translation>&amp;Traer los marcos del equipo</translation>
    </message>
    <message>
        <source>Show the &amp;team</source>
        <translation>&amp;Ver el equipo</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Abriendo tus datos…</translation>
    </message>
    <message>
        <source>Skill Ladder</source>
        <translation>Skill Ladder</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Informe…</translation>
    </message>
    <message>
        <source>Preview, print or save your growth report (Ctrl+P)</source>
        <translation>Previsualiza, imprime o guarda tu informe de crecimiento (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation>&amp;Importar perfil…</translation>
    </message>
    <message>
        <source>&amp;New ladder…</source>
        <translation>&amp;Nueva escalera…</translation>
    </message>
    <message>
        <source>Edit &amp;ladder…</source>
        <translation>Editar esca&amp;lera…</translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation>&amp;Quitar perfil…</translation>
    </message>
    <message>
        <source>Restore &amp;built-in profiles</source>
        <translation>Restaurar perfiles &amp;incluidos</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Informe…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer &amp;copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Restaurar desde una co&amp;pia…</translation>
    </message>
    <message>
        <source>Export my &amp;data…</source>
        <translation>Exportar mis &amp;datos…</translation>
    </message>
    <message>
        <source>Export ratings as &amp;CSV…</source>
        <translation>Exportar valoraciones como CS&amp;V…</translation>
    </message>
    <message>
        <source>Import my d&amp;ata…</source>
        <translation>Importar mis dat&amp;os…</translation>
    </message>
    <message>
        <source>&amp;Export proposals…</source>
        <translation>&amp;Exportar propuestas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo rating</source>
        <translation>&amp;Deshacer valoración</translation>
    </message>
    <message>
        <source>&amp;Redo rating</source>
        <translation>&amp;Rehacer valoración</translation>
    </message>
    <message>
        <source>&amp;Find profile…</source>
        <translation>&amp;Buscar perfil…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Previous level</source>
        <translation>Nivel &amp;anterior</translation>
    </message>
    <message>
        <source>N&amp;ext level</source>
        <translation>&amp;Siguiente nivel</translation>
    </message>
    <message>
        <source>&amp;Check-ins</source>
        <translation>Au&amp;toevaluaciones</translation>
    </message>
    <message>
        <source>&amp;Close a check-in…</source>
        <translation>&amp;Cerrar autoevaluación…</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Línea de tiempo</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Skill Ladder</source>
        <translation>&amp;Acerca de Skill Ladder</translation>
    </message>
    <message>
        <source>About Skill Ladder</source>
        <translation>Acerca de Skill Ladder</translation>
    </message>
    <message>
        <source>Skill Ladder %1

Career self-assessment that works offline: your ratings, notes and check-ins stay on this computer, in %2.</source>
        <translation>Skill Ladder %1

Autoevaluación de tu carrera profesional que funciona sin conexión: tus valoraciones, notas y autoevaluaciones se quedan en este equipo, en %2.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>+%1/%2 opt</source>
        <translation>+%1/%2 opc</translation>
    </message>
    <message>
        <source>%1/%2 opt</source>
        <translation>%1/%2 opc</translation>
    </message>
    <message>
        <source>%1 of %2 required met</source>
        <translation>%1 de %2 obligatorios cumplidos</translation>
    </message>
    <message>
        <source>%1 of %2 optional met</source>
        <translation>%1 de %2 opcionales cumplidos</translation>
    </message>
    <message>
        <source>%1 of %2 rated</source>
        <translation>%1 de %2 evaluados</translation>
    </message>
    <message>
        <source>Nothing expected here</source>
        <translation>No se espera nada aquí</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Roles × levels. Click a cell to open its card.</source>
        <translation>Roles × niveles. Haz clic en una celda para abrir su tarjeta.</translation>
    </message>
    <message>
        <source>Skills × levels. Click a cell to open its card.</source>
        <translation>Habilidades × niveles. Haz clic en una celda para abrir su tarjeta.</translation>
    </message>
    <message>
        <source>Matrix overview</source>
        <translation>Vista general de la matriz</translation>
    </message>
    <message>
        <source>•  required</source>
        <translation>•  obligatorio</translation>
    </message>
    <message>
        <source>8/9: 8 of the cell&apos;s 9 required requirements are met (rated Meets or Exceeds); +2/3 opt: 2 of its 3 optional ones.</source>
        <translation>8/9: se cumplen 8 de los 9 requisitos obligatorios de la celda (evaluados «Cumple» o «Supera»); +2/3 opc: 2 de sus 3 opcionales.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>a required field is missing</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
    <message>
        <source>a boolean (true or false)</source>
        <translation>un booleano (true o false)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>una fecha</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>debe ser %1</translation>
    </message>
    <message>
        <source>is not a date written as YYYY-MM-DD (found “%1”)</source>
        <translation>no es una fecha con el formato AAAA-MM-DD (se encontró «%1»)</translation>
    </message>
    <message>
        <source>is not a valid key (lower-case letters and digits, words joined by single hyphens)</source>
        <translation>no es una clave válida (letras minúsculas y dígitos, con las palabras unidas por un solo guion)</translation>
    </message>
    <message>
        <source>is not a two-letter language code such as “en”</source>
        <translation>no es un código de idioma de dos letras, como «en»</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>needs at least %1 item(s)</source>
        <translation>necesita al menos %1 elemento(s)</translation>
    </message>
    <message>
        <source>has more than %1 items</source>
        <translation>tiene más de %1 elementos</translation>
    </message>
    <message>
        <source>holds control characters (only line breaks and tabs are allowed in texts)</source>
        <translation>contiene caracteres de control (en los textos solo se permiten saltos de línea y tabulaciones)</translation>
    </message>
    <message>
        <source>an object in this file holds more than %1 names, more than any profile has: it is not a profile file, or it is damaged</source>
        <translation>un objeto de este archivo tiene más de %1 nombres, más de los que tiene cualquier perfil: no es un archivo de perfil, o está dañado</translation>
    </message>
    <message>
        <source>the name “%1” appears twice in one JSON object</source>
        <translation>el nombre «%1» aparece dos veces en un mismo objeto JSON</translation>
    </message>
    <message>
        <source>the key “%1” is reserved for frameworks without roles</source>
        <translation>la clave «%1» está reservada para marcos sin roles</translation>
    </message>
    <message>
        <source>drops or reorders levels of “%1” that installed skills not in this file use (%2); include every skill of the framework to change its ladder</source>
        <translation>elimina o reordena niveles de «%1» que usan habilidades instaladas que no están en este archivo (%2); incluye todas las habilidades del marco para cambiar su escalera</translation>
    </message>
    <message>
        <source>leaves out the role “%2” of “%1” that installed skills not in this file use</source>
        <translation>omite el rol «%2» de «%1», que usan habilidades instaladas que no están en este archivo</translation>
    </message>
    <message>
        <source>is out of the allowed range</source>
        <translation>está fuera del rango permitido</translation>
    </message>
    <message>
        <source>is invalid (%1)</source>
        <translation>no es válido (%1)</translation>
    </message>
    <message>
        <source>the file is not valid JSON</source>
        <translation>el archivo no es un JSON válido</translation>
    </message>
    <message>
        <source>holds bidirectional controls (U+202A–U+202E, U+2066–U+2069), which make a name read as another</source>
        <translation>contiene controles bidireccionales (U+202A–U+202E, U+2066–U+2069), que hacen que un nombre se lea como otro</translation>
    </message>
    <message>
        <source>is a time without a time zone (write it as 2026-01-31T09:00:00+00:00)</source>
        <translation>es una hora sin zona horaria (escríbela como 2026-01-31T09:00:00+00:00)</translation>
    </message>
    <message>
        <source>this is a “my data” file, not a profile: import it with “data import”</source>
        <translation>este es un archivo de «mis datos», no un perfil: impórtalo con «data import»</translation>
    </message>
    <message>
        <source>this is a profile file, not a “my data” file: import it with “profile import”</source>
        <translation>este es un archivo de perfil, no de «mis datos»: impórtalo con «profile import»</translation>
    </message>
    <message>
        <source>this format version is not supported (this app reads version %1)</source>
        <translation>esta versión del formato no es compatible (esta aplicación lee la versión %1)</translation>
    </message>
    <message>
        <source>this is not a Skill Ladder profile file</source>
        <translation>este no es un archivo de perfil de Skill Ladder</translation>
    </message>
    <message>
        <source>has no English text (“en”), which every text needs</source>
        <translation>no tiene texto en inglés («en»), que es obligatorio en todos los textos</translation>
    </message>
    <message>
        <source>the key “%1” is used more than once</source>
        <translation>la clave «%1» se usa más de una vez</translation>
    </message>
    <message>
        <source>the key “%1” is already used by another installed profile</source>
        <translation>otro perfil instalado ya usa la clave «%1»</translation>
    </message>
    <message>
        <source>names the level “%1”, which the ladder does not have</source>
        <translation>hace referencia al nivel «%1», que no existe en la escalera</translation>
    </message>
    <message>
        <source>names the role “%1”, which the file does not define</source>
        <translation>hace referencia al rol «%1», que el archivo no define</translation>
    </message>
    <message>
        <source>names the role “%1”, but the file defines no roles</source>
        <translation>hace referencia al rol «%1», pero el archivo no define ningún rol</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>“%1” no es sí ni no</translation>
    </message>
    <message>
        <source>“%1” is not a version number (a whole number from 1)</source>
        <translation>“%1” no es un número de versión (un número entero desde 1)</translation>
    </message>
    <message>
        <source>the sheet “%1” has no column “%2”</source>
        <translation>la hoja “%1” no tiene la columna “%2”</translation>
    </message>
    <message>
        <source>the file has no sheet “%1” (or a single sheet to read as it)</source>
        <translation>el archivo no tiene la hoja “%1” (ni una sola hoja que leer como tal)</translation>
    </message>
    <message>
        <source>has no role, but other rows have one (give every row a role, or none)</source>
        <translation>no tiene rol, pero otras filas sí (da un rol a cada fila, o a ninguna)</translation>
    </message>
    <message>
        <source>holds no requirement rows</source>
        <translation>no contiene filas de requisitos</translation>
    </message>
    <message>
        <source>the spreadsheet cannot be read (%1)</source>
        <translation>no se puede leer la hoja de cálculo (%1)</translation>
    </message>
    <message>
        <source>the sheet spans more than %1 cells</source>
        <translation>la hoja abarca más de %1 celdas</translation>
    </message>
    <message>
        <source>a quoted cell in the row that starts on line %1 is never closed: add the closing quote (&quot;) where its text ends</source>
        <translation>una celda entre comillas de la fila que empieza en la línea %1 no se cierra nunca: añade las comillas de cierre (&quot;) donde termina su texto</translation>
    </message>
    <message>
        <source>the row that starts on line %1 has a quote (&quot;) inside a cell that is not quoted whole: quote the whole cell and double the quotes inside it (&quot;&quot;)</source>
        <translation>la fila que empieza en la línea %1 tiene unas comillas (&quot;) dentro de una celda que no está entera entre comillas: pon la celda entera entre comillas y duplica las de dentro (&quot;&quot;)</translation>
    </message>
    <message>
        <source>the CSV file is not UTF-8 text (byte %1); save it as UTF-8</source>
        <translation>el archivo CSV no es texto UTF-8 (byte %1); guárdalo como UTF-8</translation>
    </message>
    <message>
        <source>The file is not a valid profile (%n problem(s)).</source>
        <translation>El archivo no es un perfil válido (problemas: %n).</translation>
    </message>
    <message>
        <source>The file is not a valid Skill Ladder data export (%n problem(s)).</source>
        <translation>El archivo no es una exportación de datos de Skill Ladder válida (problemas: %n).</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>El archivo ocupa más de %1 MiB.</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>No existe el archivo «%1».</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>«%1» es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>No se puede leer «%1»: %2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. Nothing was changed.</source>
        <translation>No se puede escribir «%1»: %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>There is no installed profile or framework “%1” (see “profile list”).</source>
        <translation>No hay ningún perfil ni marco «%1» instalado (consulta «profile list»).</translation>
    </message>
    <message>
        <source>“%2” has no role “%1” (its roles: %3).</source>
        <translation>«%2» no tiene el rol «%1» (sus roles: %3).</translation>
    </message>
    <message>
        <source>“%2” has no level “%1” (its levels: %3).</source>
        <translation>«%2» no tiene el nivel «%1» (sus niveles: %3).</translation>
    </message>
    <message>
        <source>The data folder “%1” is a file, not a folder.</source>
        <translation>La carpeta de datos «%1» es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>Cannot use the data folder “%1”: %2.</source>
        <translation>No se puede usar la carpeta de datos «%1»: %2.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>El nombre tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The proposed wording is empty.</source>
        <translation>La redacción propuesta está vacía.</translation>
    </message>
    <message>
        <source>There is no check-in %1 (see “checkin list”).</source>
        <translation>No existe la autoevaluación %1 (mira «checkin list»).</translation>
    </message>
    <message>
        <source>Check-in %1 is not earlier than the ratings reported.</source>
        <translation>La autoevaluación %1 no es anterior a las valoraciones del informe.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder name.</source>
        <translation>--data-dir necesita el nombre de una carpeta.</translation>
    </message>
    <message>
        <source>Skill Ladder is open on “%1”. Close its window first; nothing was changed.</source>
        <translation>Skill Ladder está abierto en «%1». Cierra antes su ventana; no se cambió nada.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a device or a pipe, say); it was left as it is.</source>
        <translation>«%1» no es un archivo normal (es, por ejemplo, un dispositivo o una tubería); se dejó como estaba.</translation>
    </message>
    <message>
        <source>“%1” is the database or inside its backups or recovery folder; choose a name elsewhere.</source>
        <translation>«%1» es la base de datos o está dentro de su carpeta de copias de seguridad o de recuperación; elige un nombre en otro lugar.</translation>
    </message>
    <message>
        <source>Cannot use the log file “%1”: %2.</source>
        <translation>No se puede usar el archivo de registro «%1»: %2.</translation>
    </message>
    <message>
        <source>Cannot create the lock file in “%1”: the disk may be full or the folder not writable. Nothing was changed.</source>
        <translation>No se puede crear el archivo de bloqueo en «%1»: puede que el disco esté lleno o que no se pueda escribir en la carpeta. No se cambió nada.</translation>
    </message>
    <message>
        <source>“%1” is not a rating; use one of: %2.</source>
        <translation>«%1» no es una valoración; usa una de: %2.</translation>
    </message>
    <message>
        <source>There is no requirement “%1”.</source>
        <translation>No existe el requisito «%1».</translation>
    </message>
    <message>
        <source>The requirement “%1” is not one of role “%2” at level “%3”.</source>
        <translation>El requisito «%1» no pertenece al rol «%2» en el nivel «%3».</translation>
    </message>
    <message>
        <source>“%1” has no requirement for role “%2” at level “%3”.</source>
        <translation>«%1» no tiene ningún requisito para el rol «%2» en el nivel «%3».</translation>
    </message>
    <message>
        <source>This cell holds %1 requirements; choose one with --requirement (%2).</source>
        <translation>Esta celda contiene %1 requisitos; elige uno con --requirement (%2).</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>La nota tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>“%1” came from a file and is not edited in place; edit a copy of it instead.</source>
        <translation>«%1» viene de un archivo y no se edita directamente; edita una copia en su lugar.</translation>
    </message>
    <message>
        <source>“%1” version %2 is installed; the file holds the older version %3. Nothing was changed.</source>
        <translation>La versión %2 de «%1» ya está instalada; el archivo contiene la versión anterior %3. No se cambió nada.</translation>
    </message>
    <message>
        <source>The data in “%1” was written by a newer version of Skill Ladder. Install that version to open it; nothing was changed.</source>
        <translation>Los datos de «%1» se escribieron con una versión más reciente de Skill Ladder. Instala esa versión para abrirlos; no se cambió nada.</translation>
    </message>
    <message>
        <source>The database “%1” cannot be read (%2).</source>
        <translation>No se puede leer la base de datos «%1» (%2).</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full. Nothing more could be saved; what was saved is safe.</source>
        <translation>El disco que contiene «%1» está lleno. No se pudo guardar nada más; lo que ya estaba guardado está a salvo.</translation>
    </message>
    <message>
        <source>“%1” is read-only. Nothing could be saved; what was saved before is safe.</source>
        <translation>«%1» es de solo lectura. No se pudo guardar nada; lo guardado antes está a salvo.</translation>
    </message>
    <message>
        <source>Cannot open the database “%1” (%2).</source>
        <translation>No se puede abrir la base de datos «%1» (%2).</translation>
    </message>
    <message>
        <source>The disk could not read or write “%1”. Check the disk, then try again.</source>
        <translation>El disco no pudo leer ni escribir «%1». Revisa el disco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>“%1” is busy in another program. Close it and try again.</source>
        <translation>«%1» está en uso por otro programa. Ciérralo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The database was damaged; it was moved to “%1” and nothing in it was changed. Restore the newest good backup with: skill-ladder backup restore %2</source>
        <translation>La base de datos estaba dañada; se movió a «%1» y no se cambió nada en ella. Restaura la copia buena más reciente con: skill-ladder backup restore %2</translation>
    </message>
    <message>
        <source>The database was damaged; it was moved to “%1” and nothing in it was changed. There is no backup to restore; the next start begins with an empty one.</source>
        <translation>La base de datos estaba dañada; se movió a «%1» y no se cambió nada en ella. No hay ninguna copia que restaurar; el próximo inicio empieza con una vacía.</translation>
    </message>
    <message>
        <source>This data folder already holds ratings or check-ins. Import with --replace to replace them (a backup is made first), or import into an empty data folder.</source>
        <translation>Esta carpeta de datos ya tiene valoraciones o autoevaluaciones. Importa con --replace para reemplazarlas (antes se hace una copia) o importa en una carpeta de datos vacía.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be made: %2.</source>
        <translation>No se pudo hacer la copia «%1»: %2.</translation>
    </message>
    <message>
        <source>The backup of “%1” failed its integrity check; it was not kept.</source>
        <translation>La copia de «%1» no pasó la comprobación de integridad; no se guardó.</translation>
    </message>
    <message>
        <source>There is nothing to back up yet: “%1” holds no data.</source>
        <translation>Todavía no hay nada de lo que hacer una copia de seguridad: “%1” no contiene datos.</translation>
    </message>
    <message>
        <source>There is no backup “%1” (see “backup list”).</source>
        <translation>No existe la copia «%1» (mira «backup list»).</translation>
    </message>
    <message>
        <source>Could not restore into “%1”: %2.</source>
        <translation>No se pudo restaurar en «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a Skill Ladder database; nothing was changed.</source>
        <translation>«%1» no es una base de datos de Skill Ladder; no se cambió nada.</translation>
    </message>
    <message>
        <source>No team database: give one with --db (a connection string or service=NAME) or remember one with “team connect URL”.</source>
        <translation>No hay base de datos del equipo: indica una con --db (una cadena de conexión o service=NOMBRE) o guarda una con «team connect URL».</translation>
    </message>
    <message>
        <source>--db needs a connection string.</source>
        <translation>--db necesita una cadena de conexión.</translation>
    </message>
    <message>
        <source>That is not a PostgreSQL connection string: %1.</source>
        <translation>Eso no es una cadena de conexión de PostgreSQL: %1.</translation>
    </message>
    <message>
        <source>Do not write the password in the connection string: put it in ~/.pgpass, the file PGPASSFILE names, or a service file.</source>
        <translation>No escribas la contraseña en la cadena de conexión: ponla en ~/.pgpass, en el archivo que indica PGPASSFILE o en un archivo de servicios.</translation>
    </message>
    <message>
        <source>Cannot reach the team database: %1.</source>
        <translation>No se puede conectar con la base de datos del equipo: %1.</translation>
    </message>
    <message>
        <source>The team database refused this: %1.</source>
        <translation>La base de datos del equipo lo ha rechazado: %1.</translation>
    </message>
    <message>
        <source>The team database failed: %1. Nothing was changed.</source>
        <translation>La base de datos del equipo ha fallado: %1. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The team database holds no Skill Ladder schema: an administrator runs “team init”.</source>
        <translation>La base de datos del equipo no tiene el esquema de Skill Ladder: un administrador ejecuta «team init».</translation>
    </message>
    <message>
        <source>The team database is at schema %1 and this app needs %2: an administrator runs “team init” to migrate it.</source>
        <translation>La base de datos del equipo está en el esquema %1 y esta aplicación necesita el %2: un administrador ejecuta «team init» para migrarla.</translation>
    </message>
    <message>
        <source>The team database is at schema %1, newer than this app&apos;s %2: update Skill Ladder.</source>
        <translation>La base de datos del equipo está en el esquema %1, más nuevo que el %2 de esta aplicación: actualiza Skill Ladder.</translation>
    </message>
    <message>
        <source>%1 is not on this team: ask an administrator to add you.</source>
        <translation>%1 no está en este equipo: pide a un administrador que te añada.</translation>
    </message>
    <message>
        <source>You (%1) are not a manager on this team.</source>
        <translation>No eres (%1) responsable en este equipo.</translation>
    </message>
    <message>
        <source>You (%1) are not an administrator of this team.</source>
        <translation>No eres (%1) administrador de este equipo.</translation>
    </message>
    <message>
        <source>“team init” needs a login with CREATEROLE; %1 has not got it.</source>
        <translation>«team init» necesita un usuario con CREATEROLE; %1 no lo tiene.</translation>
    </message>
    <message>
        <source>There is no PostgreSQL login “%1”: create it first (createuser --pwprompt %1).</source>
        <translation>No existe el usuario de PostgreSQL «%1»: créalo antes (createuser --pwprompt %1).</translation>
    </message>
    <message>
        <source>%1 cannot be their own manager.</source>
        <translation>%1 no puede ser su propio responsable.</translation>
    </message>
    <message>
        <source>The manager “%1” is not on the team: add them first.</source>
        <translation>El responsable «%1» no está en el equipo: añádelo antes.</translation>
    </message>
    <message>
        <source>“%1” is not a team role; use one of: %2.</source>
        <translation>«%1» no es un papel del equipo; usa uno de estos: %2.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>El nombre está vacío.</translation>
    </message>
    <message>
        <source>There is no check-in to share: close one first (checkin create).</source>
        <translation>No hay ninguna autoevaluación que compartir: cierra una antes (checkin create).</translation>
    </message>
    <message>
        <source>Say which role on the ladder is yours: --role ROLE, or once with “skill-ladder my-role PROFILE ROLE”.</source>
        <translation>Indica cuál es tu rol en la escala: --role ROL, o una sola vez con «skill-ladder my-role PERFIL ROL».</translation>
    </message>
    <message>
        <source>None of the team&apos;s frameworks (%2) that you have installed has the role “%1”.</source>
        <translation>Ninguno de los marcos del equipo (%2) que tienes instalados tiene el rol «%1».</translation>
    </message>
    <message>
        <source>Check-in %1 is not shared (see “team shares”).</source>
        <translation>La autoevaluación %1 no está compartida (consulta «team shares»).</translation>
    </message>
    <message>
        <source>Your team already has a check-in %1 of yours, made on %2: another one (from another laptop, or from before this data folder started afresh). Withdraw that one first (“team unshare %1”, or Team › Withdraw a share…) to share this one.</source>
        <translation>Tu equipo ya tiene una autoevaluación %1 tuya, hecha el %2: es otra (de otro portátil, o de antes de que esta carpeta de datos empezara de cero). Retira primero esa («team unshare %1», o Equipo › Retirar una autoevaluación compartida…) para compartir esta.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Something went wrong that should not have. Details are in %1.</source>
        <translation>Se produjo un error inesperado. Encontrarás los detalles en %1.</translation>
    </message>
    <message>
        <source>The skill&apos;s name in English. Rows with the same skill form it.</source>
        <translation>El nombre de la habilidad en inglés. Las filas con la misma habilidad la forman.</translation>
    </message>
    <message>
        <source>The role: its name or key. Leave it empty in every row for a ladder without roles.</source>
        <translation>El rol: su nombre o su clave. Déjalo vacío en todas las filas para una escalera profesional sin roles.</translation>
    </message>
    <message>
        <source>The level: its name or key (in ladder order: see Levels).</source>
        <translation>El nivel: su nombre o su clave (en el orden de la escalera: ver Levels).</translation>
    </message>
    <message>
        <source>Whether the requirement is required: yes or no (sí, true, 1, x).</source>
        <translation>Si el requisito es obligatorio: sí o no (yes, true, 1, x).</translation>
    </message>
    <message>
        <source>What is expected, in English.</source>
        <translation>Qué se espera, en inglés.</translation>
    </message>
    <message>
        <source>What is expected, in Spanish (optional).</source>
        <translation>Qué se espera, en español (opcional).</translation>
    </message>
    <message>
        <source>The requirement&apos;s key (optional): ratings follow it. Made from skill, role, level and position when empty.</source>
        <translation>La clave del requisito (opcional): las valoraciones la siguen. Si está vacía, se forma con la habilidad, el rol, el nivel y la posición.</translation>
    </message>
    <message>
        <source>The skill&apos;s key (optional): made from the skill&apos;s name when empty.</source>
        <translation>La clave de la habilidad (opcional): si está vacía, se forma con su nombre.</translation>
    </message>
    <message>
        <source>The skill&apos;s name in Spanish (optional).</source>
        <translation>El nombre de la habilidad en español (opcional).</translation>
    </message>
    <message>
        <source>The skill&apos;s summary in English; its name if empty.</source>
        <translation>El resumen de la habilidad en inglés; su nombre si está vacío.</translation>
    </message>
    <message>
        <source>The skill&apos;s summary in Spanish (optional).</source>
        <translation>El resumen de la habilidad en español (opcional).</translation>
    </message>
    <message>
        <source>The skill&apos;s domain; the ladder&apos;s name if empty.</source>
        <translation>El dominio de la habilidad; el nombre de la escalera profesional si está vacío.</translation>
    </message>
    <message>
        <source>The skill&apos;s domain in Spanish (optional).</source>
        <translation>El dominio de la habilidad en español (opcional).</translation>
    </message>
    <message>
        <source>The skill&apos;s group; the ladder&apos;s name if empty.</source>
        <translation>El grupo de la habilidad; el nombre de la escalera profesional si está vacío.</translation>
    </message>
    <message>
        <source>The skill&apos;s group in Spanish (optional).</source>
        <translation>El grupo de la habilidad en español (opcional).</translation>
    </message>
    <message>
        <source>The level&apos;s key (optional): made from its name when empty.</source>
        <translation>La clave del nivel (opcional): si está vacía, se forma con su nombre.</translation>
    </message>
    <message>
        <source>The level&apos;s name in English. Rows in ladder order.</source>
        <translation>El nombre del nivel en inglés. Las filas, en el orden de la escalera.</translation>
    </message>
    <message>
        <source>The level&apos;s name in Spanish (optional).</source>
        <translation>El nombre del nivel en español (opcional).</translation>
    </message>
    <message>
        <source>A short name for tight places (optional).</source>
        <translation>Un nombre corto para los espacios estrechos (opcional).</translation>
    </message>
    <message>
        <source>A short name in Spanish (optional).</source>
        <translation>Un nombre corto en español (opcional).</translation>
    </message>
    <message>
        <source>The role&apos;s key (optional): made from its name when empty.</source>
        <translation>La clave del rol (opcional): si está vacía, se forma con su nombre.</translation>
    </message>
    <message>
        <source>The role&apos;s name in English.</source>
        <translation>El nombre del rol en inglés.</translation>
    </message>
    <message>
        <source>The role&apos;s name in Spanish (optional).</source>
        <translation>El nombre del rol en español (opcional).</translation>
    </message>
    <message>
        <source>The ladder&apos;s key; the file&apos;s name if empty.</source>
        <translation>La clave de la escalera profesional; el nombre del archivo si está vacía.</translation>
    </message>
    <message>
        <source>The ladder&apos;s name in English; the file&apos;s name if empty.</source>
        <translation>El nombre de la escalera profesional en inglés; el nombre del archivo si está vacío.</translation>
    </message>
    <message>
        <source>The ladder&apos;s name in Spanish (optional).</source>
        <translation>El nombre de la escalera profesional en español (opcional).</translation>
    </message>
    <message>
        <source>Every skill&apos;s version (optional). Empty: a re-import raises the version of exactly the skills that changed.</source>
        <translation>La versión de todas las habilidades (opcional). Vacía: al importar de nuevo, sube la versión solo de las habilidades que cambiaron.</translation>
    </message>
    <message>
        <source>No display was found, so the window cannot open. The commands work without one: see “skill-ladder --help” (for example “skill-ladder status PROFILE ROLE”).</source>
        <translation>No se encontró ninguna pantalla, así que la ventana no puede abrirse. Los comandos funcionan sin ella: consulta «skill-ladder --help» (por ejemplo, «skill-ladder status PERFIL ROL»).</translation>
    </message>
    <message>
        <source>Skill Ladder</source>
        <translation>Skill Ladder</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Import a profile to begin (File › Import profile…).</source>
        <translation>Importa un perfil para empezar (Archivo › Importar perfil…).</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>&amp;Tarjetas</translation>
    </message>
    <message>
        <source>Nothing is expected of this role at this level.</source>
        <translation>No se espera nada de este rol en este nivel.</translation>
    </message>
    <message>
        <source>Compare with next level</source>
        <translation>Comparar con el siguiente nivel</translation>
    </message>
    <message>
        <source>Compare with &amp;next level</source>
        <translation>&amp;Comparar con el siguiente nivel</translation>
    </message>
    <message>
        <source>From my &amp;estimate to my target</source>
        <translation>De mi nivel &amp;estimado a mi objetivo</translation>
    </message>
    <message>
        <source>Check-ins and growth</source>
        <translation>Autoevaluaciones y progreso</translation>
    </message>
    <message>
        <source>Check-ins and &amp;growth</source>
        <translation>Autoevaluaciones y &amp;progreso</translation>
    </message>
    <message>
        <source>My ladder</source>
        <translation>Mi escalera</translation>
    </message>
    <message>
        <source>My &amp;ladder</source>
        <translation>Mi &amp;escalera</translation>
    </message>
    <message>
        <source>Pick your role (Role, then “This is my role”).</source>
        <translation>Elige tu rol (Rol, y luego «Este es mi rol»).</translation>
    </message>
    <message>
        <source>%1, every level · estimated: %2 · target: %3</source>
        <translation>%1, todos los niveles · estimado: %2 · objetivo: %3</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno aún</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>your estimated level</source>
        <translation>tu nivel estimado</translation>
    </message>
    <message>
        <source>your estimated level and your target</source>
        <translation>tu nivel estimado y tu objetivo</translation>
    </message>
    <message>
        <source>your target</source>
        <translation>tu objetivo</translation>
    </message>
    <message>
        <source>Nothing is expected of this role.</source>
        <translation>No se espera nada de este rol.</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matriz</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mi plan</translation>
    </message>
    <message>
        <source>My &amp;plan</source>
        <translation>Mi p&amp;lan</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>&amp;Proposals</source>
        <translation>P&amp;ropuestas</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>E&amp;quipo</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message numerus="yes">
        <source>%1 · %n to cover</source>
        <translation>
            <numerusform>%1 · %n por cubrir</numerusform>
            <numerusform>%1 · %n por cubrir</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · nothing left ✓</source>
        <translation>%1 · no queda nada ✓</translation>
    </message>
    <message>
        <source>%1

Enter or double-click opens its card.</source>
        <translation>%1

Intro o doble clic abre su tarjeta.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>The plan, level by level</source>
        <translation>El plan, nivel por nivel</translation>
    </message>
    <message>
        <source>Pick your role to see your plan.</source>
        <translation>Elige tu rol para ver tu plan.</translation>
    </message>
    <message>
        <source>no level yet</source>
        <translation>ningún nivel aún</translation>
    </message>
    <message>
        <source>From %1 to the next level, %2 (no target set).</source>
        <translation>De %1 al siguiente nivel, %2 (sin objetivo fijado).</translation>
    </message>
    <message>
        <source>Your target, %1, is reached: the plan shows the next level.</source>
        <translation>Ya alcanzaste tu objetivo, %1: el plan muestra el siguiente nivel.</translation>
    </message>
    <message>
        <source>From %1 to your target, %2.</source>
        <translation>De %1 a tu objetivo, %2.</translation>
    </message>
    <message>
        <source>Nothing left to cover.</source>
        <translation>No queda nada por cubrir.</translation>
    </message>
    <message>
        <source>To cover: %1 required, %2 optional.</source>
        <translation>Por cubrir: obligatorios, %1; opcionales, %2.</translation>
    </message>
</context>
<context>
    <name>ProblemListDialog</name>
    <message>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
</context>
<context>
    <name>ProfileBrowser</name>
    <message>
        <source>Search profiles and requirements (Ctrl+F)</source>
        <translation>Buscar perfiles y requisitos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search profiles</source>
        <translation>Buscar perfiles</translation>
    </message>
    <message>
        <source>Skill profiles</source>
        <translation>Perfiles de habilidad</translation>
    </message>
    <message>
        <source>No profile or requirement matches your search.</source>
        <translation>Ningún perfil ni requisito coincide con tu búsqueda.</translation>
    </message>
    <message>
        <source>Matches names and requirement texts; Enter opens the first match</source>
        <translation>Busca en nombres y textos de requisitos; Intro abre el primer resultado</translation>
    </message>
    <message>
        <source>followed</source>
        <translation>seguido</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <source>You: %1</source>
        <translation>Tú: %1</translation>
    </message>
    <message>
        <source>Your role: not set (pick it under Role, then “This is my role”)</source>
        <translation>Tu rol: sin fijar (elígelo en Rol y marca «Este es mi rol»)</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>objetivo %1</translation>
    </message>
    <message>
        <source>no target level yet</source>
        <translation>aún sin nivel objetivo</translation>
    </message>
    <message>
        <source>Stop following</source>
        <translation>Dejar de seguir</translation>
    </message>
    <message>
        <source>Follow this profile</source>
        <translation>Seguir este perfil</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>No profile selected</source>
        <translation>Ningún perfil seleccionado</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date pattern</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>actualizado el %1</translation>
    </message>
    <message numerus="yes">
        <source>roles</source>
        <translation>
            <numerusform>rol</numerusform>
            <numerusform>roles</numerusform>
        </translation>
    </message>
    <message>
        <source>Roles where this skill appears</source>
        <translation>Roles donde aparece esta habilidad</translation>
    </message>
    <message numerus="yes">
        <source>levels</source>
        <translation>
            <numerusform>nivel</numerusform>
            <numerusform>niveles</numerusform>
        </translation>
    </message>
    <message>
        <source>A structured growth path</source>
        <translation>Una ruta de crecimiento estructurada</translation>
    </message>
    <message numerus="yes">
        <source>required</source>
        <translation>
            <numerusform>obligatorio</numerusform>
            <numerusform>obligatorios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>optional</source>
        <translation>
            <numerusform>opcional</numerusform>
            <numerusform>opcionales</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalsView</name>
    <message>
        <source>Suggest a change from any card. Your proposals stay here until you export them to a file for the profile&apos;s maintainer.</source>
        <translation>Sugiere un cambio desde cualquier tarjeta. Tus propuestas se quedan aquí hasta que las exportes a un archivo para la persona que mantiene el perfil.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Proposed wording</source>
        <translation>Redacción propuesta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>E&amp;xport proposals…</source>
        <translation>E&amp;xportar propuestas…</translation>
    </message>
    <message>
        <source>Delete &amp;proposal</source>
        <translation>Eliminar &amp;propuesta</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>Not rated</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>Working towards</source>
        <translation>En camino</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Cumple</translation>
    </message>
    <message>
        <source>Exceeds</source>
        <translation>Supera</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Sube</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Newly rated</source>
        <translation>Nueva valoración</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Valoración borrada</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Reformulado</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>N</source>
        <comment>letter for Not yet</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>W</source>
        <comment>letter for Working towards</comment>
        <translation>E</translation>
    </message>
    <message>
        <source>M</source>
        <comment>letter for Meets</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>E</source>
        <comment>letter for Exceeds</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>%1/%2 required</source>
        <translation>%1/%2 oblig.</translation>
    </message>
    <message>
        <source>%1/%2 optional</source>
        <translation>%1/%2 opc.</translation>
    </message>
    <message>
        <source>nothing to rate</source>
        <translation>nada que valorar</translation>
    </message>
    <message>
        <source>A level is met when all its required requirements are rated Meets or Exceeds. A level with only optional requirements is met when at least half of them are. A level with required requirements that is not met blocks the levels above it; optional-only levels never block. The estimated level is the highest met level with no blocking level at or below it. Readiness counts the required requirements met (or the optional ones where nothing is required). The gaps are the unmet requirements up to the level after the estimate, required first.</source>
        <translation>Un nivel se cumple cuando todos sus requisitos obligatorios están valorados como Cumple o Supera. Un nivel que solo tiene requisitos opcionales se cumple cuando al menos la mitad de ellos lo están. Un nivel con requisitos obligatorios que no se cumple bloquea los niveles superiores; los niveles solo opcionales nunca bloquean. El nivel estimado es el nivel cumplido más alto sin ningún nivel bloqueante por debajo ni en él. La preparación cuenta los requisitos obligatorios cumplidos (o los opcionales donde no hay obligatorios). Las brechas son los requisitos no cumplidos hasta el nivel siguiente al estimado, primero los obligatorios.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
</context>
<context>
    <name>RatingControl</name>
    <message>
        <source>Rate “%1” (key %2)</source>
        <translation>Evaluar como «%1» (tecla %2)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation>Borrar valoración</translation>
    </message>
    <message>
        <source>Back to not rated (Delete)</source>
        <translation>Volver a «Sin evaluar» (Supr)</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>Tu valoración</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBar</name>
    <message>
        <source>The disk holding your data is full: nothing can be saved. Your ratings and notes are shown read-only; export and the report still work. Free some space, then start Skill Ladder again.</source>
        <translation>El disco que guarda tus datos está lleno: no se puede guardar nada. Tus valoraciones y notas se muestran en solo lectura; exportar y el informe siguen funcionando. Libera espacio y vuelve a abrir Skill Ladder.</translation>
    </message>
    <message>
        <source>This folder cannot be written: %1. Your data is shown read-only: rating and notes are off; export and the report still work.</source>
        <translation>No se puede escribir en esta carpeta: %1. Tus datos se muestran en solo lectura: valorar y las notas están desactivados; exportar y el informe siguen funcionando.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Skill Ladder</source>
        <translation>Skill Ladder</translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Restaurar la copia del %1</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Empezar vacío</translation>
    </message>
    <message>
        <source>Skill Ladder is already open; its window was brought to the front.</source>
        <translation>Skill Ladder ya está abierto; se trajo su ventana al frente.</translation>
    </message>
    <message>
        <source>Skill Ladder is already open on this data folder but does not answer yet; try again in a moment.</source>
        <translation>Skill Ladder ya está abierto con esta carpeta de datos, pero todavía no responde; vuelve a intentarlo en un momento.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Team report</source>
        <translation>Informe del equipo</translation>
    </message>
    <message>
        <source>Personal growth report</source>
        <translation>Informe de crecimiento personal</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>Personal growth report</source>
        <translation>Informe de crecimiento personal</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Elaborado el %1</translation>
    </message>
    <message>
        <source>ratings as of the check-in of %1</source>
        <translation>valoraciones de la autoevaluación del %1</translation>
    </message>
    <message>
        <source>Estimated level: </source>
        <translation>Nivel estimado: </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno aún</translation>
    </message>
    <message>
        <source>Target level: </source>
        <translation>Nivel objetivo: </translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Readiness per level</source>
        <translation>Preparación por nivel</translation>
    </message>
    <message>
        <source>Plan to %1</source>
        <translation>Plan hasta %1</translation>
    </message>
    <message>
        <source>Next-level plan</source>
        <translation>Plan para el siguiente nivel</translation>
    </message>
    <message>
        <source>Nothing left to cover up to the next level.</source>
        <translation>No queda nada por cubrir hasta el siguiente nivel.</translation>
    </message>
    <message>
        <source>Tick each item as you cover it; required ones come first.</source>
        <translation>Marca cada punto a medida que lo cubras; primero van los obligatorios.</translation>
    </message>
    <message>
        <source>Your ratings and evidence, by level</source>
        <translation>Tus valoraciones y evidencias, por nivel</translation>
    </message>
    <message>
        <source>Levels up to %1 and every rated requirement above it; %2 more not rated.</source>
        <translation>Niveles hasta %1 y cada requisito valorado por encima; %2 más sin evaluar.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>Tu valoración</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Nota de evidencia</translation>
    </message>
    <message>
        <source>Text changed since rated</source>
        <translation>El texto cambió desde que lo valoraste</translation>
    </message>
    <message>
        <source>Shown in English</source>
        <translation>Se muestra en inglés</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Nothing to compare: no check-in was closed before this one.</source>
        <translation>Nada que comparar: no se cerró ninguna autoevaluación antes de esta.</translation>
    </message>
    <message>
        <source>No earlier check-in yet: close one to see your growth next time.</source>
        <translation>Aún no hay autoevaluaciones anteriores: cierra una para ver tu progreso la próxima vez.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>the check-in of %1</source>
        <translation>la autoevaluación del %1</translation>
    </message>
    <message>
        <source>Compared: the check-in of %1 with %2.</source>
        <translation>Se compara la autoevaluación del %1 con %2.</translation>
    </message>
    <message>
        <source>No rating changed.</source>
        <translation>Ninguna valoración cambió.</translation>
    </message>
    <message>
        <source>Readiness over time</source>
        <translation>Evolución de la preparación</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>How the estimate works</source>
        <translation>Cómo se calcula la estimación</translation>
    </message>
    <message>
        <source>%1 version %2, last updated %3</source>
        <translation>%1 versión %2, actualizado el %3</translation>
    </message>
    <message>
        <source>Profile: %1.</source>
        <translation>Perfil: %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Personal growth report</source>
        <translation>Informe de crecimiento personal</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>Current ratings</source>
        <translation>Valoraciones actuales</translation>
    </message>
    <message>
        <source>Ratings to report</source>
        <translation>Valoraciones del informe</translation>
    </message>
    <message>
        <source>The check-in before</source>
        <translation>La autoevaluación anterior</translation>
    </message>
    <message>
        <source>Check-in to compare with</source>
        <translation>Autoevaluación con la que comparar</translation>
    </message>
    <message>
        <source>Up to my target, and every rated one</source>
        <translation>Hasta mi objetivo, y cada uno valorado</translation>
    </message>
    <message>
        <source>Every level</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <source>Requirements to list</source>
        <translation>Requisitos que se incluyen</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>What the report compares</source>
        <translation>Qué compara el informe</translation>
    </message>
    <message>
        <source>The report holds your estimated and target level, readiness per level, your next-level plan, every rating with its note, and your growth since earlier check-ins.</source>
        <translation>El informe recoge tu nivel estimado y tu nivel objetivo, la preparación por nivel, tu plan para el siguiente nivel, cada valoración con su nota y tu progreso desde las autoevaluaciones anteriores.</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>&amp;Ratings:</source>
        <translation>&amp;Valoraciones:</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Comparar con:</translation>
    </message>
    <message>
        <source>Re&amp;quirements:</source>
        <translation>Re&amp;quisitos:</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>That check-in is not earlier than the ratings reported: pick another.</source>
        <translation>Esa autoevaluación no es anterior a las valoraciones del informe: elige otra.</translation>
    </message>
    <message>
        <source>your current ratings</source>
        <translation>tus valoraciones actuales</translation>
    </message>
    <message>
        <source>the check-in of %1</source>
        <translation>la autoevaluación del %1</translation>
    </message>
    <message>
        <source>Reports %1; no earlier check-in to compare with.</source>
        <translation>El informe muestra %1; no hay ninguna autoevaluación anterior con la que comparar.</translation>
    </message>
    <message>
        <source>Reports %1, compared with the check-in of %2.</source>
        <translation>El informe muestra %1, comparadas con la autoevaluación del %2.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>RequirementCard</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Evidence note: what shows you meet this…</source>
        <translation>Nota de evidencia: qué demuestra que lo cumples…</translation>
    </message>
    <message>
        <source>Evidence note…</source>
        <translation>Nota de evidencia…</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Nota de evidencia</translation>
    </message>
    <message>
        <source>Suggest a change…</source>
        <translation>Sugerir cambio…</translation>
    </message>
    <message>
        <source>Suggest a change to this description</source>
        <translation>Sugerir un cambio en esta descripción</translation>
    </message>
    <message>
        <source>The description changed since you rated it: read it again and re-rate.</source>
        <translation>La descripción cambió desde que la evaluaste: vuelve a leerla y evalúala de nuevo.</translation>
    </message>
    <message>
        <source>(English)</source>
        <translation>(inglés)</translation>
    </message>
    <message>
        <source>This text has no translation yet; shown in English.</source>
        <translation>Este texto aún no tiene traducción; se muestra en inglés.</translation>
    </message>
</context>
<context>
    <name>RequirementResults</name>
    <message>
        <source>Requirements found</source>
        <translation>Requisitos encontrados</translation>
    </message>
    <message>
        <source>Enter or a click opens the requirement</source>
        <translation>Intro o un clic abre el requisito</translation>
    </message>
    <message>
        <source>No requirement matches your search.</source>
        <translation>Ningún requisito coincide con tu búsqueda.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln requirement(s) found</source>
        <translation>
            <numerusform>%Ln requisito encontrado</numerusform>
            <numerusform>%Ln requisitos encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln requirement(s)</source>
        <translation>
            <numerusform>Se muestran %1 de %Ln requisito</numerusform>
            <numerusform>Se muestran %1 de %Ln requisitos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequirementResultsModel</name>
    <message>
        <source>found in the English text</source>
        <translation>encontrado en el texto en inglés</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>en inglés</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia</translation>
    </message>
    <message>
        <source>Your current data is set aside (not deleted) and replaced by the backup you choose. Backups are made every day you use Skill Ladder, when you choose File › Back up now, and before an update, an import or a restore.</source>
        <translation>Tus datos actuales se apartan (no se borran) y se sustituyen por la copia que elijas. Se hace una copia cada día que usas Skill Ladder, cuando eliges Archivo › Hacer copia de seguridad ahora, y antes de una actualización, una importación o una restauración.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, la más reciente primero</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Daily, automatic</source>
        <translation>Diaria, automática</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Hecha por ti</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <source>All roles</source>
        <translation>Todos los roles</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>This is &amp;my role</source>
        <translation>Este es &amp;mi rol</translation>
    </message>
    <message>
        <source>Where am I, your plan and your report follow your role, whatever you browse</source>
        <translation>Dónde estoy, tu plan y tu informe siguen tu rol, veas el rol que veas</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share a check-in with your team</source>
        <translation>Compartir una autoevaluación con tu equipo</translation>
    </message>
    <message>
        <source>&amp;Check-in:</source>
        <translation>&amp;Autoevaluación:</translation>
    </message>
    <message>
        <source>Share my &amp;notes too</source>
        <translation>Compartir también mis &amp;notas</translation>
    </message>
    <message>
        <source>What leaves this laptop for the team database:</source>
        <translation>Lo que sale de este portátil hacia la base de datos del equipo:</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation>Lo que se comparte</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>Co&amp;mpartir</translation>
    </message>
    <message>
        <source>There is no check-in to share: close one first.</source>
        <translation>No hay ninguna autoevaluación que compartir: cierra una primero.</translation>
    </message>
    <message>
        <source>Say which role on the ladder is yours first: pick it and tick “This is my role”. A share carries the standing for your role.</source>
        <translation>Indica primero cuál es tu rol en la escalera: elígelo y marca «Este es mi rol». Lo que compartes lleva tu situación para tu rol.</translation>
    </message>
    <message>
        <source>Check-in of %1</source>
        <translation>Autoevaluación del %1</translation>
    </message>
    <message numerus="yes">
        <source>Ratings: %n</source>
        <translation>
            <numerusform>Valoraciones: %n</numerusform>
            <numerusform>Valoraciones: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rating(s)</source>
        <translation>
            <numerusform>%1: %n valoración</numerusform>
            <numerusform>%1: %n valoraciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Standing for my role, %1: estimated level %2</source>
        <translation>Situación para mi rol, %1: nivel estimado %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>Readiness for %1: %2 %</source>
        <translation>Preparación para %1: %2 %</translation>
    </message>
    <message>
        <source>Note on %1: %2</source>
        <translation>Nota sobre %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Notes: %n</source>
        <translation>
            <numerusform>Notas: %n</numerusform>
            <numerusform>Notas: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes: not shared</source>
        <translation>Notas: no se comparten</translation>
    </message>
    <message>
        <source>Nothing else leaves this laptop: no requirement texts, no other check-in, no ratings of frameworks the team has not published.</source>
        <translation>Nada más sale de este portátil: ni los textos de los requisitos, ni otras autoevaluaciones, ni valoraciones de marcos que el equipo no ha publicado.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>On a requirement card</source>
        <translation>En una tarjeta de requisito</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <source>Rate it: 0 Not yet, 1 Working towards, 2 Meets, 3 Exceeds</source>
        <translation>Evaluarla: 0 Aún no, 1 En camino, 2 Cumple, 3 Supera</translation>
    </message>
    <message>
        <source>Clear its rating (back to not rated)</source>
        <translation>Borrar su valoración (vuelve a «Sin evaluar»)</translation>
    </message>
    <message>
        <source>Undo the last rating</source>
        <translation>Deshacer la última valoración</translation>
    </message>
    <message>
        <source>Move between the rating steps, then Space to choose one</source>
        <translation>Moverse entre los pasos de valoración; Espacio elige uno</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>Desplazarse</translation>
    </message>
    <message>
        <source>Next or previous control; each card is one stop</source>
        <translation>Control siguiente o anterior; cada tarjeta es una parada</translation>
    </message>
    <message>
        <source>In the profile list, the next or previous entry</source>
        <translation>En la lista de perfiles, la entrada siguiente o anterior</translation>
    </message>
    <message>
        <source>On the level slider</source>
        <translation>En el control deslizante de nivel</translation>
    </message>
    <message>
        <source>Previous or next level</source>
        <translation>Nivel anterior o siguiente</translation>
    </message>
    <message>
        <source>First or last level</source>
        <translation>Primer o último nivel</translation>
    </message>
    <message>
        <source>In the matrix</source>
        <translation>En la matriz</translation>
    </message>
    <message>
        <source>Move between cells</source>
        <translation>Moverse entre las celdas</translation>
    </message>
    <message>
        <source>Open the cell&apos;s card</source>
        <translation>Abrir la tarjeta de la celda</translation>
    </message>
    <message>
        <source>In the search box</source>
        <translation>En el cuadro de búsqueda</translation>
    </message>
    <message>
        <source>Open the first match</source>
        <translation>Abrir el primer resultado</translation>
    </message>
</context>
<context>
    <name>StandingPanel</name>
    <message>
        <source>No target yet</source>
        <translation>Aún sin objetivo</translation>
    </message>
    <message>
        <source>Estimated level: none yet</source>
        <translation>Nivel estimado: ninguno aún</translation>
    </message>
    <message>
        <source>Estimated level: %1</source>
        <translation>Nivel estimado: %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin fijar</translation>
    </message>
    <message>
        <source>Showing %1, the role you are browsing. Is it yours?</source>
        <translation>Se muestra %1, el rol que estás viendo. ¿Es el tuyo?</translation>
    </message>
    <message>
        <source>%1 is my role</source>
        <translation>%1 es mi rol</translation>
    </message>
    <message>
        <source>Following your role, %1, whatever role you browse.</source>
        <translation>Sigue tu rol, %1, veas el rol que veas.</translation>
    </message>
    <message>
        <source>Pick your role (Role, then “This is my role”) to see where you stand.</source>
        <translation>Elige tu rol (Rol, y luego «Este es mi rol») para ver dónde estás.</translation>
    </message>
    <message>
        <source>Where am I</source>
        <translation>Dónde estoy</translation>
    </message>
    <message>
        <source>My r&amp;ole:</source>
        <translation>Mi r&amp;ol:</translation>
    </message>
    <message>
        <source>Tar&amp;get level:</source>
        <translation>Nivel &amp;objetivo:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <source>Shown on your reports</source>
        <translation>Aparece en tus informes</translation>
    </message>
    <message>
        <source>My role</source>
        <translation>Mi rol</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Nivel objetivo</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Tu plan</translation>
    </message>
    <message>
        <source>Readiness per level</source>
        <translation>Preparación por nivel</translation>
    </message>
    <message>
        <source>How is this estimated?</source>
        <translation>¿Cómo se estima?</translation>
    </message>
</context>
<context>
    <name>SuggestChangeDialog</name>
    <message>
        <source>Suggest a change</source>
        <translation>Sugerir cambio</translation>
    </message>
    <message>
        <source>Why would this wording be better?</source>
        <translation>¿Por qué sería mejor esta redacción?</translation>
    </message>
    <message>
        <source>Proposed wording</source>
        <translation>Redacción propuesta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Save proposal</source>
        <translation>Guardar propuesta</translation>
    </message>
    <message>
        <source>Current wording:</source>
        <translation>Redacción actual:</translation>
    </message>
    <message>
        <source>&amp;Proposed wording:</source>
        <translation>Redacción &amp;propuesta:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>System</name>
    <message>
        <source>No such file or directory</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>sistema de archivos de solo lectura</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>no queda espacio en el disco</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>cuota de disco superada</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>el archivo ya existe</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>nombre de archivo demasiado largo</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>error de entrada/salida</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>demasiados niveles de enlaces simbólicos</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Connected as %1, who is not on the team yet.</source>
        <translation>Conectado como %1, que todavía no está en el equipo.</translation>
    </message>
    <message>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>Connected as %1 (%2).</source>
        <translation>Conectado como %1 (%2).</translation>
    </message>
    <message>
        <source>Withdraw a share</source>
        <translation>Retirar una autoevaluación compartida</translation>
    </message>
    <message>
        <source>Withdraw the shared check-in “%1”?</source>
        <translation>¿Retirar la autoevaluación compartida «%1»?</translation>
    </message>
    <message>
        <source>Its ratings, notes and standing are removed from the team database. The check-in stays on this laptop.</source>
        <translation>Sus valoraciones, notas y situación se quitan de la base de datos del equipo. La autoevaluación se queda en este portátil.</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirar</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Connect to your team&apos;s database first (Team › Connect…). Connect now?</source>
        <translation>Conecta primero con la base de datos de tu equipo (Equipo › Conectar…). ¿Conectar ahora?</translation>
    </message>
    <message>
        <source>Team database remembered; connected as %1.</source>
        <translation>Base de datos del equipo recordada; conectado como %1.</translation>
    </message>
    <message>
        <source>Share a check-in</source>
        <translation>Compartir una autoevaluación</translation>
    </message>
    <message>
        <source>There is no check-in to share: close one first (Check-ins menu).</source>
        <translation>No hay ninguna autoevaluación que compartir: cierra una primero (menú Autoevaluaciones).</translation>
    </message>
    <message numerus="yes">
        <source>Check-in shared with your team: %n rating(s).</source>
        <translation>
            <numerusform>Autoevaluación compartida con tu equipo: %n valoración.</numerusform>
            <numerusform>Autoevaluación compartida con tu equipo: %n valoraciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>That check-in was shared already; nothing changed.</source>
        <translation>Esa autoevaluación ya estaba compartida; no ha cambiado nada.</translation>
    </message>
    <message>
        <source>Check-in %1 withdrawn from the team.</source>
        <translation>Autoevaluación %1 retirada del equipo.</translation>
    </message>
    <message>
        <source>The team has published no framework yet.</source>
        <translation>El equipo todavía no ha publicado ningún marco.</translation>
    </message>
    <message numerus="yes">
        <source>The team&apos;s frameworks are installed: %n framework(s).</source>
        <translation>
            <numerusform>Los marcos del equipo están instalados: %n marco.</numerusform>
            <numerusform>Los marcos del equipo están instalados: %n marcos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rated requirement(s) changed wording since you rated them.</source>
        <translation>
            <numerusform>%n requisito valorado ha cambiado de redacción desde que lo valoraste.</numerusform>
            <numerusform>%n requisitos valorados han cambiado de redacción desde que los valoraste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This page shows the team to managers: the people who report to you and what they shared. You are not a manager on this team.</source>
        <translation>Esta página muestra el equipo a los responsables: las personas que dependen de ti y lo que han compartido. No eres responsable en este equipo.</translation>
    </message>
    <message>
        <source>This page shows your team to managers. Connect to your team&apos;s database first (Team › Connect…).</source>
        <translation>Esta página muestra tu equipo a los responsables. Conecta primero con la base de datos de tu equipo (Equipo › Conectar…).</translation>
    </message>
    <message>
        <source>The team could not be read again; the page shows it as read at %1. %2</source>
        <translation>No se pudo volver a leer el equipo; la página lo muestra tal como se leyó el %1. %2</translation>
    </message>
    <message>
        <source>None of the team&apos;s frameworks is installed here: pull them first (Team › Pull the team&apos;s frameworks).</source>
        <translation>Ninguno de los marcos del equipo está instalado aquí: tráelos primero (Equipo › Traer los marcos del equipo).</translation>
    </message>
    <message>
        <source>Save the team report</source>
        <translation>Guardar el informe del equipo</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Team report saved to %1</source>
        <translation>Informe del equipo guardado en %1</translation>
    </message>
</context>
<context>
    <name>TeamReportBuilder</name>
    <message>
        <source>Team report</source>
        <translation>Informe del equipo</translation>
    </message>
    <message>
        <source>Made on %1 from the check-ins people shared</source>
        <translation>Elaborado el %1 a partir de las autoevaluaciones compartidas</translation>
    </message>
    <message>
        <source>Where the team stands</source>
        <translation>Dónde está el equipo</translation>
    </message>
    <message>
        <source>Nobody reports to you on this team.</source>
        <translation>Nadie depende de ti en este equipo.</translation>
    </message>
    <message>
        <source>Readiness per level at each person&apos;s last shared check-in.</source>
        <translation>Preparación por nivel en la última autoevaluación compartida de cada persona.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Estimated level</source>
        <translation>Nivel estimado</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aún ninguno</translation>
    </message>
    <message>
        <source>Each person&apos;s last two shared check-ins</source>
        <translation>Las dos últimas autoevaluaciones compartidas de cada persona</translation>
    </message>
    <message>
        <source>Nobody has shared a check-in yet.</source>
        <translation>Nadie ha compartido aún una autoevaluación.</translation>
    </message>
    <message>
        <source>up</source>
        <translation>suben</translation>
    </message>
    <message>
        <source>down</source>
        <translation>bajan</translation>
    </message>
    <message>
        <source>newly rated</source>
        <translation>nuevas</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>borradas</translation>
    </message>
    <message>
        <source>One check-in shared, on %1: estimated level %2.</source>
        <translation>Una autoevaluación compartida, el %1: nivel estimado %2.</translation>
    </message>
    <message>
        <source>%1 → %2: estimated level %3 → %4.</source>
        <translation>%1 → %2: nivel estimado %3 → %4.</translation>
    </message>
    <message>
        <source>no rating changed</source>
        <translation>ninguna valoración ha cambiado</translation>
    </message>
    <message>
        <source>Ratings: %1.</source>
        <translation>Valoraciones: %1.</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Marco:</translation>
    </message>
    <message>
        <source>Team &amp;report…</source>
        <translation>&amp;Informe del equipo…</translation>
    </message>
    <message>
        <source>Save the team report as a PDF: the heat-map and each person&apos;s growth</source>
        <translation>Guardar el informe del equipo en PDF: el mapa de calor y el progreso de cada persona</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read the team&apos;s shared check-ins again</source>
        <translation>Volver a leer las autoevaluaciones compartidas del equipo</translation>
    </message>
    <message>
        <source>Team heat-map</source>
        <translation>Mapa de calor del equipo</translation>
    </message>
    <message>
        <source>Growth of the person chosen</source>
        <translation>Progreso de la persona elegida</translation>
    </message>
    <message>
        <source>Nobody reports to you on this team yet.</source>
        <translation>Todavía no depende nadie de ti en este equipo.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Estimated level</source>
        <translation>Nivel estimado</translation>
    </message>
    <message>
        <source>nothing shared yet</source>
        <translation>nada compartido todavía</translation>
    </message>
    <message>
        <source>no level yet</source>
        <translation>ningún nivel aún</translation>
    </message>
    <message>
        <source>%1, readiness for %2: %3</source>
        <translation>%1, preparación para %2: %3</translation>
    </message>
    <message>
        <source>%1 has shared no check-in yet.</source>
        <translation>%1 todavía no ha compartido ninguna autoevaluación.</translation>
    </message>
    <message>
        <source>%1, as %2: shared check-in of %3, estimated level %4.</source>
        <translation>%1, como %2: autoevaluación compartida del %3, nivel estimado %4.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>Only one shared check-in: nothing to compare yet.</source>
        <translation>Solo hay una autoevaluación compartida: todavía no hay nada que comparar.</translation>
    </message>
    <message>
        <source>Before, the check-in of %1: estimated level %2.</source>
        <translation>Antes, la autoevaluación del %1: nivel estimado %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n up</source>
        <translation>
            <numerusform>%n sube</numerusform>
            <numerusform>%n suben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n baja</numerusform>
            <numerusform>%n bajan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newly rated</source>
        <translation>
            <numerusform>%n valorado por primera vez</numerusform>
            <numerusform>%n valorados por primera vez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation>
            <numerusform>%n borrado</numerusform>
            <numerusform>%n borrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Ratings since: %1.</source>
        <translation>Valoraciones desde entonces: %1.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Última</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>same</source>
        <translation>igual</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Skill Ladder user guide</source>
        <translation>Guía de uso de Skill Ladder</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation: %1</source>
        <translation>Falta la guía de uso en esta instalación: %1</translation>
    </message>
</context>
<context>
    <name>WindowController</name>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Skill Ladder</source>
        <translation>Skill Ladder</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Could not read your data: %1</source>
        <translation>No se pudieron leer tus datos: %1</translation>
    </message>
    <message>
        <source>clear the rating</source>
        <translation>borrar la valoración</translation>
    </message>
    <message>
        <source>rate “%1”</source>
        <translation>valoración «%1»</translation>
    </message>
    <message>
        <source>Proposal saved (see Proposals)</source>
        <translation>Propuesta guardada (consulta Propuestas)</translation>
    </message>
    <message>
        <source>Export proposals</source>
        <translation>Exportar propuestas</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Proposals exported to %1</source>
        <translation>Propuestas exportadas a %1</translation>
    </message>
    <message numerus="yes">
        <source>Check-in closed: %n rating(s) kept</source>
        <translation>
            <numerusform>Autoevaluación cerrada: %n valoración guardada</numerusform>
            <numerusform>Autoevaluación cerrada: %n valoraciones guardadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename check-in</source>
        <translation>Renombrar autoevaluación</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Last check-in: %1</source>
        <translation>Última autoevaluación: %1</translation>
    </message>
    <message>
        <source>No check-in yet</source>
        <translation>Aún no hay autoevaluaciones</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw a share</source>
        <translation>Retirar una autoevaluación compartida</translation>
    </message>
    <message>
        <source>Your shared check-ins</source>
        <translation>Tus autoevaluaciones compartidas</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <source>The check-ins you shared with your team:</source>
        <translation>Las autoevaluaciones que has compartido con tu equipo:</translation>
    </message>
    <message>
        <source>You have shared no check-in.</source>
        <translation>No has compartido ninguna autoevaluación.</translation>
    </message>
    <message>
        <source>with notes</source>
        <translation>con notas</translation>
    </message>
    <message>
        <source>without notes</source>
        <translation>sin notas</translation>
    </message>
    <message>
        <source>Check-in of %1 · shared %2 · %3 · %4</source>
        <translation>Autoevaluación del %1 · compartida el %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n valoración</numerusform>
            <numerusform>%n valoraciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>muestra este mensaje de ayuda y sale</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>se requieren los siguientes argumentos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor de tipo %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría coincidir con %(matches)s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se requiere uno de los argumentos %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite con el argumento %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el argumento explícito %r</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>analizador desconocido %(parser_name)r (opciones: %(choices)s)</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>muestra el número de versión del programa y sale</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Skill Ladder</source>
        <translation>Skill Ladder</translation>
    </message>
</context>
</TS>
