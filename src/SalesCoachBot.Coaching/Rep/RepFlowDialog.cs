using SalesCoachBot.Dialogs;
using SalesCoachBot.Dialogs.Waterfall;

namespace SalesCoachBot.Coaching.Rep;

/// <summary>A rep flow: a waterfall whose 帮助/help answer is the flow's own explanation (<c>Help.{flow}</c>).</summary>
internal abstract class RepFlowDialog(string id, string helpKey, IEnumerable<WaterfallStep> steps) : WaterfallDialog(id, steps)
{
    public override string? GetHelp(DialogContext dc, DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return RepText.Get(helpKey, dc.Culture);
    }
}
