"""Canned pages and feeds for the ingest acceptance tests (the team's own invented text)."""

from __future__ import annotations

SUMMIT_BODY = [
    "The prime ministers of Norland and Westmark met in the harbour city of Kessel on Tuesday and signed an "
    "agreement on fishing rights in the disputed northern waters, ending a quarrel that had lasted two years.",
    "Under the deal, boats from both countries may fish within forty miles of the coast, and a joint commission "
    "will set yearly quotas. The two leaders said they would meet again in the spring to review the catch.",
    "Fishing unions in Westmark welcomed the agreement, while an opposition party in Norland called it a "
    "surrender and said it would ask parliament to reject it when the text comes up for a vote next month.",
]

FLOODS_BODY = [
    "Heavy rain flooded large parts of the river valley south of Dornbach on Sunday, forcing hundreds of "
    "families to leave their homes, the regional government said in a statement.",
    "Soldiers were sent to help fill sandbags and evacuate villages, and the interior minister promised "
    "emergency aid for farmers whose fields were under water. Forecasters expect more rain later this week.",
]

PROTEST_BODY = (
    "Thousands of teachers marched through the centre of Altburg on Friday to demand higher wages and smaller "
    "classes, in the largest protest the city has seen this year. The education ministry said it was ready to "
    "resume talks with the union next week but warned that the budget left little room for pay rises. Police "
    "said the march was peaceful and that no arrests were made during the afternoon."
)

FRENCH_BODY = (
    "Les enseignants ont manifesté vendredi dans le centre de la ville pour réclamer de meilleurs salaires et des "
    "classes moins chargées. Le ministère de l'Éducation s'est dit prêt à reprendre les discussions avec le "
    "syndicat la semaine prochaine, mais a prévenu que le budget laissait peu de marge pour des hausses."
)


def article(title: str, paragraphs: list[str], canonical: str, date: str, extra: str = "") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!doctype html>
<html><head><title>{title} | The Daily Courier</title>
<link rel="canonical" href="{canonical}">
<meta name="author" content="Mara Lind">
<meta property="article:published_time" content="{date}T08:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div id="cookie-banner">We use cookies to improve your experience on our site.</div>
<main><article>
<h1>{title}</h1>
{body}
{extra}
<p>Share this article</p>
<p>Follow us on social media</p>
</article></main>
<footer>Copyright The Daily Courier. All rights reserved.</footer>
</body></html>"""


def rss(base: str) -> str:
    full = "".join(f"<p>{p}</p>" for p in [PROTEST_BODY, PROTEST_BODY.replace("Friday", "Friday evening")])
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Courier World</title><link>{base}/</link><description>World news</description>
<item><title>Teachers march for pay</title><link>{base}/news/teachers</link>
<guid>{base}/news/teachers</guid><pubDate>Fri, 08 Mar 2024 18:00:00 GMT</pubDate>
<description>Teachers marched.</description><content:encoded><![CDATA[{full}]]></content:encoded></item>
<item><title>Floods force evacuations</title><link>{base}/news/floods.html</link>
<pubDate>Sun, 10 Mar 2024 12:00:00 GMT</pubDate><description>Rain flooded the valley.</description></item>
</channel></rss>"""


def atom(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Courier International</title><id>{base}/atom</id>
<updated>2024-03-11T00:00:00Z</updated>
<entry><title>Les enseignants manifestent</title><id>urn:courier:fr-1</id><link href="{base}/fr/enseignants"/>
<updated>2024-03-09T10:00:00Z</updated><content type="html">&lt;p&gt;{FRENCH_BODY}&lt;/p&gt;</content></entry>
<entry><title>Fishing deal signed</title><id>urn:courier:summit</id><link href="{base}/news/summit-feed.html"/>
<updated>2024-03-05T10:00:00Z</updated><summary>Leaders signed a deal.</summary></entry>
</feed>"""
