"""Arabic, second blind set: written after the native extractor was tuned, not tuned on."""

DIGITS = "ar"


def g(**kw):
    return {"is_attack": True, **kw}


def calm(category="Other"):
    return {"is_attack": False, "category": category}


TEXTS = [
    ("2022-04-26", """قتل 4 أشخاص بينهم 3 مدرسين صينيين في تفجير انتحارية نفذته امرأة استهدف حافلة قرب معهد كونفوشيوس في جامعة كراتشي. وأعلن جيش تحرير بلوشستان مسؤوليته عن الهجوم.""",
     g(country="PK", admin1="PK-SD", place="كراتشي", killed=4, perpetrator="BLA", attack_types=["suicide_bombing"], category="Suicide bomb")),
    (None, """ولاية خراسان – بفضل الله تعالى، فجّر جنود الخلافة عبوات ناسفة على ثلاث حافلات تقل الرافضة في مدينة مزار الشريف، يوم الأربعاء {HQ:2022-05-25}هـ، مما أدى إلى هلاك وإصابة أكثر من 30 منهم.""",
     g(country="AF", admin1="AF-BAL", place="مزار الشريف", perpetrator="ISKP", attack_types=["bombing"], date="2022-05-25", category="Remote explosive/landmine/IED")),
    ("2022-08-18", """قُتل 21 شخصاً على الأقل وأصيب 33 آخرون في انفجار داخل مسجد في حي خير خانه شمال العاصمة الأفغانية كابل أثناء صلاة المغرب، وفق الشرطة.""",
     g(country="AF", admin1="AF-KAB", place="كابل", killed=21, injured=33, attack_types=["bombing"], category="Remote explosive/landmine/IED")),
    ("2024-01-07", """أعلن تنظيم الدولة الإسلامية ولاية خراسان مسؤوليته عن تفجير حافلة ركاب في حي دشت برجي غرب كابول مساء أمس، ما أسفر عن مقتل 5 أشخاص وإصابة 15 آخرين بحسب الشرطة.""",
     g(country="AF", admin1="AF-KAB", place="كابول", killed=5, injured=15, perpetrator="ISKP", attack_types=["bombing"], category="Remote explosive/landmine/IED")),
    ("2023-07-13", """قُتل 9 جنود باكستانيين في هجوم شنه مسلحون على قاعدة عسكرية في مدينة جوب بإقليم بلوشستان، وتبنت حركة الجهاد الباكستانية الهجوم.""",
     g(country="PK", admin1="PK-BA", place="بلوشستان", killed=9, perpetrator="TJP", attack_types=["armed_assault"], category="Attack")),
    ("2022-11-30", """قالت سلطات طالبان إن 10 طلاب على الأقل قتلوا في انفجار داخل مدرسة دينية في مدينة أيبك بولاية سمنجان شمال أفغانستان.""",
     g(country="AF", admin1="AF-SAM", place="سمنجان", killed=10, attack_types=["bombing"], category="Remote explosive/landmine/IED")),
    ("2024-09-01", """بحث وزيرا خارجية باكستان والسعودية في الرياض سبل تعزيز التعاون الاقتصادي والاستثمارات المشتركة.""",
     calm("Diplomatic event")),
    ("2023-03-20", """أعلنت الحكومة الأفغانية المؤقتة بدء صرف المساعدات الغذائية لآلاف الأسر المتضررة من موجة البرد في ولايات الشمال.""",
     calm()),
]
