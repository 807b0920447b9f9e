namespace SalesCoachBot.Coaching.Method;

/// <summary>
/// The five dimensions support is judged along (客户支持度的5个评价维度), seed 004 unit 3 as its
/// summary names them: the role's influence, acceptance of our solution, willingness to cooperate,
/// contact frequency, trust.
/// </summary>
public enum SupportDimension
{
    Influence,
    SolutionAcceptance,
    WillingnessToCooperate,
    ContactFrequency,
    Trust,
}
