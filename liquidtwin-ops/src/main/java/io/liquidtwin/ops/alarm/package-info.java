/**
 * Alarms per ANSI/ISA-18.2 / IEC 62682: definitions, the alarm state machine, shelving, suppression, flood and
 * chatter detection, the journal every transition is written to, and leak reactions applied to the simulated plant.
 */
package io.liquidtwin.ops.alarm;
