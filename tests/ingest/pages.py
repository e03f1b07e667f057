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

# A story page with a summary lede above the body and furniture inside it.
FURNISHED = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ferry fares rise again | Coastline Post</title></head>
<body>
<article>
<h1>Ferry fares rise again</h1>
<div class="article__summary summary">Island ferry fares will rise by a fifth from March, the
operator said on Monday, the third increase in two years for the residents of Skellow.</div>
<div class="article__text">
<p>The operator blamed fuel costs and a new safety rule that forces it to carry two extra crew on
every crossing between the harbour and the island's single jetty.</p>
<p>READ MORE: Skellow bridge plan shelved for a decade</p>
<p>"People here cannot simply drive to the mainland," said Tomas Eld, who chairs the island council.
He said that the council would ask the transport minister to cap fares for residents.</p>
<p>Also on Coastline Post: Harbour cafe wins regional award</p>
<p>The operator said that students and pensioners would keep their half-price passes next year.</p>
<p>Sign up for our morning newsletter to get the island's news in your inbox.</p>
<p>We'd like to hear what you think about this story. Write to the editor.</p>
<p>(Photo: Coastline Post / Ana Brisk)</p>
</div>
</article>
</body></html>
"""
