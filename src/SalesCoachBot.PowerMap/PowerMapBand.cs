using SalesCoachBot.Coaching.Method;
using SkiaSharp;

namespace SalesCoachBot.PowerMap;

/// <summary>One decision-chain role's band, or the "not placed" band when <see cref="Role"/> is null.</summary>
internal sealed record PowerMapBand(DecisionChainRole? Role, SKRect Bounds, IReadOnlyList<PowerMapCard> Cards);
