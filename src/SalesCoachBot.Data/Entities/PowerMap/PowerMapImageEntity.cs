namespace SalesCoachBot.Data.Entities.PowerMap;

/// <summary>A published power-map picture, served by whichever instance the client reaches, until it expires.</summary>
internal sealed class PowerMapImageEntity
{
    /// <summary>The 128-bit token of the picture's address (base64url).</summary>
    public required string Token { get; set; }

    public required byte[] Png { get; set; }

    /// <summary>When it stops being served, in Unix milliseconds (SQLite cannot compare <see cref="DateTimeOffset"/> in a query).</summary>
    public long ExpiresAtMs { get; set; }
}
