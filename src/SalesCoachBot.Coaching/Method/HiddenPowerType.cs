namespace SalesCoachBot.Coaching.Method;

/// <summary>Hidden power (隐藏的权力), seed 000 part 2 ch. 1 §2.</summary>
public enum HiddenPowerType
{
    Knowledge,
    Information,
    Position,
    Allocation,
    EmotionalInfluence,
    InterpersonalInfluence,
}
