package io.lakefront.ui.campaigns;

import atlantafx.base.theme.Styles;
import io.lakefront.domain.campaign.brief.BriefProblem;
import io.lakefront.domain.campaign.brief.CampaignBrief;
import io.lakefront.domain.campaign.brief.Channel;
import io.lakefront.domain.campaign.brief.Guardrails;
import io.lakefront.domain.campaign.brief.SuccessMetric;
import io.lakefront.domain.campaign.brief.Touchpoint;
import io.lakefront.domain.campaign.brief.TriggerKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The brief editor: the validation list on top, then one form per section (channels, schedule, metric,
 * sequence, guardrails) and the signals and assumptions. Touchpoints reorder with the Up and Down buttons
 * or {@code Alt+↑}/{@code Alt+↓} on the list; a section's changes apply with its Apply button (or {@code Enter}).
 */
final class BriefEditorPane extends VBox {
    private final BriefEditorViewModel vm;
    private final VBox sections = new VBox(18);
    private final ListView<Touchpoint> sequence;
    private final VBox touchpointForm = new VBox(8);

    BriefEditorPane(BriefEditorViewModel vm) {
        this.vm = vm;
        setSpacing(12);
        setPadding(new Insets(12));
        setId("brief-editor");

        Label status = new Label();
        status.setId("brief-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(vm.statusProperty());
        Button save = new Button("Save version");
        save.setId("brief-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.dirtyProperty().not().or(vm.busyProperty()));
        save.setOnAction(e -> vm.save());
        Button revert = new Button("Revert");
        revert.disableProperty().bind(vm.dirtyProperty().not());
        revert.setOnAction(e -> vm.revert());
        Button approve = new Button("Approve");
        approve.setId("brief-approve");
        approve.getStyleClass().add(Styles.SUCCESS);
        approve.disableProperty().bind(vm.approvableProperty().not().or(vm.busyProperty()));
        approve.setOnAction(e -> vm.approve());
        HBox bar = new HBox(8, status, new javafx.scene.layout.Region(), revert, save, approve);
        HBox.setHgrow(bar.getChildren().get(1), javafx.scene.layout.Priority.ALWAYS);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label problem = new Label();
        problem.setId("brief-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        ListView<BriefProblem> problems = new ListView<>(vm.problems());
        problems.setId("brief-problems");
        problems.setPrefHeight(110);
        problems.setPlaceholder(new Label("No problems found."));
        problems.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(BriefProblem p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
                if (empty || p == null) {
                    setText(null);
                    return;
                }
                setText((p.error() ? "Error · " : "Warning · ") + p.section() + ": " + p.message());
                getStyleClass().add(p.error() ? Styles.DANGER : Styles.WARNING);
            }
        });

        sequence = new ListView<>(vm.touchpoints());
        sequence.setId("brief-touchpoints");
        sequence.setPrefHeight(150);
        sequence.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Touchpoint t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : (getIndex() + 1) + ". " + t.channel().code() + " · "
                        + t.trigger().sentence() + " · " + t.theme() + (t.variants().isEmpty() ? "" : " · A/B"));
            }
        });
        sequence.setOnKeyPressed(event -> {
            int index = sequence.getSelectionModel().getSelectedIndex();
            if (event.isAltDown() && event.getCode() == KeyCode.UP && vm.moveUp(index)) {
                sequence.getSelectionModel().select(index - 1);
                event.consume();
            } else if (event.isAltDown() && event.getCode() == KeyCode.DOWN && vm.moveDown(index)) {
                sequence.getSelectionModel().select(index + 1);
                event.consume();
            }
        });
        sequence.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> showTouchpoint(index.intValue()));

        getChildren().addAll(bar, problem, problems, sections);
        // Loaded, saved, approved or reverted: the forms show the brief as kept.
        vm.draftProperty().addListener((obs, old, brief) -> {
            if (brief == null || brief == vm.savedProperty().get()) {
                rebuild();
            }
        });
        rebuild();
    }

    private void rebuild() {
        sections.getChildren().clear();
        CampaignBrief b = vm.draftProperty().get();
        if (b == null) {
            sections.getChildren().add(new Label("This campaign has no brief yet. Start one with New brief."));
            return;
        }
        sections.getChildren().addAll(
                section("Goal and audience", wrapped(capitalise(b.goal().label()) + " · " + b.audience().description()
                        + b.audience().saved().map(s -> " (saved audience " + s + ")").orElse(""))),
                channels(b), schedule(b), metric(b), touchpoints(), guardrails(b),
                section("Personalization signals in the data", wrapped(String.join(", ", b.signals()))),
                section("Assumptions", wrapped("• " + String.join("\n• ", b.assumptions()))));
        int keep = Math.max(0, sequence.getSelectionModel().getSelectedIndex());
        if (!vm.touchpoints().isEmpty()) {
            sequence.getSelectionModel().select(Math.min(keep, vm.touchpoints().size() - 1));
            showTouchpoint(sequence.getSelectionModel().getSelectedIndex());
        }
    }

    private VBox channels(CampaignBrief b) {
        HBox boxes = new HBox(12);
        List<CheckBox> checks = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            CheckBox check = new CheckBox(CampaignRow.channel(channel.code()));
            check.setId("brief-channel-" + channel.code());
            check.setSelected(b.channels().contains(channel));
            check.setUserData(channel);
            check.setOnAction(e -> vm.setChannels(checks.stream().filter(CheckBox::isSelected)
                    .map(c -> (Channel) c.getUserData()).toList()));
            checks.add(check);
            boxes.getChildren().add(check);
        }
        return section("Channels", boxes);
    }

    private VBox schedule(CampaignBrief b) {
        DatePicker start = new DatePicker(b.schedule().start());
        DatePicker end = new DatePicker(b.schedule().end());
        CheckBox alwaysOn = new CheckBox("Always on");
        alwaysOn.setSelected(b.schedule().alwaysOn());
        end.disableProperty().bind(alwaysOn.selectedProperty());
        Spinner<Integer> hour = new Spinner<>(0, 23, b.schedule().sendHour());
        hour.setEditable(true);
        Button apply = new Button("Apply");
        apply.setOnAction(e -> vm.setSchedule(start.getValue(), alwaysOn.isSelected() ? null : end.getValue(), hour.getValue()));
        GridPane grid = grid();
        grid.addRow(0, new Label("Start"), start, new Label("End"), end, alwaysOn);
        grid.addRow(1, new Label("Send hour"), hour, apply);
        return section("Schedule", grid);
    }

    private VBox metric(CampaignBrief b) {
        SuccessMetric m = b.metric();
        TextField target = new TextField(SuccessMetric.percent(m.target()));
        target.setId("brief-target");
        target.setPrefColumnCount(6);
        target.setOnAction(e -> vm.setTarget(target.getText()));
        Button apply = new Button("Apply");
        apply.setOnAction(e -> vm.setTarget(target.getText()));
        HBox row = new HBox(8, new Label(capitalise(m.kind().label()) + " now " + SuccessMetric.percent(m.baseline())
                + ", target"), target, new Label("within " + m.windowDays() + " days"), apply);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return section("Success metric", row);
    }

    private VBox touchpoints() {
        Button up = new Button("Up");
        up.setId("brief-up");
        up.setOnAction(e -> move(-1));
        Button down = new Button("Down");
        down.setId("brief-down");
        down.setOnAction(e -> move(1));
        Button add = new Button("Add");
        add.setOnAction(e -> {
            vm.addTouchpoint();
            sequence.getSelectionModel().selectLast();
        });
        Button remove = new Button("Remove");
        remove.setOnAction(e -> {
            int index = sequence.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                vm.removeTouchpoint(index);
            }
        });
        Label hint = new Label("Alt+↑ and Alt+↓ move the selected message.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return section("Messages, in order", new VBox(8, sequence, new HBox(8, up, down, add, remove), hint, touchpointForm));
    }

    private void move(int by) {
        int index = sequence.getSelectionModel().getSelectedIndex();
        if (by < 0 ? vm.moveUp(index) : vm.moveDown(index)) {
            sequence.getSelectionModel().select(index + by);
        }
    }

    private void showTouchpoint(int index) {
        touchpointForm.getChildren().clear();
        if (index < 0 || index >= vm.touchpoints().size()) {
            return;
        }
        Touchpoint t = vm.touchpoints().get(index);
        ComboBox<Channel> channel = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(Channel.values()));
        channel.setValue(t.channel());
        ComboBox<TriggerKind> trigger = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(TriggerKind.values()));
        trigger.setValue(t.trigger().kind());
        Spinner<Integer> delay = new Spinner<>(0, 365, t.trigger().delayDays());
        delay.setEditable(true);
        TextField theme = new TextField(t.theme());
        TextField signals = new TextField(String.join(", ", t.signals()));
        TextField rationale = new TextField(t.rationale());
        TextField variants = new TextField(BriefEditorViewModel.variantsText(t.variants()));
        variants.setPromptText("no A/B test (e.g. A 50, B 50)");
        Button apply = new Button("Apply to message " + (index + 1));
        Runnable commit = () -> vm.setTouchpoint(index, channel.getValue(), trigger.getValue(), delay.getValue(),
                theme.getText(), signals.getText(), rationale.getText(), variants.getText());
        apply.setOnAction(e -> commit.run());
        for (TextField field : List.of(theme, signals, rationale, variants)) {
            field.setOnAction(e -> commit.run());
        }
        GridPane grid = grid();
        grid.addRow(0, new Label("Channel"), channel, new Label("Trigger"), trigger, new Label("Days"), delay);
        grid.add(new Label("Theme"), 0, 1);
        grid.add(theme, 1, 1, 5, 1);
        grid.add(new Label("Signals"), 0, 2);
        grid.add(signals, 1, 2, 5, 1);
        grid.add(new Label("Why"), 0, 3);
        grid.add(rationale, 1, 3, 5, 1);
        grid.add(new Label("Variants"), 0, 4);
        grid.add(variants, 1, 4, 5, 1);
        touchpointForm.getChildren().addAll(grid, apply);
    }

    private VBox guardrails(CampaignBrief b) {
        Guardrails g = b.guardrails();
        Spinner<Integer> cap = new Spinner<>(1, 50, g.overallCap());
        cap.setId("brief-cap");
        cap.setEditable(true);
        Spinner<Integer> window = new Spinner<>(1, 90, g.capWindowDays());
        window.setId("brief-cap-window");
        window.setEditable(true);
        TextField channelCaps = new TextField(String.join(", ", g.channelCaps().entrySet().stream()
                .map(e -> e.getKey().code() + " " + e.getValue()).toList()));
        channelCaps.setPromptText("e.g. sms 1");
        Spinner<Integer> quietStart = new Spinner<>(0, 23, g.quietStart());
        Spinner<Integer> quietEnd = new Spinner<>(0, 23, g.quietEnd());
        CheckBox tickets = new CheckBox("Leave out customers with an open support ticket");
        tickets.setSelected(g.suppressOpenTickets());
        Spinner<Integer> converters = new Spinner<>(0, 365, g.suppressConvertersDays());
        converters.setEditable(true);
        Button apply = new Button("Apply");
        apply.setId("brief-guardrails-apply");
        apply.setOnAction(e -> {
            Map<Channel, Integer> caps = new EnumMap<>(Channel.class);
            try {
                for (String part : BriefEditorViewModel.words(channelCaps.getText())) {
                    String[] bits = part.split("\\s+");
                    caps.put(Channel.parse(bits[0]), Integer.parseInt(bits[bits.length - 1]));
                }
            } catch (RuntimeException bad) {
                caps.clear();
            }
            vm.setGuardrails(cap.getValue(), window.getValue(), caps, quietStart.getValue(), quietEnd.getValue(),
                    tickets.isSelected(), converters.getValue());
        });
        GridPane grid = grid();
        grid.addRow(0, new Label("At most"), cap, new Label("messages in"), window, new Label("days"));
        grid.addRow(1, new Label("Per channel"), channelCaps);
        grid.addRow(2, new Label("Quiet from"), quietStart, new Label("to"), quietEnd);
        grid.addRow(3, new Label("Recent buyers"), converters, new Label("days left out (0: off)"));
        grid.add(tickets, 0, 4, 5, 1);
        Label optOuts = new Label("Opt-outs are always honoured at send time.");
        optOuts.getStyleClass().add(Styles.TEXT_MUTED);
        return section("Guardrails", new VBox(8, grid, optOuts, apply));
    }

    private static VBox section(String title, javafx.scene.Node body) {
        Label label = new Label(title);
        label.getStyleClass().add(Styles.TITLE_4);
        return new VBox(8, label, body);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        return grid;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
    }
}
