using System.Globalization;

namespace SalesCoachBot.Coaching.Method;

/// <summary>
/// Where in the course a statement comes from: the course document (e.g. "004") and the chapter or
/// unit inside it, in the course's own words (e.g. "第三单元"). <see cref="Section"/> ties it to the index.
/// <see cref="Key"/>, when set, names the resource <c>Course.Part.{Key}</c> that says the part in the
/// user's language; users see <see cref="Display"/>, never the document number.
/// </summary>
public sealed record CourseReference(string Seed, string Part, MethodologySection Section, string? Key = null)
{
    public CourseModule Module => (CourseModule)int.Parse(Seed, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>"《决策链分析》第三单元 …" / "Decision-chain analysis, unit 3 …".</summary>
    public string Display(CultureInfo culture)
    {
        var module = CoachingText.Label(Module, culture);
        if (Key is not null)
        {
            return CoachingText.Format("Course.Reference", culture, module, CoachingText.Get($"Course.Part.{Key}", culture));
        }

        // Without a translated part, a non-Chinese user sees the module alone rather than untranslated Chinese.
        return culture.Name.StartsWith("zh", StringComparison.Ordinal) ? CoachingText.Format("Course.Reference", culture, module, Part) : module;
    }
}
