<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Cli</name>
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
        <source>install a profile file</source>
        <translation>instala un archivo de perfil</translation>
    </message>
    <message>
        <source>write an installed profile to a file</source>
        <translation>escribe un perfil instalado en un archivo</translation>
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
        <source>Your current data is set aside (not deleted) and replaced by:</source>
        <translation>Tus datos actuales se apartan (no se borran) y se reemplazan por:</translation>
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
        <source>Skill Ladder profiles (*.json)</source>
        <translation>Perfiles de Skill Ladder (*.json)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
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
    <name>LevelSlider</name>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
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
        <source>Opening your data…</source>
        <translation>Abriendo tus datos…</translation>
    </message>
    <message>
        <source>Skill Ladder</source>
        <translation>Skill Ladder</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Compare with next level</source>
        <translation>Comparar con el siguiente nivel</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <source>Check-ins and growth</source>
        <translation>Autoevaluaciones y progreso</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
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
        <source>Expectation cards</source>
        <translation>Tarjetas de expectativas</translation>
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
        <source>&amp;Cards</source>
        <translation>&amp;Tarjetas</translation>
    </message>
    <message>
        <source>Compare with &amp;next level</source>
        <translation>&amp;Comparar con el siguiente nivel</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matriz</translation>
    </message>
    <message>
        <source>Check-ins and &amp;growth</source>
        <translation>Autoevaluaciones y &amp;progreso</translation>
    </message>
    <message>
        <source>&amp;Proposals</source>
        <translation>P&amp;ropuestas</translation>
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
</context>
<context>
    <name>Messages</name>
    <message>
        <source>boolean (true or false)</source>
        <translation>booleano (true o false)</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>número entero</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>a required field is missing</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
    <message>
        <source>must be a %1</source>
        <translation>debe ser de tipo %1</translation>
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
        <source>The file is not a valid profile (%n problem(s)).</source>
        <translation>El archivo no es un perfil válido (problemas: %n).</translation>
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
        <source>--data-dir needs a folder name.</source>
        <translation>--data-dir necesita el nombre de una carpeta.</translation>
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
        <source>Say which role on the ladder is yours: --role ROLE.</source>
        <translation>Indica cuál es tu rol en la escala: --role ROL.</translation>
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
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Something went wrong that should not have. Details are in %1.</source>
        <translation>Se produjo un error inesperado. Encontrarás los detalles en %1.</translation>
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
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Your ratings and evidence, by level</source>
        <translation>Tus valoraciones y evidencias, por nivel</translation>
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
        <source>Growth</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>No earlier check-in yet: close one to see your growth next time.</source>
        <translation>Aún no hay autoevaluaciones anteriores: cierra una para ver tu progreso la próxima vez.</translation>
    </message>
    <message>
        <source>What changed since the check-in of %1:</source>
        <translation>Qué cambió desde la autoevaluación del %1:</translation>
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
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Borrada</translation>
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
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>StandingPanel</name>
    <message>
        <source>No target yet</source>
        <translation>Aún sin objetivo</translation>
    </message>
    <message>
        <source>Pick a role to see where you stand.</source>
        <translation>Elige un rol para ver dónde estás.</translation>
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
        <source>Gaps up to %1: %2 required, %3 optional</source>
        <translation>Brechas hasta %1 (obligatorias: %2, opcionales: %3)</translation>
    </message>
    <message>
        <source>No gaps: every requirement up to the next level is met.</source>
        <translation>Sin brechas: cumples todos los requisitos hasta el siguiente nivel.</translation>
    </message>
    <message>
        <source>%1

Enter or double-click opens its card.</source>
        <translation>%1

Intro o doble clic abre su tarjeta.</translation>
    </message>
    <message>
        <source>Where am I</source>
        <translation>Dónde estoy</translation>
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
        <source>Target level</source>
        <translation>Nivel objetivo</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Brechas</translation>
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
        <source>Import a profile to begin (File › Import profile…).</source>
        <translation>Importa un perfil para empezar (Archivo › Importar perfil…).</translation>
    </message>
    <message>
        <source>Nothing is expected of this role at this level.</source>
        <translation>No se espera nada de este rol en este nivel.</translation>
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
    <message>
        <source>Close a check-in</source>
        <translation>Cerrar autoevaluación</translation>
    </message>
    <message>
        <source>A note for this check-in (optional):</source>
        <translation>Una nota para esta autoevaluación (opcional):</translation>
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
        <source>Delete check-in</source>
        <translation>Eliminar autoevaluación</translation>
    </message>
    <message>
        <source>Delete this check-in? Your current ratings are not affected.</source>
        <translation>¿Eliminar esta autoevaluación? Tus valoraciones actuales no cambian.</translation>
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
