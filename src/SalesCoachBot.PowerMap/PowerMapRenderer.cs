using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Verification;
using SkiaSharp;

namespace SalesCoachBot.PowerMap;

/// <summary>
/// Draws a deal's power map as a PNG: one band per decision-chain role, each person a card coloured by
/// support, the key person and the coaches marked (solid when verified, hollow when not), a legend and
/// the deal as title. Without a font it still draws every shape and colour.
/// </summary>
internal sealed class PowerMapRenderer
{
    private const float CardRadius = 10;
    private const float CardInset = 12;
    private const float BadgeHeight = 22;
    private const float BadgeGap = 6;
    private const float StarRadius = 6.5f;

    private readonly PowerMapFont _font;

    public PowerMapRenderer(PowerMapFont font)
    {
        ArgumentNullException.ThrowIfNull(font);
        _font = font;
    }

    public byte[] Render(Deal deal, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(culture);

        var layout = PowerMapLayout.Compute(deal);
        var info = new SKImageInfo(layout.Width, layout.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(PowerMapPalette.Background);

        using var pen = new Pen(_font.Typeface);
        DrawTitle(canvas, pen, layout, deal, culture);
        for (var i = 0; i < layout.Bands.Count; i++)
        {
            DrawBand(canvas, pen, layout.Bands[i], i, deal, culture);
        }

        DrawLegend(canvas, pen, layout.LegendBounds, culture);

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static void DrawTitle(SKCanvas canvas, Pen pen, PowerMapLayout layout, Deal deal, CultureInfo culture)
    {
        var title = CoachingText.Format("PowerMap.Title", culture, deal.Customer, deal.Name);
        pen.Text(canvas, title, layout.TitleBounds.Left, layout.TitleBounds.Top + 36, layout.TitleBounds.Width, pen.Title, PowerMapPalette.Ink);
        using var rule = new SKPaint { Color = PowerMapPalette.BandOdd, StrokeWidth = 2, IsAntialias = true };
        canvas.DrawLine(layout.TitleBounds.Left, layout.TitleBounds.Bottom - 4, layout.TitleBounds.Right, layout.TitleBounds.Bottom - 4, rule);
    }

    private static void DrawBand(SKCanvas canvas, Pen pen, PowerMapBand band, int index, Deal deal, CultureInfo culture)
    {
        var shade = band.Role is null ? PowerMapPalette.BandNotPlaced : index % 2 == 0 ? PowerMapPalette.BandEven : PowerMapPalette.BandOdd;
        using (var fill = new SKPaint { Color = shade, IsAntialias = true })
        {
            canvas.DrawRoundRect(band.Bounds, 8, 8, fill);
        }

        var label = band.Role is { } role ? CoachingText.Label(role, culture) : CoachingText.Get("PowerMap.Band.NotPlaced", culture);
        var lines = pen.Wrap(label, PowerMapLayout.LabelWidth - 16, pen.BandLabel, maxLines: 2);
        for (var i = 0; i < lines.Count; i++)
        {
            pen.Text(canvas, lines[i], band.Bounds.Left + 12, band.Bounds.Top + 30 + (i * 20), PowerMapLayout.LabelWidth - 16, pen.BandLabel, PowerMapPalette.Ink);
        }

        if (band.Cards.Count == 0)
        {
            pen.Text(canvas, CoachingText.Get("PowerMap.Band.Empty", culture), PowerMapLayout.CardsLeft, band.Bounds.Top + 34,
                band.Bounds.Right - PowerMapLayout.CardsLeft - 12, pen.Note, PowerMapPalette.InkMuted);
            return;
        }

        foreach (var card in band.Cards)
        {
            DrawCard(canvas, pen, card, deal, culture);
        }
    }

    private static void DrawCard(SKCanvas canvas, Pen pen, PowerMapCard card, Deal deal, CultureInfo culture)
    {
        var person = card.Person;
        var level = person.CurrentSupport?.Level;
        var bounds = card.Bounds;

        using (var fill = new SKPaint { Color = PowerMapPalette.Fill(level), IsAntialias = true })
        {
            canvas.DrawRoundRect(bounds, CardRadius, CardRadius, fill);
        }

        DrawCardBorder(canvas, bounds, level);

        // Badges sit top right; the name takes the room they leave.
        var badgeRight = bounds.Right - CardInset + 4;
        var badgeTop = bounds.Top + 9;
        if (card.IsKeyPerson)
        {
            var verified = KpCheck.Score(deal).IsVerified;
            var width = DrawKeyPersonBadge(canvas, pen, CoachingText.Get("PowerMap.Badge.KeyPerson", culture), badgeRight, badgeTop, verified);
            badgeRight -= width + BadgeGap;
        }

        if (person.IsCoach)
        {
            var verified = CoachCheck.Score(person).IsVerified;
            var width = DrawBadge(canvas, pen, CoachingText.Get("PowerMap.Badge.Coach", culture), badgeRight, badgeTop, PowerMapPalette.CoachBlue, PowerMapPalette.InkOnDark, verified, star: false);
            badgeRight -= width + BadgeGap;
        }

        var dark = PowerMapPalette.IsDark(level);
        var ink = dark ? PowerMapPalette.InkOnDark : PowerMapPalette.Ink;
        var muted = dark ? PowerMapPalette.InkMutedOnDark : PowerMapPalette.InkMuted;
        var left = bounds.Left + CardInset;
        var textWidth = bounds.Width - (2 * CardInset);

        pen.Text(canvas, person.Name, left, bounds.Top + 29, badgeRight - left - 4, pen.Name, ink);
        pen.Text(canvas, person.Title, left, bounds.Top + 53, textWidth, pen.Body, ink);

        var notes = new List<string>(2);
        if (card.OtherRoles.Count > 0)
        {
            var separator = CoachingText.Get("PowerMap.ListSeparator", culture);
            var roles = string.Join(separator, card.OtherRoles.Select(role => CoachingText.Label(role, culture)));
            notes.Add(CoachingText.Format("PowerMap.Card.AlsoRoles", culture, roles));
        }

        if (!person.HasBeenContacted)
        {
            notes.Add(CoachingText.Get("PowerMap.Card.NeverContacted", culture));
        }

        for (var i = 0; i < notes.Count; i++)
        {
            pen.Text(canvas, notes[i], left, bounds.Top + 74 + (i * 18), textWidth, pen.Note, muted);
        }
    }

    private static void DrawCardBorder(SKCanvas canvas, SKRect bounds, SupportLevel? level)
    {
        using var border = new SKPaint
        {
            Color = PowerMapPalette.Border(level),
            Style = SKPaintStyle.Stroke,
            StrokeWidth = 2,
            IsAntialias = true,
        };

        // Unknown support is a gap to close, not a colour: a dashed outline on white says "not assessed".
        using var dash = level is null ? SKPathEffect.CreateDash([8, 5], 0) : null;
        border.PathEffect = dash;
        var inner = bounds;
        inner.Inflate(-1, -1);
        canvas.DrawRoundRect(inner, CardRadius, CardRadius, border);
    }

    private static float DrawKeyPersonBadge(SKCanvas canvas, Pen pen, string text, float right, float top, bool verified) =>
        DrawBadge(canvas, pen, text, right, top, PowerMapPalette.Gold, PowerMapPalette.GoldInk, verified, star: true);

    /// <summary>Draws a pill ending at <paramref name="right"/>; solid when verified, outlined when not. Returns its width.</summary>
    private static float DrawBadge(SKCanvas canvas, Pen pen, string text, float right, float top, SKColor colour, SKColor solidInk, bool verified, bool star)
    {
        var starWidth = star ? (2 * StarRadius) + 4 : 0;
        var width = pen.Measure(text, pen.Badge) + starWidth + 16;
        var rect = new SKRect(right - width, top, right, top + BadgeHeight);

        using (var paint = new SKPaint { Color = verified ? colour : PowerMapPalette.Background, IsAntialias = true })
        {
            canvas.DrawRoundRect(rect, BadgeHeight / 2, BadgeHeight / 2, paint);
        }

        if (!verified)
        {
            using var outline = new SKPaint { Color = colour, Style = SKPaintStyle.Stroke, StrokeWidth = 2, IsAntialias = true };
            var inner = rect;
            inner.Inflate(-1, -1);
            canvas.DrawRoundRect(inner, BadgeHeight / 2, BadgeHeight / 2, outline);
        }

        var ink = verified ? solidInk : colour;
        var textLeft = rect.Left + 8;
        if (star)
        {
            DrawStar(canvas, rect.Left + 8 + StarRadius, rect.MidY, verified ? solidInk : colour);
            textLeft += starWidth;
        }

        pen.Text(canvas, text, textLeft, rect.Top + 16, width, pen.Badge, ink);
        return width;
    }

    private static void DrawStar(SKCanvas canvas, float centreX, float centreY, SKColor colour)
    {
        using var path = new SKPath();
        for (var i = 0; i < 10; i++)
        {
            var radius = i % 2 == 0 ? StarRadius : StarRadius * 0.45f;
            var angle = (-MathF.PI / 2) + (i * MathF.PI / 5);
            var point = new SKPoint(centreX + (radius * MathF.Cos(angle)), centreY + (radius * MathF.Sin(angle)));
            if (i == 0)
            {
                path.MoveTo(point);
            }
            else
            {
                path.LineTo(point);
            }
        }

        path.Close();
        using var paint = new SKPaint { Color = colour, IsAntialias = true };
        canvas.DrawPath(path, paint);
    }

    private static void DrawLegend(SKCanvas canvas, Pen pen, SKRect bounds, CultureInfo culture)
    {
        const float SwatchWidth = 30;
        const float SwatchHeight = 18;
        const float ItemGap = 26;

        // Row 1: support, strongest against to strongest for, then unknown.
        var x = bounds.Left;
        var baseline = bounds.Top + 21;
        SupportLevel?[] levels = [SupportLevel.Opposes, SupportLevel.Neutral, SupportLevel.Supports, SupportLevel.Champions, null];
        foreach (var level in levels)
        {
            var swatch = new SKRect(x, baseline - 14, x + SwatchWidth, baseline - 14 + SwatchHeight);
            using (var fill = new SKPaint { Color = PowerMapPalette.Fill(level), IsAntialias = true })
            {
                canvas.DrawRoundRect(swatch, 4, 4, fill);
            }

            DrawCardBorder(canvas, swatch, level);
            var label = level is { } known ? CoachingText.Label(known, culture) : CoachingText.Get("PowerMap.Legend.Unknown", culture);
            x = swatch.Right + 8;
            x += pen.Text(canvas, label, x, baseline, bounds.Right - x, pen.Body, PowerMapPalette.Ink) + ItemGap;
        }

        // Row 2: the marks.
        x = bounds.Left;
        baseline += PowerMapLayout.LegendRowHeight;
        var badgeTop = baseline - 16;
        var kp = CoachingText.Get("PowerMap.Badge.KeyPerson", culture);
        x += DrawKeyPersonBadge(canvas, pen, kp, x + pen.Measure(kp, pen.Badge) + (2 * StarRadius) + 20, badgeTop, verified: true) + 8;
        x += pen.Text(canvas, CoachingText.Get("PowerMap.Legend.KeyPerson", culture), x, baseline, bounds.Right - x, pen.Body, PowerMapPalette.Ink) + ItemGap;

        var coach = CoachingText.Get("PowerMap.Badge.Coach", culture);
        x += DrawBadge(canvas, pen, coach, x + pen.Measure(coach, pen.Badge) + 16, badgeTop, PowerMapPalette.CoachBlue, PowerMapPalette.InkOnDark, verified: true, star: false) + 8;
        x += pen.Text(canvas, CoachingText.Get("PowerMap.Legend.Coach", culture), x, baseline, bounds.Right - x, pen.Body, PowerMapPalette.Ink) + ItemGap;

        x += DrawBadge(canvas, pen, coach, x + pen.Measure(coach, pen.Badge) + 16, badgeTop, PowerMapPalette.InkMuted, PowerMapPalette.InkOnDark, verified: false, star: false) + 8;
        pen.Text(canvas, CoachingText.Get("PowerMap.Legend.Unverified", culture), x, baseline, bounds.Right - x, pen.Body, PowerMapPalette.Ink);
    }

    /// <summary>
    /// The fonts of one rendering, and text drawing that never overflows: text too wide for its room
    /// ends in an ellipsis. With no typeface nothing is drawn and widths are estimated, so the layout
    /// of shapes stays the same.
    /// </summary>
    private sealed class Pen : IDisposable
    {
        private const string Ellipsis = "…";

        private readonly SKTypeface? _typeface;
        private readonly SKPaint _paint = new() { IsAntialias = true };

        public Pen(SKTypeface? typeface)
        {
            _typeface = typeface;
            Title = Create(26, bold: true);
            BandLabel = Create(16, bold: true);
            Name = Create(19, bold: true);
            Body = Create(14, bold: false);
            Note = Create(12.5f, bold: false);
            Badge = Create(13, bold: true);
        }

        public SKFont Title { get; }

        public SKFont BandLabel { get; }

        public SKFont Name { get; }

        public SKFont Body { get; }

        public SKFont Note { get; }

        public SKFont Badge { get; }

        public float Measure(string text, SKFont font) =>
            _typeface is null ? text.Length * font.Size * 0.6f : font.MeasureText(text, _paint);

        /// <summary>Draws <paramref name="text"/> fitted to <paramref name="maxWidth"/>; returns the width used.</summary>
        public float Text(SKCanvas canvas, string text, float x, float baseline, float maxWidth, SKFont font, SKColor colour)
        {
            if (string.IsNullOrEmpty(text) || maxWidth <= 0)
            {
                return 0;
            }

            var fitted = Fit(text, maxWidth, font);
            var width = Measure(fitted, font);
            if (_typeface is not null && fitted.Length > 0)
            {
                _paint.Color = colour;
                canvas.DrawText(fitted, x, baseline, SKTextAlign.Left, font, _paint);
            }

            return width;
        }

        /// <summary>
        /// Breaks <paramref name="text"/> into at most <paramref name="maxLines"/> lines: at spaces where
        /// there are any (English), anywhere otherwise (Chinese has none); the last line takes the rest.
        /// </summary>
        public List<string> Wrap(string text, float maxWidth, SKFont font, int maxLines)
        {
            var lines = new List<string>(maxLines);
            var rest = text.Trim();
            while (rest.Length > 0 && lines.Count < maxLines - 1 && Measure(rest, font) > maxWidth)
            {
                var take = FittingLength(rest, maxWidth, font);
                var space = rest.LastIndexOf(' ', Math.Max(take - 1, 0));
                var cut = space > 0 && take < rest.Length ? space : Math.Max(take, 1);
                lines.Add(rest[..cut].TrimEnd());
                rest = rest[cut..].TrimStart();
            }

            if (rest.Length > 0)
            {
                lines.Add(rest);
            }

            return lines;
        }

        public void Dispose()
        {
            Title.Dispose();
            BandLabel.Dispose();
            Name.Dispose();
            Body.Dispose();
            Note.Dispose();
            Badge.Dispose();
            _paint.Dispose();
        }

        private string Fit(string text, float maxWidth, SKFont font)
        {
            if (Measure(text, font) <= maxWidth)
            {
                return text;
            }

            var length = FittingLength(text, maxWidth - Measure(Ellipsis, font), font);
            return length == 0 ? string.Empty : string.Concat(text.AsSpan(0, length).TrimEnd(), Ellipsis);
        }

        /// <summary>How many leading characters of <paramref name="text"/> fit in <paramref name="room"/>.</summary>
        private int FittingLength(string text, float room, SKFont font)
        {
            // Names, titles and labels are short: trimming one character at a time is cheap, and
            // stepping over a whole surrogate pair never splits one.
            var length = text.Length;
            while (length > 0 && Measure(text[..length], font) > room)
            {
                length--;
                if (length > 0 && char.IsHighSurrogate(text[length - 1]))
                {
                    length--;
                }
            }

            return length;
        }

        private SKFont Create(float size, bool bold) => new(_typeface ?? SKTypeface.Default, size)
        {
            Embolden = bold,
            Edging = SKFontEdging.Antialias,
            Subpixel = true,
        };
    }
}
