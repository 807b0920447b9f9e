namespace SalesCoachBot.Coaching.Proactive;

/// <summary>
/// Wakes the delivery worker when something was enqueued, so a ping goes out now rather than at
/// the next sweep. A singleton.
/// </summary>
public sealed class ProactiveDeliverySignal : WakeSignal;
