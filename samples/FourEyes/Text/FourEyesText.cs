using System.Collections.Frozen;
using System.Globalization;

namespace Planner.Samples.FourEyes.Text;

/// <summary>
/// The plugin's sentences in the six UN languages. A plugin cannot use the host's resources, so
/// it carries its own: one dictionary per language, chosen by the two-letter code of
/// <see cref="CultureInfo.CurrentUICulture"/> (the host sets it per request and per circuit);
/// any other language gets English.
/// </summary>
internal static class FourEyesText
{
    public const string RefusalOne = "Refusal.One";
    public const string RefusalMany = "Refusal.Many";
    public const string PanelTitle = "Panel.Title";
    public const string PanelCount = "Panel.Count";
    public const string PanelNone = "Panel.None";
    public const string PanelApprovers = "Panel.Approvers";
    public const string PanelApprove = "Panel.Approve";
    public const string PanelApproveHint = "Panel.ApproveHint";
    public const string PanelYouApproved = "Panel.YouApproved";
    public const string PanelEnough = "Panel.Enough";
    public const string ErrorNotFound = "Error.NotFound";
    public const string ErrorNotFoundTitle = "Error.NotFoundTitle";
    public const string ErrorRefusedTitle = "Error.RefusedTitle";
    public const string ErrorNotReviewer = "Error.NotReviewer";
    public const string ErrorNotInReview = "Error.NotInReview";
    public const string ErrorAlreadyApproved = "Error.AlreadyApproved";
    public const string PageTitle = "Page.Title";
    public const string PageIntro = "Page.Intro";
    public const string PageNone = "Page.None";
    public const string PageArticle = "Page.Article";

    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Languages = new Dictionary<string, FrozenDictionary<string, string>>
    {
        ["en"] = new Dictionary<string, string>
        {
            [RefusalOne] = "This article must be approved by a reviewer before it is finalised ({0} of 1 so far).",
            [RefusalMany] = "This article must be approved by {1} different reviewers before it is finalised ({0} of {1} so far).",
            [PanelTitle] = "Reviewers' approvals",
            [PanelCount] = "Approvals: {0} of {1}",
            [PanelNone] = "No reviewer has approved this article yet.",
            [PanelApprovers] = "Approved by",
            [PanelApprove] = "Approve",
            [PanelApproveHint] = "Approve this article as a reviewer. Each reviewer approves once.",
            [PanelYouApproved] = "You approved this article.",
            [PanelEnough] = "Enough reviewers approved: the article may be finalised.",
            [ErrorNotFound] = "Not found, or you have no role on this review.",
            [ErrorNotFoundTitle] = "Not found",
            [ErrorRefusedTitle] = "Approval refused",
            [ErrorNotReviewer] = "Only a reviewer on this review may approve an article.",
            [ErrorNotInReview] = "An article can be approved only while it is in Review.",
            [ErrorAlreadyApproved] = "You have already approved this article.",
            [PageTitle] = "Awaiting approval",
            [PageIntro] = "Articles in review, with how many reviewers have approved each of the {0} needed before Finalise.",
            [PageNone] = "No article is in review.",
            [PageArticle] = "Article {0}",
        }.ToFrozenDictionary(),
        ["fr"] = new Dictionary<string, string>
        {
            [RefusalOne] = "Cet article doit être approuvé par un examinateur avant d’être finalisé ({0} sur 1 à ce jour).",
            [RefusalMany] = "Cet article doit être approuvé par {1} examinateurs différents avant d’être finalisé ({0} sur {1} à ce jour).",
            [PanelTitle] = "Approbations des examinateurs",
            [PanelCount] = "Approbations : {0} sur {1}",
            [PanelNone] = "Aucun examinateur n’a encore approuvé cet article.",
            [PanelApprovers] = "Approuvé par",
            [PanelApprove] = "Approuver",
            [PanelApproveHint] = "Approuver cet article en tant qu’examinateur. Chaque examinateur approuve une seule fois.",
            [PanelYouApproved] = "Vous avez approuvé cet article.",
            [PanelEnough] = "Assez d’examinateurs ont approuvé : l’article peut être finalisé.",
            [ErrorNotFound] = "Introuvable, ou vous n’avez aucun rôle dans cet examen.",
            [ErrorNotFoundTitle] = "Introuvable",
            [ErrorRefusedTitle] = "Approbation refusée",
            [ErrorNotReviewer] = "Seul un examinateur de cet examen peut approuver un article.",
            [ErrorNotInReview] = "Un article ne peut être approuvé que lorsqu’il est à l’étape Examiner.",
            [ErrorAlreadyApproved] = "Vous avez déjà approuvé cet article.",
            [PageTitle] = "En attente d'approbation",
            [PageIntro] = "Articles en examen, avec le nombre d'examinateurs qui les ont approuvés sur les {0} requis avant la finalisation.",
            [PageNone] = "Aucun article n'est en examen.",
            [PageArticle] = "Article {0}",
        }.ToFrozenDictionary(),
        ["es"] = new Dictionary<string, string>
        {
            [RefusalOne] = "Este artículo debe ser aprobado por un examinador antes de finalizarse ({0} de 1 hasta ahora).",
            [RefusalMany] = "Este artículo debe ser aprobado por {1} examinadores distintos antes de finalizarse ({0} de {1} hasta ahora).",
            [PanelTitle] = "Aprobaciones de los examinadores",
            [PanelCount] = "Aprobaciones: {0} de {1}",
            [PanelNone] = "Ningún examinador ha aprobado aún este artículo.",
            [PanelApprovers] = "Aprobado por",
            [PanelApprove] = "Aprobar",
            [PanelApproveHint] = "Aprobar este artículo como examinador. Cada examinador lo aprueba una sola vez.",
            [PanelYouApproved] = "Usted aprobó este artículo.",
            [PanelEnough] = "Suficientes examinadores lo aprobaron: el artículo puede finalizarse.",
            [ErrorNotFound] = "No encontrado, o no tiene ninguna función en este examen.",
            [ErrorNotFoundTitle] = "No encontrado",
            [ErrorRefusedTitle] = "Aprobación rechazada",
            [ErrorNotReviewer] = "Solo un examinador de este examen puede aprobar un artículo.",
            [ErrorNotInReview] = "Un artículo solo puede aprobarse mientras está en la etapa Examinar.",
            [ErrorAlreadyApproved] = "Usted ya aprobó este artículo.",
            [PageTitle] = "Pendientes de aprobación",
            [PageIntro] = "Artículos en examen, con cuántos examinadores han aprobado cada uno de los {0} necesarios antes de finalizar.",
            [PageNone] = "Ningún artículo está en examen.",
            [PageArticle] = "Artículo {0}",
        }.ToFrozenDictionary(),
        ["ru"] = new Dictionary<string, string>
        {
            [RefusalOne] = "Эту статью должен одобрить эксперт по обзору, прежде чем она будет завершена (пока {0} из 1).",
            [RefusalMany] = "Эту статью должны одобрить не менее {1} разных экспертов по обзору, прежде чем она будет завершена (пока {0} из {1}).",
            [PanelTitle] = "Одобрения экспертов по обзору",
            [PanelCount] = "Одобрения: {0} из {1}",
            [PanelNone] = "Эту статью пока не одобрил ни один эксперт по обзору.",
            [PanelApprovers] = "Одобрили",
            [PanelApprove] = "Одобрить",
            [PanelApproveHint] = "Одобрить эту статью как эксперт по обзору. Каждый эксперт одобряет статью один раз.",
            [PanelYouApproved] = "Вы одобрили эту статью.",
            [PanelEnough] = "Одобрений достаточно: статью можно завершить.",
            [ErrorNotFound] = "Не найдено, или у вас нет роли в этом обзоре.",
            [ErrorNotFoundTitle] = "Не найдено",
            [ErrorRefusedTitle] = "Одобрение отклонено",
            [ErrorNotReviewer] = "Одобрить статью может только эксперт по обзору в этом обзоре.",
            [ErrorNotInReview] = "Статью можно одобрить только на этапе «Рассмотрение».",
            [ErrorAlreadyApproved] = "Вы уже одобрили эту статью.",
            [PageTitle] = "Ожидают одобрения",
            [PageIntro] = "Статьи на рассмотрении и число одобривших их экспертов из {0} необходимых до завершения.",
            [PageNone] = "Нет статей на рассмотрении.",
            [PageArticle] = "Статья {0}",
        }.ToFrozenDictionary(),
        ["zh"] = new Dictionary<string, string>
        {
            [RefusalOne] = "本条须经一位审议专家批准后方可定稿（目前 {0}/1）。",
            [RefusalMany] = "本条须经 {1} 位不同的审议专家批准后方可定稿（目前 {0}/{1}）。",
            [PanelTitle] = "审议专家的批准",
            [PanelCount] = "批准：{0}/{1}",
            [PanelNone] = "尚无审议专家批准本条。",
            [PanelApprovers] = "批准人",
            [PanelApprove] = "批准",
            [PanelApproveHint] = "以审议专家身份批准本条。每位审议专家只能批准一次。",
            [PanelYouApproved] = "您已批准本条。",
            [PanelEnough] = "批准人数已足够：本条可以定稿。",
            [ErrorNotFound] = "未找到，或您在此审议中没有角色。",
            [ErrorNotFoundTitle] = "未找到",
            [ErrorRefusedTitle] = "无法批准",
            [ErrorNotReviewer] = "只有本次审议的审议专家才能批准条款。",
            [ErrorNotInReview] = "条款只有处于“审议”阶段时才能批准。",
            [ErrorAlreadyApproved] = "您已经批准过本条。",
            [PageTitle] = "待批准",
            [PageIntro] = "审议中的条款，以及在定稿前所需 {0} 位审议专家中已批准的人数。",
            [PageNone] = "没有审议中的条款。",
            [PageArticle] = "第 {0} 条",
        }.ToFrozenDictionary(),
        ["ar"] = new Dictionary<string, string>
        {
            [RefusalOne] = "يجب أن يوافق خبير مستعرِض على هذه المادة قبل إنجازها (حتى الآن {0} من 1).",
            [RefusalMany] = "يجب أن يوافق على هذه المادة {1} من الخبراء المستعرِضين المختلفين قبل إنجازها (حتى الآن {0} من {1}).",
            [PanelTitle] = "موافقات الخبراء المستعرِضين",
            [PanelCount] = "الموافقات: {0} من {1}",
            [PanelNone] = "لم يوافق أي خبير مستعرِض على هذه المادة بعد.",
            [PanelApprovers] = "وافق عليها",
            [PanelApprove] = "موافقة",
            [PanelApproveHint] = "الموافقة على هذه المادة بصفتك خبيرا مستعرِضا. يوافق كل خبير مرة واحدة.",
            [PanelYouApproved] = "لقد وافقت على هذه المادة.",
            [PanelEnough] = "اكتملت الموافقات: يمكن إنجاز المادة.",
            [ErrorNotFound] = "غير موجود، أو ليس لك دور في هذا الاستعراض.",
            [ErrorNotFoundTitle] = "غير موجود",
            [ErrorRefusedTitle] = "رُفضت الموافقة",
            [ErrorNotReviewer] = "لا يوافق على المادة إلا خبير مستعرِض في هذا الاستعراض.",
            [ErrorNotInReview] = "لا يمكن الموافقة على المادة إلا وهي في مرحلة الاستعراض.",
            [ErrorAlreadyApproved] = "لقد سبق أن وافقت على هذه المادة.",
            [PageTitle] = "بانتظار الموافقة",
            [PageIntro] = "المواد قيد الاستعراض، مع عدد الخبراء المستعرضين الذين وافقوا على كل منها من أصل {0} مطلوبين قبل الإنجاز.",
            [PageNone] = "لا توجد مادة قيد الاستعراض.",
            [PageArticle] = "المادة {0}",
        }.ToFrozenDictionary(),
    }.ToFrozenDictionary();

    /// <summary>The languages this plugin speaks.</summary>
    public static IEnumerable<string> LanguageCodes => Languages.Keys;

    /// <summary>The user's language (from <see cref="CultureInfo.CurrentUICulture"/>) if the plugin speaks it, else English.</summary>
    public static string CurrentLanguage => Resolve(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    /// <summary>The sentence in the user's language, with its {0}, {1}… filled in.</summary>
    public static string Get(string key, params object[] args) => For(CurrentLanguage, key, args);

    /// <summary>The sentence in <paramref name="language"/> (two-letter code), English if the plugin does not speak it.</summary>
    public static string For(string language, string key, params object[] args)
    {
        var code = Resolve(language);
        var format = Languages[code][key];
        return args.Length == 0 ? format : string.Format(CultureInfo.GetCultureInfo(code), format, args);
    }

    /// <summary>A language the plugin speaks, or "en".</summary>
    public static string Resolve(string? language) =>
        language is not null && Languages.ContainsKey(language) ? language : "en";
}
