package org.crediteval.ui.internal;

/**
 * The UI texts, injected with {@code @Inject @Translation Messages}; e4 fills the fields from the bundle's
 * standard localisation files {@code OSGI-INF/l10n/bundle*.properties} (Chinese by default, {@code -nl en}).
 */
public class Messages {
    public String part_rulepacks_warnings;
    public String part_rulepacks_details;
    public String col_name;
    public String col_score;
    public String col_max;
    public String col_bar;
    public String col_explanation;
    public String col_rank;
    public String col_subject;
    public String col_base;
    public String col_bonus;
    public String col_total;
    public String col_value;
    public String label_pack;
    public String label_file;
    public String label_nofile;
    public String button_open;
    public String detail_id;
    public String detail_rule;
    public String detail_max;
    public String detail_units;
    public String detail_basis;
    public String detail_methods;
    public String detail_notes;
    public String detail_facts;
    public String detail_source;
    public String detail_version;
    public String detail_origin;
    public String detail_nowarnings;
    public String detail_missing;
    public String detail_warnings;
    public String job_open;
    public String job_rescore;
    public String progress_idle;
    public String dialog_open_title;
    public String error_title;
    public String job_install;
    public String job_uninstall;
    public String dialog_install_title;
    public String error_pack_invalid;
    public String col_type;
    public String value_true;
    public String value_false;
    public String error_count;
    public String error_rate;
    public String error_points;
    public String error_money;
    public String error_bool;
    public String error_level;
    public String error_value_rejected;
    public String command_undo;
    public String command_redo;
    public String job_save;
    public String dialog_save_title;
    public String dialog_save_message;
    public String saved_message;
    public String saved_run;
    public String col_facts;
    public String col_missing_count;
    public String col_missing_for;
    public String label_shared_with;
    public String col_obtainable;
    public String col_action;
}
