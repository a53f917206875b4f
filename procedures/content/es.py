"""Spanish (Latin American, plain, "usted") versions of the patient-facing text.

Pure data for the loader. SPANISH mirrors the English modules: every list has the
same length and order as its English twin, so step N in Spanish is step N in
English. Timings, slugs, dates and other non-text fields stay in the English
modules and are not repeated here. Shared steps come from small helpers, as in
procedures.py.
"""

import textwrap


def _t(text):
    """Tidy a text block written with source indentation.

    Removes the indentation and joins soft-wrapped lines, so each paragraph and
    each "- " list item ends up on one line of Markdown.
    """
    blocks = []
    for block in textwrap.dedent(text).strip().split("\n\n"):
        lines = []
        for line in block.splitlines():
            if lines and not line.startswith(("- ", "#")) and not lines[-1].startswith("#"):
                lines[-1] += " " + line.strip()
            else:
                lines.append(line.strip())
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


# ---------------------------------------------------------------------------
# Shared text blocks (mirror procedures.py)
# ---------------------------------------------------------------------------

_RADIOLOGIST = _t(
    """
    Este procedimiento lo hace un radiólogo. Es un médico experto en imágenes
    médicas. El médico usa fluoroscopia para guiar la aguja. La fluoroscopia
    es una imagen de rayos X en vivo que se ve en una pantalla.
    """
)


def _how_done(position, target, medicine, extra_step=None, ending=None):
    steps = [
        position,
        "Se limpia su piel para ayudar a evitar gérmenes.",
        "El médico adormece su piel con anestesia local. Es un medicamento "
        "para adormecer. Usted siente un piquete rápido y luego presión.",
        "Mirando los rayos X en vivo, el médico guía una aguja delgada "
        + target,
    ]
    if extra_step:
        steps.append(extra_step)
    steps += [
        "Se pone una pequeña cantidad de medio de contraste. Es un tinte para "
        "rayos X. Muestra que la aguja está en el lugar correcto.",
        medicine,
        "Se retira la aguja. Se pone una pequeña venda en el lugar.",
    ]
    text = _RADIOLOGIST + "\n\n" + "\n".join("- " + s for s in steps)
    if ending:
        text += "\n\n" + ending
    return text


_STEROID_SIDE_EFFECTS = _t(
    """
    - Cara roja y caliente (enrojecimiento).
    - Dificultad para dormir o sentirse inquieto.
    - Azúcar en la sangre más alta y presión arterial más alta.
    - Retención de líquidos en el cuerpo.
    - Cambios en su periodo menstrual.
    """
)

_RADIATION = (
    "La dosis de rayos X es pequeña. Avísele al personal si está embarazada o "
    "podría estarlo."
)


def _risks(numb_item, headache=True, extra_items=(), steroid_intro=None,
           ending=None):
    items = [
        "Dolor o un moretón donde entró la aguja.",
        numb_item,
    ]
    if headache:
        items.append(
            "Dolor de cabeza. Rara vez, se debe a un agujero muy pequeño en la "
            "bolsa de líquido que rodea los nervios de la columna. Si no se "
            "quita, un tratamiento llamado parche de sangre puede ayudar."
        )
    items += [
        "Infección.",
        "Sangrado.",
        "Una reacción alérgica al tinte para rayos X o a un medicamento.",
        "Daño a un nervio. Esto es raro.",
    ]
    items += list(extra_items)
    parts = [
        "Los problemas graves no son comunes. Los riesgos posibles incluyen:"
        "\n\n" + "\n".join("- " + i for i in items),
        (steroid_intro
         or "El esteroide puede causar efectos secundarios por unos días:")
        + "\n\n" + _STEROID_SIDE_EFFECTS,
        _RADIATION,
    ]
    if ending:
        parts.append(ending)
    return "\n\n".join(parts)


_RELIEF_VARIES = _t(
    """
    El alivio que usted sienta es distinto en cada persona. Depende de:

    - La causa de su dolor.
    - Otros problemas de salud que aumentan el dolor.
    - Qué tan activo es usted.
    - Cómo responde su cuerpo al esteroide.
    """
)

_DURATION = _t(
    """
    La inyección en sí dura de 15 a 30 minutos. Puede durar hasta una hora si
    el médico trata más de un nivel de la columna.

    Planee estar en el consultorio de 1 a 2 horas. Esto incluye el registro,
    la preparación, la inyección y un descanso corto después.
    """
)

_DURATION_JOINT = _t(
    """
    La inyección en sí dura de 15 a 30 minutos. Sacar líquido de la
    articulación puede tomar unos minutos más.

    Planee estar en el consultorio de 1 a 2 horas. Esto incluye el registro,
    la preparación, la inyección y un descanso corto después.
    """
)


# ---------------------------------------------------------------------------
# Preparation steps: (title, details), same order as procedures.py
# ---------------------------------------------------------------------------

def _preparation(driver_reason, diagnostic, steroid_maybe=False):
    if steroid_maybe:
        sugar = (
            "Si se usa un esteroide, puede subir su azúcar en la sangre por "
            "unos días, y a veces por 1 a 2 semanas. Pregunte al médico que "
            "trata su diabetes cómo prepararse. Tenga suficientes tiras de "
            "prueba en casa para medirse más seguido."
        )
    else:
        sugar = (
            "El esteroide puede subir su azúcar en la sangre por unos días, y "
            "a veces por 1 a 2 semanas. Pregunte al médico que trata su "
            "diabetes cómo prepararse. Tenga suficientes tiras de prueba en "
            "casa para medirse más seguido."
        )
    steps = [
        (
            "Avísenos si toma anticoagulantes",
            "Avísenos con días de anticipación si toma un medicamento para "
            "hacer la sangre menos espesa (anticoagulante). Algunos ejemplos "
            "son warfarina, clopidogrel, apixabán, rivaroxabán y aspirina. "
            "**Nunca deje de tomarlo sin el permiso del médico que se lo "
            "recetó.** Nosotros le diremos si debe suspenderlo, por cuántos "
            "días y cuándo volver a tomarlo.",
        ),
        ("Prepárese si tiene diabetes", sugar),
        (
            "Avísenos sobre sus alergias",
            "Díganos si alguna vez tuvo una reacción al tinte para rayos X "
            "(medio de contraste), a un medicamento para adormecer o al látex. "
            "Una alergia a los mariscos no es una alergia al tinte para rayos "
            "X. Aun así, díganos todas sus alergias.",
        ),
        (
            "Avísenos si está embarazada o tiene una infección",
            "Díganos si está embarazada o podría estarlo. También llame si "
            "tiene fiebre o una infección, o si toma antibióticos. Puede ser "
            "necesario esperar a que usted esté bien para la inyección.",
        ),
        (
            "Busque a alguien que maneje",
            "Un adulto debe llevarlo a su casa en auto. " + driver_reason
            + " Si le dan medicamento para relajarse (sedación), no maneje "
            "por 24 horas.",
        ),
        (
            "Prepare lo que debe traer",
            "Traiga una identificación con foto y su tarjeta del seguro. "
            "Traiga una lista de todos sus medicamentos y alergias. Si le "
            "hicieron estudios como una resonancia magnética o una tomografía "
            "en otro lugar, tráigalos o pida que nos los envíen.",
        ),
        (
            "Coma según le indique su equipo de atención",
            "Siga las indicaciones sobre comida que le dé su equipo de "
            "atención. Muchas veces puede comer algo ligero si no va a recibir "
            "sedación. Siga tomando sus medicamentos de siempre, a menos que "
            "le digan lo contrario.",
        ),
        (
            "Vístase cómodo y llegue temprano",
            "Use ropa suelta y cómoda. Llegue 30 minutos antes, o a la hora "
            "que le indique su equipo de atención. Así tendrá tiempo para "
            "registrarse.",
        ),
    ]
    if diagnostic:
        steps.append(
            (
                "Venga con su dolor de siempre",
                "Esta inyección también es una prueba. Su médico necesita ver "
                "cuánto cambia su dolor de siempre. Pregunte a su equipo de "
                "atención si debe dejar de tomar algún medicamento para el "
                "dolor esa mañana.",
            )
        )
    return steps


# ---------------------------------------------------------------------------
# Aftercare steps: (title, details)
# ---------------------------------------------------------------------------

_AFTER_REST = (
    "Descanse un rato",
    "Usted descansará un rato en el consultorio. El personal puede pedirle "
    "que haga algunos movimientos que antes le dolían. Así se ve cuánto "
    "cambió su dolor.",
)

_AFTER_DRIVE = (
    "Deje que otra persona maneje",
    "No maneje el resto del día. El medicamento para adormecer puede hacer "
    "que frene más lento, aunque sienta la pierna normal. Después de la "
    "sedación, no maneje por 24 horas.",
)

_AFTER_MOVE = (
    "Siga moviéndose con cuidado",
    "Caminar es bueno. Ayuda a aliviar la rigidez. No levante nada pesado por "
    "24 horas y evite el ejercicio fuerte hoy. Puede volver a sus actividades "
    "de siempre mañana, a menos que le digan lo contrario.",
)

_AFTER_NO_EXTRA_PAIN_MEDICINE = (
    "No tome medicamento extra para el dolor hoy",
    "Siga tomando sus medicamentos de siempre, a menos que le digan lo "
    "contrario. Pero no tome medicamento extra para el dolor hoy, por lo "
    "menos durante las primeras 6 a 8 horas. Así, su alivio muestra lo que "
    "hizo la inyección por sí sola.",
)

_AFTER_DIARY = (
    "Anote su alivio del dolor",
    "Anote su dolor antes de la inyección y más o menos cada hora después. "
    "Anote cuánto bajó el dolor y cuánto tiempo duró el alivio. Este diario "
    "del dolor ayuda a su médico a planear el siguiente paso.",
)

_AFTER_ICE = (
    "Use hielo si le duele",
    "El lugar puede estar adolorido por un par de días. Póngase una bolsa de "
    "hielo envuelta en una tela por unos 20 minutos, 3 o 4 veces al día. No "
    "use almohadillas de calor ni cremas en el lugar el primer día.",
)

_AFTER_WATER = (
    "Dúchese, pero no se remoje",
    "Puede ducharse. No se bañe en tina, no use un jacuzzi y no nade por 24 a "
    "48 horas. Su equipo de atención le dirá cuánto tiempo esperar.",
)

_AFTER_SUGAR = (
    "Mida su azúcar si tiene diabetes",
    "El esteroide puede subir su azúcar en la sangre por unos días. Mídala "
    "más seguido que de costumbre. Si está alta, llame al médico que trata su "
    "diabetes.",
)

_AFTER_CALL = (
    "Conteste nuestra llamada de seguimiento",
    "Le llamaremos al día siguiente, o le pediremos que nos llame. Queremos "
    "saber cuánto alivio tuvo y por cuánto tiempo. Tenga a mano su diario del "
    "dolor.",
)


# ---------------------------------------------------------------------------
# Care cards
# ---------------------------------------------------------------------------

def care_cards(site="donde entró la aguja", limbs="piernas o brazos",
               neck_note=True, spinal_headache=True,
               numb_sign="Adormecimiento que no se ha quitado después de unas "
                         "8 horas.",
               extra_urgent=()):
    """Spanish twin of procedures.care_cards (same signs, same order)."""
    stroke = (
        "Señales de un derrame cerebral (la cara caída, un brazo débil o "
        "dificultad para hablar) o pérdida repentina de la vista"
    )
    stroke += (", sobre todo después de una inyección en el cuello."
               if neck_note else ".")
    emergency = {
        "title": "Llame al 911 o vaya a la sala de emergencias",
        "signs": [
            "Debilidad o adormecimiento nuevo o peor en las " + limbs + ".",
            "Adormecimiento en la ingle o en la parte interna de los muslos.",
            "Pérdida del control de la vejiga o del intestino, o no poder "
            "orinar.",
            "Fiebre o escalofríos con dolor fuerte de espalda o el cuello "
            "rígido.",
            stroke,
            "Dificultad para respirar.",
            "Hinchazón de la cara o la garganta.",
            "Dolor en el pecho.",
        ],
        "advice": (
            "Llame al 911 o vaya a la sala de emergencias más cercana de "
            "inmediato. Dígales qué inyección le pusieron y cuándo."
        ),
    }
    urgent_signs = [
        "Fiebre de más de 100.4 °F (38 °C), o escalofríos.",
        "Enrojecimiento, calor, hinchazón o salida de líquido " + site + ".",
        "Dolor fuerte o que empeora rápido.",
    ]
    urgent_signs += list(extra_urgent)
    if spinal_headache:
        urgent_signs.append(
            "Dolor de cabeza que empeora al sentarse o pararse y mejora al "
            "acostarse."
        )
    urgent_signs.append(numb_sign)
    urgent_advice = (
        "Llame a la clínica ahora, o a nuestra línea fuera de horario en la "
        "noche y los fines de semana."
    )
    if spinal_headache:
        urgent_advice += (
            " Si tiene este tipo de dolor de cabeza, acuéstese, tome líquidos "
            "y pruebe algo con cafeína mientras espera."
        )
    return {
        "office_hours": {
            "title": "Llame a la clínica en horario de oficina",
            "signs": [
                "Dolor en el lugar que dura más de unos días.",
                "Azúcar en la sangre más alta de lo normal por más de un par "
                "de días.",
                "Preguntas sobre sus medicamentos o sus próximos pasos.",
            ],
            "advice": (
                "Llámenos en horario de oficina. Con gusto le ayudamos con "
                "cualquier pregunta."
            ),
        },
        "urgent": {
            "title": "Llame a la clínica de inmediato",
            "signs": urgent_signs,
            "advice": urgent_advice,
        },
        "emergency": emergency,
    }


_FAQ_HURT = (
    "¿Me va a doler?",
    "Sentirá un piquete rápido cuando el médico adormezca su piel. Después, "
    "la mayoría de las personas sienten más presión que dolor. Avísele al "
    "médico si algo le duele. El personal le ayudará a estar lo más cómodo "
    "posible.",
)

_FAQ_STEROID_KIND = (
    "¿Es el mismo esteroide que se usa para aumentar músculo?",
    "No. Usamos un corticosteroide. Es un medicamento que calma la hinchazón "
    "y la irritación. No es el tipo de esteroide que algunas personas usan "
    "para aumentar músculo.",
)

_FAQ_EAT = (
    "¿Puedo comer antes de la inyección?",
    "Siga las indicaciones que le dé su equipo de atención. Muchas veces puede "
    "comer algo ligero si no va a recibir sedación. La sedación es un "
    "medicamento para ayudarle a relajarse. Siga tomando sus medicamentos de "
    "siempre, a menos que le digan lo contrario.",
)

_WHY_PAIN_TEST = _t(
    """
    Venga ese día con su dolor de siempre. Si no tiene dolor, es difícil
    leer la prueba.
    """
)


# ---------------------------------------------------------------------------
# The five procedures, keyed by slug
# ---------------------------------------------------------------------------

_PROCEDURES = {
    "nerve-root-block": {
        "name": "Bloqueo de raíz nerviosa",
        "summary": (
            "Medicamento que se pone junto a un nervio de la columna. Ayuda a "
            "saber qué nervio causa el dolor que baja a un brazo o pierna, y "
            "puede aliviarlo."
        ),
        "what_it_is": _t(
            """
            Un bloqueo de raíz nerviosa es una inyección de medicamento junto
            a un nervio de la columna. El médico la pone donde el nervio sale
            de la columna. Esta parte del nervio se llama raíz nerviosa.
            También puede oír el nombre de bloqueo selectivo de raíz nerviosa.

            El medicamento es para adormecer. Muchas veces se agrega un
            esteroide. Un esteroide calma la hinchazón y la irritación
            alrededor del nervio.
            """
        ),
        "why_done": _t(
            """
            Su médico puede sugerir este bloqueo si el dolor baja del cuello a
            un brazo, o de la espalda a una pierna. Muchas personas lo llaman
            nervio pinchado o pellizcado. El dolor que baja por la pierna se
            llama muchas veces ciática. La causa puede ser un disco abultado.
            O la abertura por donde sale el nervio se pudo haber estrechado.

            El bloqueo es sobre todo una prueba. Ayuda a mostrar qué nervio
            causa su dolor:

            - Si el medicamento para adormecer alivia su dolor, es probable
              que ese nervio sea la causa.
            - El esteroide también puede aliviar el dolor por más tiempo.
            """
        ) + "\n\n" + _WHY_PAIN_TEST,
        "how_done": _how_done(
            position="Usted se acuesta en la mesa, casi siempre boca abajo.",
            target="hasta la raíz nerviosa, junto al nervio.",
            medicine=(
                "Luego el médico inyecta el medicamento. Es un medicamento para "
                "adormecer, muchas veces con un esteroide."
            ),
        ),
        "what_you_feel": _t(
            """
            La inyección para adormecer arde por unos segundos. Después, debe
            sentir más presión que dolor. Dígale al médico lo que siente. Trate
            de quedarse quieto.

            Después, su brazo o pierna puede sentirse adormecido, pesado o
            débil por unas horas. Esto es normal. Por eso alguien debe llevarlo
            a casa. Tenga cuidado en las escaleras hasta que vuelva la
            sensibilidad.
            """
        ),
        "risks": _risks(
            numb_item=(
                "Adormecimiento o debilidad en el brazo o la pierna. Dura unas "
                "horas."
            ),
        ),
        "results": _t(
            """
            Si el medicamento para adormecer llega al nervio que causa su
            dolor, el dolor debe bajar en minutos. Este alivio dura unas horas,
            hasta que se quita el efecto. Anote cuánto cambió su dolor y cuánto
            duró el alivio. Esto le dice a su médico si ese nervio es la causa.

            Luego el dolor puede volver. Hasta puede sentirse un poco peor por
            uno o dos días. El esteroide casi siempre empieza a ayudar en 2 a 7
            días. A veces tarda hasta 2 semanas.
            """
        ) + "\n\n" + _RELIEF_VARIES,
        "duration": _DURATION,
        "illustration_alt": (
            "Dibujo de la parte baja de la columna vista de lado, con tres "
            "huesos de la columna y dos discos. Una aguja delgada entra por la "
            "espalda y apunta a una raíz nerviosa donde sale de la columna. "
            "Un medicamento sombreado rodea la raíz nerviosa."
        ),
        "preparation": _preparation(
            driver_reason=(
                "Su brazo o pierna puede sentirse adormecido o débil por unas "
                "horas."
            ),
            diagnostic=True,
        ),
        "aftercare": [
            _AFTER_REST,
            _AFTER_DRIVE,
            _AFTER_MOVE,
            _AFTER_NO_EXTRA_PAIN_MEDICINE,
            _AFTER_DIARY,
            _AFTER_ICE,
            _AFTER_WATER,
            _AFTER_SUGAR,
            _AFTER_CALL,
            (
                "Planee su siguiente paso",
                "El esteroide casi siempre empieza a ayudar en 2 a 7 días. Sus "
                "resultados ayudan a su médico a planear lo que sigue. Puede "
                "ser otra inyección, más estudios u otro tipo de tratamiento.",
            ),
        ],
        "faqs": [
            _FAQ_HURT,
            (
                "¿Por qué debo venir con mi dolor?",
                "Este bloqueo es una prueba. Su médico necesita ver si su "
                "dolor se quita cuando el nervio está adormecido. Si ese día "
                "no tiene dolor, no hay nada que medir. Pregunte a su equipo "
                "de atención antes de dejar de tomar algún medicamento para el "
                "dolor.",
            ),
            (
                "¿Por qué se me adormecerá el brazo o la pierna?",
                "El medicamento para adormecer actúa sobre el nervio que va a "
                "su brazo o pierna. Por eso, puede sentirlo adormecido, pesado "
                "o débil por unas horas. Por esto necesita que alguien maneje.",
            ),
            (
                "¿Cuándo me sentiré mejor?",
                "El medicamento para adormecer puede aliviar su dolor en "
                "minutos. El efecto se quita en unas horas. El esteroide casi "
                "siempre empieza a ayudar en 2 a 7 días, y a veces hasta en 2 "
                "semanas. Mientras tanto, el dolor puede sentirse un poco peor "
                "por uno o dos días.",
            ),
            _FAQ_STEROID_KIND,
            _FAQ_EAT,
        ],
        "care_cards": care_cards(),
    },
    # -----------------------------------------------------------------------
    "epidural-steroid-injection": {
        "name": "Inyección epidural de esteroides",
        "summary": (
            "Esteroide y medicamento para adormecer en el espacio alrededor de "
            "los nervios de la columna. Puede aliviar el dolor de espalda o "
            "cuello que baja a un brazo o pierna."
        ),
        "what_it_is": _t(
            """
            Una inyección epidural de esteroides pone medicamento en el espacio
            epidural. Es una capa delgada de grasa alrededor de la bolsa que
            contiene la médula espinal y los nervios. El medicamento es un
            esteroide y un medicamento para adormecer.

            Hay tres formas de llegar a este espacio. Su médico escoge la que
            mejor le conviene:

            - Entre dos huesos de la columna. Se llama interlaminar.
            - Al lado del nervio, donde sale de la columna. Se llama
              transforaminal.
            - Cerca del coxis. Se llama caudal.
            """
        ),
        "why_done": _t(
            """
            Esta inyección trata el dolor de espalda o cuello que se extiende a
            los brazos o las piernas. Las causas comunes son:

            - Ciática. Es un dolor que baja por la pierna.
            - Hernia de disco. Es un disco que se sale de su lugar y aprieta un
              nervio.
            - Estenosis espinal. Quiere decir que el espacio para los nervios
              se ha vuelto muy estrecho.

            El esteroide calma la hinchazón y la irritación alrededor de los
            nervios. Esto puede aliviar el dolor.
            """
        ),
        "how_done": _how_done(
            position="Usted se acuesta en la mesa, casi siempre boca abajo.",
            target="hasta el espacio epidural.",
            medicine=(
                "Luego el médico inyecta el esteroide y el medicamento para "
                "adormecer."
            ),
        ),
        "what_you_feel": _t(
            """
            La inyección para adormecer arde por unos segundos. Después, debe
            sentir más presión que dolor. Dígale al médico lo que siente. Trate
            de quedarse quieto.

            Después, sus brazos o piernas pueden sentirse adormecidos, pesados
            o débiles por unas horas. Por eso alguien debe llevarlo a casa.
            """
        ),
        "risks": _risks(
            numb_item=(
                "Adormecimiento o debilidad en los brazos o las piernas. Dura "
                "unas horas."
            ),
            ending=_t(
                """
                **Una advertencia de la FDA.** En 2014, la Administración de
                Alimentos y Medicamentos de EE. UU. (FDA) dio una advertencia
                sobre estas inyecciones. En casos raros, pueden causar
                problemas graves. Estos incluyen pérdida de la vista, derrame
                cerebral, parálisis y muerte. Parálisis quiere decir que no
                puede mover una parte del cuerpo. La FDA también dijo que los
                esteroides no están aprobados por la FDA para este uso.

                Su médico hablará con usted sobre estos riesgos antes de que
                usted decida. Haga todas las preguntas que tenga. Usted decide
                si quiere seguir adelante.
                """
            ),
        ),
        "results": _t(
            """
            Puede sentir menos dolor en minutos, por el medicamento para
            adormecer. Este efecto se quita en unas horas. Luego el dolor puede
            volver. Hasta puede sentirse un poco peor por uno o dos días. El
            esteroide casi siempre empieza a ayudar en 2 a 7 días. A veces
            tarda hasta 2 semanas.

            El alivio puede durar de semanas a meses.
            """
        ) + "\n\n" + _RELIEF_VARIES + "\n\n" + _t(
            """
            Si la inyección le ayuda, se puede repetir más adelante. Pero hay
            un límite de cuántas puede recibir en un año. Su médico decide.
            Muchas veces no son más de 3 o 4 al año.
            """
        ),
        "duration": _DURATION,
        "illustration_alt": (
            "Dibujo de un hueso de la columna visto desde arriba, como si el "
            "cuerpo estuviera cortado de lado a lado. La bolsa de la columna "
            "con sus nervios está en el centro. Una aguja delgada entra por la "
            "espalda. Un medicamento sombreado llena el espacio epidural "
            "detrás de la bolsa."
        ),
        "preparation": _preparation(
            driver_reason=(
                "Sus brazos o piernas pueden sentirse adormecidos o débiles por "
                "unas horas."
            ),
            diagnostic=False,
        ),
        "aftercare": [
            _AFTER_REST,
            _AFTER_DRIVE,
            _AFTER_MOVE,
            (
                "Pregunte antes de tomar más medicamento para el dolor",
                "Siga tomando sus medicamentos de siempre, a menos que le digan "
                "lo contrario. Su equipo de atención le dirá si debe evitar "
                "medicamento extra para el dolor hoy. Anote cuánto alivio "
                "tiene y cuánto dura.",
            ),
            _AFTER_ICE,
            _AFTER_WATER,
            _AFTER_SUGAR,
            _AFTER_CALL,
            (
                "Dele tiempo al esteroide",
                "El esteroide casi siempre empieza a ayudar en 2 a 7 días, y a "
                "veces hasta en 2 semanas. Dígale a su médico cuánto le ayudó "
                "y por cuánto tiempo. Esto ayuda a planear el siguiente paso. "
                "Puede ser otra inyección, más estudios u otro tipo de "
                "tratamiento.",
            ),
        ],
        "faqs": [
            _FAQ_HURT,
            (
                "¿Es segura esta inyección?",
                "Los problemas graves son raros. Pero en 2014, la FDA advirtió "
                "que estas inyecciones pueden causar, en casos raros, pérdida "
                "de la vista, derrame cerebral, parálisis o muerte. Su médico "
                "revisará los riesgos y sus preguntas con usted antes de que "
                "decida.",
            ),
            (
                "¿Cuándo me sentiré mejor?",
                "El medicamento para adormecer puede aliviar su dolor en "
                "minutos. El efecto se quita en unas horas. El esteroide casi "
                "siempre empieza a ayudar en 2 a 7 días, y a veces hasta en 2 "
                "semanas. El alivio puede durar de semanas a meses.",
            ),
            (
                "¿Cuántas inyecciones puedo recibir?",
                "Hay un límite de cuántas puede recibir en un año. Su médico "
                "decide. Muchas veces no son más de 3 o 4 al año.",
            ),
            _FAQ_STEROID_KIND,
            _FAQ_EAT,
        ],
        "care_cards": care_cards(),
    },
    # -----------------------------------------------------------------------
    "facet-joint-injection": {
        "name": "Inyección en la articulación facetaria",
        "summary": (
            "Medicamento en una pequeña articulación de la parte de atrás de la "
            "columna. Puede ayudar a hallar la causa del dolor de espalda o "
            "cuello, y aliviarlo."
        ),
        "what_it_is": _t(
            """
            Las articulaciones facetarias son pequeñas articulaciones en la
            parte de atrás de la columna. Están en pares entre los huesos de la
            columna, una de cada lado. Una capa delgada de cartílago, un tejido
            liso, cubre las superficies de la articulación. Estas
            articulaciones guían y limitan cómo se mueve su columna.

            En una inyección facetaria, el médico pone medicamento dentro de
            una o más de estas articulaciones. El medicamento es para
            adormecer, casi siempre con un esteroide.
            """
        ),
        "why_done": _t(
            """
            Una articulación facetaria puede doler cuando está desgastada,
            lastimada o tiene artritis. Este dolor está sobre todo en la
            espalda o el cuello:

            - El dolor facetario de la parte baja de la espalda puede llegar a
              la nalga o al muslo. Casi nunca causa un dolor punzante debajo de
              la rodilla.
            - El dolor facetario del cuello puede llegar al hombro. También
              puede causar dolores de cabeza.

            A veces una resonancia magnética o una tomografía no muestra la
            causa del dolor. Esta inyección puede ayudar a mostrar si una
            articulación facetaria es la causa. También puede aliviar el dolor.

            Su médico puede sugerirla cuando el dolor ha durado de semanas a
            meses. Muchas veces esto es más de 6 semanas a 3 meses. Es para
            cuando otros cuidados, como reposo, terapia física o medicamentos,
            no han ayudado. Su médico decide si es adecuada para usted.

            Venga ese día con su dolor de siempre. Esto ayuda a mostrar si la
            articulación es la causa.
            """
        ),
        "how_done": _how_done(
            position="Usted se acuesta en la mesa, casi siempre boca abajo.",
            target="dentro de la articulación facetaria.",
            medicine=(
                "Luego el médico inyecta el medicamento en la articulación. Es "
                "un medicamento para adormecer, casi siempre con un esteroide."
            ),
            ending=(
                "Si se trata más de una articulación, el médico repite estos "
                "pasos en cada una."
            ),
        ),
        "what_you_feel": _t(
            """
            La inyección para adormecer arde por unos segundos. Después, debe
            sentir más presión que dolor. Dígale al médico lo que siente. Trate
            de quedarse quieto.

            Su espalda o cuello puede sentirse adormecido o un poco adolorido
            por unas horas. Su dolor puede bajar enseguida por el medicamento
            para adormecer.
            """
        ),
        "risks": _risks(
            numb_item="Adormecimiento o debilidad por unas horas.",
        ),
        "results": _t(
            """
            Su dolor de espalda o cuello puede bajar enseguida, por el
            medicamento para adormecer. Esto dura unas horas. Si el dolor baja
            mucho, es probable que la articulación sea la causa. Anote cuánto
            alivio tiene y cuánto dura.

            Cuando se quita el efecto, el dolor puede volver. Hasta puede
            sentirse un poco peor por uno o dos días. El esteroide casi siempre
            empieza a ayudar en 2 a 7 días. A veces tarda hasta 2 semanas.
            """
        ) + "\n\n" + _RELIEF_VARIES + "\n\n" + _t(
            """
            Sus resultados guían el siguiente paso. Si la inyección le ayudó,
            su médico puede sugerir repetirla. Un bloqueo de la rama medial
            puede ser lo que sigue. Si no le ayudó, más estudios pueden buscar
            la causa.
            """
        ),
        "duration": _DURATION,
        "illustration_alt": (
            "Dibujo de la parte baja de la columna vista de lado. Una aguja "
            "delgada entra por la espalda hasta la pequeña articulación "
            "facetaria entre dos huesos de la columna. Un medicamento sombreado "
            "llena la articulación."
        ),
        "preparation": _preparation(
            driver_reason=(
                "El medicamento para adormecer puede hacer que no sea seguro "
                "manejar ese mismo día."
            ),
            diagnostic=True,
        ),
        "aftercare": [
            _AFTER_REST,
            _AFTER_DRIVE,
            _AFTER_MOVE,
            _AFTER_NO_EXTRA_PAIN_MEDICINE,
            _AFTER_DIARY,
            _AFTER_ICE,
            _AFTER_WATER,
            _AFTER_SUGAR,
            _AFTER_CALL,
            (
                "Planee su siguiente paso",
                "El esteroide casi siempre empieza a ayudar en 2 a 7 días. Si "
                "la inyección le ayudó, su médico puede sugerir repetirla. Un "
                "bloqueo de la rama medial puede ser lo que sigue. Si no le "
                "ayudó, puede necesitar más estudios u otro tipo de "
                "tratamiento.",
            ),
        ],
        "faqs": [
            _FAQ_HURT,
            (
                "¿Qué son las articulaciones facetarias?",
                "Son pequeñas articulaciones en la parte de atrás de la "
                "columna. Hay dos entre cada par de huesos de la columna, una "
                "de cada lado. Ayudan a que la columna se doble y gire, y "
                "evitan que se mueva demasiado.",
            ),
            (
                "¿Por qué debo venir con mi dolor?",
                "La inyección también es una prueba. Su médico necesita ver "
                "cuánto cambia su dolor cuando la articulación está "
                "adormecida. Si ese día no tiene dolor, no hay nada que medir.",
            ),
            (
                "¿Cuándo me sentiré mejor?",
                "El medicamento para adormecer puede aliviar su dolor en "
                "minutos. El efecto se quita en unas horas. El esteroide casi "
                "siempre empieza a ayudar en 2 a 7 días, y a veces hasta en 2 "
                "semanas.",
            ),
            (
                "¿Y si no me ayuda?",
                "Ese resultado también sirve. Le dice a su médico que el dolor "
                "puede venir de otro lugar. Los siguientes pasos pueden ser "
                "más estudios u otro tipo de tratamiento.",
            ),
            _FAQ_STEROID_KIND,
        ],
        "care_cards": care_cards(),
    },
    # -----------------------------------------------------------------------
    "medial-branch-block": {
        "name": "Bloqueo de la rama medial",
        "summary": (
            "Una prueba que adormece por unas horas los pequeños nervios de "
            "las articulaciones facetarias. Muestra si estas articulaciones "
            "causan su dolor de espalda o cuello."
        ),
        "what_it_is": _t(
            """
            Las articulaciones facetarias son las pequeñas articulaciones en la
            parte de atrás de la columna. Unos nervios pequeños llevan las
            señales de dolor desde estas articulaciones. Se llaman nervios de
            la rama medial.

            En un bloqueo de la rama medial, el médico pone medicamento para
            adormecer junto a estos nervios pequeños. Por unas horas, los
            nervios dejan de enviar señales de dolor.

            Este bloqueo es una prueba. No busca dar un alivio largo.
            """
        ),
        "why_done": _t(
            """
            El bloqueo muestra si sus articulaciones facetarias causan su dolor
            de espalda o cuello. Si su dolor baja mucho mientras actúa el
            medicamento para adormecer, es probable que estas articulaciones
            sean la causa.

            - La mayoría de las clínicas quieren ver que se quite por lo menos
              la mitad del dolor.
            - Muchas buscan un 80 por ciento o más.
            - Muchas veces el bloqueo se hace dos veces, en dos días distintos,
              para estar seguros.

            Un buen resultado puede llevar a un tratamiento de más duración. Se
            llama ablación por radiofrecuencia. Usa calor en los nervios
            pequeños para bloquear las señales de dolor por meses.

            Venga con su dolor de siempre. Si ese día no tiene dolor, no se
            puede leer la prueba.
            """
        ),
        "how_done": _how_done(
            position="Usted se acuesta en la mesa, casi siempre boca abajo.",
            target="junto al nervio pequeño.",
            medicine=(
                "Luego el médico inyecta una pequeña cantidad de medicamento "
                "para adormecer. Su equipo de atención le dirá si también se "
                "usa un esteroide."
            ),
            ending=(
                "Si se trata más de un nervio, los pasos son los mismos para "
                "cada uno."
            ),
        ),
        "what_you_feel": _t(
            """
            La inyección para adormecer arde por unos segundos. Después, debe
            sentir más presión que dolor. Dígale al médico lo que siente. Trate
            de quedarse quieto.

            En las siguientes horas, su dolor de siempre puede bajar mucho. Su
            espalda o cuello también puede sentirse adormecido.
            """
        ),
        "risks": _risks(
            numb_item="Adormecimiento o debilidad por unas horas.",
            steroid_intro=(
                "Este bloqueo casi siempre usa solo medicamento para adormecer. "
                "Si se agrega un esteroide, puede causar efectos secundarios "
                "por unos días:"
            ),
        ),
        "results": _t(
            """
            El medicamento para adormecer actúa en minutos. Dura unas horas.
            Durante este tiempo, anote cómo está su dolor. Este diario del
            dolor es lo más importante de la prueba. Haga con cuidado las cosas
            que casi siempre le causan dolor. Luego anote cuánto cambió su
            dolor y cuánto duró el cambio.

            Cuando se quita el efecto, vuelve su dolor de siempre. Esto es
            normal. No quiere decir que la prueba falló. El dolor hasta puede
            sentirse un poco peor por uno o dos días. Si se agregó un
            esteroide, casi siempre empieza a ayudar en 2 a 7 días.

            Cuánto cambia su dolor depende de su causa. También influyen otros
            problemas de salud, qué tan activo es usted y cómo responde su
            cuerpo al medicamento.

            Su médico revisa su diario. Si su dolor bajó lo suficiente, puede
            recibir un segundo bloqueo otro día. Después, tal vez pueda recibir
            ablación por radiofrecuencia.
            """
        ),
        "duration": _DURATION,
        "illustration_alt": (
            "Dibujo de la parte baja de la columna vista de lado. La punta de "
            "una aguja delgada descansa sobre el hueso, junto a un pequeño "
            "nervio de la rama medial, justo debajo de una articulación "
            "facetaria. Un medicamento para adormecer sombreado rodea el "
            "nervio."
        ),
        "preparation": _preparation(
            driver_reason=(
                "El medicamento para adormecer puede hacer que no sea seguro "
                "manejar ese mismo día."
            ),
            diagnostic=True,
            steroid_maybe=True,
        ),
        "aftercare": [
            _AFTER_REST,
            _AFTER_DRIVE,
            _AFTER_NO_EXTRA_PAIN_MEDICINE,
            (
                "Llene su diario del dolor",
                "Anote su dolor antes del bloqueo y más o menos cada hora "
                "durante las siguientes 6 a 8 horas. Anote cuánto bajó el "
                "dolor y cuánto duró el alivio. Este diario es el resultado de "
                "la prueba.",
            ),
            (
                "Siga moviéndose con cuidado",
                "Caminar es bueno. Haga con cuidado movimientos que antes le "
                "dolían, para ver cuánto cambió su dolor. No levante nada "
                "pesado por 24 horas y evite el ejercicio fuerte hoy.",
            ),
            _AFTER_ICE,
            _AFTER_WATER,
            (
                "Mida su azúcar si tiene diabetes",
                "Si se usó un esteroide, puede subir su azúcar en la sangre "
                "por unos días. Mídala más seguido que de costumbre. Si está "
                "alta, llame al médico que trata su diabetes.",
            ),
            _AFTER_CALL,
            (
                "Planee su siguiente paso",
                "Su médico revisa su diario del dolor. Si su dolor bajó lo "
                "suficiente, puede seguir un segundo bloqueo. Después, la "
                "ablación por radiofrecuencia puede ser una opción. Si no, "
                "puede necesitar más estudios u otro tipo de tratamiento.",
            ),
        ],
        "faqs": [
            _FAQ_HURT,
            (
                "¿Por qué volvió mi dolor después de unas horas?",
                "Eso es lo esperado. El medicamento para adormecer solo dura "
                "unas horas. Lo que importa es cuánto bajó su dolor mientras "
                "actuaba. Su diario del dolor lo muestra.",
            ),
            (
                "¿Por qué necesito dos bloqueos?",
                "Dos bloqueos en días distintos dan una respuesta más segura. "
                "Si los dos alivian mucho su dolor, es muy probable que las "
                "articulaciones facetarias sean la causa. Su médico le dirá si "
                "necesita un segundo bloqueo.",
            ),
            (
                "¿Qué es la ablación por radiofrecuencia?",
                "Es un tratamiento que usa calor en los pequeños nervios de "
                "las articulaciones facetarias. Así se bloquean sus señales de "
                "dolor. El alivio puede durar meses. Un buen resultado en sus "
                "bloqueos muestra si le puede ayudar.",
            ),
            (
                "¿Debo tomar mi medicamento para el dolor ese día?",
                "Siga tomando sus medicamentos de siempre, a menos que le "
                "digan lo contrario. Pero no tome medicamento extra para el "
                "dolor por lo menos durante 6 a 8 horas después del bloqueo. "
                "Así su diario muestra lo que hizo el bloqueo por sí solo.",
            ),
            _FAQ_EAT,
        ],
        "care_cards": care_cards(),
    },
    # -----------------------------------------------------------------------
    "joint-injection": {
        "name": "Inyección articular",
        "summary": (
            "Medicamento en la cadera, rodilla, tobillo, codo, hombro o muñeca "
            "para aliviar el dolor. También se puede sacar líquido de la "
            "articulación para analizarlo."
        ),
        "what_it_is": _t(
            """
            Una inyección articular pone medicamento dentro de una articulación
            que duele. La hacemos en la cadera, la rodilla, el tobillo, el
            codo, el hombro y la muñeca. El medicamento es para adormecer y
            lleva un esteroide.

            El médico también puede usar la aguja para sacar un poco de líquido
            de la articulación. Esto se llama aspiración. El líquido se envía
            al laboratorio. El laboratorio busca:

            - Infección.
            - Cristales, como en la gota.
            - Inflamación. Quiere decir hinchazón e irritación.
            """
        ),
        "why_done": _t(
            """
            Una inyección articular puede hacer dos cosas:

            - Aliviar el dolor en la articulación.
            - Mostrar si la articulación es la causa de su dolor. Si el
              medicamento para adormecer alivia el dolor, es probable que la
              articulación sea la causa.

            Analizar el líquido ayuda a hallar la causa del dolor y la
            hinchazón en una articulación. Si su médico cree que la
            articulación puede estar infectada, no se inyecta esteroide.

            Venga con su dolor de siempre. Esto ayuda a mostrar si la
            articulación es la causa.
            """
        ),
        "how_done": _how_done(
            position=(
                "Usted se acuesta en la mesa. El personal le ayuda a encontrar "
                "una posición que deje al médico llegar a la articulación."
            ),
            target="dentro de la articulación.",
            extra_step=(
                "Si su médico quiere analizar el líquido de la articulación, se "
                "saca un poco y se envía al laboratorio."
            ),
            medicine=(
                "Luego el médico inyecta el medicamento para adormecer y el "
                "esteroide en la articulación."
            ),
        ),
        "what_you_feel": _t(
            """
            La inyección para adormecer arde por unos segundos. Después, debe
            sentir más presión que dolor. Dígale al médico lo que siente. Trate
            de no moverse.

            La articulación puede sentirse adormecida por unas horas. Después,
            el dolor y la hinchazón pueden aumentar por unas horas o un par de
            días. Esto es común. Deje descansar la articulación por 1 a 2 días.
            """
        ),
        "risks": _risks(
            numb_item=(
                "Adormecimiento o debilidad por unas horas en el brazo o la "
                "pierna de la articulación tratada."
            ),
            headache=False,
            extra_items=(
                "Un aumento del dolor y la hinchazón en la articulación por "
                "unas horas o un par de días.",
            ),
        ),
        "results": _t(
            """
            El dolor de la articulación puede bajar en minutos, por el
            medicamento para adormecer. Esto dura unas horas. Si el dolor baja
            mucho, es probable que la articulación sea la causa. Anote cuánto
            alivio tiene y cuánto dura.

            Cuando se quita el efecto, el dolor puede volver. Hasta puede
            sentirse peor por uno o dos días. El esteroide casi siempre empieza
            a ayudar en 2 a 7 días. A veces tarda hasta 2 semanas.
            """
        ) + "\n\n" + _RELIEF_VARIES + "\n\n" + _t(
            """
            Si se envió líquido al laboratorio, su equipo de atención le dirá
            cómo recibirá los resultados.

            Las inyecciones de esteroide en la misma articulación casi nunca se
            ponen más seguido que cada 6 semanas. La mayoría de las personas no
            reciben más de 3 o 4 al año en una articulación. Su médico decide.
            """
        ),
        "duration": _DURATION_JOINT,
        "illustration_alt": (
            "Dibujo de una rodilla vista de frente, con el hueso del muslo, la "
            "rótula y el hueso de la espinilla. Una aguja delgada entra por el "
            "lado hasta la articulación. Un medicamento sombreado "
            "llena la articulación. Se usa el mismo método en la cadera, el "
            "tobillo, el codo, el hombro y la muñeca."
        ),
        "preparation": _preparation(
            driver_reason=(
                "Su brazo o pierna puede sentirse adormecido o débil por unas "
                "horas."
            ),
            diagnostic=True,
        ),
        "aftercare": [
            _AFTER_REST,
            _AFTER_DRIVE,
            (
                "Deje descansar la articulación",
                "Deje descansar la articulación por 1 a 2 días. Moverse con "
                "cuidado es bueno, y caminar un poco ayuda con la rigidez. No "
                "levante nada pesado por 24 horas y evite el ejercicio fuerte "
                "hoy.",
            ),
            (
                "Tenga cuidado con el medicamento extra para el dolor",
                "Siga tomando sus medicamentos de siempre, a menos que le "
                "digan lo contrario. Si la inyección también es una prueba, no "
                "tome medicamento extra para el dolor durante las primeras 6 a "
                "8 horas. Si después la articulación le duele más, pregunte a "
                "su equipo de atención qué puede tomar.",
            ),
            _AFTER_DIARY,
            (
                "Use hielo si le duele o se hincha",
                "La articulación puede estar adolorida o hinchada por un par "
                "de días. Póngase una bolsa de hielo envuelta en una tela por "
                "unos 20 minutos, 3 o 4 veces al día. No use almohadillas de "
                "calor ni cremas en el lugar el primer día.",
            ),
            _AFTER_WATER,
            _AFTER_SUGAR,
            _AFTER_CALL,
            (
                "Planee su siguiente paso",
                "El esteroide casi siempre empieza a ayudar en 2 a 7 días. Si "
                "se envió líquido al laboratorio, su equipo de atención le dará "
                "los resultados. Su médico puede sugerir otra inyección más "
                "adelante, más estudios u otro tipo de tratamiento.",
            ),
        ],
        "faqs": [
            _FAQ_HURT,
            (
                "¿Qué articulaciones pueden tratar?",
                "Tratamos la cadera, la rodilla, el tobillo, el codo, el hombro "
                "y la muñeca. Los rayos X en vivo ayudan al médico a asegurarse "
                "de que la aguja está dentro de la articulación.",
            ),
            (
                "¿Por qué sacarían líquido de mi articulación?",
                "El laboratorio puede revisar el líquido para buscar "
                "infección, cristales (como en la gota) o hinchazón. Esto "
                "ayuda a hallar la causa de su dolor. Si es probable que haya "
                "una infección, no se pone esteroide en la articulación.",
            ),
            (
                "¿Por qué me duele más la articulación después de la inyección?",
                "El dolor y la hinchazón pueden aumentar por unas horas o un "
                "par de días. Deje descansar la articulación y use una bolsa "
                "de hielo envuelta. Llámenos si el dolor es fuerte o si tiene "
                "fiebre.",
            ),
            (
                "¿Cada cuánto puedo recibir esta inyección?",
                "Las inyecciones de esteroide en una articulación casi nunca "
                "se repiten más seguido que cada 6 semanas. La mayoría de las "
                "personas no reciben más de 3 o 4 al año en la misma "
                "articulación. Su médico decide.",
            ),
            _FAQ_STEROID_KIND,
        ],
        "care_cards": care_cards(
            neck_note=False,
            spinal_headache=False,
            numb_sign=(
                "Adormecimiento en el brazo o la pierna de la articulación "
                "tratada que no se ha quitado después de unas 8 horas."
            ),
        ),
    },
}


# ---------------------------------------------------------------------------
# Glossary (mirrors glossary.py, by slug). Other forms are how the Spanish pages
# write the word (plurals, other names), so its first use on a Spanish page links.
# ---------------------------------------------------------------------------

_GLOSSARY = {
    "aspiration": {
        "term": "aspiración",
        "other_forms": [],
        "definition": (
            "Usar una aguja delgada para sacar líquido de una articulación. El líquido "
            "puede ir al laboratorio. Allí buscan una infección, cristales (como en la "
            "gota) o señales de hinchazón."
        ),
    },
    "blood-patch": {
        "term": "parche de sangre",
        "other_forms": [],
        "definition": (
            "Un tratamiento para un dolor de cabeza que empeora al sentarse o pararse "
            "después de una inyección en la columna. Se pone un poco de su propia sangre "
            "cerca de la columna. Así se cierra una pequeña fuga de líquido de la columna."
        ),
    },
    "blood-thinner": {
        "term": "anticoagulante",
        "other_forms": ["anticoagulantes"],
        "definition": (
            "Un medicamento que hace que la sangre tarde más en formar coágulos. La "
            "aspirina y la warfarina son dos de ellos. Nunca deje de tomarlo sin preguntar "
            "al médico que se lo recetó."
        ),
    },
    "cartilage": {
        "term": "cartílago",
        "other_forms": [],
        "definition": (
            "Un tejido liso y fuerte que cubre las puntas de los huesos en una "
            "articulación. Ayuda a que la articulación se mueva con facilidad."
        ),
    },
    "contrast": {
        "term": "medio de contraste",
        "other_forms": ["tinte para rayos X"],
        "definition": (
            "Un tinte que se ve en los rayos X. Un poco de tinte le muestra al médico que "
            "la aguja está en el lugar correcto. Avísele al personal si alguna vez tuvo "
            "una reacción a este tinte."
        ),
    },
    "disc": {
        "term": "disco",
        "other_forms": ["discos"],
        "definition": (
            "Un cojín blando y redondo entre dos huesos de la columna. Un disco que se "
            "sale de su lugar (hernia de disco) puede apretar un nervio."
        ),
    },
    "epidural-space": {
        "term": "espacio epidural",
        "other_forms": [],
        "definition": (
            "Una capa delgada de grasa alrededor de la bolsa que guarda la médula espinal "
            "y los nervios. Una inyección epidural de esteroides pone el medicamento aquí."
        ),
    },
    "facet-joint": {
        "term": "articulación facetaria",
        "other_forms": ["articulaciones facetarias"],
        "definition": (
            "Pequeñas articulaciones en pares en la parte de atrás de la columna, entre "
            "sus huesos. Guían y limitan cómo se mueven la espalda y el cuello. La "
            "artritis en ellas puede causar dolor."
        ),
    },
    "fluoroscopy": {
        "term": "fluoroscopia",
        "other_forms": ["rayos X en vivo"],
        "definition": (
            "Una imagen de rayos X en vivo en una pantalla. El médico la mira para guiar "
            "la aguja al lugar correcto. La dosis de rayos X es pequeña."
        ),
    },
    "inflammation": {
        "term": "inflamación",
        "other_forms": [],
        "definition": (
            "La reacción del cuerpo a una lesión o a una irritación. Puede causar "
            "hinchazón, calor y dolor. Un esteroide la calma."
        ),
    },
    "local-anesthetic": {
        "term": "anestésico local",
        "other_forms": ["anestesia local", "medicamento para adormecer"],
        "definition": (
            "Un medicamento para adormecer. Hace efecto en minutos y se quita en unas "
            "horas. Adormece la piel antes de la aguja, y también puede adormecer el "
            "lugar que duele."
        ),
    },
    "medial-branch-nerve": {
        "term": "nervio de la rama medial",
        "other_forms": ["nervios de la rama medial"],
        "definition": (
            "Un nervio pequeño. Lleva las señales de dolor que salen de una articulación "
            "facetaria. Cada una tiene dos de estos nervios."
        ),
    },
    "nerve-root": {
        "term": "raíz nerviosa",
        "other_forms": ["raíces nerviosas"],
        "definition": (
            "La parte de un nervio de la columna donde sale de la columna. Desde ahí, el "
            "nervio va hacia un brazo o una pierna."
        ),
    },
    "radiofrequency-ablation": {
        "term": "ablación por radiofrecuencia",
        "other_forms": [],
        "definition": (
            "Un tratamiento que usa calor para que un nervio pequeño deje de enviar "
            "señales de dolor. El alivio puede durar meses. Antes, un bloqueo de la rama "
            "medial prueba si le puede ayudar."
        ),
    },
    "radiologist": {
        "term": "radiólogo",
        "other_forms": ["radiólogos", "radióloga", "radiólogas"],
        "definition": (
            "Un médico experto en imágenes médicas, como rayos X y resonancias "
            "magnéticas. Nuestros médicos usan rayos X en vivo para guiar cada inyección."
        ),
    },
    "sciatica": {
        "term": "ciática",
        "other_forms": [],
        "definition": (
            "Dolor que baja desde la parte baja de la espalda por la pierna. Muchas veces "
            "viene de un nervio apretado o irritado, por ejemplo por un disco abultado."
        ),
    },
    "sedation": {
        "term": "sedación",
        "other_forms": [],
        "definition": (
            "Un medicamento que le ayuda a relajarse durante un procedimiento. Si lo "
            "recibe, no debe manejar por 24 horas."
        ),
    },
    "spinal-stenosis": {
        "term": "estenosis espinal",
        "other_forms": ["estenosis de la columna"],
        "definition": (
            "Un estrechamiento del espacio para la médula espinal y los nervios. Puede "
            "causar dolor, adormecimiento o debilidad en la espalda, las piernas o los "
            "brazos."
        ),
    },
    "steroid": {
        "term": "esteroide",
        "other_forms": ["esteroides", "corticosteroide", "corticosteroides", "cortisona"],
        "definition": (
            "Un medicamento que calma la hinchazón y la irritación. También se llama "
            "corticosteroide. Por lo general empieza a ayudar en 2 a 7 días. No es lo "
            "mismo que los esteroides que algunas personas usan para ganar músculo."
        ),
    },
    "vertebra": {
        "term": "vértebra",
        "other_forms": ["vértebras", "hueso de la columna", "huesos de la columna"],
        "definition": (
            "Uno de los huesos que se apilan para formar la columna. En plural se dice "
            "vértebras."
        ),
    },
}


SPANISH = {
    "clinic": {
        "name": "Centro Gateway de Inyecciones de Columna y Articulaciones",
        "tagline": (
            "Inyecciones para el dolor de columna y articulaciones, guiadas por "
            "imágenes, en St. Louis"
        ),
        "emergency_sentence": (
            "Si tiene una emergencia médica, llame al 911 o vaya a la sala de "
            "emergencias más cercana."
        ),
    },
    "procedures": _PROCEDURES,
    "imaging_areas": {
        "bone": {
            "name": "Huesos",
            "summary": (
                "Los rayos X en vivo muestran claramente sus huesos, así el "
                "médico puede guiar la aguja al lugar correcto."
            ),
            "description": _t(
                """
                Los huesos se ven claramente en los rayos X. Durante una
                inyección, el médico mira una imagen de rayos X en vivo en una
                pantalla. Esto se llama fluoroscopia. Los huesos sirven como un
                mapa. Ayudan al médico a guiar una aguja delgada al lugar
                correcto.

                Usamos esto para llegar a las articulaciones, donde se unen dos
                huesos. Esto incluye las pequeñas articulaciones facetarias
                entre los huesos de la columna. También incluye articulaciones
                grandes como la cadera, la rodilla y el hombro.
                """
            ),
        },
        "children": {
            "name": "Niños",
            "summary": (
                "Atendemos a los niños con cuidado especial y mantenemos baja "
                "la dosis de rayos X. Por lo general, uno de los padres puede "
                "quedarse cerca."
            ),
            "description": _t(
                """
                Algunos niños necesitan una inyección en una articulación. Otros
                necesitan que se saque líquido de una articulación para
                analizarlo, por ejemplo para buscar una infección. Tenemos
                cuidado especial con los pacientes jóvenes. Mantenemos la dosis
                de rayos X lo más baja posible.

                Por lo general, uno de los padres o el tutor puede quedarse con
                el niño. Explicamos cada paso con palabras que un niño pueda
                entender. Su equipo de atención le dirá cómo preparar a su
                hijo. También le dirá cómo puede ayudar ese día.
                """
            ),
        },
        "spine": {
            "name": "Columna",
            "summary": (
                "Las inyecciones cerca de los nervios y las pequeñas "
                "articulaciones de la columna pueden ayudar a hallar y aliviar "
                "el dolor de espalda y el dolor que se extiende."
            ),
            "description": _t(
                """
                Su columna es una fila de huesos con un disco blando entre cada
                uno. Los nervios salen de la columna por pequeñas aberturas a
                cada lado. Unas pequeñas articulaciones en la parte de atrás,
                llamadas articulaciones facetarias, ayudan a que la columna se
                mueva.

                El dolor puede venir de un nervio apretado, de una articulación
                desgastada o de la hinchazón. Ponemos medicamento cerca de la
                parte que puede estar causando su dolor. Los rayos X en vivo
                guían la aguja. Algunas de estas inyecciones son pruebas.
                Ayudan a su médico a hallar la causa de su dolor. Otras buscan
                aliviar el dolor por semanas o meses.
                """
            ),
        },
        "joints": {
            "name": "Articulaciones",
            "summary": (
                "Inyectamos la cadera, rodilla, tobillo, codo, hombro y muñeca, "
                "y podemos analizar el líquido de la articulación en el "
                "laboratorio."
            ),
            "description": _t(
                """
                Tratamos el dolor en la cadera, la rodilla, el tobillo, el codo,
                el hombro y la muñeca. Los rayos X en vivo ayudan al médico a
                poner la aguja dentro de la articulación. Luego se puede poner
                medicamento para adormecer y un esteroide. Esto puede aliviar
                el dolor. También puede mostrar si la articulación es la
                verdadera causa del dolor.

                El médico también puede sacar un poco de líquido de la
                articulación. El laboratorio lo revisa para buscar infección,
                cristales (como en la gota) o hinchazón. También tratamos las
                pequeñas articulaciones facetarias de la columna.
                """
            ),
        },
        "neck": {
            "name": "Cuello",
            "summary": (
                "Las inyecciones en el cuello pueden ayudar con el dolor de "
                "cuello, dolores de cabeza que vienen del cuello y dolor que "
                "baja al hombro o al brazo."
            ),
            "description": _t(
                """
                La parte de arriba de su columna está en el cuello. Los
                problemas aquí pueden causar dolor de cuello. El dolor también
                puede llegar al hombro o bajar por el brazo. Algunos problemas
                de las articulaciones del cuello causan dolores de cabeza.

                Podemos poner medicamento cerca de un nervio, en el espacio
                alrededor de los nervios o en las pequeñas articulaciones del
                cuello. Su médico le dirá qué inyección es adecuada para su
                dolor.
                """
            ),
        },
        "legs": {
            "name": "Piernas",
            "summary": (
                "El dolor de pierna puede empezar en la parte baja de la "
                "espalda o en una articulación como la cadera, la rodilla o el "
                "tobillo, y tratamos ambos."
            ),
            "description": _t(
                """
                El dolor que baja por la pierna muchas veces empieza en la parte
                baja de la espalda. Un nervio puede estar apretado donde sale
                de la columna. Esto muchas veces se llama ciática. Una
                inyección cerca de ese nervio puede ayudar a hallar y aliviar
                el dolor.

                El dolor de pierna también puede venir de la cadera, la rodilla
                o el tobillo. Podemos inyectar medicamento en estas
                articulaciones. También podemos sacar líquido de la
                articulación para analizarlo.
                """
            ),
        },
    },
    "offices": {
        "central-west-end": {
            "name": "Consultorio de Central West End",
            "directions": _t(
                """
                **Estacionamiento:** Estaciónese en el garaje junto al edificio.
                Traiga su boleto del estacionamiento a la recepción. Lo
                sellaremos para que no pague el estacionamiento.

                **Entrada:** Use la puerta principal en Forest Park Avenue.
                Tome el elevador al segundo piso. Nuestro consultorio es la
                Suite 200, a la izquierda del elevador.

                **Acceso:** El garaje tiene espacios accesibles en el primer
                nivel, cerca del elevador. No hay escalones desde el garaje
                hasta nuestra puerta. Si necesita una silla de ruedas, díganos
                cuando haga su cita. La tendremos lista para usted.
                """
            ),
        },
        "chesterfield": {
            "name": "Consultorio de Chesterfield",
            "directions": _t(
                """
                **Estacionamiento:** Hay un estacionamiento gratis frente al
                edificio. Los espacios más cerca de la puerta son para
                pacientes.

                **Entrada:** Entre por la puerta principal. Nuestro consultorio
                está en el primer piso, Suite 110, a la derecha. No necesita el
                elevador.

                **Acceso:** Los espacios de estacionamiento accesibles están
                junto a la puerta principal. Una rampa lleva a la puerta, y la
                puerta se abre con un botón. Si necesita una silla de ruedas,
                díganos cuando haga su cita.
                """
            ),
        },
    },
    "physicians": {
        "anna-reyes": {
            "specialty": "Radiología diagnóstica, subespecialidad en neurorradiología",
            "bio": _t(
                """
                La Dra. Reyes es radióloga. Es una médica experta en imágenes
                médicas. Después de su formación en radiología, estudió un año
                más para leer imágenes del cerebro, la columna y los nervios.

                Hace inyecciones en la columna guiadas por imágenes para el
                dolor de cuello, espalda, brazos y piernas. Se toma el tiempo
                de explicar cada paso. Quiere que usted sepa qué esperar antes
                de aceptar.
                """
            ),
        },
        "david-okafor": {
            "specialty": (
                "Radiología diagnóstica, subespecialidad en radiología "
                "musculoesquelética"
            ),
            "bio": _t(
                """
                El Dr. Okafor es radiólogo. Estudió un año más sobre imágenes
                de huesos, articulaciones y músculos.

                Hace inyecciones en la cadera, la rodilla, el tobillo, el codo,
                el hombro y la muñeca. También hace inyecciones facetarias y
                bloqueos de la rama medial para el dolor de espalda y cuello.
                Trabaja de cerca con los médicos que lo envían a usted, para
                que su atención esté bien coordinada.
                """
            ),
        },
        "laura-whitfield": {
            "specialty": "Radiología diagnóstica, subespecialidad en radiología pediátrica",
            "bio": _t(
                """
                La Dra. Whitfield es radióloga. Estudió un año más sobre
                imágenes de bebés, niños y adolescentes.

                Hace inyecciones de columna y de articulaciones para adultos.
                También hace inyecciones articulares para niños. Con los
                pacientes jóvenes, mantiene la dosis de rayos X lo más baja
                posible. Le gusta hablar con los padres y contestar sus
                preguntas.
                """
            ),
        },
    },
    "guides": {
        "preparing": {
            "title": "Preparativos comunes",
            "intro": _t(
                """
                La mayoría de las personas solo necesitan unos pasos sencillos
                para prepararse para una inyección en la columna o en una
                articulación. Esta página explica los pasos comunes. Su equipo
                de atención puede darle otras indicaciones para su cita. Si es
                así, siga las de ellos.
                """
            ),
            "body": _t(
                """
                ### Busque a alguien que maneje

                Un adulto debe llevarlo a su casa en auto. Su brazo o pierna
                puede sentirse adormecido o débil por unas horas. El
                medicamento para adormecer también puede hacer que frene más
                lento. Si le dan medicamento para relajarse (sedación), no
                maneje por 24 horas.

                ### Qué debe traer

                - Su identificación con foto y su tarjeta del seguro.
                - Una lista de todos sus medicamentos.
                - Una lista de sus alergias.
                - Los estudios que le hicieron en otro lugar, como una
                  resonancia magnética o una tomografía. También puede pedir a
                  ese lugar que nos los envíe.

                ### Anticoagulantes

                Avísenos con días de anticipación si toma un medicamento para
                hacer la sangre menos espesa (anticoagulante). Algunos ejemplos
                son warfarina, clopidogrel, apixabán, rivaroxabán y aspirina.

                **Nunca deje de tomar un anticoagulante sin el permiso del
                médico que se lo recetó.** Nosotros le diremos si debe
                suspenderlo, por cuántos días y cuándo volver a tomarlo.

                ### Diabetes

                La mayoría de las inyecciones llevan un esteroide. Un esteroide
                puede subir su azúcar en la sangre. Casi siempre sube más en
                los primeros 1 a 3 días. A veces dura de 1 a 2 semanas.
                Pregunte al médico que trata su diabetes cómo prepararse. Mida
                su azúcar más seguido después de la inyección. Llame a ese
                médico si está alta.

                ### Alergias

                Usamos una pequeña cantidad de tinte para rayos X, llamado
                medio de contraste. Díganos si alguna vez tuvo una reacción al
                tinte para rayos X, al yodo, a un medicamento para adormecer o
                al látex. Una alergia a los mariscos no es una alergia al tinte
                para rayos X. Aun así, díganos todas sus alergias.

                ### Embarazo

                La inyección usa una pequeña dosis de rayos X. Díganos si está
                embarazada o podría estarlo.

                ### Fiebre o infección

                Llámenos si tiene fiebre o una infección, o si toma
                antibióticos. Puede ser necesario esperar a que usted esté bien
                para la inyección.

                ### Comida y bebida

                Siga las indicaciones sobre comida que le dé su equipo de
                atención. Muchas veces puede comer algo ligero si no va a
                recibir sedación. Siga tomando sus medicamentos de siempre, a
                menos que le digan lo contrario.

                ### Ropa

                Use ropa suelta y cómoda, que le permita moverse con facilidad.

                ### Llegada

                Llegue 30 minutos antes, o a la hora que le indique su equipo
                de atención. Así tendrá tiempo para registrarse.

                ### Si su inyección es una prueba

                Algunas inyecciones ayudan a hallar la causa de su dolor. Para
                estas, venga con su dolor de siempre. Si ese día no tiene
                dolor, es difícil leer la prueba. Pregunte a su equipo de
                atención si debe dejar de tomar algún medicamento para el dolor
                esa mañana.
                """
            ),
        },
        "aftercare": {
            "title": "Después de su procedimiento",
            "intro": _t(
                """
                La mayoría de las personas se van a casa poco después de su
                inyección. Esta página explica cómo cuidarse en los siguientes
                días. También le dice cuándo llamarnos. Su equipo de atención
                puede darle otros pasos. Si es así, siga los de ellos.
                """
            ),
            "body": _t(
                """
                ### Justo después

                Usted descansará un rato en el consultorio. El personal puede
                pedirle que haga algunos movimientos que antes le dolían. Así
                se ve cuánto cambió su dolor.

                No maneje el resto del día. El medicamento para adormecer puede
                hacer que frene más lento, aunque sienta la pierna normal.
                Después de la sedación, no maneje por 24 horas.

                ### El primer día

                - Siga moviéndose con cuidado. Caminar es bueno y ayuda a
                  aliviar la rigidez.
                - No levante nada pesado por 24 horas.
                - Evite el ejercicio fuerte hoy. Puede volver a sus actividades
                  de siempre mañana, a menos que le digan lo contrario.
                - Después de una inyección articular, deje descansar la
                  articulación por 1 a 2 días.

                ### Medicamento para el dolor y su diario del dolor

                Siga tomando sus medicamentos de siempre, a menos que le digan
                lo contrario. Algunas inyecciones son pruebas. Después de esas,
                no tome medicamento extra para el dolor por lo menos durante
                las primeras 6 a 8 horas. Así, su alivio muestra lo que hizo la
                inyección por sí sola.

                Anote su dolor antes de la inyección y más o menos cada hora
                después. Anote cuánto bajó y cuánto duró el alivio.

                ### Dolor en el lugar de la inyección

                El lugar puede estar adolorido por un par de días. Póngase una
                bolsa de hielo envuelta en una tela por unos 20 minutos, 3 o 4
                veces al día. No use almohadillas de calor ni cremas en el
                lugar el primer día.

                ### Baño

                Puede ducharse. No se bañe en tina, no use un jacuzzi y no nade
                por 24 a 48 horas. Su equipo de atención le dirá cuánto tiempo
                esperar.

                ### Cuándo hace efecto el medicamento

                El medicamento para adormecer actúa en minutos. El efecto se
                quita en unas horas. Luego el dolor puede volver. Hasta puede
                sentirse un poco peor por uno o dos días. El esteroide casi
                siempre empieza a ayudar en 2 a 7 días. A veces tarda hasta 2
                semanas.

                El alivio que usted sienta es distinto en cada persona. Depende
                de la causa de su dolor y de otros problemas de salud. También
                influyen qué tan activo es usted y cómo responde su cuerpo al
                esteroide.

                ### Diabetes

                El esteroide puede subir su azúcar en la sangre por unos días.
                Mídala más seguido que de costumbre. Si está alta, llame al
                médico que trata su diabetes.

                ### Nuestra llamada de seguimiento

                Le llamaremos al día siguiente, o le pediremos que nos llame.
                Queremos saber cuánto alivio tuvo y por cuánto tiempo. Esto
                ayuda a su médico a planear el siguiente paso. Puede ser otra
                inyección, un bloqueo de la rama medial, ablación por
                radiofrecuencia, más estudios u otro tipo de tratamiento.

                ### Cuándo pedir ayuda

                **Llame al 911 o vaya a la sala de emergencias** si tiene:

                - Debilidad o adormecimiento nuevo o peor en las piernas o los
                  brazos.
                - Adormecimiento en la ingle o en la parte interna de los
                  muslos.
                - Pérdida del control de la vejiga o del intestino, o no poder
                  orinar.
                - Fiebre o escalofríos con dolor fuerte de espalda o el cuello
                  rígido.
                - Señales de un derrame cerebral, como la cara caída, un brazo
                  débil o dificultad para hablar.
                - Pérdida repentina de la vista, sobre todo después de una
                  inyección en el cuello.
                - Dificultad para respirar.
                - Hinchazón de la cara o la garganta.
                - Dolor en el pecho.

                **Llame a la clínica de inmediato** si tiene alguno de estos.
                En la noche o los fines de semana, llame a nuestra línea fuera
                de horario.

                - Fiebre de más de 100.4 °F (38 °C), o escalofríos.
                - Enrojecimiento, calor, hinchazón o salida de líquido donde
                  entró la aguja.
                - Dolor fuerte o que empeora rápido.
                - Dolor de cabeza que empeora al sentarse o pararse y mejora al
                  acostarse. Acuéstese y tome líquidos mientras espera. La
                  cafeína puede ayudar. Si no se quita, un tratamiento llamado
                  parche de sangre puede ayudar.
                - Adormecimiento que no se ha quitado después de unas 8 horas.

                **Llame a la clínica en horario de oficina** si tiene:

                - Dolor en el lugar que dura más de unos días.
                - Azúcar en la sangre más alta de lo normal por más de un par
                  de días.
                - Preguntas sobre sus medicamentos o sus próximos pasos.
                """
            ),
        },
    },
    "glossary": _GLOSSARY,
}
