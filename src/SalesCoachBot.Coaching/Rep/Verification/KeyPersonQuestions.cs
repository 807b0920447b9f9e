using SalesCoachBot.Coaching.Method;


namespace SalesCoachBot.Coaching.Rep.Verification;

/// <summary>
/// The KP check: one question per way finding the KP goes wrong (不找KP, KP搞错, 错用KP, 人事变化) and per
/// basis for judging the KP (基本条件, 不同阶段, 团队文化), seed 000 part 2 ch. 2 §2 (谁才是关键人).
/// Maximum total weight 15.
/// </summary>
public static class KeyPersonQuestions
{
    public const string Source = "KP-SOURCE";
    public const string SourceSelf = "Self";
    public const string SourceGuess = "Guess";
    public const string WholeChain = "KP-WHOLE-CHAIN";
    public const string BasicConditions = "KP-BASIC";
    public const string Stage = "KP-STAGE";
    public const string TeamCulture = "KP-CULTURE";
    public const string Discreet = "KP-DISCREET";
    public const string Expectations = "KP-EXPECTATIONS";
    public const string PersonnelChange = "KP-PERSONNEL";

    /// <summary>A KP who rests on his own word or on a guess cannot score above this.</summary>
    public const int UnfoundedCap = 30;

    /// <summary>
    /// An answer that by the course means the person is not (or no longer) the KP to rely on — no basic
    /// conditions, the KP of an earlier stage, picked from familiarity or by covering everyone, at odds with
    /// the team's culture, exposed — caps the KP here, below the verified line (ours: the seeds give no number).
    /// </summary>
    public const int DisqualifyingCap = 45;

    private static readonly CourseReference WhoIsKp = new("000", "二、绘制权力地图 第二章 第二节 谁才是关键人", MethodologySection.KeyPerson);

    public static VerificationQuestionSet Set { get; } = new("KP",
    [
        // KP搞错: 只有权力不足的人才急于证实自己; KP靠猜,缺乏情报意识.
        new(Source, WhoIsKp,
        [
            new("Several", 3),
            new("One", 1, IsConcern: true),
            new(SourceSelf, 0, IsConcern: true, CapsConfidenceAt: UnfoundedCap),
            new(SourceGuess, 0, IsConcern: true, CapsConfidenceAt: UnfoundedCap),
        ]),
        // 不找KP: 所有人都覆盖; 只找自己熟悉的.
        new(WholeChain, WhoIsKp,
        [
            new("Compared", 2),
            new("Familiar", 0, IsConcern: true, CapsConfidenceAt: DisqualifyingCap),
            new("Everyone", 0, IsConcern: true, CapsConfidenceAt: DisqualifyingCap),
        ]),
        // 判断关键人依据 一、基本条件.
        new(BasicConditions, WhoIsKp,
        [
            new("Yes", 2),
            new("Partly", 1, IsConcern: true),
            new("No", 0, IsConcern: true, CapsConfidenceAt: DisqualifyingCap),
        ]),
        // 判断关键人依据 二、不同阶段: the KP shifts with the stage.
        new(Stage, WhoIsKp,
        [
            new("Now", 2),
            new("Earlier", 0, IsConcern: true, CapsConfidenceAt: DisqualifyingCap),
            new("Unknown", 0, IsConcern: true),
        ]),
        // 判断关键人依据 三、团队文化: 集权文化 / 授权文化.
        new(TeamCulture, WhoIsKp,
        [
            new("CentralizedTop", 2),
            new("DelegatedOwner", 2),
            new("Mismatch", 0, IsConcern: true, CapsConfidenceAt: DisqualifyingCap),
            new("Unknown", 0, IsConcern: true),
        ]),
        // 错用KP 1、暴露KP.
        new(Discreet, WhoIsKp,
        [
            new("Yes", 1),
            new("No", 0, IsConcern: true, CapsConfidenceAt: DisqualifyingCap),
        ]),
        // 错用KP 3、过高期待.
        new(Expectations, WhoIsKp,
        [
            new("Yes", 1),
            new("No", 0, IsConcern: true),
        ]),
        // 四、人事变化.
        new(PersonnelChange, WhoIsKp,
        [
            new("None", 2),
            new("Rumour", 1, IsConcern: true),
            new("Confirmed", 0, IsConcern: true, CapsConfidenceAt: UnfoundedCap),
        ]),
    ]);
}
