using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.People;
using SkiaSharp;

namespace SalesCoachBot.PowerMap;

/// <summary>Where one person's card sits, and the roles noted on it besides the band's own.</summary>
internal sealed record PowerMapCard(Stakeholder Person, IReadOnlyList<DecisionChainRole> OtherRoles, bool IsKeyPerson, SKRect Bounds);
