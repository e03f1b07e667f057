import json

import pytest

from faultlines.language import foreign
from faultlines.pipeline import analyze

# Short reports written for these tests, one per language, each well over the words needed to judge.
SAMPLES = {
    "French": "Le maire de Lindholt a déclaré mardi que le pont serait rouvert au mois de mai. « Nous ne "
    "pouvons pas attendre plus longtemps », a-t-il dit aux journalistes devant la mairie, où les "
    "habitants s'étaient rassemblés pour demander des réponses sur les travaux.",
    "Spanish": "El alcalde de Lindholt dijo el martes que el puente volverá a abrir en mayo. «No podemos "
    "esperar más», afirmó ante los periodistas, mientras los vecinos se reunían frente al "
    "ayuntamiento para pedir respuestas sobre las obras.",
    "German": "Der Bürgermeister von Lindholt sagte am Dienstag, die Brücke werde im Mai wieder geöffnet. "
    "„Wir können nicht länger warten“, sagte er vor Journalisten, während sich die Anwohner vor dem "
    "Rathaus versammelten, um Antworten auf ihre Fragen zu verlangen.",
    "Russian": "Мэр Линдхольта заявил во вторник, что мост снова откроют в мае. «Мы не можем больше "
    "ждать», сказал он журналистам, пока жители собирались у здания администрации, чтобы "
    "потребовать ответов на свои вопросы.",
    "Arabic": "قال رئيس بلدية ليندهولت يوم الثلاثاء إن الجسر سيعاد فتحه في شهر مايو. وأضاف أمام "
    "الصحفيين أنه لا يمكن الانتظار أكثر من ذلك، بينما تجمع السكان أمام مبنى البلدية للمطالبة "
    "بإجابات عن أسئلتهم.",
    "Chinese": "林德霍尔特市长周二表示，这座桥将于五月重新开放。他在市政厅前对记者说：“我们不能再等了。”"
    "与此同时，居民们聚集在市政厅外，要求政府就工程进度作出答复。",
}

ENGLISH_WITH_FOREIGN_WORDS = (
    "The mayor of Lindholt, Jean-Luc de la Fontaine, said on Tuesday that the bridge would reopen in "
    "May. « Nous ne pouvons pas attendre », he told reporters in French, before the council of "
    "Saint-Étienne-du-Lac, led by Dolores del Río y Pérez and Wolfgang von der Heide, agreed with him. "
    "Residents of Nizhny Novgorod (Нижний Новгород) and 北京 sent messages of support."
)


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_language_names_the_language_of_a_foreign_report(language):
    assert foreign(SAMPLES[language]) == language


def test_language_english_with_foreign_names_and_a_quoted_phrase_stays_english():
    assert foreign(ENGLISH_WITH_FOREIGN_WORDS) is None


def test_language_short_texts_are_not_judged():
    assert foreign("Le pont est fermé.") is None
    assert foreign("桥关闭了。") is None


def test_language_never_fires_on_the_english_gold_texts(shared):
    for path in sorted((shared / "eval").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text")
            if isinstance(text, str):
                assert foreign(text) is None, (path.name, text[:60])


def test_language_a_foreign_text_is_an_e108_record_naming_the_language():
    analysis = analyze(SAMPLES["Spanish"])
    assert [e.code for e in analysis.errors] == ["E108"]
    assert "Spanish" in analysis.errors[0].message
    assert analysis.quotes == [] and analysis.actors == []


def test_language_letters_split_evenly_between_two_scripts_name_neither():
    # Neither script holds more than half of the letters on its own, though together they hold all.
    assert (
        foreign("\u0391\u03b8\u03b7\u03bd\u03b1 \u0422\u043e\u043c\u0441\u043a " * 20) is None
    )  # Greek, Cyrillic


def test_language_a_text_of_figures_with_few_letters_is_not_judged():
    figures = " ".join(str(n) for n in range(400))
    assert foreign(figures + " la de el") is None
    assert foreign(figures + " " + SAMPLES["Spanish"]) == "Spanish"
