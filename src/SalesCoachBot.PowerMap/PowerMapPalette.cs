using SalesCoachBot.Coaching.Method;
using SkiaSharp;

namespace SalesCoachBot.PowerMap;

/// <summary>
/// The picture's colours. Support reads as a traffic light; gold is kept for the key person and blue
/// for the coach, and no support colour comes near either, so the marks stand out at a glance.
/// </summary>
internal static class PowerMapPalette
{
    public static readonly SKColor Background = new(0xFF, 0xFF, 0xFF);
    public static readonly SKColor BandEven = new(0xF3, 0xF5, 0xF8);
    public static readonly SKColor BandOdd = new(0xE9, 0xED, 0xF2);
    public static readonly SKColor BandNotPlaced = new(0xF7, 0xF2, 0xE8);
    public static readonly SKColor Ink = new(0x21, 0x21, 0x21);
    public static readonly SKColor InkMuted = new(0x55, 0x5B, 0x63);
    public static readonly SKColor InkOnDark = new(0xFF, 0xFF, 0xFF);
    public static readonly SKColor InkMutedOnDark = new(0xD7, 0xEC, 0xD9);

    public static readonly SKColor Gold = new(0xD4, 0xA0, 0x17);
    public static readonly SKColor GoldInk = new(0x3E, 0x2A, 0x00);
    public static readonly SKColor CoachBlue = new(0x15, 0x65, 0xC0);

    public static readonly SKColor UnknownFill = new(0xFF, 0xFF, 0xFF);
    public static readonly SKColor UnknownBorder = new(0x61, 0x61, 0x61);

    public static SKColor Fill(SupportLevel? level) => level switch
    {
        SupportLevel.Opposes => new SKColor(0xF4, 0xA6, 0xA6),
        SupportLevel.Neutral => new SKColor(0xDD, 0xDD, 0xDD),
        SupportLevel.Supports => new SKColor(0xA5, 0xD6, 0xA7),
        SupportLevel.Champions => new SKColor(0x1B, 0x5E, 0x20),
        _ => UnknownFill,
    };

    public static SKColor Border(SupportLevel? level) => level switch
    {
        SupportLevel.Opposes => new SKColor(0xC6, 0x28, 0x28),
        SupportLevel.Neutral => new SKColor(0x8E, 0x8E, 0x8E),
        SupportLevel.Supports => new SKColor(0x2E, 0x7D, 0x32),
        SupportLevel.Champions => new SKColor(0x0D, 0x3B, 0x12),
        _ => UnknownBorder,
    };

    public static bool IsDark(SupportLevel? level) => level == SupportLevel.Champions;
}
