/**
 * Schedules that start workflow runs ({@link io.duoctl.core.workflows.schedules.ScheduleService}):
 * a workflow, its inputs and a cron expression in a time zone, stored in {@code workflow_schedule}
 * and run by db-scheduler ({@code scheduled_tasks}, one recurring task with a persistent schedule
 * per schedule) on every node of the same database, each due time launched exactly once ({@code
 * workflow_schedule_launch}); migration V550.
 */
package io.duoctl.core.workflows.schedules;
