"""Pashto, second blind set: written after the native extractor was tuned, not tuned on."""

DIGITS = "fa"


def g(**kw):
    return {"is_attack": True, "country": "AF", **kw}


def calm(category="Other"):
    return {"is_attack": False, "category": category}


TEXTS = [
    ("2022-05-26", """پرون د مزار شریف ښار په بېلابېلو سیمو کې په درېیو مسافر وړونکو موټرو کې چاودنې وشوې چې ۹ کسان پکې ووژل شول او ۱۵ نور ټپیان شول. داعش د دې چاودنو مسؤلیت پر غاړه اخیستی دی.""",
     g(admin1="AF-BAL", place="مزار شریف", killed=9, injured=15, perpetrator="ISKP", attack_types=["bombing"], category="Remote explosive/landmine/IED")),
    ("2022-11-30", """د سمنګان ولایت مرکز ایبک ښار کې د یوه دیني مدرسې په ودانۍ کې د ماسپښین له لمانځه وروسته چاودنه وشوه. د طالبانو چارواکو ویلي چې لږ تر لږه ۱۰ زده کوونکي ووژل شول او څو نور ټپیان دي.""",
     g(admin1="AF-SAM", place="سمنگان", killed=10, attack_types=["bombing"], category="Remote explosive/landmine/IED")),
    (None, """کابل: د {PS:2024-01-06} په ماښام د دښت برچي سیمه کې په یوه مسافر وړونکي موټر کې چاودنه وشوه. پولیسو وویل چې ۵ کسان ووژل شول او ۱۵ نور ټپیان شول. د خراسان ولایت د دې برید مسؤلیت ومانه.""",
     g(admin1="AF-KAB", place="کابل", killed=5, injured=15, perpetrator="ISKP", attack_types=["bombing"], date="2024-01-06", category="Remote explosive/landmine/IED")),
    ("2023-07-13", """د پاکستان د بلوچستان ایالت د ژوب په پوځي مرکز پرون وسله والو برید وکړ چې ۹ پاکستاني سرتیري پکې ووژل شول. تحریک جهاد پاکستان د دې برید مسؤلیت منلی دی.""",
     {"is_attack": True, "country": "PK", "admin1": "PK-BA", "place": "بلوچستان", "killed": 9, "perpetrator": "TJP", "attack_types": ["armed_assault"], "category": "Attack"}),
    ("2022-09-02", """د هرات ښار د ګذرګاه په جومات کې نن د جمعې د لمانځه پر مهال یو ځانمرګی برید وشو چې مشهور عالم مجیب الرحمن انصاري او ۱۷ نور کسان پکې ووژل شول.""",
     g(admin1="AF-HER", place="هرات", killed=18, attack_types=["suicide_bombing"], category="Suicide bomb")),
    ("2022-08-18", """پرون ماښام د کابل د خیرخانې په یوه جومات کې چاودنه وشوه. د کابل پولیسو ویاند وویل چې ۲۱ کسان ووژل شول او ۳۳ نور ټپیان شول.""",
     g(admin1="AF-KAB", place="کابل", killed=21, injured=33, attack_types=["bombing"], category="Remote explosive/landmine/IED")),
    ("2024-04-10", """د کوچني اختر په مناسبت په ټول هېواد کې خلکو یو بل ته مبارکي ورکړه او ښارونه ګڼه ګوڼه وو.""",
     calm()),
    ("2024-05-20", """د افغانستان او ازبکستان ترمنځ د سوداګرۍ د پراختیا په اړه غونډه په ترمذ کې جوړه شوه او دواړو خواوو د ګډې سوداګرۍ د زیاتوالي ژمنه وکړه.""",
     calm("Diplomatic event")),
]
