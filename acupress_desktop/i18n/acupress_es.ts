<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Acupress</source>
        <translation>Acerca de Acupress</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Acupress %1&lt;/h3&gt;&lt;p&gt;Shows where acupressure points for back pain are and guides you through them.&lt;/p&gt;&lt;p&gt;Point locations follow the WHO Standard Acupuncture Point Locations (2008). The evidence notes say honestly how much is known. This is self-care information, not medical advice.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Acupress %1&lt;/h3&gt;&lt;p&gt;Muestra dónde están los puntos de acupresión para el dolor de espalda y le guía para presionarlos uno tras otro.&lt;/p&gt;&lt;p&gt;La ubicación de los puntos sigue la norma de la OMS sobre la localización de los puntos de acupuntura (WHO Standard Acupuncture Point Locations, 2008). Las notas sobre la evidencia dicen con honestidad cuánto se sabe. Es información para el autocuidado, no consejo médico.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Acupress is free software: you can share and change it under the GNU General Public License, version 3 or later.</source>
        <translation>Acupress es software libre: puede compartirlo y modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>Third-party &amp;licences</source>
        <translation>&amp;Licencias de terceros</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>Licencias de terceros</translation>
    </message>
    <message>
        <source>The licences of the free software Acupress is built on</source>
        <translation>Las licencias del software libre sobre el que está construido Acupress</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Chosen points</source>
        <extracomment>why sound or speech cannot play (said once; Settings shows them) the open pregnancy question and red-flag notice (the newest), if any</extracomment>
        <translation>Puntos elegidos</translation>
    </message>
    <message>
        <source>Traditionally avoided in pregnancy: %1.</source>
        <translation>Tradicionalmente se evitan en el embarazo: %1.</translation>
    </message>
    <message>
        <source>Press only lightly in pregnancy, after asking a professional: %1.</source>
        <translation>En el embarazo, presione solo suavemente y después de consultar a un profesional: %1.</translation>
    </message>
    <message>
        <source>Ask your midwife or doctor before using acupressure in pregnancy.</source>
        <translation>Consulte a su matrona o a su médico antes de usar la acupresión durante el embarazo.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>You have said that you are pregnant. This session has points marked for pregnancy.</source>
        <translation>Ha indicado que está embarazada. Esta sesión incluye puntos marcados para el embarazo.</translation>
    </message>
    <message>
        <source>Start anyway</source>
        <translation>Empezar de todos modos</translation>
    </message>
    <message>
        <source>Do not start</source>
        <translation>No empezar</translation>
    </message>
    <message>
        <source>Routines unavailable</source>
        <translation>Rutinas no disponibles</translation>
    </message>
    <message>
        <source>No such routine</source>
        <translation>No existe esa rutina</translation>
    </message>
    <message>
        <source>There is no routine called “%1”.</source>
        <translation>No hay ninguna rutina llamada «%1».</translation>
    </message>
    <message>
        <source>Pain scores not saved</source>
        <translation>No se guardaron las puntuaciones de dolor</translation>
    </message>
    <message>
        <source>Session not saved</source>
        <translation>Sesión no guardada</translation>
    </message>
    <message>
        <source>There is no point “%1”.</source>
        <extracomment>the main window&apos;s tabs</extracomment>
        <translation>No hay ningún punto «%1».</translation>
    </message>
    <message>
        <source>%1 is waiting on the Points page, after the session.</source>
        <translation>%1 le espera en la página Puntos, después de la sesión.</translation>
    </message>
    <message>
        <source>%1 is hidden from the cards because of the pregnancy setting; its details are shown.</source>
        <translation>%1 no aparece entre las fichas por el ajuste de embarazo; se muestran sus detalles.</translation>
    </message>
    <message>
        <source>Your saved data</source>
        <translation>Sus datos guardados</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restaurar la copia de seguridad más reciente</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Copia de seguridad no restaurada</translation>
    </message>
    <message>
        <source>Restored the backup from %1.</source>
        <translation>Se ha restaurado la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>A guided acupressure session is running</source>
        <translation>Hay una sesión guiada de acupresión en curso</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <extracomment>the open settings dialog (one at a time), or None</extracomment>
        <translation>Ajustes no guardados</translation>
    </message>
    <message>
        <source>Time for acupressure</source>
        <extracomment>The notification&apos;s actions that bring the window up and start the favourite routine. The desktop entry and icon the notification names when the app has none set. the controller&apos;s ticker, once built</extracomment>
        <translation>Es la hora de la acupresión</translation>
    </message>
    <message>
        <source>A few calm minutes for your back: open Acupress and start a routine.</source>
        <translation>Unos minutos tranquilos para su espalda: abra Acupress y empiece una rutina.</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Empezar %1</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Elegir una rutina</translation>
    </message>
    <message>
        <source>Open Acupress</source>
        <translation>Abrir Acupress</translation>
    </message>
    <message>
        <source>Settings reset</source>
        <translation>Ajustes restablecidos</translation>
    </message>
    <message>
        <source>Acupress is already running</source>
        <translation>Acupress ya está abierto</translation>
    </message>
    <message>
        <source>Acupress cannot start</source>
        <translation>Acupress no puede iniciarse</translation>
    </message>
    <message>
        <source>The point catalogue is damaged: %1</source>
        <translation>El catálogo de puntos está dañado: %1</translation>
    </message>
    <message>
        <source>Acupress is already running with the data folder “%1”, but it does not answer. Close that copy of Acupress (if it is stuck, end it) and start Acupress again.</source>
        <extracomment>How long a later copy waits for an answer from the copy that holds the data folder&apos;s lock (it may still be starting); after that it is taken to be stopped or hung.</extracomment>
        <translation>Acupress ya está abierto con la carpeta de datos «%1», pero no responde. Cierre esa copia de Acupress (si se ha quedado bloqueada, finalícela) y vuelva a abrir Acupress.</translation>
    </message>
    <message>
        <source>Acupress is already running with the data folder “%1” (process %2), but it does not answer. Close that copy of Acupress (if it is stuck, end process %2) and start Acupress again.</source>
        <translation>Acupress ya está abierto con la carpeta de datos «%1» (proceso %2), pero no responde. Cierre esa copia de Acupress (si se ha quedado bloqueada, finalice el proceso %2) y vuelva a abrir Acupress.</translation>
    </message>
    <message>
        <source>Starts Acupress quietly, so the daily reminder can come</source>
        <translation>Inicia Acupress en silencio, para que llegue el recordatorio diario</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al entrar</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>Body map</source>
        <translation>Mapa del cuerpo</translation>
    </message>
    <message>
        <source>Click a region, or use the arrow keys and Enter</source>
        <translation>Haga clic en una zona, o use las flechas y la tecla Intro</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>De frente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>De espaldas</translation>
    </message>
    <message>
        <source>every region</source>
        <translation>todas las zonas</translation>
    </message>
    <message>
        <source>Showing %1. Arrow keys move to %2; Enter picks it.</source>
        <translation>Se muestra: %1. Las flechas llevan a: %2; Intro elige esa zona.</translation>
    </message>
</context>
<context>
    <name>Breathing</name>
    <message>
        <source>Relaxed (4 in, 6 out)</source>
        <translation>Relajada (inspirar 4, espirar 6)</translation>
    </message>
    <message>
        <source>Box (4-4-4-4)</source>
        <translation>Cuadrada (4-4-4-4)</translation>
    </message>
    <message>
        <source>4-7-8</source>
        <translation>4-7-8</translation>
    </message>
    <message>
        <source>Resonant (5.5 in, 5.5 out)</source>
        <translation>Resonante (inspirar 5,5, espirar 5,5)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizada</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathe in</source>
        <translation>Inspire</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="vanished">Retenga</translation>
    </message>
    <message>
        <source>Breathe out — press</source>
        <extracomment>The smallest circle (empty lungs) as a share of the largest (full lungs). Height of the words line under the circle, as a share of the widget&apos;s shorter side. Opacity of the circle&apos;s soft fill. From this outline width (px) up, the outline covers the jagged edge of a disc filled without antialiasing (an aliased edge strays up to a pixel from the true circle).</extracomment>
        <translation>Espire — presione</translation>
    </message>
    <message>
        <source>Breathe in — ease</source>
        <translation>Inspire — afloje</translation>
    </message>
    <message>
        <source>Hold the breath</source>
        <translation>Contenga la respiración</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espire</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>Guía de respiración</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Detenida</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>Thickness of the ring (track and arc) as a share of the widget&apos;s side. Clear space around the ring (for antialiasing and focus), as a share of the side. Below this many seconds every second is announced; above it, every ten.</extracomment>
        <translation>Tiempo restante: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Paused</source>
        <extracomment>a digit&apos;s height per font key (see ``digit_height``)</extracomment>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Cuenta atrás</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Something went wrong inside Acupress. Your routines and history are saved, but the session that was running may not have been.</source>
        <translation>Algo ha fallado dentro de Acupress. Sus rutinas y su historial están guardados, pero puede que la sesión en curso no se haya guardado.</translation>
    </message>
    <message>
        <source>Something went wrong inside Acupress. Your routines and history are saved; the session that was running was stopped and kept in your history.</source>
        <translation>Algo ha fallado dentro de Acupress. Sus rutinas y su historial están guardados; la sesión en curso se ha detenido y se ha guardado en su historial.</translation>
    </message>
    <message>
        <source>Something went wrong inside Acupress. Your routines and history are saved.</source>
        <translation>Algo ha fallado dentro de Acupress. Sus rutinas y su historial están guardados.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ha pasado</translation>
    </message>
    <message>
        <source>You can go on using Acupress, or quit and start it again. If it happens again, “Copy details” puts a report for the developers on the clipboard. The details are also in the log file:</source>
        <translation>Puede seguir usando Acupress, o salir y volver a abrirlo. Si vuelve a ocurrir, «Copiar los detalles» pone en el portapapeles un informe para los desarrolladores. Los detalles también están en el archivo de registro:</translation>
    </message>
    <message>
        <source>You can go on using Acupress, or quit and start it again. If it happens again, “Copy details” puts a report for the developers on the clipboard.</source>
        <translation>Puede seguir usando Acupress, o salir y volver a abrirlo. Si vuelve a ocurrir, «Copiar los detalles» pone en el portapapeles un informe para los desarrolladores.</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Qué puede hacer</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Archivo de registro</translation>
    </message>
    <message>
        <source>The details are on the clipboard.</source>
        <translation>Los detalles están en el portapapeles.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar los detalles</translation>
    </message>
    <message>
        <source>&amp;Open log folder</source>
        <translation>&amp;Abrir la carpeta del registro</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Sound cues are off: no audio device was found.</source>
        <extracomment>A tick that could not start within this many seconds of its due time is dropped. A sound still &quot;playing&quot; this long after it started is treated as finished (lost notification). 3-2-1 ticks not played because a sentence was being said when they were due</extracomment>
        <translation>Los avisos sonoros están desactivados: no se ha encontrado ningún dispositivo de audio.</translation>
    </message>
    <message>
        <source>Spoken prompts are off: no speech engine is available.</source>
        <translation>Las indicaciones habladas están desactivadas: no hay ningún motor de voz disponible.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The data file “%1” is damaged (%2), and it could not be moved aside because %3. Nothing was changed. %4</source>
        <translation>El archivo de datos «%1» está dañado (%2) y no se ha podido apartar porque %3. No se ha cambiado nada. %4</translation>
    </message>
    <message>
        <source>The data file “%1” is damaged (%2) and could not be moved aside (%3). Nothing was changed; move the file somewhere else yourself and start Acupress again.</source>
        <translation>El archivo de datos «%1» está dañado (%2) y no se ha podido apartar (%3). No se ha cambiado nada; mueva el archivo a otra carpeta y vuelva a abrir Acupress.</translation>
    </message>
    <message>
        <source>The data file is closed; start Acupress again.</source>
        <translation>El archivo de datos está cerrado; vuelva a abrir Acupress.</translation>
    </message>
    <message>
        <source>Acupress could not read the data file (%1). Nothing was changed; start Acupress again, and restore a backup if the problem stays.</source>
        <translation>Acupress no ha podido leer el archivo de datos (%1). No se ha cambiado nada; vuelva a abrir Acupress y, si el problema continúa, restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>Acupress is running with a temporary store, so it makes no backups and restores none; start Acupress again once the data file can be used.</source>
        <translation>Acupress está funcionando con un almacén temporal, así que no hace copias de seguridad ni restaura ninguna; vuelva a abrir Acupress cuando se pueda usar el archivo de datos.</translation>
    </message>
    <message>
        <source>The backup “%1” was made by a newer version of Acupress, so it was not restored. Your current data is unchanged.</source>
        <translation>La copia de seguridad «%1» se hizo con una versión más reciente de Acupress, así que no se ha restaurado. Sus datos actuales no han cambiado.</translation>
    </message>
    <message>
        <source>%1 The backup was not restored.</source>
        <translation>%1 No se ha restaurado la copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup “%1” is damaged (%2), so it was not restored. Your current data is unchanged; choose another backup.</source>
        <translation>La copia de seguridad «%1» está dañada (%2), así que no se ha restaurado. Sus datos actuales no han cambiado; elija otra copia de seguridad.</translation>
    </message>
    <message>
        <source>The data file could not be updated for this version of Acupress (step %1: %2). It was left as it was, so nothing was lost; please report this problem.</source>
        <translation>No se ha podido actualizar el archivo de datos para esta versión de Acupress (paso %1: %2). Se ha dejado como estaba, así que no se ha perdido nada; por favor, informe de este problema.</translation>
    </message>
    <message>
        <source>An automatic backup could not be made in “%1” (%2). Your data is unchanged; Acupress will try again the next time it starts.</source>
        <translation>No se ha podido hacer una copia de seguridad automática en «%1» (%2). Sus datos no han cambiado; Acupress lo volverá a intentar la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>the folder could not be created (%1)</source>
        <translation>no se ha podido crear la carpeta (%1)</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>la carpeta es de solo lectura</translation>
    </message>
    <message>
        <source>the file “%1” is read-only</source>
        <translation>el archivo «%1» es de solo lectura</translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file (%2), so Acupress cannot keep its data in it. Nothing was changed; move it somewhere else (or start Acupress with --data-dir and another folder) and start Acupress again.</source>
        <translation>«%1» no es un archivo normal (%2), así que Acupress no puede guardar sus datos en él. No se ha cambiado nada; muévalo a otro sitio (o abra Acupress con --data-dir y otra carpeta) y vuelva a abrir Acupress.</translation>
    </message>
    <message>
        <source>The data file “%1” cannot be read (%2). Nothing was changed; check the file&apos;s permissions and start Acupress again.</source>
        <translation>No se puede leer el archivo de datos «%1» (%2). No se ha cambiado nada; compruebe los permisos del archivo y vuelva a abrir Acupress.</translation>
    </message>
    <message>
        <source>The data file “%1” cannot be read (%2). Nothing was changed; start Acupress again, and check the disk if this keeps happening.</source>
        <translation>No se puede leer el archivo de datos «%1» (%2). No se ha cambiado nada; vuelva a abrir Acupress y, si sigue pasando, revise el disco.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>el archivo está incompleto</translation>
    </message>
    <message>
        <source>the integrity check found damage</source>
        <translation>la comprobación de integridad ha encontrado daños</translation>
    </message>
    <message>
        <source>it is not an Acupress data file</source>
        <translation>no es un archivo de datos de Acupress</translation>
    </message>
    <message>
        <source>The data file “%1” was saved by a newer version of Acupress (data version %2; this version understands up to %3). It was left untouched. Install the newer Acupress to use it, or start this one with --data-dir and another folder.</source>
        <translation>El archivo de datos «%1» se guardó con una versión más reciente de Acupress (versión de datos %2; esta versión entiende hasta la %3). No se ha tocado. Instale la versión más reciente de Acupress para usarlo, o abra esta con --data-dir y otra carpeta.</translation>
    </message>
    <message>
        <source>Acupress could not open the data file “%1” for saving (%2). It is not damaged and was left as it was: what it holds is shown, but nothing new can be saved. %3</source>
        <translation>Acupress no ha podido abrir el archivo de datos «%1» para guardar (%2). No está dañado y se ha dejado como estaba: se muestra lo que contiene, pero no se puede guardar nada nuevo. %3</translation>
    </message>
    <message>
        <source>Acupress could not open the data file “%1” (%2). It is not damaged and was left as it was, so nothing in it was lost. %3</source>
        <translation>Acupress no ha podido abrir el archivo de datos «%1» (%2). No está dañado y se ha dejado como estaba, así que no se ha perdido nada de lo que contiene. %3</translation>
    </message>
    <message>
        <source>Free some disk space and start Acupress again.</source>
        <translation>Libere espacio en el disco y vuelva a abrir Acupress.</translation>
    </message>
    <message>
        <source>Close the other program using it (perhaps a second copy of Acupress) and start Acupress again.</source>
        <translation>Cierre el otro programa que lo está usando (quizá otra copia de Acupress) y vuelva a abrir Acupress.</translation>
    </message>
    <message>
        <source>Start Acupress again; if this keeps happening, check the disk.</source>
        <translation>Vuelva a abrir Acupress; si sigue pasando, revise el disco.</translation>
    </message>
    <message>
        <source>There is no automatic backup to restore.</source>
        <extracomment>How files are stamped with the UTC time, in backup names and in the names of files set aside.</extracomment>
        <translation>No hay ninguna copia de seguridad automática que restaurar.</translation>
    </message>
    <message>
        <source>The latest automatic backup is from %1 UTC; you can restore it from the list of backups.</source>
        <translation>La copia de seguridad automática más reciente es del %1 (UTC); puede restaurarla desde la lista de copias de seguridad.</translation>
    </message>
    <message>
        <source>A leftover change log beside the data file (“acupress.sqlite3-wal”) did not belong to it: it came from another data file, or from before an older copy of the file was put back. Acupress opened your data file without it, so you see what the file itself holds; the log was kept as “%1” in “%2”.</source>
        <translation>Junto al archivo de datos había un registro de cambios pendiente («acupress.sqlite3-wal») que no era suyo: venía de otro archivo de datos, o de antes de que se volviera a poner una copia más antigua del archivo. Acupress ha abierto su archivo de datos sin él, así que ve lo que contiene el propio archivo; el registro se ha guardado como «%1» en «%2».</translation>
    </message>
    <message>
        <source>A leftover change log beside the data file (“acupress.sqlite3-wal”) did not belong to it: it came from another data file, or from before an older copy of the file was put back. Acupress shows your data file without it; the log was left where it is.</source>
        <translation>Junto al archivo de datos había un registro de cambios pendiente («acupress.sqlite3-wal») que no era suyo: venía de otro archivo de datos, o de antes de que se volviera a poner una copia más antigua del archivo. Acupress muestra su archivo de datos sin él; el registro se ha dejado donde estaba.</translation>
    </message>
    <message>
        <source>Your saved routines and history could not be read because the data file is damaged (%1). It was kept as “%2” in “%3”, and a new, empty data file was started.</source>
        <translation>No se han podido leer sus rutinas guardadas ni su historial porque el archivo de datos está dañado (%1). Se ha guardado aparte como «%2» en «%3» y se ha empezado un archivo de datos nuevo y vacío.</translation>
    </message>
    <message>
        <source>Acupress cannot save in the data folder “%1” because %2. Anything saved before is shown, but changes will not be kept. To save again, make it writable (or start Acupress with --data-dir and a folder you can write to) and restart Acupress.</source>
        <translation>Acupress no puede guardar en la carpeta de datos «%1» porque %2. Se muestra todo lo que se guardó antes, pero los cambios no se conservarán. Para volver a guardar, permita la escritura en la carpeta (o abra Acupress con --data-dir y una carpeta en la que pueda escribir) y reinicie Acupress.</translation>
    </message>
    <message>
        <source>Acupress could not save because the data file is in use by another program, perhaps a second copy of Acupress. Nothing that was already saved was lost; close the other copy and try again.</source>
        <extracomment>SQLite error names that mean the file or the disk refused a write (not a mistake in the SQL).</extracomment>
        <translation>Acupress no ha podido guardar porque otro programa está usando el archivo de datos; quizá Acupress esté abierto dos veces. No se ha perdido nada de lo que ya estaba guardado; cierre el otro Acupress y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Acupress could not save because the disk is full. Nothing that was already saved was lost; free some disk space and try again.</source>
        <translation>Acupress no ha podido guardar porque el disco está lleno. No se ha perdido nada de lo que ya estaba guardado; libere espacio en el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Acupress could not save because “%1” cannot be written to. Nothing that was already saved was lost; make the data folder writable and start Acupress again.</source>
        <translation>Acupress no ha podido guardar porque no se puede escribir en «%1». No se ha perdido nada de lo que ya estaba guardado; permita la escritura en la carpeta de datos y vuelva a abrir Acupress.</translation>
    </message>
    <message>
        <source>Acupress could not save (%1). Nothing that was already saved was lost; try again, and restart Acupress if it keeps happening.</source>
        <translation>Acupress no ha podido guardar (%1). No se ha perdido nada de lo que ya estaba guardado; vuelva a intentarlo y, si sigue ocurriendo, reinicie Acupress.</translation>
    </message>
    <message>
        <source>%1 Acupress is running with an empty, temporary store: routines and sessions you save now will not be kept.</source>
        <extracomment>Folders that older versions made for a temporary store and never removed. A scratch folder untouched this long is stale (a younger one may belong to a running copy).</extracomment>
        <translation>%1 Acupress funciona con un almacén temporal vacío: las rutinas y sesiones que guarde ahora no se conservarán.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>In short</source>
        <translation>En resumen</translation>
    </message>
    <message>
        <source>Pressing acupressure points yourself is low-risk and may ease back pain for some people for a while. The evidence is modest: it comes mostly from small trials, or from trials in which a trained practitioner did the pressing. Staying active and exercising remain the main treatments for back pain. Whether one point works better than another is not known.</source>
        <translation>Presionar uno mismo los puntos de acupresión tiene poco riesgo y puede aliviar el dolor de espalda a algunas personas durante un tiempo. Las pruebas son modestas: proceden sobre todo de ensayos pequeños, o de ensayos en los que presionaba un profesional con formación. Mantenerse activo y hacer ejercicio siguen siendo los tratamientos principales del dolor de espalda. No se sabe si un punto funciona mejor que otro.</translation>
    </message>
    <message>
        <source>When a practitioner pressed</source>
        <translation>Cuando presionaba un profesional</translation>
    </message>
    <message>
        <source>Two trials in Taiwan, with 146 and 129 people with long-lasting low back pain, compared a month of acupressure given by practitioners with physical therapy. Pain and disability were lower after acupressure, and the difference lasted six months. A commentary in the BMJ called the effects unusually large.</source>
        <translation>Dos ensayos en Taiwán, con 146 y 129 personas con dolor lumbar de larga duración, compararon un mes de acupresión aplicada por profesionales con la fisioterapia. El dolor y la discapacidad fueron menores tras la acupresión, y la diferencia duró seis meses. Un comentario en la revista BMJ calificó los efectos de inusualmente grandes.</translation>
    </message>
    <message>
        <source>When people pressed themselves</source>
        <translation>Cuando presionaban las propias personas</translation>
    </message>
    <message>
        <source>In a pilot trial with 67 people with long-lasting low back pain, six weeks of daily self-acupressure, 3 minutes a point and about half an hour a day, left pain about a third lower than usual care; disability and sleep did not change. In a trial with 84 people, four weeks of daily self-acupressure at three points eased low back pain more than pressing sham points. No large trial of self-acupressure for back pain has been published.</source>
        <translation>En un ensayo piloto con 67 personas con dolor lumbar de larga duración, seis semanas de autoacupresión diaria, 3 minutos por punto y una media hora al día, dejaron el dolor aproximadamente un tercio por debajo del de la atención habitual; la discapacidad y el sueño no cambiaron. En un ensayo con 84 personas, cuatro semanas de autoacupresión diaria en tres puntos aliviaron el dolor lumbar más que presionar puntos simulados. No se ha publicado ningún ensayo grande de autoacupresión para el dolor de espalda.</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>A review of 23 trials with 2,400 people, most of them in China, found that acupressure eased pain more than physical therapy (moderate certainty) or usual care (low certainty). A smaller review of 6 trials found benefit in all of them and no serious harm. A review of Chinese-medicine treatments for neck and back pain found that acupressure may help in the short term. A Cochrane review of massage for low back pain rated its evidence low to very low.</source>
        <translation>Una revisión de 23 ensayos con 2400 personas, la mayoría en China, encontró que la acupresión aliviaba el dolor más que la fisioterapia (certeza moderada) o que la atención habitual (certeza baja). Una revisión más pequeña, de 6 ensayos, encontró beneficio en todos y ningún daño grave. Una revisión de los tratamientos de la medicina china para el dolor de cuello y de espalda encontró que la acupresión puede ayudar a corto plazo. Una revisión Cochrane del masaje para el dolor lumbar calificó sus pruebas de baja a muy baja calidad.</translation>
    </message>
    <message>
        <source>Real and sham points</source>
        <translation>Puntos reales y puntos simulados</translation>
    </message>
    <message>
        <source>In a trial of self-acupressure for knee arthritis, pressing sham points helped as much as pressing the real ones, and both did better than usual care. Part of the benefit may come from pressing and relaxing, not from the exact spot.</source>
        <translation>En un ensayo de autoacupresión para la artrosis de rodilla, presionar puntos simulados ayudó tanto como presionar los reales, y ambos funcionaron mejor que la atención habitual. Parte del beneficio puede venir de presionar y relajarse, no del lugar exacto.</translation>
    </message>
    <message>
        <source>The only study is a small one: 33 women with neck pain were given acupressure at points including SI14, and their pain fell, but they were not compared with women who had no pressure.</source>
        <translation>El único estudio es pequeño: 33 mujeres con dolor de cuello recibieron acupresión en puntos que incluían SI14, y su dolor disminuyó, pero no se las comparó con mujeres que no recibieron presión.</translation>
    </message>
    <message>
        <source>What guidelines say</source>
        <translation>Qué dicen las guías clínicas</translation>
    </message>
    <message>
        <source>The NICE guideline on low back pain and sciatica (NG59, UK) does not recommend acupuncture. It allows massage and other hands-on therapy only together with exercise, and it says nothing about acupressure in particular.</source>
        <translation>La guía NICE sobre el dolor lumbar y la ciática (NG59, Reino Unido) no recomienda la acupuntura. Solo admite el masaje y otras terapias manuales junto con el ejercicio, y no dice nada de la acupresión en concreto.</translation>
    </message>
    <message>
        <source>Harms</source>
        <translation>Daños</translation>
    </message>
    <message>
        <source>In the trial of self-acupressure for back pain, the only harms were minor and came from pressing too hard. See the pressure scale, and the safety notice for when to get medical help instead.</source>
        <translation>En el ensayo de autoacupresión para el dolor de espalda, los únicos daños fueron leves y se debieron a presionar demasiado fuerte. Consulte la escala de presión, y el aviso de seguridad para saber cuándo buscar ayuda médica en su lugar.</translation>
    </message>
    <message>
        <source>In this app</source>
        <translation>En esta aplicación</translation>
    </message>
    <message>
        <source>Point locations follow the WHO standard of 2008. Each point&apos;s card says what is known about that point, which is often only tradition or needling studies. The ways to find points and some cautions also draw on acupuncture reference books, websites and datasets; these are not evidence that a point helps.</source>
        <translation>La ubicación de los puntos sigue la norma de la OMS de 2008. La ficha de cada punto dice lo que se sabe de ese punto, que a menudo es solo la tradición o estudios con agujas. Las formas de encontrar los puntos y algunas precauciones también se basan en libros, sitios web y bases de datos de acupuntura; no son pruebas de que un punto ayude.</translation>
    </message>
    <message>
        <source>About the evidence</source>
        <translation>Lo que dicen los estudios</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>About the evidence</source>
        <translation>Lo que dicen los estudios</translation>
    </message>
    <message>
        <source>About the evidence, text</source>
        <translation>Lo que dicen los estudios, texto</translation>
    </message>
</context>
<context>
    <name>FingerGuide</name>
    <message>
        <source>One thumb-width = 1 cun</source>
        <extracomment>The measures in the guide, smallest first (finger counts; 1 is the thumb&apos;s width).</extracomment>
        <translation>Un pulgar de ancho = 1 cun</translation>
    </message>
    <message>
        <source>Two fingers = 1.5 cun</source>
        <translation>Dos dedos = 1,5 cun</translation>
    </message>
    <message>
        <source>Three fingers = 2 cun</source>
        <translation>Tres dedos = 2 cun</translation>
    </message>
    <message>
        <source>Four fingers = 3 cun</source>
        <translation>Cuatro dedos = 3 cun</translation>
    </message>
    <message>
        <source>The width of your thumb across its knuckle joint. When a step says “one finger-width”, use this.</source>
        <translation>El ancho de su pulgar a la altura de su articulación. Cuando un paso diga «un dedo de ancho», use esta medida.</translation>
    </message>
    <message>
        <source>Your index and middle fingers side by side, measured across the middle knuckles. A common convention, not part of the WHO standard.</source>
        <translation>Los dedos índice y medio juntos, medidos a la altura de los nudillos del medio. Es una convención habitual, no forma parte de la norma de la OMS.</translation>
    </message>
    <message>
        <source>Your index, middle and ring fingers side by side, measured across the middle knuckles. A common convention, not part of the WHO standard.</source>
        <translation>Los dedos índice, medio y anular juntos, medidos a la altura de los nudillos del medio. Es una convención habitual, no forma parte de la norma de la OMS.</translation>
    </message>
    <message>
        <source>All four fingers held together, measured across the middle knuckles, as the WHO standard describes.</source>
        <translation>Los cuatro dedos juntos, medidos a la altura de los nudillos del medio, como describe la norma de la OMS.</translation>
    </message>
    <message>
        <source>The steps measure distances in finger-widths of your own hand, not someone else&apos;s: your hand grows with the rest of your body, so the measure fits you. Acupuncture books call this unit the cun.</source>
        <translation>Los pasos miden las distancias en dedos de ancho de su propia mano, no de la de otra persona: su mano crece con el resto de su cuerpo, así que la medida se ajusta a usted. Los libros de acupuntura llaman cun a esta unidad.</translation>
    </message>
    <message>
        <source>Finger measures are approximate. Find the landmarks first (a bone, a crease, a bump), then use your fingers to check the distance. Feel around for the spot that is a little tender.</source>
        <translation>Las medidas con los dedos son aproximadas. Busque primero las referencias (un hueso, un pliegue, un saliente) y después use los dedos para comprobar la distancia. Palpe alrededor hasta encontrar el punto que está un poco sensible.</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Imagen: %1</translation>
    </message>
</context>
<context>
    <name>FingerGuideDialog</name>
    <message>
        <source>Measure with your own hand</source>
        <translation>Medir con su propia mano</translation>
    </message>
</context>
<context>
    <name>GoalRow</name>
    <message>
        <source>%1 of %2 minutes this week</source>
        <extracomment>The spin box&apos;s step, in minutes.</extracomment>
        <translation>%1 de %2 minutos esta semana</translation>
    </message>
    <message>
        <source>%1: goal reached</source>
        <translation>%1: objetivo alcanzado</translation>
    </message>
    <message>
        <source>&amp;Weekly goal</source>
        <translation>Ob&amp;jetivo semanal</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Sin objetivo</translation>
    </message>
    <message>
        <source>Minutes you aim to practise each week (Alt+W); 0 is no goal</source>
        <translation>Minutos que quiere practicar cada semana (Alt+J); 0 es sin objetivo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Weekly goal in minutes</source>
        <translation>Objetivo semanal en minutos</translation>
    </message>
    <message>
        <source>Weekly goal progress</source>
        <translation>Progreso del objetivo semanal</translation>
    </message>
</context>
<context>
    <name>GuideButtons</name>
    <message>
        <source>Measure with your hand</source>
        <translation>Medir con la mano</translation>
    </message>
    <message>
        <source>Measure with your own hand</source>
        <translation>Medir con su propia mano</translation>
    </message>
    <message>
        <source>Pressure scale</source>
        <translation>Escala de presión</translation>
    </message>
    <message>
        <source>About the evidence</source>
        <translation>Lo que dicen los estudios</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>The history could not be exported to “%1” (%2). Nothing was written and your history is unchanged; choose another folder and try again.</source>
        <extracomment>The columns of the second file, the pain change per routine and per point (&quot;what works&quot;).</extracomment>
        <translation>No se ha podido exportar el historial a «%1» (%2). No se ha escrito nada y su historial no ha cambiado; elija otra carpeta y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>No weeks to show.</source>
        <translation>No hay semanas que mostrar.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>This week, from %1</source>
        <translation>Esta semana, desde el %1</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Minutes of practice in each of the last %n week(s), oldest first.</source>
        <translation>
            <numerusform>Minutos de práctica en %n semana, la más reciente.</numerusform>
            <numerusform>Minutos de práctica en cada una de las últimas %n semanas, de la más antigua a la más reciente.</numerusform>
        </translation>
    </message>
    <message>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>before %1, after %2</source>
        <translation>antes %1, después %2</translation>
    </message>
    <message>
        <source>No pain scores yet.</source>
        <translation>Todavía no hay puntuaciones de dolor.</translation>
    </message>
    <message numerus="yes">
        <source>Pain scores from 0 to 10 for %n session(s).</source>
        <translation>
            <numerusform>Puntuaciones de dolor de 0 a 10 de %n sesión.</numerusform>
            <numerusform>Puntuaciones de dolor de 0 a 10 de %n sesiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest, %1: %2.</source>
        <translation>La más reciente, %1: %2.</translation>
    </message>
    <message>
        <source>First, %1: %2.</source>
        <translation>La primera, %1: %2.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>No sessions yet: your first one starts the streak</source>
        <translation>Todavía no hay sesiones: la primera inicia la racha</translation>
    </message>
    <message>
        <source>No session today or yesterday: one today starts a new streak</source>
        <translation>Ninguna sesión hoy ni ayer: una sesión hoy inicia una nueva racha</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n día seguido</numerusform>
            <numerusform>%n días seguidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s) in a row</source>
        <translation>
            <numerusform>día seguido</numerusform>
            <numerusform>días seguidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen points</source>
        <translation>Puntos elegidos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>no pain score</source>
        <translation>sin puntuación de dolor</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>pain %1 before, %2 after</source>
        <translation>dolor %1 antes, %2 después</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n session(s) to %1</source>
        <extracomment>Errors an export can meet; the message is shown and nothing is lost. The storage layer&apos;s own errors already carry a full sentence for the user.</extracomment>
        <translation>
            <numerusform>Se ha guardado %n sesión en %1</numerusform>
            <numerusform>Se han guardado %n sesiones en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. The pain change per routine and per point is in %2.</source>
        <translation>%1. El cambio del dolor por rutina y por punto está en %2.</translation>
    </message>
    <message>
        <source>Could not save the history to %1 (%2). Your sessions are safe in Acupress; choose another folder or file name and try again.</source>
        <translation>No se ha podido guardar el historial en %1 (%2). Sus sesiones siguen a salvo en Acupress; elija otra carpeta u otro nombre de archivo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>sin nota</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>Newest first</source>
        <extracomment>How many weeks the minutes chart shows (the last one holds today).</extracomment>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguas primero</translation>
    </message>
    <message>
        <source>Routine, A to Z</source>
        <translation>Rutina, de la A a la Z</translation>
    </message>
    <message>
        <source>Routine, Z to A</source>
        <translation>Rutina, de la Z a la A</translation>
    </message>
    <message>
        <source>Most points first</source>
        <translation>Más puntos primero</translation>
    </message>
    <message>
        <source>Fewest points first</source>
        <translation>Menos puntos primero</translation>
    </message>
    <message>
        <source>Longest first</source>
        <translation>Más largas primero</translation>
    </message>
    <message>
        <source>Shortest first</source>
        <translation>Más cortas primero</translation>
    </message>
    <message>
        <source>Finished first</source>
        <translation>Terminadas primero</translation>
    </message>
    <message>
        <source>Stopped first</source>
        <translation>Detenidas primero</translation>
    </message>
    <message>
        <source>Most pain relief first</source>
        <translation>Más alivio del dolor primero</translation>
    </message>
    <message>
        <source>Least pain relief first</source>
        <translation>Menos alivio del dolor primero</translation>
    </message>
    <message>
        <source>Notes, A to Z</source>
        <translation>Notas, de la A a la Z</translation>
    </message>
    <message>
        <source>Notes, Z to A</source>
        <translation>Notas, de la Z a la A</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exportar como CSV…</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exportar el historial como CSV</translation>
    </message>
    <message>
        <source>Save every session to a CSV file (Alt+E)</source>
        <translation>Guardar todas las sesiones en un archivo CSV (Alt+E)</translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation>&amp;Ordenar por</translation>
    </message>
    <message>
        <source>Sort sessions by</source>
        <translation>Ordenar las sesiones por</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Nota…</translation>
    </message>
    <message>
        <source>Write a note for the selected session</source>
        <translation>Escribir una nota para la sesión seleccionada</translation>
    </message>
    <message>
        <source>A line of your own about the selected session (Alt+N, or F2 in the list)</source>
        <translation>Una línea suya sobre la sesión seleccionada (Alt+N, o F2 en la lista)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Session columns</source>
        <translation>Columnas de las sesiones</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Todavía no hay sesiones</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Elegir una rutina</translation>
    </message>
    <message>
        <source>Choose a routine to start a first session</source>
        <translation>Elegir una rutina para empezar una primera sesión</translation>
    </message>
    <message>
        <source>Every session you do, finished or stopped, is listed here with its minutes and the pain scores you give.</source>
        <translation>Cada sesión que haga, terminada o detenida, aparece aquí con sus minutos y las puntuaciones de dolor que indique.</translation>
    </message>
    <message>
        <source>Current streak: %1</source>
        <translation>Racha actual: %1</translation>
    </message>
    <message numerus="yes">
        <source>session(s) this week</source>
        <translation>
            <numerusform>sesión esta semana</numerusform>
            <numerusform>sesiones esta semana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) this week</source>
        <translation>
            <numerusform>%n sesión esta semana</numerusform>
            <numerusform>%n sesiones esta semana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minute(s) this week</source>
        <translation>
            <numerusform>minuto esta semana</numerusform>
            <numerusform>minutos esta semana</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 minutes this week</source>
        <translation>%1 minutos esta semana</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <source>L</source>
        <extracomment>Nominal size of a view in SVG units; marker sizes are derived from how large it is drawn.</extracomment>
        <translation>I</translation>
    </message>
    <message>
        <source>R</source>
        <translation>D</translation>
    </message>
    <message>
        <source>{name} is marked on the middle line of the body.</source>
        <translation>{name} está marcado en la línea media del cuerpo.</translation>
    </message>
    <message>
        <source>{name} is marked on both sides; the left side is highlighted.</source>
        <translation>{name} está marcado en ambos lados; el lado izquierdo está resaltado.</translation>
    </message>
    <message>
        <source>{name} is marked on both sides; the right side is highlighted.</source>
        <translation>{name} está marcado en ambos lados; el lado derecho está resaltado.</translation>
    </message>
    <message>
        <source>{name} is marked on the left side and on the right side.</source>
        <translation>{name} está marcado en el lado izquierdo y en el lado derecho.</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Ilustración</translation>
    </message>
    <message>
        <source>No point selected.</source>
        <translation>Ningún punto seleccionado.</translation>
    </message>
    <message>
        <source>Illustration: {title}</source>
        <translation>Ilustración: {title}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Hands and arms</source>
        <translation>Manos y brazos</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <source>Legs and knees</source>
        <translation>Piernas y rodillas</translation>
    </message>
    <message>
        <source>Feet and ankles</source>
        <translation>Pies y tobillos</translation>
    </message>
    <message>
        <source>Lower back and hips</source>
        <translation>Zona lumbar y caderas</translation>
    </message>
    <message>
        <source>Upper back and shoulders</source>
        <translation>Parte alta de la espalda y hombros</translation>
    </message>
    <message>
        <source>Sacrum</source>
        <translation>Sacro</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <source>Lower back pain</source>
        <translation>Dolor lumbar</translation>
    </message>
    <message>
        <source>Pain spreading down the leg</source>
        <translation>Dolor que baja por la pierna</translation>
    </message>
    <message>
        <source>Neck and upper back</source>
        <translation>Cuello y parte alta de la espalda</translation>
    </message>
    <message>
        <source>Back pain with gas or bloating</source>
        <translation>Dolor de espalda con gases o hinchazón</translation>
    </message>
    <message>
        <source>Back pain during periods</source>
        <translation>Dolor de espalda durante la menstruación</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>Suave</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Firme</translation>
    </message>
    <message>
        <source>%n s</source>
        <translation>%n s</translation>
    </message>
    <message>
        <source>%n min</source>
        <translation>%n min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Both sides</source>
        <extracomment>the sign a warning badge starts with, so colour never carries the meaning alone</extracomment>
        <translation>Ambos lados</translation>
    </message>
    <message>
        <source>Midline</source>
        <translation>Línea media</translation>
    </message>
    <message>
        <source>Avoid in pregnancy</source>
        <translation>Evitar en el embarazo</translation>
    </message>
    <message>
        <source>Caution in pregnancy</source>
        <translation>Precaución en el embarazo</translation>
    </message>
    <message>
        <source>Gentle pressure only</source>
        <translation>Solo presión suave</translation>
    </message>
    <message>
        <source>%1, left side only</source>
        <translation>%1, solo el lado izquierdo</translation>
    </message>
    <message>
        <source>%1, right side only</source>
        <translation>%1, solo el lado derecho</translation>
    </message>
    <message>
        <source>%1 each side</source>
        <translation>%1 por lado</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Acupressure for back pain</source>
        <translation>Acupresión para el dolor de espalda</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Import routines…</source>
        <translation>&amp;Importar rutinas…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Search points</source>
        <translation>&amp;Buscar puntos</translation>
    </message>
    <message>
        <source>&amp;Body map</source>
        <translation>&amp;Mapa del cuerpo</translation>
    </message>
    <message>
        <source>Point &amp;cards</source>
        <translation>&amp;Tarjetas de puntos</translation>
    </message>
    <message>
        <source>Point &amp;details</source>
        <translation>&amp;Detalles del punto</translation>
    </message>
    <message>
        <source>Show &amp;all points</source>
        <translation>Mostrar todos los &amp;puntos</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Add point to session</source>
        <translation>&amp;Añadir el punto a la sesión</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>&amp;Empezar la sesión</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Safety notice</source>
        <translation>&amp;Aviso de seguridad</translation>
    </message>
    <message>
        <source>&amp;About Acupress</source>
        <translation>A&amp;cerca de Acupress</translation>
    </message>
    <message>
        <source>&amp;Measure with your own hand</source>
        <translation>&amp;Medir con su propia mano</translation>
    </message>
    <message>
        <source>&amp;Pressure scale</source>
        <translation>Escala de &amp;presión</translation>
    </message>
    <message>
        <source>About the &amp;evidence</source>
        <translation>Lo que dicen los &amp;estudios</translation>
    </message>
    <message>
        <source>Where does it hurt, or where do you want to press?</source>
        <translation>¿Dónde le duele, o dónde quiere presionar?</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Todas las zonas</translation>
    </message>
    <message>
        <source>Show points in: %1</source>
        <translation>Mostrar los puntos de: %1</translation>
    </message>
    <message>
        <source>&amp;Concern</source>
        <translation>&amp;Molestia</translation>
    </message>
    <message>
        <source>All concerns</source>
        <translation>Todas las molestias</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Molestia</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Code, name or concern — for example LV13, Zusanli, periods</source>
        <translation>Código, nombre o molestia — por ejemplo LV13, Zusanli, menstruación</translation>
    </message>
    <message>
        <source>Search points</source>
        <translation>Buscar puntos</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>No points match in %1.</source>
        <translation>Ningún punto coincide en %1.</translation>
    </message>
    <message>
        <source>1 point matches elsewhere: Ctrl+R shows every point.</source>
        <translation>1 punto coincide en otra zona: Ctrl+R muestra todos los puntos.</translation>
    </message>
    <message>
        <source>%1 points match elsewhere: Ctrl+R shows every point.</source>
        <translation>%1 puntos coinciden en otras zonas: Ctrl+R muestra todos los puntos.</translation>
    </message>
    <message>
        <source>No points match. Try another word, or choose “All regions” and “All concerns”.</source>
        <translation>Ningún punto coincide. Pruebe con otra palabra, o elija «Todas las zonas» y «Todas las molestias».</translation>
    </message>
    <message>
        <source>1 point is hidden because of the pregnancy setting (File → Settings).</source>
        <translation>1 punto está oculto por el ajuste de embarazo (Archivo → Ajustes).</translation>
    </message>
    <message>
        <source>%1 points are hidden because of the pregnancy setting (File → Settings).</source>
        <translation>%1 puntos están ocultos por el ajuste de embarazo (Archivo → Ajustes).</translation>
    </message>
</context>
<context>
    <name>MiniTimer</name>
    <message>
        <source>Acupress timer</source>
        <translation>Temporizador de Acupress</translation>
    </message>
    <message>
        <source>Mini timer</source>
        <translation>Minitemporizador</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Detener la sesión</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Breathing: %1</source>
        <translation>Respiración: %1</translation>
    </message>
    <message>
        <source>%1 left in the session</source>
        <translation>Quedan %1 de sesión</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Nombre nuevo:</translation>
    </message>
</context>
<context>
    <name>OutcomeChart</name>
    <message>
        <source>← less pain</source>
        <extracomment>The widest the axis goes either way, in points of pain (the scale is 0–10).</extracomment>
        <translation>← menos dolor</translation>
    </message>
    <message>
        <source>more pain →</source>
        <translation>más dolor →</translation>
    </message>
    <message numerus="yes">
        <source>%n more needed</source>
        <translation>
            <numerusform>falta %n más</numerusform>
            <numerusform>faltan %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to compare yet</source>
        <translation>Aún no hay nada que comparar</translation>
    </message>
</context>
<context>
    <name>OutcomesSection</name>
    <message>
        <source>What works for you</source>
        <extracomment>The entries of the &quot;Show&quot; list, in order.</extracomment>
        <translation>Lo que le funciona</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>By routine</source>
        <translation>Por rutina</translation>
    </message>
    <message>
        <source>By point</source>
        <translation>Por punto</translation>
    </message>
    <message>
        <source>Show what works by routine or by point</source>
        <translation>Mostrar lo que le funciona por rutina o por punto</translation>
    </message>
    <message>
        <source>Change in pain, by point</source>
        <translation>Cambio del dolor, por punto</translation>
    </message>
    <message>
        <source>Change in pain, by routine</source>
        <translation>Cambio del dolor, por rutina</translation>
    </message>
</context>
<context>
    <name>PainPrompt</name>
    <message>
        <source>How is the pain now, from 0 to 10? Type the number (you can skip this).</source>
        <translation>¿Cuánto dolor tiene ahora, de 0 a 10? Escriba el número (puede omitirlo).</translation>
    </message>
    <message>
        <source>Pain before: %1 of 10. Type another number to change it.</source>
        <translation>Dolor antes: %1 de 10. Escriba otro número para cambiarlo.</translation>
    </message>
    <message>
        <source>Pain before the session</source>
        <translation>Dolor antes de la sesión</translation>
    </message>
</context>
<context>
    <name>PainTrendChart</name>
    <message>
        <source>Pain before and after</source>
        <translation>Dolor antes y después</translation>
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
        <source>No pain scores yet</source>
        <translation>Todavía no hay puntuaciones de dolor</translation>
    </message>
    <message>
        <source>Give a score at the end of a session to see it here.</source>
        <translation>Puntúe su dolor al final de una sesión para verlo aquí.</translation>
    </message>
</context>
<context>
    <name>PointDetail</name>
    <message>
        <source>Pressure:</source>
        <translation>Presión:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tiempo:</translation>
    </message>
    <message>
        <source>on each side</source>
        <translation>en cada lado</translation>
    </message>
    <message>
        <source>How to find it and some cautions also draw on acupuncture reference sites and datasets; these are not evidence that the point helps.</source>
        <translation>La forma de encontrarlo y algunas precauciones también se basan en sitios de referencia y bases de datos de acupuntura; no son pruebas de que el punto ayude.</translation>
    </message>
    <message>
        <source>None specific.</source>
        <translation>Ninguna específica.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>How to find it</source>
        <translation>Cómo encontrarlo</translation>
    </message>
    <message>
        <source>How to press</source>
        <translation>Cómo presionar</translation>
    </message>
    <message>
        <source>What it is used for</source>
        <translation>Para qué se usa</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Pick a point</source>
        <translation>Elija un punto</translation>
    </message>
    <message>
        <source>Choose a card to see where the point is and how to press it.</source>
        <translation>Elija una tarjeta para ver dónde está el punto y cómo presionarlo.</translation>
    </message>
    <message>
        <source>also written %1</source>
        <translation>también escrito %1</translation>
    </message>
    <message>
        <source>Point details</source>
        <translation>Detalles del punto</translation>
    </message>
    <message>
        <source>Point details: %1</source>
        <translation>Detalles del punto: %1</translation>
    </message>
    <message>
        <source>How to find it: %1</source>
        <translation>Cómo encontrarlo: %1</translation>
    </message>
    <message>
        <source>About this point</source>
        <translation>Sobre este punto</translation>
    </message>
    <message>
        <source>Add this point to your session (Ctrl+Enter)</source>
        <translation>Añadir este punto a su sesión (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Add to session</source>
        <translation>Añadir a la sesión</translation>
    </message>
</context>
<context>
    <name>PointGrid</name>
    <message>
        <source>Points</source>
        <extracomment>The narrowest a card may be: the thumbnail and its padding. Cards widen to fill each row. the width the grid gives each card</extracomment>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Cards of the points that match the filters</source>
        <translation>Tarjetas de los puntos que coinciden con los filtros</translation>
    </message>
</context>
<context>
    <name>PressureScale</name>
    <message>
        <source>Clear pressure and warmth, with no ache (about 0 to 2 out of 10).</source>
        <translation>Una presión clara y calor, sin dolor (de 0 a 2 sobre 10, más o menos).</translation>
    </message>
    <message>
        <source>A dull, spreading ache that feels good and stops when you let go (about 3 to 4 out of 10).</source>
        <translation>Un dolor sordo que se extiende, que resulta agradable y se va al soltar (de 3 a 4 sobre 10, más o menos).</translation>
    </message>
    <message>
        <source>A strong ache that you can still breathe slowly through without tensing (5 to 6 out of 10 at most).</source>
        <translation>Un dolor fuerte con el que aún puede respirar despacio sin ponerse en tensión (de 5 a 6 sobre 10 como máximo).</translation>
    </message>
    <message>
        <source>Ease off at once for sharp, burning, electric or shooting pain, tingling or numbness spreading along an arm or leg, dizziness, or pain that goes on after you let go.</source>
        <translation>Afloje de inmediato si nota un dolor agudo, quemante, eléctrico o punzante, un hormigueo o entumecimiento que se extiende por un brazo o una pierna, mareo, o un dolor que sigue después de soltar.</translation>
    </message>
    <message>
        <source>%1 pressure. %2</source>
        <translation>Presión: %1. %2</translation>
    </message>
    <message>
        <source>How hard to press</source>
        <translation>Con cuánta fuerza presionar</translation>
    </message>
    <message>
        <source>Stop or ease off</source>
        <translation>Pare o afloje</translation>
    </message>
    <message>
        <source>Each point&apos;s card says which level to use. Pain on a scale of 0 (none) to 10 (the worst you can imagine) is a guide: while you press, the ache should never go above 6, and it should fade when you let go.</source>
        <translation>La ficha de cada punto dice qué nivel usar. Sirve de guía el dolor en una escala de 0 (nada) a 10 (el peor que pueda imaginar): mientras presiona, la molestia no debe pasar nunca de 6, y debe desaparecer al soltar.</translation>
    </message>
    <message>
        <source>How long: build the pressure up slowly over a few breaths, hold it steady, then let go slowly. Acupress suggests 45 to 90 seconds a side; the trial of self-acupressure for back pain used 3 minutes a point, so add time with + if it helps.</source>
        <translation>Cuánto tiempo: aumente la presión despacio durante unas cuantas respiraciones, manténgala constante y después suelte despacio. Acupress propone de 45 a 90 segundos por lado; el ensayo de autoacupresión para el dolor de espalda usó 3 minutos por punto, así que añada tiempo con + si le ayuda.</translation>
    </message>
    <message>
        <source>How often: in trials of self-acupressure people pressed once or twice a day, for four to twelve weeks.</source>
        <translation>Con qué frecuencia: en los ensayos de autoacupresión las personas presionaban una o dos veces al día, durante cuatro a doce semanas.</translation>
    </message>
    <message>
        <source>Use a fingertip, a thumb, a knuckle or a rounded tool, never anything pointed or sharp. Press lightly if you are tired, unwell, pregnant or bruise easily.</source>
        <translation>Use la yema de un dedo, el pulgar, un nudillo o un utensilio redondeado, nunca nada puntiagudo ni afilado. Presione con suavidad si tiene cansancio, si se encuentra mal, si está embarazada o si le salen hematomas con facilidad.</translation>
    </message>
    <message>
        <source>This scale is Acupress&apos;s own guide, not a measured dose. No trial has tested how hard to press, and pressing harder has not been shown to work better. The one harm seen in a trial of self-acupressure for back pain was soreness from pressing too hard.</source>
        <translation>Esta escala es una guía propia de Acupress, no una dosis medida. Ningún ensayo ha probado con cuánta fuerza presionar, y no se ha demostrado que presionar más fuerte funcione mejor. El único daño observado en un ensayo de autoacupresión para el dolor de espalda fue el dolor por presionar demasiado fuerte.</translation>
    </message>
</context>
<context>
    <name>PressureScaleDialog</name>
    <message>
        <source>Pressure scale</source>
        <translation>Escala de presión</translation>
    </message>
</context>
<context>
    <name>RedFlagNotice</name>
    <message>
        <source>Before your first session</source>
        <translation>Antes de su primera sesión</translation>
    </message>
    <message>
        <source>Acupressure is not the answer to every pain. Please read when to get medical help instead. This is shown once, before the first session of this kind.</source>
        <translation>La acupresión no sirve para todos los dolores. Lea cuándo debe buscar ayuda médica en su lugar. Este aviso se muestra una sola vez, antes de la primera sesión de este tipo.</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Empezar la sesión</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>RedFlags</name>
    <message>
        <source>Call an ambulance or go to an emergency department now if you have:</source>
        <extracomment>Tiers, most urgent first.</extracomment>
        <translation>Llame a una ambulancia o vaya ahora mismo a urgencias si tiene:</translation>
    </message>
    <message>
        <source>Get urgent medical help today, from your doctor or an urgent advice line, if you have:</source>
        <translation>Pida hoy mismo atención médica urgente, a su médico o a una línea de consulta urgente, si tiene:</translation>
    </message>
    <message>
        <source>See a doctor or a physiotherapist soon if:</source>
        <translation>Vaya pronto al médico o al fisioterapeuta si:</translation>
    </message>
    <message>
        <source>With back pain</source>
        <translation>Con dolor de espalda</translation>
    </message>
    <message>
        <source>With pain spreading down the leg</source>
        <translation>Con dolor que baja por la pierna</translation>
    </message>
    <message>
        <source>With neck pain, or when pressing the neck</source>
        <translation>Con dolor de cuello, o al presionar el cuello</translation>
    </message>
    <message>
        <source>With belly pain, gas or bloating</source>
        <translation>Con dolor de vientre, gases o hinchazón</translation>
    </message>
    <message>
        <source>With period pain</source>
        <translation>Con dolor menstrual</translation>
    </message>
    <message>
        <source>If you could be pregnant, take a pregnancy test before pressing points on the belly or points marked “Avoid in pregnancy”.</source>
        <translation>Si pudiera estar embarazada, hágase una prueba de embarazo antes de presionar puntos del vientre o puntos marcados «Evitar en el embarazo».</translation>
    </message>
    <message>
        <source>pain, tingling, weakness or numbness in both legs</source>
        <translation>dolor, hormigueo, debilidad o entumecimiento en las dos piernas</translation>
    </message>
    <message>
        <source>weakness or numbness in a leg that is severe or quickly getting worse</source>
        <translation>debilidad o entumecimiento en una pierna que es intenso o empeora deprisa</translation>
    </message>
    <message>
        <source>numbness or tingling around the genitals, the buttocks or the back passage, or a changed feeling when you wipe</source>
        <translation>entumecimiento u hormigueo alrededor de los genitales, las nalgas o el ano, o una sensación distinta al limpiarse</translation>
    </message>
    <message>
        <source>new trouble peeing, being unable to pee, or being unable to control your bladder or bowels; not noticing when you need to poo</source>
        <translation>problemas nuevos para orinar, no poder orinar o no poder controlar la vejiga o el intestino; no notar cuándo necesita defecar</translation>
    </message>
    <message>
        <source>new problems with sexual function</source>
        <translation>problemas nuevos en la función sexual</translation>
    </message>
    <message>
        <source>chest pain</source>
        <translation>dolor en el pecho</translation>
    </message>
    <message>
        <source>back pain that started after a serious accident, such as a car crash or a fall from a height</source>
        <translation>dolor de espalda que empezó tras un accidente grave, como un choque de coche o una caída desde una altura</translation>
    </message>
    <message>
        <source>back pain after even a small fall or knock if you are older, have osteoporosis or take steroid medicines for a long time</source>
        <translation>dolor de espalda tras una caída o un golpe, aunque sean leves, si es una persona mayor, tiene osteoporosis o toma corticoides desde hace tiempo</translation>
    </message>
    <message>
        <source>new or increasing numbness or weakness in one leg</source>
        <translation>entumecimiento o debilidad nuevos, o que van a más, en una pierna</translation>
    </message>
    <message>
        <source>a high temperature</source>
        <translation>fiebre alta</translation>
    </message>
    <message>
        <source>weight loss that you cannot explain</source>
        <translation>una pérdida de peso que no sabe explicar</translation>
    </message>
    <message>
        <source>a lump or swelling in your back, or a change in the shape of your back</source>
        <translation>un bulto o una hinchazón en la espalda, o un cambio en la forma de la espalda</translation>
    </message>
    <message>
        <source>pain that is there all the time and does not ease when you rest, or is worse at night</source>
        <translation>un dolor que no se va nunca y no se alivia al descansar, o que empeora por la noche</translation>
    </message>
    <message>
        <source>pain that is worse when you sneeze, cough or poo</source>
        <translation>un dolor que empeora al estornudar, al toser o al defecar</translation>
    </message>
    <message>
        <source>pain high in your back, between the shoulder blades</source>
        <translation>dolor en la parte alta de la espalda, entre los omóplatos</translation>
    </message>
    <message>
        <source>new back pain and you have had cancer (a history of cancer on its own is not an emergency)</source>
        <translation>dolor de espalda nuevo y ha tenido cáncer (haber tenido cáncer, por sí solo, no es una urgencia)</translation>
    </message>
    <message>
        <source>new back pain and you take steroids or medicines that weaken the immune system, or you inject drugs</source>
        <translation>dolor de espalda nuevo y toma corticoides o medicamentos que debilitan las defensas, o se inyecta drogas</translation>
    </message>
    <message>
        <source>new back pain and you have osteoporosis</source>
        <translation>dolor de espalda nuevo y tiene osteoporosis</translation>
    </message>
    <message>
        <source>your back pain is new and you are under 20 or over 50</source>
        <translation>su dolor de espalda es nuevo y tiene menos de 20 años o más de 50</translation>
    </message>
    <message>
        <source>the pain has not improved after a few weeks of looking after it at home</source>
        <translation>el dolor no ha mejorado tras unas semanas de cuidarlo en casa</translation>
    </message>
    <message>
        <source>it stops you doing your day-to-day activities</source>
        <translation>le impide hacer sus actividades de cada día</translation>
    </message>
    <message>
        <source>it is very bad or getting worse over time</source>
        <translation>es muy fuerte o empeora con el tiempo</translation>
    </message>
    <message>
        <source>you are worried or finding it hard to cope</source>
        <translation>le preocupa o le cuesta sobrellevarlo</translation>
    </message>
    <message>
        <source>pain spreading down both legs (sciatica on both sides)</source>
        <translation>dolor que baja por las dos piernas (ciática en los dos lados)</translation>
    </message>
    <message>
        <source>new or increasing weakness or numbness in the leg that hurts</source>
        <translation>debilidad o entumecimiento nuevos, o que van a más, en la pierna que duele</translation>
    </message>
    <message>
        <source>pain down the leg that has not improved after a few weeks, is getting worse, or stops your normal activities</source>
        <translation>dolor que baja por la pierna y no ha mejorado tras unas semanas, empeora o le impide hacer su vida normal</translation>
    </message>
    <message>
        <source>a stiff neck with a high temperature, a severe headache, a dislike of bright light, drowsiness, or a rash that does not fade when you press a glass against it</source>
        <translation>el cuello rígido con fiebre alta, un dolor de cabeza fuerte, molestia con la luz intensa, somnolencia o unas manchas en la piel que no desaparecen al apretar un vaso contra ellas</translation>
    </message>
    <message>
        <source>neck pain after a serious injury, such as a road accident or a fall, or numbness or weakness in your arms after an accident</source>
        <translation>dolor de cuello tras una lesión grave, como un accidente de tráfico o una caída, o entumecimiento o debilidad en los brazos después de un accidente</translation>
    </message>
    <message>
        <source>during or after pressing your neck: a sudden severe headache, dizziness or a spinning feeling, double vision, slurred speech, trouble swallowing, unsteadiness or vomiting</source>
        <translation>durante o después de presionar el cuello: un dolor de cabeza fuerte y repentino, mareo o sensación de que todo da vueltas, visión doble, dificultad para hablar o para tragar, inestabilidad o vómitos</translation>
    </message>
    <message>
        <source>new tingling, numbness or weakness in your arms, hands, face or legs</source>
        <translation>hormigueo, entumecimiento o debilidad nuevos en los brazos, las manos, la cara o las piernas</translation>
    </message>
    <message>
        <source>double vision, dizziness, feeling sick or fainting; changes in your speech, swallowing, balance or walking; clumsiness or falls</source>
        <translation>visión doble, mareo, náuseas o desmayos; cambios al hablar, al tragar, en el equilibrio o al caminar; torpeza o caídas</translation>
    </message>
    <message>
        <source>a fever, feeling unwell, or weight loss that you cannot explain</source>
        <translation>fiebre, malestar general o una pérdida de peso que no sabe explicar</translation>
    </message>
    <message>
        <source>sudden stiffness of the neck and shoulders with trouble lifting both arms above your head, especially in the morning</source>
        <translation>rigidez repentina del cuello y los hombros, con dificultad para levantar los dos brazos por encima de la cabeza, sobre todo por la mañana</translation>
    </message>
    <message>
        <source>neck pain and you have had cancer, inflammatory arthritis, TB or HIV, have a weak immune system or use drugs</source>
        <translation>dolor de cuello y ha tenido cáncer, artritis inflamatoria, tuberculosis o VIH, tiene las defensas bajas o consume drogas</translation>
    </message>
    <message>
        <source>neck pain or stiffness has not gone after a few weeks</source>
        <translation>el dolor o la rigidez del cuello no se han ido tras unas semanas</translation>
    </message>
    <message>
        <source>painkillers such as paracetamol or ibuprofen have not helped</source>
        <translation>los analgésicos como el paracetamol o el ibuprofeno no le han ayudado</translation>
    </message>
    <message>
        <source>you have pins and needles, or you are worried</source>
        <translation>nota pinchazos u hormigueo, o algo le preocupa</translation>
    </message>
    <message>
        <source>belly pain that came on very suddenly, or is severe</source>
        <translation>dolor de vientre que empezó de forma muy repentina o que es intenso</translation>
    </message>
    <message>
        <source>a belly that hurts when you touch it</source>
        <translation>un vientre que duele al tocarlo</translation>
    </message>
    <message>
        <source>vomiting blood, or vomit that looks like coffee grounds</source>
        <translation>vómitos con sangre, o vómitos que parecen posos de café</translation>
    </message>
    <message>
        <source>blood in your poo, or poo that is black, sticky and very smelly</source>
        <translation>sangre en las heces, o heces negras, pegajosas y muy malolientes</translation>
    </message>
    <message>
        <source>being unable to pee, or unable to poo or pass wind</source>
        <translation>no poder orinar, o no poder defecar ni expulsar gases</translation>
    </message>
    <message>
        <source>chest pain or trouble breathing, or vomiting when you have diabetes</source>
        <translation>dolor en el pecho o dificultad para respirar, o vómitos si tiene diabetes</translation>
    </message>
    <message>
        <source>severe belly pain when you are, or could be, less than 16 weeks pregnant</source>
        <translation>dolor de vientre intenso si está, o pudiera estar, embarazada de menos de 16 semanas</translation>
    </message>
    <message>
        <source>belly pain that gets much worse quickly</source>
        <translation>dolor de vientre que empeora mucho y deprisa</translation>
    </message>
    <message>
        <source>pain or bloating that will not go away or keeps coming back</source>
        <translation>dolor o hinchazón que no se van o que vuelven una y otra vez</translation>
    </message>
    <message>
        <source>weight loss without trying, or trouble swallowing food</source>
        <translation>pérdida de peso sin buscarla, o dificultad para tragar la comida</translation>
    </message>
    <message>
        <source>bleeding from your bottom or vagina, or diarrhoea that lasts for days</source>
        <translation>sangrado por el ano o por la vagina, o una diarrea que dura varios días</translation>
    </message>
    <message>
        <source>severe pelvic pain, pain that is getting worse, or pain when you move or touch the area</source>
        <translation>dolor pélvico intenso, que va a más o que duele al moverse o al tocar la zona</translation>
    </message>
    <message>
        <source>pelvic pain with heavy bleeding from the vagina</source>
        <translation>dolor pélvico con un sangrado vaginal abundante</translation>
    </message>
    <message>
        <source>sudden, sharp, intense pain low in your belly</source>
        <translation>un dolor repentino, agudo e intenso en la parte baja del vientre</translation>
    </message>
    <message>
        <source>dizziness or fainting, or feeling or being sick, with pelvic pain</source>
        <translation>mareo o desmayo, o náuseas o vómitos, con dolor pélvico</translation>
    </message>
    <message>
        <source>a very high temperature or shivering with pelvic pain</source>
        <translation>fiebre muy alta o escalofríos con dolor pélvico</translation>
    </message>
    <message>
        <source>signs of a pelvic infection: pelvic pain, pain deep inside during sex, bleeding between periods or after sex, or unusual discharge</source>
        <translation>señales de una infección pélvica: dolor pélvico, dolor profundo durante las relaciones sexuales, sangrado entre reglas o tras las relaciones, o un flujo poco habitual</translation>
    </message>
    <message>
        <source>pelvic pain that comes and goes</source>
        <translation>dolor pélvico que va y viene</translation>
    </message>
    <message>
        <source>your period pain is severe</source>
        <translation>su dolor menstrual es intenso</translation>
    </message>
    <message>
        <source>your usual pattern changes, for example your periods become much heavier or irregular</source>
        <translation>su patrón habitual cambia, por ejemplo, las reglas se vuelven mucho más abundantes o irregulares</translation>
    </message>
</context>
<context>
    <name>RoutineCard</name>
    <message>
        <source>Avoid in pregnancy.</source>
        <translation>Evitar en el embarazo.</translation>
    </message>
    <message>
        <source>Caution in pregnancy.</source>
        <translation>Precaución en el embarazo.</translation>
    </message>
    <message>
        <source>Gentle pressure only.</source>
        <translation>Solo presión suave.</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>whole routine %1</source>
        <translation>rutina completa %1</translation>
    </message>
    <message>
        <source>rest %1</source>
        <translation>descanso %1</translation>
    </message>
    <message>
        <source>%1 rounds</source>
        <translation>%1 rondas</translation>
    </message>
    <message>
        <source>breathing: %1</source>
        <translation>respiración: %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <extracomment>The illustration is laid out as if it were this many pixels wide, then scaled to the page, so markers and side letters keep the proportions they have on a card thumbnail.</extracomment>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>Acupress · self-care information, not medical advice. Never press so hard that it hurts.</source>
        <translation>Acupress · información de autocuidado, no consejo médico. No presione nunca tan fuerte que duela.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>%1 · %2 pressure</source>
        <translation>%1 · presión %2</translation>
    </message>
    <message>
        <source>The routine card could not be saved as %1 (%2).</source>
        <translation>No se pudo guardar la tarjeta para imprimir como %1 (%2).</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>Edit routine</source>
        <translation>Editar la rutina</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation>Descr&amp;ipción</translation>
    </message>
    <message>
        <source>Description of the routine</source>
        <translation>Descripción de la rutina</translation>
    </message>
    <message>
        <source>What the routine is for (optional)</source>
        <translation>Para qué sirve la rutina (opcional)</translation>
    </message>
    <message>
        <source>&amp;Points, in order (drag, or Alt+Up and Alt+Down to move)</source>
        <translation>&amp;Puntos, en orden (arrastre, o use Alt+Arriba y Alt+Abajo para moverlos)</translation>
    </message>
    <message>
        <source>Points in the routine</source>
        <translation>Puntos de la rutina</translation>
    </message>
    <message>
        <source>&amp;Time per side</source>
        <translation>&amp;Tiempo por lado</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time per side, in seconds</source>
        <translation>Tiempo por lado, en segundos</translation>
    </message>
    <message>
        <source>Si&amp;des</source>
        <translation>&amp;Lados</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Ambos lados</translation>
    </message>
    <message>
        <source>Left only</source>
        <translation>Solo el izquierdo</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>Solo el derecho</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
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
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>&amp;Add point</source>
        <translation>&amp;Añadir punto</translation>
    </message>
    <message>
        <source>P&amp;oint to add</source>
        <translation>P&amp;unto que añadir</translation>
    </message>
    <message>
        <source>Point to add</source>
        <translation>Punto que añadir</translation>
    </message>
    <message>
        <source>&amp;Rest between points</source>
        <translation>&amp;Descanso entre puntos</translation>
    </message>
    <message>
        <source>Rest between points, in seconds</source>
        <translation>Descanso entre puntos, en segundos</translation>
    </message>
    <message>
        <source>Ro&amp;unds</source>
        <translation>R&amp;ondas</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation>Prepa&amp;rarse</translation>
    </message>
    <message>
        <source>Get ready time, in seconds</source>
        <translation>Tiempo para prepararse, en segundos</translation>
    </message>
    <message>
        <source>&amp;Breathing guide</source>
        <translation>&amp;Guía de respiración</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>Guía de respiración</translation>
    </message>
    <message>
        <source>&amp;Find each point first</source>
        <translation>&amp;Buscar cada punto primero</translation>
    </message>
    <message>
        <source>&amp;Halfway cue</source>
        <translation>Aviso a &amp;mitad</translation>
    </message>
    <message>
        <source>Press &amp;with the breath</source>
        <translation>Presionar &amp;con la respiración</translation>
    </message>
    <message>
        <source>&amp;Find each point first (press Space when found)</source>
        <translation type="vanished">&amp;Buscar cada punto primero (pulse Espacio al encontrarlo)</translation>
    </message>
    <message>
        <source>Find each point first, untimed; press Space when found</source>
        <translation>Buscar cada punto primero, sin tiempo; pulse Espacio al encontrarlo</translation>
    </message>
    <message>
        <source>&amp;Halfway cue in each press of 10 s or more</source>
        <translation type="vanished">Aviso a &amp;mitad de cada presión de 10 s o más</translation>
    </message>
    <message>
        <source>Halfway cue: a soft sound, and “Halfway” when speech is on</source>
        <translation>Aviso a mitad: un sonido suave y «A mitad» si la voz está activada</translation>
    </message>
    <message>
        <source>Press &amp;with the breath (press as you breathe out)</source>
        <translation type="vanished">Presionar &amp;con la respiración (presione al soltar el aire)</translation>
    </message>
    <message>
        <source>Press with the breath: press as you breathe out, ease as you breathe in</source>
        <translation>Presionar con la respiración: presione al soltar el aire y afloje al tomarlo</translation>
    </message>
    <message>
        <source>Press st&amp;yle</source>
        <translation>&amp;Estilo de presión</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>Ramp: press in slowly, hold, ease off</source>
        <translation>Progresiva: presione despacio, mantenga, afloje</translation>
    </message>
    <message>
        <source>Press style</source>
        <translation>Estilo de presión</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Whole routine: %1</source>
        <translation>Rutina completa: %1</translation>
    </message>
</context>
<context>
    <name>Routines</name>
    <message>
        <source>name must be 1–%1 characters</source>
        <translation>el nombre debe tener entre 1 y %1 caracteres</translation>
    </message>
    <message>
        <source>steps: a routine needs at least one point</source>
        <translation>una rutina necesita al menos un punto</translation>
    </message>
    <message>
        <source>steps: a routine can have at most %1 points</source>
        <translation>una rutina puede tener como máximo %1 puntos</translation>
    </message>
    <message>
        <source>steps[%1].seconds must be %2–%3</source>
        <translation>steps[%1].seconds debe estar entre %2 y %3</translation>
    </message>
    <message>
        <source>steps[%1].sides must be both, left or right</source>
        <translation>steps[%1].sides debe ser both, left o right</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 debe ser verdadero o falso</translation>
    </message>
    <message>
        <source>press_style must be one of %1</source>
        <translation>press_style debe ser uno de estos: %1</translation>
    </message>
    <message>
        <source>breathing must be one of %1</source>
        <translation>breathing debe ser uno de estos: %1</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 debe ser un número entero de %2 a %3</translation>
    </message>
    <message>
        <source>A routine needs a name.</source>
        <translation>Una rutina necesita un nombre.</translation>
    </message>
    <message>
        <source>Routine names cannot hold characters that change the direction of the text (U+%1); remove it.</source>
        <extracomment>Show nothing and mean nothing in a name: removed from what is stored. Letters and marks that draw nothing: taken as spaces (so they are trimmed like spaces). Joiners mean something only between two visible characters (inside an emoji, in Persian). Embeddings, overrides and isolates: they reorder the text around them (a name could show &quot;morning&quot; while it holds &quot;gninrom&quot;).</extracomment>
        <translation>Los nombres de rutina no pueden llevar caracteres que cambian la dirección del texto (U+%1); quítelo.</translation>
    </message>
    <message>
        <source>A routine name must be one line; remove the line break (U+%1).</source>
        <translation>El nombre de una rutina debe ocupar una sola línea; quite el salto de línea (U+%1).</translation>
    </message>
    <message>
        <source>A routine name holds a character that is not allowed (U+%1).</source>
        <translation>El nombre de la rutina lleva un carácter no permitido (U+%1).</translation>
    </message>
    <message>
        <source>A routine needs a name you can see; this one is made only of characters that show nothing.</source>
        <translation>La rutina necesita un nombre que se pueda ver; este solo tiene caracteres que no se ven.</translation>
    </message>
    <message>
        <source>Routine names can be at most %1 characters.</source>
        <translation>El nombre de una rutina puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A routine called “%1” already exists.</source>
        <translation>Ya existe una rutina llamada «%1».</translation>
    </message>
    <message>
        <source>steps[%1].point_id: “%2” is not a known point</source>
        <translation>steps[%1].point_id: «%2» no es un punto conocido</translation>
    </message>
    <message>
        <source>This routine no longer exists (it may have been deleted). Nothing was changed.</source>
        <translation>Esta rutina ya no existe (puede que se haya eliminado). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This routine no longer exists (it may have been deleted), so the changes were not saved.</source>
        <translation>Esta rutina ya no existe (puede que se haya eliminado), así que los cambios no se han guardado.</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copia</translation>
    </message>
    <message>
        <source>This routine was already deleted.</source>
        <translation>Esta rutina ya se había eliminado.</translation>
    </message>
    <message>
        <source>Routine %1 (“%2”): %3. Nothing was imported.</source>
        <translation>Rutina %1 («%2»): %3. No se ha importado nada.</translation>
    </message>
    <message>
        <source>Built-in routines cannot be deleted; they are always there to copy.</source>
        <translation>Las rutinas incluidas no se pueden eliminar; siempre están ahí para copiarlas.</translation>
    </message>
    <message>
        <source>Built-in routines can be copied, not edited.</source>
        <translation>Las rutinas incluidas se pueden copiar, pero no editar.</translation>
    </message>
</context>
<context>
    <name>RoutinesPage</name>
    <message>
        <source>built-in</source>
        <translation>incluida</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>suya</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>How each press is timed: every press &quot;each side&quot; of a point on both sides, every press of a point on one side or the middle line (&quot;each&quot;), or the presses differ in time (&quot;&quot;).</extracomment>
        <translation>unos %1</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>%1 cada uno</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="vanished">
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="vanished">
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>favorita</translation>
    </message>
    <message>
        <source>Built-in routines can be copied, not changed.</source>
        <translation>Las rutinas incluidas se pueden copiar, pero no modificar.</translation>
    </message>
    <message>
        <source>No routine chosen</source>
        <translation>Ninguna rutina elegida</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favorita</translation>
    </message>
    <message>
        <source>☆ Favourite</source>
        <translation>☆ Favorita</translation>
    </message>
    <message>
        <source>Whole routine %1 · rest %2 · rounds %3 · breathing: %4</source>
        <translation>Rutina completa %1 · descanso %2 · rondas %3 · respiración: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Copied as “%1”.</source>
        <translation>Copiada como «%1».</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Cambiar el nombre de «%1»</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se ha eliminado «%1».</translation>
    </message>
    <message>
        <source>Import routines</source>
        <translation>Importar rutinas</translation>
    </message>
    <message>
        <source>Acupress routines (*%1)</source>
        <translation>Rutinas de Acupress (*%1)</translation>
    </message>
    <message>
        <source>Names already used</source>
        <translation>Nombres ya usados</translation>
    </message>
    <message>
        <source>You already have routines called: %1. Import them with new names?</source>
        <translation>Ya tiene rutinas con estos nombres: %1. ¿Quiere importarlas con nombres nuevos?</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>No se ha importado nada. %1</translation>
    </message>
    <message>
        <source>Imported %1 routine(s).</source>
        <translation>Rutinas importadas: %1.</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Exportar la rutina</translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation>Se ha guardado «%1» en %2.</translation>
    </message>
    <message>
        <source>Save a printable card</source>
        <translation>Guardar una tarjeta para imprimir</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;PNG image (*.png)</source>
        <translation>Documento PDF (*.pdf);;Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved a printable card of “%1” to %2.</source>
        <translation>Se guardó una tarjeta para imprimir de «%1» en %2.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <extracomment>Writes the printable card of a routine to a path (PDF, or PNG pages) and returns the files written; raises OSError (the ui&apos;s CardError) with a sentence for the user when it cannot. The suffixes a printable card can have; any other name gets &quot;.pdf&quot;. What the repository raises when it refuses; its message is already a sentence for the user.</extracomment>
        <translation>Se ha guardado «%1».</translation>
    </message>
    <message>
        <source>Your routines</source>
        <extracomment>the routines&apos; pictures: three lines of text high, within these sizes</extracomment>
        <translation>Sus rutinas</translation>
    </message>
    <message>
        <source>Built-in routines</source>
        <translation>Rutinas incluidas</translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n rutina</numerusform>
            <numerusform>%n rutinas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, heading, %2</source>
        <translation>%1, encabezado, %2</translation>
    </message>
    <message>
        <source>&amp;Routines (Enter starts the selected one)</source>
        <translation>&amp;Rutinas (Intro empieza la seleccionada)</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>S&amp;ort</source>
        <translation>&amp;Ordenar</translation>
    </message>
    <message>
        <source>Favourites, then recent</source>
        <translation>Favoritas y después recientes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Most helpful</source>
        <translation>Lo que más le ayuda</translation>
    </message>
    <message>
        <source>Sort routines by</source>
        <translation>Ordenar las rutinas por</translation>
    </message>
    <message>
        <source>Most helpful: by how much your pain went down with each routine, from your own scores; routines with fewer than three scored sessions come last</source>
        <translation>Lo que más le ayuda: según cuánto bajó su dolor con cada rutina, a partir de sus propias puntuaciones; las rutinas con menos de tres sesiones puntuadas van al final</translation>
    </message>
    <message>
        <source>&amp;New routine</source>
        <translation>&amp;Nueva rutina</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Empezar la rutina</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>Reno&amp;mbrar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Printable &amp;card…</source>
        <translation>&amp;Tarjeta para imprimir…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorita</translation>
    </message>
    <message>
        <source>Save the routine as an A4 card (PDF or PNG) to print (Ctrl+P).</source>
        <translation>Guardar la rutina como tarjeta A4 (PDF o PNG) para imprimir (Ctrl+P).</translation>
    </message>
    <message numerus="yes">
        <source>%n more scored session(s) needed</source>
        <extracomment>The orders, as the entries of the &quot;Sort&quot; list.</extracomment>
        <translation>
            <numerusform>falta %n sesión puntuada más</numerusform>
            <numerusform>faltan %n sesiones puntuadas más</numerusform>
        </translation>
    </message>
    <message>
        <source>pain down %1 on average</source>
        <translation>el dolor bajó %1 de media</translation>
    </message>
    <message>
        <source>pain up %1 on average</source>
        <translation>el dolor subió %1 de media</translation>
    </message>
    <message>
        <source>pain unchanged on average</source>
        <translation>el dolor no cambió de media</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Acupress offers self-care information. It is not medical advice and it does not replace a doctor or a physiotherapist.</source>
        <translation>Acupress ofrece información para el autocuidado. No es consejo médico y no sustituye a un médico ni a un fisioterapeuta.</translation>
    </message>
    <message>
        <source>See a doctor if your back pain lasts more than a few days, keeps coming back, or gets worse.</source>
        <translation>Consulte a un médico si el dolor de espalda dura más de unos días, vuelve una y otra vez o empeora.</translation>
    </message>
    <message>
        <source>When to get help instead of using acupressure</source>
        <translation>Cuándo buscar ayuda en lugar de usar la acupresión</translation>
    </message>
    <message>
        <source>If you are pregnant, ask your midwife or doctor before using acupressure, and do not press on your belly. “Avoid in pregnancy” on a point means: do not press it while you are pregnant. “Caution in pregnancy” means: press it only lightly, and only after asking a trained professional.</source>
        <translation>Si está embarazada, consulte a su matrona o a su médico antes de usar la acupresión, y no presione el vientre. «Evitar en el embarazo» en un punto significa: no lo presione mientras esté embarazada. «Precaución en el embarazo» significa: presiónelo solo con suavidad, y solo después de consultar a un profesional con formación.</translation>
    </message>
    <message>
        <source>Self-care information and when to get medical help</source>
        <translation>Información de autocuidado y cuándo buscar ayuda médica</translation>
    </message>
    <message>
        <source>Press slowly and never so hard that it hurts: too much pressure is the most common cause of trouble. Do not press on broken or irritated skin, bruises, swelling, new scars or varicose veins.</source>
        <translation>Presione despacio y nunca tan fuerte que duela: el exceso de presión es la causa más frecuente de problemas. No presione sobre piel herida o irritada, hematomas, hinchazones, cicatrices recientes ni varices.</translation>
    </message>
    <message>
        <source>Take extra care, and ask your doctor, if you take blood thinners, bruise easily, have a clotting disorder, fragile skin, a past blood clot, a spinal injury or a bone disease.</source>
        <translation>Tenga especial cuidado, y consulte a su médico, si toma anticoagulantes, le salen hematomas con facilidad, tiene un trastorno de la coagulación, la piel frágil, ha tenido un coágulo de sangre, una lesión de columna o una enfermedad de los huesos.</translation>
    </message>
    <message>
        <source>Safety notice</source>
        <translation>Aviso de seguridad</translation>
    </message>
    <message>
        <source>Safety notice text</source>
        <translation>Texto del aviso de seguridad</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Entendido</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The session was paused because the computer seemed to sleep for %1 seconds. Press Space to carry on.</source>
        <extracomment>A tick arriving this much later than asked for means the computer slept or the clock jumped (where the clock can tell time asleep apart, only that much time asleep pauses the session). Animation frame interval for the breathing pacer (only while it is visible and moving). The shape changes size slowly (a breath takes 4–8 s): 5 frames a second move it 2–3 px at a time, calm enough, and keep the session under 1 % of a core (benchmarks/session_timing.py). Phases at least this long get the 3-2-1 ticks before they end. The ticks start this many seconds before a change (a how-to sentence must end by then).</extracomment>
        <translation>La sesión se ha puesto en pausa porque el equipo parece haber estado en reposo durante %1 segundos. Pulse Espacio para continuar.</translation>
    </message>
    <message>
        <source>on the spine</source>
        <translation>sobre la columna</translation>
    </message>
    <message>
        <source>on the midline</source>
        <translation>en la línea media</translation>
    </message>
    <message>
        <source>left hand</source>
        <translation>mano izquierda</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>mano derecha</translation>
    </message>
    <message>
        <source>left arm</source>
        <translation>brazo izquierdo</translation>
    </message>
    <message>
        <source>right arm</source>
        <translation>brazo derecho</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>pierna izquierda</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>pierna derecha</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>rodilla izquierda</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>rodilla derecha</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>pie izquierdo</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>pie derecho</translation>
    </message>
    <message>
        <source>left ankle</source>
        <translation>tobillo izquierdo</translation>
    </message>
    <message>
        <source>right ankle</source>
        <translation>tobillo derecho</translation>
    </message>
    <message>
        <source>left hip</source>
        <translation>cadera izquierda</translation>
    </message>
    <message>
        <source>right hip</source>
        <translation>cadera derecha</translation>
    </message>
    <message>
        <source>left shoulder</source>
        <translation>hombro izquierdo</translation>
    </message>
    <message>
        <source>right shoulder</source>
        <translation>hombro derecho</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <source>Find the point</source>
        <translation>Busque el punto</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárese</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Presione</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambie de lado</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanse</translation>
    </message>
    <message>
        <source>Press in slowly</source>
        <translation>Presione despacio</translation>
    </message>
    <message>
        <source>Hold steady</source>
        <translation>Mantenga la presión</translation>
    </message>
    <message>
        <source>Ease off</source>
        <translation>Afloje</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Paused · %1</source>
        <translation>En pausa · %1</translation>
    </message>
    <message>
        <source>Point %1 of %2</source>
        <translation>Punto %1 de %2</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>Ronda %1 de %2</translation>
    </message>
    <message>
        <source>Next: the end of the session</source>
        <translation>A continuación: el final de la sesión</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>A continuación: %1</translation>
    </message>
    <message>
        <source>Well done. The session is complete.</source>
        <translation>Muy bien. La sesión ha terminado.</translation>
    </message>
    <message>
        <source>Get ready. First: %1</source>
        <translation>Prepárese. Primero: %1</translation>
    </message>
    <message>
        <source>Find the point: %1. Press Space when you have found it.</source>
        <extracomment>Presses shorter than this get no &quot;Halfway&quot;.</extracomment>
        <translation>Busque el punto: %1. Pulse Espacio cuando lo haya encontrado.</translation>
    </message>
    <message>
        <source>Find the point.</source>
        <translation>Busque el punto.</translation>
    </message>
    <message>
        <source>Get ready.</source>
        <extracomment>The phases that announce what comes next before it is pressed.</extracomment>
        <translation>Prepárese.</translation>
    </message>
    <message>
        <source>Switch sides. Next: %1</source>
        <translation>Cambie de lado. A continuación: %1</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Cambie de lado.</translation>
    </message>
    <message>
        <source>Rest. Next: %1</source>
        <translation>Descanse. A continuación: %1</translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation>Descanse.</translation>
    </message>
    <message>
        <source>Press.</source>
        <translation>Presione.</translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation>Va por la mitad.</translation>
    </message>
    <message>
        <source>Session complete.</source>
        <translation>Sesión terminada.</translation>
    </message>
    <message>
        <source>Get ready: %1</source>
        <translation>Prepárese: %1</translation>
    </message>
    <message>
        <source>Switch sides: %1</source>
        <translation>Cambie de lado: %1</translation>
    </message>
    <message>
        <source>Next: %1. Press</source>
        <translation>A continuación: %1. Presione</translation>
    </message>
    <message>
        <source>Press: %1</source>
        <translation>Presione: %1</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>Your session</source>
        <translation>Su sesión</translation>
    </message>
    <message>
        <source>Points in your session</source>
        <translation>Puntos de su sesión</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the selected point; Delete removes it</source>
        <translation>Alt+Arriba y Alt+Abajo mueven el punto seleccionado; Supr lo quita</translation>
    </message>
    <message>
        <source>Add points with “Add to session” (Ctrl+Enter on a card), then press Start.</source>
        <translation>Añada puntos con «Añadir a la sesión» (Ctrl+Intro en una tarjeta) y después pulse «Empezar la sesión».</translation>
    </message>
    <message>
        <source>%1 is already in your session.</source>
        <translation>%1 ya está en su sesión.</translation>
    </message>
    <message>
        <source>Added %1 to your session.</source>
        <translation>%1 añadido a su sesión.</translation>
    </message>
    <message>
        <source>Removed 1 point.</source>
        <translation>Se quitó 1 punto.</translation>
    </message>
    <message>
        <source>Removed %1 points.</source>
        <translation>Se quitaron %1 puntos.</translation>
    </message>
    <message>
        <source>“Undo clear” (Ctrl+Z) brings them back.</source>
        <translation>«Deshacer vaciado» (Ctrl+Z) los recupera.</translation>
    </message>
    <message>
        <source>Your session is back.</source>
        <translation>Su sesión ha vuelto.</translation>
    </message>
    <message>
        <source>&amp;Time per side</source>
        <translation>&amp;Tiempo por lado</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time per side, in seconds</source>
        <translation>Tiempo por lado, en segundos</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the point earlier (Alt+Up)</source>
        <translation>Mover el punto antes (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the point later (Alt+Down)</source>
        <translation>Mover el punto después (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the point (Delete)</source>
        <translation>Quitar el punto (Supr)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Undo clear</source>
        <translation>Deshacer vaciado</translation>
    </message>
    <message>
        <source>Bring back the points you cleared (Ctrl+Z)</source>
        <translation>Recuperar los puntos que quitó (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Remove every point</source>
        <translation>Quitar todos los puntos</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Empezar la sesión</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>When</source>
        <extracomment>Keeps a session&apos;s note and returns it as kept (None: not saved). The number of columns, and the columns in order. The raw value a column sorts by. The SessionRecord of a row.</extracomment>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Points done</source>
        <translation>Puntos hechos</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>Dolor antes → después</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>SessionTray</name>
    <message>
        <source>Acupress — paused, %1 left</source>
        <translation>Acupress — en pausa, quedan %1</translation>
    </message>
    <message>
        <source>Acupress — %1 left</source>
        <translation>Acupress — quedan %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Less than a minute left in the session</source>
        <extracomment>How many sizes the active marker&apos;s halo takes as the breath fills and empties.</extracomment>
        <translation>Queda menos de un minuto de sesión</translation>
    </message>
    <message>
        <source>About 1 minute left in the session</source>
        <translation>Queda 1 minuto de sesión, más o menos</translation>
    </message>
    <message>
        <source>About %1 minutes left in the session</source>
        <translation>Quedan unos %1 minutos de sesión</translation>
    </message>
    <message>
        <source>Find the point with the steps below, then press Space or Continue.</source>
        <translation>Busque el punto con los pasos de abajo y pulse Espacio o Continuar.</translation>
    </message>
    <message>
        <source>Guided session</source>
        <translation>Sesión guiada</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous (Left arrow)</source>
        <translation>Anterior (flecha izquierda)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next (Right arrow)</source>
        <translation>Siguiente (flecha derecha)</translation>
    </message>
    <message>
        <source>+30 s</source>
        <translation>+30 s</translation>
    </message>
    <message>
        <source>Add 30 seconds (+)</source>
        <translation>Añadir 30 segundos (+)</translation>
    </message>
    <message>
        <source>How to press</source>
        <translation>Cómo presionar</translation>
    </message>
    <message>
        <source>How to find it</source>
        <translation>Cómo encontrarlo</translation>
    </message>
    <message>
        <source>How to find the point</source>
        <translation>Cómo encontrar el punto</translation>
    </message>
    <message>
        <source>Pause / Found it</source>
        <extracomment>a space a line never breaks at</extracomment>
        <translation>Pausa / Encontrado</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>30 s more</source>
        <translation>30 s más</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Hide these keys</source>
        <translation>Ocultar estas teclas</translation>
    </message>
    <message>
        <source>Space: pause or resume; when finding a point, found it. P: pause or resume. Left arrow: previous. Right arrow: next. Plus: 30 seconds more. Escape: stop. F11: full screen. M: mute. Control T: mini timer. K: hide or show this list of keys.</source>
        <translation>Espacio: pausar o reanudar; al buscar un punto, encontrado. P: pausar o reanudar. Flecha izquierda: anterior. Flecha derecha: siguiente. Más: 30 segundos más. Escape: detener. F11: pantalla completa. M: silenciar. Control T: minitemporizador. K: ocultar o mostrar esta lista de teclas.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Found it: continue (Space)</source>
        <translation>Encontrado: continuar (Espacio)</translation>
    </message>
    <message>
        <source>Space: pause or resume. Left arrow: previous. Right arrow: next. Plus: 30 seconds more. Escape: stop. F11: full screen. M: mute. Control T: mini timer. K: hide or show this list of keys.</source>
        <translation type="vanished">Espacio: pausar o reanudar. Flecha izquierda: anterior. Flecha derecha: siguiente. Más: 30 segundos más. Escape: detener. F11: pantalla completa. M: silenciar. Control T: minitemporizador. K: ocultar o mostrar esta lista de teclas.</translation>
    </message>
    <message>
        <source>Mute sounds (M)</source>
        <translation>Silenciar los sonidos (M)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Pantalla completa (F11)</translation>
    </message>
    <message>
        <source>Mini timer</source>
        <translation>Minitemporizador</translation>
    </message>
    <message>
        <source>Mini timer (Ctrl+T)</source>
        <translation>Minitemporizador (Ctrl+T)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>Detener la sesión (Esc)</translation>
    </message>
    <message>
        <source>&amp;Pause or resume</source>
        <translation>Pa&amp;usar o seguir</translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation>An&amp;terior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Siguie&amp;nte</translation>
    </message>
    <message>
        <source>Add &amp;30 seconds</source>
        <translation>Añadir &amp;30 segundos</translation>
    </message>
    <message>
        <source>St&amp;op the session</source>
        <translation>&amp;Detener la sesión</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Mute sounds</source>
        <translation>&amp;Silenciar sonidos</translation>
    </message>
    <message>
        <source>Mini &amp;timer</source>
        <translation>&amp;Minitemporizador</translation>
    </message>
    <message>
        <source>Show the &amp;keys</source>
        <translation>Mostrar las &amp;teclas</translation>
    </message>
    <message>
        <source>Pause or resume (P)</source>
        <translation>Pausar o reanudar (P)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Progreso de la sesión</translation>
    </message>
    <message>
        <source>Take your time</source>
        <translation>Sin prisa</translation>
    </message>
    <message>
        <source>Keys shown</source>
        <translation>Teclas mostradas</translation>
    </message>
    <message>
        <source>Keys hidden</source>
        <translation>Teclas ocultas</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>to press</source>
        <translation>de presión</translation>
    </message>
    <message>
        <source>No countdown while you find the point; then %1 of pressing</source>
        <translation>Sin cuenta atrás mientras busca el punto; después, %1 de presión</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
    </message>
    <message>
        <source>%1 percent done</source>
        <translation>%1 por ciento completado</translation>
    </message>
    <message>
        <source>10 seconds left</source>
        <translation>Quedan 10 segundos</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Reanudada</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Reanudar (Espacio)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausar (Espacio)</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar sonido</translation>
    </message>
    <message>
        <source>Unmute sounds (M)</source>
        <translation>Activar los sonidos (M)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Settings could not be saved in %1 (%2). Your previous settings are unchanged.</source>
        <translation>No se han podido guardar los ajustes en %1 (%2). Sus ajustes anteriores no han cambiado.</translation>
    </message>
    <message>
        <source>Settings could not be read (%1); defaults are in use.</source>
        <translation>No se han podido leer los ajustes (%1); se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>it is not an ordinary file</source>
        <extracomment>A settings file is a few hundred bytes; anything over this is not one (and is never read whole). Allowed values of the choice settings (the first is the default). Inclusive ranges of the number settings; a saved value outside its range reads as the default. The largest weekly goal, in minutes (a little over an hour a day).</extracomment>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>The settings file could not be used (%1); it was kept as %2 and the default settings are in use.</source>
        <translation>No se ha podido usar el archivo de ajustes (%1); se ha guardado aparte como %2 y se usan los ajustes predeterminados.</translation>
    </message>
    <message>
        <source>it is larger than 1 MiB</source>
        <translation>ocupa más de 1 MiB</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>it is nested far too deeply</source>
        <translation>tiene demasiados niveles anidados</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>no es JSON válido</translation>
    </message>
    <message>
        <source>it holds values Acupress cannot read</source>
        <translation>contiene valores que Acupress no puede leer</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be a list of %2 numbers</source>
        <translation>«%1» debería ser una lista de %2 números</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be %2</source>
        <translation>«%1» debería ser de tipo %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>verdadero o falso</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texto</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>Check boxes drawn as a bordered square, filled when ticked (Fusion draws the box&apos;s outline from the window colour, which leaves it invisible on the dark and high-contrast themes), with the same highlight frame on focus as the theme gives buttons and fields (sliders too).</extracomment>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>All settings</source>
        <translation>Todos los ajustes</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Sonidos</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Text si&amp;ze</source>
        <translation>Tamaño del te&amp;xto</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Sample: Point 2 of 5 · ST36 Zusanli · left leg</source>
        <translation>Muestra: Punto 2 de 5 · ST36 Zusanli · pierna izquierda</translation>
    </message>
    <message>
        <source>Re&amp;duce motion: breathing guide in words</source>
        <translation>Re&amp;ducir el movimiento: guía de respiración en palabras</translation>
    </message>
    <message>
        <source>Play &amp;sounds</source>
        <translation>Reproducir &amp;sonidos</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Volumen</translation>
    </message>
    <message>
        <source>Speak &amp;prompts aloud</source>
        <translation type="vanished">Decir las indicaciones en vo&amp;z alta</translation>
    </message>
    <message>
        <source>Nothing is said aloud; the sounds still play.</source>
        <extracomment>Language names in their own language (never translated, so everyone finds their own).</extracomment>
        <translation>No se dice nada en voz alta; los sonidos siguen sonando.</translation>
    </message>
    <message>
        <source>Says each change: “Get ready”, “Press”, “Switch sides”, “Rest”.</source>
        <translation>Dice cada cambio: «Prepárese», «Presione», «Cambie de lado», «Descanse».</translation>
    </message>
    <message>
        <source>Says each change and which point comes next: “Switch sides. Next: Hegu, right hand”.</source>
        <translation>Dice cada cambio y qué punto viene a continuación: «Cambie de lado. A continuación: Hegu, mano derecha».</translation>
    </message>
    <message>
        <source>Also says how to find each point before you press it, and “Halfway” in the middle of each press. A longer get-ready time leaves room for it.</source>
        <translation>Además dice cómo encontrar cada punto antes de presionarlo, y «Va por la mitad» en medio de cada presión. Si alarga el tiempo para prepararse, habrá tiempo para decirlo todo.</translation>
    </message>
    <message>
        <source>Start Acupress quietly when I log in, so the reminder can come</source>
        <translation>Iniciar Acupress en silencio al entrar en el equipo, para que llegue el recordatorio</translation>
    </message>
    <message>
        <source>S&amp;poken guidance</source>
        <translation>Guía en vo&amp;z</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Cues only</source>
        <translation>Solo los avisos</translation>
    </message>
    <message>
        <source>Cues and point names</source>
        <translation>Avisos y nombres de los puntos</translation>
    </message>
    <message>
        <source>Full narration</source>
        <translation>Narración completa</translation>
    </message>
    <message>
        <source>I a&amp;m pregnant</source>
        <translation>Estoy e&amp;mbarazada</translation>
    </message>
    <message>
        <source>Points marked “Avoid in pregnancy” or “Caution in pregnancy” are hidden from the point list, and Acupress asks before starting a routine that contains them. Ask a midwife or doctor before using acupressure in pregnancy.</source>
        <translation>Los puntos marcados «Evitar en el embarazo» o «Precaución en el embarazo» se ocultan de la lista de puntos, y Acupress pregunta antes de empezar una rutina que los contenga. Consulte a una matrona o a un médico antes de usar la acupresión en el embarazo.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>&amp;Breathing guide</source>
        <translation>&amp;Guía de respiración</translation>
    </message>
    <message>
        <source>Custom pattern:</source>
        <translation>Patrón personalizado:</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspire</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Retenga</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espire</translation>
    </message>
    <message>
        <source>Custom pattern: breathe in, seconds</source>
        <translation>Patrón personalizado: inspirar, en segundos</translation>
    </message>
    <message>
        <source>Custom pattern: hold after breathing in, seconds</source>
        <translation>Patrón personalizado: retener tras inspirar, en segundos</translation>
    </message>
    <message>
        <source>Custom pattern: breathe out, seconds</source>
        <translation>Patrón personalizado: espirar, en segundos</translation>
    </message>
    <message>
        <source>Custom pattern: hold after breathing out, seconds</source>
        <translation>Patrón personalizado: retener tras espirar, en segundos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Use each point&apos;s su&amp;ggested time</source>
        <translation>Usar el tiempo s&amp;ugerido de cada punto</translation>
    </message>
    <message>
        <source>T&amp;ime per point</source>
        <translation>Tiempo &amp;por punto</translation>
    </message>
    <message>
        <source>Get &amp;ready</source>
        <translation>Prepa&amp;rarse</translation>
    </message>
    <message>
        <source>S&amp;witch sides</source>
        <translation>Cam&amp;bio de lado</translation>
    </message>
    <message>
        <source>R&amp;est between points</source>
        <translation>D&amp;escanso entre puntos</translation>
    </message>
    <message>
        <source>Time per side for a point added to a session or a new routine.</source>
        <translation>Tiempo por lado para un punto que se añade a una sesión o a una rutina nueva.</translation>
    </message>
    <message>
        <source>Remind me to practise every da&amp;y</source>
        <translation>Rec&amp;ordarme practicar todos los días</translation>
    </message>
    <message>
        <source>Time o&amp;f day</source>
        <translation>&amp;Hora del día</translation>
    </message>
    <message>
        <source>Start &amp;quietly at login</source>
        <translation>Iniciar en silencio al entrar en el e&amp;quipo</translation>
    </message>
    <message>
        <source>The reminder appears in the notification area while Acupress is running. If Acupress was closed at that time, it appears when you open Acupress within two hours. Never more than once a day.</source>
        <translation>El recordatorio aparece en el área de notificaciones mientras Acupress está abierto. Si Acupress estaba cerrado a esa hora, aparece cuando lo abra dentro de las dos horas siguientes. Nunca más de una vez al día.</translation>
    </message>
    <message>
        <source>Spoken guidance</source>
        <translation>Guía en voz</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ap&amp;licar</translation>
    </message>
    <message>
        <source>Restore defa&amp;ults</source>
        <translation>Restablecer valores predetermi&amp;nados</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Text size, in points</source>
        <translation>Tamaño del texto, en puntos tipográficos</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Reducir el movimiento</translation>
    </message>
    <message>
        <source>Play sounds</source>
        <translation>Reproducir sonidos</translation>
    </message>
    <message>
        <source>Volume, in percent</source>
        <translation>Volumen, en porcentaje</translation>
    </message>
    <message>
        <source>Speak prompts aloud</source>
        <translation type="vanished">Decir las indicaciones en voz alta</translation>
    </message>
    <message>
        <source>I am pregnant</source>
        <translation>Estoy embarazada</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>Guía de respiración</translation>
    </message>
    <message>
        <source>Use each point&apos;s suggested time</source>
        <translation>Usar el tiempo sugerido de cada punto</translation>
    </message>
    <message>
        <source>Time per point, in seconds</source>
        <translation>Tiempo por punto, en segundos</translation>
    </message>
    <message>
        <source>Get ready time, in seconds</source>
        <translation>Tiempo para prepararse, en segundos</translation>
    </message>
    <message>
        <source>Time to switch sides, in seconds</source>
        <translation>Tiempo para cambiar de lado, en segundos</translation>
    </message>
    <message>
        <source>Rest between points, in seconds</source>
        <translation>Descanso entre puntos, en segundos</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Recordatorio diario</translation>
    </message>
    <message>
        <source>Reminder time of day</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>The custom breathing pattern needs at least 1 second to breathe in and 1 second to breathe out.</source>
        <translation>El patrón de respiración personalizado necesita al menos 1 segundo para inspirar y 1 segundo para espirar.</translation>
    </message>
    <message>
        <source>The reminder time must look like 19:00 (hours and minutes).</source>
        <translation>La hora del recordatorio debe tener el formato 19:00 (horas y minutos).</translation>
    </message>
    <message>
        <source>This value is not allowed: %1</source>
        <translation>Este valor no está permitido: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the disk is full</source>
        <extracomment>SQLite error names meaning the disk or the file failed, not the file&apos;s contents. Less free space than this, with an I/O error, means the disk is full. SQLite error names that are evidence of damage to the file&apos;s contents.</extracomment>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>no hay permiso</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>part of its path is not a folder</source>
        <translation>una parte de su ruta no es una carpeta</translation>
    </message>
    <message>
        <source>the disk reported a read or write error</source>
        <translation>el disco ha dado un error de lectura o escritura</translation>
    </message>
    <message>
        <source>it is in use</source>
        <translation>está en uso</translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation>su nombre es demasiado largo</translation>
    </message>
    <message>
        <source>it is a link that leads in a circle</source>
        <translation>es un enlace que da vueltas en círculo</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>hay demasiados archivos abiertos</translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation>el ordenador se ha quedado sin memoria</translation>
    </message>
    <message>
        <source>the system refused (%1)</source>
        <translation>el sistema lo ha rechazado (%1)</translation>
    </message>
    <message>
        <source>it is a named pipe</source>
        <translation>es una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <source>it is a device</source>
        <translation>es un dispositivo</translation>
    </message>
    <message>
        <source>it is a socket</source>
        <translation>es un socket</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>no es un archivo</translation>
    </message>
    <message>
        <source>it is in use by another program</source>
        <translation>otro programa lo está usando</translation>
    </message>
    <message>
        <source>it cannot be written to</source>
        <translation>no se puede escribir en él</translation>
    </message>
    <message>
        <source>it could not be opened</source>
        <translation>no se pudo abrir</translation>
    </message>
    <message>
        <source>its contents are damaged</source>
        <translation>su contenido está dañado</translation>
    </message>
    <message>
        <source>an unexpected database error (%1)</source>
        <translation>un error inesperado de la base de datos (%1)</translation>
    </message>
    <message>
        <source>Acupress could not be set to start when you log in, because %1. Your other settings are saved.</source>
        <extracomment>The option the entry starts the app with: no window, only the reminder armed. The icon of the installed app (packaging/linux). Characters that make an Exec argument need quotes (Desktop Entry Specification, &quot;Exec key&quot;).</extracomment>
        <translation>No se pudo hacer que Acupress se inicie al entrar en el equipo, porque %1. El resto de sus ajustes está guardado.</translation>
    </message>
    <message>
        <source>Acupress could not stop starting when you log in, because %1. Your other settings are saved.</source>
        <translation>No se pudo quitar el inicio de Acupress al entrar en el equipo, porque %1. El resto de sus ajustes está guardado.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Session complete</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sesión detenida</translation>
    </message>
    <message>
        <source>Points done: %1 of %2 · Time: %3</source>
        <translation>Puntos hechos: %1 de %2 · Tiempo: %3</translation>
    </message>
    <message>
        <source>Saved as the routine “%1”.</source>
        <translation>Guardada como la rutina «%1».</translation>
    </message>
    <message>
        <source>Pain &amp;before (0–10)</source>
        <translation>Dolor &amp;antes (0–10)</translation>
    </message>
    <message>
        <source>Pain &amp;after (0–10)</source>
        <translation>Dolor &amp;después (0–10)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Pain before the session, 0 to 10</source>
        <translation>Dolor antes de la sesión, de 0 a 10</translation>
    </message>
    <message>
        <source>Pain after the session, 0 to 10</source>
        <translation>Dolor después de la sesión, de 0 a 10</translation>
    </message>
    <message>
        <source>Keep these points as a &amp;routine:</source>
        <translation>Guardar estos puntos como &amp;rutina:</translation>
    </message>
    <message>
        <source>Name, for example “Evening back care”</source>
        <translation>Nombre, por ejemplo «Cuidado de la espalda por la noche»</translation>
    </message>
    <message>
        <source>Name for the new routine</source>
        <translation>Nombre de la nueva rutina</translation>
    </message>
    <message>
        <source>Save as routine</source>
        <translation>Guardar como rutina</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Guardar y cerrar</translation>
    </message>
    <message>
        <source>Type a name for the routine first.</source>
        <translation>Escriba primero un nombre para la rutina.</translation>
    </message>
</context>
<context>
    <name>TextPages</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ThirdPartyLicencesDialog</name>
    <message>
        <source>Third-party licences</source>
        <translation>Licencias de terceros</translation>
    </message>
    <message>
        <source>Acupress is built on free software. These are the programs it uses, with their licences.</source>
        <translation>Acupress está construido con software libre. Estos son los programas que utiliza, con sus licencias.</translation>
    </message>
    <message>
        <source>The list of third-party licences is missing from this installation. Acupress uses Qt for Python (PySide6, LGPL-3.0), platformdirs (MIT) and Python (PSF).</source>
        <translation>Falta en esta instalación la lista de licencias de terceros. Acupress utiliza Qt para Python (PySide6, LGPL-3.0), platformdirs (MIT) y Python (PSF).</translation>
    </message>
    <message>
        <source>Third-party licences, text</source>
        <translation>Licencias de terceros, texto</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>“%1” was not imported. %2 Your routines are unchanged.</source>
        <translation>No se ha importado «%1». %2 Sus rutinas no han cambiado.</translation>
    </message>
    <message>
        <source>“%1” was not imported (in the routine “%3”): %2 Your routines are unchanged.</source>
        <translation>No se ha importado «%1» (en la rutina «%3»): %2 Sus rutinas no han cambiado.</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2 Your routines are unchanged.</source>
        <translation>No se ha importado «%1»: %2 Sus rutinas no han cambiado.</translation>
    </message>
    <message>
        <source>There are no routines to export; nothing was written.</source>
        <translation>No hay rutinas que exportar; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>%1 routines are more than the %2 one file may hold; nothing was written. Export them in smaller groups.</source>
        <translation>%1 rutinas son más de las %2 que caben en un archivo; no se ha escrito nada. Expórtelas en grupos más pequeños.</translation>
    </message>
    <message>
        <source>A routine holds a character that cannot be saved (U+%1); nothing was written.</source>
        <translation>Una rutina contiene un carácter que no se puede guardar (U+%1); no se ha escrito nada.</translation>
    </message>
    <message>
        <source>These routines take more than 1 MiB, more than one file may hold; nothing was written. Export them in smaller groups.</source>
        <translation>Estas rutinas ocupan más de 1 MiB, más de lo que cabe en un archivo; no se ha escrito nada. Expórtelas en grupos más pequeños.</translation>
    </message>
    <message>
        <source>The file was not imported. %1 Your routines are unchanged.</source>
        <extracomment>With these three caps the largest possible export still fits in MAX_IMPORT_BYTES. The same bound as Routine.validate() uses for switch_seconds.</extracomment>
        <translation>No se ha importado el archivo. %1 Sus rutinas no han cambiado.</translation>
    </message>
    <message>
        <source>The file was not imported (in the routine “%2”): %1 Your routines are unchanged.</source>
        <translation>No se ha importado el archivo (en la rutina «%2»): %1 Sus rutinas no han cambiado.</translation>
    </message>
    <message>
        <source>The file was not imported: %1 Your routines are unchanged.</source>
        <translation>No se ha importado el archivo: %1 Sus rutinas no han cambiado.</translation>
    </message>
    <message>
        <source>The routines “%1” could not be exported: %2 Nothing was written.</source>
        <translation>No se ha podido exportar la rutina «%1»: %2 No se ha escrito nada.</translation>
    </message>
    <message>
        <source>The routines could not be exported: %1 Nothing was written.</source>
        <translation>No se han podido exportar las rutinas: %1 No se ha escrito nada.</translation>
    </message>
    <message>
        <source>The routines could not be saved as %1 (%2). Nothing was written there and your routines are unchanged; choose another folder.</source>
        <translation>No se han podido guardar las rutinas como %1 (%2). No se ha escrito nada ahí y sus rutinas no han cambiado; elija otra carpeta.</translation>
    </message>
    <message>
        <source>The file is not an ordinary file (%1), so it is not an Acupress routine file.</source>
        <translation>El archivo no es un archivo normal (%1), así que no es un archivo de rutinas de Acupress.</translation>
    </message>
    <message>
        <source>The file could not be read (%1); check that it still exists and that you may open it.</source>
        <translation>No se ha podido leer el archivo (%1); compruebe que sigue existiendo y que tiene permiso para abrirlo.</translation>
    </message>
    <message>
        <source>The file is larger than 1 MiB, far more than any routine file needs (they are a few kilobytes), so it is not an Acupress routine file.</source>
        <translation>El archivo ocupa más de 1 MiB, mucho más de lo que necesita un archivo de rutinas (ocupan unos pocos kilobytes), así que no es un archivo de rutinas de Acupress.</translation>
    </message>
    <message>
        <source>The file is empty, so it is not an Acupress routine file.</source>
        <translation>El archivo está vacío, así que no es un archivo de rutinas de Acupress.</translation>
    </message>
    <message>
        <source>The file is %1 text; routine files are UTF-8. Save it again as UTF-8, or export it again from Acupress.</source>
        <translation>El archivo es texto %1; los archivos de rutinas son UTF-8. Vuelva a guardarlo como UTF-8 o vuelva a exportarlo desde Acupress.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte 0x%1 at position %2), so it is not an Acupress routine file.</source>
        <translation>El archivo no es texto UTF-8 (byte 0x%1 en la posición %2), así que no es un archivo de rutinas de Acupress.</translation>
    </message>
    <message>
        <source>The file holds “%1”, which is not a number JSON allows, so it is not an Acupress routine file.</source>
        <translation>El archivo contiene «%1», que no es un número admitido en JSON, así que no es un archivo de rutinas de Acupress.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2); it may be damaged or cut short.</source>
        <translation>El archivo no es JSON válido (línea %1, columna %2); puede que esté dañado o incompleto.</translation>
    </message>
    <message>
        <source>The file is nested far too deeply, so it is not an Acupress routine file.</source>
        <translation>El archivo tiene demasiados niveles anidados, así que no es un archivo de rutinas de Acupress.</translation>
    </message>
    <message>
        <source>The file holds a number with far too many digits, so it is not an Acupress routine file.</source>
        <translation>El archivo contiene un número con demasiadas cifras, así que no es un archivo de rutinas de Acupress.</translation>
    </message>
    <message>
        <source>The file holds %1, not an object with routines, so it is not an Acupress routine file.</source>
        <translation>El archivo contiene %1, no un objeto con rutinas, así que no es un archivo de rutinas de Acupress.</translation>
    </message>
    <message>
        <source>this field is missing, so it is not an Acupress routine file.</source>
        <translation>falta este campo, así que no es un archivo de rutinas de Acupress.</translation>
    </message>
    <message>
        <source>%1 is not “%2”, so it is not an Acupress routine file.</source>
        <translation>%1 no es «%2», así que no es un archivo de rutinas de Acupress.</translation>
    </message>
    <message>
        <source>“%1” is not a date like 2026-11-25.</source>
        <translation>«%1» no es una fecha como 2026-11-25.</translation>
    </message>
    <message>
        <source>the file holds no routines.</source>
        <translation>el archivo no contiene ninguna rutina.</translation>
    </message>
    <message>
        <source>%1 routines are more than the %2 one file may hold.</source>
        <translation>%1 rutinas son más de las %2 que caben en un archivo.</translation>
    </message>
    <message>
        <source>“%1” is also the name of routines[%2]; names in one file must differ.</source>
        <translation>«%1» es también el nombre de routines[%2]; los nombres de un mismo archivo deben ser distintos.</translation>
    </message>
    <message>
        <source>this field is missing.</source>
        <translation>falta este campo.</translation>
    </message>
    <message>
        <source>this file was made by a newer Acupress (file version %1); this Acupress reads version %2. Update Acupress to import it.</source>
        <translation>este archivo se hizo con un Acupress más reciente (versión de archivo %1); este Acupress lee la versión %2. Actualice Acupress para importarlo.</translation>
    </message>
    <message>
        <source>%1 is not a version of the routine file format.</source>
        <translation>%1 no es una versión del formato de archivo de rutinas.</translation>
    </message>
    <message>
        <source>a routine needs at least one point.</source>
        <translation>una rutina necesita al menos un punto.</translation>
    </message>
    <message>
        <source>%1 points are more than the %2 a routine may have.</source>
        <translation>%1 puntos son más de los %2 que puede tener una rutina.</translation>
    </message>
    <message>
        <source>“%1” is not a point Acupress knows.</source>
        <translation>«%1» no es un punto que Acupress conozca.</translation>
    </message>
    <message>
        <source>this field appears twice; keep only one.</source>
        <translation>este campo aparece dos veces; deje solo uno.</translation>
    </message>
    <message>
        <source>this is not a field Acupress knows.</source>
        <translation>este no es un campo que Acupress conozca.</translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3.</source>
        <translation>%1 no está entre %2 y %3.</translation>
    </message>
    <message>
        <source>“%1” is not a breathing pattern Acupress knows (%2).</source>
        <translation>«%1» no es un patrón de respiración que Acupress conozca (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a press style Acupress knows (%2).</source>
        <translation>«%1» no es un estilo de presión que Acupress conozca (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a side Acupress knows (%2).</source>
        <translation>«%1» no es un lado que Acupress conozca (%2).</translation>
    </message>
    <message>
        <source>this needs a name, not an empty text.</source>
        <translation>aquí hace falta un nombre, no un texto vacío.</translation>
    </message>
    <message>
        <source>%1 characters are more than the %2 allowed.</source>
        <translation>%1 caracteres son más de los %2 permitidos.</translation>
    </message>
    <message>
        <source>holds a character that is not allowed (U+%1).</source>
        <translation>contiene un carácter que no está permitido (U+%1).</translation>
    </message>
    <message>
        <source>a huge number</source>
        <translation>un número enorme</translation>
    </message>
    <message>
        <source>a huge negative number</source>
        <translation>un número negativo enorme</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>el número %1</translation>
    </message>
    <message>
        <source>the text “%1”</source>
        <translation>el texto «%1»</translation>
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
        <source>expected an object, found %1.</source>
        <translation>se esperaba un objeto y se ha encontrado %1.</translation>
    </message>
    <message>
        <source>expected a list, found %1.</source>
        <translation>se esperaba una lista y se ha encontrado %1.</translation>
    </message>
    <message>
        <source>expected a text, found %1.</source>
        <translation>se esperaba un texto y se ha encontrado %1.</translation>
    </message>
    <message>
        <source>expected true or false, found %1.</source>
        <translation>se esperaba verdadero o falso y se encontró %1.</translation>
    </message>
    <message>
        <source>expected a whole number, found %1.</source>
        <translation>se esperaba un número entero y se ha encontrado %1.</translation>
    </message>
</context>
<context>
    <name>WeeklyMinutesChart</name>
    <message>
        <source>Minutes per week</source>
        <extracomment>The pain chart shows at most this many sessions (the latest ones). Space between legend entries (and between the title and the legend), in pixels.</extracomment>
        <translation>Minutos por semana</translation>
    </message>
</context>
<context>
    <name>WhatWorks</name>
    <message>
        <source>the same change every time</source>
        <translation>el mismo cambio cada vez</translation>
    </message>
    <message>
        <source>somewhere between %1 down and %2 up</source>
        <translation>en algún punto entre %1 menos y %2 más</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more session(s) with pain scores before and after needed for an average (%2 so far).</source>
        <translation>
            <numerusform>%1: falta %n sesión más con puntuación de dolor antes y después para calcular una media (%2 hasta ahora).</numerusform>
            <numerusform>%1: faltan %n sesiones más con puntuación de dolor antes y después para calcular una media (%2 hasta ahora).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In your %n session(s) with %1, pain went down by %2 points on average (%3).</source>
        <translation>
            <numerusform>En su %n sesión con %1, el dolor bajó %2 puntos de media (%3).</numerusform>
            <numerusform>En sus %n sesiones con %1, el dolor bajó %2 puntos de media (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In your %n session(s) with %1, pain went up by %2 points on average (%3).</source>
        <translation>
            <numerusform>En su %n sesión con %1, el dolor subió %2 puntos de media (%3).</numerusform>
            <numerusform>En sus %n sesiones con %1, el dolor subió %2 puntos de media (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In your %n session(s) with %1, pain did not change on average (%3).</source>
        <translation>
            <numerusform>En su %n sesión con %1, el dolor no cambió de media (%3).</numerusform>
            <numerusform>En sus %n sesiones con %1, el dolor no cambió de media (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>This is what your own scores show, not proof that the routine caused it. The range in brackets is where the true average probably lies (95 %); it narrows with more sessions.</source>
        <translation>Esto es lo que muestran sus propias puntuaciones, no una prueba de que la rutina lo haya causado. El intervalo entre paréntesis es donde probablemente está la media real (95 %); se estrecha con más sesiones.</translation>
    </message>
    <message>
        <source>Give a pain score before and after your sessions: from %1 sessions with a routine, this shows how your pain changed with it.</source>
        <translation>Puntúe su dolor antes y después de sus sesiones: a partir de %1 sesiones con una rutina, aquí verá cómo cambió su dolor con ella.</translation>
    </message>
</context>
</TS>
