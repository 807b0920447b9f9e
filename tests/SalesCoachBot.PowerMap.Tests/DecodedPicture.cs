using SkiaSharp;

namespace SalesCoachBot.PowerMap.Tests;

/// <summary>A PNG decoded back into pixels, so tests look at what a reader of the card would see.</summary>
internal sealed class DecodedPicture : IDisposable
{
    private readonly SKBitmap _bitmap;

    public DecodedPicture(byte[] png)
    {
        _bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("The bytes are not a decodable image.");
    }

    public int Width => _bitmap.Width;

    public int Height => _bitmap.Height;

    public SKColor this[int x, int y] => _bitmap.GetPixel(x, y);

    public int Count(SKRect area, Func<SKColor, bool> predicate)
    {
        var count = 0;
        foreach (var (x, y) in Points(area))
        {
            if (predicate(_bitmap.GetPixel(x, y)))
            {
                count++;
            }
        }

        return count;
    }

    public SKColor MostCommon(SKRect area) => Points(area)
        .Select(point => _bitmap.GetPixel(point.X, point.Y))
        .GroupBy(colour => colour)
        .MaxBy(group => group.Count())!
        .Key;

    public void Dispose() => _bitmap.Dispose();

    public static bool IsGold(SKColor c) => Math.Abs(c.Red - 0xD4) < 40 && Math.Abs(c.Green - 0xA0) < 40 && c.Blue < 90 && c.Red > c.Green && c.Green > c.Blue + 60;

    public static bool IsBlue(SKColor c) => c.Blue > c.Red + 100 && c.Blue > c.Green + 50;

    public static bool IsNear(SKColor a, SKColor b, int tolerance) =>
        Math.Abs(a.Red - b.Red) <= tolerance && Math.Abs(a.Green - b.Green) <= tolerance && Math.Abs(a.Blue - b.Blue) <= tolerance;

    private IEnumerable<(int X, int Y)> Points(SKRect area)
    {
        var left = Math.Max(0, (int)MathF.Floor(area.Left));
        var top = Math.Max(0, (int)MathF.Floor(area.Top));
        var right = Math.Min(_bitmap.Width, (int)MathF.Ceiling(area.Right));
        var bottom = Math.Min(_bitmap.Height, (int)MathF.Ceiling(area.Bottom));
        for (var y = top; y < bottom; y++)
        {
            for (var x = left; x < right; x++)
            {
                yield return (x, y);
            }
        }
    }
}
