from faultlines.ingest.furniture import furniture, headline_end, strip

PAGE_TEXT = """Ferry fares rise again
The operator blamed fuel costs for the rise, the third in two years.
READ MORE: Skellow bridge plan shelved for a decade
"People here cannot simply drive to the mainland," said Tomas Eld.
Also on Coastline Post: Harbour cafe wins regional award
Related:
- Skellow votes on a new harbour wall
- Fuel duty to rise in spring
The operator said passes for students stay half price.
Sign up for our morning newsletter to get the island's news in your inbox.
We’d like to hear what you think about this or any of our stories.
Follow Coastline Post on Twitter and Facebook.
Facebook
Twitter
Email
Joan Varo contributed to this report.
(Reporting by Ana Brisk; editing by Joan Varo)"""


def test_furniture_finds_prompts_previews_share_rows_and_credits():
    lines = [PAGE_TEXT[s:e].strip() for s, e in furniture(PAGE_TEXT)]
    text = "\n".join(lines)
    for furnished in (
        "READ MORE", "Also on", "Related:", "- Fuel duty", "Sign up", "We’d like to hear", "Follow Coastline",
        "Facebook", "contributed to this report", "(Reporting by",
    ):  # fmt: skip
        assert furnished in text
    for story in ("Ferry fares", "The operator blamed", "Tomas Eld", "passes for students"):
        assert story not in text


def test_furniture_strip_keeps_only_the_story():
    kept = strip(PAGE_TEXT).split("\n")
    assert kept == [
        "Ferry fares rise again",
        "The operator blamed fuel costs for the rise, the third in two years.",
        '"People here cannot simply drive to the mainland," said Tomas Eld.',
        "The operator said passes for students stay half price.",
    ]


def test_furniture_leaves_story_lines_that_mention_reading_or_sharing():
    text = (
        "The minister said more would follow on Monday.\n"
        "Shares in the firm fell 4% after the report.\n"
        "Readers of the report said it was thin.\n"
        "Photos by the agency showed the flooded road.\n"
        "More news is expected from the inquiry on Tuesday.\n"
        "Share this view, the mayor urged residents."
    )
    assert furniture(text) == ()
    assert len(furniture("Photo by Ana Brisk / Coastline Post")) == 1


def test_furniture_headline_end_is_the_end_of_a_title_line():
    text = "Ferry Fares Rise Again\n\nThe operator raised fares on Friday."
    assert headline_end(text) == len("Ferry Fares Rise Again")
    assert headline_end("The operator raised fares on Friday.\n\nPassengers said little.") == 0
    assert headline_end("Ferry fares rise again") == 0  # one line is a story, not a headline


def test_furniture_needs_three_short_lines_for_a_share_row_and_reads_credits_in_any_case():
    two = "The ferry sailed late.\nFacebook\nTwitter\nThe operator apologised."
    assert furniture(two) == ()
    three = "The ferry sailed late.\nFacebook\nTwitter\nEmail\nThe operator apologised."
    assert [three[s:e].split() for s, e in furniture(three)] == [["Facebook", "Twitter", "Email"]]
    credit = "The ferry sailed late.\nJOAN VARO CONTRIBUTED TO THIS REPORT."
    assert [credit[s:e] for s, e in furniture(credit)] == ["JOAN VARO CONTRIBUTED TO THIS REPORT."]
