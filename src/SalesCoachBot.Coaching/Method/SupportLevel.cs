namespace SalesCoachBot.Coaching.Method;

/// <summary>
/// Support for us (客户支持度), seed 004 unit 3. The course quantifies support on four levels without
/// naming them in the seeds; these four run from against us to actively for us (docs/method.md).
/// Ordered so that a higher value means more support.
/// </summary>
public enum SupportLevel
{
    Opposes = 1,
    Neutral = 2,
    Supports = 3,
    Champions = 4,
}
