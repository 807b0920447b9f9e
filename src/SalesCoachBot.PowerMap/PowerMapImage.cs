namespace SalesCoachBot.PowerMap;

/// <summary>A published power-map PNG and the moment it stops being served.</summary>
public sealed record PowerMapImage(ReadOnlyMemory<byte> Png, DateTimeOffset ExpiresAt);
