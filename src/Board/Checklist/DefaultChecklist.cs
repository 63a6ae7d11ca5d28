using Planner.Board.Convention;

namespace Planner.Board.Checklist;

/// <summary>
/// The first version of the checklist, asked for every article: the questions of the
/// self-assessment of the Mechanism, in the six languages. The secretariat may publish new versions.
/// </summary>
public static class DefaultChecklist
{
    public const string ComplianceKey = "compliance";
    public const string MeasuresKey = "measures";
    public const string ExamplesKey = "examples";
    public const string StepsKey = "steps";
    public const string AssistanceKey = "assistance";

    public static IReadOnlyList<ChecklistQuestion> Questions { get; } =
    [
        new(ComplianceKey, null, 1, QuestionKind.Compliance, new LocalizedText
        {
            En = "Is your State in compliance with this provision (yes / in part / no)?",
            Fr = "Votre État est-il en conformité avec cette disposition (oui / en partie / non) ?",
            Es = "¿Cumple su Estado esta disposición (sí / en parte / no)?",
            Ru = "Соблюдает ли ваше государство это положение (да / частично / нет)?",
            Zh = "贵国是否遵守本条款（是/部分/否）？",
            Ar = "هل تمتثل دولتكم لهذا الحكم (نعم / جزئياً / لا)؟",
        }),
        new(MeasuresKey, null, 2, QuestionKind.Text, new LocalizedText
        {
            En = "Describe the measures (laws, policies and other measures) your State has taken, with citations.",
            Fr = "Décrivez les mesures (lois, politiques et autres mesures) prises par votre État, avec les références.",
            Es = "Describa las medidas (leyes, políticas y otras medidas) adoptadas por su Estado, con las citas correspondientes.",
            Ru = "Опишите меры (законы, политику и другие меры), принятые вашим государством, со ссылками.",
            Zh = "请说明贵国已采取的措施（法律、政策及其他措施），并注明出处。",
            Ar = "صِفوا التدابير (القوانين والسياسات وغيرها من التدابير) التي اتخذتها دولتكم، مع ذكر المراجع.",
        }),
        new(ExamplesKey, null, 3, QuestionKind.Text, new LocalizedText
        {
            En = "Give examples of implementation (cases, statistics).",
            Fr = "Donnez des exemples d’application (affaires, statistiques).",
            Es = "Proporcione ejemplos de aplicación (casos, estadísticas).",
            Ru = "Приведите примеры осуществления (дела, статистические данные).",
            Zh = "请举出实施实例（案例、统计数据）。",
            Ar = "قدِّموا أمثلة على التنفيذ (قضايا، إحصاءات).",
        }),
        new(StepsKey, null, 4, QuestionKind.Text, new LocalizedText
        {
            En = "What steps are still needed to ensure full compliance?",
            Fr = "Quelles mesures restent nécessaires pour assurer la pleine conformité ?",
            Es = "¿Qué medidas siguen siendo necesarias para lograr el pleno cumplimiento?",
            Ru = "Какие шаги еще необходимы для обеспечения полного соблюдения?",
            Zh = "为确保完全遵守，还需采取哪些步骤？",
            Ar = "ما الخطوات التي لا تزال لازمة لضمان الامتثال التام؟",
        }),
        new(AssistanceKey, null, 5, QuestionKind.Text, new LocalizedText
        {
            En = "What technical assistance, if any, does your State need?",
            Fr = "De quelle assistance technique votre État a-t-il besoin, le cas échéant ?",
            Es = "¿Qué asistencia técnica necesita su Estado, en su caso?",
            Ru = "Какая техническая помощь, если таковая требуется, необходима вашему государству?",
            Zh = "贵国需要何种技术援助（如有）？",
            Ar = "ما المساعدة التقنية التي تحتاج إليها دولتكم، إن وُجدت؟",
        }),
    ];
}
