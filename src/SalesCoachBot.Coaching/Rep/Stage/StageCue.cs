namespace SalesCoachBot.Coaching.Rep.Stage;

/// <summary>The three kinds of cue the course uses to tell the stage (客户所处阶段的判断标准), plus the customer's focus.</summary>
public enum StageCue
{
    Language,
    Behaviour,
    Requests,
    Focus,
}
