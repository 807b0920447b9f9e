namespace SalesCoachBot.Protocol.Activities;

/// <summary>Names of the invoke activities the bot handles.</summary>
public static class InvokeNames
{
    /// <summary>An Adaptive Card <c>Action.Execute</c> (Universal Actions).</summary>
    public const string AdaptiveCardAction = "adaptiveCard/action";
}
