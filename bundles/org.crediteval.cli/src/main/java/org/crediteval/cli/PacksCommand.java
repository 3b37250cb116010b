package org.crediteval.cli;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.crediteval.api.pack.RulePack;
import org.crediteval.model.scheme.Scheme;
import picocli.CommandLine.Command;

@Command(name = "packs", mixinStandardHelpOptions = true,
        description = "Lists the installed rule packs: id, version, name, base max, bonus max, source, origin.")
final class PacksCommand implements Callable<Integer> {
    private final RunContext context;

    PacksCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws PlatformException {
        context.platform.await(EnumSet.of(Platform.Need.REGISTRY, Platform.Need.PACKS));
        List<RulePack> packs = context.platform.registry().packs();
        TextTable table = new TextTable("ID", "VERSION", "NAME", "BASE MAX", "BONUS MAX", "SOURCE", "ORIGIN");
        for (RulePack pack : packs) {
            Scheme scheme = pack.scheme();
            table.add(pack.id(), pack.version(), pack.name(),
                    number(scheme == null ? null : scheme.getBaseMax()),
                    number(scheme == null ? null : scheme.getBonusMax()),
                    scheme == null ? "" : scheme.getSource(), pack.origin());
        }
        table.print(context.out);
        if (packs.isEmpty()) context.err.println(ExitCodes.PREFIX + "no rule packs are installed");
        return ExitCodes.OK;
    }

    static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
