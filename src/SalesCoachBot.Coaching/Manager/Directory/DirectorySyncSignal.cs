using SalesCoachBot.Coaching.Proactive;

namespace SalesCoachBot.Coaching.Manager.Directory;

/// <summary>
/// Wakes the directory worker when a user is seen for the first time, so their manager is asked for
/// in the background, right away, instead of at the next sweep. A singleton; never blocks the turn.
/// </summary>
public sealed class DirectorySyncSignal : WakeSignal;
