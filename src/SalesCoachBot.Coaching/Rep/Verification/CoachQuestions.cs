using SalesCoachBot.Coaching.Method;


namespace SalesCoachBot.Coaching.Rep.Verification;

/// <summary>
/// The coach check (教练的验证, seed 004 unit 1): a coach's word is checked against other sources before
/// we rely on it. What a coach must know and why he helps come from seed 001 (教练——客户企业中的内线);
/// exclusive versus shared intelligence from seed 000 (真假情报、独家情报、变动情报). Maximum total weight 11.
/// </summary>
public static class CoachQuestions
{
    public const string CrossCheck = "CO-CROSSCHECK";
    public const string TrackRecord = "CO-TRACK-RECORD";
    public const string Access = "CO-ACCESS";
    public const string Motive = "CO-MOTIVE";
    public const string Exclusive = "CO-EXCLUSIVE";

    /// <summary>A coach never checked against another source cannot score above this.</summary>
    public const int UncheckedCap = 40;

    /// <summary>A coach whose information proved wrong cannot score above this.</summary>
    public const int ProvedWrongCap = 20;

    /// <summary>
    /// Little access to what a coach must know, nothing competitors do not also get, or a mixed record: the
    /// person may be friendly, but is not yet a coach to rely on (ours: the seeds give no number).
    /// </summary>
    public const int DisqualifyingCap = 45;

    private static readonly CourseReference Verification = new("004", "第一单元 教练的“验证”", MethodologySection.IntelligenceAndCoach);
    private static readonly CourseReference CoachRole = new("001", "教练——客户企业中的内线", MethodologySection.IntelligenceAndCoach);
    private static readonly CourseReference Intelligence = new("000", "角色二 采购部门 第三章 §第二节 提供情报的不确性", MethodologySection.IntelligenceAndCoach);

    public static VerificationQuestionSet Set { get; } = new("COACH",
    [
        new(CrossCheck, Verification,
        [
            new("Several", 3),
            new("Once", 1, IsConcern: true),
            new("Never", 0, IsConcern: true, CapsConfidenceAt: UncheckedCap),
        ]),
        new(TrackRecord, Verification,
        [
            new("Confirmed", 2),
            new("NotYet", 1, IsConcern: true),
            new("Mixed", 0, IsConcern: true, CapsConfidenceAt: DisqualifyingCap),
            new("Wrong", 0, IsConcern: true, CapsConfidenceAt: ProvedWrongCap),
        ]),
        new(Access, CoachRole,
        [
            new("All", 2),
            new("Some", 1, IsConcern: true),
            new("Little", 0, IsConcern: true, CapsConfidenceAt: DisqualifyingCap),
        ]),
        new(Motive, CoachRole,
        [
            new("Clear", 2),
            new("Unclear", 0, IsConcern: true),
        ]),
        new(Exclusive, Intelligence,
        [
            new("Yes", 2),
            new("Same", 0, IsConcern: true, CapsConfidenceAt: DisqualifyingCap),
            new("Unknown", 0, IsConcern: true),
        ]),
    ]);
}
