"""The main window: body-region picker, concern filter, search, point cards and the detail pane."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.controllers.models import (
    BrowseState,
    PointFilterModel,
    PointListModel,
    PointRole,
)
from acupress_desktop.core.catalogue import CONCERNS, REGIONS, Catalogue
from acupress_desktop.storage.transfer_format import FILE_SUFFIX
from acupress_desktop.ui.accessibility import announce
from acupress_desktop.ui.browse.body_map import BodyMap
from acupress_desktop.ui.browse.point_detail import PointDetail
from acupress_desktop.ui.browse.point_grid import PointGrid
from acupress_desktop.ui.browse.session_list import SessionList
from acupress_desktop.ui.labels import concern_labels, concern_name, point_description, region_name
from acupress_desktop.ui.widgets.common import (
    ShrinkingColumn,
    VerticalScrollArea,
    tooltip_follows_choice,
)
from acupress_desktop.ui.widgets.wrapping_grid import WrappingGrid

_ALL = "__all__"


def routine_files(data: QMimeData) -> list[Path]:
    """The local .acupress.json files among what is being dragged."""
    return [
        Path(url.toLocalFile())
        for url in data.urls()
        if url.isLocalFile() and url.toLocalFile().lower().endswith(FILE_SUFFIX)
    ]


def first_control(page: QWidget) -> QWidget:
    """The control a page wants the focus on when it is shown (its ``first_control()``; the
    Points page: the cards), never the page's unnamed container."""
    chooser = getattr(page, "first_control", None)
    if callable(chooser):
        chosen = chooser()
        if isinstance(chosen, QWidget):
            return chosen
    grid = page.findChild(PointGrid)
    return grid if grid is not None else page


class MainWindow(QMainWindow):
    """Browse the catalogue: pick a region or concern, search, read a point.

    Signals:
        geometry_save_requested(str): the window is closing; its geometry (hex) should be saved.
        start_requested(object): start a session of these RoutineSteps.
        settings_requested(): File → Settings… (Ctrl+,) was chosen.
        import_requested(): File → Import routines… (Ctrl+O) was chosen.
        files_dropped(object): routine files (a list of Path) were dropped on the window.
        closing(): the window is closing (the app is quitting).
    """

    geometry_save_requested = Signal(str)
    start_requested = Signal(object)
    settings_requested = Signal()
    import_requested = Signal()
    files_dropped = Signal(object)
    closing = Signal()

    def __init__(
        self,
        catalogue: Catalogue,
        state: BrowseState,
        session_page: QWidget | None = None,
        routines_page: QWidget | Callable[[], QWidget] | None = None,
        history_page: QWidget | Callable[[], QWidget] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.state = state
        self._default_point_seconds: int | None = None
        self.points_model = PointListModel(catalogue, point_description, self)
        self.filter_model = PointFilterModel(concern_labels(CONCERNS), self)
        self.filter_model.setSourceModel(self.points_model)

        # Left: body map, region buttons, concern filter (scrolls when the text is large or
        # the screen small, so the window never needs more height than the screen has)
        left = ShrinkingColumn(self)
        left_layout = QVBoxLayout(left)
        self.region_heading = QLabel(left)
        self.region_heading.setObjectName("heading")
        self.region_heading.setWordWrap(True)
        self.body_map = BodyMap(left)
        self.body_map.setMinimumWidth(340)  # every region a 24 px target (test_body_art.py)
        self.region_group = QButtonGroup(self)
        self.region_group.setExclusive(True)
        self.region_buttons: dict[str, QPushButton] = {}
        buttons = QWidget(left)
        flow = WrappingGrid(buttons)
        for region in (_ALL, *REGIONS):
            button = QPushButton(buttons)
            button.setCheckable(True)
            button.setProperty("region", region)
            self.region_group.addButton(button)
            self.region_buttons[region] = button
            flow.addWidget(button)
        self.region_buttons[_ALL].setChecked(True)
        left_layout.addWidget(self.region_heading)
        left_layout.addWidget(self.body_map, 1)
        left_layout.addWidget(buttons)
        self.left_scroll = VerticalScrollArea(left, self)

        # Centre: search and concern, count, grid
        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        self.search_label = QLabel(centre)
        self.search = QLineEdit(centre)
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.concern_label = QLabel(centre)
        self.concern_combo = QComboBox(centre)
        self.concern_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.concern_combo.setMinimumContentsLength(10)
        tooltip_follows_choice(self.concern_combo)
        self.concern_label.setBuddy(self.concern_combo)
        filters = QGridLayout()
        filters.addWidget(self.search_label, 0, 0)
        filters.addWidget(self.search, 0, 1)
        filters.addWidget(self.concern_label, 1, 0)
        filters.addWidget(self.concern_combo, 1, 1)
        filters.setColumnStretch(1, 1)
        self.count_label = QLabel(centre)
        self.count_label.setObjectName("countLabel")
        self.count_label.setWordWrap(True)
        self.pregnancy_note = QLabel(centre)
        self.pregnancy_note.setObjectName("countLabel")
        self.pregnancy_note.setWordWrap(True)
        self.pregnancy_note.hide()
        self.grid = PointGrid(catalogue, self.filter_model, centre)
        centre_layout.addLayout(filters)
        centre_layout.addWidget(self.count_label)
        centre_layout.addWidget(self.pregnancy_note)
        centre_layout.addWidget(self.grid, 1)

        # Right: the detail pane above the session being built (Start is always in sight)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.detail = PointDetail(catalogue, right)
        self.session_list = SessionList(catalogue, right)
        right_layout.addWidget(self.detail, 1)
        right_layout.addWidget(self.session_list)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for widget in (self.left_scroll, centre, right):
            self.splitter.addWidget(widget)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([330, 620, 430])
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, "")
        # a page may be given as a function that builds it: it is built when first shown, which
        # keeps start-up fast (the history charts and the routine tools are not needed at once)
        self._page_factories: dict[int, Callable[[], QWidget]] = {}
        for page in (routines_page, history_page):
            if page is None:
                continue
            if isinstance(page, QWidget):
                self.tabs.addTab(page, "")
            else:
                self._page_factories[self.tabs.addTab(QWidget(self.tabs), "")] = page
        self.tabs.currentChanged.connect(self.page)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.tabs)
        self.session_page: QWidget | None = None
        if session_page is not None:
            self.set_session_page(session_page)
        self.setCentralWidget(self.pages)
        self.setTabOrder(self.body_map, self.region_buttons[_ALL])
        self.setTabOrder(self.region_buttons[REGIONS[-1]], self.search)
        self.setTabOrder(self.search, self.concern_combo)
        self.setTabOrder(self.concern_combo, self.grid)
        self.setTabOrder(self.grid, self.detail.title)
        self.setTabOrder(self.detail.title, self.detail.add_button)
        self.setTabOrder(self.detail.add_button, self.detail.text)
        self.setTabOrder(self.detail.text, self.session_list.list)

        self._build_menus()
        self.setAcceptDrops(True)  # .acupress.json files dropped on the window are imported

        # wiring: widgets → state → filters and views
        self.body_map.region_chosen.connect(self._on_body_map_region_chosen)
        self.region_group.buttonClicked.connect(self._on_region_button_clicked)
        self.concern_combo.currentIndexChanged.connect(self._on_concern_combo_changed)
        self.search.textChanged.connect(self.state.set_query)
        self.grid.point_activated.connect(self.state.select_point)
        self.detail.add_requested.connect(self._add_point)
        self.session_list.start_requested.connect(self.start_requested)
        self.session_list.notice.connect(self.show_notice)
        self.search.returnPressed.connect(self.grid.setFocus)
        self.state.filters_changed.connect(self._on_state_filters_changed)
        self.state.point_selected.connect(self._on_state_point_selected)
        self.filter_model.rowsInserted.connect(self._update_count)
        self.filter_model.rowsRemoved.connect(self._update_count)
        self.filter_model.modelReset.connect(self._update_count)
        self.filter_model.layoutChanged.connect(self._update_count)

        self.retranslate_ui()
        self.resize(1380, 860)
        screen = self.screen()
        if screen is not None:  # never larger than the screen (a small laptop, a projector)
            room = screen.availableGeometry()
            self.resize(min(1380, room.width() - 32), min(860, room.height() - 48))
        self.grid.setFocus()
        if self.filter_model.rowCount():
            self.grid.setCurrentIndex(self.filter_model.index(0, 0))

    # -- building -----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        # the status bar is there from the start: made on the first message ("Added to
        # session"), it took 22 px from everything above it and the whole layout jumped
        self.statusBar().setSizeGripEnabled(False)
        self.file_menu = self.menuBar().addMenu("")
        self.import_action = QAction(self)
        self.import_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_action.triggered.connect(self.import_requested)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addSeparator()
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.settings_requested)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.view_menu = self.menuBar().addMenu("")
        self.search_action = QAction(self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self._on_search_action_triggered)
        self.map_action = QAction(self)
        self.map_action.setShortcut(QKeySequence("Ctrl+B"))
        self.map_action.triggered.connect(self.body_map.setFocus)
        self.cards_action = QAction(self)
        self.cards_action.setShortcut(QKeySequence("Ctrl+L"))
        self.cards_action.triggered.connect(self.grid.setFocus)
        self.details_action = QAction(self)
        self.details_action.setShortcut(QKeySequence("Ctrl+D"))
        self.details_action.triggered.connect(self._on_details_action_triggered)
        self.reset_action = QAction(self)
        self.reset_action.setShortcut(QKeySequence("Ctrl+R"))
        self.reset_action.triggered.connect(self.show_all_points)
        for action in (
            self.search_action,
            self.map_action,
            self.cards_action,
            self.details_action,
            self.reset_action,
        ):
            self.view_menu.addAction(action)

        self.page_actions: list[QAction] = []
        for number in range(self.tabs.count()):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _=False, n=number: self.show_tab(n))
            self.view_menu.insertAction(self.search_action, action)
            self.page_actions.append(action)
        self.view_menu.insertSeparator(self.search_action)

        self.session_menu = self.menuBar().addMenu("")
        self.add_action = QAction(self)
        self.add_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.add_action.triggered.connect(self._on_add_action_triggered)
        self.start_action = QAction(self)
        self.start_action.setShortcut(QKeySequence("Ctrl+G"))
        self.start_action.triggered.connect(self.session_list.start_button.click)
        self.session_menu.addAction(self.add_action)
        self.session_menu.addAction(self.start_action)
        self._browse_actions = [
            self.search_action, self.map_action, self.cards_action, self.details_action,
            self.reset_action, *self.page_actions, self.add_action, self.start_action,
        ]  # fmt: skip

        self.help_menu = self.menuBar().addMenu("")
        self.safety_action = QAction(self)
        self.safety_action.triggered.connect(self.show_safety_notice)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.safety_action)
        self._build_guide_actions()
        self.help_menu.addAction(self.about_action)
        # the window holds the menus' actions too, so their keys (Ctrl+Q, Ctrl+, …) still work
        # in full screen, where the menu bar is hidden (a hidden menu bar's keys are dead)
        for menu in (self.file_menu, self.view_menu, self.session_menu, self.help_menu):
            self.addActions([a for a in menu.actions() if not a.isSeparator()])

    def retranslate_ui(self) -> None:
        """Set every translated text (again after a language change)."""
        # the window manager adds the app's name ("… — Acupress")
        self.setWindowTitle(self.tr("Acupressure for back pain"))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.import_action.setText(self.tr("&Import routines…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.view_menu.setTitle(self.tr("&View"))
        self.search_action.setText(self.tr("&Search points"))
        self.map_action.setText(self.tr("&Body map"))
        self.cards_action.setText(self.tr("Point &cards"))
        self.details_action.setText(self.tr("Point &details"))
        self.reset_action.setText(self.tr("Show &all points"))
        self.tabs.setAccessibleName(self.tr("Sections"))
        tab_names = [self.tr("Points"), self.tr("Routines"), self.tr("History")]
        for number in range(self.tabs.count()):
            self.tabs.setTabText(number, tab_names[number])
            self.page_actions[number].setText(self.tr("Show %1").replace("%1", tab_names[number]))
        self.session_menu.setTitle(self.tr("&Session"))
        self.add_action.setText(self.tr("&Add point to session"))
        self.start_action.setText(self.tr("&Start session"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.safety_action.setText(self.tr("&Safety notice"))
        self.about_action.setText(self.tr("&About Acupress"))
        self.finger_guide_action.setText(self.tr("&Measure with your own hand"))
        self.pressure_action.setText(self.tr("&Pressure scale"))
        self.evidence_action.setText(self.tr("About the &evidence"))
        self.region_heading.setText(self.tr("Where does it hurt, or where do you want to press?"))
        for region, button in self.region_buttons.items():
            text = self.tr("All regions") if region == _ALL else region_name(region)
            button.setText(text)
            button.setAccessibleName(text)
            button.setToolTip(self.tr("Show points in: %1").replace("%1", text))
        self.concern_label.setText(self.tr("&Concern"))
        current = self.concern_combo.currentIndex()
        self.concern_combo.blockSignals(True)
        self.concern_combo.clear()
        self.concern_combo.addItem(self.tr("All concerns"), None)
        for concern in CONCERNS:
            self.concern_combo.addItem(concern_name(concern), concern)
        self.concern_combo.setCurrentIndex(max(current, 0))
        self.concern_combo.blockSignals(False)
        self.concern_combo.setAccessibleName(self.tr("Concern"))
        self.search_label.setText(self.tr("Sea&rch"))
        self.search.setPlaceholderText(
            self.tr("Code, name or concern — for example LV13, Zusanli, periods")
        )
        self.search.setAccessibleName(self.tr("Search points"))
        for clear in self.search.findChildren(QToolButton):  # the field's own clear button
            clear.setAccessibleName(self.tr("Clear the search"))
            clear.setToolTip(self.tr("Clear the search"))
        self.search.setToolTip(self.search.placeholderText())
        self.filter_model.set_concern_labels(concern_labels(CONCERNS))
        self.points_model.texts_changed()
        self._update_count()

    # -- actions ------------------------------------------------------------------------------
    def show_all_points(self) -> None:
        """Clear every filter."""
        self.search.clear()
        self.concern_combo.setCurrentIndex(0)
        self.state.set_region(None)

    def show_safety_notice(self) -> None:
        """Help → Safety notice."""
        from acupress_desktop.ui.help.safety_dialog import SafetyDialog

        dialog = SafetyDialog(self)
        dialog.open()

    def _build_guide_actions(self) -> None:
        """Help → Measure with your own hand, Pressure scale, About the evidence."""
        from acupress_desktop.ui.help import guides

        self.finger_guide_action = QAction(self)
        self.finger_guide_action.triggered.connect(lambda: guides.open_finger_guide(self))
        self.pressure_action = QAction(self)
        self.pressure_action.triggered.connect(lambda: guides.open_pressure_scale(self))
        self.evidence_action = QAction(self)
        self.evidence_action.triggered.connect(lambda: guides.open_evidence(self, self.catalogue))
        for action in (self.finger_guide_action, self.pressure_action, self.evidence_action):
            self.help_menu.addAction(action)

    def show_about(self) -> None:
        """Help → About: the version, what Acupress is, and the third-party licences."""
        from acupress_desktop.ui.help.about_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- handlers -----------------------------------------------------------------------------
    def set_session_page(self, page: QWidget, actions: Sequence[QAction] = ()) -> None:
        """The guided-session page (the app builds it at the first session) and its actions,
        listed in the Session menu (they are enabled while the page runs a session)."""
        self.session_page = page
        self.pages.addWidget(page)
        if actions:
            self.session_menu.addSeparator()
            self.session_menu.addActions(list(actions))

    def show_session_page(self) -> None:
        """Switch to the guided-session page; its first control takes the focus."""
        if self.session_page is not None:
            self._set_browse_actions_enabled(False)
            self.pages.setCurrentWidget(self.session_page)
            first_control(self.session_page).setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_browse_actions_enabled(self, enabled: bool) -> None:
        """The actions of the browse pages work only while they are shown (the menu bar, with
        Settings, Help and Quit, stays usable during a session)."""
        for action in self._browse_actions:
            action.setEnabled(enabled)

    def page(self, number: int) -> QWidget:
        """The widget of tab ``number``, built now if it was given as a factory."""
        factory = self._page_factories.pop(number, None)
        if factory is not None:
            widget = factory()
            text, current = self.tabs.tabText(number), self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            placeholder = self.tabs.widget(number)
            self.tabs.removeTab(number)
            self.tabs.insertTab(number, widget, text)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            if placeholder is not None:
                placeholder.deleteLater()
        page = self.tabs.widget(number)
        assert page is not None, f"no tab {number}"
        return page

    def page_built(self, number: int) -> bool:
        """True once tab ``number`` exists for real (it may still be a factory)."""
        return number not in self._page_factories

    def show_tab(self, number: int) -> None:
        """Ctrl+1/2/3: Points, Routines, History; the focus goes once, straight to the page's
        first useful control (each page names it with its focus proxy)."""
        if self.pages.currentWidget() is self.tabs and 0 <= number < self.tabs.count():
            page = self.page(number)  # built before it is shown: no focus on a placeholder
            self.tabs.setCurrentIndex(number)
            first_control(page).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_browse_page(self) -> None:
        """Back to browsing (the tab that was open)."""
        self.pages.setCurrentWidget(self.tabs)
        self._set_browse_actions_enabled(True)
        if self.isFullScreen():
            self._leave_full_screen()
        first_control(self.tabs.currentWidget()).setFocus(Qt.FocusReason.OtherFocusReason)

    def toggle_full_screen(self) -> None:
        """F11: full screen, and back to the window as it was (maximised on a laptop)."""
        if self.isFullScreen():
            self._leave_full_screen()
        else:
            # full screen added to the state, not put in its place (as showFullScreen does),
            # so a maximised window keeps that flag to come back to
            self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)

    def _leave_full_screen(self) -> None:
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowFullScreen)

    def _on_add_action_triggered(self) -> None:
        if self.state.point_id:
            self._add_point(self.state.point_id)

    def _add_point(self, point_id: str) -> None:
        self.session_list.add_point(point_id, self._default_point_seconds)

    def show_notice(self, text: str, milliseconds: int = 10000) -> None:
        """A short message in the status bar, also said by a screen reader."""
        self.statusBar().showMessage(text, milliseconds)
        announce(self, text)

    def set_default_point_seconds(self, seconds: int | None) -> None:
        """Time per side for points added to the session; None: each point's suggested time."""
        self._default_point_seconds = seconds

    def set_pregnant(self, pregnant: bool) -> None:
        """The pregnancy setting: hide the points flagged for pregnancy, with a note saying so."""
        self.filter_model.set_pregnant(pregnant)
        self._update_count()

    def _on_details_action_triggered(self) -> None:
        self.detail.first_control().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_search_action_triggered(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_body_map_region_chosen(self, region: str | None) -> None:
        self.state.set_region(region)

    def _on_region_button_clicked(self, button: QPushButton) -> None:
        region = button.property("region")
        self.state.set_region(None if region == _ALL else region)

    def _on_concern_combo_changed(self, index: int) -> None:
        self.state.set_concern(self.concern_combo.itemData(index))

    def _on_state_filters_changed(
        self, region: str | None, concern: str | None, query: str
    ) -> None:
        self.filter_model.set_filters(region, concern, query)
        self.body_map.set_selected(region)
        self.region_buttons[region or _ALL].setChecked(True)
        index = self.concern_combo.findData(concern) if concern else 0
        if index != self.concern_combo.currentIndex():
            self.concern_combo.setCurrentIndex(index)
        if self.search.text() != query:
            self.search.setText(query)
        self._update_count()
        # the details show a point the cards show: the first match when the chosen one is gone,
        # so Ctrl+Enter adds the point on screen
        if self.filter_model.rowCount() and not self.filter_model.shows(self.state.point_id):
            first = self.filter_model.index(0, 0).data(PointRole)
            self.state.select_point(first.id)

    def _on_state_point_selected(self, point_id: str) -> None:
        point = self.catalogue.point(point_id) if point_id else None
        self.detail.show_point(point)
        if point_id:
            self.grid.select_point(point_id)

    def _update_count(self) -> None:
        count = self.filter_model.rowCount()
        if count:
            text = (
                self.tr("1 point") if count == 1 else self.tr("%1 points").replace("%1", str(count))
            )
        else:
            elsewhere = self.filter_model.matching_elsewhere()
            filters = [
                region_name(self.state.region) if self.state.region else "",
                concern_name(self.state.concern) if self.state.concern else "",
            ]
            chosen = " · ".join(f"“{name}”" for name in filters if name)
            if elsewhere:
                text = (
                    self.tr("No points match in %1.").replace("%1", chosen)
                    + " "
                    + (
                        self.tr("1 point matches elsewhere: Ctrl+R shows every point.")
                        if elsewhere == 1
                        else self.tr(
                            "%1 points match elsewhere: Ctrl+R shows every point."
                        ).replace("%1", str(elsewhere))
                    )
                )
            else:
                text = self.tr(
                    "No points match. Try another word, or choose “All regions” and “All concerns”."
                )
        self.count_label.setText(text)
        hidden = self.filter_model.hidden_by_pregnancy()
        if hidden == 1:
            note = self.tr("1 point is hidden because of the pregnancy setting (File → Settings).")
        else:
            note = self.tr(
                "%1 points are hidden because of the pregnancy setting (File → Settings)."
            ).replace("%1", str(hidden))
        self.pregnancy_note.setText(note)
        self.pregnancy_note.setVisible(hidden > 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.WindowStateChange:
            # full screen is the session seen from a metre away: the whole screen is the
            # page; the menu bar's keys still work (see _build_menus), F11 or Esc gets out
            bars = not self.isFullScreen()
            self.menuBar().setVisible(bars)
            self.statusBar().setVisible(bars)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        self.geometry_save_requested.emit(bytes(self.saveGeometry().toHex().data()).decode())
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if routine_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = routine_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)

    def show_first_time(self) -> None:
        """Show the window: maximised on a screen smaller than its natural size (a laptop;
        the window manager's frame and panels would push a window of almost the screen's size
        past its edge), else at that size. A saved geometry is restored as it was."""
        screen = self.screen()
        room = screen.availableGeometry() if screen is not None else None
        if room is not None and (room.width() < 1380 + 64 or room.height() < 860 + 96):
            self.showMaximized()
        else:
            self.show()

    def restore_geometry_hex(self, text: str) -> None:
        """Restore a geometry saved by geometry_save_requested."""
        if text:
            self.restoreGeometry(QByteArray.fromHex(text.encode()))
