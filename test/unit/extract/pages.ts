/** Small pages of our own for extraction and invariant tests (English, Arabic, French, a list page). */
const para = (s: string, n: number) => Array.from({ length: n }, (_, i) => `<p>${s} (${i + 1}).</p>`).join('\n');

export const EN_PAGE = `<!doctype html><html lang="en"><head><title>Council approves the new harbour budget | City Gazette</title>
<meta property="og:site_name" content="City Gazette"></head><body>
<header><a class="logo" href="/">City Gazette</a><nav><a href="/">Home</a><a href="/news">News</a><a href="/sport">Sport</a></nav></header>
<div class="ad-wrapper"><span>Advertisement</span><div id="div-gpt-ad-top"></div></div>
<main><article>
<h1>Council approves the new harbour budget</h1>
<p class="byline">By Jane Doe</p>
<div class="share-tools"><a href="https://twitter.com/intent/tweet?u=1">Tweet</a><a href="https://www.facebook.com/sharer/sharer.php?u=1">Share</a></div>
${para('The city council voted late on Tuesday to approve a budget for the harbour that includes money for dredging, new moorings and a ferry terminal', 4)}
<div class="inline-ad"><span>Advertisement</span><ins class="adsbygoogle"></ins></div>
<aside class="read-also"><h4>Read more</h4><ul><li><a href="/a">Harbour dredging starts in spring next year</a></li><li><a href="/b">Ferry operator bids for the new terminal lease</a></li></ul></aside>
${para('Opposition members said the plan leaves too little for schools, and the mayor promised a second vote on education spending in the autumn', 3)}
</article>
<section id="comments"><h3>Comments</h3><form><textarea name="c"></textarea><button>Post</button></form></section>
</main>
<aside class="sidebar"><h3>Most read</h3><ul>
<li><a href="/x1">Storm closes the coastal road for two days</a></li><li><a href="/x2">Local team wins the regional cup after extra time</a></li>
<li><a href="/x3">New bakery opens its doors on the main square</a></li><li><a href="/x4">Museum extends opening hours through the summer</a></li></ul></aside>
<footer><p>© City Gazette 2024. All rights reserved.</p><p>© City Gazette 2024. All rights reserved.</p></footer>
<div id="cookie-notice" style="position:fixed;bottom:0"><p>We use cookies on this site.</p><button>Accept</button></div>
</body></html>`;

/** Arabic page with no lang and no dir attribute. */
export const AR_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>الحكومة تعلن خطة جديدة للطاقة الشمسية</title></head><body>
<div class="breaking-news"><span>عاجل</span> <a href="/n/1">انقطاع الكهرباء عن عدة أحياء في العاصمة</a></div>
<div class="content"><h1>الحكومة تعلن خطة "جديدة" للطاقة الشمسية</h1>
<span class="date">الأحد 3 مارس 2024</span>
${para('أعلنت الحكومة اليوم عن خطة جديدة لتوسيع استخدام الطاقة الشمسية في المدن والقرى خلال السنوات الخمس المقبلة بتمويل من القطاع الخاص', 4)}
<div class="adbox"><span>إعلان</span></div>
<div class="more"><strong>اقرأ أيضا:</strong> <a href="/r/1">ارتفاع أسعار الوقود في الأسواق المحلية</a> <a href="/r/2">افتتاح محطة رياح جديدة في الجنوب</a></div>
${para('وقال وزير الطاقة إن الخطة ستوفر آلاف فرص العمل للشباب وتخفض فاتورة الكهرباء على الأسر بنسبة كبيرة', 3)}
</div>
<div class="footer">جميع الحقوق محفوظة</div><div class="footer">جميع الحقوق محفوظة</div>
</body></html>`;

export const FR_PAGE = `<!doctype html><html lang="fr"><head><title>Le budget de la région adopté</title><meta property="og:site_name" content="Le Quotidien"></head><body>
<nav><a href="/">Accueil</a><a href="/politique">Politique</a></nav>
<article><h1>Le budget de la région adopté</h1>
${para('Les élus régionaux ont adopté jeudi soir le budget pour l’année prochaine après une longue séance marquée par des débats sur les transports', 4)}
<div class="encadre"><p>Lire aussi</p><ul><li><a href="/a">Transports : la nouvelle ligne de tramway retardée</a></li><li><a href="/b">Le conseil régional vote les aides aux lycées</a></li></ul></div>
<div class="pub"><span>Publicité</span></div>
${para('Le président de région a salué un budget responsable tandis que l’opposition dénonçait une hausse des dépenses de fonctionnement', 3)}
<div class="partage"><a href="https://www.facebook.com/sharer/sharer.php?u=1">Partager sur Facebook</a> <a href="https://twitter.com/intent/tweet?u=1">Partager sur Twitter</a></div>
</article>
<div class="commentaires"><h3>Commentaires</h3><form><textarea></textarea><button>Envoyer</button></form></div>
</body></html>`;

/** A list page: no article, only headline links. */
export const LIST_PAGE = `<!doctype html><html lang="en"><head><title>Latest news</title></head><body>
<h1>Latest news</h1><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/n/${i}">Headline number ${i} about events in the city today</a></li>`).join('')}</ul></body></html>`;

export const EMPTY_PAGE = '<!doctype html><html lang="en"><head><title>Empty</title></head><body></body></html>';
