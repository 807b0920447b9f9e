using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Web.Turns;

/// <summary>What the pipeline did with an activity.</summary>
/// <param name="WasRedelivery">True when the activity had been taken on already and was only acknowledged.</param>
/// <param name="InvokeResponse">The handler's answer to an invoke, if it set one.</param>
internal sealed record TurnResult(bool WasRedelivery, InvokeResponse? InvokeResponse);
