"""Sources: transcripts given as files, speaker labels, role resolution, stage directions, names."""

from __future__ import annotations

import pytest

from onrecord.errors import EmptyInputError, OnrecordError
from onrecord.structure.names import canonical_person, expand_surname, role_key
from onrecord.structure.sources import (
    intro_strength,
    is_stage_direction_block,
    source_from_text,
    speaker_label,
    stage_directions,
)


def _read(pages_dir, name):
    return (pages_dir / "structure" / name).read_text(encoding="utf-8")


def _words(src, turn):
    return src.text[turn.start : turn.end]


def test_white_house_transcript_file(pages_dir):
    text = _read(pages_dir, "transcript_only.txt")
    src = source_from_text(text, id="remarks.txt", version="prepared", statement="econ-remarks")
    assert src.id == "remarks.txt"
    assert src.text is text
    assert src.version == "prepared" and src.statement == "econ-remarks"
    assert src.title == "Remarks by President Biden on the Economy"
    # the text never says "Joe": the surname is completed from general knowledge
    assert src.speaker == "Joe Biden"
    assert [(t.speaker, t.label) for t in src.turns] == [
        ("Joe Biden", "THE PRESIDENT"),
        ("Joe Biden", ""),
        (None, "Q"),
        ("Joe Biden", "THE PRESIDENT"),
        (None, "Q"),
    ]
    first = _words(src, src.turns[0])
    assert first.startswith("Good morning.") and first.endswith("Please, sit down.")
    assert "(Applause.)" in first  # inline: listed by stage_directions, not cut out
    inline = stage_directions(text, src.turns[0].start, src.turns[0].end)
    assert [text[s.start : s.end] for s in inline] == ["(Applause.)"]
    for t in src.turns:
        assert _words(src, t) != "(Applause.)"
        assert "END 11:19" not in _words(src, t)
        assert "Roosevelt Room" not in _words(src, t)
    fourth = _words(src, src.turns[3])
    assert [
        text[s.start : s.end] for s in stage_directions(text, src.turns[3].start, src.turns[3].end)
    ] == ["[inaudible]"]
    assert fourth.endswith("But inflation is coming down.")


def test_statement_without_labels_belongs_to_the_person_in_the_title(pages_dir):
    text = _read(pages_dir, "statement_only.txt")
    src = source_from_text(text, id="statement.txt")
    assert src.title == "Statement by Prime Minister Elena Varga"
    assert src.speaker == "Elena Varga"
    assert len(src.turns) == 2
    assert all(t.speaker == "Elena Varga" and t.label == "" for t in src.turns)
    assert _words(src, src.turns[0]).startswith("The government has declared")


def test_statement_without_labels_or_name_takes_the_given_speaker():
    text = "We will rebuild every bridge.\n\nWe will not stop until the work is done."
    src = source_from_text(text, id="s", speaker="Jane Roe")
    assert src.speaker == "Jane Roe"
    assert [t.speaker for t in src.turns] == ["Jane Roe", "Jane Roe"]
    anonymous = source_from_text(text, id="s")
    assert anonymous.speaker is None
    assert len(anonymous.turns) == 2


def test_hard_wrapped_transcript_keeps_turns_whole(pages_dir):
    text = _read(pages_dir, "wrapped_transcript.txt")
    src = source_from_text(text, id="wrapped")
    assert src.title == "Press conference of the Minister of Foreign Affairs Anton Rusev"
    assert src.date == "2025-02-14"
    assert src.speaker == "Anton Rusev"
    assert [(t.speaker, t.label) for t in src.turns] == [
        ("Anton Rusev", "Minister Anton Rusev"),
        (None, "Question"),
        ("Anton Rusev", "Minister Anton Rusev"),
        (None, "Question"),
    ]
    first = _words(src, src.turns[0])
    assert first.startswith("Good afternoon.") and first.endswith("patient work by both sides.")
    assert _words(src, src.turns[2]).endswith("use that opportunity.")


def test_empty_source_raises():
    with pytest.raises(EmptyInputError):
        source_from_text("  \n\n ", id="empty")


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("President of Russia Vladimir Putin: Good evening.", "President of Russia Vladimir Putin"),
        ("THE PRESIDENT: Thank you.", "THE PRESIDENT"),
        ("Q: Mr. President?", "Q"),
        ("MR. SMITH: Yes.", "MR. SMITH"),
        ("Vladimir Putin: Colleagues.", "Vladimir Putin"),
        ("QUESTION: Is that so?", "QUESTION"),
        ("Journalist: One more question.", "Journalist"),
        ("PUTIN (via interpreter): We are ready.", "PUTIN"),
    ],
)
def test_speaker_labels(line, label):
    found = speaker_label(line, 0, len(line))
    assert found is not None and found.label == label
    assert not line[found.content].isspace() and line[found.content - 1] in ": "


@pytest.mark.parametrize(
    "line",
    [
        "I would like to emphasise: they showed courage and heroism.",
        "Let me reiterate myself: Russia is ready for talks.",
        "Published: Tuesday 12 November 2024",
        "Note: this story has been updated.",
        "The Easter truce initiated by Russia was not observed either: the regime was violated.",
        "Tags: Russia, Ukraine",
    ],
)
def test_not_speaker_labels(line):
    assert speaker_label(line, 0, len(line)) is None


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("President of Russia Vladimir Putin", "Vladimir Putin"),
        ("Russian Foreign Minister Sergey Lavrov", "Sergey Lavrov"),
        ("Mr. Erdogan", "Erdogan"),
        ("THE PRESIDENT", None),
        ("Q", None),
        ("Journalist", None),
        ("PRIME MINISTER ALBANESE", "Albanese"),
        ("Secretary of State Marco Rubio", "Marco Rubio"),
        ("President of the United States Joe Biden", "Joe Biden"),
        ("the President of Türkiye, Mr. Erdogan", "Erdogan"),
        ("UN Secretary-General António Guterres", "António Guterres"),
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
        ("Chairman of the Joint Chiefs of Staff General Dan Caine", "Dan Caine"),
        ("Vladimir Putin (via interpreter)", "Vladimir Putin"),
        ("MR. MCDONALD", "McDonald"),
        ("John Major", "John Major"),
        ("Martin Luther King", "Martin Luther King"),
        ("I would like to emphasise", None),
        ("", None),
    ],
)
def test_canonical_person(label, name):
    assert canonical_person(label) == name


def test_role_keys_and_surname_expansion():
    assert role_key("THE PRESIDENT") == "president"
    assert role_key("Russian Foreign Minister Sergey Lavrov") == "foreign minister"
    assert role_key("Mr. Smith") == ""
    text = "President Joe Biden met reporters. Biden said he was pleased. President Biden left."
    assert expand_surname("Biden", text) == "Joe Biden"
    assert expand_surname("Rassendyll", "President Rassendyll spoke.") == "Rassendyll"


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("We will win. (Applause.) Thank you.", ["(Applause.)"]),
        ("I said [inaudible] and then (laughs) we left.", ["[inaudible]", "(laughs)"]),
        ("The 30-day moratorium (from March 18 to April 17) was violated.", []),
        ("(In English.) We have a lot to discuss. (Laughter.)", ["(In English.)", "(Laughter.)"]),
    ],
)
def test_stage_directions(text, spans):
    assert [text[s.start : s.end] for s in stage_directions(text)] == spans


@pytest.mark.parametrize(
    "text", ["(Applause.)", "[Laughter]", "(Crosstalk.)", "END 3:05 P.M. EDT", "2:14 P.M. EDT"]
)
def test_stage_direction_blocks(text):
    assert is_stage_direction_block(text)


def test_intro_strength():
    assert intro_strength("Below is the the President’s speech") == 2
    assert intro_strength("Full text:") == 2
    assert intro_strength("Transcript:") == 2
    assert intro_strength("Here is the transcript of the interview.") == 2
    assert intro_strength("Full text of the statement:") == 2
    assert intro_strength("Read the full statement") == 1
    assert intro_strength("He read the statement to reporters on Monday.") == 0


def test_bad_input_raises_only_onrecord_errors():
    for text in ["", ":", "Q:", "(Applause.)", "THE PRESIDENT:", "\n\n\n:\n"]:
        try:
            src = source_from_text(text, id="x")
        except OnrecordError:
            continue
        for t in src.turns:
            assert 0 <= t.start <= t.end <= len(text)


def test_question_and_answer_file(pages_dir):
    text = _read(pages_dir, "qa_file.txt")
    src = source_from_text(text, id="qa.txt")
    assert src.title == "Interview with Central Bank Governor Maria Okonkwo"
    assert src.speaker == "Maria Okonkwo"
    assert [(t.speaker, t.label) for t in src.turns] == [
        (None, "Q"),
        ("Maria Okonkwo", "A"),
        ("Maria Okonkwo", ""),
        (None, "Q"),
        ("Maria Okonkwo", "A"),
    ]


def test_labels_on_their_own_line_and_white_house_q_without_colon():
    text = (
        "Press statement\n\nVladimir Putin:\n\nGood evening.\n\nSecond paragraph.\n\n"
        "Question:\n\nWhat next?\n\nQ    Mr. President, one more?\n\nVladimir Putin: Yes."
    )
    src = source_from_text(text, id="x")
    assert src.speaker == "Vladimir Putin"
    assert [(t.speaker, t.label, text[t.start : t.end]) for t in src.turns] == [
        ("Vladimir Putin", "Vladimir Putin", "Good evening."),
        ("Vladimir Putin", "", "Second paragraph."),
        (None, "Question", "What next?"),
        (None, "Q", "Mr. President, one more?"),
        ("Vladimir Putin", "Vladimir Putin", "Yes."),
    ]


def test_report_summaries_are_not_source_intros():
    assert intro_strength("Here are the key points of the speech:") == 0
    assert intro_strength("Below are the main takeaways from the press conference") == 0


@pytest.mark.parametrize(
    "name", ["Şebnem Aydınoğlu", "Łucja Żak", "Ørjan Ødegård", "Ólafur Ísaksson"]
)
def test_labels_of_names_with_non_ascii_capitals_start_turns(name: str) -> None:
    text = (
        "Interview with the minister\n\n"
        "Anna Berg: Minister, what happened on Friday?\n\n"
        f"{name}: The grid failed at 6 a.m. We restored it by noon.\n\n"
        "Berg: Was anyone hurt?\n\n"
        f"{name}: Nobody was hurt.\n"
    )
    source = source_from_text(text, id="interview.txt")
    speakers = [t.speaker for t in source.turns]
    assert speakers == ["Anna Berg", name, "Anna Berg", name]
    assert source.text[source.turns[1].start : source.turns[1].end].startswith("The grid failed")


def test_labels_with_name_particles_start_turns() -> None:
    text = (
        "Statement of the Foreign Minister\n\n"
        "Foreign Minister Faisal bin Rashid al-Sufayri: The talks will resume on Monday.\n\n"
        "Question: Will the ceasefire hold?\n\n"
        "Foreign Minister Faisal bin Rashid al-Sufayri: We expect it to hold.\n"
    )
    source = source_from_text(text, id="statement.txt")
    assert [t.speaker for t in source.turns] == [
        "Faisal bin Rashid al-Sufayri",
        None,
        "Faisal bin Rashid al-Sufayri",
    ]
