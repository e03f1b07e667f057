"""Hand-written HTML pages for the ingest tests."""

ARTICLE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Dock strike enters second week | The Harbour Ledger</title>
<meta property="og:title" content="Dock strike enters second week">
<meta property="og:site_name" content="The Harbour Ledger">
<meta name="author" content="Mara Quillfeather">
<meta property="article:published_time" content="2024-05-14T08:30:00Z">
<link rel="canonical" href="https://ledger.example.org/news/dock-strike-week-two">
</head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<article>
<h1>Dock strike enters second week</h1>
<p>Crane operators at the port of Velsbury stayed off work for an eighth day on Tuesday, leaving
forty container ships anchored in the bay and supermarkets warning of empty shelves by the weekend.</p>
<p>"We will stay out until the night-shift cuts are withdrawn," said Ines Darrow, who leads the
crane operators' union. She added that members had voted by a wide margin to continue.</p>
<p>The port authority said that the cuts were needed to keep the terminal competitive with
neighbouring harbours, and that talks could resume as soon as the union returned to work.</p>
</article>
<footer>Copyright The Harbour Ledger. Subscribe to our newsletter for daily updates.</footer>
</body></html>
"""

NO_BODY = (
    "<html><head><title>Loading</title><script>start()</script></head><body><div id=app></div></body></html>"
)
